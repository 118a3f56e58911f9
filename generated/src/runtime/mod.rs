//! The hand-written runtime the generated code calls: XML and JSON codecs, value types, errors
//! and the HTTP client.

pub mod client;
pub mod error;
pub mod json;
pub mod values;
pub mod xml;

pub use client::{decode, encode, path_segment, Client, Method, Request, Response};
pub use error::{DecodeError, Error, ServerError};
pub use values::{DateTime, Format, Timestamp, Uid, Url};
