// @generated — do not edit; run `cargo xtask codegen`
//! The query service's types (`GET /query?type=…`) and their filterable fields: what
//! [`Query`](crate::flows::Query) checks filter and sort fields against, and what the
//! generated `Client::get_query_<type>…` calls send.

/// A query type and the fields the docs list for filtering and sorting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueryType {
    /// The `type` parameter, e.g. `VmRestorePoint`.
    pub name: &'static str,
    /// The type of the entities `format=Entities` returns, in
    /// [`api::types`](crate::api::types) (`VmRestorePoint`), when a page names it.
    pub entity: Option<&'static str>,
    /// The fields, as the docs name them.
    pub fields: &'static [QueryField],
}

/// One filterable field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueryField {
    /// The name used in `filter=` and `sortAsc=`.
    pub name: &'static str,
    /// The documented type (`String`, `DateTime`, `UidType`, …).
    pub kind: &'static str,
    /// The documented values, when the docs list them.
    pub values: &'static [&'static str],
}

impl QueryType {
    /// The field named `name` (exact, then case-insensitive).
    pub fn field(&self, name: &str) -> Option<&'static QueryField> {
        self.fields
            .iter()
            .find(|f| f.name == name)
            .or_else(|| self.fields.iter().find(|f| f.name.eq_ignore_ascii_case(name)))
    }
}

/// `Query::new(query_types::JOB)` takes a query type as its name.
impl AsRef<str> for QueryType {
    fn as_ref(&self) -> &str {
        self.name
    }
}

