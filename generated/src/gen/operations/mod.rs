// @generated — do not edit; run `cargo xtask codegen`
//! One method on [`Client`](crate::Client) per documented operation, in one module per
//! area of the API, each behind its Cargo feature (see [`crate::api`]).

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "agents")]
mod agents;

#[cfg(feature = "agents")]
#[allow(unused_imports)]
pub use agents::*;

#[cfg(feature = "backup-servers")]
mod backup_servers;

#[cfg(feature = "backup-servers")]
#[allow(unused_imports)]
pub use backup_servers::*;

#[cfg(feature = "backups")]
mod backups;

#[cfg(feature = "backups")]
#[allow(unused_imports)]
pub use backups::*;

#[cfg(feature = "cdp")]
mod cdp;

#[cfg(feature = "cdp")]
#[allow(unused_imports)]
pub use cdp::*;

#[cfg(feature = "cloud")]
mod cloud;

#[cfg(feature = "cloud")]
#[allow(unused_imports)]
pub use cloud::*;

#[cfg(feature = "inventory")]
mod inventory;

#[cfg(feature = "inventory")]
#[allow(unused_imports)]
pub use inventory::*;

#[cfg(feature = "jobs")]
mod jobs;

#[cfg(feature = "jobs")]
#[allow(unused_imports)]
pub use jobs::*;

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

#[cfg(feature = "query")]
mod query;

#[cfg(feature = "query")]
#[allow(unused_imports)]
pub use query::*;

#[cfg(feature = "replication")]
mod replication;

#[cfg(feature = "replication")]
#[allow(unused_imports)]
pub use replication::*;

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
