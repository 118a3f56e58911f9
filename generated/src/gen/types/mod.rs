// @generated — do not edit; run `cargo xtask codegen`
//! The API's types: XML through `FromXml`/`ToXml`, JSON through serde, from the same
//! struct. Fields a document may leave out are `Option`; lists are `Vec`. Each type is
//! compiled with the features whose operations use it (see [`crate::api`]).

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "agents")]
mod agents;

#[cfg(feature = "agents")]
#[allow(unused_imports)]
pub use agents::*;

#[cfg(any(feature = "agents", feature = "backups"))]
mod agents_backups;

#[cfg(any(feature = "agents", feature = "backups"))]
#[allow(unused_imports)]
pub use agents_backups::*;

#[cfg(any(feature = "agents", feature = "backups", feature = "query"))]
mod agents_backups_query;

#[cfg(any(feature = "agents", feature = "backups", feature = "query"))]
#[allow(unused_imports)]
pub use agents_backups_query::*;

#[cfg(
    any(
        feature = "agents",
        feature = "backups",
        feature = "query",
        feature = "repositories"
    )
)]
mod agents_backups_query_repositories;

#[cfg(
    any(
        feature = "agents",
        feature = "backups",
        feature = "query",
        feature = "repositories"
    )
)]
#[allow(unused_imports)]
pub use agents_backups_query_repositories::*;

#[cfg(any(feature = "agents", feature = "backups", feature = "repositories"))]
mod agents_backups_repositories;

#[cfg(any(feature = "agents", feature = "backups", feature = "repositories"))]
#[allow(unused_imports)]
pub use agents_backups_repositories::*;

#[cfg(any(feature = "agents", feature = "cdp", feature = "jobs", feature = "query"))]
mod agents_cdp_jobs_query;

#[cfg(any(feature = "agents", feature = "cdp", feature = "jobs", feature = "query"))]
#[allow(unused_imports)]
pub use agents_cdp_jobs_query::*;

#[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
mod agents_jobs_query;

#[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
#[allow(unused_imports)]
pub use agents_jobs_query::*;

#[cfg(any(feature = "agents", feature = "query"))]
mod agents_query;

#[cfg(any(feature = "agents", feature = "query"))]
#[allow(unused_imports)]
pub use agents_query::*;

#[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
mod agents_replication_restore;

#[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
#[allow(unused_imports)]
pub use agents_replication_restore::*;

#[cfg(any(feature = "agents", feature = "restore"))]
mod agents_restore;

#[cfg(any(feature = "agents", feature = "restore"))]
#[allow(unused_imports)]
pub use agents_restore::*;

#[cfg(feature = "backup-servers")]
mod backup_servers;

#[cfg(feature = "backup-servers")]
#[allow(unused_imports)]
pub use backup_servers::*;

#[cfg(any(feature = "backup-servers", feature = "query"))]
mod backup_servers_query;

#[cfg(any(feature = "backup-servers", feature = "query"))]
#[allow(unused_imports)]
pub use backup_servers_query::*;

#[cfg(any(feature = "backup-servers", feature = "repositories"))]
mod backup_servers_repositories;

#[cfg(any(feature = "backup-servers", feature = "repositories"))]
#[allow(unused_imports)]
pub use backup_servers_repositories::*;

#[cfg(feature = "backups")]
mod backups;

#[cfg(feature = "backups")]
#[allow(unused_imports)]
pub use backups::*;

#[cfg(any(feature = "backups", feature = "cdp", feature = "query"))]
mod backups_cdp_query;

#[cfg(any(feature = "backups", feature = "cdp", feature = "query"))]
#[allow(unused_imports)]
pub use backups_cdp_query::*;

#[cfg(any(feature = "backups", feature = "query"))]
mod backups_query;

#[cfg(any(feature = "backups", feature = "query"))]
#[allow(unused_imports)]
pub use backups_query::*;

