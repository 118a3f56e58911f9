//! Errors: [`DecodeError`] (a body that does not read as the expected type, with the path of the
//! element or attribute that failed) and the crate's [`Error`].

use std::collections::BTreeMap;
use std::fmt;

/// A response body, or one value in it, that could not be read as the expected type.
///
/// Carries the path of what failed, XPath-like, from the document's root:
/// `VmRestorePoint/Links/Link[2]@Rel` (repeated elements are numbered from 1, attributes follow
/// `@`), and a short reason. The helpers in [`xml`](super::xml) add the path segments as an error
/// travels up, through [`DecodeError::at`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    path: String,
    reason: String,
}

impl DecodeError {
    /// An error with no path yet (the caller's helpers add it) and this reason.
    pub fn new(reason: impl Into<String>) -> Self {
        DecodeError {
            path: String::new(),
            reason: reason.into(),
        }
    }

    /// "missing" at `segment`: a required element (`Name`) or attribute (`@Href`) is absent.
    pub fn missing(segment: &str) -> Self {
        DecodeError::new("missing").at(segment)
    }

    /// The same error one level up: `segment` (an element name, `Link[2]` or `@Attr`) is put in
    /// front of the path.
    pub fn at(mut self, segment: &str) -> Self {
        if segment.is_empty() {
            return self;
        }
        if self.path.is_empty() {
            self.path = segment.to_owned();
        } else if self.path.starts_with('@') || self.path.starts_with('[') {
            self.path.insert_str(0, segment);
        } else {
            self.path.insert(0, '/');
            self.path.insert_str(0, segment);
        }
        self
    }

    /// Where it failed (`VmRestorePoint/Links/Link[2]@Rel`); empty when not known.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Why it failed (`not a boolean: "x"`).
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.reason)
        } else {
            write!(f, "{}: {}", self.path, self.reason)
        }
    }
}

impl std::error::Error for DecodeError {}

/// The error body Enterprise Manager sends with a failed request, e.g.
/// `<Error xmlns="http://www.veeam.com/ent/v1.0" Message="…" StatusCode="404"/>` or its JSON form
/// `{"Message": "…", "StatusCode": 404}`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServerError {
    /// `Message`: what went wrong, in the server's words.
    pub message: Option<String>,
    /// `StatusCode`: the HTTP status the server meant (usually the response's own).
    pub status_code: Option<u16>,
    /// Every other field of the body, by name (JSON values that are not strings as JSON text).
    pub other: BTreeMap<String, String>,
}

impl fmt::Display for ServerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.message, self.status_code) {
            (Some(message), _) => f.write_str(message),
            (None, Some(code)) => write!(f, "status code {code}"),
            (None, None) => f.write_str("no message"),
        }
    }
}

/// Everything a call can fail with.
///
/// No variant's `Display` or `Debug` shows the session id or a password: the session header is
/// never part of an error, and body excerpts have `SessionId`/`Password` values blanked.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be sent or the response not received (connection, TLS, protocol).
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// No complete response within the client's timeout.
    #[error("request timed out")]
    Timeout,
    /// The server answered with an error status.
    #[error("{operation}: HTTP {status}{}", server_message(body))]
    Status {
        /// The operation called, e.g. `GET /vmRestorePoints/{ID}`.
        operation: &'static str,
        /// The HTTP status.
        status: u16,
        /// The server's error body, when it was one.
        body: Option<ServerError>,
        /// At most 200 characters of the response body.
        excerpt: String,
    },
    /// The response body does not read as the operation's response type.
    #[error("{operation}: cannot decode the response: {error}")]
    Decode {
        /// The operation called, e.g. `GET /vmRestorePoints/{ID}`.
        operation: &'static str,
        /// What failed, and where in the body.
        error: DecodeError,
        /// At most 200 characters of the response body.
        excerpt: String,
    },
    /// The server answered with a success status the operation does not document.
    #[error("{operation}: unexpected HTTP status {status} (expected one of {expected:?})")]
    UnexpectedStatus {
        /// The operation called, e.g. `GET /vmRestorePoints/{ID}`.
        operation: &'static str,
        /// The HTTP status received.
        status: u16,
        /// The statuses the operation documents.
        expected: &'static [u16],
    },
    /// The request could not be encoded (its body, or the session id as a header value).
    #[error("cannot encode the request: {0}")]
    Encode(String),
    /// The base URL, or a URL built from it, is not usable (the reason never echoes the URL).
    #[error("invalid URL: {0}")]
    InvalidUrl(String),
    /// The TLS configuration is not usable: a custom CA certificate that is not PEM, or that
    /// the TLS library refuses.
    #[error("TLS configuration: {0}")]
    Tls(String),
    /// Logon could not complete: no credentials, the API entry point offers no version, the
    /// logon response carries no session header, or logout cannot name the logon session.
    /// (A logon the server refuses, e.g. wrong credentials, is [`Error::Status`] with 401.)
    #[error("logon: {0}")]
    Logon(String),
}

