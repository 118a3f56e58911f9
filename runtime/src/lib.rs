//! `veeam-em-runtime`: the hand-written runtime the generated `veeam-em` crate calls — the HTTP
//! [`Client`] (session header `X-RestSvcSessionId`, logon and re-logon), the XML and JSON codecs,
//! the value types ([`Uid`], [`DateTime`], [`Url`]), errors and TLS.
//!
//! Nothing in this crate is machine-written; the generated crate re-exports it as
//! `veeam_em::runtime`, which is the path its code and its users name.
#![warn(missing_docs)]

/// The `http` crate (1.x), whose [`Method`] and [`StatusCode`] requests, responses and errors
/// carry: the version this crate and reqwest are built with.
pub use http;

/// The `jiff` crate (0.2), whose types a [`DateTime`] reads into ([`Timestamp::instant`] is a
/// `jiff::Timestamp`): the version this crate is built with, so that a user names them without
/// a dependency of their own.
pub use jiff;

pub mod calling;
pub mod client;
pub mod error;
pub mod json;
pub mod list;
pub mod session;
pub mod tls;
pub mod unknown;
pub mod values;
pub mod xml;

pub use calling::{id_segment, MissingMembers};
pub use client::{
    decode, encode, path_segment, Client, ClientBuilder, HeaderMap, Method, Request, Response,
    StatusCode, DEFAULT_TIMEOUT,
};
pub use error::{DecodeError, Error, ServerError};
pub use list::{JsonShape, List};
pub use session::{
    ApiVersion, Credentials, Password, SessionInfo, VersionChoice, KNOWN_API_VERSIONS,
};
pub use unknown::{KeptMembers, Members, UnknownElement, UnknownMembers};
pub use values::{DateTime, Empty, Format, Secret, Timestamp, Uid, Url};
