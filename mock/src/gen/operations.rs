// @generated — do not edit; run `cargo xtask codegen`
//! Every documented operation of Enterprise Manager's REST API, as the generated client
//! names its call, with its route and a skeleton answer built from the schema.

use crate::operation::OperationInfo;

/// An Enterprise Manager operation, named after its call on `veeam_em::Client`
/// (`Operation::GetBackups` is `Client::get_backups`); a collection's entity form
/// (`?format=Entity`) and a query type's entity pages (`format=Entities`) are
/// operations of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Operation {
    /// Returns a set of links to Veeam Agent Management resources.
    ///
    /// `GET /agents`, `Client::get_agents`.
    GetAgents,
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups.
    ///
    /// `GET /agents/agentRestorePoints`, `Client::get_agents_agent_restore_points`.
    GetAgentsAgentRestorePoints,
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups.
    ///
    /// `GET /agents/agentRestorePoints?format=Entity`, `Client::get_agents_agent_restore_points_entities`.
    GetAgentsAgentRestorePointsEntities,
    /// Returns a resource representation of a restore point having the specified ID.
    ///
    /// `GET /agents/agentRestorePoints/{ID}`, `Client::get_agents_agent_restore_points_by_id`.
    GetAgentsAgentRestorePointsById,
    /// Returns a resource representation of a collection of mount points created for restore points of Veeam Agent machines.
    ///
    /// `GET /agents/agentRestorePoints/{ID}/mounts`, `Client::get_agents_agent_restore_points_by_id_mounts`.
    GetAgentsAgentRestorePointsByIdMounts,
    /// Starts the machine guest OS files restore from the specified restore point.
    ///
    /// `POST /agents/agentRestorePoints/{ID}/mounts`, `Client::post_agents_agent_restore_points_by_id_mounts`.
    PostAgentsAgentRestorePointsByIdMounts,
    /// Deletes a mount point having the specified ID and unmounts disks of the backed-up machine from the backup server.
    ///
    /// `DELETE /agents/agentRestorePoints/{ID}/mounts/{ID}`, `Client::delete_agents_agent_restore_points_by_id_mounts_by_id`.
    DeleteAgentsAgentRestorePointsByIdMountsById,
    /// Returns a resource representation of a mount point having the specified ID.
    ///
    /// `GET /agents/agentRestorePoints/{ID}/mounts/{ID}`, `Client::get_agents_agent_restore_points_by_id_mounts_by_id`.
    GetAgentsAgentRestorePointsByIdMountsById,
    /// Returns a resource representation of a file or folder in the guest OS.
    ///
    /// `GET /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}`, `Client::get_agents_agent_restore_points_by_id_mounts_by_id_by_filepath`.
    GetAgentsAgentRestorePointsByIdMountsByIdByFilepath,
    /// Restores a guest OS file or folder.
    ///
    /// `POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore`, `Client::post_agents_agent_restore_points_by_id_mounts_by_id_by_filepath_restore`.
    PostAgentsAgentRestorePointsByIdMountsByIdByFilepathRestore,
    /// Returns a resource representation of a collection of backup files created by Veeam Agent managed by Veeam Backup & Replication.
    ///
    /// `GET /agents/backupFiles`, `Client::get_agents_backup_files`.
    GetAgentsBackupFiles,
    /// Returns a resource representation of a collection of backup files created by Veeam Agent managed by Veeam Backup & Replication.
    ///
    /// `GET /agents/backupFiles?format=Entity`, `Client::get_agents_backup_files_entities`.
    GetAgentsBackupFilesEntities,
    /// Returns a resource representation of a collection of sessions performed for Veeam Agent backup jobs configured in Veeam Backup & Replication on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/backupSessions`, `Client::get_agents_backup_sessions`.
    GetAgentsBackupSessions,
    /// Returns a resource representation of a collection of all Veeam Agent backups on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/backups`, `Client::get_agents_backups`.
    GetAgentsBackups,
    /// Returns a resource representation of a collection of all Veeam Agent backups on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/backups?format=Entity`, `Client::get_agents_backups_entities`.
    GetAgentsBackupsEntities,
    /// Returns a resource representation of a collection of all protected computers in protection groups configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/discoveredComputers`, `Client::get_agents_discovered_computers`.
    GetAgentsDiscoveredComputers,
    /// Returns a resource representation of a collection of all protected computers in protection groups configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/discoveredComputers?format=Entity`, `Client::get_agents_discovered_computers_entities`.
    GetAgentsDiscoveredComputersEntities,
    /// Returns a resource representation of a protected computer having the specified ID.
    ///
    /// `GET /agents/discoveredComputers/{ID}`, `Client::get_agents_discovered_computers_by_id`.
    GetAgentsDiscoveredComputersById,
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/jobs`, `Client::get_agents_jobs`.
    GetAgentsJobs,
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/jobs?format=Entity`, `Client::get_agents_jobs_entities`.
    GetAgentsJobsEntities,
    /// Returns a resource representation of the Veeam Agent backup job resource having the specified ID.
    ///
    /// `GET /agents/jobs/{ID}`, `Client::get_agents_jobs_by_id`.
    GetAgentsJobsById,
    /// Retries a failed Veeam Agent backup job having the specified ID.
    ///
    /// `POST /agents/jobs/{ID}?action=retry`, `Client::post_agents_jobs_by_id_retry`.
    PostAgentsJobsByIdRetry,
    /// Starts a Veeam Agent backup job having the specified ID.
    ///
    /// `POST /agents/jobs/{ID}?action=start`, `Client::post_agents_jobs_by_id_start`.
    PostAgentsJobsByIdStart,
    /// Stops a Veeam Agent backup job having the specified ID.
    ///
    /// `POST /agents/jobs/{ID}?action=stop`, `Client::post_agents_jobs_by_id_stop`.
    PostAgentsJobsByIdStop,
    /// Disables or enables a Veeam Agent backup job having the specified ID.
    ///
    /// `POST /agents/jobs/{ID}?action=toggleScheduleEnabled`, `Client::post_agents_jobs_by_id_toggle_schedule_enabled`.
    PostAgentsJobsByIdToggleScheduleEnabled,
    /// Returns a collection of protected computers and protection groups processed by the Veeam Agent backup job with the specified ID.
    ///
    /// `GET /agents/jobs/{ID}/includes`, `Client::get_agents_jobs_by_id_includes`.
    GetAgentsJobsByIdIncludes,
    /// Returns a representation of a protected computer or a protection group having the specified ID and processed by the Veeam Agent backup job with the specified ID.
    ///
    /// `GET /agents/jobs/{ID}/includes/{ID}`, `Client::get_agents_jobs_by_id_includes_by_id`.
    GetAgentsJobsByIdIncludesById,
    /// Returns a resource representation of a collection of protection groups configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/protectionGroups`, `Client::get_agents_protection_groups`.
    GetAgentsProtectionGroups,
    /// Returns a resource representation of a collection of protection groups configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/protectionGroups?format=Entity`, `Client::get_agents_protection_groups_entities`.
    GetAgentsProtectionGroupsEntities,
    /// Returns a resource representation of a protection group having the specified ID.
    ///
    /// `GET /agents/protectionGroups/{ID}`, `Client::get_agents_protection_groups_by_id`.
    GetAgentsProtectionGroupsById,
    /// Returns a resource representation of the collection of discovered computers in a protection group having the specified ID.
    ///
    /// `GET /agents/protectionGroups/{ID}/discoveredComputers`, `Client::get_agents_protection_groups_by_id_discovered_computers`.
    GetAgentsProtectionGroupsByIdDiscoveredComputers,
    /// Returns a resource representation of the collection of discovered computers in a protection group having the specified ID.
    ///
    /// `GET /agents/protectionGroups/{ID}/discoveredComputers?format=Entity`, `Client::get_agents_protection_groups_by_id_discovered_computers_entities`.
    GetAgentsProtectionGroupsByIdDiscoveredComputersEntities,
    /// Returns a resource representation of a restore points collection for backups created by Veeam Agent managed by Veeam Backup & Replication.
    ///
    /// `GET /agents/restorePoints`, `Client::get_agents_restore_points`.
    GetAgentsRestorePoints,
    /// Returns a resource representation of a restore points collection for backups created by Veeam Agent managed by Veeam Backup & Replication.
    ///
    /// `GET /agents/restorePoints?format=Entity`, `Client::get_agents_restore_points_entities`.
    GetAgentsRestorePointsEntities,
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupFiles`, `Client::get_backup_files`.
    GetBackupFiles,
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupFiles?format=Entity`, `Client::get_backup_files_entities`.
    GetBackupFilesEntities,
    /// Returns a resource representation of a backup file with the specified ID.
    ///
    /// `GET /backupFiles/{ID}`, `Client::get_backup_files_by_id`.
    GetBackupFilesById,
    /// Returns a collection of restore points for a backup file with the specified ID.
    ///
    /// `GET /backupFiles/{ID}/restorePoints`, `Client::get_backup_files_by_id_restore_points`.
    GetBackupFilesByIdRestorePoints,
    /// Returns a collection of restore points for a backup file with the specified ID.
    ///
    /// `GET /backupFiles/{ID}/restorePoints?format=Entity`, `Client::get_backup_files_by_id_restore_points_entities`.
    GetBackupFilesByIdRestorePointsEntities,
    /// Returns a collection of restore points for separate VMs in a backup file with the specified ID.
    ///
    /// `GET /backupFiles/{ID}/vmRestorePoints`, `Client::get_backup_files_by_id_vm_restore_points`.
    GetBackupFilesByIdVmRestorePoints,
    /// Returns a collection of restore points for separate VMs in a backup file with the specified ID.
    ///
    /// `GET /backupFiles/{ID}/vmRestorePoints?format=Entity`, `Client::get_backup_files_by_id_vm_restore_points_entities`.
    GetBackupFilesByIdVmRestorePointsEntities,
    /// Returns a resource representation of a collection of all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupServers`, `Client::get_backup_servers`.
    GetBackupServers,
    /// Returns a resource representation of a collection of all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupServers?format=Entity`, `Client::get_backup_servers_entities`.
    GetBackupServersEntities,
    /// Connects a backup server to Veeam Backup Enterprise Manager.
    ///
    /// `POST /backupServers?action=create`, `Client::post_backup_servers_create`.
    PostBackupServersCreate,
    /// Deletes a backup server having the specified ID from Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /backupServers/{ID}`, `Client::delete_backup_servers_by_id`.
    DeleteBackupServersById,
    /// Returns a resource representation of the backup server having the specified ID.
    ///
    /// `GET /backupServers/{ID}`, `Client::get_backup_servers_by_id`.
    GetBackupServersById,
    /// Collects data from the backup server added to Veeam Backup Enterprise Manager.
    ///
    /// `POST /backupServers/{ID}?action=collect`, `Client::post_backup_servers_by_id_collect`.
    PostBackupServersByIdCollect,
    /// Creates a quick backup of a VM on a backup server added to Veeam Backup Enterprise Manager.
    ///
    /// `POST /backupServers/{ID}?action=quickbackup`, `Client::post_backup_servers_by_id_quickbackup`.
    PostBackupServersByIdQuickbackup,
    /// Creates a VeeamZIP file for one or several VMs on the backup server added to Veeam Backup Enterprise Manager.
    ///
    /// `POST /backupServers/{ID}?action=veeamzip`, `Client::post_backup_servers_by_id_veeamzip`.
    PostBackupServersByIdVeeamzip,
    /// Edits settings of a backup server with the specified ID added to Veeam Backup Enterprise Manager.
    ///
    /// `PUT /backupServers/{ID}`, `Client::put_backup_servers_by_id`.
    PutBackupServersById,
    /// Returns a resource representation of the credentials collection created on the backup server with the specified ID.
    ///
    /// `GET /backupServers/{ID}/credentials`, `Client::get_backup_servers_by_id_credentials`.
    GetBackupServersByIdCredentials,
    /// Returns a resource representation of the credentials collection created on the backup server with the specified ID.
    ///
    /// `GET /backupServers/{ID}/credentials?format=Entity`, `Client::get_backup_servers_by_id_credentials_entities`.
    GetBackupServersByIdCredentialsEntities,
    /// Creates new credentials on the backup server having the specified ID.
    ///
    /// `POST /backupServers/{ID}/credentials?action=create`, `Client::post_backup_servers_by_id_credentials_create`.
    PostBackupServersByIdCredentialsCreate,
    /// Deletes a credentials record having the specified ID from the backup server with the specified ID.
    ///
    /// `DELETE /backupServers/{ID}/credentials/{ID}`, `Client::delete_backup_servers_by_id_credentials_by_id`.
    DeleteBackupServersByIdCredentialsById,
    /// Returns a resource representation of a credentials record with the specified ID created on the backup server with the specified ID.
    ///
    /// `GET /backupServers/{ID}/credentials/{ID}`, `Client::get_backup_servers_by_id_credentials_by_id`.
    GetBackupServersByIdCredentialsById,
    /// Edits a credentials record having specified ID on the backup server with the specified ID.
    ///
    /// `PUT /backupServers/{ID}/credentials/{ID}`, `Client::put_backup_servers_by_id_credentials_by_id`.
    PutBackupServersByIdCredentialsById,
    /// Returns a resource representation of the collection of external backup repositories on a backup server having the specified ID.
    ///
    /// `GET /backupServers/{ID}/externalRepositories`, `Client::get_backup_servers_by_id_external_repositories`.
    GetBackupServersByIdExternalRepositories,
    /// Returns a resource representation of the collection of external backup repositories on a backup server having the specified ID.
    ///
    /// `GET /backupServers/{ID}/externalRepositories?format=Entity`, `Client::get_backup_servers_by_id_external_repositories_entities`.
    GetBackupServersByIdExternalRepositoriesEntities,
    /// Returns a resource representation of the passwords collection created on the backup server with the specified ID.
    ///
    /// `GET /backupServers/{ID}/passwords`, `Client::get_backup_servers_by_id_passwords`.
    GetBackupServersByIdPasswords,
    /// Returns a resource representation of the passwords collection created on the backup server with the specified ID.
    ///
    /// `GET /backupServers/{ID}/passwords?format=Entity`, `Client::get_backup_servers_by_id_passwords_entities`.
    GetBackupServersByIdPasswordsEntities,
    /// Creates a new password on the backup server having the specified ID.
    ///
    /// `POST /backupServers/{ID}/passwords?action=create`, `Client::post_backup_servers_by_id_passwords_create`.
    PostBackupServersByIdPasswordsCreate,
    /// Deletes a password having the specified ID from the backup server with the specified ID.
    ///
    /// `DELETE /backupServers/{ID}/passwords/{ID}`, `Client::delete_backup_servers_by_id_passwords_by_id`.
    DeleteBackupServersByIdPasswordsById,
    /// Returns a resource representation of a password with the specified ID created on the backup server with the specified ID.
    ///
    /// `GET /backupServers/{ID}/passwords/{ID}`, `Client::get_backup_servers_by_id_passwords_by_id`.
    GetBackupServersByIdPasswordsById,
    /// Edits parameters for a password having the specified ID on the backup server with the specified ID.
    ///
    /// `PUT /backupServers/{ID}/passwords/{ID}`, `Client::put_backup_servers_by_id_passwords_by_id`.
    PutBackupServersByIdPasswordsById,
    /// Returns a resource representation of a collection of all backup job sessions performed on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupSessions`, `Client::get_backup_sessions`.
    GetBackupSessions,
    /// Returns a resource representation of a collection of all backup job sessions performed on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupSessions?format=Entity`, `Client::get_backup_sessions_entities`.
    GetBackupSessionsEntities,
    /// Returns a resource representation of a backup job session having the specified ID.
    ///
    /// `GET /backupSessions/{ID}`, `Client::get_backup_sessions_by_id`.
    GetBackupSessionsById,
    /// Stops the job session having the specified ID.
    ///
    /// `POST /backupSessions/{ID}?action=stop`, `Client::post_backup_sessions_by_id_stop`.
    PostBackupSessionsByIdStop,
    /// Returns a resource representation of a collection of all AgentManagement job sessions performed during the AgentBackup backup session with a specified ID.
    ///
    /// `GET /backupSessions/{ID}/agentManagementSessions`, `Client::get_backup_sessions_by_id_agent_management_sessions`.
    GetBackupSessionsByIdAgentManagementSessions,
    /// Returns a resource representation of a collection of all AgentManagement job sessions performed during the AgentBackup backup session with a specified ID.
    ///
    /// `GET /backupSessions/{ID}/agentManagementSessions?format=Entity`, `Client::get_backup_sessions_by_id_agent_management_sessions_entities`.
    GetBackupSessionsByIdAgentManagementSessionsEntities,
    /// Returns a resource representation of a collection of all task sessions performed with the Backup and Agent type backup job sessions with a specified ID.
    ///
    /// `GET /backupSessions/{ID}/taskSessions`, `Client::get_backup_sessions_by_id_task_sessions`.
    GetBackupSessionsByIdTaskSessions,
    /// Returns a resource representation of a collection of all task sessions performed with the Backup and Agent type backup job sessions with a specified ID.
    ///
    /// `GET /backupSessions/{ID}/taskSessions?format=Entity`, `Client::get_backup_sessions_by_id_task_sessions_entities`.
    GetBackupSessionsByIdTaskSessionsEntities,
    /// Returns a resource representation of a collection of backup task sessions that are performed on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupTaskSessions`, `Client::get_backup_task_sessions`.
    GetBackupTaskSessions,
    /// Returns a resource representation of a collection of backup task sessions that are performed on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupTaskSessions?format=Entity`, `Client::get_backup_task_sessions_entities`.
    GetBackupTaskSessionsEntities,
    /// Returns a resource representation of a task having the specified ID.
    ///
    /// `GET /backupTaskSessions/{ID}`, `Client::get_backup_task_sessions_by_id`.
    GetBackupTaskSessionsById,
    /// Returns a resource representation of a collection of all backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backups`, `Client::get_backups`.
    GetBackups,
    /// Returns a resource representation of a collection of all backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backups?format=Entity`, `Client::get_backups_entities`.
    GetBackupsEntities,
    /// Returns a resource representation of a backup having the specified ID.
    ///
    /// `GET /backups/{ID}`, `Client::get_backups_by_id`.
    GetBackupsById,
    /// Returns a resource representation of a collection of all ChildBackup resources of a ParentBackup backup type having the specified ID.
    ///
    /// `GET /backups/{ID}/childbackups`, `Client::get_backups_by_id_childbackups`.
    GetBackupsByIdChildbackups,
    /// Returns a resource representation of a collection of restore points of Standard and ChildBackup backups having the specified ID.
    ///
    /// `GET /backups/{ID}/restorePoints`, `Client::get_backups_by_id_restore_points`.
    GetBackupsByIdRestorePoints,
    /// Returns a resource representation of a collection of restore points of Standard and ChildBackup backups having the specified ID.
    ///
    /// `GET /backups/{ID}/restorePoints?format=Entity`, `Client::get_backups_by_id_restore_points_entities`.
    GetBackupsByIdRestorePointsEntities,
    /// Returns a resource representation of a VM collection whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms`, `Client::get_catalog_vms`.
    GetCatalogVms,
    /// Returns a resource representation of a VM collection whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms?format=Entity`, `Client::get_catalog_vms_entities`.
    GetCatalogVmsEntities,
    /// Returns a resource representation of a VM having the specified name whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms/{vmname}`, `Client::get_catalog_vms_by_vmname`.
    GetCatalogVmsByVmname,
    /// Returns a resource representation of a collection of restore points for a VM whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints`, `Client::get_catalog_vms_by_vmname_vm_restore_points`.
    GetCatalogVmsByVmnameVmRestorePoints,
    /// Returns a resource representation of a collection of restore points for a VM whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints?format=Entity`, `Client::get_catalog_vms_by_vmname_vm_restore_points_entities`.
    GetCatalogVmsByVmnameVmRestorePointsEntities,
    /// Returns a VM restore point having the specified ID.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}`, `Client::get_catalog_vms_by_vmname_vm_restore_points_by_id`.
    GetCatalogVmsByVmnameVmRestorePointsById,
    /// Starts the guest OS file restore process of the VM from the specified restore point.
    ///
    /// `POST /catalog/vms/{vmname}/vmRestorePoints/{ID}?action=browse`, `Client::post_catalog_vms_by_vmname_vm_restore_points_by_id_browse`.
    PostCatalogVmsByVmnameVmRestorePointsByIdBrowse,
    /// Returns a resource representation of the hierarchy of the VM guest OS file system within a VM backup.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/`, `Client::get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs`.
    GetCatalogVmsByVmnameVmRestorePointsByIdGuestfs,
    /// Returns a resource representation of a file or folder in the VM guest OS.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}`, `Client::get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath`.
    GetCatalogVmsByVmnameVmRestorePointsByIdGuestfsByFilepath,
    /// Starts restore of the specified VM guest OS file or folder from the specified restore point.
    ///
    /// `POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}?action=restore`, `Client::post_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath_restore`.
    PostCatalogVmsByVmnameVmRestorePointsByIdGuestfsByFilepathRestore,
    /// Returns a collection of all CDP policies created on all backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cdpPolicies`, `Client::get_cdp_policies`.
    GetCdpPolicies,
    /// Returns a collection of all CDP policies created on all backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cdpPolicies?format=Entity`, `Client::get_cdp_policies_entities`.
    GetCdpPoliciesEntities,
    /// Returns a resource representation of the CDP policy resource having the specified ID.
    ///
    /// `GET /cdpPolicies/{ID}`, `Client::get_cdp_policies_by_id`.
    GetCdpPoliciesById,
    /// Disables a CDP policy having the specified ID.
    ///
    /// `POST /cdpPolicies/{ID}?action=disable`, `Client::post_cdp_policies_by_id_disable`.
    PostCdpPoliciesByIdDisable,
    /// Enables a disabled CDP policy having the specified ID.
    ///
    /// `POST /cdpPolicies/{ID}?action=enable`, `Client::post_cdp_policies_by_id_enable`.
    PostCdpPoliciesByIdEnable,
    /// Edits a CDP policy having the specified ID.
    ///
    /// `PUT /cdpPolicies/{ID}`, `Client::put_cdp_policies_by_id`.
    PutCdpPoliciesById,
    /// Returns a collection of all CDP replication sessions of the CDP policy with the specified ID.
    ///
    /// `GET /cdpPolicies/{ID}/cdpReplicaSessions`, `Client::get_cdp_policies_by_id_cdp_replica_sessions`.
    GetCdpPoliciesByIdCdpReplicaSessions,
    /// Returns a collection of all CDP replication sessions of the CDP policy with the specified ID.
    ///
    /// `GET /cdpPolicies/{ID}/cdpReplicaSessions?format=Entity`, `Client::get_cdp_policies_by_id_cdp_replica_sessions_entities`.
    GetCdpPoliciesByIdCdpReplicaSessionsEntities,
    /// Returns a collection of VMs and VM containers processed by the CDP policy having the specified ID.
    ///
    /// `GET /cdpPolicies/{ID}/includes`, `Client::get_cdp_policies_by_id_includes`.
    GetCdpPoliciesByIdIncludes,
    /// Returns a collection of VMs and VM containers processed by the CDP policy having the specified ID.
    ///
    /// `GET /cdpPolicies/{ID}/includes?format=Entity`, `Client::get_cdp_policies_by_id_includes_entities`.
    GetCdpPoliciesByIdIncludesEntities,
    /// Adds a VM or a VM container to the CDP policy having the specified ID.
    ///
    /// `POST /cdpPolicies/{ID}/includes`, `Client::post_cdp_policies_by_id_includes`.
    PostCdpPoliciesByIdIncludes,
    /// Deletes a VM or a VM container that has the specified ID and is processed by the CDP policy with the specified ID.
    ///
    /// `DELETE /cdpPolicies/{ID}/includes/{ID}`, `Client::delete_cdp_policies_by_id_includes_by_id`.
    DeleteCdpPoliciesByIdIncludesById,
    /// Returns a representation of a VM or a VM container having the specified ID and processed by the CDP policy having the specified ID.
    ///
    /// `GET /cdpPolicies/{ID}/includes/{ID}`, `Client::get_cdp_policies_by_id_includes_by_id`.
    GetCdpPoliciesByIdIncludesById,
    /// Returns a collection of all vApps that are replicated by CDP policies for VMware Cloud Director.
    ///
    /// `GET /cdpReplica/vApps`, `Client::get_cdp_replica_v_apps`.
    GetCdpReplicaVApps,
    /// Returns a collection of all vApps that are replicated by CDP policies for VMware Cloud Director.
    ///
    /// `GET /cdpReplica/vApps?format=Entity`, `Client::get_cdp_replica_v_apps_entities`.
    GetCdpReplicaVAppsEntities,
    /// Returns a resource representation of a vApp having the specified ID and replicated by a CDP policy for VMware Cloud Director.
    ///
    /// `GET /cdpReplica/vApps/{ID}`, `Client::get_cdp_replica_v_apps_by_id`.
    GetCdpReplicaVAppsById,
    /// Starts the failover process of the specified vApp to its CDP replica.
    ///
    /// `POST /cdpReplica/vApps/{ID}?action=failover`, `Client::post_cdp_replica_v_apps_by_id_failover`.
    PostCdpReplicaVAppsByIdFailover,
    /// Returns a collection of available intervals for the specified vApp replicated by a CDP policy for VMware Cloud Director.
    ///
    /// `POST /cdpReplica/vApps/{ID}?action=intervals`, `Client::post_cdp_replica_v_apps_by_id_intervals`.
    PostCdpReplicaVAppsByIdIntervals,
    /// Returns a resource representation of a collection of VMs contained in a vApp having the specified ID
    ///
    /// `GET /cdpReplica/vApps/{ID}/vms`, `Client::get_cdp_replica_v_apps_by_id_vms`.
    GetCdpReplicaVAppsByIdVms,
    /// Returns a resource representation of a VM with the specified ID that is contained in a vApp having the specified vApp ID.
    ///
    /// `GET /cdpReplica/vApps/{ID}/vms/{ID}`, `Client::get_cdp_replica_v_apps_by_id_vms_by_id`.
    GetCdpReplicaVAppsByIdVmsById,
    /// Returns a collection of all CDP replication sessions performed on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cdpReplicaSessions`, `Client::get_cdp_replica_sessions`.
    GetCdpReplicaSessions,
    /// Returns a collection of all CDP replication sessions performed on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cdpReplicaSessions?format=Entity`, `Client::get_cdp_replica_sessions_entities`.
    GetCdpReplicaSessionsEntities,
    /// Returns a resource representation of a CDP replication session having the specified ID.
    ///
    /// `GET /cdpReplicaSessions/{ID}`, `Client::get_cdp_replica_sessions_by_id`.
    GetCdpReplicaSessionsById,
    /// Returns a collection of CDP replication task sessions of the CDP replication session that has the specified ID.
    ///
    /// `GET /cdpReplicaSessions/{ID}/cdpReplicaTaskSessions`, `Client::get_cdp_replica_sessions_by_id_cdp_replica_task_sessions`.
    GetCdpReplicaSessionsByIdCdpReplicaTaskSessions,
    /// Returns a collection of CDP replication task sessions of the CDP replication session that has the specified ID.
    ///
    /// `GET /cdpReplicaSessions/{ID}/cdpReplicaTaskSessions?format=Entity`, `Client::get_cdp_replica_sessions_by_id_cdp_replica_task_sessions_entities`.
    GetCdpReplicaSessionsByIdCdpReplicaTaskSessionsEntities,
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cdpReplicaTaskSessions`, `Client::get_cdp_replica_task_sessions`.
    GetCdpReplicaTaskSessions,
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cdpReplicaTaskSessions?format=Entity`, `Client::get_cdp_replica_task_sessions_entities`.
    GetCdpReplicaTaskSessionsEntities,
    /// Returns a resource representation of a CDP replication task session having the specified ID.
    ///
    /// `GET /cdpReplicaTaskSessions/{ID}`, `Client::get_cdp_replica_task_sessions_by_id`.
    GetCdpReplicaTaskSessionsById,
    /// Returns a collection of CDP replicas created by all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cdpReplicas`, `Client::get_cdp_replicas`.
    GetCdpReplicas,
    /// Returns a collection of CDP replicas created by all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cdpReplicas?format=Entity`, `Client::get_cdp_replicas_entities`.
    GetCdpReplicasEntities,
    /// Returns a resource representation of a CDP replica having the specified ID.
    ///
    /// `GET /cdpReplicas/{ID}`, `Client::get_cdp_replicas_by_id`.
    GetCdpReplicasById,
    /// Returns a collection of VMs that are included in the CDP replica having the specified ID.
    ///
    /// `GET /cdpReplicas/{ID}/vms`, `Client::get_cdp_replicas_by_id_vms`.
    GetCdpReplicasByIdVms,
    /// Returns a collection of VMs that are included in the CDP replica having the specified ID.
    ///
    /// `GET /cdpReplicas/{ID}/vms?format=Entity`, `Client::get_cdp_replicas_by_id_vms_entities`.
    GetCdpReplicasByIdVmsEntities,
    /// Returns a resource representation of a VM having the specified ID and included in the CDP replica with the specified ID.
    ///
    /// `GET /cdpReplicas/{ID}/vms/{ID}`, `Client::get_cdp_replicas_by_id_vms_by_id`.
    GetCdpReplicasByIdVmsById,
    /// Starts the failover process of the specified VM to its CDP replica.
    ///
    /// `POST /cdpReplicas/{ID}/vms/{ID}?action=failover`, `Client::post_cdp_replicas_by_id_vms_by_id_failover`.
    PostCdpReplicasByIdVmsByIdFailover,
    /// Returns a collection of available intervals for the specified VM included in the specified CDP replica.
    ///
    /// `POST /cdpReplicas/{ID}/vms/{ID}?action=intervals`, `Client::post_cdp_replicas_by_id_vms_by_id_intervals`.
    PostCdpReplicasByIdVmsByIdIntervals,
    /// Returns a set of links to Veeam Cloud Connect resources.
    ///
    /// `GET /cloud`, `Client::get_cloud`.
    GetCloud,
    /// Returns a resource representation of a collection of all cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/cloudFailoverPlans`, `Client::get_cloud_cloud_failover_plans`.
    GetCloudCloudFailoverPlans,
    /// Returns a resource representation of a collection of all cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/cloudFailoverPlans?format=Entity`, `Client::get_cloud_cloud_failover_plans_entities`.
    GetCloudCloudFailoverPlansEntities,
    /// Deletes a cloud failover plan that has the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /cloud/cloudFailoverPlans/{ID}`, `Client::delete_cloud_cloud_failover_plans_by_id`.
    DeleteCloudCloudFailoverPlansById,
    /// Returns a resource representation of the cloud failover plan that has the specified ID.
    ///
    /// `GET /cloud/cloudFailoverPlans/{ID}`, `Client::get_cloud_cloud_failover_plans_by_id`.
    GetCloudCloudFailoverPlansById,
    /// Starts a cloud failover plan that has the specified ID.
    ///
    /// `POST /cloud/cloudFailoverPlans/{ID}?action=start`, `Client::post_cloud_cloud_failover_plans_by_id_start`.
    PostCloudCloudFailoverPlansByIdStart,
    /// Tests a cloud failover plan that has the specified ID.
    ///
    /// `POST /cloud/cloudFailoverPlans/{ID}?action=test`, `Client::post_cloud_cloud_failover_plans_by_id_test`.
    PostCloudCloudFailoverPlansByIdTest,
    /// Triggers the undo failover operation for all VMs added to the cloud failover plan that has the specified ID.
    ///
    /// `POST /cloud/cloudFailoverPlans/{ID}?action=undo`, `Client::post_cloud_cloud_failover_plans_by_id_undo`.
    PostCloudCloudFailoverPlansByIdUndo,
    /// Edits a cloud failover plan that has the specified ID.
    ///
    /// `PUT /cloud/cloudFailoverPlans/{ID}`, `Client::put_cloud_cloud_failover_plans_by_id`.
    PutCloudCloudFailoverPlansById,
    /// Returns a list of VMs added to the cloud failover plan that has the specified ID.
    ///
    /// `GET /cloud/cloudFailoverPlans/{ID}/includes`, `Client::get_cloud_cloud_failover_plans_by_id_includes`.
    GetCloudCloudFailoverPlansByIdIncludes,
    /// Returns a list of VMs added to the cloud failover plan that has the specified ID.
    ///
    /// `GET /cloud/cloudFailoverPlans/{ID}/includes?format=Entity`, `Client::get_cloud_cloud_failover_plans_by_id_includes_entities`.
    GetCloudCloudFailoverPlansByIdIncludesEntities,
    /// Returns a representation of a VM with the specified ID that is added to the cloud failover plan with the specified ID.
    ///
    /// `GET /cloud/cloudFailoverPlans/{ID}/includes/{ID}`, `Client::get_cloud_cloud_failover_plans_by_id_includes_by_id`.
    GetCloudCloudFailoverPlansByIdIncludesById,
    /// Returns a collection of cloud failover sessions performed on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/failoverSessions`, `Client::get_cloud_failover_sessions`.
    GetCloudFailoverSessions,
    /// Returns a collection of cloud failover sessions performed on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/failoverSessions?format=Entity`, `Client::get_cloud_failover_sessions_entities`.
    GetCloudFailoverSessionsEntities,
    /// Returns a cloud failover session that has the specified ID.
    ///
    /// `GET /cloud/failoverSessions/{ID}`, `Client::get_cloud_failover_sessions_by_id`.
    GetCloudFailoverSessionsById,
    /// Returns a resource representation of a collection of cloud gateway pools configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/gatewayPools`, `Client::get_cloud_gateway_pools`.
    GetCloudGatewayPools,
    /// Returns a resource representation of a collection of cloud gateway pools configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/gatewayPools?format=Entity`, `Client::get_cloud_gateway_pools_entities`.
    GetCloudGatewayPoolsEntities,
    /// Configures a new cloud gateway pool on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `POST /cloud/gatewayPools`, `Client::post_cloud_gateway_pools`.
    PostCloudGatewayPools,
    /// Deletes a cloud gateway pool with the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /cloud/gatewayPools/{ID}`, `Client::delete_cloud_gateway_pools_by_id`.
    DeleteCloudGatewayPoolsById,
    /// Returns a resource representation of a cloud gateway pool with the specified ID.
    ///
    /// `GET /cloud/gatewayPools/{ID}`, `Client::get_cloud_gateway_pools_by_id`.
    GetCloudGatewayPoolsById,
    /// Edits settings of a cloud gateway pool with the specified ID.
    ///
    /// `PUT /cloud/gatewayPools/{ID}`, `Client::put_cloud_gateway_pools_by_id`.
    PutCloudGatewayPoolsById,
    /// Returns a resource representation of a collection of cloud gateways configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/gateways`, `Client::get_cloud_gateways`.
    GetCloudGateways,
    /// Returns a resource representation of a collection of cloud gateways configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/gateways?format=Entity`, `Client::get_cloud_gateways_entities`.
    GetCloudGatewaysEntities,
    /// Configures a new cloud gateway on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `POST /cloud/gateways`, `Client::post_cloud_gateways`.
    PostCloudGateways,
    /// Deletes a cloud gateway having the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /cloud/gateways/{ID}`, `Client::delete_cloud_gateways_by_id`.
    DeleteCloudGatewaysById,
    /// Returns a resource representation of a cloud gateway having the specified ID.
    ///
    /// `GET /cloud/gateways/{ID}`, `Client::get_cloud_gateways_by_id`.
    GetCloudGatewaysById,
    /// Edits settings of a cloud gateway with the specified ID.
    ///
    /// `PUT /cloud/gateways/{ID}`, `Client::put_cloud_gateways_by_id`.
    PutCloudGatewaysById,
    /// Returns a resource representation of a collection of hardware plans configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/hardwarePlans`, `Client::get_cloud_hardware_plans`.
    GetCloudHardwarePlans,
    /// Returns a resource representation of a collection of hardware plans configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/hardwarePlans?format=Entity`, `Client::get_cloud_hardware_plans_entities`.
    GetCloudHardwarePlansEntities,
    /// Configures a new hardware plan on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `POST /cloud/hardwarePlans`, `Client::post_cloud_hardware_plans`.
    PostCloudHardwarePlans,
    /// Deletes a hardware plan that has the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /cloud/hardwarePlans/{ID}`, `Client::delete_cloud_hardware_plans_by_id`.
    DeleteCloudHardwarePlansById,
    /// Returns a resource representation of a hardware plan that has the specified ID.
    ///
    /// `GET /cloud/hardwarePlans/{ID}`, `Client::get_cloud_hardware_plans_by_id`.
    GetCloudHardwarePlansById,
    /// Edits settings of a hardware plan with the specified ID.
    ///
    /// `PUT /cloud/hardwarePlans/{ID}`, `Client::put_cloud_hardware_plans_by_id`.
    PutCloudHardwarePlansById,
    /// Returns a resource representation of a collection of tenant accounts that are subscribed to the hardware plan with the specified ID.
    ///
    /// `GET /cloud/hardwarePlans/{ID}/tenants`, `Client::get_cloud_hardware_plans_by_id_tenants`.
    GetCloudHardwarePlansByIdTenants,
    /// Returns a resource representation of a collection of public IP addresses.
    ///
    /// `GET /cloud/publicIpAddresses`, `Client::get_cloud_public_ip_addresses`.
    GetCloudPublicIpAddresses,
    /// Returns a resource representation of a collection of public IP addresses.
    ///
    /// `GET /cloud/publicIpAddresses?format=Entity`, `Client::get_cloud_public_ip_addresses_entities`.
    GetCloudPublicIpAddressesEntities,
    /// Adds one or several public IP addresses to the pool of public IP addresses configured on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `POST /cloud/publicIpAddresses`, `Client::post_cloud_public_ip_addresses`.
    PostCloudPublicIpAddresses,
    /// Deletes a public IP address with the specified ID from the pool of public IP addresses configured on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /cloud/publicIpAddresses/{ID}`, `Client::delete_cloud_public_ip_addresses_by_id`.
    DeleteCloudPublicIpAddressesById,
    /// Returns a resource representation of a public IP address that has the specified ID.
    ///
    /// `GET /cloud/publicIpAddresses/{ID}`, `Client::get_cloud_public_ip_addresses_by_id`.
    GetCloudPublicIpAddressesById,
    /// Edits settings of a public IP address resource with the specified ID.
    ///
    /// `PUT /cloud/publicIpAddresses/{ID}`, `Client::put_cloud_public_ip_addresses_by_id`.
    PutCloudPublicIpAddressesById,
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/replicas`, `Client::get_cloud_replicas`.
    GetCloudReplicas,
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/replicas?format=Entity`, `Client::get_cloud_replicas_entities`.
    GetCloudReplicasEntities,
    /// Returns a resource representation of a cloud replica that has the specified ID.
    ///
    /// `GET /cloud/replicas/{ID}`, `Client::get_cloud_replicas_by_id`.
    GetCloudReplicasById,
    /// Returns a resource representation of a collection of restore points for separate VMs in a cloud replica with the specified ID.
    ///
    /// `GET /cloud/replicas/{ID}/vmReplicaPoints`, `Client::get_cloud_replicas_by_id_vm_replica_points`.
    GetCloudReplicasByIdVmReplicaPoints,
    /// Returns a resource representation of a collection of restore points for separate VMs in a cloud replica with the specified ID.
    ///
    /// `GET /cloud/replicas/{ID}/vmReplicaPoints?format=Entity`, `Client::get_cloud_replicas_by_id_vm_replica_points_entities`.
    GetCloudReplicasByIdVmReplicaPointsEntities,
    /// Returns a resource representation of a collection of tenant accounts created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/tenants`, `Client::get_cloud_tenants`.
    GetCloudTenants,
    /// Returns a resource representation of a collection of tenant accounts created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/tenants?format=Entity`, `Client::get_cloud_tenants_entities`.
    GetCloudTenantsEntities,
    /// Creates a new tenant account on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `POST /cloud/tenants`, `Client::post_cloud_tenants`.
    PostCloudTenants,
    /// Deletes a tenant account with the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /cloud/tenants/{ID}`, `Client::delete_cloud_tenants_by_id`.
    DeleteCloudTenantsById,
    /// Returns a resource representation of a tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}`, `Client::get_cloud_tenants_by_id`.
    GetCloudTenantsById,
    /// Edits settings of a tenant account with the specified ID.
    ///
    /// `PUT /cloud/tenants/{ID}`, `Client::put_cloud_tenants_by_id`.
    PutCloudTenantsById,
    /// Returns a collection of hardware plans to which the tenant account with the specified ID is subscribed.
    ///
    /// `GET /cloud/tenants/{ID}/computeResources`, `Client::get_cloud_tenants_by_id_compute_resources`.
    GetCloudTenantsByIdComputeResources,
    /// Subscribes a tenant account with the specified ID to the hardware plan.
    ///
    /// `POST /cloud/tenants/{ID}/computeResources`, `Client::post_cloud_tenants_by_id_compute_resources`.
    PostCloudTenantsByIdComputeResources,
    /// Unsubscribes a tenant account that has the specified ID from a hardware plan with the specified ID.
    ///
    /// `DELETE /cloud/tenants/{ID}/computeResources/{ID}`, `Client::delete_cloud_tenants_by_id_compute_resources_by_id`.
    DeleteCloudTenantsByIdComputeResourcesById,
    /// Returns a hardware plan with the specified ID to which the tenant account with the specified ID is subscribed.
    ///
    /// `GET /cloud/tenants/{ID}/computeResources/{ID}`, `Client::get_cloud_tenants_by_id_compute_resources_by_id`.
    GetCloudTenantsByIdComputeResourcesById,
    /// Represents the following license counters that do not consume a Veeam Cloud Connect license installed on the service provider backup server:
    ///
    /// `GET /cloud/tenants/{ID}/freelicenseCounters`, `Client::get_cloud_tenants_by_id_freelicense_counters`.
    GetCloudTenantsByIdFreelicenseCounters,
    /// Returns a list of cloud gateway pools assigned to the tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/gatewayPools`, `Client::get_cloud_tenants_by_id_gateway_pools`.
    GetCloudTenantsByIdGatewayPools,
    /// Returns a list of cloud gateway pools assigned to the tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/gatewayPools?format=Entity`, `Client::get_cloud_tenants_by_id_gateway_pools_entities`.
    GetCloudTenantsByIdGatewayPoolsEntities,
    /// Returns a collection of storage quotas assigned to the tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/resources`, `Client::get_cloud_tenants_by_id_resources`.
    GetCloudTenantsByIdResources,
    /// Creates a storage quota on the cloud repository for a tenant account with the specified ID.
    ///
    /// `POST /cloud/tenants/{ID}/resources`, `Client::post_cloud_tenants_by_id_resources`.
    PostCloudTenantsByIdResources,
    /// Deletes a storage quota with the specified ID for the tenant account with the specified ID.
    ///
    /// `DELETE /cloud/tenants/{ID}/resources/{ID}`, `Client::delete_cloud_tenants_by_id_resources_by_id`.
    DeleteCloudTenantsByIdResourcesById,
    /// Returns a resource of a storage quota assigned to the tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/resources/{ID}`, `Client::get_cloud_tenants_by_id_resources_by_id`.
    GetCloudTenantsByIdResourcesById,
    /// Returns a list of subtenant accounts created for the tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/subtenants`, `Client::get_cloud_tenants_by_id_subtenants`.
    GetCloudTenantsByIdSubtenants,
    /// Creates a subtenant account for a tenant account with the specified ID.
    ///
    /// `POST /cloud/tenants/{ID}/subtenants`, `Client::post_cloud_tenants_by_id_subtenants`.
    PostCloudTenantsByIdSubtenants,
    /// Deletes a subtenant account with the specified ID for the tenant account with the specified ID.
    ///
    /// `DELETE /cloud/tenants/{ID}/subtenants/{ID}`, `Client::delete_cloud_tenants_by_id_subtenants_by_id`.
    DeleteCloudTenantsByIdSubtenantsById,
    /// Returns a resource representation of the subtenat account with the specified ID created for the tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/subtenants/{ID}`, `Client::get_cloud_tenants_by_id_subtenants_by_id`.
    GetCloudTenantsByIdSubtenantsById,
    /// Edits settings of a subtenant account with the specified ID.
    ///
    /// `PUT /cloud/tenants/{ID}/subtenants/{ID}`, `Client::put_cloud_tenants_by_id_subtenants_by_id`.
    PutCloudTenantsByIdSubtenantsById,
    /// Returns a list of organization vDCs for the VMware Cloud Director tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/vCloudComputeResources`, `Client::get_cloud_tenants_by_id_v_cloud_compute_resources`.
    GetCloudTenantsByIdVCloudComputeResources,
    /// Assigns an organization VDC to a VMware Cloud Director tenant account with the specified ID.
    ///
    /// `POST /cloud/tenants/{ID}/vCloudComputeResources`, `Client::post_cloud_tenants_by_id_v_cloud_compute_resources`.
    PostCloudTenantsByIdVCloudComputeResources,
    /// Removes an organization VDC with the specified ID from the VMware Cloud Director tenant account that has the specified ID.
    ///
    /// `DELETE /cloud/tenants/{ID}/vCloudComputeResources/{ID}`, `Client::delete_cloud_tenants_by_id_v_cloud_compute_resources_by_id`.
    DeleteCloudTenantsByIdVCloudComputeResourcesById,
    /// Returns an organization VDC with the specified ID that is assigned to a VMware Cloud Director tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}`, `Client::get_cloud_tenants_by_id_v_cloud_compute_resources_by_id`.
    GetCloudTenantsByIdVCloudComputeResourcesById,
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved.
    ///
    /// `GET /cloud/vlans`, `Client::get_cloud_vlans`.
    GetCloudVlans,
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved.
    ///
    /// `GET /cloud/vlans?format=Entity`, `Client::get_cloud_vlans_entities`.
    GetCloudVlansEntities,
    /// Deletes VLAN ranges that are reserved for Veeam Cloud Connect Replication from the virtual switch with the specified ID.
    ///
    /// `DELETE /cloud/vlans/{ID}`, `Client::delete_cloud_vlans_by_id`.
    DeleteCloudVlansById,
    /// Returns a virtual switch with the specified ID on which VLAN ranges for Veeam Cloud Connect Replication are reserved.
    ///
    /// `GET /cloud/vlans/{ID}`, `Client::get_cloud_vlans_by_id`.
    GetCloudVlansById,
    /// Edits VLAN ranges that are reserved for Veeam Cloud Connect Replication on the virtual switch with the specified ID.
    ///
    /// `PUT /cloud/vlans/{ID}`, `Client::put_cloud_vlans_by_id`.
    PutCloudVlansById,
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs.
    ///
    /// `GET /cloud/vmReplicaPoints`, `Client::get_cloud_vm_replica_points`.
    GetCloudVmReplicaPoints,
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs.
    ///
    /// `GET /cloud/vmReplicaPoints?format=Entity`, `Client::get_cloud_vm_replica_points_entities`.
    GetCloudVmReplicaPointsEntities,
    /// Returns a resource representation of a VM replica restore point that has the specified ID.
    ///
    /// `GET /cloud/vmReplicaPoints/{ID}`, `Client::get_cloud_vm_replica_points_by_id`.
    GetCloudVmReplicaPointsById,
    /// Returns a resource representation of the collection of external backup repositories on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /externalRepositories`, `Client::get_external_repositories`.
    GetExternalRepositories,
    /// Returns a resource representation of the collection of external backup repositories on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /externalRepositories?format=Entity`, `Client::get_external_repositories_entities`.
    GetExternalRepositoriesEntities,
    /// Returns a resource representation of an external backup repository having the specified ID.
    ///
    /// `GET /externalRepositories/{ID}`, `Client::get_external_repositories_by_id`.
    GetExternalRepositoriesById,
    /// Returns a resource representation of a collection of all backups on backup servers connected to Veeam Backup Enterprise Manager filtered by an external repository with a specified ID as a target repository.
    ///
    /// `GET /externalRepositories/{ID}/backups`, `Client::get_external_repositories_by_id_backups`.
    GetExternalRepositoriesByIdBackups,
    /// Returns a resource representation of a collection of all backups on backup servers connected to Veeam Backup Enterprise Manager filtered by an external repository with a specified ID as a target repository.
    ///
    /// `GET /externalRepositories/{ID}/backups?format=Entity`, `Client::get_external_repositories_by_id_backups_entities`.
    GetExternalRepositoriesByIdBackupsEntities,
    /// Returns a resource representation of a collection of all failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /failoverPlans`, `Client::get_failover_plans`.
    GetFailoverPlans,
    /// Returns a resource representation of a collection of all failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /failoverPlans?format=Entity`, `Client::get_failover_plans_entities`.
    GetFailoverPlansEntities,
    /// Returns a resource representation of the failover plan having the specified ID.
    ///
    /// `GET /failoverPlans/{ID}`, `Client::get_failover_plans_by_id`.
    GetFailoverPlansById,
    /// Starts a failover plan having the specified ID.
    ///
    /// `POST /failoverPlans/{ID}?action=start`, `Client::post_failover_plans_by_id_start`.
    PostFailoverPlansByIdStart,
    /// Triggers the undo failover operation for all VMs added to the failover plan having the specified ID.
    ///
    /// `POST /failoverPlans/{ID}?action=undo`, `Client::post_failover_plans_by_id_undo`.
    PostFailoverPlansByIdUndo,
    /// Edits a failover plan having the specified ID.
    ///
    /// `PUT /failoverPlans/{ID}`, `Client::put_failover_plans_by_id`.
    PutFailoverPlansById,
    /// Returns a resource representation of a collection of virtualization hosts added to all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /hierarchyRoots`, `Client::get_hierarchy_roots`.
    GetHierarchyRoots,
    /// Returns a resource representation of a collection of virtualization hosts added to all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /hierarchyRoots?format=Entity`, `Client::get_hierarchy_roots_entities`.
    GetHierarchyRootsEntities,
    /// Returns a resource representation of a virtualization host having the specified ID.
    ///
    /// `GET /hierarchyRoots/{ID}`, `Client::get_hierarchy_roots_by_id`.
    GetHierarchyRootsById,
    /// Returns a resource representation of a collection of jobs created on all backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /jobs`, `Client::get_jobs`.
    GetJobs,
    /// Returns a resource representation of a collection of jobs created on all backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /jobs?format=Entity`, `Client::get_jobs_entities`.
    GetJobsEntities,
    /// Deletes a job having the specified ID.
    ///
    /// `DELETE /jobs/{ID}`, `Client::delete_jobs_by_id`.
    DeleteJobsById,
    /// Returns a resource representation of the job resource having the specified ID.
    ///
    /// `GET /jobs/{ID}`, `Client::get_jobs_by_id`.
    GetJobsById,
    /// Creates a copy of the job having the specified ID.
    ///
    /// `POST /jobs/{ID}?action=clone`, `Client::post_jobs_by_id_clone`.
    PostJobsByIdClone,
    /// Retries a failed job having the specified ID.
    ///
    /// `POST /jobs/{ID}?action=retry`, `Client::post_jobs_by_id_retry`.
    PostJobsByIdRetry,
    /// Starts a job having the specified ID.
    ///
    /// `POST /jobs/{ID}?action=start`, `Client::post_jobs_by_id_start`.
    PostJobsByIdStart,
    /// Stops the job having the specified ID.
    ///
    /// `POST /jobs/{ID}?action=stop`, `Client::post_jobs_by_id_stop`.
    PostJobsByIdStop,
    /// Starts a backup copy job having the specified ID.
    ///
    /// `POST /jobs/{ID}?action=sync`, `Client::post_jobs_by_id_sync`.
    PostJobsByIdSync,
    /// Disables or enables a job having the specified ID.
    ///
    /// `POST /jobs/{ID}?action=toggleScheduleEnabled`, `Client::post_jobs_by_id_toggle_schedule_enabled`.
    PostJobsByIdToggleScheduleEnabled,
    /// Edits a job having the specified ID.
    ///
    /// `PUT /jobs/{ID}?action=edit`, `Client::put_jobs_by_id_edit`.
    PutJobsByIdEdit,
    /// Returns a list of VMs and VM containers processed by the job with the specified ID.
    ///
    /// `GET /jobs/{ID}/includes`, `Client::get_jobs_by_id_includes`.
    GetJobsByIdIncludes,
    /// Returns a list of VMs and VM containers processed by the job with the specified ID.
    ///
    /// `GET /jobs/{ID}/includes?format=Entity`, `Client::get_jobs_by_id_includes_entities`.
    GetJobsByIdIncludesEntities,
    /// Adds a VM or VM container to the job.
    ///
    /// `POST /jobs/{ID}/includes`, `Client::post_jobs_by_id_includes`.
    PostJobsByIdIncludes,
    /// Deletes a VM or a VM container that has the specified ID and is processed by the job with the specified ID.
    ///
    /// `DELETE /jobs/{ID}/includes/{ID}`, `Client::delete_jobs_by_id_includes_by_id`.
    DeleteJobsByIdIncludesById,
    /// Returns a representation of a VM or a VM container having the specified ID and processed by the job having the specified ID.
    ///
    /// `GET /jobs/{ID}/includes/{ID}`, `Client::get_jobs_by_id_includes_by_id`.
    GetJobsByIdIncludesById,
    /// Returns a list of backup repositories linked to the backup copy job with the specified ID.
    ///
    /// `GET /jobs/{ID}/linkedBackupRepositories`, `Client::get_jobs_by_id_linked_backup_repositories`.
    GetJobsByIdLinkedBackupRepositories,
    /// Adds a backup repository to a backup copy job with the specified ID.
    ///
    /// `POST /jobs/{ID}/linkedBackupRepositories`, `Client::post_jobs_by_id_linked_backup_repositories`.
    PostJobsByIdLinkedBackupRepositories,
    /// Deletes a specific backup repository linked to a backup copy job with the specified ID.
    ///
    /// `DELETE /jobs/{ID}/linkedBackupRepositories/{ID}`, `Client::delete_jobs_by_id_linked_backup_repositories_by_id`.
    DeleteJobsByIdLinkedBackupRepositoriesById,
    /// Returns a list of backup jobs linked to the backup copy job with the specified ID.
    ///
    /// `GET /jobs/{ID}/linkedJobs`, `Client::get_jobs_by_id_linked_jobs`.
    GetJobsByIdLinkedJobs,
    /// Adds a backup job to a backup copy job with the specified ID.
    ///
    /// `POST /jobs/{ID}/linkedJobs`, `Client::post_jobs_by_id_linked_jobs`.
    PostJobsByIdLinkedJobs,
    /// Deletes a specific backup job linked to a backup copy job with the specified ID.
    ///
    /// `DELETE /jobs/{ID}/linkedJobs/{ID}`, `Client::delete_jobs_by_id_linked_jobs_by_id`.
    DeleteJobsByIdLinkedJobsById,
    /// Returns a collection of currently existing login sessions for Veeam Backup Enterprise Manager REST API.
    ///
    /// `GET /logonSessions`, `Client::get_logon_sessions`.
    GetLogonSessions,
    /// Deletes a logon session having the specified ID.
    ///
    /// `DELETE /logonSessions/{ID}`, `Client::delete_logon_sessions_by_id`.
    DeleteLogonSessionsById,
    /// Returns a currently existing logon session having the specified ID.
    ///
    /// `GET /logonSessions/{ID}`, `Client::get_logon_sessions_by_id`.
    GetLogonSessionsById,
    /// Returns a resource representation of the Virtual Infrastructure Lookup.
    ///
    /// `GET /lookup`, `Client::get_lookup`.
    GetLookup,
    /// Returns a representation of the /lookupSvc resource.
    ///
    /// `GET /lookupSvc`, `Client::get_lookup_svc`.
    GetLookupSvc,
    /// Returns a resource representation of a collection of all servers connected to backup servers that are managed by Veeam Backup Enterprise Manager.
    ///
    /// `GET /managedServers`, `Client::get_managed_servers`.
    GetManagedServers,
    /// Returns a resource representation of a collection of all servers connected to backup servers that are managed by Veeam Backup Enterprise Manager.
    ///
    /// `GET /managedServers?format=Entity`, `Client::get_managed_servers_entities`.
    GetManagedServersEntities,
    /// Returns a resource representation of the server having the specified ID.
    ///
    /// `GET /managedServers/{ID}`, `Client::get_managed_servers_by_id`.
    GetManagedServersById,
    /// Returns a set of links to NAS backup resources.
    ///
    /// `GET /nas`, `Client::get_nas`.
    GetNas,
    /// Returns a resource representation of a collection of sessions performed for file share backup jobs configured in Veeam Backup & Replication on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /nas/backupSessions`, `Client::get_nas_backup_sessions`.
    GetNasBackupSessions,
    /// Returns a resource representation of a collection of file shares added on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /nas/fileServers`, `Client::get_nas_file_servers`.
    GetNasFileServers,
    /// Returns a resource representation of a collection of file shares added on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /nas/fileServers?format=Entity`, `Client::get_nas_file_servers_entities`.
    GetNasFileServersEntities,
    /// Returns a resource representation of the file share with the specified ID.
    ///
    /// `GET /nas/fileServers/{ID}`, `Client::get_nas_file_servers_by_id`.
    GetNasFileServersById,
    /// Returns a resource representation of a collection of file share backup jobs created on all backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /nas/jobs`, `Client::get_nas_jobs`.
    GetNasJobs,
    /// Returns a resource representation of a collection of file share backup jobs created on all backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /nas/jobs?format=Entity`, `Client::get_nas_jobs_entities`.
    GetNasJobsEntities,
    /// Returns a resource representation of the file share backup job resource having the specified ID.
    ///
    /// `GET /nas/jobs/{ID}`, `Client::get_nas_jobs_by_id`.
    GetNasJobsById,
    /// Returns a resource representation of a collection of sessions performed for the file share backup job with the specified ID.
    ///
    /// `GET /nas/jobs/{ID}/backupSessions`, `Client::get_nas_jobs_by_id_backup_sessions`.
    GetNasJobsByIdBackupSessions,
    /// Returns a resource representation of a collection of sessions performed for the file share backup job with the specified ID.
    ///
    /// `GET /nas/jobs/{ID}/backupSessions?format=Entity`, `Client::get_nas_jobs_by_id_backup_sessions_entities`.
    GetNasJobsByIdBackupSessionsEntities,
    /// Returns a list of files and folders processed by file share backup job having the specified ID.
    ///
    /// `GET /nas/jobs/{ID}/includes`, `Client::get_nas_jobs_by_id_includes`.
    GetNasJobsByIdIncludes,
    /// Returns a list of files and folders processed by file share backup job having the specified ID.
    ///
    /// `GET /nas/jobs/{ID}/includes?format=Entity`, `Client::get_nas_jobs_by_id_includes_entities`.
    GetNasJobsByIdIncludesEntities,
    /// Returns a representation of a file or folder having the specified ID and processed by the file share backup job having the specified ID.
    ///
    /// `GET /nas/jobs/{ID}/includes/{ID}`, `Client::get_nas_jobs_by_id_includes_by_id`.
    GetNasJobsByIdIncludesById,
    /// Retries a failed file share backup job having the specified ID.
    ///
    /// `POST /nas/jobs/{ID}/retry`, `Client::post_nas_jobs_by_id_retry`.
    PostNasJobsByIdRetry,
    /// Starts a file share backup job having the specified ID.
    ///
    /// `POST /nas/jobs/{ID}/start`, `Client::post_nas_jobs_by_id_start`.
    PostNasJobsByIdStart,
    /// Stops a file share backup job having the specified ID.
    ///
    /// `POST /nas/jobs/{ID}/stop`, `Client::post_nas_jobs_by_id_stop`.
    PostNasJobsByIdStop,
    /// Disables or enables a file share backup job having the specified ID.
    ///
    /// `POST /nas/jobs/{ID}/toggleScheduleEnabled`, `Client::post_nas_jobs_by_id_toggle_schedule_enabled`.
    PostNasJobsByIdToggleScheduleEnabled,
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=AgentBackupJob`, `Client::get_query_agent_backup_job`.
    GetQueryAgentBackupJob,
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=AgentBackupJob&format=Entities`, `Client::get_query_agent_backup_job_entities`.
    GetQueryAgentBackupJobEntities,
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=AgentProtectionGroup`, `Client::get_query_agent_protection_group`.
    GetQueryAgentProtectionGroup,
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=AgentProtectionGroup&format=Entities`, `Client::get_query_agent_protection_group_entities`.
    GetQueryAgentProtectionGroupEntities,
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups.
    ///
    /// `GET /query?type=AgentRestorePoint`, `Client::get_query_agent_restore_point`.
    GetQueryAgentRestorePoint,
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups.
    ///
    /// `GET /query?type=AgentRestorePoint&format=Entities`, `Client::get_query_agent_restore_point_entities`.
    GetQueryAgentRestorePointEntities,
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=Backup`, `Client::get_query_backup`.
    GetQueryBackup,
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=Backup&format=Entities`, `Client::get_query_backup_entities`.
    GetQueryBackupEntities,
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=BackupFile`, `Client::get_query_backup_file`.
    GetQueryBackupFile,
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=BackupFile&format=Entities`, `Client::get_query_backup_file_entities`.
    GetQueryBackupFileEntities,
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=BackupJobSession`, `Client::get_query_backup_job_session`.
    GetQueryBackupJobSession,
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=BackupJobSession&format=Entities`, `Client::get_query_backup_job_session_entities`.
    GetQueryBackupJobSessionEntities,
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=BackupServer`, `Client::get_query_backup_server`.
    GetQueryBackupServer,
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=BackupServer&format=Entities`, `Client::get_query_backup_server_entities`.
    GetQueryBackupServerEntities,
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=BackupTaskSession`, `Client::get_query_backup_task_session`.
    GetQueryBackupTaskSession,
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=BackupTaskSession&format=Entities`, `Client::get_query_backup_task_session_entities`.
    GetQueryBackupTaskSessionEntities,
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CdpPolicy`, `Client::get_query_cdp_policy`.
    GetQueryCdpPolicy,
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CdpPolicy&format=Entities`, `Client::get_query_cdp_policy_entities`.
    GetQueryCdpPolicyEntities,
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CdpReplica`, `Client::get_query_cdp_replica`.
    GetQueryCdpReplica,
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CdpReplica&format=Entities`, `Client::get_query_cdp_replica_entities`.
    GetQueryCdpReplicaEntities,
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CdpReplicaSession`, `Client::get_query_cdp_replica_session`.
    GetQueryCdpReplicaSession,
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CdpReplicaSession&format=Entities`, `Client::get_query_cdp_replica_session_entities`.
    GetQueryCdpReplicaSessionEntities,
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CdpReplicaTaskSession`, `Client::get_query_cdp_replica_task_session`.
    GetQueryCdpReplicaTaskSession,
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CdpReplicaTaskSession&format=Entities`, `Client::get_query_cdp_replica_task_session_entities`.
    GetQueryCdpReplicaTaskSessionEntities,
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudFailoverPlan`, `Client::get_query_cloud_failover_plan`.
    GetQueryCloudFailoverPlan,
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudFailoverPlan&format=Entities`, `Client::get_query_cloud_failover_plan_entities`.
    GetQueryCloudFailoverPlanEntities,
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudFailoverSession`, `Client::get_query_cloud_failover_session`.
    GetQueryCloudFailoverSession,
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudFailoverSession&format=Entities`, `Client::get_query_cloud_failover_session_entities`.
    GetQueryCloudFailoverSessionEntities,
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudGateway`, `Client::get_query_cloud_gateway`.
    GetQueryCloudGateway,
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudGateway&format=Entities`, `Client::get_query_cloud_gateway_entities`.
    GetQueryCloudGatewayEntities,
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudGatewayPool`, `Client::get_query_cloud_gateway_pool`.
    GetQueryCloudGatewayPool,
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudGatewayPool&format=Entities`, `Client::get_query_cloud_gateway_pool_entities`.
    GetQueryCloudGatewayPoolEntities,
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudHardwarePlan`, `Client::get_query_cloud_hardware_plan`.
    GetQueryCloudHardwarePlan,
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudHardwarePlan&format=Entities`, `Client::get_query_cloud_hardware_plan_entities`.
    GetQueryCloudHardwarePlanEntities,
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudPublicIpAddress`, `Client::get_query_cloud_public_ip_address`.
    GetQueryCloudPublicIpAddress,
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudPublicIpAddress&format=Entities`, `Client::get_query_cloud_public_ip_address_entities`.
    GetQueryCloudPublicIpAddressEntities,
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudReplica`, `Client::get_query_cloud_replica`.
    GetQueryCloudReplica,
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudReplica&format=Entities`, `Client::get_query_cloud_replica_entities`.
    GetQueryCloudReplicaEntities,
    /// Returns a list of subtenant accounts created for tenant accounts.
    ///
    /// `GET /query?type=CloudSubtenant`, `Client::get_query_cloud_subtenant`.
    GetQueryCloudSubtenant,
    /// Returns a list of subtenant accounts created for tenant accounts.
    ///
    /// `GET /query?type=CloudSubtenant&format=Entities`, `Client::get_query_cloud_subtenant_entities`.
    GetQueryCloudSubtenantEntities,
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudTenant`, `Client::get_query_cloud_tenant`.
    GetQueryCloudTenant,
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=CloudTenant&format=Entities`, `Client::get_query_cloud_tenant_entities`.
    GetQueryCloudTenantEntities,
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs.
    ///
    /// `GET /query?type=CloudVmReplicaPoint`, `Client::get_query_cloud_vm_replica_point`.
    GetQueryCloudVmReplicaPoint,
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs.
    ///
    /// `GET /query?type=CloudVmReplicaPoint&format=Entities`, `Client::get_query_cloud_vm_replica_point_entities`.
    GetQueryCloudVmReplicaPointEntities,
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=Credentials`, `Client::get_query_credentials`.
    GetQueryCredentials,
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=Credentials&format=Entities`, `Client::get_query_credentials_entities`.
    GetQueryCredentialsEntities,
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=DiscoveredComputer`, `Client::get_query_discovered_computer`.
    GetQueryDiscoveredComputer,
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=DiscoveredComputer&format=Entities`, `Client::get_query_discovered_computer_entities`.
    GetQueryDiscoveredComputerEntities,
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=FailoverPlan`, `Client::get_query_failover_plan`.
    GetQueryFailoverPlan,
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=FailoverPlan&format=Entities`, `Client::get_query_failover_plan_entities`.
    GetQueryFailoverPlanEntities,
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=FileServer`, `Client::get_query_file_server`.
    GetQueryFileServer,
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=FileServer&format=Entities`, `Client::get_query_file_server_entities`.
    GetQueryFileServerEntities,
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=HierarchyRoot`, `Client::get_query_hierarchy_root`.
    GetQueryHierarchyRoot,
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=HierarchyRoot&format=Entities`, `Client::get_query_hierarchy_root_entities`.
    GetQueryHierarchyRootEntities,
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=Job`, `Client::get_query_job`.
    GetQueryJob,
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=Job&format=Entities`, `Client::get_query_job_entities`.
    GetQueryJobEntities,
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ManagedServer`, `Client::get_query_managed_server`.
    GetQueryManagedServer,
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ManagedServer&format=Entities`, `Client::get_query_managed_server_entities`.
    GetQueryManagedServerEntities,
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=NasJob`, `Client::get_query_nas_job`.
    GetQueryNasJob,
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=NasJob&format=Entities`, `Client::get_query_nas_job_entities`.
    GetQueryNasJobEntities,
    /// Returns a list of files and folders processed by file share backup jobs.
    ///
    /// `GET /query?type=NasObject`, `Client::get_query_nas_object`.
    GetQueryNasObject,
    /// Returns a list of files and folders processed by file share backup jobs.
    ///
    /// `GET /query?type=NasObject&format=Entities`, `Client::get_query_nas_object_entities`.
    GetQueryNasObjectEntities,
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs.
    ///
    /// `GET /query?type=ObjectInAgentBackupJob`, `Client::get_query_object_in_agent_backup_job`.
    GetQueryObjectInAgentBackupJob,
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs.
    ///
    /// `GET /query?type=ObjectInAgentBackupJob&format=Entities`, `Client::get_query_object_in_agent_backup_job_entities`.
    GetQueryObjectInAgentBackupJobEntities,
    /// Returns a list of VMs and VM containers processed by jobs.
    ///
    /// `GET /query?type=ObjectInJob`, `Client::get_query_object_in_job`.
    GetQueryObjectInJob,
    /// Returns a list of VMs and VM containers processed by jobs.
    ///
    /// `GET /query?type=ObjectInJob&format=Entities`, `Client::get_query_object_in_job_entities`.
    GetQueryObjectInJobEntities,
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=Passwords`, `Client::get_query_passwords`.
    GetQueryPasswords,
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=Passwords&format=Entities`, `Client::get_query_passwords_entities`.
    GetQueryPasswordsEntities,
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=Replica`, `Client::get_query_replica`.
    GetQueryReplica,
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=Replica&format=Entities`, `Client::get_query_replica_entities`.
    GetQueryReplicaEntities,
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ReplicaJobSession`, `Client::get_query_replica_job_session`.
    GetQueryReplicaJobSession,
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ReplicaJobSession&format=Entities`, `Client::get_query_replica_job_session_entities`.
    GetQueryReplicaJobSessionEntities,
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ReplicaTaskSession`, `Client::get_query_replica_task_session`.
    GetQueryReplicaTaskSession,
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ReplicaTaskSession&format=Entities`, `Client::get_query_replica_task_session_entities`.
    GetQueryReplicaTaskSessionEntities,
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=Repository`, `Client::get_query_repository`.
    GetQueryRepository,
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=Repository&format=Entities`, `Client::get_query_repository_entities`.
    GetQueryRepositoryEntities,
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=RestorePoint`, `Client::get_query_restore_point`.
    GetQueryRestorePoint,
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=RestorePoint&format=Entities`, `Client::get_query_restore_point_entities`.
    GetQueryRestorePointEntities,
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=RestoreSession`, `Client::get_query_restore_session`.
    GetQueryRestoreSession,
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=RestoreSession&format=Entities`, `Client::get_query_restore_session_entities`.
    GetQueryRestoreSessionEntities,
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session.
    ///
    /// `GET /query?type=Task`, `Client::get_query_task`.
    GetQueryTask,
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session.
    ///
    /// `GET /query?type=Task&format=Entities`, `Client::get_query_task_entities`.
    GetQueryTaskEntities,
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations.
    ///
    /// `GET /query?type=VCloudOrganizationConfig`, `Client::get_query_v_cloud_organization_config`.
    GetQueryVCloudOrganizationConfig,
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations.
    ///
    /// `GET /query?type=VCloudOrganizationConfig&format=Entities`, `Client::get_query_v_cloud_organization_config_entities`.
    GetQueryVCloudOrganizationConfigEntities,
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved.
    ///
    /// `GET /query?type=VlanConfiguration`, `Client::get_query_vlan_configuration`.
    GetQueryVlanConfiguration,
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved.
    ///
    /// `GET /query?type=VlanConfiguration&format=Entities`, `Client::get_query_vlan_configuration_entities`.
    GetQueryVlanConfigurationEntities,
    /// Returns a resource representation of a collection of restore points for separate replicated VMs.
    ///
    /// `GET /query?type=VmReplicaPoint`, `Client::get_query_vm_replica_point`.
    GetQueryVmReplicaPoint,
    /// Returns a resource representation of a collection of restore points for separate replicated VMs.
    ///
    /// `GET /query?type=VmReplicaPoint&format=Entities`, `Client::get_query_vm_replica_point_entities`.
    GetQueryVmReplicaPointEntities,
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files.
    ///
    /// `GET /query?type=VmRestorePoint`, `Client::get_query_vm_restore_point`.
    GetQueryVmRestorePoint,
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files.
    ///
    /// `GET /query?type=VmRestorePoint&format=Entities`, `Client::get_query_vm_restore_point_entities`.
    GetQueryVmRestorePointEntities,
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations.
    ///
    /// `GET /query?type=VsphereSelfServiceConfig`, `Client::get_query_vsphere_self_service_config`.
    GetQueryVsphereSelfServiceConfig,
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations.
    ///
    /// `GET /query?type=VsphereSelfServiceConfig&format=Entities`, `Client::get_query_vsphere_self_service_config_entities`.
    GetQueryVsphereSelfServiceConfigEntities,
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=WanAccelerator`, `Client::get_query_wan_accelerator`.
    GetQueryWanAccelerator,
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=WanAccelerator&format=Entities`, `Client::get_query_wan_accelerator_entities`.
    GetQueryWanAcceleratorEntities,
    /// Returns resource representation of a collection of restore points of separate vApps replicas.
    ///
    /// `GET /query?type=vAppReplicaPoint`, `Client::get_query_v_app_replica_point`.
    GetQueryVAppReplicaPoint,
    /// Returns resource representation of a collection of restore points of separate vApps replicas.
    ///
    /// `GET /query?type=vAppReplicaPoint&format=Entities`, `Client::get_query_v_app_replica_point_entities`.
    GetQueryVAppReplicaPointEntities,
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=vAppRestorePoint`, `Client::get_query_v_app_restore_point`.
    GetQueryVAppRestorePoint,
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=vAppRestorePoint&format=Entities`, `Client::get_query_v_app_restore_point_entities`.
    GetQueryVAppRestorePointEntities,
    /// Returns a list of queries for entity resources.
    ///
    /// `GET /querySvc`, `Client::get_query_svc`.
    GetQuerySvc,
    /// Returns a resource representation of a collection of all replication job sessions performed on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /replicaSessions`, `Client::get_replica_sessions`.
    GetReplicaSessions,
    /// Returns a resource representation of a collection of all replication job sessions performed on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /replicaSessions?format=Entity`, `Client::get_replica_sessions_entities`.
    GetReplicaSessionsEntities,
    /// Returns a resource representation of a replication job session having the specified ID.
    ///
    /// `GET /replicaSessions/{ID}`, `Client::get_replica_sessions_by_id`.
    GetReplicaSessionsById,
    /// Returns a collection of replication task sessions of the replication session that has the specified ID.
    ///
    /// `GET /replicaSessions/{ID}/replicaTaskSessions`, `Client::get_replica_sessions_by_id_replica_task_sessions`.
    GetReplicaSessionsByIdReplicaTaskSessions,
    /// Returns a collection of replication task sessions of the replication session that has the specified ID.
    ///
    /// `GET /replicaSessions/{ID}/replicaTaskSessions?format=Entity`, `Client::get_replica_sessions_by_id_replica_task_sessions_entities`.
    GetReplicaSessionsByIdReplicaTaskSessionsEntities,
    /// Returns a resource representation of a replication tasks collection.
    ///
    /// `GET /replicaTaskSessions`, `Client::get_replica_task_sessions`.
    GetReplicaTaskSessions,
    /// Returns a resource representation of a replication tasks collection.
    ///
    /// `GET /replicaTaskSessions?format=Entity`, `Client::get_replica_task_sessions_entities`.
    GetReplicaTaskSessionsEntities,
    /// Returns a resource representation of a replication task session having the specified ID.
    ///
    /// `GET /replicaTaskSessions/{ID}`, `Client::get_replica_task_sessions_by_id`.
    GetReplicaTaskSessionsById,
    /// Returns a resource representation of a collection of replicas created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /replicas`, `Client::get_replicas`.
    GetReplicas,
    /// Returns a resource representation of a collection of replicas created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /replicas?format=Entity`, `Client::get_replicas_entities`.
    GetReplicasEntities,
    /// Returns a resource representation of a replica having the specified ID.
    ///
    /// `GET /replicas/{ID}`, `Client::get_replicas_by_id`.
    GetReplicasById,
    /// Returns a set of links to reports on Veeam Backup Enterprise Manager and Veeam Backup & Replication entities.
    ///
    /// `GET /reports/summary`, `Client::get_reports_summary`.
    GetReportsSummary,
    /// Returns an overview report about performed jobs, their status, duration and other job-related information.
    ///
    /// `GET /reports/summary/job_statistics`, `Client::get_reports_summary_job_statistics`.
    GetReportsSummaryJobStatistics,
    /// Returns a resource representation of an overview report about backup infrastructure components and performed backup and replication jobs.
    ///
    /// `GET /reports/summary/overview`, `Client::get_reports_summary_overview`.
    GetReportsSummaryOverview,
    /// Returns an overview report about the number of VMs processed per day.
    ///
    /// `GET /reports/summary/processed_vms`, `Client::get_reports_summary_processed_vms`.
    GetReportsSummaryProcessedVms,
    /// Returns an overview report about backup repositories, their capacity, free space and size of backup files on these backup repositories.
    ///
    /// `GET /reports/summary/repository`, `Client::get_reports_summary_repository`.
    GetReportsSummaryRepository,
    /// Returns a resource representation of an overview report about backed up and replicated VMs, available restore points and so on.
    ///
    /// `GET /reports/summary/vms_overview`, `Client::get_reports_summary_vms_overview`.
    GetReportsSummaryVmsOverview,
    /// Returns a resource representation of the collection of backup repositories created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /repositories`, `Client::get_repositories`.
    GetRepositories,
    /// Returns a resource representation of the collection of backup repositories created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /repositories?format=Entity`, `Client::get_repositories_entities`.
    GetRepositoriesEntities,
    /// Returns a resource representation of a backup repository having the specified ID.
    ///
    /// `GET /repositories/{ID}`, `Client::get_repositories_by_id`.
    GetRepositoriesById,
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /restorePoints`, `Client::get_restore_points`.
    GetRestorePoints,
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /restorePoints?format=Entity`, `Client::get_restore_points_entities`.
    GetRestorePointsEntities,
    /// Returns a resource representation of a backup restore point having the specified ID.
    ///
    /// `GET /restorePoints/{ID}`, `Client::get_restore_points_by_id`.
    GetRestorePointsById,
    /// Returns a resource representation of a restore points collection for Veeam Agent backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /restorePoints/{ID}/agentRestorePoints`, `Client::get_restore_points_by_id_agent_restore_points`.
    GetRestorePointsByIdAgentRestorePoints,
    /// Returns a resource representation of a restore points collection for Veeam Agent backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /restorePoints/{ID}/agentRestorePoints?format=Entity`, `Client::get_restore_points_by_id_agent_restore_points_entities`.
    GetRestorePointsByIdAgentRestorePointsEntities,
    /// Returns a resource representation of a collection of backup files created for a restore point with the specified ID.
    ///
    /// `GET /restorePoints/{ID}/backupFiles`, `Client::get_restore_points_by_id_backup_files`.
    GetRestorePointsByIdBackupFiles,
    /// Returns a resource representation of a collection of backup files created for a restore point with the specified ID.
    ///
    /// `GET /restorePoints/{ID}/backupFiles?format=Entity`, `Client::get_restore_points_by_id_backup_files_entities`.
    GetRestorePointsByIdBackupFilesEntities,
    /// Returns a resource representation of a collection of vApp restore points created for a backup restore point with the specified ID.
    ///
    /// `GET /restorePoints/{ID}/vAppRestorePoints`, `Client::get_restore_points_by_id_v_app_restore_points`.
    GetRestorePointsByIdVAppRestorePoints,
    /// Returns a resource representation of a collection of vApp restore points created for a backup restore point with the specified ID.
    ///
    /// `GET /restorePoints/{ID}/vAppRestorePoints?format=Entity`, `Client::get_restore_points_by_id_v_app_restore_points_entities`.
    GetRestorePointsByIdVAppRestorePointsEntities,
    /// Returns a resource representation of a collection of restore points for separate VMs created for a backup restore point with the specified ID.
    ///
    /// `GET /restorePoints/{ID}/vmRestorePoints`, `Client::get_restore_points_by_id_vm_restore_points`.
    GetRestorePointsByIdVmRestorePoints,
    /// Returns a resource representation of a collection of restore points for separate VMs created for a backup restore point with the specified ID.
    ///
    /// `GET /restorePoints/{ID}/vmRestorePoints?format=Entity`, `Client::get_restore_points_by_id_vm_restore_points_entities`.
    GetRestorePointsByIdVmRestorePointsEntities,
    /// Returns a collection of restore sessions performed on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /restoreSessions`, `Client::get_restore_sessions`.
    GetRestoreSessions,
    /// Returns a collection of restore sessions performed on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /restoreSessions?format=Entity`, `Client::get_restore_sessions_entities`.
    GetRestoreSessionsEntities,
    /// Returns a restore session having the specified ID.
    ///
    /// `GET /restoreSessions/{ID}`, `Client::get_restore_sessions_by_id`.
    GetRestoreSessionsById,
    /// Returns a resource representation of the security resource.
    ///
    /// `GET /security`, `Client::get_security`.
    GetSecurity,
    /// Returns a collection of accounts having specific security roles in Veeam Backup Enterprise Manager.
    ///
    /// `GET /security/accounts`, `Client::get_security_accounts`.
    GetSecurityAccounts,
    /// Returns a collection of accounts having specific security roles in Veeam Backup Enterprise Manager.
    ///
    /// `GET /security/accounts?format=Entity`, `Client::get_security_accounts_entities`.
    GetSecurityAccountsEntities,
    /// Adds a user or group account having a specific security role to Veeam Backup Enterprise Manager.
    ///
    /// `POST /security/accounts`, `Client::post_security_accounts`.
    PostSecurityAccounts,
    /// Rebuilds a restore scope for user accounts added to Veeam Backup Enterprise Manager.
    ///
    /// `POST /security/accounts?action=rebuildScope`, `Client::post_security_accounts_rebuild_scope`.
    PostSecurityAccountsRebuildScope,
    /// Removes an account having the specified ID and a specific security role from Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /security/accounts/{ID}`, `Client::delete_security_accounts_by_id`.
    DeleteSecurityAccountsById,
    /// Returns an account having the specified ID.
    ///
    /// `GET /security/accounts/{ID}`, `Client::get_security_accounts_by_id`.
    GetSecurityAccountsById,
    /// Enables or disables the Restore scope: All virtual machines option specified for the account.
    ///
    /// `POST /security/accounts/{ID}`, `Client::post_security_accounts_by_id`.
    PostSecurityAccountsById,
    /// Returns a collection of security roles assigned to the specified Veeam Backup Enterprise Manager account.
    ///
    /// `GET /security/accounts/{ID}/roles`, `Client::get_security_accounts_by_id_roles`.
    GetSecurityAccountsByIdRoles,
    /// Assigns a Veeam Backup Enterprise Manager security role to the specified account.For details on security roles, see Security Roles.
    ///
    /// `POST /security/accounts/{ID}/roles`, `Client::post_security_accounts_by_id_roles`.
    PostSecurityAccountsByIdRoles,
    /// Removes the Veeam Backup Enterprise Manager security role from the account having the specified ID.
    ///
    /// `DELETE /security/accounts/{ID}/roles/{ID}`, `Client::delete_security_accounts_by_id_roles_by_id`.
    DeleteSecurityAccountsByIdRolesById,
    /// Returns a specific security role assigned to the specified account that is added to Veeam Backup Enterprise Manager.
    ///
    /// `GET /security/accounts/{ID}/roles/{ID}`, `Client::get_security_accounts_by_id_roles_by_id`.
    GetSecurityAccountsByIdRolesById,
    /// Returns a collection of restore scopes defined for the specified account.
    ///
    /// `GET /security/accounts/{ID}/scopes`, `Client::get_security_accounts_by_id_scopes`.
    GetSecurityAccountsByIdScopes,
    /// Assigns a restore scope to the account having the specified ID.
    ///
    /// `POST /security/accounts/{ID}/scopes`, `Client::post_security_accounts_by_id_scopes`.
    PostSecurityAccountsByIdScopes,
    /// Removes a restore scope having the specified ID from the account having the specified ID.
    ///
    /// `DELETE /security/accounts/{ID}/scopes/{ID}`, `Client::delete_security_accounts_by_id_scopes_by_id`.
    DeleteSecurityAccountsByIdScopesById,
    /// Returns a restore scope having the specified ID.
    ///
    /// `GET /security/accounts/{ID}/scopes/{ID}`, `Client::get_security_accounts_by_id_scopes_by_id`.
    GetSecurityAccountsByIdScopesById,
    /// Returns a collection of security roles used for access management in Veeam Backup Enterprise Manager REST API.
    ///
    /// `GET /security/roles`, `Client::get_security_roles`.
    GetSecurityRoles,
    /// Returns a collection of security roles used for access management in Veeam Backup Enterprise Manager REST API.
    ///
    /// `GET /security/roles?format=Entity`, `Client::get_security_roles_entities`.
    GetSecurityRolesEntities,
    /// Returns a security role having the specified ID.
    ///
    /// `GET /security/roles/{ID}`, `Client::get_security_roles_by_id`.
    GetSecurityRolesById,
    /// Returns a set of links to vSphere Self-Service Backup Portal resources in Veeam Backup Enterprise Manager REST API.
    ///
    /// `GET /selfService/vSphere`, `Client::get_self_service_v_sphere`.
    GetSelfServiceVSphere,
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations.
    ///
    /// `GET /selfService/vSphere/Configs`, `Client::get_self_service_v_sphere_configs`.
    GetSelfServiceVSphereConfigs,
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations.
    ///
    /// `GET /selfService/vSphere/Configs?format=Entity`, `Client::get_self_service_v_sphere_configs_entities`.
    GetSelfServiceVSphereConfigsEntities,
    /// Creates a vSphere Self-Service Backup Portal tenant access configuration.
    ///
    /// `POST /selfService/vSphere/Configs`, `Client::post_self_service_v_sphere_configs`.
    PostSelfServiceVSphereConfigs,
    /// Deletes a vSphere tenant access configuration with the specified ID.
    ///
    /// `DELETE /selfService/vSphere/Configs/{ID}`, `Client::delete_self_service_v_sphere_configs_by_id`.
    DeleteSelfServiceVSphereConfigsById,
    /// Returns a resource representation of a vSphere Self-Service Backup Portal tenant access configuration with the specified ID.
    ///
    /// `GET /selfService/vSphere/Configs/{ID}`, `Client::get_self_service_v_sphere_configs_by_id`.
    GetSelfServiceVSphereConfigsById,
    /// Edits settings of a tenant access configuration with the specified ID.
    ///
    /// `PUT /selfService/vSphere/Configs/{ID}`, `Client::put_self_service_v_sphere_configs_by_id`.
    PutSelfServiceVSphereConfigsById,
    /// Returns job settings applied to backup jobs for the vSphere Self-Service Backup Portal tenant that has individual configuration with the specified ID.
    ///
    /// `GET /selfService/vSphere/Configs/{ID}/backupJobSettings`, `Client::get_self_service_v_sphere_configs_by_id_backup_job_settings`.
    GetSelfServiceVSphereConfigsByIdBackupJobSettings,
    /// Creates a new logon session for Veeam Backup Enterprise Manager REST API.
    ///
    /// `POST /sessionMngr/?v=v1_7`, `Client::post_session_mngr_v_v1_7`.
    PostSessionMngrVV17,
    /// Returns a resource representation of a collection of all system sessions of Veeam Backup Enterprise Manager.
    ///
    /// `GET /systemSessions`, `Client::get_system_sessions`.
    GetSystemSessions,
    /// Returns a resource representation of a collection of all system sessions of Veeam Backup Enterprise Manager.
    ///
    /// `GET /systemSessions?format=Entity`, `Client::get_system_sessions_entities`.
    GetSystemSessionsEntities,
    /// Returns a resource representation of a system session having the specified ID.
    ///
    /// `GET /systemSessions/{ID}`, `Client::get_system_sessions_by_id`.
    GetSystemSessionsById,
    /// Returns a resource representation of a collection of all log events of a system session having the specified ID.
    ///
    /// `GET /systemSessions/{ID}/events`, `Client::get_system_sessions_by_id_events`.
    GetSystemSessionsByIdEvents,
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session.
    ///
    /// `GET /tasks`, `Client::get_tasks`.
    GetTasks,
    /// Removes a task having the specified ID.
    ///
    /// `DELETE /tasks/{ID}`, `Client::delete_tasks_by_id`.
    DeleteTasksById,
    /// Returns a resource representation of a task having the specified ID.
    ///
    /// `GET /tasks/{ID}`, `Client::get_tasks_by_id`.
    GetTasksById,
    /// Returns a collection of restore points of separate vApps replicas.
    ///
    /// `GET /vAppReplicaPoints`, `Client::get_v_app_replica_points`.
    GetVAppReplicaPoints,
    /// Returns a collection of restore points of separate vApps replicas.
    ///
    /// `GET /vAppReplicaPoints?format=Entity`, `Client::get_v_app_replica_points_entities`.
    GetVAppReplicaPointsEntities,
    /// Returns a resource representation of the vApp replica restore point having the specified ID.
    ///
    /// `GET /vAppReplicaPoints/{ID}`, `Client::get_v_app_replica_points_by_id`.
    GetVAppReplicaPointsById,
    /// Starts the failover process to the vApp replica restore point having the specified ID.
    ///
    /// `POST /vAppReplicaPoints/{ID}?action=failover`, `Client::post_v_app_replica_points_by_id_failover`.
    PostVAppReplicaPointsByIdFailover,
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /vAppRestorePoints`, `Client::get_v_app_restore_points`.
    GetVAppRestorePoints,
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /vAppRestorePoints?format=Entity`, `Client::get_v_app_restore_points_entities`.
    GetVAppRestorePointsEntities,
    /// Returns a resource representation of a vApp restore point having the specified ID.
    ///
    /// `GET /vAppRestorePoints/{ID}`, `Client::get_v_app_restore_points_by_id`.
    GetVAppRestorePointsById,
    /// Starts the entire VM restore process from the vApp restore point having the specified ID.
    ///
    /// `POST /vAppRestorePoints/{ID}?action=restore`, `Client::post_v_app_restore_points_by_id_restore`.
    PostVAppRestorePointsByIdRestore,
    /// Returns a set of links to resources pertaining support of VMware VMware Cloud Director in Veeam Backup & Replication.
    ///
    /// `GET /vCloud`, `Client::get_v_cloud`.
    GetVCloud,
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations.
    ///
    /// `GET /vCloud/orgConfigs`, `Client::get_v_cloud_org_configs`.
    GetVCloudOrgConfigs,
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations.
    ///
    /// `GET /vCloud/orgConfigs?format=Entity`, `Client::get_v_cloud_org_configs_entities`.
    GetVCloudOrgConfigsEntities,
    /// Creates a VMware Cloud Director organization configuration.
    ///
    /// `POST /vCloud/orgConfigs`, `Client::post_v_cloud_org_configs`.
    PostVCloudOrgConfigs,
    /// Deletes a VMware Cloud Director organization configuration with the specified ID.
    ///
    /// `DELETE /vCloud/orgConfigs/{ID}`, `Client::delete_v_cloud_org_configs_by_id`.
    DeleteVCloudOrgConfigsById,
    /// Returns a resource representation of a VMware Cloud Director organization configuration with the specified ID.
    ///
    /// `GET /vCloud/orgConfigs/{ID}`, `Client::get_v_cloud_org_configs_by_id`.
    GetVCloudOrgConfigsById,
    /// Disables the default VMware Cloud Director organization configuration with the specified ID.
    ///
    /// `POST /vCloud/orgConfigs/{ID}?action=disable`, `Client::post_v_cloud_org_configs_by_id_disable`.
    PostVCloudOrgConfigsByIdDisable,
    /// Edits settings of a VMware Cloud Director organization configuration with the specified ID.
    ///
    /// `PUT /vCloud/orgConfigs/{ID}`, `Client::put_v_cloud_org_configs_by_id`.
    PutVCloudOrgConfigsById,
    /// Returns job settings applied to backup jobs for the VMware Cloud Director organization that has individual configuration with the specified ID.
    ///
    /// `GET /vCloud/orgConfigs/{ID}/backupJobSettings`, `Client::get_v_cloud_org_configs_by_id_backup_job_settings`.
    GetVCloudOrgConfigsByIdBackupJobSettings,
    /// Returns a resource representation of a collection of restore points for separate replicated VMs.
    ///
    /// `GET /vmReplicaPoints`, `Client::get_vm_replica_points`.
    GetVmReplicaPoints,
    /// Returns a resource representation of a collection of restore points for separate replicated VMs.
    ///
    /// `GET /vmReplicaPoints?format=Entity`, `Client::get_vm_replica_points_entities`.
    GetVmReplicaPointsEntities,
    /// Returns a resource representation of a VM replica restore point having the specified ID.
    ///
    /// `GET /vmReplicaPoints/{ID}`, `Client::get_vm_replica_points_by_id`.
    GetVmReplicaPointsById,
    /// Starts the VM replica failover process.
    ///
    /// `POST /vmReplicaPoints/{ID}?action=failover`, `Client::post_vm_replica_points_by_id_failover`.
    PostVmReplicaPointsByIdFailover,
    /// Returns a resource representation of a VM replica mount points collection.
    ///
    /// `GET /vmReplicaPoints/{ID}/mounts`, `Client::get_vm_replica_points_by_id_mounts`.
    GetVmReplicaPointsByIdMounts,
    /// Starts the VM guest OS files restore from the specified VM replica restore point.
    ///
    /// `POST /vmReplicaPoints/{ID}/mounts`, `Client::post_vm_replica_points_by_id_mounts`.
    PostVmReplicaPointsByIdMounts,
    /// Deletes a mount point having the specified ID and unmounts the VM replica disks from the backup server.
    ///
    /// `DELETE /vmReplicaPoints/{ID}/mounts/{ID}`, `Client::delete_vm_replica_points_by_id_mounts_by_id`.
    DeleteVmReplicaPointsByIdMountsById,
    /// Returns a resource representation of a mount point having the specified ID.
    ///
    /// `GET /vmReplicaPoints/{ID}/mounts/{ID}`, `Client::get_vm_replica_points_by_id_mounts_by_id`.
    GetVmReplicaPointsByIdMountsById,
    /// Returns a resource representation of a file or folder in the VM replica guest OS.
    ///
    /// `GET /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}`, `Client::get_vm_replica_points_by_id_mounts_by_id_by_filepath`.
    GetVmReplicaPointsByIdMountsByIdByFilepath,
    /// Restores a VM replica guest OS file or folder.
    ///
    /// `POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore`, `Client::post_vm_replica_points_by_id_mounts_by_id_by_filepath_restore`.
    PostVmReplicaPointsByIdMountsByIdByFilepathRestore,
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files.
    ///
    /// `GET /vmRestorePoints`, `Client::get_vm_restore_points`.
    GetVmRestorePoints,
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files.
    ///
    /// `GET /vmRestorePoints?format=Entity`, `Client::get_vm_restore_points_entities`.
    GetVmRestorePointsEntities,
    /// Returns a resource representation of a VM restore point having the specified ID.
    ///
    /// `GET /vmRestorePoints/{ID}`, `Client::get_vm_restore_points_by_id`.
    GetVmRestorePointsById,
    /// Starts the entire VM restore process from the restore point having the specified ID.
    ///
    /// `POST /vmRestorePoints/{ID}?action=restore`, `Client::post_vm_restore_points_by_id_restore`.
    PostVmRestorePointsByIdRestore,
    /// Returns a resource representation of a mount points collection.
    ///
    /// `GET /vmRestorePoints/{ID}/mounts`, `Client::get_vm_restore_points_by_id_mounts`.
    GetVmRestorePointsByIdMounts,
    /// Starts the VM guest OS files restore from the specified restore point.
    ///
    /// `POST /vmRestorePoints/{ID}/mounts`, `Client::post_vm_restore_points_by_id_mounts`.
    PostVmRestorePointsByIdMounts,
    /// Deletes a mount point having the specified ID and unmounts the VM disks from the backup server.
    ///
    /// `DELETE /vmRestorePoints/{ID}/mounts/{ID}`, `Client::delete_vm_restore_points_by_id_mounts_by_id`.
    DeleteVmRestorePointsByIdMountsById,
    /// Returns a resource representation of a mount point having the specified ID.
    ///
    /// `GET /vmRestorePoints/{ID}/mounts/{ID}`, `Client::get_vm_restore_points_by_id_mounts_by_id`.
    GetVmRestorePointsByIdMountsById,
    /// Returns a resource representation of a file or folder in the VM guest OS.
    ///
    /// `GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}`, `Client::get_vm_restore_points_by_id_mounts_by_id_by_filepath`.
    GetVmRestorePointsByIdMountsByIdByFilepath,
    /// Restores a VM guest OS file or folder.
    ///
    /// `POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore`, `Client::post_vm_restore_points_by_id_mounts_by_id_by_filepath_restore`.
    PostVmRestorePointsByIdMountsByIdByFilepathRestore,
    /// Returns a resource representation of a collection of WAN accelerators configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /wanAccelerators`, `Client::get_wan_accelerators`.
    GetWanAccelerators,
    /// Returns a resource representation of a collection of WAN accelerators configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /wanAccelerators?format=Entity`, `Client::get_wan_accelerators_entities`.
    GetWanAcceleratorsEntities,
    /// Returns a resource representation of a WAN accelerator having the specified ID.
    ///
    /// `GET /wanAccelerators/{ID}`, `Client::get_wan_accelerators_by_id`.
    GetWanAcceleratorsById,
}