/// `GET /query?type=AgentBackupJob`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_agent_backup_job`](crate::Client::get_query_agent_backup_job) (one page of references), [`Client::get_query_agent_backup_job_all`](crate::Client::get_query_agent_backup_job_all) (every page); entities as [`AgentBackupJob`](super::types::AgentBackupJob): [`Client::get_query_agent_backup_job_entities`](crate::Client::get_query_agent_backup_job_entities), [`Client::get_query_agent_backup_job_entities_all`](crate::Client::get_query_agent_backup_job_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
pub const AGENT_BACKUP_JOB: QueryType = QueryType {
    name: "AgentBackupJob",
    entity: Some("AgentBackupJob"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Description",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "JobType",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Platform",
            kind: "String",
            values: &["AgentForLinux", "AgentForWindows"],
        },
        QueryField {
            name: "ScheduleConfigured",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "ScheduleEnabled",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=AgentProtectionGroup`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_agent_protection_group`](crate::Client::get_query_agent_protection_group) (one page of references), [`Client::get_query_agent_protection_group_all`](crate::Client::get_query_agent_protection_group_all) (every page); entities as [`AgentProtectionGroup`](super::types::AgentProtectionGroup): [`Client::get_query_agent_protection_group_entities`](crate::Client::get_query_agent_protection_group_entities), [`Client::get_query_agent_protection_group_entities_all`](crate::Client::get_query_agent_protection_group_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
pub const AGENT_PROTECTION_GROUP: QueryType = QueryType {
    name: "AgentProtectionGroup",
    entity: Some("AgentProtectionGroup"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=AgentRestorePoint`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_agent_restore_point`](crate::Client::get_query_agent_restore_point) (one page of references), [`Client::get_query_agent_restore_point_all`](crate::Client::get_query_agent_restore_point_all) (every page); entities as [`AgentRestorePoint`](super::types::AgentRestorePoint): [`Client::get_query_agent_restore_point_entities`](crate::Client::get_query_agent_restore_point_entities), [`Client::get_query_agent_restore_point_entities_all`](crate::Client::get_query_agent_restore_point_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
pub const AGENT_RESTORE_POINT: QueryType = QueryType {
    name: "AgentRestorePoint",
    entity: Some("AgentRestorePoint"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "ComputerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Type",
            kind: "String",
            values: &["Full", "Increment"],
        },
        QueryField {
            name: "Algorithm",
            kind: "String",
            values: &["Full", "Incremental", "SyntheticFull"],
        },
        QueryField {
            name: "RestorePointId",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "RestorePointName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupFileUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupFileName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=Backup`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_backup`](crate::Client::get_query_backup) (one page of references), [`Client::get_query_backup_all`](crate::Client::get_query_backup_all) (every page); entities as [`Backup`](super::types::Backup): [`Client::get_query_backup_entities`](crate::Client::get_query_backup_entities), [`Client::get_query_backup_entities_all`](crate::Client::get_query_backup_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
pub const BACKUP: QueryType = QueryType {
    name: "Backup",
    entity: Some("Backup"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "JobUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "JobName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "RepositoryUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "RepositoryName",
            kind: "Name",
            values: &[],
        },
        QueryField {
            name: "Platform",
            kind: "String",
            values: &[
                "VMware",
                "HyperV",
                "vCloud",
                "AgentForLinux",
                "AgentForWindows",
                "CustomPlatform",
            ],
        },
        QueryField {
            name: "BackupType",
            kind: "String",
            values: &["Standard", "ParentBackup", "ChildBackup"],
        },
    ],
};

/// `GET /query?type=BackupFile`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_backup_file`](crate::Client::get_query_backup_file) (one page of references), [`Client::get_query_backup_file_all`](crate::Client::get_query_backup_file_all) (every page); entities as [`BackupFile`](super::types::BackupFile): [`Client::get_query_backup_file_entities`](crate::Client::get_query_backup_file_entities), [`Client::get_query_backup_file_entities_all`](crate::Client::get_query_backup_file_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
pub const BACKUP_FILE: QueryType = QueryType {
    name: "BackupFile",
    entity: Some("BackupFile"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTimeUTC",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "BackupSize",
            kind: "Long",
            values: &[],
        },
        QueryField {
            name: "DataSize",
            kind: "Long",
            values: &[],
        },
        QueryField {
            name: "CompressRatio",
            kind: "Double",
            values: &[],
        },
        QueryField {
            name: "FileType",
            kind: "String",
            values: &["vbk", "vib", "vrb"],
        },
        QueryField {
            name: "BackupUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=BackupJobSession`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_backup_job_session`](crate::Client::get_query_backup_job_session) (one page of references), [`Client::get_query_backup_job_session_all`](crate::Client::get_query_backup_job_session_all) (every page); entities as [`BackupJobSession`](super::types::BackupJobSession): [`Client::get_query_backup_job_session_entities`](crate::Client::get_query_backup_job_session_entities), [`Client::get_query_backup_job_session_entities_all`](crate::Client::get_query_backup_job_session_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
pub const BACKUP_JOB_SESSION: QueryType = QueryType {
    name: "BackupJobSession",
    entity: Some("BackupJobSession"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "JobType",
            kind: "String",
            values: &[
                "Backup",
                "BackupCopy",
                "ImmediateBackupCopy",
                "ImmediateBackupCopyWorker",
                "AgentBackup",
                "AgentManagement",
                "NasBackup",
            ],
        },
        QueryField {
            name: "JobUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "JobName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "EndTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "State",
            kind: "String",
            values: &[
                "Starting",
                "Stopping",
                "Working",
                "Pausing",
                "Resuming",
                "Stopped",
            ],
        },
        QueryField {
            name: "Result",
            kind: "String",
            values: &["Success", "Warning", "Failed"],
        },
        QueryField {
            name: "IsRetry",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=BackupServer`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_backup_server`](crate::Client::get_query_backup_server) (one page of references), [`Client::get_query_backup_server_all`](crate::Client::get_query_backup_server_all) (every page); entities as [`BackupServer`](super::types::BackupServer): [`Client::get_query_backup_server_entities`](crate::Client::get_query_backup_server_entities), [`Client::get_query_backup_server_entities_all`](crate::Client::get_query_backup_server_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
pub const BACKUP_SERVER: QueryType = QueryType {
    name: "BackupServer",
    entity: Some("BackupServer"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Description",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "IpOrDnsName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Port",
            kind: "Int64",
            values: &[],
        },
        QueryField {
            name: "Version",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=BackupTaskSession`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_backup_task_session`](crate::Client::get_query_backup_task_session) (one page of references), [`Client::get_query_backup_task_session_all`](crate::Client::get_query_backup_task_session_all) (every page); entities as [`BackupTaskSession`](super::types::BackupTaskSession): [`Client::get_query_backup_task_session_entities`](crate::Client::get_query_backup_task_session_entities), [`Client::get_query_backup_task_session_entities_all`](crate::Client::get_query_backup_task_session_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
pub const BACKUP_TASK_SESSION: QueryType = QueryType {
    name: "BackupTaskSession",
    entity: Some("BackupTaskSession"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "EndTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "State",
            kind: "String",
            values: &["InProgress", "Pending", "Completed"],
        },
        QueryField {
            name: "Result",
            kind: "String",
            values: &["Success", "Warning", "Failed"],
        },
        QueryField {
            name: "Reason",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "TotalSize",
            kind: "Long",
            values: &[],
        },
        QueryField {
            name: "JobSessionUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "JobUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "JobName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "VmDisplayName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=CdpPolicy`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cdp_policy`](crate::Client::get_query_cdp_policy) (one page of references), [`Client::get_query_cdp_policy_all`](crate::Client::get_query_cdp_policy_all) (every page); entities as [`CdpPolicy`](super::types::CdpPolicy): [`Client::get_query_cdp_policy_entities`](crate::Client::get_query_cdp_policy_entities), [`Client::get_query_cdp_policy_entities_all`](crate::Client::get_query_cdp_policy_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
pub const CDP_POLICY: QueryType = QueryType {
    name: "CdpPolicy",
    entity: Some("CdpPolicy"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Description",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "NextRun",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "ScheduleConfigured",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "ScheduleEnabled",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=CdpReplica`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cdp_replica`](crate::Client::get_query_cdp_replica) (one page of references), [`Client::get_query_cdp_replica_all`](crate::Client::get_query_cdp_replica_all) (every page); entities as [`CdpReplica`](super::types::CdpReplica): [`Client::get_query_cdp_replica_entities`](crate::Client::get_query_cdp_replica_entities), [`Client::get_query_cdp_replica_entities_all`](crate::Client::get_query_cdp_replica_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
pub const CDP_REPLICA: QueryType = QueryType {
    name: "CdpReplica",
    entity: Some("CdpReplica"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "PolicyId",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "PolicyName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=CdpReplicaSession`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cdp_replica_session`](crate::Client::get_query_cdp_replica_session) (one page of references), [`Client::get_query_cdp_replica_session_all`](crate::Client::get_query_cdp_replica_session_all) (every page); entities as [`CdpReplicaSession`](super::types::CdpReplicaSession): [`Client::get_query_cdp_replica_session_entities`](crate::Client::get_query_cdp_replica_session_entities), [`Client::get_query_cdp_replica_session_entities_all`](crate::Client::get_query_cdp_replica_session_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
pub const CDP_REPLICA_SESSION: QueryType = QueryType {
    name: "CdpReplicaSession",
    entity: Some("CdpReplicaSession"),
    fields: &[
        QueryField {
            name: "Id",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "PolicyUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "PolicyName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTimeUTC",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "EndTimeUTC",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "State",
            kind: "String",
            values: &[
                "Starting",
                "Stopping",
                "Working",
                "Pausing",
                "Resuming",
                "Stopped",
            ],
        },
        QueryField {
            name: "Result",
            kind: "String",
            values: &["Success", "Warning", "Failed"],
        },
        QueryField {
            name: "FailureMessage",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=CdpReplicaTaskSession`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cdp_replica_task_session`](crate::Client::get_query_cdp_replica_task_session) (one page of references), [`Client::get_query_cdp_replica_task_session_all`](crate::Client::get_query_cdp_replica_task_session_all) (every page); entities as [`CdpReplicaTaskSession`](super::types::CdpReplicaTaskSession): [`Client::get_query_cdp_replica_task_session_entities`](crate::Client::get_query_cdp_replica_task_session_entities), [`Client::get_query_cdp_replica_task_session_entities_all`](crate::Client::get_query_cdp_replica_task_session_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
pub const CDP_REPLICA_TASK_SESSION: QueryType = QueryType {
    name: "CdpReplicaTaskSession",
    entity: Some("CdpReplicaTaskSession"),
    fields: &[
        QueryField {
            name: "Id",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "PolicySessionUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "PolicySessionName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTimeUTC",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "EndTimeUTC",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "State",
            kind: "String",
            values: &["InProgress", "Pending", "Completed"],
        },
        QueryField {
            name: "Reason",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "TotalSize",
            kind: "Long",
            values: &[],
        },
        QueryField {
            name: "VmDisplayName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=CloudFailoverPlan`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cloud_failover_plan`](crate::Client::get_query_cloud_failover_plan) (one page of references), [`Client::get_query_cloud_failover_plan_all`](crate::Client::get_query_cloud_failover_plan_all) (every page); entities as [`CloudFailoverPlan`](super::types::CloudFailoverPlan): [`Client::get_query_cloud_failover_plan_entities`](crate::Client::get_query_cloud_failover_plan_entities), [`Client::get_query_cloud_failover_plan_entities_all`](crate::Client::get_query_cloud_failover_plan_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
pub const CLOUD_FAILOVER_PLAN: QueryType = QueryType {
    name: "CloudFailoverPlan",
    entity: Some("CloudFailoverPlan"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Description",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CloudTenantUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "CloudTenantName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=CloudFailoverSession`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cloud_failover_session`](crate::Client::get_query_cloud_failover_session) (one page of references), [`Client::get_query_cloud_failover_session_all`](crate::Client::get_query_cloud_failover_session_all) (every page); entities as [`CloudFailoverSession`](super::types::CloudFailoverSession): [`Client::get_query_cloud_failover_session_entities`](crate::Client::get_query_cloud_failover_session_entities), [`Client::get_query_cloud_failover_session_entities_all`](crate::Client::get_query_cloud_failover_session_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
pub const CLOUD_FAILOVER_SESSION: QueryType = QueryType {
    name: "CloudFailoverSession",
    entity: Some("CloudFailoverSession"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Type",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "EndTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "State",
            kind: "String",
            values: &["Starting", "Stopping", "Working", "Stopped"],
        },
        QueryField {
            name: "Result",
            kind: "String",
            values: &["Success", "Warning", "Failed"],
        },
        QueryField {
            name: "FailureMessage",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=CloudGateway`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cloud_gateway`](crate::Client::get_query_cloud_gateway) (one page of references), [`Client::get_query_cloud_gateway_all`](crate::Client::get_query_cloud_gateway_all) (every page); entities as [`CloudGateway`](super::types::CloudGateway): [`Client::get_query_cloud_gateway_entities`](crate::Client::get_query_cloud_gateway_entities), [`Client::get_query_cloud_gateway_entities_all`](crate::Client::get_query_cloud_gateway_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
pub const CLOUD_GATEWAY: QueryType = QueryType {
    name: "CloudGateway",
    entity: Some("CloudGateway"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Enabled",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "Description",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUId",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=CloudGatewayPool`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cloud_gateway_pool`](crate::Client::get_query_cloud_gateway_pool) (one page of references), [`Client::get_query_cloud_gateway_pool_all`](crate::Client::get_query_cloud_gateway_pool_all) (every page); entities as [`CloudGatewayPool`](super::types::CloudGatewayPool): [`Client::get_query_cloud_gateway_pool_entities`](crate::Client::get_query_cloud_gateway_pool_entities), [`Client::get_query_cloud_gateway_pool_entities_all`](crate::Client::get_query_cloud_gateway_pool_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
pub const CLOUD_GATEWAY_POOL: QueryType = QueryType {
    name: "CloudGatewayPool",
    entity: Some("CloudGatewayPool"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Description",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=CloudHardwarePlan`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cloud_hardware_plan`](crate::Client::get_query_cloud_hardware_plan) (one page of references), [`Client::get_query_cloud_hardware_plan_all`](crate::Client::get_query_cloud_hardware_plan_all) (every page); entities as [`CloudHardwarePlan`](super::types::CloudHardwarePlan): [`Client::get_query_cloud_hardware_plan_entities`](crate::Client::get_query_cloud_hardware_plan_entities), [`Client::get_query_cloud_hardware_plan_entities_all`](crate::Client::get_query_cloud_hardware_plan_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
pub const CLOUD_HARDWARE_PLAN: QueryType = QueryType {
    name: "CloudHardwarePlan",
    entity: Some("CloudHardwarePlan"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Platform",
            kind: "Boolean",
            values: &["VMware", "HyperV"],
        },
        QueryField {
            name: "BackupServerUId",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=CloudPublicIpAddress`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cloud_public_ip_address`](crate::Client::get_query_cloud_public_ip_address) (one page of references), [`Client::get_query_cloud_public_ip_address_all`](crate::Client::get_query_cloud_public_ip_address_all) (every page); entities as [`CloudPublicIpAddress`](super::types::CloudPublicIpAddress): [`Client::get_query_cloud_public_ip_address_entities`](crate::Client::get_query_cloud_public_ip_address_entities), [`Client::get_query_cloud_public_ip_address_entities_all`](crate::Client::get_query_cloud_public_ip_address_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
pub const CLOUD_PUBLIC_IP_ADDRESS: QueryType = QueryType {
    name: "CloudPublicIpAddress",
    entity: Some("CloudPublicIpAddress"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "IpAddress",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CloudTenantUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "CloudTenantName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUId",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=CloudReplica`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cloud_replica`](crate::Client::get_query_cloud_replica) (one page of references), [`Client::get_query_cloud_replica_all`](crate::Client::get_query_cloud_replica_all) (every page); entities as [`CloudReplica`](super::types::CloudReplica): [`Client::get_query_cloud_replica_entities`](crate::Client::get_query_cloud_replica_entities), [`Client::get_query_cloud_replica_entities_all`](crate::Client::get_query_cloud_replica_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
pub const CLOUD_REPLICA: QueryType = QueryType {
    name: "CloudReplica",
    entity: Some("CloudReplica"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Platform",
            kind: "String",
            values: &["VMware", "HyperV", "vCloud"],
        },
    ],
};

/// `GET /query?type=CloudSubtenant`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cloud_subtenant`](crate::Client::get_query_cloud_subtenant) (one page of references), [`Client::get_query_cloud_subtenant_all`](crate::Client::get_query_cloud_subtenant_all) (every page); entities as [`CloudSubtenant`](super::types::CloudSubtenant): [`Client::get_query_cloud_subtenant_entities`](crate::Client::get_query_cloud_subtenant_entities), [`Client::get_query_cloud_subtenant_entities_all`](crate::Client::get_query_cloud_subtenant_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
pub const CLOUD_SUBTENANT: QueryType = QueryType {
    name: "CloudSubtenant",
    entity: Some("CloudSubtenant"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CloudTenantUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "CloudTenantName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Disabled",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "Unlimited",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "Quota",
            kind: "Int",
            values: &[],
        },
        QueryField {
            name: "UsedQuota",
            kind: "Int",
            values: &[],
        },
        QueryField {
            name: "BackupResourceId",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=CloudTenant`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cloud_tenant`](crate::Client::get_query_cloud_tenant) (one page of references), [`Client::get_query_cloud_tenant_all`](crate::Client::get_query_cloud_tenant_all) (every page); entities as [`CloudTenant`](super::types::CloudTenant): [`Client::get_query_cloud_tenant_entities`](crate::Client::get_query_cloud_tenant_entities), [`Client::get_query_cloud_tenant_entities_all`](crate::Client::get_query_cloud_tenant_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
pub const CLOUD_TENANT: QueryType = QueryType {
    name: "CloudTenant",
    entity: Some("CloudTenant"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Enabled",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "BackupServerUId",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Type",
            kind: "CloudTenantType",
            values: &["vCD", "Standalone", "ActiveDirectory"],
        },
        QueryField {
            name: "OrganizationReference",
            kind: "HierarchyObjRefType",
            values: &[],
        },
    ],
};

/// `GET /query?type=CloudVmReplicaPoint`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_cloud_vm_replica_point`](crate::Client::get_query_cloud_vm_replica_point) (one page of references), [`Client::get_query_cloud_vm_replica_point_all`](crate::Client::get_query_cloud_vm_replica_point_all) (every page); entities as [`CloudVmReplicaPoint`](super::types::CloudVmReplicaPoint): [`Client::get_query_cloud_vm_replica_point_entities`](crate::Client::get_query_cloud_vm_replica_point_entities), [`Client::get_query_cloud_vm_replica_point_entities_all`](crate::Client::get_query_cloud_vm_replica_point_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
pub const CLOUD_VM_REPLICA_POINT: QueryType = QueryType {
    name: "CloudVmReplicaPoint",
    entity: Some("CloudVmReplicaPoint"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "VmName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Type",
            kind: "String",
            values: &["CDP", "Full", "ReverseIncrement", "Increment", "Snapshot"],
        },
        QueryField {
            name: "ReplicaUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "ReplicaName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "VmDisplayName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "State",
            kind: "String",
            values: &["Unknown", "Ready", "Failover", "Failback", "PermanentFailover"],
        },
    ],
};

/// `GET /query?type=Credentials`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_credentials`](crate::Client::get_query_credentials) (one page of references), [`Client::get_query_credentials_all`](crate::Client::get_query_credentials_all) (every page); entities as [`CredentialsInfo`](super::types::CredentialsInfo): [`Client::get_query_credentials_entities`](crate::Client::get_query_credentials_entities), [`Client::get_query_credentials_entities_all`](crate::Client::get_query_credentials_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
pub const CREDENTIALS: QueryType = QueryType {
    name: "Credentials",
    entity: Some("CredentialsInfo"),
    fields: &[
        QueryField {
            name: "Username",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Description",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "CredentialsId",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=DiscoveredComputer`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_discovered_computer`](crate::Client::get_query_discovered_computer) (one page of references), [`Client::get_query_discovered_computer_all`](crate::Client::get_query_discovered_computer_all) (every page); entities as [`DiscoveredComputer`](super::types::DiscoveredComputer): [`Client::get_query_discovered_computer_entities`](crate::Client::get_query_discovered_computer_entities), [`Client::get_query_discovered_computer_entities_all`](crate::Client::get_query_discovered_computer_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
pub const DISCOVERED_COMPUTER: QueryType = QueryType {
    name: "DiscoveredComputer",
    entity: Some("DiscoveredComputer"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "AgentVersion",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "AgentStatus",
            kind: "String",
            values: &["NotInstalled", "Installed", "UnsupportedOs", "Failed", "Exclude"],
        },
        QueryField {
            name: "OsVersion",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "IpAddress",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "ProtectionGroupUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "ProtectionGroupName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=FailoverPlan`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_failover_plan`](crate::Client::get_query_failover_plan) (one page of references), [`Client::get_query_failover_plan_all`](crate::Client::get_query_failover_plan_all) (every page); entities as [`FailoverPlan`](super::types::FailoverPlan): [`Client::get_query_failover_plan_entities`](crate::Client::get_query_failover_plan_entities), [`Client::get_query_failover_plan_entities_all`](crate::Client::get_query_failover_plan_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
pub const FAILOVER_PLAN: QueryType = QueryType {
    name: "FailoverPlan",
    entity: Some("FailoverPlan"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Description",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=FileServer`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_file_server`](crate::Client::get_query_file_server) (one page of references), [`Client::get_query_file_server_all`](crate::Client::get_query_file_server_all) (every page); entities as [`FileServer`](super::types::FileServer): [`Client::get_query_file_server_entities`](crate::Client::get_query_file_server_entities), [`Client::get_query_file_server_entities_all`](crate::Client::get_query_file_server_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
pub const FILE_SERVER: QueryType = QueryType {
    name: "FileServer",
    entity: Some("FileServer"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=HierarchyRoot`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_hierarchy_root`](crate::Client::get_query_hierarchy_root) (one page of references), [`Client::get_query_hierarchy_root_all`](crate::Client::get_query_hierarchy_root_all) (every page); entities as [`HierarchyRoot`](super::types::HierarchyRoot): [`Client::get_query_hierarchy_root_entities`](crate::Client::get_query_hierarchy_root_entities), [`Client::get_query_hierarchy_root_entities_all`](crate::Client::get_query_hierarchy_root_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
pub const HIERARCHY_ROOT: QueryType = QueryType {
    name: "HierarchyRoot",
    entity: Some("HierarchyRoot"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "UniqueId",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "HostType",
            kind: "String",
            values: &["ESX", "VC", "ESXi", "HvServer", "HvCluster", "Scvmm", "VcdSystem"],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=Job`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_job`](crate::Client::get_query_job) (one page of references), [`Client::get_query_job_all`](crate::Client::get_query_job_all) (every page); entities as [`Job`](super::types::Job): [`Client::get_query_job_entities`](crate::Client::get_query_job_entities), [`Client::get_query_job_entities_all`](crate::Client::get_query_job_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
pub const JOB: QueryType = QueryType {
    name: "Job",
    entity: Some("Job"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Description",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "NextRun",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "JobType",
            kind: "String",
            values: &["Backup", "BackupCopy", "ImmediateBackupCopy", "Replica"],
        },
        QueryField {
            name: "Platform",
            kind: "String",
            values: &["VMware", "Hyperv", "vCloud"],
        },
        QueryField {
            name: "ScheduleConfigured",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "ScheduleEnabled",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=ManagedServer`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_managed_server`](crate::Client::get_query_managed_server) (one page of references), [`Client::get_query_managed_server_all`](crate::Client::get_query_managed_server_all) (every page); entities as [`ManagedServer`](super::types::ManagedServer): [`Client::get_query_managed_server_entities`](crate::Client::get_query_managed_server_entities), [`Client::get_query_managed_server_entities_all`](crate::Client::get_query_managed_server_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
pub const MANAGED_SERVER: QueryType = QueryType {
    name: "ManagedServer",
    entity: Some("ManagedServer"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Description",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "ManagedServerType",
            kind: "String",
            values: &[
                "ESX",
                "VC",
                "Linux",
                "Local",
                "Windows",
                "ESXi",
                "HvServer",
                "HvCluster",
                "Scvmm",
                "BackupServer",
                "SanHost",
                "SmbServer",
                "SmbCluster",
                "VcdSystem",
                "Cloud",
                "AzureWinServer",
                "VmSnapshotStorageHost",
                "ConfigurationService",
                "ExternalInfrastructureProxy",
                "NdmpServer",
                "ExternalInfrastructureServer",
            ],
        },
    ],
};

/// `GET /query?type=NasJob`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_nas_job`](crate::Client::get_query_nas_job) (one page of references), [`Client::get_query_nas_job_all`](crate::Client::get_query_nas_job_all) (every page); entities as [`NasJob`](super::types::NasJob): [`Client::get_query_nas_job_entities`](crate::Client::get_query_nas_job_entities), [`Client::get_query_nas_job_entities_all`](crate::Client::get_query_nas_job_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
pub const NAS_JOB: QueryType = QueryType {
    name: "NasJob",
    entity: Some("NasJob"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Description",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "NextRun",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "ScheduleConfigured",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "ScheduleEnabled",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=NasObject`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_nas_object`](crate::Client::get_query_nas_object) (one page of references), [`Client::get_query_nas_object_all`](crate::Client::get_query_nas_object_all) (every page); entities as [`NasObject`](super::types::NasObject): [`Client::get_query_nas_object_entities`](crate::Client::get_query_nas_object_entities), [`Client::get_query_nas_object_entities_all`](crate::Client::get_query_nas_object_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
pub const NAS_OBJECT: QueryType = QueryType {
    name: "NasObject",
    entity: Some("NasObject"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "JobUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "JobName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "FileServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "FileServerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=ObjectInAgentBackupJob`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_object_in_agent_backup_job`](crate::Client::get_query_object_in_agent_backup_job) (one page of references), [`Client::get_query_object_in_agent_backup_job_all`](crate::Client::get_query_object_in_agent_backup_job_all) (every page); entities as [`ObjectInAgentBackupJob`](super::types::ObjectInAgentBackupJob): [`Client::get_query_object_in_agent_backup_job_entities`](crate::Client::get_query_object_in_agent_backup_job_entities), [`Client::get_query_object_in_agent_backup_job_entities_all`](crate::Client::get_query_object_in_agent_backup_job_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
pub const OBJECT_IN_AGENT_BACKUP_JOB: QueryType = QueryType {
    name: "ObjectInAgentBackupJob",
    entity: Some("ObjectInAgentBackupJob"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "DisplayName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "JobUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "JobName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "FileServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "FileServerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=ObjectInJob`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_object_in_job`](crate::Client::get_query_object_in_job) (one page of references), [`Client::get_query_object_in_job_all`](crate::Client::get_query_object_in_job_all) (every page); entities as [`ObjectInJob`](super::types::ObjectInJob): [`Client::get_query_object_in_job_entities`](crate::Client::get_query_object_in_job_entities), [`Client::get_query_object_in_job_entities_all`](crate::Client::get_query_object_in_job_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
pub const OBJECT_IN_JOB: QueryType = QueryType {
    name: "ObjectInJob",
    entity: Some("ObjectInJob"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "JobUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "JobName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=Passwords`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_passwords`](crate::Client::get_query_passwords) (one page of references), [`Client::get_query_passwords_all`](crate::Client::get_query_passwords_all) (every page); entities as [`PasswordKeyInfo`](super::types::PasswordKeyInfo): [`Client::get_query_passwords_entities`](crate::Client::get_query_passwords_entities), [`Client::get_query_passwords_entities_all`](crate::Client::get_query_passwords_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
pub const PASSWORDS: QueryType = QueryType {
    name: "Passwords",
    entity: Some("PasswordKeyInfo"),
    fields: &[
        QueryField {
            name: "PasswordKeyID",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Hint",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=Replica`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_replica`](crate::Client::get_query_replica) (one page of references), [`Client::get_query_replica_all`](crate::Client::get_query_replica_all) (every page); entities as [`Replica`](super::types::Replica): [`Client::get_query_replica_entities`](crate::Client::get_query_replica_entities), [`Client::get_query_replica_entities_all`](crate::Client::get_query_replica_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
pub const REPLICA: QueryType = QueryType {
    name: "Replica",
    entity: Some("Replica"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "JobUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "JobName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "RepositoryUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "RepositoryName",
            kind: "Name",
            values: &[],
        },
    ],
};

/// `GET /query?type=ReplicaJobSession`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_replica_job_session`](crate::Client::get_query_replica_job_session) (one page of references), [`Client::get_query_replica_job_session_all`](crate::Client::get_query_replica_job_session_all) (every page); entities as [`ReplicaJobSession`](super::types::ReplicaJobSession): [`Client::get_query_replica_job_session_entities`](crate::Client::get_query_replica_job_session_entities), [`Client::get_query_replica_job_session_entities_all`](crate::Client::get_query_replica_job_session_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
pub const REPLICA_JOB_SESSION: QueryType = QueryType {
    name: "ReplicaJobSession",
    entity: Some("ReplicaJobSession"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "JobType",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "JobUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "JobName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "EndTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "State",
            kind: "String",
            values: &[
                "Starting",
                "Stopping",
                "Working",
                "Pausing",
                "Resuming",
                "Stopped",
            ],
        },
        QueryField {
            name: "Result",
            kind: "String",
            values: &["Success", "Warning", "Failed"],
        },
        QueryField {
            name: "IsRetry",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=ReplicaTaskSession`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_replica_task_session`](crate::Client::get_query_replica_task_session) (one page of references), [`Client::get_query_replica_task_session_all`](crate::Client::get_query_replica_task_session_all) (every page); entities as [`ReplicaTaskSession`](super::types::ReplicaTaskSession): [`Client::get_query_replica_task_session_entities`](crate::Client::get_query_replica_task_session_entities), [`Client::get_query_replica_task_session_entities_all`](crate::Client::get_query_replica_task_session_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
pub const REPLICA_TASK_SESSION: QueryType = QueryType {
    name: "ReplicaTaskSession",
    entity: Some("ReplicaTaskSession"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "EndTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "State",
            kind: "String",
            values: &["InProgress", "Pending", "Completed"],
        },
        QueryField {
            name: "Result",
            kind: "String",
            values: &["Success", "Warning", "Failed"],
        },
        QueryField {
            name: "Reason",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "TotalSize",
            kind: "Long",
            values: &[],
        },
        QueryField {
            name: "JobSessionUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "JobUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "JobName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "VmDisplayName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=Repository`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_repository`](crate::Client::get_query_repository) (one page of references), [`Client::get_query_repository_all`](crate::Client::get_query_repository_all) (every page); entities as [`Repository`](super::types::Repository): [`Client::get_query_repository_entities`](crate::Client::get_query_repository_entities), [`Client::get_query_repository_entities_all`](crate::Client::get_query_repository_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
pub const REPOSITORY: QueryType = QueryType {
    name: "Repository",
    entity: Some("Repository"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "FreeSpace",
            kind: "Int64",
            values: &[],
        },
        QueryField {
            name: "Capacity",
            kind: "Int64",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=RestorePoint`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_restore_point`](crate::Client::get_query_restore_point) (one page of references), [`Client::get_query_restore_point_all`](crate::Client::get_query_restore_point_all) (every page); entities as [`RestorePoint`](super::types::RestorePoint): [`Client::get_query_restore_point_entities`](crate::Client::get_query_restore_point_entities), [`Client::get_query_restore_point_entities_all`](crate::Client::get_query_restore_point_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
pub const RESTORE_POINT: QueryType = QueryType {
    name: "RestorePoint",
    entity: Some("RestorePoint"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "BackupUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=RestoreSession`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_restore_session`](crate::Client::get_query_restore_session) (one page of references), [`Client::get_query_restore_session_all`](crate::Client::get_query_restore_session_all) (every page); entities as [`RestoreSession`](super::types::RestoreSession): [`Client::get_query_restore_session_entities`](crate::Client::get_query_restore_session_entities), [`Client::get_query_restore_session_entities_all`](crate::Client::get_query_restore_session_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
pub const RESTORE_SESSION: QueryType = QueryType {
    name: "RestoreSession",
    entity: Some("RestoreSession"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Type",
            kind: "String",
            values: &["FileLevelRestore", "RestoreVm"],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "EndTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "State",
            kind: "String",
            values: &["Starting", "Stopping", "Working", "Stopped"],
        },
        QueryField {
            name: "Result",
            kind: "String",
            values: &["Success", "Warning", "Failed"],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "VmDisplayName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=Task`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_task`](crate::Client::get_query_task) (one page of references), [`Client::get_query_task_all`](crate::Client::get_query_task_all) (every page); entities as [`Task`](super::types::Task): [`Client::get_query_task_entities`](crate::Client::get_query_task_entities), [`Client::get_query_task_entities_all`](crate::Client::get_query_task_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
pub const TASK: QueryType = QueryType {
    name: "Task",
    entity: Some("Task"),
    fields: &[
        QueryField {
            name: "TaskId",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "State",
            kind: "String",
            values: &["Running", "OperationFinished", "Finished"],
        },
        QueryField {
            name: "Operation",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=VCloudOrganizationConfig`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_v_cloud_organization_config`](crate::Client::get_query_v_cloud_organization_config) (one page of references), [`Client::get_query_v_cloud_organization_config_all`](crate::Client::get_query_v_cloud_organization_config_all) (every page); entities as [`VCloudOrganizationConfig`](super::types::VCloudOrganizationConfig): [`Client::get_query_v_cloud_organization_config_entities`](crate::Client::get_query_v_cloud_organization_config_entities), [`Client::get_query_v_cloud_organization_config_entities_all`](crate::Client::get_query_v_cloud_organization_config_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
pub const V_CLOUD_ORGANIZATION_CONFIG: QueryType = QueryType {
    name: "VCloudOrganizationConfig",
    entity: Some("VCloudOrganizationConfig"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "RepositoryUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "QuotaGb",
            kind: "Long",
            values: &[],
        },
        QueryField {
            name: "Disabled",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "JobSchedulerType",
            kind: "String",
            values: &["Full", "Partial", "Random", "Disabled"],
        },
        QueryField {
            name: "UsedQuota",
            kind: "Long",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "HostUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "RepositoryFriendlyName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=VlanConfiguration`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_vlan_configuration`](crate::Client::get_query_vlan_configuration) (one page of references), [`Client::get_query_vlan_configuration_all`](crate::Client::get_query_vlan_configuration_all) (every page); entities as [`VlanConfiguration`](super::types::VlanConfiguration): [`Client::get_query_vlan_configuration_entities`](crate::Client::get_query_vlan_configuration_entities), [`Client::get_query_vlan_configuration_entities_all`](crate::Client::get_query_vlan_configuration_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
pub const VLAN_CONFIGURATION: QueryType = QueryType {
    name: "VlanConfiguration",
    entity: Some("VlanConfiguration"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "SwitchName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "SwitchType",
            kind: "String",
            values: &["VirtualSwitch", "DistributedVirtualSwitch"],
        },
        QueryField {
            name: "SwitchId",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "ClusterName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "ClusterRef",
            kind: "HierarchyObjRefType",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=VmReplicaPoint`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_vm_replica_point`](crate::Client::get_query_vm_replica_point) (one page of references), [`Client::get_query_vm_replica_point_all`](crate::Client::get_query_vm_replica_point_all) (every page); entities as [`VmReplicaPoint`](super::types::VmReplicaPoint): [`Client::get_query_vm_replica_point_entities`](crate::Client::get_query_vm_replica_point_entities), [`Client::get_query_vm_replica_point_entities_all`](crate::Client::get_query_vm_replica_point_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
pub const VM_REPLICA_POINT: QueryType = QueryType {
    name: "VmReplicaPoint",
    entity: Some("VmReplicaPoint"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "Type",
            kind: "String",
            values: &["Full", "ReverseIncrement", "Increment", "Snapshot"],
        },
        QueryField {
            name: "Algorithm",
            kind: "String",
            values: &["Full", "ReversedIncremental", "Incremental", "SyntheticFull"],
        },
        QueryField {
            name: "ReplicaUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "ReplicaName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "VmDisplayName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=VmRestorePoint`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_vm_restore_point`](crate::Client::get_query_vm_restore_point) (one page of references), [`Client::get_query_vm_restore_point_all`](crate::Client::get_query_vm_restore_point_all) (every page); entities as [`VmRestorePoint`](super::types::VmRestorePoint): [`Client::get_query_vm_restore_point_entities`](crate::Client::get_query_vm_restore_point_entities), [`Client::get_query_vm_restore_point_entities_all`](crate::Client::get_query_vm_restore_point_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
pub const VM_RESTORE_POINT: QueryType = QueryType {
    name: "VmRestorePoint",
    entity: Some("VmRestorePoint"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "Type",
            kind: "String",
            values: &["Full", "Increment", "ReverseIncrement"],
        },
        QueryField {
            name: "Algorithm",
            kind: "String",
            values: &["Full", "ReversedIncremental", "Incremental", "SyntheticFull"],
        },
        QueryField {
            name: "RestorePointId",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "RestorePointName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "VmDisplayName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=VsphereSelfServiceConfig`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_vsphere_self_service_config`](crate::Client::get_query_vsphere_self_service_config) (one page of references), [`Client::get_query_vsphere_self_service_config_all`](crate::Client::get_query_vsphere_self_service_config_all) (every page); entities as [`VSphereSelfServiceConfig`](super::types::VSphereSelfServiceConfig): [`Client::get_query_vsphere_self_service_config_entities`](crate::Client::get_query_vsphere_self_service_config_entities), [`Client::get_query_vsphere_self_service_config_entities_all`](crate::Client::get_query_vsphere_self_service_config_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
pub const VSPHERE_SELF_SERVICE_CONFIG: QueryType = QueryType {
    name: "VsphereSelfServiceConfig",
    entity: Some("VSphereSelfServiceConfig"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "JobSchedulerType",
            kind: "String",
            values: &["Full", "Partial", "Random", "Disabled"],
        },
        QueryField {
            name: "AccountType",
            kind: "String",
            values: &["User", "Group"],
        },
        QueryField {
            name: "PerUser",
            kind: "Boolean",
            values: &["True", "False"],
        },
        QueryField {
            name: "QuotaGb",
            kind: "Long",
            values: &[],
        },
        QueryField {
            name: "RepositoryUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "UsedQuota",
            kind: "Long",
            values: &[],
        },
    ],
};

/// `GET /query?type=WanAccelerator`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_wan_accelerator`](crate::Client::get_query_wan_accelerator) (one page of references), [`Client::get_query_wan_accelerator_all`](crate::Client::get_query_wan_accelerator_all) (every page); entities as [`WanAccelerator`](super::types::WanAccelerator): [`Client::get_query_wan_accelerator_entities`](crate::Client::get_query_wan_accelerator_entities), [`Client::get_query_wan_accelerator_entities_all`](crate::Client::get_query_wan_accelerator_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
pub const WAN_ACCELERATOR: QueryType = QueryType {
    name: "WanAccelerator",
    entity: Some("WanAccelerator"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Capacity",
            kind: "Long",
            values: &[],
        },
        QueryField {
            name: "ConnectionsCount",
            kind: "Int",
            values: &[],
        },
        QueryField {
            name: "HighBandwidthModeEnabled",
            kind: "Boolean",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=vAppReplicaPoint`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_v_app_replica_point`](crate::Client::get_query_v_app_replica_point) (one page of references), [`Client::get_query_v_app_replica_point_all`](crate::Client::get_query_v_app_replica_point_all) (every page); entities as [`VAppReplicaPoint`](super::types::VAppReplicaPoint): [`Client::get_query_v_app_replica_point_entities`](crate::Client::get_query_v_app_replica_point_entities), [`Client::get_query_v_app_replica_point_entities_all`](crate::Client::get_query_v_app_replica_point_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
pub const V_APP_REPLICA_POINT: QueryType = QueryType {
    name: "vAppReplicaPoint",
    entity: Some("VAppReplicaPoint"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "vAppDisplayName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "vAppName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "Type",
            kind: "String",
            values: &["Full", "ReverseIncrement", "Increment", "Snapshot"],
        },
        QueryField {
            name: "Algorithm",
            kind: "String",
            values: &["Full", "ReversedIncremental", "Incremental", "SyntheticFull"],
        },
        QueryField {
            name: "ReplicaUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "ReplicaName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// `GET /query?type=vAppRestorePoint`: the fields it can be filtered and sorted on.
///
#[cfg_attr(
    feature = "query",
    doc = " Calls: [`Client::get_query_v_app_restore_point`](crate::Client::get_query_v_app_restore_point) (one page of references), [`Client::get_query_v_app_restore_point_all`](crate::Client::get_query_v_app_restore_point_all) (every page); entities as [`VAppRestorePoint`](super::types::VAppRestorePoint): [`Client::get_query_v_app_restore_point_entities`](crate::Client::get_query_v_app_restore_point_entities), [`Client::get_query_v_app_restore_point_entities_all`](crate::Client::get_query_v_app_restore_point_entities_all)."
)]
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
pub const V_APP_RESTORE_POINT: QueryType = QueryType {
    name: "vAppRestorePoint",
    entity: Some("VAppRestorePoint"),
    fields: &[
        QueryField {
            name: "UID",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "Name",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "CreationTime",
            kind: "DateTime",
            values: &[],
        },
        QueryField {
            name: "Type",
            kind: "String",
            values: &["Full", "Increment", "ReverseIncrement"],
        },
        QueryField {
            name: "Algorithm",
            kind: "String",
            values: &["Full", "ReversedIncremental", "Incremental", "SyntheticFull"],
        },
        QueryField {
            name: "RestorePointId",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "VAppDisplayName",
            kind: "String",
            values: &[],
        },
        QueryField {
            name: "BackupServerUid",
            kind: "UidType",
            values: &[],
        },
        QueryField {
            name: "BackupServerName",
            kind: "String",
            values: &[],
        },
    ],
};

/// Every query type, by name.
pub const ALL: &[QueryType] = &[
    AGENT_BACKUP_JOB,
    AGENT_PROTECTION_GROUP,
    AGENT_RESTORE_POINT,
    BACKUP,
    BACKUP_FILE,
    BACKUP_JOB_SESSION,
    BACKUP_SERVER,
    BACKUP_TASK_SESSION,
    CDP_POLICY,
    CDP_REPLICA,
    CDP_REPLICA_SESSION,
    CDP_REPLICA_TASK_SESSION,
    CLOUD_FAILOVER_PLAN,
    CLOUD_FAILOVER_SESSION,
    CLOUD_GATEWAY,
    CLOUD_GATEWAY_POOL,
    CLOUD_HARDWARE_PLAN,
    CLOUD_PUBLIC_IP_ADDRESS,
    CLOUD_REPLICA,
    CLOUD_SUBTENANT,
    CLOUD_TENANT,
    CLOUD_VM_REPLICA_POINT,
    CREDENTIALS,
    DISCOVERED_COMPUTER,
    FAILOVER_PLAN,
    FILE_SERVER,
    HIERARCHY_ROOT,
    JOB,
    MANAGED_SERVER,
    NAS_JOB,
    NAS_OBJECT,
    OBJECT_IN_AGENT_BACKUP_JOB,
    OBJECT_IN_JOB,
    PASSWORDS,
    REPLICA,
    REPLICA_JOB_SESSION,
    REPLICA_TASK_SESSION,
    REPOSITORY,
    RESTORE_POINT,
    RESTORE_SESSION,
    TASK,
    V_CLOUD_ORGANIZATION_CONFIG,
    VLAN_CONFIGURATION,
    VM_REPLICA_POINT,
    VM_RESTORE_POINT,
    VSPHERE_SELF_SERVICE_CONFIG,
    WAN_ACCELERATOR,
    V_APP_REPLICA_POINT,
    V_APP_RESTORE_POINT,
];

/// The query type named `name`.
pub fn by_name(name: &str) -> Option<&'static QueryType> {
    ALL.iter().find(|q| q.name == name)
}
