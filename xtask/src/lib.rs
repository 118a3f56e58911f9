//! Workspace tasks behind `cargo xtask`; the binary in `main.rs` is the command line.

pub mod bench_build;
pub mod changelog;
pub mod codegen;
pub mod fetch;
pub mod progenitor;
pub mod schemathesis;
