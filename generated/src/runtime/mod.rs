//! The hand-written runtime the generated code calls: XML and JSON codecs, value types, errors,
//! the HTTP client, logon sessions and TLS.

pub mod client;
pub mod error;
pub mod json;
pub mod list;
pub mod session;
pub mod tls;
pub mod unknown;
pub mod values;
pub mod xml;

pub use client::{
    decode, encode, path_segment, Client, ClientBuilder, HeaderMap, Method, Request, Response,
    DEFAULT_TIMEOUT,
};
pub use error::{DecodeError, Error, ServerError};
pub use list::{JsonShape, List};
pub use session::{
    ApiVersion, Credentials, Password, SessionInfo, VersionChoice, KNOWN_API_VERSIONS,
};
pub use unknown::{Members, UnknownElement, UnknownMembers};
pub use values::{DateTime, Format, Timestamp, Uid, Url};