impl Error {
    /// The HTTP status of [`Error::Status`] and [`Error::UnexpectedStatus`].
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Status { status, .. } | Error::UnexpectedStatus { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The operation that failed (e.g. `GET /vmRestorePoints/{ID}`), when the variant names one.
    pub fn operation(&self) -> Option<&'static str> {
        match self {
            Error::Status { operation, .. }
            | Error::Decode { operation, .. }
            | Error::UnexpectedStatus { operation, .. } => Some(operation),
            _ => None,
        }
    }

    /// Replaces every occurrence of each non-empty `secret` in the texts this error carries
    /// from the server (message, other fields, excerpt) with `<redacted>`.
    pub(crate) fn scrub(mut self, secrets: &[&str]) -> Self {
        fn clean(text: &mut String, secrets: &[&str]) {
            for secret in secrets.iter().filter(|s| !s.is_empty()) {
                if text.contains(secret) {
                    *text = text.replace(secret, "<redacted>");
                }
            }
        }
        match &mut self {
            Error::Status { body, excerpt, .. } => {
                clean(excerpt, secrets);
                if let Some(body) = body {
                    if let Some(message) = &mut body.message {
                        clean(message, secrets);
                    }
                    for value in body.other.values_mut() {
                        clean(value, secrets);
                    }
                }
            }
            Error::Decode { excerpt, .. } => clean(excerpt, secrets),
            _ => {}
        }
        self
    }
}

fn server_message(body: &Option<ServerError>) -> String {
    match body {
        Some(ServerError {
            message: Some(message),
            ..
        }) => format!(": {message}"),
        _ => String::new(),
    }
}

impl From<reqwest::Error> for Error {
    /// Timeouts become [`Error::Timeout`]; everything else [`Error::Transport`].
    fn from(error: reqwest::Error) -> Self {
        if error.is_timeout() {
            Error::Timeout
        } else {
            Error::Transport(error)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_join_elements_indexes_and_attributes() {
        let e = DecodeError::new("not a boolean: \"x\"")
            .at("@Rel")
            .at("Link[2]")
            .at("Links")
            .at("VmRestorePoint");
        assert_eq!(e.path(), "VmRestorePoint/Links/Link[2]@Rel");
        assert_eq!(
            e.to_string(),
            "VmRestorePoint/Links/Link[2]@Rel: not a boolean: \"x\""
        );
        assert_eq!(DecodeError::new("bad").to_string(), "bad");
        assert_eq!(
            DecodeError::missing("@Href").at("Link").to_string(),
            "Link@Href: missing"
        );
    }

    #[test]
    fn errors_are_send_sync_static() {
        fn check<T: Send + Sync + 'static + std::error::Error>() {}
        check::<Error>();
        check::<DecodeError>();
    }

    #[test]
    fn status_display_shows_the_server_message() {
        let e = Error::Status {
            operation: "GET /vmRestorePoints/{ID}",
            status: 404,
            body: Some(ServerError {
                message: Some("Restore point not found".into()),
                status_code: Some(404),
                other: BTreeMap::new(),
            }),
            excerpt: String::new(),
        };
        assert_eq!(
            e.to_string(),
            "GET /vmRestorePoints/{ID}: HTTP 404: Restore point not found"
        );
    }
}
