#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

/// The hand-written runtime (its own crate, `veeam-em-runtime`): the generated code calls it as
/// `crate::runtime`.
pub use veeam_em_runtime as runtime;

/// Hand-written flows on top of the generated API: waiting for tasks, following links, queries.
pub mod flows;

/// The generated API: [`api::types`], [`api::enums`] and one method on [`Client`] per
/// documented operation (`api::operations`). Written by `cargo xtask codegen` into `src/gen/`.
// Formatted by the generator (prettyplease), byte for byte what `cargo xtask codegen --check`
// compares: rustfmt must not reformat it.
#[rustfmt::skip]
#[path = "gen/mod.rs"]
pub mod api;

mod client;
pub use client::{Client, ClientBuilder};
pub use runtime::client::SESSION_HEADER;
pub use runtime::session::{Credentials, Password};
pub use runtime::{DateTime, DecodeError, Error, Format, Method, StatusCode, Uid, Url};

/// The documented base path of the API, below the server's `https://<host>:9398`.
pub const API_BASE_PATH: &str = "/api";
