// @generated — do not edit; run `cargo xtask codegen`
//! Generated from 653 help-center pages: 349 operations, 328 types, 61 enums.
//!
//! Each area of the API is a Cargo feature, all on by default: an operation is compiled with its area, a type with any area whose operations reach it (`Link`, `Ref`, `Task` and what they use always; a type no operation reaches with `documented-only`). `monitoring` turns on reports, sessions.
//!
//! - `agents` (26 operations): Veeam Agent backups, jobs, protection groups and discovered computers
//! - `backup-servers` (19 operations): backup servers and what hangs on them
//! - `backups` (18 operations): backups, backup files and restore points (reading)
//! - `cdp` (27 operations): continuous data protection: policies, replicas and their sessions
//! - `cloud` (66 operations): Veeam Cloud Connect: tenants, gateways, hardware plans, failover
//! - `documented-only`: types the pages describe that no operation sends or returns (and what they use)
//! - `inventory` (6 operations): managed servers, hierarchy roots and the lookup service
//! - `jobs` (20 operations): jobs: list, edit, start, stop, included objects
//! - `logon` (4 operations): logon sessions (the client logs on by itself; this is their resource)
//! - `nas` (13 operations): file share (NAS) backups, jobs and restore
//! - `query` (50 operations): the query service (`GET /query?type=…`) and its typed calls
//! - `replication` (19 operations): replicas, replica restore points and failover plans
//! - `reports` (6 operations): summary reports
//! - `repositories` (7 operations): backup repositories, external repositories and WAN accelerators
//! - `restore` (16 operations): restore: restore actions on restore points, mounts, the guest file catalog
//! - `security` (17 operations): security: accounts, roles and scopes
//! - `self-service` (15 operations): self-service portals: vCloud Director organizations, vSphere self-service
//! - `sessions` (20 operations): job, task, replica, restore and system sessions, and tasks

pub mod builders;

pub mod enums;

mod links;

pub mod operations;

pub mod query_types;

pub mod types;