impl Operation {
    /// Every operation, in the order of the documentation's model.
    pub const ALL: &'static [Operation] = &[
        Operation::GetAgents,
        Operation::GetAgentsAgentRestorePoints,
        Operation::GetAgentsAgentRestorePointsEntities,
        Operation::GetAgentsAgentRestorePointsById,
        Operation::GetAgentsAgentRestorePointsByIdMounts,
        Operation::PostAgentsAgentRestorePointsByIdMounts,
        Operation::DeleteAgentsAgentRestorePointsByIdMountsById,
        Operation::GetAgentsAgentRestorePointsByIdMountsById,
        Operation::GetAgentsAgentRestorePointsByIdMountsByIdByFilepath,
        Operation::PostAgentsAgentRestorePointsByIdMountsByIdByFilepathRestore,
        Operation::GetAgentsBackupFiles,
        Operation::GetAgentsBackupFilesEntities,
        Operation::GetAgentsBackupSessions,
        Operation::GetAgentsBackups,
        Operation::GetAgentsBackupsEntities,
        Operation::GetAgentsDiscoveredComputers,
        Operation::GetAgentsDiscoveredComputersEntities,
        Operation::GetAgentsDiscoveredComputersById,
        Operation::GetAgentsJobs,
        Operation::GetAgentsJobsEntities,
        Operation::GetAgentsJobsById,
        Operation::PostAgentsJobsByIdRetry,
        Operation::PostAgentsJobsByIdStart,
        Operation::PostAgentsJobsByIdStop,
        Operation::PostAgentsJobsByIdToggleScheduleEnabled,
        Operation::GetAgentsJobsByIdIncludes,
        Operation::GetAgentsJobsByIdIncludesById,
        Operation::GetAgentsProtectionGroups,
        Operation::GetAgentsProtectionGroupsEntities,
        Operation::GetAgentsProtectionGroupsById,
        Operation::GetAgentsProtectionGroupsByIdDiscoveredComputers,
        Operation::GetAgentsProtectionGroupsByIdDiscoveredComputersEntities,
        Operation::GetAgentsRestorePoints,
        Operation::GetAgentsRestorePointsEntities,
        Operation::GetBackupFiles,
        Operation::GetBackupFilesEntities,
        Operation::GetBackupFilesById,
        Operation::GetBackupFilesByIdRestorePoints,
        Operation::GetBackupFilesByIdRestorePointsEntities,
        Operation::GetBackupFilesByIdVmRestorePoints,
        Operation::GetBackupFilesByIdVmRestorePointsEntities,
        Operation::GetBackupServers,
        Operation::GetBackupServersEntities,
        Operation::PostBackupServersCreate,
        Operation::DeleteBackupServersById,
        Operation::GetBackupServersById,
        Operation::PostBackupServersByIdCollect,
        Operation::PostBackupServersByIdQuickbackup,
        Operation::PostBackupServersByIdVeeamzip,
        Operation::PutBackupServersById,
        Operation::GetBackupServersByIdCredentials,
        Operation::GetBackupServersByIdCredentialsEntities,
        Operation::PostBackupServersByIdCredentialsCreate,
        Operation::DeleteBackupServersByIdCredentialsById,
        Operation::GetBackupServersByIdCredentialsById,
        Operation::PutBackupServersByIdCredentialsById,
        Operation::GetBackupServersByIdExternalRepositories,
        Operation::GetBackupServersByIdExternalRepositoriesEntities,
        Operation::GetBackupServersByIdPasswords,
        Operation::GetBackupServersByIdPasswordsEntities,
        Operation::PostBackupServersByIdPasswordsCreate,
        Operation::DeleteBackupServersByIdPasswordsById,
        Operation::GetBackupServersByIdPasswordsById,
        Operation::PutBackupServersByIdPasswordsById,
        Operation::GetBackupSessions,
        Operation::GetBackupSessionsEntities,
        Operation::GetBackupSessionsById,
        Operation::PostBackupSessionsByIdStop,
        Operation::GetBackupSessionsByIdAgentManagementSessions,
        Operation::GetBackupSessionsByIdAgentManagementSessionsEntities,
        Operation::GetBackupSessionsByIdTaskSessions,
        Operation::GetBackupSessionsByIdTaskSessionsEntities,
        Operation::GetBackupTaskSessions,
        Operation::GetBackupTaskSessionsEntities,
        Operation::GetBackupTaskSessionsById,
        Operation::GetBackups,
        Operation::GetBackupsEntities,
        Operation::GetBackupsById,
        Operation::GetBackupsByIdChildbackups,
        Operation::GetBackupsByIdRestorePoints,
        Operation::GetBackupsByIdRestorePointsEntities,
        Operation::GetCatalogVms,
        Operation::GetCatalogVmsEntities,
        Operation::GetCatalogVmsByVmname,
        Operation::GetCatalogVmsByVmnameVmRestorePoints,
        Operation::GetCatalogVmsByVmnameVmRestorePointsEntities,
        Operation::GetCatalogVmsByVmnameVmRestorePointsById,
        Operation::PostCatalogVmsByVmnameVmRestorePointsByIdBrowse,
        Operation::GetCatalogVmsByVmnameVmRestorePointsByIdGuestfs,
        Operation::GetCatalogVmsByVmnameVmRestorePointsByIdGuestfsByFilepath,
        Operation::PostCatalogVmsByVmnameVmRestorePointsByIdGuestfsByFilepathRestore,
        Operation::GetCdpPolicies,
        Operation::GetCdpPoliciesEntities,
        Operation::GetCdpPoliciesById,
        Operation::PostCdpPoliciesByIdDisable,
        Operation::PostCdpPoliciesByIdEnable,
        Operation::PutCdpPoliciesById,
        Operation::GetCdpPoliciesByIdCdpReplicaSessions,
        Operation::GetCdpPoliciesByIdCdpReplicaSessionsEntities,
        Operation::GetCdpPoliciesByIdIncludes,
        Operation::GetCdpPoliciesByIdIncludesEntities,
        Operation::PostCdpPoliciesByIdIncludes,
        Operation::DeleteCdpPoliciesByIdIncludesById,
        Operation::GetCdpPoliciesByIdIncludesById,
        Operation::GetCdpReplicaVApps,
        Operation::GetCdpReplicaVAppsEntities,
        Operation::GetCdpReplicaVAppsById,
        Operation::PostCdpReplicaVAppsByIdFailover,
        Operation::PostCdpReplicaVAppsByIdIntervals,
        Operation::GetCdpReplicaVAppsByIdVms,
        Operation::GetCdpReplicaVAppsByIdVmsById,
        Operation::GetCdpReplicaSessions,
        Operation::GetCdpReplicaSessionsEntities,
        Operation::GetCdpReplicaSessionsById,
        Operation::GetCdpReplicaSessionsByIdCdpReplicaTaskSessions,
        Operation::GetCdpReplicaSessionsByIdCdpReplicaTaskSessionsEntities,
        Operation::GetCdpReplicaTaskSessions,
        Operation::GetCdpReplicaTaskSessionsEntities,
        Operation::GetCdpReplicaTaskSessionsById,
        Operation::GetCdpReplicas,
        Operation::GetCdpReplicasEntities,
        Operation::GetCdpReplicasById,
        Operation::GetCdpReplicasByIdVms,
        Operation::GetCdpReplicasByIdVmsEntities,
        Operation::GetCdpReplicasByIdVmsById,
        Operation::PostCdpReplicasByIdVmsByIdFailover,
        Operation::PostCdpReplicasByIdVmsByIdIntervals,
        Operation::GetCloud,
        Operation::GetCloudCloudFailoverPlans,
        Operation::GetCloudCloudFailoverPlansEntities,
        Operation::DeleteCloudCloudFailoverPlansById,
        Operation::GetCloudCloudFailoverPlansById,
        Operation::PostCloudCloudFailoverPlansByIdStart,
        Operation::PostCloudCloudFailoverPlansByIdTest,
        Operation::PostCloudCloudFailoverPlansByIdUndo,
        Operation::PutCloudCloudFailoverPlansById,
        Operation::GetCloudCloudFailoverPlansByIdIncludes,
        Operation::GetCloudCloudFailoverPlansByIdIncludesEntities,
        Operation::GetCloudCloudFailoverPlansByIdIncludesById,
        Operation::GetCloudFailoverSessions,
        Operation::GetCloudFailoverSessionsEntities,
        Operation::GetCloudFailoverSessionsById,
        Operation::GetCloudGatewayPools,
        Operation::GetCloudGatewayPoolsEntities,
        Operation::PostCloudGatewayPools,
        Operation::DeleteCloudGatewayPoolsById,
        Operation::GetCloudGatewayPoolsById,
        Operation::PutCloudGatewayPoolsById,
        Operation::GetCloudGateways,
        Operation::GetCloudGatewaysEntities,
        Operation::PostCloudGateways,
        Operation::DeleteCloudGatewaysById,
        Operation::GetCloudGatewaysById,
        Operation::PutCloudGatewaysById,
        Operation::GetCloudHardwarePlans,
        Operation::GetCloudHardwarePlansEntities,
        Operation::PostCloudHardwarePlans,
        Operation::DeleteCloudHardwarePlansById,
        Operation::GetCloudHardwarePlansById,
        Operation::PutCloudHardwarePlansById,
        Operation::GetCloudHardwarePlansByIdTenants,
        Operation::GetCloudPublicIpAddresses,
        Operation::GetCloudPublicIpAddressesEntities,
        Operation::PostCloudPublicIpAddresses,
        Operation::DeleteCloudPublicIpAddressesById,
        Operation::GetCloudPublicIpAddressesById,
        Operation::PutCloudPublicIpAddressesById,
        Operation::GetCloudReplicas,
        Operation::GetCloudReplicasEntities,
        Operation::GetCloudReplicasById,
        Operation::GetCloudReplicasByIdVmReplicaPoints,
        Operation::GetCloudReplicasByIdVmReplicaPointsEntities,
        Operation::GetCloudTenants,
        Operation::GetCloudTenantsEntities,
        Operation::PostCloudTenants,
        Operation::DeleteCloudTenantsById,
        Operation::GetCloudTenantsById,
        Operation::PutCloudTenantsById,
        Operation::GetCloudTenantsByIdComputeResources,
        Operation::PostCloudTenantsByIdComputeResources,
        Operation::DeleteCloudTenantsByIdComputeResourcesById,
        Operation::GetCloudTenantsByIdComputeResourcesById,
        Operation::GetCloudTenantsByIdFreelicenseCounters,
        Operation::GetCloudTenantsByIdGatewayPools,
        Operation::GetCloudTenantsByIdGatewayPoolsEntities,
        Operation::GetCloudTenantsByIdResources,
        Operation::PostCloudTenantsByIdResources,
        Operation::DeleteCloudTenantsByIdResourcesById,
        Operation::GetCloudTenantsByIdResourcesById,
        Operation::GetCloudTenantsByIdSubtenants,
        Operation::PostCloudTenantsByIdSubtenants,
        Operation::DeleteCloudTenantsByIdSubtenantsById,
        Operation::GetCloudTenantsByIdSubtenantsById,
        Operation::PutCloudTenantsByIdSubtenantsById,
        Operation::GetCloudTenantsByIdVCloudComputeResources,
        Operation::PostCloudTenantsByIdVCloudComputeResources,
        Operation::DeleteCloudTenantsByIdVCloudComputeResourcesById,
        Operation::GetCloudTenantsByIdVCloudComputeResourcesById,
        Operation::GetCloudVlans,
        Operation::GetCloudVlansEntities,
        Operation::DeleteCloudVlansById,
        Operation::GetCloudVlansById,
        Operation::PutCloudVlansById,
        Operation::GetCloudVmReplicaPoints,
        Operation::GetCloudVmReplicaPointsEntities,
        Operation::GetCloudVmReplicaPointsById,
        Operation::GetExternalRepositories,
        Operation::GetExternalRepositoriesEntities,
        Operation::GetExternalRepositoriesById,
        Operation::GetExternalRepositoriesByIdBackups,
        Operation::GetExternalRepositoriesByIdBackupsEntities,
        Operation::GetFailoverPlans,
        Operation::GetFailoverPlansEntities,
        Operation::GetFailoverPlansById,
        Operation::PostFailoverPlansByIdStart,
        Operation::PostFailoverPlansByIdUndo,
        Operation::PutFailoverPlansById,
        Operation::GetHierarchyRoots,
        Operation::GetHierarchyRootsEntities,
        Operation::GetHierarchyRootsById,
        Operation::GetJobs,
        Operation::GetJobsEntities,
        Operation::DeleteJobsById,
        Operation::GetJobsById,
        Operation::PostJobsByIdClone,
        Operation::PostJobsByIdRetry,
        Operation::PostJobsByIdStart,
        Operation::PostJobsByIdStop,
        Operation::PostJobsByIdSync,
        Operation::PostJobsByIdToggleScheduleEnabled,
        Operation::PutJobsByIdEdit,
        Operation::GetJobsByIdIncludes,
        Operation::GetJobsByIdIncludesEntities,
        Operation::PostJobsByIdIncludes,
        Operation::DeleteJobsByIdIncludesById,
        Operation::GetJobsByIdIncludesById,
        Operation::GetJobsByIdLinkedBackupRepositories,
        Operation::PostJobsByIdLinkedBackupRepositories,
        Operation::DeleteJobsByIdLinkedBackupRepositoriesById,
        Operation::GetJobsByIdLinkedJobs,
        Operation::PostJobsByIdLinkedJobs,
        Operation::DeleteJobsByIdLinkedJobsById,
        Operation::GetLogonSessions,
        Operation::DeleteLogonSessionsById,
        Operation::GetLogonSessionsById,
        Operation::GetLookup,
        Operation::GetLookupSvc,
        Operation::GetManagedServers,
        Operation::GetManagedServersEntities,
        Operation::GetManagedServersById,
        Operation::GetNas,
        Operation::GetNasBackupSessions,
        Operation::GetNasFileServers,
        Operation::GetNasFileServersEntities,
        Operation::GetNasFileServersById,
        Operation::GetNasJobs,
        Operation::GetNasJobsEntities,
        Operation::GetNasJobsById,
        Operation::GetNasJobsByIdBackupSessions,
        Operation::GetNasJobsByIdBackupSessionsEntities,
        Operation::GetNasJobsByIdIncludes,
        Operation::GetNasJobsByIdIncludesEntities,
        Operation::GetNasJobsByIdIncludesById,
        Operation::PostNasJobsByIdRetry,
        Operation::PostNasJobsByIdStart,
        Operation::PostNasJobsByIdStop,
        Operation::PostNasJobsByIdToggleScheduleEnabled,
        Operation::GetQueryAgentBackupJob,
        Operation::GetQueryAgentBackupJobEntities,
        Operation::GetQueryAgentProtectionGroup,
        Operation::GetQueryAgentProtectionGroupEntities,
        Operation::GetQueryAgentRestorePoint,
        Operation::GetQueryAgentRestorePointEntities,
        Operation::GetQueryBackup,
        Operation::GetQueryBackupEntities,
        Operation::GetQueryBackupFile,
        Operation::GetQueryBackupFileEntities,
        Operation::GetQueryBackupJobSession,
        Operation::GetQueryBackupJobSessionEntities,
        Operation::GetQueryBackupServer,
        Operation::GetQueryBackupServerEntities,
        Operation::GetQueryBackupTaskSession,
        Operation::GetQueryBackupTaskSessionEntities,
        Operation::GetQueryCdpPolicy,
        Operation::GetQueryCdpPolicyEntities,
        Operation::GetQueryCdpReplica,
        Operation::GetQueryCdpReplicaEntities,
        Operation::GetQueryCdpReplicaSession,
        Operation::GetQueryCdpReplicaSessionEntities,
        Operation::GetQueryCdpReplicaTaskSession,
        Operation::GetQueryCdpReplicaTaskSessionEntities,
        Operation::GetQueryCloudFailoverPlan,
        Operation::GetQueryCloudFailoverPlanEntities,
        Operation::GetQueryCloudFailoverSession,
        Operation::GetQueryCloudFailoverSessionEntities,
        Operation::GetQueryCloudGateway,
        Operation::GetQueryCloudGatewayEntities,
        Operation::GetQueryCloudGatewayPool,
        Operation::GetQueryCloudGatewayPoolEntities,
        Operation::GetQueryCloudHardwarePlan,
        Operation::GetQueryCloudHardwarePlanEntities,
        Operation::GetQueryCloudPublicIpAddress,
        Operation::GetQueryCloudPublicIpAddressEntities,
        Operation::GetQueryCloudReplica,
        Operation::GetQueryCloudReplicaEntities,
        Operation::GetQueryCloudSubtenant,
        Operation::GetQueryCloudSubtenantEntities,
        Operation::GetQueryCloudTenant,
        Operation::GetQueryCloudTenantEntities,
        Operation::GetQueryCloudVmReplicaPoint,
        Operation::GetQueryCloudVmReplicaPointEntities,
        Operation::GetQueryCredentials,
        Operation::GetQueryCredentialsEntities,
        Operation::GetQueryDiscoveredComputer,
        Operation::GetQueryDiscoveredComputerEntities,
        Operation::GetQueryFailoverPlan,
        Operation::GetQueryFailoverPlanEntities,
        Operation::GetQueryFileServer,
        Operation::GetQueryFileServerEntities,
        Operation::GetQueryHierarchyRoot,
        Operation::GetQueryHierarchyRootEntities,
        Operation::GetQueryJob,
        Operation::GetQueryJobEntities,
        Operation::GetQueryManagedServer,
        Operation::GetQueryManagedServerEntities,
        Operation::GetQueryNasJob,
        Operation::GetQueryNasJobEntities,
        Operation::GetQueryNasObject,
        Operation::GetQueryNasObjectEntities,
        Operation::GetQueryObjectInAgentBackupJob,
        Operation::GetQueryObjectInAgentBackupJobEntities,
        Operation::GetQueryObjectInJob,
        Operation::GetQueryObjectInJobEntities,
        Operation::GetQueryPasswords,
        Operation::GetQueryPasswordsEntities,
        Operation::GetQueryReplica,
        Operation::GetQueryReplicaEntities,
        Operation::GetQueryReplicaJobSession,
        Operation::GetQueryReplicaJobSessionEntities,
        Operation::GetQueryReplicaTaskSession,
        Operation::GetQueryReplicaTaskSessionEntities,
        Operation::GetQueryRepository,
        Operation::GetQueryRepositoryEntities,
        Operation::GetQueryRestorePoint,
        Operation::GetQueryRestorePointEntities,
        Operation::GetQueryRestoreSession,
        Operation::GetQueryRestoreSessionEntities,
        Operation::GetQueryTask,
        Operation::GetQueryTaskEntities,
        Operation::GetQueryVCloudOrganizationConfig,
        Operation::GetQueryVCloudOrganizationConfigEntities,
        Operation::GetQueryVlanConfiguration,
        Operation::GetQueryVlanConfigurationEntities,
        Operation::GetQueryVmReplicaPoint,
        Operation::GetQueryVmReplicaPointEntities,
        Operation::GetQueryVmRestorePoint,
        Operation::GetQueryVmRestorePointEntities,
        Operation::GetQueryVsphereSelfServiceConfig,
        Operation::GetQueryVsphereSelfServiceConfigEntities,
        Operation::GetQueryWanAccelerator,
        Operation::GetQueryWanAcceleratorEntities,
        Operation::GetQueryVAppReplicaPoint,
        Operation::GetQueryVAppReplicaPointEntities,
        Operation::GetQueryVAppRestorePoint,
        Operation::GetQueryVAppRestorePointEntities,
        Operation::GetQuerySvc,
        Operation::GetReplicaSessions,
        Operation::GetReplicaSessionsEntities,
        Operation::GetReplicaSessionsById,
        Operation::GetReplicaSessionsByIdReplicaTaskSessions,
        Operation::GetReplicaSessionsByIdReplicaTaskSessionsEntities,
        Operation::GetReplicaTaskSessions,
        Operation::GetReplicaTaskSessionsEntities,
        Operation::GetReplicaTaskSessionsById,
        Operation::GetReplicas,
        Operation::GetReplicasEntities,
        Operation::GetReplicasById,
        Operation::GetReportsSummary,
        Operation::GetReportsSummaryJobStatistics,
        Operation::GetReportsSummaryOverview,
        Operation::GetReportsSummaryProcessedVms,
        Operation::GetReportsSummaryRepository,
        Operation::GetReportsSummaryVmsOverview,
        Operation::GetRepositories,
        Operation::GetRepositoriesEntities,
        Operation::GetRepositoriesById,
        Operation::GetRestorePoints,
        Operation::GetRestorePointsEntities,
        Operation::GetRestorePointsById,
        Operation::GetRestorePointsByIdAgentRestorePoints,
        Operation::GetRestorePointsByIdAgentRestorePointsEntities,
        Operation::GetRestorePointsByIdBackupFiles,
        Operation::GetRestorePointsByIdBackupFilesEntities,
        Operation::GetRestorePointsByIdVAppRestorePoints,
        Operation::GetRestorePointsByIdVAppRestorePointsEntities,
        Operation::GetRestorePointsByIdVmRestorePoints,
        Operation::GetRestorePointsByIdVmRestorePointsEntities,
        Operation::GetRestoreSessions,
        Operation::GetRestoreSessionsEntities,
        Operation::GetRestoreSessionsById,
        Operation::GetSecurity,
        Operation::GetSecurityAccounts,
        Operation::GetSecurityAccountsEntities,
        Operation::PostSecurityAccounts,
        Operation::PostSecurityAccountsRebuildScope,
        Operation::DeleteSecurityAccountsById,
        Operation::GetSecurityAccountsById,
        Operation::PostSecurityAccountsById,
        Operation::GetSecurityAccountsByIdRoles,
        Operation::PostSecurityAccountsByIdRoles,
        Operation::DeleteSecurityAccountsByIdRolesById,
        Operation::GetSecurityAccountsByIdRolesById,
        Operation::GetSecurityAccountsByIdScopes,
        Operation::PostSecurityAccountsByIdScopes,
        Operation::DeleteSecurityAccountsByIdScopesById,
        Operation::GetSecurityAccountsByIdScopesById,
        Operation::GetSecurityRoles,
        Operation::GetSecurityRolesEntities,
        Operation::GetSecurityRolesById,
        Operation::GetSelfServiceVSphere,
        Operation::GetSelfServiceVSphereConfigs,
        Operation::GetSelfServiceVSphereConfigsEntities,
        Operation::PostSelfServiceVSphereConfigs,
        Operation::DeleteSelfServiceVSphereConfigsById,
        Operation::GetSelfServiceVSphereConfigsById,
        Operation::PutSelfServiceVSphereConfigsById,
        Operation::GetSelfServiceVSphereConfigsByIdBackupJobSettings,
        Operation::PostSessionMngrVV17,
        Operation::GetSystemSessions,
        Operation::GetSystemSessionsEntities,
        Operation::GetSystemSessionsById,
        Operation::GetSystemSessionsByIdEvents,
        Operation::GetTasks,
        Operation::DeleteTasksById,
        Operation::GetTasksById,
        Operation::GetVAppReplicaPoints,
        Operation::GetVAppReplicaPointsEntities,
        Operation::GetVAppReplicaPointsById,
        Operation::PostVAppReplicaPointsByIdFailover,
        Operation::GetVAppRestorePoints,
        Operation::GetVAppRestorePointsEntities,
        Operation::GetVAppRestorePointsById,
        Operation::PostVAppRestorePointsByIdRestore,
        Operation::GetVCloud,
        Operation::GetVCloudOrgConfigs,
        Operation::GetVCloudOrgConfigsEntities,
        Operation::PostVCloudOrgConfigs,
        Operation::DeleteVCloudOrgConfigsById,
        Operation::GetVCloudOrgConfigsById,
        Operation::PostVCloudOrgConfigsByIdDisable,
        Operation::PutVCloudOrgConfigsById,
        Operation::GetVCloudOrgConfigsByIdBackupJobSettings,
        Operation::GetVmReplicaPoints,
        Operation::GetVmReplicaPointsEntities,
        Operation::GetVmReplicaPointsById,
        Operation::PostVmReplicaPointsByIdFailover,
        Operation::GetVmReplicaPointsByIdMounts,
        Operation::PostVmReplicaPointsByIdMounts,
        Operation::DeleteVmReplicaPointsByIdMountsById,
        Operation::GetVmReplicaPointsByIdMountsById,
        Operation::GetVmReplicaPointsByIdMountsByIdByFilepath,
        Operation::PostVmReplicaPointsByIdMountsByIdByFilepathRestore,
        Operation::GetVmRestorePoints,
        Operation::GetVmRestorePointsEntities,
        Operation::GetVmRestorePointsById,
        Operation::PostVmRestorePointsByIdRestore,
        Operation::GetVmRestorePointsByIdMounts,
        Operation::PostVmRestorePointsByIdMounts,
        Operation::DeleteVmRestorePointsByIdMountsById,
        Operation::GetVmRestorePointsByIdMountsById,
        Operation::GetVmRestorePointsByIdMountsByIdByFilepath,
        Operation::PostVmRestorePointsByIdMountsByIdByFilepathRestore,
        Operation::GetWanAccelerators,
        Operation::GetWanAcceleratorsEntities,
        Operation::GetWanAcceleratorsById,
    ];
    /// Its route, status and skeleton answer.
    pub fn info(self) -> &'static OperationInfo {
        &OPERATIONS[self as usize]
    }
}