#[cfg(any(feature = "backups", feature = "query", feature = "restore"))]
mod backups_query_restore;

#[cfg(any(feature = "backups", feature = "query", feature = "restore"))]
#[allow(unused_imports)]
pub use backups_query_restore::*;

#[cfg(any(feature = "backups", feature = "restore"))]
mod backups_restore;

#[cfg(any(feature = "backups", feature = "restore"))]
#[allow(unused_imports)]
pub use backups_restore::*;

#[cfg(feature = "cdp")]
mod cdp;

#[cfg(feature = "cdp")]
#[allow(unused_imports)]
pub use cdp::*;

#[cfg(any(feature = "cdp", feature = "jobs"))]
mod cdp_jobs;

#[cfg(any(feature = "cdp", feature = "jobs"))]
#[allow(unused_imports)]
pub use cdp_jobs::*;

#[cfg(any(feature = "cdp", feature = "query"))]
mod cdp_query;

#[cfg(any(feature = "cdp", feature = "query"))]
#[allow(unused_imports)]
pub use cdp_query::*;

#[cfg(feature = "cloud")]
mod cloud;

#[cfg(feature = "cloud")]
#[allow(unused_imports)]
pub use cloud::*;

#[cfg(any(feature = "cloud", feature = "documented-only", feature = "query"))]
mod cloud_documented_only_query;

#[cfg(any(feature = "cloud", feature = "documented-only", feature = "query"))]
#[allow(unused_imports)]
pub use cloud_documented_only_query::*;

#[cfg(any(feature = "cloud", feature = "query"))]
mod cloud_query;

#[cfg(any(feature = "cloud", feature = "query"))]
#[allow(unused_imports)]
pub use cloud_query::*;

#[cfg(any(feature = "cloud", feature = "query", feature = "replication"))]
mod cloud_query_replication;

#[cfg(any(feature = "cloud", feature = "query", feature = "replication"))]
#[allow(unused_imports)]
pub use cloud_query_replication::*;

#[cfg(any(feature = "cloud", feature = "replication"))]
mod cloud_replication;

#[cfg(any(feature = "cloud", feature = "replication"))]
#[allow(unused_imports)]
pub use cloud_replication::*;

mod common;

#[allow(unused_imports)]
pub use common::*;

#[cfg(feature = "documented-only")]
mod documented_only;

#[cfg(feature = "documented-only")]
#[allow(unused_imports)]
pub use documented_only::*;

#[cfg(any(feature = "documented-only", feature = "restore"))]
mod documented_only_restore;

#[cfg(any(feature = "documented-only", feature = "restore"))]
#[allow(unused_imports)]
pub use documented_only_restore::*;

#[cfg(feature = "inventory")]
mod inventory;

#[cfg(feature = "inventory")]
#[allow(unused_imports)]
pub use inventory::*;

#[cfg(any(feature = "inventory", feature = "query"))]
mod inventory_query;

#[cfg(any(feature = "inventory", feature = "query"))]
#[allow(unused_imports)]
pub use inventory_query::*;

#[cfg(feature = "jobs")]
mod jobs;

#[cfg(feature = "jobs")]
#[allow(unused_imports)]
pub use jobs::*;

#[cfg(any(feature = "jobs", feature = "query"))]
mod jobs_query;

#[cfg(any(feature = "jobs", feature = "query"))]
#[allow(unused_imports)]
pub use jobs_query::*;

#[cfg(feature = "logon")]
mod logon;

#[cfg(feature = "logon")]
#[allow(unused_imports)]
pub use logon::*;

#[cfg(feature = "nas")]
mod nas;

#[cfg(feature = "nas")]
#[allow(unused_imports)]
pub use nas::*;

#[cfg(any(feature = "nas", feature = "query"))]
mod nas_query;

#[cfg(any(feature = "nas", feature = "query"))]
#[allow(unused_imports)]
pub use nas_query::*;

