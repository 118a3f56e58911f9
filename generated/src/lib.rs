//! `veeam-em`: a typed client for the Veeam Backup Enterprise Manager REST API
//! (`https://<host>:9398/api`), generated from the help-center pages by `veeam-em-codegen`.
//!
//! The API's types and operations are generated into [`api`]; they call the
//! hand-written [`runtime`]: the HTTP [`Client`] (session header `X-RestSvcSessionId`, bodies in
//! XML or JSON per [`Format`]), the XML and JSON codecs, and the value types [`Uid`],
//! [`DateTime`] and [`Url`].
//!
//! ```no_run
//! # async fn demo() -> Result<(), veeam_em::Error> {
//! use veeam_em::runtime::{Method, Request};
//! use veeam_em::{Client, Format};
//!
//! let mut client = Client::new("https://em.example:9398/api")?.with_format(Format::Xml);
//! client.set_session_id("…");
//! let response = client
//!     .send(Request {
//!         operation: "GET /jobs",
//!         method: Method::Get,
//!         path: "/jobs".into(),
//!         query: vec![],
//!         body: None,
//!         expect: &[200],
//!     })
//!     .await?;
//! println!("{} bytes", response.body.len());
//! # Ok(())
//! # }
//! ```
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
pub use runtime::{DateTime, DecodeError, Error, Format, Method, Uid, Url};

/// The documented base path of the API, below the server's `https://<host>:9398`.
pub const API_BASE_PATH: &str = "/api";