/// One entry per [`Operation`], in declaration order.
pub(crate) static OPERATIONS: [OperationInfo; 475usize] = [
    OperationInfo {
        operation: Operation::GetAgents,
        fn_name: "get_agents",
        method: http::Method::GET,
        path: "/agents",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Agents"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Agents xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Agents\"></Agents>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Agents\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents.html"),
    },
    OperationInfo {
        operation: Operation::GetAgentsAgentRestorePoints,
        fn_name: "get_agents_agent_restore_points",
        method: http::Method::GET,
        path: "/agents/agentRestorePoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsAgentRestorePointsEntities,
        fn_name: "get_agents_agent_restore_points_entities",
        method: http::Method::GET,
        path: "/agents/agentRestorePoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("AgentRestorePoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><AgentRestorePoints xmlns=\"http://www.veeam.com/ent/v1.0\"></AgentRestorePoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsAgentRestorePointsById,
        fn_name: "get_agents_agent_restore_points_by_id",
        method: http::Method::GET,
        path: "/agents/agentRestorePoints/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("AgentRestorePoint"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><AgentRestorePoint xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"AgentRestorePoint\" Name=\"AgentRestorePoint 1\" UID=\"urn:veeam:AgentRestorePoint:00000000-0000-0000-0000-000000000001\"></AgentRestorePoint>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"AgentRestorePoint 1\",\"Type\":\"AgentRestorePoint\",\"UID\":\"urn:veeam:AgentRestorePoint:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsAgentRestorePointsByIdMounts,
        fn_name: "get_agents_agent_restore_points_by_id_mounts",
        method: http::Method::GET,
        path: "/agents/agentRestorePoints/{ID}/mounts",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("AgentRestorePointMounts"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><AgentRestorePointMounts xmlns=\"http://www.veeam.com/ent/v1.0\"></AgentRestorePointMounts>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostAgentsAgentRestorePointsByIdMounts,
        fn_name: "post_agents_agent_restore_points_by_id_mounts",
        method: http::Method::POST,
        path: "/agents/agentRestorePoints/{ID}/mounts",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteAgentsAgentRestorePointsByIdMountsById,
        fn_name: "delete_agents_agent_restore_points_by_id_mounts_by_id",
        method: http::Method::DELETE,
        path: "/agents/agentRestorePoints/{ID}/mounts/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_agents_agentrestorepoints_id_mounts_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsAgentRestorePointsByIdMountsById,
        fn_name: "get_agents_agent_restore_points_by_id_mounts_by_id",
        method: http::Method::GET,
        path: "/agents/agentRestorePoints/{ID}/mounts/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("AgentRestorePointMount"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><AgentRestorePointMount xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"AgentRestorePointMount\"></AgentRestorePointMount>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"AgentRestorePointMount\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsAgentRestorePointsByIdMountsByIdByFilepath,
        fn_name: "get_agents_agent_restore_points_by_id_mounts_by_id_by_filepath",
        method: http::Method::GET,
        path: "/agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("FileSystemEntries"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FileSystemEntries xmlns=\"http://www.veeam.com/ent/v1.0\"></FileSystemEntries>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id_filepath.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostAgentsAgentRestorePointsByIdMountsByIdByFilepathRestore,
        fn_name: "post_agents_agent_restore_points_by_id_mounts_by_id_by_filepath_restore",
        method: http::Method::POST,
        path: "/agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}",
        fixed_query: &[("action", "restore")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("FileRestoreSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FileRestoreSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></FileRestoreSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts_id_filepath_actionrestore.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsBackupFiles,
        fn_name: "get_agents_backup_files",
        method: http::Method::GET,
        path: "/agents/backupFiles",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backupfiles.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsBackupFilesEntities,
        fn_name: "get_agents_backup_files_entities",
        method: http::Method::GET,
        path: "/agents/backupFiles",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupFiles"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupFiles xmlns=\"http://www.veeam.com/ent/v1.0\"></BackupFiles>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backupfiles.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsBackupSessions,
        fn_name: "get_agents_backup_sessions",
        method: http::Method::GET,
        path: "/agents/backupSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backupsessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsBackups,
        fn_name: "get_agents_backups",
        method: http::Method::GET,
        path: "/agents/backups",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backups.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsBackupsEntities,
        fn_name: "get_agents_backups_entities",
        method: http::Method::GET,
        path: "/agents/backups",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Backups"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Backups xmlns=\"http://www.veeam.com/ent/v1.0\"></Backups>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backups.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsDiscoveredComputers,
        fn_name: "get_agents_discovered_computers",
        method: http::Method::GET,
        path: "/agents/discoveredComputers",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_discoveredcomputers.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsDiscoveredComputersEntities,
        fn_name: "get_agents_discovered_computers_entities",
        method: http::Method::GET,
        path: "/agents/discoveredComputers",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("DiscoveredComputers"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><DiscoveredComputers xmlns=\"http://www.veeam.com/ent/v1.0\"></DiscoveredComputers>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_discoveredcomputers.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsDiscoveredComputersById,
        fn_name: "get_agents_discovered_computers_by_id",
        method: http::Method::GET,
        path: "/agents/discoveredComputers/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("DiscoveredComputer"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><DiscoveredComputer xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"DiscoveredComputer\" Href=\"https://localhost:9398/api/\" Name=\"DiscoveredComputer 1\" UID=\"urn:veeam:DiscoveredComputer:00000000-0000-0000-0000-000000000001\"></DiscoveredComputer>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"DiscoveredComputer 1\",\"Type\":\"DiscoveredComputer\",\"UID\":\"urn:veeam:DiscoveredComputer:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_discoveredcomputers_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsJobs,
        fn_name: "get_agents_jobs",
        method: http::Method::GET,
        path: "/agents/jobs",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsJobsEntities,
        fn_name: "get_agents_jobs_entities",
        method: http::Method::GET,
        path: "/agents/jobs",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("AgentBackupJobs"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><AgentBackupJobs xmlns=\"http://www.veeam.com/ent/v1.0\"></AgentBackupJobs>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsJobsById,
        fn_name: "get_agents_jobs_by_id",
        method: http::Method::GET,
        path: "/agents/jobs/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("AgentBackupJob"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><AgentBackupJob xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"AgentBackupJob\" Href=\"https://localhost:9398/api/\" Name=\"AgentBackupJob 1\" UID=\"urn:veeam:AgentBackupJob:00000000-0000-0000-0000-000000000001\"></AgentBackupJob>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"AgentBackupJob 1\",\"Type\":\"AgentBackupJob\",\"UID\":\"urn:veeam:AgentBackupJob:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostAgentsJobsByIdRetry,
        fn_name: "post_agents_jobs_by_id_retry",
        method: http::Method::POST,
        path: "/agents/jobs/{ID}",
        fixed_query: &[("action", "retry")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_jobs_id_actionretry.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostAgentsJobsByIdStart,
        fn_name: "post_agents_jobs_by_id_start",
        method: http::Method::POST,
        path: "/agents/jobs/{ID}",
        fixed_query: &[("action", "start")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_jobs_id_actionstart.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostAgentsJobsByIdStop,
        fn_name: "post_agents_jobs_by_id_stop",
        method: http::Method::POST,
        path: "/agents/jobs/{ID}",
        fixed_query: &[("action", "stop")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_jobs_id_actionstop.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostAgentsJobsByIdToggleScheduleEnabled,
        fn_name: "post_agents_jobs_by_id_toggle_schedule_enabled",
        method: http::Method::POST,
        path: "/agents/jobs/{ID}",
        fixed_query: &[("action", "toggleScheduleEnabled")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_jobs_id_actiontogglescheduleenabled.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsJobsByIdIncludes,
        fn_name: "get_agents_jobs_by_id_includes",
        method: http::Method::GET,
        path: "/agents/jobs/{ID}/includes",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id_includes.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsJobsByIdIncludesById,
        fn_name: "get_agents_jobs_by_id_includes_by_id",
        method: http::Method::GET,
        path: "/agents/jobs/{ID}/includes/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("GetAgentsJobsIncludesResponse"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><GetAgentsJobsIncludesResponse xmlns=\"http://www.veeam.com/ent/v1.0\" Name=\"GetAgentsJobsIncludesResponse 1\"></GetAgentsJobsIncludesResponse>",
        ),
        skeleton_json: Some("{\"Name\":\"GetAgentsJobsIncludesResponse 1\"}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id_includes_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsProtectionGroups,
        fn_name: "get_agents_protection_groups",
        method: http::Method::GET,
        path: "/agents/protectionGroups",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsProtectionGroupsEntities,
        fn_name: "get_agents_protection_groups_entities",
        method: http::Method::GET,
        path: "/agents/protectionGroups",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("AgentProtectionGroups"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><AgentProtectionGroups xmlns=\"http://www.veeam.com/ent/v1.0\"></AgentProtectionGroups>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsProtectionGroupsById,
        fn_name: "get_agents_protection_groups_by_id",
        method: http::Method::GET,
        path: "/agents/protectionGroups/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("AgentProtectionGroup"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><AgentProtectionGroup xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"AgentProtectionGroup\" Name=\"AgentProtectionGroup 1\" UID=\"urn:veeam:AgentProtectionGroup:00000000-0000-0000-0000-000000000001\"></AgentProtectionGroup>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"AgentProtectionGroup 1\",\"Type\":\"AgentProtectionGroup\",\"UID\":\"urn:veeam:AgentProtectionGroup:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsProtectionGroupsByIdDiscoveredComputers,
        fn_name: "get_agents_protection_groups_by_id_discovered_computers",
        method: http::Method::GET,
        path: "/agents/protectionGroups/{ID}/discoveredComputers",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups_id_discoveredcomputers.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsProtectionGroupsByIdDiscoveredComputersEntities,
        fn_name: "get_agents_protection_groups_by_id_discovered_computers_entities",
        method: http::Method::GET,
        path: "/agents/protectionGroups/{ID}/discoveredComputers",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("DiscoveredComputers"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><DiscoveredComputers xmlns=\"http://www.veeam.com/ent/v1.0\"></DiscoveredComputers>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups_id_discoveredcomputers.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsRestorePoints,
        fn_name: "get_agents_restore_points",
        method: http::Method::GET,
        path: "/agents/restorePoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_restorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetAgentsRestorePointsEntities,
        fn_name: "get_agents_restore_points_entities",
        method: http::Method::GET,
        path: "/agents/restorePoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("AgentRestorePoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><AgentRestorePoints xmlns=\"http://www.veeam.com/ent/v1.0\"></AgentRestorePoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_restorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupFiles,
        fn_name: "get_backup_files",
        method: http::Method::GET,
        path: "/backupFiles",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupFilesEntities,
        fn_name: "get_backup_files_entities",
        method: http::Method::GET,
        path: "/backupFiles",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupFiles"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupFiles xmlns=\"http://www.veeam.com/ent/v1.0\"></BackupFiles>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupFilesById,
        fn_name: "get_backup_files_by_id",
        method: http::Method::GET,
        path: "/backupFiles/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupFile"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupFile xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"BackupFile\" Href=\"https://localhost:9398/api/\" Name=\"BackupFile 1\" UID=\"urn:veeam:BackupFile:00000000-0000-0000-0000-000000000001\"></BackupFile>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"BackupFile 1\",\"Type\":\"BackupFile\",\"UID\":\"urn:veeam:BackupFile:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupFilesByIdRestorePoints,
        fn_name: "get_backup_files_by_id_restore_points",
        method: http::Method::GET,
        path: "/backupFiles/{ID}/restorePoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_restorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupFilesByIdRestorePointsEntities,
        fn_name: "get_backup_files_by_id_restore_points_entities",
        method: http::Method::GET,
        path: "/backupFiles/{ID}/restorePoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("RestorePoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><RestorePoints xmlns=\"http://www.veeam.com/ent/v1.0\"></RestorePoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_restorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupFilesByIdVmRestorePoints,
        fn_name: "get_backup_files_by_id_vm_restore_points",
        method: http::Method::GET,
        path: "/backupFiles/{ID}/vmRestorePoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_vmrestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupFilesByIdVmRestorePointsEntities,
        fn_name: "get_backup_files_by_id_vm_restore_points_entities",
        method: http::Method::GET,
        path: "/backupFiles/{ID}/vmRestorePoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmRestorePoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmRestorePoints xmlns=\"http://www.veeam.com/ent/v1.0\"></VmRestorePoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_vmrestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupServers,
        fn_name: "get_backup_servers",
        method: http::Method::GET,
        path: "/backupServers",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupServersEntities,
        fn_name: "get_backup_servers_entities",
        method: http::Method::GET,
        path: "/backupServers",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupServers"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupServers xmlns=\"http://www.veeam.com/ent/v1.0\"></BackupServers>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostBackupServersCreate,
        fn_name: "post_backup_servers_create",
        method: http::Method::POST,
        path: "/backupServers",
        fixed_query: &[("action", "create")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("BackupServerSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupServerSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Description>Description</Description><DnsNameOrIpAddress>DnsNameOrIpAddress</DnsNameOrIpAddress></BackupServerSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteBackupServersById,
        fn_name: "delete_backup_servers_by_id",
        method: http::Method::DELETE,
        path: "/backupServers/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_backupservers_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupServersById,
        fn_name: "get_backup_servers_by_id",
        method: http::Method::GET,
        path: "/backupServers/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupServer"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupServer xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"BackupServer\" Href=\"https://localhost:9398/api/\" Name=\"BackupServer 1\" UID=\"urn:veeam:BackupServer:00000000-0000-0000-0000-000000000001\"></BackupServer>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"BackupServer 1\",\"Type\":\"BackupServer\",\"UID\":\"urn:veeam:BackupServer:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostBackupServersByIdCollect,
        fn_name: "post_backup_servers_by_id_collect",
        method: http::Method::POST,
        path: "/backupServers/{ID}",
        fixed_query: &[("action", "collect")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_collect.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostBackupServersByIdQuickbackup,
        fn_name: "post_backup_servers_by_id_quickbackup",
        method: http::Method::POST,
        path: "/backupServers/{ID}",
        fixed_query: &[("action", "quickbackup")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("QuickBackupStartupSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><QuickBackupStartupSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><VmRef>VmRef</VmRef></QuickBackupStartupSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_quickbackup.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostBackupServersByIdVeeamzip,
        fn_name: "post_backup_servers_by_id_veeamzip",
        method: http::Method::POST,
        path: "/backupServers/{ID}",
        fixed_query: &[("action", "veeamzip")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("VeeamZipStartupSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VeeamZipStartupSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><VmRef>VmRef</VmRef><RepositoryUid>urn:veeam:VeeamZipStartupSpec:00000000-0000-0000-0000-000000000001</RepositoryUid><CompressionLevel>1</CompressionLevel><BackupRetention>Never</BackupRetention></VeeamZipStartupSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_zip.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutBackupServersById,
        fn_name: "put_backup_servers_by_id",
        method: http::Method::PUT,
        path: "/backupServers/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: Some("BackupServerSpec"),
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupServerSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Description>Description</Description><DnsNameOrIpAddress>DnsNameOrIpAddress</DnsNameOrIpAddress></BackupServerSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_backupservers_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupServersByIdCredentials,
        fn_name: "get_backup_servers_by_id_credentials",
        method: http::Method::GET,
        path: "/backupServers/{ID}/credentials",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_creds.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupServersByIdCredentialsEntities,
        fn_name: "get_backup_servers_by_id_credentials_entities",
        method: http::Method::GET,
        path: "/backupServers/{ID}/credentials",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CredentialsInfoList"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CredentialsInfoList xmlns=\"http://www.veeam.com/ent/v1.0\"></CredentialsInfoList>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_creds.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostBackupServersByIdCredentialsCreate,
        fn_name: "post_backup_servers_by_id_credentials_create",
        method: http::Method::POST,
        path: "/backupServers/{ID}/credentials",
        fixed_query: &[("action", "create")],
        status: http::StatusCode::CREATED,
        request_root: Some("CredentialsInfoSpec"),
        response_root: Some("CredentialsInfo"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CredentialsInfo xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"CredentialsInfo\"></CredentialsInfo>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"CredentialsInfo\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CredentialsInfoSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></CredentialsInfoSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_creds.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteBackupServersByIdCredentialsById,
        fn_name: "delete_backup_servers_by_id_credentials_by_id",
        method: http::Method::DELETE,
        path: "/backupServers/{ID}/credentials/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_backupservers_id_creds_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupServersByIdCredentialsById,
        fn_name: "get_backup_servers_by_id_credentials_by_id",
        method: http::Method::GET,
        path: "/backupServers/{ID}/credentials/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CredentialsInfo"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CredentialsInfo xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"CredentialsInfo\"></CredentialsInfo>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"CredentialsInfo\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_creds_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutBackupServersByIdCredentialsById,
        fn_name: "put_backup_servers_by_id_credentials_by_id",
        method: http::Method::PUT,
        path: "/backupServers/{ID}/credentials/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: Some("CredentialsInfo"),
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CredentialsInfo xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"CredentialsInfo\"></CredentialsInfo>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_backupservers_id_creds_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupServersByIdExternalRepositories,
        fn_name: "get_backup_servers_by_id_external_repositories",
        method: http::Method::GET,
        path: "/backupServers/{ID}/externalRepositories",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_externalrepositories.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupServersByIdExternalRepositoriesEntities,
        fn_name: "get_backup_servers_by_id_external_repositories_entities",
        method: http::Method::GET,
        path: "/backupServers/{ID}/externalRepositories",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ExternalRepositories"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ExternalRepositories xmlns=\"http://www.veeam.com/ent/v1.0\"></ExternalRepositories>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_externalrepositories.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupServersByIdPasswords,
        fn_name: "get_backup_servers_by_id_passwords",
        method: http::Method::GET,
        path: "/backupServers/{ID}/passwords",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_passwords.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupServersByIdPasswordsEntities,
        fn_name: "get_backup_servers_by_id_passwords_entities",
        method: http::Method::GET,
        path: "/backupServers/{ID}/passwords",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("PasswordKeyInfoList"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><PasswordKeyInfoList xmlns=\"http://www.veeam.com/ent/v1.0\"></PasswordKeyInfoList>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_passwords.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostBackupServersByIdPasswordsCreate,
        fn_name: "post_backup_servers_by_id_passwords_create",
        method: http::Method::POST,
        path: "/backupServers/{ID}/passwords",
        fixed_query: &[("action", "create")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("PasswordKeyInfoSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><PasswordKeyInfoSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></PasswordKeyInfoSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_passwords.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteBackupServersByIdPasswordsById,
        fn_name: "delete_backup_servers_by_id_passwords_by_id",
        method: http::Method::DELETE,
        path: "/backupServers/{ID}/passwords/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_backupservers_id_passwords_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupServersByIdPasswordsById,
        fn_name: "get_backup_servers_by_id_passwords_by_id",
        method: http::Method::GET,
        path: "/backupServers/{ID}/passwords/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("PasswordKeyInfo"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><PasswordKeyInfo xmlns=\"http://www.veeam.com/ent/v1.0\"></PasswordKeyInfo>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_passwords_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutBackupServersByIdPasswordsById,
        fn_name: "put_backup_servers_by_id_passwords_by_id",
        method: http::Method::PUT,
        path: "/backupServers/{ID}/passwords/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: Some("PasswordKeyInfoSpec"),
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><PasswordKeyInfoSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></PasswordKeyInfoSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_backupservers_id_passwords_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupSessions,
        fn_name: "get_backup_sessions",
        method: http::Method::GET,
        path: "/backupSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupSessionsEntities,
        fn_name: "get_backup_sessions_entities",
        method: http::Method::GET,
        path: "/backupSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupJobSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupJobSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></BackupJobSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupSessionsById,
        fn_name: "get_backup_sessions_by_id",
        method: http::Method::GET,
        path: "/backupSessions/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupJobSession"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupJobSession xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"BackupJobSession\" Href=\"https://localhost:9398/api/\" Name=\"BackupJobSession 1\" UID=\"urn:veeam:BackupJobSession:00000000-0000-0000-0000-000000000001\"></BackupJobSession>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"BackupJobSession 1\",\"Type\":\"BackupJobSession\",\"UID\":\"urn:veeam:BackupJobSession:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostBackupSessionsByIdStop,
        fn_name: "post_backup_sessions_by_id_stop",
        method: http::Method::POST,
        path: "/backupSessions/{ID}",
        fixed_query: &[("action", "stop")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupsessions_id_stop.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupSessionsByIdAgentManagementSessions,
        fn_name: "get_backup_sessions_by_id_agent_management_sessions",
        method: http::Method::GET,
        path: "/backupSessions/{ID}/agentManagementSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id_agentmanagementsessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupSessionsByIdAgentManagementSessionsEntities,
        fn_name: "get_backup_sessions_by_id_agent_management_sessions_entities",
        method: http::Method::GET,
        path: "/backupSessions/{ID}/agentManagementSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupJobSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupJobSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></BackupJobSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id_agentmanagementsessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupSessionsByIdTaskSessions,
        fn_name: "get_backup_sessions_by_id_task_sessions",
        method: http::Method::GET,
        path: "/backupSessions/{ID}/taskSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id_tasksessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupSessionsByIdTaskSessionsEntities,
        fn_name: "get_backup_sessions_by_id_task_sessions_entities",
        method: http::Method::GET,
        path: "/backupSessions/{ID}/taskSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupTaskSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupTaskSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></BackupTaskSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id_tasksessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupTaskSessions,
        fn_name: "get_backup_task_sessions",
        method: http::Method::GET,
        path: "/backupTaskSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backuptasksessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupTaskSessionsEntities,
        fn_name: "get_backup_task_sessions_entities",
        method: http::Method::GET,
        path: "/backupTaskSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupTaskSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupTaskSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></BackupTaskSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backuptasksessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupTaskSessionsById,
        fn_name: "get_backup_task_sessions_by_id",
        method: http::Method::GET,
        path: "/backupTaskSessions/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupTaskSession"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupTaskSession xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"BackupTaskSession\" Href=\"https://localhost:9398/api/\" Name=\"BackupTaskSession 1\" UID=\"urn:veeam:BackupTaskSession:00000000-0000-0000-0000-000000000001\" VmDisplayName=\"VmDisplayName\"></BackupTaskSession>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"BackupTaskSession 1\",\"Type\":\"BackupTaskSession\",\"UID\":\"urn:veeam:BackupTaskSession:00000000-0000-0000-0000-000000000001\",\"VmDisplayName\":\"VmDisplayName\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backuptasksessions_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackups,
        fn_name: "get_backups",
        method: http::Method::GET,
        path: "/backups",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups.html"),
    },
    OperationInfo {
        operation: Operation::GetBackupsEntities,
        fn_name: "get_backups_entities",
        method: http::Method::GET,
        path: "/backups",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Backups"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Backups xmlns=\"http://www.veeam.com/ent/v1.0\"></Backups>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups.html"),
    },
    OperationInfo {
        operation: Operation::GetBackupsById,
        fn_name: "get_backups_by_id",
        method: http::Method::GET,
        path: "/backups/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Backup"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Backup xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"Backup\" Href=\"https://localhost:9398/api/\" UID=\"urn:veeam:Backup:00000000-0000-0000-0000-000000000001\" Name=\"Backup 1\"></Backup>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"Backup 1\",\"Type\":\"Backup\",\"UID\":\"urn:veeam:Backup:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupsByIdChildbackups,
        fn_name: "get_backups_by_id_childbackups",
        method: http::Method::GET,
        path: "/backups/{ID}/childbackups",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_childbackups.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupsByIdRestorePoints,
        fn_name: "get_backups_by_id_restore_points",
        method: http::Method::GET,
        path: "/backups/{ID}/restorePoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_restorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetBackupsByIdRestorePointsEntities,
        fn_name: "get_backups_by_id_restore_points_entities",
        method: http::Method::GET,
        path: "/backups/{ID}/restorePoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("RestorePoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><RestorePoints xmlns=\"http://www.veeam.com/ent/v1.0\"></RestorePoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_restorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCatalogVms,
        fn_name: "get_catalog_vms",
        method: http::Method::GET,
        path: "/catalog/vms",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCatalogVmsEntities,
        fn_name: "get_catalog_vms_entities",
        method: http::Method::GET,
        path: "/catalog/vms",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CatalogVms"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CatalogVms xmlns=\"http://www.veeam.com/ent/v1.0\"></CatalogVms>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCatalogVmsByVmname,
        fn_name: "get_catalog_vms_by_vmname",
        method: http::Method::GET,
        path: "/catalog/vms/{vmname}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityRef"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityRef xmlns=\"http://www.veeam.com/ent/v1.0\" UID=\"urn:veeam:Ref:00000000-0000-0000-0000-000000000001\" Name=\"Ref 1\" Href=\"https://localhost:9398/api/\" Type=\"Ref\"></EntityRef>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"Ref 1\",\"Type\":\"Ref\",\"UID\":\"urn:veeam:Ref:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCatalogVmsByVmnameVmRestorePoints,
        fn_name: "get_catalog_vms_by_vmname_vm_restore_points",
        method: http::Method::GET,
        path: "/catalog/vms/{vmname}/vmRestorePoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCatalogVmsByVmnameVmRestorePointsEntities,
        fn_name: "get_catalog_vms_by_vmname_vm_restore_points_entities",
        method: http::Method::GET,
        path: "/catalog/vms/{vmname}/vmRestorePoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmRestorePoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmRestorePoints xmlns=\"http://www.veeam.com/ent/v1.0\"></VmRestorePoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCatalogVmsByVmnameVmRestorePointsById,
        fn_name: "get_catalog_vms_by_vmname_vm_restore_points_by_id",
        method: http::Method::GET,
        path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityRef"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityRef xmlns=\"http://www.veeam.com/ent/v1.0\" UID=\"urn:veeam:Ref:00000000-0000-0000-0000-000000000001\" Name=\"Ref 1\" Href=\"https://localhost:9398/api/\" Type=\"Ref\"></EntityRef>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"Ref 1\",\"Type\":\"Ref\",\"UID\":\"urn:veeam:Ref:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCatalogVmsByVmnameVmRestorePointsByIdBrowse,
        fn_name: "post_catalog_vms_by_vmname_vm_restore_points_by_id_browse",
        method: http::Method::POST,
        path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}",
        fixed_query: &[("action", "browse")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_catalog_vms_vmname_vmrestorepoints_id_actoinbrowse.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCatalogVmsByVmnameVmRestorePointsByIdGuestfs,
        fn_name: "get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs",
        method: http::Method::GET,
        path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("FileSystemEntry"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FileSystemEntry xmlns=\"http://www.veeam.com/ent/v1.0\"></FileSystemEntry>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id_guestfs.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCatalogVmsByVmnameVmRestorePointsByIdGuestfsByFilepath,
        fn_name: "get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath",
        method: http::Method::GET,
        path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("FileSystemEntries"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FileSystemEntries xmlns=\"http://www.veeam.com/ent/v1.0\"></FileSystemEntries>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCatalogVmsByVmnameVmRestorePointsByIdGuestfsByFilepathRestore,
        fn_name: "post_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath_restore",
        method: http::Method::POST,
        path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}",
        fixed_query: &[("action", "restore")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpPolicies,
        fn_name: "get_cdp_policies",
        method: http::Method::GET,
        path: "/cdpPolicies",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpPoliciesEntities,
        fn_name: "get_cdp_policies_entities",
        method: http::Method::GET,
        path: "/cdpPolicies",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CdpPolicies"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpPolicies xmlns=\"http://www.veeam.com/ent/v1.0\"></CdpPolicies>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpPoliciesById,
        fn_name: "get_cdp_policies_by_id",
        method: http::Method::GET,
        path: "/cdpPolicies/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CdpPolicy"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpPolicy xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CdpPolicy\" Href=\"https://localhost:9398/api/\" Name=\"CdpPolicy 1\" UID=\"urn:veeam:CdpPolicy:00000000-0000-0000-0000-000000000001\"></CdpPolicy>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CdpPolicy 1\",\"Type\":\"CdpPolicy\",\"UID\":\"urn:veeam:CdpPolicy:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCdpPoliciesByIdDisable,
        fn_name: "post_cdp_policies_by_id_disable",
        method: http::Method::POST,
        path: "/cdpPolicies/{ID}",
        fixed_query: &[("action", "disable")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdppolicies_id_actiondisable.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCdpPoliciesByIdEnable,
        fn_name: "post_cdp_policies_by_id_enable",
        method: http::Method::POST,
        path: "/cdpPolicies/{ID}",
        fixed_query: &[("action", "enable")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdppolicies_id_actionenable.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutCdpPoliciesById,
        fn_name: "put_cdp_policies_by_id",
        method: http::Method::PUT,
        path: "/cdpPolicies/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CdpPolicy"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpPolicy xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CdpPolicy\" Href=\"https://localhost:9398/api/\" Name=\"CdpPolicy 1\" UID=\"urn:veeam:CdpPolicy:00000000-0000-0000-0000-000000000001\"></CdpPolicy>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_cdppolicies_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpPoliciesByIdCdpReplicaSessions,
        fn_name: "get_cdp_policies_by_id_cdp_replica_sessions",
        method: http::Method::GET,
        path: "/cdpPolicies/{ID}/cdpReplicaSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicy_cdpreplicasessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpPoliciesByIdCdpReplicaSessionsEntities,
        fn_name: "get_cdp_policies_by_id_cdp_replica_sessions_entities",
        method: http::Method::GET,
        path: "/cdpPolicies/{ID}/cdpReplicaSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CdpReplicaSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpReplicaSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></CdpReplicaSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicy_cdpreplicasessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpPoliciesByIdIncludes,
        fn_name: "get_cdp_policies_by_id_includes",
        method: http::Method::GET,
        path: "/cdpPolicies/{ID}/includes",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id_includes.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpPoliciesByIdIncludesEntities,
        fn_name: "get_cdp_policies_by_id_includes_entities",
        method: http::Method::GET,
        path: "/cdpPolicies/{ID}/includes",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ObjectsInJob"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ObjectsInJob xmlns=\"http://www.veeam.com/ent/v1.0\"></ObjectsInJob>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id_includes.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCdpPoliciesByIdIncludes,
        fn_name: "post_cdp_policies_by_id_includes",
        method: http::Method::POST,
        path: "/cdpPolicies/{ID}/includes",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CreateObjectInJobSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CreateObjectInJobSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><HierarchyObjRef>HierarchyObjRef</HierarchyObjRef><HierarchyObjName>HierarchyObjName</HierarchyObjName></CreateObjectInJobSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdppolicies_id_includes.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCdpPoliciesByIdIncludesById,
        fn_name: "delete_cdp_policies_by_id_includes_by_id",
        method: http::Method::DELETE,
        path: "/cdpPolicies/{ID}/includes/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cdppolicies_id_includes_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpPoliciesByIdIncludesById,
        fn_name: "get_cdp_policies_by_id_includes_by_id",
        method: http::Method::GET,
        path: "/cdpPolicies/{ID}/includes/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ObjectInJob"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ObjectInJob xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"ObjectInJob\" Href=\"https://localhost:9398/api/\"></ObjectInJob>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"ObjectInJob\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id_includes_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaVApps,
        fn_name: "get_cdp_replica_v_apps",
        method: http::Method::GET,
        path: "/cdpReplica/vApps",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vapps.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaVAppsEntities,
        fn_name: "get_cdp_replica_v_apps_entities",
        method: http::Method::GET,
        path: "/cdpReplica/vApps",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VAppCdpReplicas"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VAppCdpReplicas xmlns=\"http://www.veeam.com/ent/v1.0\"></VAppCdpReplicas>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vapps.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaVAppsById,
        fn_name: "get_cdp_replica_v_apps_by_id",
        method: http::Method::GET,
        path: "/cdpReplica/vApps/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VAppCdpReplica"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VAppCdpReplica xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"VAppCdpReplica\" Name=\"VAppCdpReplica 1\" UID=\"urn:veeam:VAppCdpReplica:00000000-0000-0000-0000-000000000001\"></VAppCdpReplica>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"VAppCdpReplica 1\",\"Type\":\"VAppCdpReplica\",\"UID\":\"urn:veeam:VAppCdpReplica:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCdpReplicaVAppsByIdFailover,
        fn_name: "post_cdp_replica_v_apps_by_id_failover",
        method: http::Method::POST,
        path: "/cdpReplica/vApps/{ID}",
        fixed_query: &[("action", "failover")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CdpFailoverStartSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpFailoverStartSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><RestoreCurrent>false</RestoreCurrent><RestoreCurrentVss>false</RestoreCurrentVss></CdpFailoverStartSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionfailover.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCdpReplicaVAppsByIdIntervals,
        fn_name: "post_cdp_replica_v_apps_by_id_intervals",
        method: http::Method::POST,
        path: "/cdpReplica/vApps/{ID}",
        fixed_query: &[("action", "intervals")],
        status: http::StatusCode::OK,
        request_root: Some("PostCdpReplicaVAppsIntervalsSpec"),
        response_root: Some("CdpReplicaIntervals"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpReplicaIntervals xmlns=\"http://www.veeam.com/ent/v1.0\"></CdpReplicaIntervals>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><PostCdpReplicaVAppsIntervalsSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><StartDate>2026-01-01T00:00:00Z</StartDate><EndDate>2026-01-01T00:00:00Z</EndDate></PostCdpReplicaVAppsIntervalsSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionintervals.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaVAppsByIdVms,
        fn_name: "get_cdp_replica_v_apps_by_id_vms",
        method: http::Method::GET,
        path: "/cdpReplica/vApps/{ID}/vms",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VAppCdpReplicaVms"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VAppCdpReplicaVms xmlns=\"http://www.veeam.com/ent/v1.0\"></VAppCdpReplicaVms>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id_vms.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaVAppsByIdVmsById,
        fn_name: "get_cdp_replica_v_apps_by_id_vms_by_id",
        method: http::Method::GET,
        path: "/cdpReplica/vApps/{ID}/vms/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VAppCdpReplicaVm"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VAppCdpReplicaVm xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"VAppCdpReplicaVm\" Name=\"VAppCdpReplicaVm 1\" UID=\"urn:veeam:VAppCdpReplicaVm:00000000-0000-0000-0000-000000000001\"></VAppCdpReplicaVm>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"VAppCdpReplicaVm 1\",\"Type\":\"VAppCdpReplicaVm\",\"UID\":\"urn:veeam:VAppCdpReplicaVm:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id_vms_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaSessions,
        fn_name: "get_cdp_replica_sessions",
        method: http::Method::GET,
        path: "/cdpReplicaSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaSessionsEntities,
        fn_name: "get_cdp_replica_sessions_entities",
        method: http::Method::GET,
        path: "/cdpReplicaSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CdpReplicaSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpReplicaSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></CdpReplicaSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaSessionsById,
        fn_name: "get_cdp_replica_sessions_by_id",
        method: http::Method::GET,
        path: "/cdpReplicaSessions/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CdpReplicaSession"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpReplicaSession xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CdpReplicaSession\" Href=\"https://localhost:9398/api/\" Name=\"CdpReplicaSession 1\" UID=\"urn:veeam:CdpReplicaSession:00000000-0000-0000-0000-000000000001\"></CdpReplicaSession>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CdpReplicaSession 1\",\"Type\":\"CdpReplicaSession\",\"UID\":\"urn:veeam:CdpReplicaSession:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaSessionsByIdCdpReplicaTaskSessions,
        fn_name: "get_cdp_replica_sessions_by_id_cdp_replica_task_sessions",
        method: http::Method::GET,
        path: "/cdpReplicaSessions/{ID}/cdpReplicaTaskSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions_id_cdpreplicatasksessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaSessionsByIdCdpReplicaTaskSessionsEntities,
        fn_name: "get_cdp_replica_sessions_by_id_cdp_replica_task_sessions_entities",
        method: http::Method::GET,
        path: "/cdpReplicaSessions/{ID}/cdpReplicaTaskSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CdpReplicaTaskSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpReplicaTaskSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></CdpReplicaTaskSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions_id_cdpreplicatasksessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaTaskSessions,
        fn_name: "get_cdp_replica_task_sessions",
        method: http::Method::GET,
        path: "/cdpReplicaTaskSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicatasksessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaTaskSessionsEntities,
        fn_name: "get_cdp_replica_task_sessions_entities",
        method: http::Method::GET,
        path: "/cdpReplicaTaskSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CdpReplicaTaskSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpReplicaTaskSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></CdpReplicaTaskSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicatasksessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicaTaskSessionsById,
        fn_name: "get_cdp_replica_task_sessions_by_id",
        method: http::Method::GET,
        path: "/cdpReplicaTaskSessions/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CdpReplicaTaskSession"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpReplicaTaskSession xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CdpReplicaTaskSession\" Href=\"https://localhost:9398/api/\" Name=\"CdpReplicaTaskSession 1\" UID=\"urn:veeam:CdpReplicaTaskSession:00000000-0000-0000-0000-000000000001\" VmDisplayName=\"VmDisplayName\"></CdpReplicaTaskSession>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CdpReplicaTaskSession 1\",\"Type\":\"CdpReplicaTaskSession\",\"UID\":\"urn:veeam:CdpReplicaTaskSession:00000000-0000-0000-0000-000000000001\",\"VmDisplayName\":\"VmDisplayName\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicatasksessions_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicas,
        fn_name: "get_cdp_replicas",
        method: http::Method::GET,
        path: "/cdpReplicas",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicasEntities,
        fn_name: "get_cdp_replicas_entities",
        method: http::Method::GET,
        path: "/cdpReplicas",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CdpReplicas"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpReplicas xmlns=\"http://www.veeam.com/ent/v1.0\"></CdpReplicas>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicasById,
        fn_name: "get_cdp_replicas_by_id",
        method: http::Method::GET,
        path: "/cdpReplicas/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CdpReplica"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpReplica xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CdpReplica\" Href=\"https://localhost:9398/api/\" Name=\"CdpReplica 1\" UID=\"urn:veeam:CdpReplica:00000000-0000-0000-0000-000000000001\"></CdpReplica>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CdpReplica 1\",\"Type\":\"CdpReplica\",\"UID\":\"urn:veeam:CdpReplica:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicasByIdVms,
        fn_name: "get_cdp_replicas_by_id_vms",
        method: http::Method::GET,
        path: "/cdpReplicas/{ID}/vms",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vms.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicasByIdVmsEntities,
        fn_name: "get_cdp_replicas_by_id_vms_entities",
        method: http::Method::GET,
        path: "/cdpReplicas/{ID}/vms",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CdpReplicaVms"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpReplicaVms xmlns=\"http://www.veeam.com/ent/v1.0\"></CdpReplicaVms>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vms.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCdpReplicasByIdVmsById,
        fn_name: "get_cdp_replicas_by_id_vms_by_id",
        method: http::Method::GET,
        path: "/cdpReplicas/{ID}/vms/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CdpReplicaVm"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpReplicaVm xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CdpReplicaVm\" Href=\"https://localhost:9398/api/\" Name=\"CdpReplicaVm 1\" UID=\"urn:veeam:CdpReplicaVm:00000000-0000-0000-0000-000000000001\"></CdpReplicaVm>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CdpReplicaVm 1\",\"Type\":\"CdpReplicaVm\",\"UID\":\"urn:veeam:CdpReplicaVm:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vms_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCdpReplicasByIdVmsByIdFailover,
        fn_name: "post_cdp_replicas_by_id_vms_by_id_failover",
        method: http::Method::POST,
        path: "/cdpReplicas/{ID}/vms/{ID}",
        fixed_query: &[("action", "failover")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CdpFailoverStartSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpFailoverStartSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><RestoreCurrent>false</RestoreCurrent><RestoreCurrentVss>false</RestoreCurrentVss></CdpFailoverStartSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavm_id_actionfailover.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCdpReplicasByIdVmsByIdIntervals,
        fn_name: "post_cdp_replicas_by_id_vms_by_id_intervals",
        method: http::Method::POST,
        path: "/cdpReplicas/{ID}/vms/{ID}",
        fixed_query: &[("action", "intervals")],
        status: http::StatusCode::OK,
        request_root: Some("PostCdpReplicasVmsIntervalsSpec"),
        response_root: Some("CdpReplicaIntervals"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CdpReplicaIntervals xmlns=\"http://www.veeam.com/ent/v1.0\"></CdpReplicaIntervals>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><PostCdpReplicasVmsIntervalsSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><StartDate>2026-01-01T00:00:00Z</StartDate><EndDate>2026-01-01T00:00:00Z</EndDate></PostCdpReplicasVmsIntervalsSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavm_id_actionintervals.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloud,
        fn_name: "get_cloud",
        method: http::Method::GET,
        path: "/cloud",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudConnectService"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudConnectService xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"CloudConnectService\"></CloudConnectService>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"CloudConnectService\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud.html"),
    },
    OperationInfo {
        operation: Operation::GetCloudCloudFailoverPlans,
        fn_name: "get_cloud_cloud_failover_plans",
        method: http::Method::GET,
        path: "/cloud/cloudFailoverPlans",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudCloudFailoverPlansEntities,
        fn_name: "get_cloud_cloud_failover_plans_entities",
        method: http::Method::GET,
        path: "/cloud/cloudFailoverPlans",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudFailoverPlans"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudFailoverPlans xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudFailoverPlans>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCloudCloudFailoverPlansById,
        fn_name: "delete_cloud_cloud_failover_plans_by_id",
        method: http::Method::DELETE,
        path: "/cloud/cloudFailoverPlans/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cloudfailoverplans_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudCloudFailoverPlansById,
        fn_name: "get_cloud_cloud_failover_plans_by_id",
        method: http::Method::GET,
        path: "/cloud/cloudFailoverPlans/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudFailoverPlan"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudFailoverPlan xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudFailoverPlan\" Href=\"https://localhost:9398/api/\" Name=\"CloudFailoverPlan 1\" UID=\"urn:veeam:CloudFailoverPlan:00000000-0000-0000-0000-000000000001\"></CloudFailoverPlan>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CloudFailoverPlan 1\",\"Type\":\"CloudFailoverPlan\",\"UID\":\"urn:veeam:CloudFailoverPlan:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCloudCloudFailoverPlansByIdStart,
        fn_name: "post_cloud_cloud_failover_plans_by_id_start",
        method: http::Method::POST,
        path: "/cloud/cloudFailoverPlans/{ID}",
        fixed_query: &[("action", "start")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CloudFailoverPlanManagementSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudFailoverPlanManagementSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudFailoverPlanManagementSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudfailoverplans_id_start.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCloudCloudFailoverPlansByIdTest,
        fn_name: "post_cloud_cloud_failover_plans_by_id_test",
        method: http::Method::POST,
        path: "/cloud/cloudFailoverPlans/{ID}",
        fixed_query: &[("action", "test")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudfailoverplans_id_test.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCloudCloudFailoverPlansByIdUndo,
        fn_name: "post_cloud_cloud_failover_plans_by_id_undo",
        method: http::Method::POST,
        path: "/cloud/cloudFailoverPlans/{ID}",
        fixed_query: &[("action", "undo")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudfailoverplans_id_undo.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutCloudCloudFailoverPlansById,
        fn_name: "put_cloud_cloud_failover_plans_by_id",
        method: http::Method::PUT,
        path: "/cloud/cloudFailoverPlans/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CloudFailoverPlan"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudFailoverPlan xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudFailoverPlan\" Href=\"https://localhost:9398/api/\" Name=\"CloudFailoverPlan 1\" UID=\"urn:veeam:CloudFailoverPlan:00000000-0000-0000-0000-000000000001\"></CloudFailoverPlan>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_cloudfailoverplans_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudCloudFailoverPlansByIdIncludes,
        fn_name: "get_cloud_cloud_failover_plans_by_id_includes",
        method: http::Method::GET,
        path: "/cloud/cloudFailoverPlans/{ID}/includes",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id_includes.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudCloudFailoverPlansByIdIncludesEntities,
        fn_name: "get_cloud_cloud_failover_plans_by_id_includes_entities",
        method: http::Method::GET,
        path: "/cloud/cloudFailoverPlans/{ID}/includes",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudFailoveredVms"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudFailoveredVms xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudFailoveredVms>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id_includes.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudCloudFailoverPlansByIdIncludesById,
        fn_name: "get_cloud_cloud_failover_plans_by_id_includes_by_id",
        method: http::Method::GET,
        path: "/cloud/cloudFailoverPlans/{ID}/includes/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudFailoveredVm"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudFailoveredVm xmlns=\"http://www.veeam.com/ent/v1.0\" Name=\"CloudFailoveredVm 1\"></CloudFailoveredVm>",
        ),
        skeleton_json: Some("{\"Name\":\"CloudFailoveredVm 1\"}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id_includes_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudFailoverSessions,
        fn_name: "get_cloud_failover_sessions",
        method: http::Method::GET,
        path: "/cloud/failoverSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudFailoverSessionsEntities,
        fn_name: "get_cloud_failover_sessions_entities",
        method: http::Method::GET,
        path: "/cloud/failoverSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudFailoverSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudFailoverSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudFailoverSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudFailoverSessionsById,
        fn_name: "get_cloud_failover_sessions_by_id",
        method: http::Method::GET,
        path: "/cloud/failoverSessions/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudFailoverSession"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudFailoverSession xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudFailoverSession\" Href=\"https://localhost:9398/api/\" Name=\"CloudFailoverSession 1\" UID=\"urn:veeam:CloudFailoverSession:00000000-0000-0000-0000-000000000001\"></CloudFailoverSession>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CloudFailoverSession 1\",\"Type\":\"CloudFailoverSession\",\"UID\":\"urn:veeam:CloudFailoverSession:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudGatewayPools,
        fn_name: "get_cloud_gateway_pools",
        method: http::Method::GET,
        path: "/cloud/gatewayPools",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgatewaypools.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudGatewayPoolsEntities,
        fn_name: "get_cloud_gateway_pools_entities",
        method: http::Method::GET,
        path: "/cloud/gatewayPools",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudGatewayPools"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudGatewayPools xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudGatewayPools>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgatewaypools.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCloudGatewayPools,
        fn_name: "post_cloud_gateway_pools",
        method: http::Method::POST,
        path: "/cloud/gatewayPools",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CreateCloudGatewayPoolSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CreateCloudGatewayPoolSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Name>CreateCloudGatewayPoolSpec 1</Name><BackupServerUid>urn:veeam:CreateCloudGatewayPoolSpec:00000000-0000-0000-0000-000000000001</BackupServerUid></CreateCloudGatewayPoolSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudgatewaypools.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCloudGatewayPoolsById,
        fn_name: "delete_cloud_gateway_pools_by_id",
        method: http::Method::DELETE,
        path: "/cloud/gatewayPools/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cloud_gatewaypools_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudGatewayPoolsById,
        fn_name: "get_cloud_gateway_pools_by_id",
        method: http::Method::GET,
        path: "/cloud/gatewayPools/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudGatewayPool"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudGatewayPool xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"CloudGatewayPool\" Name=\"CloudGatewayPool 1\" UID=\"urn:veeam:CloudGatewayPool:00000000-0000-0000-0000-000000000001\"></CloudGatewayPool>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CloudGatewayPool 1\",\"Type\":\"CloudGatewayPool\",\"UID\":\"urn:veeam:CloudGatewayPool:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_gatewaypools_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutCloudGatewayPoolsById,
        fn_name: "put_cloud_gateway_pools_by_id",
        method: http::Method::PUT,
        path: "/cloud/gatewayPools/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CloudGatewayPool"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudGatewayPool xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"CloudGatewayPool\" Name=\"CloudGatewayPool 1\" UID=\"urn:veeam:CloudGatewayPool:00000000-0000-0000-0000-000000000001\"></CloudGatewayPool>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_cloud_gatewaypools_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudGateways,
        fn_name: "get_cloud_gateways",
        method: http::Method::GET,
        path: "/cloud/gateways",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgateways.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudGatewaysEntities,
        fn_name: "get_cloud_gateways_entities",
        method: http::Method::GET,
        path: "/cloud/gateways",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudGateways"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudGateways xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudGateways>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgateways.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCloudGateways,
        fn_name: "post_cloud_gateways",
        method: http::Method::POST,
        path: "/cloud/gateways",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CreateCloudGatewaySpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\"><ServerHostName>ServerHostName</ServerHostName><NetworkType>Direct</NetworkType></CreateCloudGatewaySpec>",
        ),
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/post_gateways.html"),
    },
    OperationInfo {
        operation: Operation::DeleteCloudGatewaysById,
        fn_name: "delete_cloud_gateways_by_id",
        method: http::Method::DELETE,
        path: "/cloud/gateways/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cloudgateways_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudGatewaysById,
        fn_name: "get_cloud_gateways_by_id",
        method: http::Method::GET,
        path: "/cloud/gateways/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudGateway"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudGateway xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudGateway\" Href=\"https://localhost:9398/api/\" Name=\"CloudGateway 1\" UID=\"urn:veeam:CloudGateway:00000000-0000-0000-0000-000000000001\"><NetworkMode>Direct</NetworkMode><ExternalIP>ExternalIP</ExternalIP></CloudGateway>",
        ),
        skeleton_json: Some(
            "{\"ExternalIP\":\"ExternalIP\",\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CloudGateway 1\",\"NetworkMode\":\"Direct\",\"Type\":\"CloudGateway\",\"UID\":\"urn:veeam:CloudGateway:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgateways_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutCloudGatewaysById,
        fn_name: "put_cloud_gateways_by_id",
        method: http::Method::PUT,
        path: "/cloud/gateways/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CloudGateway"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudGateway xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudGateway\" Href=\"https://localhost:9398/api/\" Name=\"CloudGateway 1\" UID=\"urn:veeam:CloudGateway:00000000-0000-0000-0000-000000000001\"><NetworkMode>Direct</NetworkMode><ExternalIP>ExternalIP</ExternalIP></CloudGateway>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_cloudgateways_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudHardwarePlans,
        fn_name: "get_cloud_hardware_plans",
        method: http::Method::GET,
        path: "/cloud/hardwarePlans",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudHardwarePlansEntities,
        fn_name: "get_cloud_hardware_plans_entities",
        method: http::Method::GET,
        path: "/cloud/hardwarePlans",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudHardwarePlans"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudHardwarePlans xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudHardwarePlans>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCloudHardwarePlans,
        fn_name: "post_cloud_hardware_plans",
        method: http::Method::POST,
        path: "/cloud/hardwarePlans",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CloudHardwarePlanCreateSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudHardwarePlanCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><BackupServerUid>urn:veeam:CloudHardwarePlanCreateSpec:00000000-0000-0000-0000-000000000001</BackupServerUid><Name>CloudHardwarePlanCreateSpec 1</Name><ProcessorUsageLimitMhz>0</ProcessorUsageLimitMhz><MemoryUsageLimitMb>0</MemoryUsageLimitMb><HardwarePlanDetails></HardwarePlanDetails></CloudHardwarePlanCreateSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCloudHardwarePlansById,
        fn_name: "delete_cloud_hardware_plans_by_id",
        method: http::Method::DELETE,
        path: "/cloud/hardwarePlans/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_hardwareplans_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudHardwarePlansById,
        fn_name: "get_cloud_hardware_plans_by_id",
        method: http::Method::GET,
        path: "/cloud/hardwarePlans/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudHardwarePlan"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudHardwarePlan xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudHardwarePlan\" Href=\"https://localhost:9398/api/\" Name=\"CloudHardwarePlan 1\" UID=\"urn:veeam:CloudHardwarePlan:00000000-0000-0000-0000-000000000001\"><ProcessorUsageLimitMhz>0</ProcessorUsageLimitMhz><MemoryUsageLimitMb>0</MemoryUsageLimitMb><HardwarePlanDetails></HardwarePlanDetails></CloudHardwarePlan>",
        ),
        skeleton_json: Some(
            "{\"HardwarePlanDetails\":{},\"Href\":\"https://localhost:9398/api/\",\"MemoryUsageLimitMb\":0,\"Name\":\"CloudHardwarePlan 1\",\"ProcessorUsageLimitMhz\":0,\"Type\":\"CloudHardwarePlan\",\"UID\":\"urn:veeam:CloudHardwarePlan:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutCloudHardwarePlansById,
        fn_name: "put_cloud_hardware_plans_by_id",
        method: http::Method::PUT,
        path: "/cloud/hardwarePlans/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CloudHardwarePlan"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudHardwarePlan xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudHardwarePlan\" Href=\"https://localhost:9398/api/\" Name=\"CloudHardwarePlan 1\" UID=\"urn:veeam:CloudHardwarePlan:00000000-0000-0000-0000-000000000001\"><ProcessorUsageLimitMhz>0</ProcessorUsageLimitMhz><MemoryUsageLimitMb>0</MemoryUsageLimitMb><HardwarePlanDetails></HardwarePlanDetails></CloudHardwarePlan>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_hardwareplans_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudHardwarePlansByIdTenants,
        fn_name: "get_cloud_hardware_plans_by_id_tenants",
        method: http::Method::GET,
        path: "/cloud/hardwarePlans/{ID}/tenants",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudTenants"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenants xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudTenants>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans_id_tenants.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudPublicIpAddresses,
        fn_name: "get_cloud_public_ip_addresses",
        method: http::Method::GET,
        path: "/cloud/publicIpAddresses",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_publicipaddresses.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudPublicIpAddressesEntities,
        fn_name: "get_cloud_public_ip_addresses_entities",
        method: http::Method::GET,
        path: "/cloud/publicIpAddresses",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudPublicIpAddresses"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudPublicIpAddresses xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudPublicIpAddresses>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_publicipaddresses.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCloudPublicIpAddresses,
        fn_name: "post_cloud_public_ip_addresses",
        method: http::Method::POST,
        path: "/cloud/publicIpAddresses",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CloudPublicIpAddressCreateSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudPublicIpAddressCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><BackupServerUid>urn:veeam:CloudPublicIpAddressCreateSpec:00000000-0000-0000-0000-000000000001</BackupServerUid><IpAddressLowerBound>IpAddressLowerBound</IpAddressLowerBound><IpAddressUpperBound>IpAddressUpperBound</IpAddressUpperBound></CloudPublicIpAddressCreateSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_publicipaddresses.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCloudPublicIpAddressesById,
        fn_name: "delete_cloud_public_ip_addresses_by_id",
        method: http::Method::DELETE,
        path: "/cloud/publicIpAddresses/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_publicipaddresses_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudPublicIpAddressesById,
        fn_name: "get_cloud_public_ip_addresses_by_id",
        method: http::Method::GET,
        path: "/cloud/publicIpAddresses/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudPublicIpAddress"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudPublicIpAddress xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudPublicIpAddress\" Href=\"https://localhost:9398/api/\" Name=\"CloudPublicIpAddress 1\" UID=\"urn:veeam:CloudPublicIpAddress:00000000-0000-0000-0000-000000000001\" BackupServerUid=\"urn:veeam:CloudPublicIpAddress:00000000-0000-0000-0000-000000000001\"></CloudPublicIpAddress>",
        ),
        skeleton_json: Some(
            "{\"BackupServerUid\":\"urn:veeam:CloudPublicIpAddress:00000000-0000-0000-0000-000000000001\",\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CloudPublicIpAddress 1\",\"Type\":\"CloudPublicIpAddress\",\"UID\":\"urn:veeam:CloudPublicIpAddress:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_publicipaddresses_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutCloudPublicIpAddressesById,
        fn_name: "put_cloud_public_ip_addresses_by_id",
        method: http::Method::PUT,
        path: "/cloud/publicIpAddresses/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: Some("CloudPublicIpAddress"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudPublicIpAddress xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudPublicIpAddress\" Href=\"https://localhost:9398/api/\" Name=\"CloudPublicIpAddress 1\" UID=\"urn:veeam:CloudPublicIpAddress:00000000-0000-0000-0000-000000000001\" BackupServerUid=\"urn:veeam:CloudPublicIpAddress:00000000-0000-0000-0000-000000000001\"></CloudPublicIpAddress>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_publicipaddresses_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudReplicas,
        fn_name: "get_cloud_replicas",
        method: http::Method::GET,
        path: "/cloud/replicas",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudReplicasEntities,
        fn_name: "get_cloud_replicas_entities",
        method: http::Method::GET,
        path: "/cloud/replicas",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudReplicas"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudReplicas xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudReplicas>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudReplicasById,
        fn_name: "get_cloud_replicas_by_id",
        method: http::Method::GET,
        path: "/cloud/replicas/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudReplica"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudReplica xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudReplica\" Href=\"https://localhost:9398/api/\" Name=\"CloudReplica 1\" UID=\"urn:veeam:CloudReplica:00000000-0000-0000-0000-000000000001\"></CloudReplica>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CloudReplica 1\",\"Type\":\"CloudReplica\",\"UID\":\"urn:veeam:CloudReplica:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudReplicasByIdVmReplicaPoints,
        fn_name: "get_cloud_replicas_by_id_vm_replica_points",
        method: http::Method::GET,
        path: "/cloud/replicas/{ID}/vmReplicaPoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas_id_vmreplicapoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudReplicasByIdVmReplicaPointsEntities,
        fn_name: "get_cloud_replicas_by_id_vm_replica_points_entities",
        method: http::Method::GET,
        path: "/cloud/replicas/{ID}/vmReplicaPoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmReplicaPoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmReplicaPoints xmlns=\"http://www.veeam.com/ent/v1.0\"></VmReplicaPoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas_id_vmreplicapoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenants,
        fn_name: "get_cloud_tenants",
        method: http::Method::GET,
        path: "/cloud/tenants",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants.html"),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsEntities,
        fn_name: "get_cloud_tenants_entities",
        method: http::Method::GET,
        path: "/cloud/tenants",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudTenants"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenants xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudTenants>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants.html"),
    },
    OperationInfo {
        operation: Operation::PostCloudTenants,
        fn_name: "post_cloud_tenants",
        method: http::Method::POST,
        path: "/cloud/tenants",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CreateCloudTenantSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CreateCloudTenantSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Name>CreateCloudTenantSpec 1</Name><BackupServerUid>urn:veeam:CreateCloudTenantSpec:00000000-0000-0000-0000-000000000001</BackupServerUid></CreateCloudTenantSpec>",
        ),
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html"),
    },
    OperationInfo {
        operation: Operation::DeleteCloudTenantsById,
        fn_name: "delete_cloud_tenants_by_id",
        method: http::Method::DELETE,
        path: "/cloud/tenants/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsById,
        fn_name: "get_cloud_tenants_by_id",
        method: http::Method::GET,
        path: "/cloud/tenants/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudTenant"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenant xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"CloudTenant\" Name=\"CloudTenant 1\" UID=\"urn:veeam:CloudTenant:00000000-0000-0000-0000-000000000001\"></CloudTenant>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CloudTenant 1\",\"Type\":\"CloudTenant\",\"UID\":\"urn:veeam:CloudTenant:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutCloudTenantsById,
        fn_name: "put_cloud_tenants_by_id",
        method: http::Method::PUT,
        path: "/cloud/tenants/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CloudTenant"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenant xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"CloudTenant\" Name=\"CloudTenant 1\" UID=\"urn:veeam:CloudTenant:00000000-0000-0000-0000-000000000001\"></CloudTenant>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_tenants_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsByIdComputeResources,
        fn_name: "get_cloud_tenants_by_id_compute_resources",
        method: http::Method::GET,
        path: "/cloud/tenants/{ID}/computeResources",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudTenantComputeResources"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenantComputeResources xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudTenantComputeResources>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_computeresources.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCloudTenantsByIdComputeResources,
        fn_name: "post_cloud_tenants_by_id_compute_resources",
        method: http::Method::POST,
        path: "/cloud/tenants/{ID}/computeResources",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CloudTenantComputeResourceCreateSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenantComputeResourceCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><CloudHardwarePlanUid>urn:veeam:CloudTenantComputeResourceCreateSpec:00000000-0000-0000-0000-000000000001</CloudHardwarePlanUid><PlatformType>VMware</PlatformType><UseNetworkFailoverResources>false</UseNetworkFailoverResources></CloudTenantComputeResourceCreateSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_computeresources.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCloudTenantsByIdComputeResourcesById,
        fn_name: "delete_cloud_tenants_by_id_compute_resources_by_id",
        method: http::Method::DELETE,
        path: "/cloud/tenants/{ID}/computeResources/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id_computeresources_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsByIdComputeResourcesById,
        fn_name: "get_cloud_tenants_by_id_compute_resources_by_id",
        method: http::Method::GET,
        path: "/cloud/tenants/{ID}/computeResources/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudTenantComputeResource"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenantComputeResource xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudTenantComputeResource\" Href=\"https://localhost:9398/api/\" Id=\"Id\"><CloudHardwarePlanUid>urn:veeam:CloudTenantComputeResource:00000000-0000-0000-0000-000000000001</CloudHardwarePlanUid><UseNetworkFailoverResources>false</UseNetworkFailoverResources><NetworkAppliance><Name>NetworkApplianceInfoType 1</Name><ProductionNetwork>ProductionNetwork</ProductionNetwork><ObtainIPAddressAutomatically>false</ObtainIPAddressAutomatically></NetworkAppliance></CloudTenantComputeResource>",
        ),
        skeleton_json: Some(
            "{\"CloudHardwarePlanUid\":\"urn:veeam:CloudTenantComputeResource:00000000-0000-0000-0000-000000000001\",\"Href\":\"https://localhost:9398/api/\",\"Id\":\"Id\",\"NetworkAppliance\":{\"Name\":\"NetworkApplianceInfoType 1\",\"ObtainIPAddressAutomatically\":false,\"ProductionNetwork\":\"ProductionNetwork\"},\"Type\":\"CloudTenantComputeResource\",\"UseNetworkFailoverResources\":false}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_computeresources_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsByIdFreelicenseCounters,
        fn_name: "get_cloud_tenants_by_id_freelicense_counters",
        method: http::Method::GET,
        path: "/cloud/tenants/{ID}/freelicenseCounters",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudTenantFreeLicenseCounters"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenantFreeLicenseCounters xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudTenantFreeLicenseCounters>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_freelicensecounters.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsByIdGatewayPools,
        fn_name: "get_cloud_tenants_by_id_gateway_pools",
        method: http::Method::GET,
        path: "/cloud/tenants/{ID}/gatewayPools",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_gatewaypools.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsByIdGatewayPoolsEntities,
        fn_name: "get_cloud_tenants_by_id_gateway_pools_entities",
        method: http::Method::GET,
        path: "/cloud/tenants/{ID}/gatewayPools",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudGatewayPools"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudGatewayPools xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudGatewayPools>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_gatewaypools.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsByIdResources,
        fn_name: "get_cloud_tenants_by_id_resources",
        method: http::Method::GET,
        path: "/cloud/tenants/{ID}/resources",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudTenantResources"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenantResources xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudTenantResources>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_resources.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCloudTenantsByIdResources,
        fn_name: "post_cloud_tenants_by_id_resources",
        method: http::Method::POST,
        path: "/cloud/tenants/{ID}/resources",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CreateCloudTenantResourceSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CreateCloudTenantResourceSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Name>CreateCloudTenantResourceSpec 1</Name><RepositoryUid>urn:veeam:CreateCloudTenantResourceSpec:00000000-0000-0000-0000-000000000001</RepositoryUid><QuotaMb>0</QuotaMb></CreateCloudTenantResourceSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_resources.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCloudTenantsByIdResourcesById,
        fn_name: "delete_cloud_tenants_by_id_resources_by_id",
        method: http::Method::DELETE,
        path: "/cloud/tenants/{ID}/resources/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id_resources_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsByIdResourcesById,
        fn_name: "get_cloud_tenants_by_id_resources_by_id",
        method: http::Method::GET,
        path: "/cloud/tenants/{ID}/resources/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudTenantResource"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenantResource xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"CloudTenantResource\" Id=\"Id\"></CloudTenantResource>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Id\":\"Id\",\"Type\":\"CloudTenantResource\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_resources_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsByIdSubtenants,
        fn_name: "get_cloud_tenants_by_id_subtenants",
        method: http::Method::GET,
        path: "/cloud/tenants/{ID}/subtenants",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudSubtenants"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudSubtenants xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudSubtenants\" Href=\"https://localhost:9398/api/\"></CloudSubtenants>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"CloudSubtenants\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_subtenants.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCloudTenantsByIdSubtenants,
        fn_name: "post_cloud_tenants_by_id_subtenants",
        method: http::Method::POST,
        path: "/cloud/tenants/{ID}/subtenants",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CloudSubtenantCreateSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudSubtenantCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Name>CloudSubtenantCreateSpec 1</Name><Password>secret</Password><TenantResourceId>TenantResourceId</TenantResourceId><UnlimitedQuota>false</UnlimitedQuota></CloudSubtenantCreateSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_subtenants.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCloudTenantsByIdSubtenantsById,
        fn_name: "delete_cloud_tenants_by_id_subtenants_by_id",
        method: http::Method::DELETE,
        path: "/cloud/tenants/{ID}/subtenants/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id_subtenants_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsByIdSubtenantsById,
        fn_name: "get_cloud_tenants_by_id_subtenants_by_id",
        method: http::Method::GET,
        path: "/cloud/tenants/{ID}/subtenants/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudSubtenant"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudSubtenant xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"CloudSubtenant\" Id=\"Id\"></CloudSubtenant>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Id\":\"Id\",\"Type\":\"CloudSubtenant\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_subtenants_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutCloudTenantsByIdSubtenantsById,
        fn_name: "put_cloud_tenants_by_id_subtenants_by_id",
        method: http::Method::PUT,
        path: "/cloud/tenants/{ID}/subtenants/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CloudSubtenant"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudSubtenant xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"CloudSubtenant\" Id=\"Id\"></CloudSubtenant>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_tenants_id_subtenants_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsByIdVCloudComputeResources,
        fn_name: "get_cloud_tenants_by_id_v_cloud_compute_resources",
        method: http::Method::GET,
        path: "/cloud/tenants/{ID}/vCloudComputeResources",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudTenantVCloudComputeResource"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenantVCloudComputeResource xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudTenantVCloudComputeResource\" Href=\"https://localhost:9398/api/\" Id=\"Id\"></CloudTenantVCloudComputeResource>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Id\":\"Id\",\"Type\":\"CloudTenantVCloudComputeResource\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostCloudTenantsByIdVCloudComputeResources,
        fn_name: "post_cloud_tenants_by_id_v_cloud_compute_resources",
        method: http::Method::POST,
        path: "/cloud/tenants/{ID}/vCloudComputeResources",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CloudTenantVCloudComputeResourceCreateSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenantVCloudComputeResourceCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><VirtualDataCenterRef>VirtualDataCenterRef</VirtualDataCenterRef><UseNetworkFailoverResources>false</UseNetworkFailoverResources></CloudTenantVCloudComputeResourceCreateSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloud_tenants_id_vcloudcomputeresources.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCloudTenantsByIdVCloudComputeResourcesById,
        fn_name: "delete_cloud_tenants_by_id_v_cloud_compute_resources_by_id",
        method: http::Method::DELETE,
        path: "/cloud/tenants/{ID}/vCloudComputeResources/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cloud_tenants_id_vcloudcomputeresources_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudTenantsByIdVCloudComputeResourcesById,
        fn_name: "get_cloud_tenants_by_id_v_cloud_compute_resources_by_id",
        method: http::Method::GET,
        path: "/cloud/tenants/{ID}/vCloudComputeResources/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudTenantVCloudComputeResource"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudTenantVCloudComputeResource xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudTenantVCloudComputeResource\" Href=\"https://localhost:9398/api/\" Id=\"Id\"></CloudTenantVCloudComputeResource>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Id\":\"Id\",\"Type\":\"CloudTenantVCloudComputeResource\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudVlans,
        fn_name: "get_cloud_vlans",
        method: http::Method::GET,
        path: "/cloud/vlans",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_vlans.html"),
    },
    OperationInfo {
        operation: Operation::GetCloudVlansEntities,
        fn_name: "get_cloud_vlans_entities",
        method: http::Method::GET,
        path: "/cloud/vlans",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VlanConfigurations"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VlanConfigurations xmlns=\"http://www.veeam.com/ent/v1.0\"></VlanConfigurations>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_vlans.html"),
    },
    OperationInfo {
        operation: Operation::DeleteCloudVlansById,
        fn_name: "delete_cloud_vlans_by_id",
        method: http::Method::DELETE,
        path: "/cloud/vlans/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vlans_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudVlansById,
        fn_name: "get_cloud_vlans_by_id",
        method: http::Method::GET,
        path: "/cloud/vlans/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VlanConfiguration"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VlanConfiguration xmlns=\"http://www.veeam.com/ent/v1.0\" Name=\"VlanConfiguration 1\" UID=\"UID\"></VlanConfiguration>",
        ),
        skeleton_json: Some("{\"Name\":\"VlanConfiguration 1\",\"UID\":\"UID\"}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_vlans_id.html"),
    },
    OperationInfo {
        operation: Operation::PutCloudVlansById,
        fn_name: "put_cloud_vlans_by_id",
        method: http::Method::PUT,
        path: "/cloud/vlans/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("VlanConfiguration"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VlanConfiguration xmlns=\"http://www.veeam.com/ent/v1.0\" Name=\"VlanConfiguration 1\" UID=\"UID\"></VlanConfiguration>",
        ),
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/put_vlans_id.html"),
    },
    OperationInfo {
        operation: Operation::GetCloudVmReplicaPoints,
        fn_name: "get_cloud_vm_replica_points",
        method: http::Method::GET,
        path: "/cloud/vmReplicaPoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudvmreplicapoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudVmReplicaPointsEntities,
        fn_name: "get_cloud_vm_replica_points_entities",
        method: http::Method::GET,
        path: "/cloud/vmReplicaPoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudVmReplicaPoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudVmReplicaPoints xmlns=\"http://www.veeam.com/ent/v1.0\"></CloudVmReplicaPoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudvmreplicapoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetCloudVmReplicaPointsById,
        fn_name: "get_cloud_vm_replica_points_by_id",
        method: http::Method::GET,
        path: "/cloud/vmReplicaPoints/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("CloudVmReplicaPoint"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CloudVmReplicaPoint xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"CloudVmReplicaPoint\" Href=\"https://localhost:9398/api/\" Name=\"CloudVmReplicaPoint 1\" UID=\"urn:veeam:CloudVmReplicaPoint:00000000-0000-0000-0000-000000000001\" VmDisplayName=\"VmDisplayName\"></CloudVmReplicaPoint>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"CloudVmReplicaPoint 1\",\"Type\":\"CloudVmReplicaPoint\",\"UID\":\"urn:veeam:CloudVmReplicaPoint:00000000-0000-0000-0000-000000000001\",\"VmDisplayName\":\"VmDisplayName\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudvmreplicapoints_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetExternalRepositories,
        fn_name: "get_external_repositories",
        method: http::Method::GET,
        path: "/externalRepositories",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetExternalRepositoriesEntities,
        fn_name: "get_external_repositories_entities",
        method: http::Method::GET,
        path: "/externalRepositories",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ExternalRepositories"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ExternalRepositories xmlns=\"http://www.veeam.com/ent/v1.0\"></ExternalRepositories>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetExternalRepositoriesById,
        fn_name: "get_external_repositories_by_id",
        method: http::Method::GET,
        path: "/externalRepositories/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ExternalRepository"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ExternalRepository xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"ExternalRepository\" Name=\"ExternalRepository 1\" UID=\"urn:veeam:ExternalRepository:00000000-0000-0000-0000-000000000001\"></ExternalRepository>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"ExternalRepository 1\",\"Type\":\"ExternalRepository\",\"UID\":\"urn:veeam:ExternalRepository:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetExternalRepositoriesByIdBackups,
        fn_name: "get_external_repositories_by_id_backups",
        method: http::Method::GET,
        path: "/externalRepositories/{ID}/backups",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id_backups.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetExternalRepositoriesByIdBackupsEntities,
        fn_name: "get_external_repositories_by_id_backups_entities",
        method: http::Method::GET,
        path: "/externalRepositories/{ID}/backups",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Backups"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Backups xmlns=\"http://www.veeam.com/ent/v1.0\"></Backups>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id_backups.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetFailoverPlans,
        fn_name: "get_failover_plans",
        method: http::Method::GET,
        path: "/failoverPlans",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_failover_plans.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetFailoverPlansEntities,
        fn_name: "get_failover_plans_entities",
        method: http::Method::GET,
        path: "/failoverPlans",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("FailoverPlans"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FailoverPlans xmlns=\"http://www.veeam.com/ent/v1.0\"></FailoverPlans>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_failover_plans.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetFailoverPlansById,
        fn_name: "get_failover_plans_by_id",
        method: http::Method::GET,
        path: "/failoverPlans/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("FailoverPlan"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FailoverPlan xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"FailoverPlan\" Href=\"https://localhost:9398/api/\" Name=\"FailoverPlan 1\" UID=\"urn:veeam:FailoverPlan:00000000-0000-0000-0000-000000000001\"></FailoverPlan>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"FailoverPlan 1\",\"Type\":\"FailoverPlan\",\"UID\":\"urn:veeam:FailoverPlan:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_failoverplans_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostFailoverPlansByIdStart,
        fn_name: "post_failover_plans_by_id_start",
        method: http::Method::POST,
        path: "/failoverPlans/{ID}",
        fixed_query: &[("action", "start")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("FailoverPlanManagementSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FailoverPlanManagementSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></FailoverPlanManagementSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_failoverplans_id_start.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostFailoverPlansByIdUndo,
        fn_name: "post_failover_plans_by_id_undo",
        method: http::Method::POST,
        path: "/failoverPlans/{ID}",
        fixed_query: &[("action", "undo")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_failoverplans_id_undo.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutFailoverPlansById,
        fn_name: "put_failover_plans_by_id",
        method: http::Method::PUT,
        path: "/failoverPlans/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("FailoverPlan"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FailoverPlan xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"FailoverPlan\" Href=\"https://localhost:9398/api/\" Name=\"FailoverPlan 1\" UID=\"urn:veeam:FailoverPlan:00000000-0000-0000-0000-000000000001\"></FailoverPlan>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_failoverplans_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetHierarchyRoots,
        fn_name: "get_hierarchy_roots",
        method: http::Method::GET,
        path: "/hierarchyRoots",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetHierarchyRootsEntities,
        fn_name: "get_hierarchy_roots_entities",
        method: http::Method::GET,
        path: "/hierarchyRoots",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("HierarchyRoots"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><HierarchyRoots xmlns=\"http://www.veeam.com/ent/v1.0\"></HierarchyRoots>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetHierarchyRootsById,
        fn_name: "get_hierarchy_roots_by_id",
        method: http::Method::GET,
        path: "/hierarchyRoots/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("HierarchyRoot"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><HierarchyRoot xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"HierarchyRoot\" Href=\"https://localhost:9398/api/\" Name=\"HierarchyRoot 1\" UID=\"urn:veeam:HierarchyRoot:00000000-0000-0000-0000-000000000001\"></HierarchyRoot>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"HierarchyRoot 1\",\"Type\":\"HierarchyRoot\",\"UID\":\"urn:veeam:HierarchyRoot:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetJobs,
        fn_name: "get_jobs",
        method: http::Method::GET,
        path: "/jobs",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs.html"),
    },
    OperationInfo {
        operation: Operation::GetJobsEntities,
        fn_name: "get_jobs_entities",
        method: http::Method::GET,
        path: "/jobs",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Jobs"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Jobs xmlns=\"http://www.veeam.com/ent/v1.0\"></Jobs>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs.html"),
    },
    OperationInfo {
        operation: Operation::DeleteJobsById,
        fn_name: "delete_jobs_by_id",
        method: http::Method::DELETE,
        path: "/jobs/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_jobs_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetJobsById,
        fn_name: "get_jobs_by_id",
        method: http::Method::GET,
        path: "/jobs/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Job"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Job xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Job\" Name=\"Job 1\" UID=\"urn:veeam:Job:00000000-0000-0000-0000-000000000001\"></Job>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"Job 1\",\"Type\":\"Job\",\"UID\":\"urn:veeam:Job:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id.html"),
    },
    OperationInfo {
        operation: Operation::PostJobsByIdClone,
        fn_name: "post_jobs_by_id_clone",
        method: http::Method::POST,
        path: "/jobs/{ID}",
        fixed_query: &[("action", "clone")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("JobCloneSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><JobCloneSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><JobName>JobName</JobName></JobCloneSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionclone.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostJobsByIdRetry,
        fn_name: "post_jobs_by_id_retry",
        method: http::Method::POST,
        path: "/jobs/{ID}",
        fixed_query: &[("action", "retry")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionretry.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostJobsByIdStart,
        fn_name: "post_jobs_by_id_start",
        method: http::Method::POST,
        path: "/jobs/{ID}",
        fixed_query: &[("action", "start")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionstart.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostJobsByIdStop,
        fn_name: "post_jobs_by_id_stop",
        method: http::Method::POST,
        path: "/jobs/{ID}",
        fixed_query: &[("action", "stop")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionstop.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostJobsByIdSync,
        fn_name: "post_jobs_by_id_sync",
        method: http::Method::POST,
        path: "/jobs/{ID}",
        fixed_query: &[("action", "sync")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionsync.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostJobsByIdToggleScheduleEnabled,
        fn_name: "post_jobs_by_id_toggle_schedule_enabled",
        method: http::Method::POST,
        path: "/jobs/{ID}",
        fixed_query: &[("action", "toggleScheduleEnabled")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actiontogglescheduleenabled.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutJobsByIdEdit,
        fn_name: "put_jobs_by_id_edit",
        method: http::Method::PUT,
        path: "/jobs/{ID}",
        fixed_query: &[("action", "edit")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("Job"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Job xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Job\" Name=\"Job 1\" UID=\"urn:veeam:Job:00000000-0000-0000-0000-000000000001\"></Job>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_jobs_id_actionedit.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetJobsByIdIncludes,
        fn_name: "get_jobs_by_id_includes",
        method: http::Method::GET,
        path: "/jobs/{ID}/includes",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_includes.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetJobsByIdIncludesEntities,
        fn_name: "get_jobs_by_id_includes_entities",
        method: http::Method::GET,
        path: "/jobs/{ID}/includes",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ObjectsInJob"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ObjectsInJob xmlns=\"http://www.veeam.com/ent/v1.0\"></ObjectsInJob>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_includes.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostJobsByIdIncludes,
        fn_name: "post_jobs_by_id_includes",
        method: http::Method::POST,
        path: "/jobs/{ID}/includes",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("CreateObjectInJobSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><CreateObjectInJobSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><HierarchyObjRef>HierarchyObjRef</HierarchyObjRef><HierarchyObjName>HierarchyObjName</HierarchyObjName></CreateObjectInJobSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_includes.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteJobsByIdIncludesById,
        fn_name: "delete_jobs_by_id_includes_by_id",
        method: http::Method::DELETE,
        path: "/jobs/{ID}/includes/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_jobs_id_includes_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetJobsByIdIncludesById,
        fn_name: "get_jobs_by_id_includes_by_id",
        method: http::Method::GET,
        path: "/jobs/{ID}/includes/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ObjectInJob"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ObjectInJob xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"ObjectInJob\" Href=\"https://localhost:9398/api/\"></ObjectInJob>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"ObjectInJob\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_includes_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetJobsByIdLinkedBackupRepositories,
        fn_name: "get_jobs_by_id_linked_backup_repositories",
        method: http::Method::GET,
        path: "/jobs/{ID}/linkedBackupRepositories",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_linked_repositories.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostJobsByIdLinkedBackupRepositories,
        fn_name: "post_jobs_by_id_linked_backup_repositories",
        method: http::Method::POST,
        path: "/jobs/{ID}/linkedBackupRepositories",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("PostJobsLinkedBackupRepositoriesSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><PostJobsLinkedBackupRepositoriesSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><LinkedBackupRepositoryUid>urn:veeam:PostJobsLinkedBackupRepositoriesSpec:00000000-0000-0000-0000-000000000001</LinkedBackupRepositoryUid></PostJobsLinkedBackupRepositoriesSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_linked_repositories.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteJobsByIdLinkedBackupRepositoriesById,
        fn_name: "delete_jobs_by_id_linked_backup_repositories_by_id",
        method: http::Method::DELETE,
        path: "/jobs/{ID}/linkedBackupRepositories/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_jobs_id_linked_repositories.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetJobsByIdLinkedJobs,
        fn_name: "get_jobs_by_id_linked_jobs",
        method: http::Method::GET,
        path: "/jobs/{ID}/linkedJobs",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_linked_jobs.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostJobsByIdLinkedJobs,
        fn_name: "post_jobs_by_id_linked_jobs",
        method: http::Method::POST,
        path: "/jobs/{ID}/linkedJobs",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("PostJobsLinkedJobsSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><PostJobsLinkedJobsSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><LinkedJobUid>urn:veeam:PostJobsLinkedJobsSpec:00000000-0000-0000-0000-000000000001</LinkedJobUid></PostJobsLinkedJobsSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_linked_jobs.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteJobsByIdLinkedJobsById,
        fn_name: "delete_jobs_by_id_linked_jobs_by_id",
        method: http::Method::DELETE,
        path: "/jobs/{ID}/linkedJobs/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_jobs_id_linked_jobs.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetLogonSessions,
        fn_name: "get_logon_sessions",
        method: http::Method::GET,
        path: "/logonSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("LogonSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><LogonSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></LogonSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_loginsessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteLogonSessionsById,
        fn_name: "delete_logon_sessions_by_id",
        method: http::Method::DELETE,
        path: "/logonSessions/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_loginsessions_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetLogonSessionsById,
        fn_name: "get_logon_sessions_by_id",
        method: http::Method::GET,
        path: "/logonSessions/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("LogonSession"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><LogonSession xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"LogonSession\" Href=\"https://localhost:9398/api/\"></LogonSession>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"LogonSession\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_loginsessions_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetLookup,
        fn_name: "get_lookup",
        method: http::Method::GET,
        path: "/lookup",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("HierarchyItems"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><HierarchyItems xmlns=\"http://www.veeam.com/ent/v1.0\"></HierarchyItems>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_lookup.html"),
    },
    OperationInfo {
        operation: Operation::GetLookupSvc,
        fn_name: "get_lookup_svc",
        method: http::Method::GET,
        path: "/lookupSvc",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("LookupSvc"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><LookupSvc xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"LookupSvc\" Href=\"https://localhost:9398/api/\"></LookupSvc>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"LookupSvc\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_lookupsvc.html"),
    },
    OperationInfo {
        operation: Operation::GetManagedServers,
        fn_name: "get_managed_servers",
        method: http::Method::GET,
        path: "/managedServers",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetManagedServersEntities,
        fn_name: "get_managed_servers_entities",
        method: http::Method::GET,
        path: "/managedServers",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ManagedServers"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ManagedServers xmlns=\"http://www.veeam.com/ent/v1.0\"></ManagedServers>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetManagedServersById,
        fn_name: "get_managed_servers_by_id",
        method: http::Method::GET,
        path: "/managedServers/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ManagedServer"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ManagedServer xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"ManagedServer\" Href=\"https://localhost:9398/api/\" Name=\"ManagedServer 1\" UID=\"urn:veeam:ManagedServer:00000000-0000-0000-0000-000000000001\"></ManagedServer>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"ManagedServer 1\",\"Type\":\"ManagedServer\",\"UID\":\"urn:veeam:ManagedServer:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetNas,
        fn_name: "get_nas",
        method: http::Method::GET,
        path: "/nas",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("NASService"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><NASService xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"NASService\" Href=\"https://localhost:9398/api/\"></NASService>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"NASService\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas.html"),
    },
    OperationInfo {
        operation: Operation::GetNasBackupSessions,
        fn_name: "get_nas_backup_sessions",
        method: http::Method::GET,
        path: "/nas/backupSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_backupsessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetNasFileServers,
        fn_name: "get_nas_file_servers",
        method: http::Method::GET,
        path: "/nas/fileServers",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetNasFileServersEntities,
        fn_name: "get_nas_file_servers_entities",
        method: http::Method::GET,
        path: "/nas/fileServers",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("FileServers"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FileServers xmlns=\"http://www.veeam.com/ent/v1.0\"></FileServers>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetNasFileServersById,
        fn_name: "get_nas_file_servers_by_id",
        method: http::Method::GET,
        path: "/nas/fileServers/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("FileServer"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FileServer xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"FileServer\" Href=\"https://localhost:9398/api/\" Name=\"FileServer 1\" UID=\"urn:veeam:FileServer:00000000-0000-0000-0000-000000000001\"></FileServer>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"FileServer 1\",\"Type\":\"FileServer\",\"UID\":\"urn:veeam:FileServer:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetNasJobs,
        fn_name: "get_nas_jobs",
        method: http::Method::GET,
        path: "/nas/jobs",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs.html"),
    },
    OperationInfo {
        operation: Operation::GetNasJobsEntities,
        fn_name: "get_nas_jobs_entities",
        method: http::Method::GET,
        path: "/nas/jobs",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("NASJobs"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><NASJobs xmlns=\"http://www.veeam.com/ent/v1.0\"></NASJobs>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs.html"),
    },
    OperationInfo {
        operation: Operation::GetNasJobsById,
        fn_name: "get_nas_jobs_by_id",
        method: http::Method::GET,
        path: "/nas/jobs/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("NASJob"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><NASJob xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"NASJob\" Href=\"https://localhost:9398/api/\" Name=\"NASJob 1\" UID=\"urn:veeam:NASJob:00000000-0000-0000-0000-000000000001\"></NASJob>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"NASJob 1\",\"Type\":\"NASJob\",\"UID\":\"urn:veeam:NASJob:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetNasJobsByIdBackupSessions,
        fn_name: "get_nas_jobs_by_id_backup_sessions",
        method: http::Method::GET,
        path: "/nas/jobs/{ID}/backupSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_backupsessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetNasJobsByIdBackupSessionsEntities,
        fn_name: "get_nas_jobs_by_id_backup_sessions_entities",
        method: http::Method::GET,
        path: "/nas/jobs/{ID}/backupSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupJobSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupJobSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></BackupJobSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_backupsessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetNasJobsByIdIncludes,
        fn_name: "get_nas_jobs_by_id_includes",
        method: http::Method::GET,
        path: "/nas/jobs/{ID}/includes",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_includes.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetNasJobsByIdIncludesEntities,
        fn_name: "get_nas_jobs_by_id_includes_entities",
        method: http::Method::GET,
        path: "/nas/jobs/{ID}/includes",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("NASObjects"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><NASObjects xmlns=\"http://www.veeam.com/ent/v1.0\"></NASObjects>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_includes.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetNasJobsByIdIncludesById,
        fn_name: "get_nas_jobs_by_id_includes_by_id",
        method: http::Method::GET,
        path: "/nas/jobs/{ID}/includes/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("NASObject"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><NASObject xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"NASObject\" Href=\"https://localhost:9398/api/\"></NASObject>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"NASObject\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_includes_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostNasJobsByIdRetry,
        fn_name: "post_nas_jobs_by_id_retry",
        method: http::Method::POST,
        path: "/nas/jobs/{ID}/retry",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_nas_jobs_id_actionretry.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostNasJobsByIdStart,
        fn_name: "post_nas_jobs_by_id_start",
        method: http::Method::POST,
        path: "/nas/jobs/{ID}/start",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_nas_jobs_id_actionstart.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostNasJobsByIdStop,
        fn_name: "post_nas_jobs_by_id_stop",
        method: http::Method::POST,
        path: "/nas/jobs/{ID}/stop",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_nas_jobs_id_actionstop.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostNasJobsByIdToggleScheduleEnabled,
        fn_name: "post_nas_jobs_by_id_toggle_schedule_enabled",
        method: http::Method::POST,
        path: "/nas/jobs/{ID}/toggleScheduleEnabled",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_nas_jobs_id_actiontogglescheduleenabled.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryAgentBackupJob,
        fn_name: "get_query_agent_backup_job",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "AgentBackupJob")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryAgentBackupJobEntities,
        fn_name: "get_query_agent_backup_job_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "AgentBackupJob"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryAgentProtectionGroup,
        fn_name: "get_query_agent_protection_group",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "AgentProtectionGroup")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryAgentProtectionGroupEntities,
        fn_name: "get_query_agent_protection_group_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "AgentProtectionGroup"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryAgentRestorePoint,
        fn_name: "get_query_agent_restore_point",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "AgentRestorePoint")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryAgentRestorePointEntities,
        fn_name: "get_query_agent_restore_point_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "AgentRestorePoint"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryBackup,
        fn_name: "get_query_backup",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Backup")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryBackupEntities,
        fn_name: "get_query_backup_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Backup"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryBackupFile,
        fn_name: "get_query_backup_file",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "BackupFile")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryBackupFileEntities,
        fn_name: "get_query_backup_file_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "BackupFile"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryBackupJobSession,
        fn_name: "get_query_backup_job_session",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "BackupJobSession")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryBackupJobSessionEntities,
        fn_name: "get_query_backup_job_session_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "BackupJobSession"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryBackupServer,
        fn_name: "get_query_backup_server",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "BackupServer")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryBackupServerEntities,
        fn_name: "get_query_backup_server_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "BackupServer"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryBackupTaskSession,
        fn_name: "get_query_backup_task_session",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "BackupTaskSession")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryBackupTaskSessionEntities,
        fn_name: "get_query_backup_task_session_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "BackupTaskSession"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCdpPolicy,
        fn_name: "get_query_cdp_policy",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CdpPolicy")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCdpPolicyEntities,
        fn_name: "get_query_cdp_policy_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CdpPolicy"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCdpReplica,
        fn_name: "get_query_cdp_replica",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CdpReplica")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCdpReplicaEntities,
        fn_name: "get_query_cdp_replica_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CdpReplica"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCdpReplicaSession,
        fn_name: "get_query_cdp_replica_session",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CdpReplicaSession")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCdpReplicaSessionEntities,
        fn_name: "get_query_cdp_replica_session_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CdpReplicaSession"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCdpReplicaTaskSession,
        fn_name: "get_query_cdp_replica_task_session",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CdpReplicaTaskSession")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCdpReplicaTaskSessionEntities,
        fn_name: "get_query_cdp_replica_task_session_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CdpReplicaTaskSession"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudFailoverPlan,
        fn_name: "get_query_cloud_failover_plan",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudFailoverPlan")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudFailoverPlanEntities,
        fn_name: "get_query_cloud_failover_plan_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudFailoverPlan"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudFailoverSession,
        fn_name: "get_query_cloud_failover_session",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudFailoverSession")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudFailoverSessionEntities,
        fn_name: "get_query_cloud_failover_session_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudFailoverSession"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudGateway,
        fn_name: "get_query_cloud_gateway",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudGateway")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudGatewayEntities,
        fn_name: "get_query_cloud_gateway_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudGateway"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudGatewayPool,
        fn_name: "get_query_cloud_gateway_pool",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudGatewayPool")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudGatewayPoolEntities,
        fn_name: "get_query_cloud_gateway_pool_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudGatewayPool"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudHardwarePlan,
        fn_name: "get_query_cloud_hardware_plan",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudHardwarePlan")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudHardwarePlanEntities,
        fn_name: "get_query_cloud_hardware_plan_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudHardwarePlan"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudPublicIpAddress,
        fn_name: "get_query_cloud_public_ip_address",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudPublicIpAddress")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudPublicIpAddressEntities,
        fn_name: "get_query_cloud_public_ip_address_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudPublicIpAddress"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudReplica,
        fn_name: "get_query_cloud_replica",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudReplica")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudReplicaEntities,
        fn_name: "get_query_cloud_replica_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudReplica"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudSubtenant,
        fn_name: "get_query_cloud_subtenant",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudSubtenant")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudSubtenantEntities,
        fn_name: "get_query_cloud_subtenant_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudSubtenant"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudTenant,
        fn_name: "get_query_cloud_tenant",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudTenant")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudTenantEntities,
        fn_name: "get_query_cloud_tenant_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudTenant"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudVmReplicaPoint,
        fn_name: "get_query_cloud_vm_replica_point",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudVmReplicaPoint")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCloudVmReplicaPointEntities,
        fn_name: "get_query_cloud_vm_replica_point_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "CloudVmReplicaPoint"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCredentials,
        fn_name: "get_query_credentials",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Credentials")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryCredentialsEntities,
        fn_name: "get_query_credentials_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Credentials"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryDiscoveredComputer,
        fn_name: "get_query_discovered_computer",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "DiscoveredComputer")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryDiscoveredComputerEntities,
        fn_name: "get_query_discovered_computer_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "DiscoveredComputer"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryFailoverPlan,
        fn_name: "get_query_failover_plan",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "FailoverPlan")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryFailoverPlanEntities,
        fn_name: "get_query_failover_plan_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "FailoverPlan"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryFileServer,
        fn_name: "get_query_file_server",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "FileServer")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryFileServerEntities,
        fn_name: "get_query_file_server_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "FileServer"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryHierarchyRoot,
        fn_name: "get_query_hierarchy_root",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "HierarchyRoot")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryHierarchyRootEntities,
        fn_name: "get_query_hierarchy_root_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "HierarchyRoot"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryJob,
        fn_name: "get_query_job",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Job")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html"),
    },
    OperationInfo {
        operation: Operation::GetQueryJobEntities,
        fn_name: "get_query_job_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Job"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html"),
    },
    OperationInfo {
        operation: Operation::GetQueryManagedServer,
        fn_name: "get_query_managed_server",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "ManagedServer")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryManagedServerEntities,
        fn_name: "get_query_managed_server_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "ManagedServer"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryNasJob,
        fn_name: "get_query_nas_job",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "NasJob")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryNasJobEntities,
        fn_name: "get_query_nas_job_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "NasJob"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryNasObject,
        fn_name: "get_query_nas_object",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "NasObject")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryNasObjectEntities,
        fn_name: "get_query_nas_object_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "NasObject"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryObjectInAgentBackupJob,
        fn_name: "get_query_object_in_agent_backup_job",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "ObjectInAgentBackupJob")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryObjectInAgentBackupJobEntities,
        fn_name: "get_query_object_in_agent_backup_job_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "ObjectInAgentBackupJob"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryObjectInJob,
        fn_name: "get_query_object_in_job",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "ObjectInJob")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryObjectInJobEntities,
        fn_name: "get_query_object_in_job_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "ObjectInJob"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryPasswords,
        fn_name: "get_query_passwords",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Passwords")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryPasswordsEntities,
        fn_name: "get_query_passwords_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Passwords"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryReplica,
        fn_name: "get_query_replica",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Replica")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryReplicaEntities,
        fn_name: "get_query_replica_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Replica"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryReplicaJobSession,
        fn_name: "get_query_replica_job_session",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "ReplicaJobSession")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryReplicaJobSessionEntities,
        fn_name: "get_query_replica_job_session_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "ReplicaJobSession"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryReplicaTaskSession,
        fn_name: "get_query_replica_task_session",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "ReplicaTaskSession")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryReplicaTaskSessionEntities,
        fn_name: "get_query_replica_task_session_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "ReplicaTaskSession"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryRepository,
        fn_name: "get_query_repository",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Repository")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryRepositoryEntities,
        fn_name: "get_query_repository_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Repository"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryRestorePoint,
        fn_name: "get_query_restore_point",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "RestorePoint")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryRestorePointEntities,
        fn_name: "get_query_restore_point_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "RestorePoint"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryRestoreSession,
        fn_name: "get_query_restore_session",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "RestoreSession")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryRestoreSessionEntities,
        fn_name: "get_query_restore_session_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "RestoreSession"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryTask,
        fn_name: "get_query_task",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Task")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryTaskEntities,
        fn_name: "get_query_task_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "Task"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVCloudOrganizationConfig,
        fn_name: "get_query_v_cloud_organization_config",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "VCloudOrganizationConfig")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVCloudOrganizationConfigEntities,
        fn_name: "get_query_v_cloud_organization_config_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "VCloudOrganizationConfig"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVlanConfiguration,
        fn_name: "get_query_vlan_configuration",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "VlanConfiguration")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVlanConfigurationEntities,
        fn_name: "get_query_vlan_configuration_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "VlanConfiguration"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVmReplicaPoint,
        fn_name: "get_query_vm_replica_point",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "VmReplicaPoint")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVmReplicaPointEntities,
        fn_name: "get_query_vm_replica_point_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "VmReplicaPoint"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVmRestorePoint,
        fn_name: "get_query_vm_restore_point",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "VmRestorePoint")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVmRestorePointEntities,
        fn_name: "get_query_vm_restore_point_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "VmRestorePoint"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVsphereSelfServiceConfig,
        fn_name: "get_query_vsphere_self_service_config",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "VsphereSelfServiceConfig")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVsphereSelfServiceConfigEntities,
        fn_name: "get_query_vsphere_self_service_config_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "VsphereSelfServiceConfig"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryWanAccelerator,
        fn_name: "get_query_wan_accelerator",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "WanAccelerator")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryWanAcceleratorEntities,
        fn_name: "get_query_wan_accelerator_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "WanAccelerator"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVAppReplicaPoint,
        fn_name: "get_query_v_app_replica_point",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "vAppReplicaPoint")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVAppReplicaPointEntities,
        fn_name: "get_query_v_app_replica_point_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "vAppReplicaPoint"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVAppRestorePoint,
        fn_name: "get_query_v_app_restore_point",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "vAppRestorePoint")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQueryVAppRestorePointEntities,
        fn_name: "get_query_v_app_restore_point_entities",
        method: http::Method::GET,
        path: "/query",
        fixed_query: &[("type", "vAppRestorePoint"), ("format", "Entities")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: true,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetQuerySvc,
        fn_name: "get_query_svc",
        method: http::Method::GET,
        path: "/querySvc",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("QuerySvc"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><QuerySvc xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"QuerySvc\" Href=\"https://localhost:9398/api/\"></QuerySvc>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"QuerySvc\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_querysvc.html"),
    },
    OperationInfo {
        operation: Operation::GetReplicaSessions,
        fn_name: "get_replica_sessions",
        method: http::Method::GET,
        path: "/replicaSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReplicaSessionsEntities,
        fn_name: "get_replica_sessions_entities",
        method: http::Method::GET,
        path: "/replicaSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ReplicaJobSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ReplicaJobSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></ReplicaJobSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReplicaSessionsById,
        fn_name: "get_replica_sessions_by_id",
        method: http::Method::GET,
        path: "/replicaSessions/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ReplicaJobSession"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ReplicaJobSession xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"ReplicaJobSession\" Href=\"https://localhost:9398/api/\" Name=\"ReplicaJobSession 1\" UID=\"urn:veeam:ReplicaJobSession:00000000-0000-0000-0000-000000000001\"></ReplicaJobSession>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"ReplicaJobSession 1\",\"Type\":\"ReplicaJobSession\",\"UID\":\"urn:veeam:ReplicaJobSession:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReplicaSessionsByIdReplicaTaskSessions,
        fn_name: "get_replica_sessions_by_id_replica_task_sessions",
        method: http::Method::GET,
        path: "/replicaSessions/{ID}/replicaTaskSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions_id_replicatasksessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReplicaSessionsByIdReplicaTaskSessionsEntities,
        fn_name: "get_replica_sessions_by_id_replica_task_sessions_entities",
        method: http::Method::GET,
        path: "/replicaSessions/{ID}/replicaTaskSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ReplicaTaskSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ReplicaTaskSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></ReplicaTaskSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions_id_replicatasksessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReplicaTaskSessions,
        fn_name: "get_replica_task_sessions",
        method: http::Method::GET,
        path: "/replicaTaskSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicatasksessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReplicaTaskSessionsEntities,
        fn_name: "get_replica_task_sessions_entities",
        method: http::Method::GET,
        path: "/replicaTaskSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ReplicaTaskSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ReplicaTaskSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></ReplicaTaskSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicatasksessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReplicaTaskSessionsById,
        fn_name: "get_replica_task_sessions_by_id",
        method: http::Method::GET,
        path: "/replicaTaskSessions/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ReplicaTaskSession"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ReplicaTaskSession xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"ReplicaTaskSession\" Href=\"https://localhost:9398/api/\" Name=\"ReplicaTaskSession 1\" UID=\"urn:veeam:ReplicaTaskSession:00000000-0000-0000-0000-000000000001\" VmDisplayName=\"VmDisplayName\"></ReplicaTaskSession>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"ReplicaTaskSession 1\",\"Type\":\"ReplicaTaskSession\",\"UID\":\"urn:veeam:ReplicaTaskSession:00000000-0000-0000-0000-000000000001\",\"VmDisplayName\":\"VmDisplayName\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicatasksessions_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReplicas,
        fn_name: "get_replicas",
        method: http::Method::GET,
        path: "/replicas",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicas.html"),
    },
    OperationInfo {
        operation: Operation::GetReplicasEntities,
        fn_name: "get_replicas_entities",
        method: http::Method::GET,
        path: "/replicas",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Replicas"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Replicas xmlns=\"http://www.veeam.com/ent/v1.0\"></Replicas>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicas.html"),
    },
    OperationInfo {
        operation: Operation::GetReplicasById,
        fn_name: "get_replicas_by_id",
        method: http::Method::GET,
        path: "/replicas/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Replica"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Replica xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"Replica\" Href=\"https://localhost:9398/api/\" Name=\"Replica 1\" UID=\"urn:veeam:Replica:00000000-0000-0000-0000-000000000001\"></Replica>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"Replica 1\",\"Type\":\"Replica\",\"UID\":\"urn:veeam:Replica:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicas_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReportsSummary,
        fn_name: "get_reports_summary",
        method: http::Method::GET,
        path: "/reports/summary",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("SummaryReport"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><SummaryReport xmlns=\"http://www.veeam.com/ent/v1.0\"></SummaryReport>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReportsSummaryJobStatistics,
        fn_name: "get_reports_summary_job_statistics",
        method: http::Method::GET,
        path: "/reports/summary/job_statistics",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("JobStatisticsReportFrame"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><JobStatisticsReportFrame xmlns=\"http://www.veeam.com/ent/v1.0\"></JobStatisticsReportFrame>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_statistics.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReportsSummaryOverview,
        fn_name: "get_reports_summary_overview",
        method: http::Method::GET,
        path: "/reports/summary/overview",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("OverviewReportFrame"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><OverviewReportFrame xmlns=\"http://www.veeam.com/ent/v1.0\"></OverviewReportFrame>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_overview.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReportsSummaryProcessedVms,
        fn_name: "get_reports_summary_processed_vms",
        method: http::Method::GET,
        path: "/reports/summary/processed_vms",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("ProcessedVmsReportFrame"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><ProcessedVmsReportFrame xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"ProcessedVmsReportFrame\" Href=\"https://localhost:9398/api/\"></ProcessedVmsReportFrame>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"ProcessedVmsReportFrame\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_processed_vms.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReportsSummaryRepository,
        fn_name: "get_reports_summary_repository",
        method: http::Method::GET,
        path: "/reports/summary/repository",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("RepositoryReportFrame"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><RepositoryReportFrame xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"RepositoryReportFrame\" Href=\"https://localhost:9398/api/\" CapacityPlanningReportLink=\"CapacityPlanningReportLink\"></RepositoryReportFrame>",
        ),
        skeleton_json: Some(
            "{\"CapacityPlanningReportLink\":\"CapacityPlanningReportLink\",\"Href\":\"https://localhost:9398/api/\",\"Type\":\"RepositoryReportFrame\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_repository.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetReportsSummaryVmsOverview,
        fn_name: "get_reports_summary_vms_overview",
        method: http::Method::GET,
        path: "/reports/summary/vms_overview",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmsOverviewReportFrame"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmsOverviewReportFrame xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"VmsOverviewReportFrame\" Href=\"https://localhost:9398/api/\"></VmsOverviewReportFrame>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"VmsOverviewReportFrame\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_vms_overview.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRepositories,
        fn_name: "get_repositories",
        method: http::Method::GET,
        path: "/repositories",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRepositoriesEntities,
        fn_name: "get_repositories_entities",
        method: http::Method::GET,
        path: "/repositories",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Repositories"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Repositories xmlns=\"http://www.veeam.com/ent/v1.0\"></Repositories>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRepositoriesById,
        fn_name: "get_repositories_by_id",
        method: http::Method::GET,
        path: "/repositories/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Repository"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Repository xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"Repository\" Href=\"https://localhost:9398/api/\" Name=\"Repository 1\" UID=\"urn:veeam:Repository:00000000-0000-0000-0000-000000000001\"></Repository>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"Repository 1\",\"Type\":\"Repository\",\"UID\":\"urn:veeam:Repository:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestorePoints,
        fn_name: "get_restore_points",
        method: http::Method::GET,
        path: "/restorePoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestorePointsEntities,
        fn_name: "get_restore_points_entities",
        method: http::Method::GET,
        path: "/restorePoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("RestorePoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><RestorePoints xmlns=\"http://www.veeam.com/ent/v1.0\"></RestorePoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestorePointsById,
        fn_name: "get_restore_points_by_id",
        method: http::Method::GET,
        path: "/restorePoints/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("RestorePoint"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><RestorePoint xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"RestorePoint\" Href=\"https://localhost:9398/api/\" Name=\"RestorePoint 1\" UID=\"urn:veeam:RestorePoint:00000000-0000-0000-0000-000000000001\"></RestorePoint>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"RestorePoint 1\",\"Type\":\"RestorePoint\",\"UID\":\"urn:veeam:RestorePoint:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestorePointsByIdAgentRestorePoints,
        fn_name: "get_restore_points_by_id_agent_restore_points",
        method: http::Method::GET,
        path: "/restorePoints/{ID}/agentRestorePoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_agentrestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestorePointsByIdAgentRestorePointsEntities,
        fn_name: "get_restore_points_by_id_agent_restore_points_entities",
        method: http::Method::GET,
        path: "/restorePoints/{ID}/agentRestorePoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("AgentRestorePoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><AgentRestorePoints xmlns=\"http://www.veeam.com/ent/v1.0\"></AgentRestorePoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_agentrestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestorePointsByIdBackupFiles,
        fn_name: "get_restore_points_by_id_backup_files",
        method: http::Method::GET,
        path: "/restorePoints/{ID}/backupFiles",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_backupfiles.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestorePointsByIdBackupFilesEntities,
        fn_name: "get_restore_points_by_id_backup_files_entities",
        method: http::Method::GET,
        path: "/restorePoints/{ID}/backupFiles",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("BackupFiles"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><BackupFiles xmlns=\"http://www.veeam.com/ent/v1.0\"></BackupFiles>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_backupfiles.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestorePointsByIdVAppRestorePoints,
        fn_name: "get_restore_points_by_id_v_app_restore_points",
        method: http::Method::GET,
        path: "/restorePoints/{ID}/vAppRestorePoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vapprestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestorePointsByIdVAppRestorePointsEntities,
        fn_name: "get_restore_points_by_id_v_app_restore_points_entities",
        method: http::Method::GET,
        path: "/restorePoints/{ID}/vAppRestorePoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VAppRestorePoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VAppRestorePoints xmlns=\"http://www.veeam.com/ent/v1.0\"></VAppRestorePoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vapprestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestorePointsByIdVmRestorePoints,
        fn_name: "get_restore_points_by_id_vm_restore_points",
        method: http::Method::GET,
        path: "/restorePoints/{ID}/vmRestorePoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vmrestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestorePointsByIdVmRestorePointsEntities,
        fn_name: "get_restore_points_by_id_vm_restore_points_entities",
        method: http::Method::GET,
        path: "/restorePoints/{ID}/vmRestorePoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmRestorePoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmRestorePoints xmlns=\"http://www.veeam.com/ent/v1.0\"></VmRestorePoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vmrestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestoreSessions,
        fn_name: "get_restore_sessions",
        method: http::Method::GET,
        path: "/restoreSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restoresessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestoreSessionsEntities,
        fn_name: "get_restore_sessions_entities",
        method: http::Method::GET,
        path: "/restoreSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("RestoreSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><RestoreSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></RestoreSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restoresessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetRestoreSessionsById,
        fn_name: "get_restore_sessions_by_id",
        method: http::Method::GET,
        path: "/restoreSessions/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("RestoreSession"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><RestoreSession xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"RestoreSession\" Href=\"https://localhost:9398/api/\" Name=\"RestoreSession 1\" UID=\"urn:veeam:RestoreSession:00000000-0000-0000-0000-000000000001\" VmDisplayName=\"VmDisplayName\"></RestoreSession>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"RestoreSession 1\",\"Type\":\"RestoreSession\",\"UID\":\"urn:veeam:RestoreSession:00000000-0000-0000-0000-000000000001\",\"VmDisplayName\":\"VmDisplayName\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_restoresessions_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSecurity,
        fn_name: "get_security",
        method: http::Method::GET,
        path: "/security",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EnterpriseSecuritySettings"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseSecuritySettings xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"EnterpriseSecuritySettings\" Href=\"https://localhost:9398/api/\"></EnterpriseSecuritySettings>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"EnterpriseSecuritySettings\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_security.html"),
    },
    OperationInfo {
        operation: Operation::GetSecurityAccounts,
        fn_name: "get_security_accounts",
        method: http::Method::GET,
        path: "/security/accounts",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSecurityAccountsEntities,
        fn_name: "get_security_accounts_entities",
        method: http::Method::GET,
        path: "/security/accounts",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EnterpriseAccounts"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseAccounts xmlns=\"http://www.veeam.com/ent/v1.0\"></EnterpriseAccounts>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostSecurityAccounts,
        fn_name: "post_security_accounts",
        method: http::Method::POST,
        path: "/security/accounts",
        fixed_query: &[],
        status: http::StatusCode::CREATED,
        request_root: Some("EnterpriseAccountCreateSpec"),
        response_root: Some("EnterpriseAccount"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseAccount xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"EnterpriseAccount\" Href=\"https://localhost:9398/api/\" Name=\"EnterpriseAccount 1\" UID=\"urn:veeam:EnterpriseAccount:00000000-0000-0000-0000-000000000001\"></EnterpriseAccount>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"EnterpriseAccount 1\",\"Type\":\"EnterpriseAccount\",\"UID\":\"urn:veeam:EnterpriseAccount:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseAccountCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><AccountType>User</AccountType><AccountName>AccountName</AccountName><AllowRestoreAllVms>false</AllowRestoreAllVms></EnterpriseAccountCreateSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostSecurityAccountsRebuildScope,
        fn_name: "post_security_accounts_rebuild_scope",
        method: http::Method::POST,
        path: "/security/accounts",
        fixed_query: &[("action", "rebuildScope")],
        status: http::StatusCode::CREATED,
        request_root: Some("RebuildScopeJobSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><RebuildScopeJobSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></RebuildScopeJobSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_actionrebuildscope.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteSecurityAccountsById,
        fn_name: "delete_security_accounts_by_id",
        method: http::Method::DELETE,
        path: "/security/accounts/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSecurityAccountsById,
        fn_name: "get_security_accounts_by_id",
        method: http::Method::GET,
        path: "/security/accounts/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EnterpriseAccount"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseAccount xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"EnterpriseAccount\" Href=\"https://localhost:9398/api/\" Name=\"EnterpriseAccount 1\" UID=\"urn:veeam:EnterpriseAccount:00000000-0000-0000-0000-000000000001\"></EnterpriseAccount>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"EnterpriseAccount 1\",\"Type\":\"EnterpriseAccount\",\"UID\":\"urn:veeam:EnterpriseAccount:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostSecurityAccountsById,
        fn_name: "post_security_accounts_by_id",
        method: http::Method::POST,
        path: "/security/accounts/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSecurityAccountsByIdRoles,
        fn_name: "get_security_accounts_by_id_roles",
        method: http::Method::GET,
        path: "/security/accounts/{ID}/roles",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EnterpriseAccountInRoleList"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseAccountInRoleList xmlns=\"http://www.veeam.com/ent/v1.0\"></EnterpriseAccountInRoleList>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostSecurityAccountsByIdRoles,
        fn_name: "post_security_accounts_by_id_roles",
        method: http::Method::POST,
        path: "/security/accounts/{ID}/roles",
        fixed_query: &[],
        status: http::StatusCode::CREATED,
        request_root: Some("EnterpriseAccountInRoleCreateSpec"),
        response_root: Some("EnterpriseAccountInRole"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseAccountInRole xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\"></EnterpriseAccountInRole>",
        ),
        skeleton_json: Some("{\"Href\":\"https://localhost:9398/api/\"}"),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseAccountInRoleCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><EnterpriseRoleUid>urn:veeam:EnterpriseAccountInRoleCreateSpec:00000000-0000-0000-0000-000000000001</EnterpriseRoleUid></EnterpriseAccountInRoleCreateSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_roles.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteSecurityAccountsByIdRolesById,
        fn_name: "delete_security_accounts_by_id_roles_by_id",
        method: http::Method::DELETE,
        path: "/security/accounts/{ID}/roles/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id_roles_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSecurityAccountsByIdRolesById,
        fn_name: "get_security_accounts_by_id_roles_by_id",
        method: http::Method::GET,
        path: "/security/accounts/{ID}/roles/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EnterpriseAccountInRole"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseAccountInRole xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\"></EnterpriseAccountInRole>",
        ),
        skeleton_json: Some("{\"Href\":\"https://localhost:9398/api/\"}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSecurityAccountsByIdScopes,
        fn_name: "get_security_accounts_by_id_scopes",
        method: http::Method::GET,
        path: "/security/accounts/{ID}/scopes",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EnterpriseAccountHierarchyScopes"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseAccountHierarchyScopes xmlns=\"http://www.veeam.com/ent/v1.0\"></EnterpriseAccountHierarchyScopes>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostSecurityAccountsByIdScopes,
        fn_name: "post_security_accounts_by_id_scopes",
        method: http::Method::POST,
        path: "/security/accounts/{ID}/scopes",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("HierarchyScopeCreateSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><HierarchyScopeCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></HierarchyScopeCreateSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_scopes.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteSecurityAccountsByIdScopesById,
        fn_name: "delete_security_accounts_by_id_scopes_by_id",
        method: http::Method::DELETE,
        path: "/security/accounts/{ID}/scopes/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id_scopes_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSecurityAccountsByIdScopesById,
        fn_name: "get_security_accounts_by_id_scopes_by_id",
        method: http::Method::GET,
        path: "/security/accounts/{ID}/scopes/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EnterpriseAccountHierarchyScope"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseAccountHierarchyScope xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\"></EnterpriseAccountHierarchyScope>",
        ),
        skeleton_json: Some("{\"Href\":\"https://localhost:9398/api/\"}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSecurityRoles,
        fn_name: "get_security_roles",
        method: http::Method::GET,
        path: "/security/roles",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSecurityRolesEntities,
        fn_name: "get_security_roles_entities",
        method: http::Method::GET,
        path: "/security/roles",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EnterpriseRoles"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseRoles xmlns=\"http://www.veeam.com/ent/v1.0\"></EnterpriseRoles>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSecurityRolesById,
        fn_name: "get_security_roles_by_id",
        method: http::Method::GET,
        path: "/security/roles/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EnterpriseRole"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseRole xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"EnterpriseRole\" Href=\"https://localhost:9398/api/\" Name=\"EnterpriseRole 1\" UID=\"urn:veeam:EnterpriseRole:00000000-0000-0000-0000-000000000001\"></EnterpriseRole>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"EnterpriseRole 1\",\"Type\":\"EnterpriseRole\",\"UID\":\"urn:veeam:EnterpriseRole:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSelfServiceVSphere,
        fn_name: "get_self_service_v_sphere",
        method: http::Method::GET,
        path: "/selfService/vSphere",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VSphereSelfService"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VSphereSelfService xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"VSphereSelfService\" Href=\"https://localhost:9398/api/\"></VSphereSelfService>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"VSphereSelfService\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSelfServiceVSphereConfigs,
        fn_name: "get_self_service_v_sphere_configs",
        method: http::Method::GET,
        path: "/selfService/vSphere/Configs",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSelfServiceVSphereConfigsEntities,
        fn_name: "get_self_service_v_sphere_configs_entities",
        method: http::Method::GET,
        path: "/selfService/vSphere/Configs",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VSphereSelfServiceConfigs"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VSphereSelfServiceConfigs xmlns=\"http://www.veeam.com/ent/v1.0\"></VSphereSelfServiceConfigs>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostSelfServiceVSphereConfigs,
        fn_name: "post_self_service_v_sphere_configs",
        method: http::Method::POST,
        path: "/selfService/vSphere/Configs",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("VSphereSelfServiceCreateSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VSphereSelfServiceCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><AccountName>AccountName</AccountName><RepositoryUid>urn:veeam:VSphereSelfServiceCreateSpec:00000000-0000-0000-0000-000000000001</RepositoryUid><QuotaGb>0</QuotaGb></VSphereSelfServiceCreateSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_selfservice_vsphere_configs.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteSelfServiceVSphereConfigsById,
        fn_name: "delete_self_service_v_sphere_configs_by_id",
        method: http::Method::DELETE,
        path: "/selfService/vSphere/Configs/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_selfservice_vsphere_configs_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSelfServiceVSphereConfigsById,
        fn_name: "get_self_service_v_sphere_configs_by_id",
        method: http::Method::GET,
        path: "/selfService/vSphere/Configs/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VSphereSelfServiceConfig"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VSphereSelfServiceConfig xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"VSphereSelfServiceConfig\" Name=\"VSphereSelfServiceConfig 1\" UID=\"urn:veeam:VSphereSelfServiceConfig:00000000-0000-0000-0000-000000000001\"><BackupServerUid>urn:veeam:VSphereSelfServiceConfig:00000000-0000-0000-0000-000000000001</BackupServerUid><RepositoryUid>urn:veeam:VSphereSelfServiceConfig:00000000-0000-0000-0000-000000000001</RepositoryUid><QuotaGb>0</QuotaGb><Account><AccountName>AccountName</AccountName><AccountType>User</AccountType></Account><JobSettings></JobSettings></VSphereSelfServiceConfig>",
        ),
        skeleton_json: Some(
            "{\"Account\":{\"AccountName\":\"AccountName\",\"AccountType\":\"User\"},\"BackupServerUid\":\"urn:veeam:VSphereSelfServiceConfig:00000000-0000-0000-0000-000000000001\",\"Href\":\"https://localhost:9398/api/\",\"JobSettings\":{},\"Name\":\"VSphereSelfServiceConfig 1\",\"QuotaGb\":0,\"RepositoryUid\":\"urn:veeam:VSphereSelfServiceConfig:00000000-0000-0000-0000-000000000001\",\"Type\":\"VSphereSelfServiceConfig\",\"UID\":\"urn:veeam:VSphereSelfServiceConfig:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutSelfServiceVSphereConfigsById,
        fn_name: "put_self_service_v_sphere_configs_by_id",
        method: http::Method::PUT,
        path: "/selfService/vSphere/Configs/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("VSphereSelfServiceConfig"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VSphereSelfServiceConfig xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"VSphereSelfServiceConfig\" Name=\"VSphereSelfServiceConfig 1\" UID=\"urn:veeam:VSphereSelfServiceConfig:00000000-0000-0000-0000-000000000001\"><BackupServerUid>urn:veeam:VSphereSelfServiceConfig:00000000-0000-0000-0000-000000000001</BackupServerUid><RepositoryUid>urn:veeam:VSphereSelfServiceConfig:00000000-0000-0000-0000-000000000001</RepositoryUid><QuotaGb>0</QuotaGb><Account><AccountName>AccountName</AccountName><AccountType>User</AccountType></Account><JobSettings></JobSettings></VSphereSelfServiceConfig>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_selfservice_vsphere_configs_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSelfServiceVSphereConfigsByIdBackupJobSettings,
        fn_name: "get_self_service_v_sphere_configs_by_id_backup_job_settings",
        method: http::Method::GET,
        path: "/selfService/vSphere/Configs/{ID}/backupJobSettings",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VSphereSelfServiceConfigJobSettings"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VSphereSelfServiceConfigJobSettings xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"VSphereSelfServiceConfigJobSettings\" Href=\"https://localhost:9398/api/\"></VSphereSelfServiceConfigJobSettings>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"VSphereSelfServiceConfigJobSettings\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id_backupjobsettings.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostSessionMngrVV17,
        fn_name: "post_session_mngr_v_v1_7",
        method: http::Method::POST,
        path: "/sessionMngr/",
        fixed_query: &[("v", "v1_7")],
        status: http::StatusCode::CREATED,
        request_root: None,
        response_root: Some("LogonSession"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><LogonSession xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"LogonSession\" Href=\"https://localhost:9398/api/\"></LogonSession>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"LogonSession\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_sessionmngr.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSystemSessions,
        fn_name: "get_system_sessions",
        method: http::Method::GET,
        path: "/systemSessions",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSystemSessionsEntities,
        fn_name: "get_system_sessions_entities",
        method: http::Method::GET,
        path: "/systemSessions",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("SystemSessions"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><SystemSessions xmlns=\"http://www.veeam.com/ent/v1.0\"></SystemSessions>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSystemSessionsById,
        fn_name: "get_system_sessions_by_id",
        method: http::Method::GET,
        path: "/systemSessions/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("SystemSession"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><SystemSession xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"SystemSession\" Name=\"SystemSession 1\" UID=\"urn:veeam:SystemSession:00000000-0000-0000-0000-000000000001\"></SystemSession>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"SystemSession 1\",\"Type\":\"SystemSession\",\"UID\":\"urn:veeam:SystemSession:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetSystemSessionsByIdEvents,
        fn_name: "get_system_sessions_by_id_events",
        method: http::Method::GET,
        path: "/systemSessions/{ID}/events",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("SystemSessionEvents"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><SystemSessionEvents xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"SystemSessionEvents\" Href=\"https://localhost:9398/api/\"></SystemSessionEvents>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"SystemSessionEvents\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions_id_events.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetTasks,
        fn_name: "get_tasks",
        method: http::Method::GET,
        path: "/tasks",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Tasks"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Tasks xmlns=\"http://www.veeam.com/ent/v1.0\"></Tasks>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_tasks.html"),
    },
    OperationInfo {
        operation: Operation::DeleteTasksById,
        fn_name: "delete_tasks_by_id",
        method: http::Method::DELETE,
        path: "/tasks/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_task_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetTasksById,
        fn_name: "get_tasks_by_id",
        method: http::Method::GET,
        path: "/tasks/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_tasks_id.html"),
    },
    OperationInfo {
        operation: Operation::GetVAppReplicaPoints,
        fn_name: "get_v_app_replica_points",
        method: http::Method::GET,
        path: "/vAppReplicaPoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vappreplicapoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVAppReplicaPointsEntities,
        fn_name: "get_v_app_replica_points_entities",
        method: http::Method::GET,
        path: "/vAppReplicaPoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VAppReplicaPoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VAppReplicaPoints xmlns=\"http://www.veeam.com/ent/v1.0\"></VAppReplicaPoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vappreplicapoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVAppReplicaPointsById,
        fn_name: "get_v_app_replica_points_by_id",
        method: http::Method::GET,
        path: "/vAppReplicaPoints/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VAppReplicaPoint"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VAppReplicaPoint xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"VAppReplicaPoint\" Href=\"https://localhost:9398/api/\" Name=\"VAppReplicaPoint 1\" UID=\"urn:veeam:VAppReplicaPoint:00000000-0000-0000-0000-000000000001\" VAppDisplayName=\"VAppDisplayName\"></VAppReplicaPoint>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"VAppReplicaPoint 1\",\"Type\":\"VAppReplicaPoint\",\"UID\":\"urn:veeam:VAppReplicaPoint:00000000-0000-0000-0000-000000000001\",\"VAppDisplayName\":\"VAppDisplayName\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vappreplicapoints_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostVAppReplicaPointsByIdFailover,
        fn_name: "post_v_app_replica_points_by_id_failover",
        method: http::Method::POST,
        path: "/vAppReplicaPoints/{ID}",
        fixed_query: &[("action", "failover")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_vappreplicapoints_id_actionfailover.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVAppRestorePoints,
        fn_name: "get_v_app_restore_points",
        method: http::Method::GET,
        path: "/vAppRestorePoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVAppRestorePointsEntities,
        fn_name: "get_v_app_restore_points_entities",
        method: http::Method::GET,
        path: "/vAppRestorePoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VAppRestorePoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VAppRestorePoints xmlns=\"http://www.veeam.com/ent/v1.0\"></VAppRestorePoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVAppRestorePointsById,
        fn_name: "get_v_app_restore_points_by_id",
        method: http::Method::GET,
        path: "/vAppRestorePoints/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VAppRestorePoint"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VAppRestorePoint xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"VAppRestorePoint\" Href=\"https://localhost:9398/api/\" Name=\"VAppRestorePoint 1\" UID=\"urn:veeam:VAppRestorePoint:00000000-0000-0000-0000-000000000001\" VAppDisplayName=\"VAppDisplayName\"></VAppRestorePoint>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"VAppRestorePoint 1\",\"Type\":\"VAppRestorePoint\",\"UID\":\"urn:veeam:VAppRestorePoint:00000000-0000-0000-0000-000000000001\",\"VAppDisplayName\":\"VAppDisplayName\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostVAppRestorePointsByIdRestore,
        fn_name: "post_v_app_restore_points_by_id_restore",
        method: http::Method::POST,
        path: "/vAppRestorePoints/{ID}",
        fixed_query: &[("action", "restore")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("RestoreSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><RestoreSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></RestoreSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_vapprestorepoints_id_actionrestore.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVCloud,
        fn_name: "get_v_cloud",
        method: http::Method::GET,
        path: "/vCloud",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VCloudService"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VCloudService xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"VCloudService\" Href=\"https://localhost:9398/api/\"></VCloudService>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"VCloudService\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some("https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud.html"),
    },
    OperationInfo {
        operation: Operation::GetVCloudOrgConfigs,
        fn_name: "get_v_cloud_org_configs",
        method: http::Method::GET,
        path: "/vCloud/orgConfigs",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVCloudOrgConfigsEntities,
        fn_name: "get_v_cloud_org_configs_entities",
        method: http::Method::GET,
        path: "/vCloud/orgConfigs",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VCloudOrganizationConfigs"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VCloudOrganizationConfigs xmlns=\"http://www.veeam.com/ent/v1.0\"></VCloudOrganizationConfigs>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostVCloudOrgConfigs,
        fn_name: "post_v_cloud_org_configs",
        method: http::Method::POST,
        path: "/vCloud/orgConfigs",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("VCloudOrganizationConfigCreateSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VCloudOrganizationConfigCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><OrganizationName>OrganizationName</OrganizationName><BackupServerUid>urn:veeam:VCloudOrganizationConfigCreateSpec:00000000-0000-0000-0000-000000000001</BackupServerUid><RepositoryUid>urn:veeam:VCloudOrganizationConfigCreateSpec:00000000-0000-0000-0000-000000000001</RepositoryUid><QuotaGb>0</QuotaGb><JobSchedulerType>Full</JobSchedulerType><HostUid>urn:veeam:VCloudOrganizationConfigCreateSpec:00000000-0000-0000-0000-000000000001</HostUid><RepositoryFriendlyName>RepositoryFriendlyName</RepositoryFriendlyName></VCloudOrganizationConfigCreateSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_vcloud_orgconfigs.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteVCloudOrgConfigsById,
        fn_name: "delete_v_cloud_org_configs_by_id",
        method: http::Method::DELETE,
        path: "/vCloud/orgConfigs/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vcloud_orgconfigs_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVCloudOrgConfigsById,
        fn_name: "get_v_cloud_org_configs_by_id",
        method: http::Method::GET,
        path: "/vCloud/orgConfigs/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VCloudOrganizationConfig"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VCloudOrganizationConfig xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"VCloudOrganizationConfig\" Name=\"VCloudOrganizationConfig 1\" UID=\"urn:veeam:VCloudOrganizationConfig:00000000-0000-0000-0000-000000000001\"><BackupServerUid>urn:veeam:VCloudOrganizationConfig:00000000-0000-0000-0000-000000000001</BackupServerUid><RepositoryUid>urn:veeam:VCloudOrganizationConfig:00000000-0000-0000-0000-000000000001</RepositoryUid><QuotaGb>0</QuotaGb><IsDisabled>false</IsDisabled><JobSettings></JobSettings><HostUid>urn:veeam:VCloudOrganizationConfig:00000000-0000-0000-0000-000000000001</HostUid><RepositoryFriendlyName>RepositoryFriendlyName</RepositoryFriendlyName></VCloudOrganizationConfig>",
        ),
        skeleton_json: Some(
            "{\"BackupServerUid\":\"urn:veeam:VCloudOrganizationConfig:00000000-0000-0000-0000-000000000001\",\"HostUid\":\"urn:veeam:VCloudOrganizationConfig:00000000-0000-0000-0000-000000000001\",\"Href\":\"https://localhost:9398/api/\",\"IsDisabled\":false,\"JobSettings\":{},\"Name\":\"VCloudOrganizationConfig 1\",\"QuotaGb\":0,\"RepositoryFriendlyName\":\"RepositoryFriendlyName\",\"RepositoryUid\":\"urn:veeam:VCloudOrganizationConfig:00000000-0000-0000-0000-000000000001\",\"Type\":\"VCloudOrganizationConfig\",\"UID\":\"urn:veeam:VCloudOrganizationConfig:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostVCloudOrgConfigsByIdDisable,
        fn_name: "post_v_cloud_org_configs_by_id_disable",
        method: http::Method::POST,
        path: "/vCloud/orgConfigs/{ID}",
        fixed_query: &[("action", "disable")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_vcloud_orgconfigs_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PutVCloudOrgConfigsById,
        fn_name: "put_v_cloud_org_configs_by_id",
        method: http::Method::PUT,
        path: "/vCloud/orgConfigs/{ID}",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("VCloudOrganizationConfig"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VCloudOrganizationConfig xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"VCloudOrganizationConfig\" Name=\"VCloudOrganizationConfig 1\" UID=\"urn:veeam:VCloudOrganizationConfig:00000000-0000-0000-0000-000000000001\"><BackupServerUid>urn:veeam:VCloudOrganizationConfig:00000000-0000-0000-0000-000000000001</BackupServerUid><RepositoryUid>urn:veeam:VCloudOrganizationConfig:00000000-0000-0000-0000-000000000001</RepositoryUid><QuotaGb>0</QuotaGb><IsDisabled>false</IsDisabled><JobSettings></JobSettings><HostUid>urn:veeam:VCloudOrganizationConfig:00000000-0000-0000-0000-000000000001</HostUid><RepositoryFriendlyName>RepositoryFriendlyName</RepositoryFriendlyName></VCloudOrganizationConfig>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/put_vcloud_orgconfigs_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVCloudOrgConfigsByIdBackupJobSettings,
        fn_name: "get_v_cloud_org_configs_by_id_backup_job_settings",
        method: http::Method::GET,
        path: "/vCloud/orgConfigs/{ID}/backupJobSettings",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("JobSettings"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><JobSettings xmlns=\"http://www.veeam.com/ent/v1.0\"><JobSchedulerType>Full</JobSchedulerType></JobSettings>",
        ),
        skeleton_json: Some("{\"JobSchedulerType\":\"Full\"}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs_id_backupjobsettings.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVmReplicaPoints,
        fn_name: "get_vm_replica_points",
        method: http::Method::GET,
        path: "/vmReplicaPoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVmReplicaPointsEntities,
        fn_name: "get_vm_replica_points_entities",
        method: http::Method::GET,
        path: "/vmReplicaPoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmReplicaPoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmReplicaPoints xmlns=\"http://www.veeam.com/ent/v1.0\"></VmReplicaPoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVmReplicaPointsById,
        fn_name: "get_vm_replica_points_by_id",
        method: http::Method::GET,
        path: "/vmReplicaPoints/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmReplicaPoint"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmReplicaPoint xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"VmReplicaPoint\" Href=\"https://localhost:9398/api/\" Name=\"VmReplicaPoint 1\" UID=\"urn:veeam:VmReplicaPoint:00000000-0000-0000-0000-000000000001\" VmDisplayName=\"VmDisplayName\"></VmReplicaPoint>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"VmReplicaPoint 1\",\"Type\":\"VmReplicaPoint\",\"UID\":\"urn:veeam:VmReplicaPoint:00000000-0000-0000-0000-000000000001\",\"VmDisplayName\":\"VmDisplayName\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostVmReplicaPointsByIdFailover,
        fn_name: "post_vm_replica_points_by_id_failover",
        method: http::Method::POST,
        path: "/vmReplicaPoints/{ID}",
        fixed_query: &[("action", "failover")],
        status: http::StatusCode::ACCEPTED,
        request_root: None,
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmreplicapoints_id_actionrestore.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVmReplicaPointsByIdMounts,
        fn_name: "get_vm_replica_points_by_id_mounts",
        method: http::Method::GET,
        path: "/vmReplicaPoints/{ID}/mounts",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmReplicaPointMounts"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmReplicaPointMounts xmlns=\"http://www.veeam.com/ent/v1.0\"></VmReplicaPointMounts>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostVmReplicaPointsByIdMounts,
        fn_name: "post_vm_replica_points_by_id_mounts",
        method: http::Method::POST,
        path: "/vmReplicaPoints/{ID}/mounts",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("PostVmReplicaPointsMountsSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><PostVmReplicaPointsMountsSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></PostVmReplicaPointsMountsSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmreplicapoints_id_mountpoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteVmReplicaPointsByIdMountsById,
        fn_name: "delete_vm_replica_points_by_id_mounts_by_id",
        method: http::Method::DELETE,
        path: "/vmReplicaPoints/{ID}/mounts/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vmreplicapoints_id_mountpoints_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVmReplicaPointsByIdMountsById,
        fn_name: "get_vm_replica_points_by_id_mounts_by_id",
        method: http::Method::GET,
        path: "/vmReplicaPoints/{ID}/mounts/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmReplicaPointMount"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmReplicaPointMount xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"VmReplicaPointMount\" Href=\"https://localhost:9398/api/\"></VmReplicaPointMount>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"VmReplicaPointMount\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVmReplicaPointsByIdMountsByIdByFilepath,
        fn_name: "get_vm_replica_points_by_id_mounts_by_id_by_filepath",
        method: http::Method::GET,
        path: "/vmReplicaPoints/{ID}/mounts/{ID}/{filepath}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("FileSystemEntry"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FileSystemEntry xmlns=\"http://www.veeam.com/ent/v1.0\"></FileSystemEntry>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints_id_filepath.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostVmReplicaPointsByIdMountsByIdByFilepathRestore,
        fn_name: "post_vm_replica_points_by_id_mounts_by_id_by_filepath_restore",
        method: http::Method::POST,
        path: "/vmReplicaPoints/{ID}/mounts/{ID}/{filepath}",
        fixed_query: &[("action", "restore")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("FileRestoreSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FileRestoreSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></FileRestoreSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmreplicapoints_id_mountpoints_id_filepath_actionrestore.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVmRestorePoints,
        fn_name: "get_vm_restore_points",
        method: http::Method::GET,
        path: "/vmRestorePoints",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVmRestorePointsEntities,
        fn_name: "get_vm_restore_points_entities",
        method: http::Method::GET,
        path: "/vmRestorePoints",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmRestorePoints"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmRestorePoints xmlns=\"http://www.veeam.com/ent/v1.0\"></VmRestorePoints>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVmRestorePointsById,
        fn_name: "get_vm_restore_points_by_id",
        method: http::Method::GET,
        path: "/vmRestorePoints/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmRestorePoint"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmRestorePoint xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"VmRestorePoint\" Href=\"https://localhost:9398/api/\" Name=\"VmRestorePoint 1\" UID=\"urn:veeam:VmRestorePoint:00000000-0000-0000-0000-000000000001\"></VmRestorePoint>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"VmRestorePoint 1\",\"Type\":\"VmRestorePoint\",\"UID\":\"urn:veeam:VmRestorePoint:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostVmRestorePointsByIdRestore,
        fn_name: "post_vm_restore_points_by_id_restore",
        method: http::Method::POST,
        path: "/vmRestorePoints/{ID}",
        fixed_query: &[("action", "restore")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("RestoreSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><RestoreSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></RestoreSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_actionrestore.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVmRestorePointsByIdMounts,
        fn_name: "get_vm_restore_points_by_id_mounts",
        method: http::Method::GET,
        path: "/vmRestorePoints/{ID}/mounts",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmRestorePointMounts"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmRestorePointMounts xmlns=\"http://www.veeam.com/ent/v1.0\"></VmRestorePointMounts>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostVmRestorePointsByIdMounts,
        fn_name: "post_vm_restore_points_by_id_mounts",
        method: http::Method::POST,
        path: "/vmRestorePoints/{ID}/mounts",
        fixed_query: &[],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("PostVmRestorePointsMountsSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><PostVmRestorePointsMountsSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></PostVmRestorePointsMountsSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_mountpoints.html",
        ),
    },
    OperationInfo {
        operation: Operation::DeleteVmRestorePointsByIdMountsById,
        fn_name: "delete_vm_restore_points_by_id_mounts_by_id",
        method: http::Method::DELETE,
        path: "/vmRestorePoints/{ID}/mounts/{ID}",
        fixed_query: &[],
        status: http::StatusCode::NO_CONTENT,
        request_root: None,
        response_root: None,
        skeleton_xml: None,
        skeleton_json: None,
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vmrestorepoints_id_mountpoints_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVmRestorePointsByIdMountsById,
        fn_name: "get_vm_restore_points_by_id_mounts_by_id",
        method: http::Method::GET,
        path: "/vmRestorePoints/{ID}/mounts/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("VmRestorePointMount"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><VmRestorePointMount xmlns=\"http://www.veeam.com/ent/v1.0\"></VmRestorePointMount>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints_id.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetVmRestorePointsByIdMountsByIdByFilepath,
        fn_name: "get_vm_restore_points_by_id_mounts_by_id_by_filepath",
        method: http::Method::GET,
        path: "/vmRestorePoints/{ID}/mounts/{ID}/{filepath}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("FileSystemEntries"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FileSystemEntries xmlns=\"http://www.veeam.com/ent/v1.0\"></FileSystemEntries>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints_id_filepath.html",
        ),
    },
    OperationInfo {
        operation: Operation::PostVmRestorePointsByIdMountsByIdByFilepathRestore,
        fn_name: "post_vm_restore_points_by_id_mounts_by_id_by_filepath_restore",
        method: http::Method::POST,
        path: "/vmRestorePoints/{ID}/mounts/{ID}/{filepath}",
        fixed_query: &[("action", "restore")],
        status: http::StatusCode::ACCEPTED,
        request_root: Some("FileRestoreSpec"),
        response_root: Some("Task"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Task xmlns=\"http://www.veeam.com/ent/v1.0\" Href=\"https://localhost:9398/api/\" Type=\"Task\"></Task>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Type\":\"Task\"}",
        ),
        request_skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><FileRestoreSpec xmlns=\"http://www.veeam.com/ent/v1.0\"></FileRestoreSpec>",
        ),
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_mountpoints_id_filepath_actionrestore.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetWanAccelerators,
        fn_name: "get_wan_accelerators",
        method: http::Method::GET,
        path: "/wanAccelerators",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("EntityReferences"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"></EntityReferences>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetWanAcceleratorsEntities,
        fn_name: "get_wan_accelerators_entities",
        method: http::Method::GET,
        path: "/wanAccelerators",
        fixed_query: &[("format", "Entity")],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("WanAccelerators"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><WanAccelerators xmlns=\"http://www.veeam.com/ent/v1.0\"></WanAccelerators>",
        ),
        skeleton_json: Some("{}"),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators.html",
        ),
    },
    OperationInfo {
        operation: Operation::GetWanAcceleratorsById,
        fn_name: "get_wan_accelerators_by_id",
        method: http::Method::GET,
        path: "/wanAccelerators/{ID}",
        fixed_query: &[],
        status: http::StatusCode::OK,
        request_root: None,
        response_root: Some("WanAccelerator"),
        skeleton_xml: Some(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><WanAccelerator xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"WanAccelerator\" Href=\"https://localhost:9398/api/\" Name=\"WanAccelerator 1\" UID=\"urn:veeam:WanAccelerator:00000000-0000-0000-0000-000000000001\"></WanAccelerator>",
        ),
        skeleton_json: Some(
            "{\"Href\":\"https://localhost:9398/api/\",\"Name\":\"WanAccelerator 1\",\"Type\":\"WanAccelerator\",\"UID\":\"urn:veeam:WanAccelerator:00000000-0000-0000-0000-000000000001\"}",
        ),
        request_skeleton_xml: None,
        query: false,
        doc_url: Some(
            "https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators_id.html",
        ),
    },
];
