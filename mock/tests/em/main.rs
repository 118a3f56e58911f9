//! The mock over real HTTP(S), driven with reqwest (not the veeam-em client).
//!
//! One test binary, one module per area, so the workspace links one executable.

mod common;

mod faults;
mod query;
mod restore_flow;
mod robustness;
mod session;
mod tls;
