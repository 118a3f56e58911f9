//! Workspace tasks behind `cargo xtask`; the binary in `main.rs` is the command line.

pub mod codegen;
pub mod fetch;