#[cfg(any(feature = "nas", feature = "query", feature = "sessions"))]
mod nas_query_sessions;

#[cfg(any(feature = "nas", feature = "query", feature = "sessions"))]
#[allow(unused_imports)]
pub use nas_query_sessions::*;

#[cfg(any(feature = "nas", feature = "sessions"))]
mod nas_sessions;

#[cfg(any(feature = "nas", feature = "sessions"))]
#[allow(unused_imports)]
pub use nas_sessions::*;

#[cfg(feature = "query")]
mod query;

#[cfg(feature = "query")]
#[allow(unused_imports)]
pub use query::*;

#[cfg(any(feature = "query", feature = "replication"))]
mod query_replication;

#[cfg(any(feature = "query", feature = "replication"))]
#[allow(unused_imports)]
pub use query_replication::*;

#[cfg(any(feature = "query", feature = "repositories"))]
mod query_repositories;

#[cfg(any(feature = "query", feature = "repositories"))]
#[allow(unused_imports)]
pub use query_repositories::*;

#[cfg(any(feature = "query", feature = "self-service"))]
mod query_self_service;

#[cfg(any(feature = "query", feature = "self-service"))]
#[allow(unused_imports)]
pub use query_self_service::*;

#[cfg(any(feature = "query", feature = "sessions"))]
mod query_sessions;

#[cfg(any(feature = "query", feature = "sessions"))]
#[allow(unused_imports)]
pub use query_sessions::*;

#[cfg(feature = "replication")]
mod replication;

#[cfg(feature = "replication")]
#[allow(unused_imports)]
pub use replication::*;

#[cfg(any(feature = "replication", feature = "restore"))]
mod replication_restore;

#[cfg(any(feature = "replication", feature = "restore"))]
#[allow(unused_imports)]
pub use replication_restore::*;

#[cfg(feature = "reports")]
mod reports;

#[cfg(feature = "reports")]
#[allow(unused_imports)]
pub use reports::*;

#[cfg(feature = "repositories")]
mod repositories;

#[cfg(feature = "repositories")]
#[allow(unused_imports)]
pub use repositories::*;

#[cfg(feature = "restore")]
mod restore;

#[cfg(feature = "restore")]
#[allow(unused_imports)]
pub use restore::*;

#[cfg(feature = "security")]
mod security;

#[cfg(feature = "security")]
#[allow(unused_imports)]
pub use security::*;

#[cfg(feature = "self-service")]
mod self_service;

#[cfg(feature = "self-service")]
#[allow(unused_imports)]
pub use self_service::*;

#[cfg(feature = "sessions")]
mod sessions;

#[cfg(feature = "sessions")]
#[allow(unused_imports)]
pub use sessions::*;

#[cfg(
    any(
        feature = "agents",
        feature = "cdp",
        feature = "jobs",
        feature = "query",
        feature = "replication"
    )
)]
mod shared_065c45c8;

#[cfg(
    any(
        feature = "agents",
        feature = "cdp",
        feature = "jobs",
        feature = "query",
        feature = "replication"
    )
)]
#[allow(unused_imports)]
pub use shared_065c45c8::*;

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
mod shared_664d58b1;

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
#[allow(unused_imports)]
pub use shared_664d58b1::*;

#[cfg(
    any(
        feature = "agents",
        feature = "cdp",
        feature = "jobs",
        feature = "nas",
        feature = "query"
    )
)]
mod shared_8fe79ac4;

#[cfg(
    any(
        feature = "agents",
        feature = "cdp",
        feature = "jobs",
        feature = "nas",
        feature = "query"
    )
)]
#[allow(unused_imports)]
pub use shared_8fe79ac4::*;

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
mod shared_f3ea748e;

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
#[allow(unused_imports)]
pub use shared_f3ea748e::*;

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
mod shared_fc8865c5;

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
#[allow(unused_imports)]
pub use shared_fc8865c5::*;
