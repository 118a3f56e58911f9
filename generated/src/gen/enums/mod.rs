// @generated — do not edit; run `cargo xtask codegen`
//! Enums from the documented "Possible values"; each keeps unknown values in `Other`.

#[allow(unused_imports)]
use super::*;

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

#[cfg(any(feature = "agents", feature = "query"))]
mod agents_query;

#[cfg(any(feature = "agents", feature = "query"))]
#[allow(unused_imports)]
pub use agents_query::*;

#[cfg(feature = "backup-servers")]
mod backup_servers;

#[cfg(feature = "backup-servers")]
#[allow(unused_imports)]
pub use backup_servers::*;

#[cfg(any(feature = "backup-servers", feature = "repositories"))]
mod backup_servers_repositories;

#[cfg(any(feature = "backup-servers", feature = "repositories"))]
#[allow(unused_imports)]
pub use backup_servers_repositories::*;

#[cfg(any(feature = "backups", feature = "query", feature = "restore"))]
mod backups_query_restore;

#[cfg(any(feature = "backups", feature = "query", feature = "restore"))]
#[allow(unused_imports)]
pub use backups_query_restore::*;

#[cfg(any(feature = "cdp", feature = "nas", feature = "query", feature = "sessions"))]
mod cdp_nas_query_sessions;

#[cfg(any(feature = "cdp", feature = "nas", feature = "query", feature = "sessions"))]
#[allow(unused_imports)]
pub use cdp_nas_query_sessions::*;

#[cfg(any(feature = "cdp", feature = "query"))]
mod cdp_query;

#[cfg(any(feature = "cdp", feature = "query"))]
#[allow(unused_imports)]
pub use cdp_query::*;

#[cfg(any(feature = "cdp", feature = "query", feature = "sessions"))]
mod cdp_query_sessions;

#[cfg(any(feature = "cdp", feature = "query", feature = "sessions"))]
#[allow(unused_imports)]
pub use cdp_query_sessions::*;

#[cfg(feature = "cloud")]
mod cloud;

#[cfg(feature = "cloud")]
#[allow(unused_imports)]
pub use cloud::*;

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

#[cfg(any(feature = "cloud", feature = "query", feature = "sessions"))]
mod cloud_query_sessions;

#[cfg(any(feature = "cloud", feature = "query", feature = "sessions"))]
#[allow(unused_imports)]
pub use cloud_query_sessions::*;

mod common;

#[allow(unused_imports)]
pub use common::*;

#[cfg(any(feature = "documented-only", feature = "query", feature = "self-service"))]
mod documented_only_query_self_service;

#[cfg(any(feature = "documented-only", feature = "query", feature = "self-service"))]
#[allow(unused_imports)]
pub use documented_only_query_self_service::*;

#[cfg(any(feature = "inventory", feature = "query"))]
mod inventory_query;

#[cfg(any(feature = "inventory", feature = "query"))]
#[allow(unused_imports)]
pub use inventory_query::*;

#[cfg(any(feature = "jobs", feature = "query"))]
mod jobs_query;

#[cfg(any(feature = "jobs", feature = "query"))]
#[allow(unused_imports)]
pub use jobs_query::*;

#[cfg(
    any(
        feature = "jobs",
        feature = "query",
        feature = "replication",
        feature = "security"
    )
)]
mod jobs_query_replication_security;

#[cfg(
    any(
        feature = "jobs",
        feature = "query",
        feature = "replication",
        feature = "security"
    )
)]
#[allow(unused_imports)]
pub use jobs_query_replication_security::*;

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

#[cfg(any(feature = "replication", feature = "restore"))]
mod replication_restore;

#[cfg(any(feature = "replication", feature = "restore"))]
#[allow(unused_imports)]
pub use replication_restore::*;

#[cfg(feature = "security")]
mod security;

#[cfg(feature = "security")]
#[allow(unused_imports)]
pub use security::*;

#[cfg(feature = "sessions")]
mod sessions;

#[cfg(feature = "sessions")]
#[allow(unused_imports)]
pub use sessions::*;

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
        feature = "cdp",
        feature = "cloud",
        feature = "nas",
        feature = "query",
        feature = "sessions"
    )
)]
mod shared_72fd67a2;

#[cfg(
    any(
        feature = "cdp",
        feature = "cloud",
        feature = "nas",
        feature = "query",
        feature = "sessions"
    )
)]
#[allow(unused_imports)]
pub use shared_72fd67a2::*;

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
        feature = "backups",
        feature = "cloud",
        feature = "query",
        feature = "replication",
        feature = "restore"
    )
)]
mod shared_c16a5dd1;

#[cfg(
    any(
        feature = "backups",
        feature = "cloud",
        feature = "query",
        feature = "replication",
        feature = "restore"
    )
)]
#[allow(unused_imports)]
pub use shared_c16a5dd1::*;
