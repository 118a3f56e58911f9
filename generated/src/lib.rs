//! `veeam-em`: a typed client for the Veeam Backup Enterprise Manager REST API
//! (`https://<host>:9398/api`), generated from the help-center pages by `veeam-em-codegen`.
//!
//! This crate is a placeholder until the emitter lands: the model of the API it will be generated
//! from is built by `veeam-em-codegen ir` today.

/// The documented base path of the API, below the server's `https://<host>:9398`.
pub const API_BASE_PATH: &str = "/api";

/// The header that carries the session id on every request after logon.
pub const SESSION_HEADER: &str = "X-RestSvcSessionId";
