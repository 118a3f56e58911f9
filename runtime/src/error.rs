//! Errors: [`DecodeError`] (a body that does not read as the expected type, with the path of the
//! element or attribute that failed) and the crate's [`Error`].

use std::collections::BTreeMap;
use std::fmt;

use super::client::{Method, StatusCode};

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
    /// `StatusCode`: the HTTP status the server meant (usually the response's own); `None` when
    /// absent or not a status (a number outside 100-999).
    pub status_code: Option<StatusCode>,
    /// Every other field of the body, by name (JSON values that are not strings as JSON text).
    pub other: BTreeMap<String, String>,
}

impl fmt::Display for ServerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.message, self.status_code) {
            (Some(message), _) => f.write_str(message),
            (None, Some(code)) => write!(f, "status code {}", code.as_u16()),
            (None, None) => f.write_str("no message"),
        }
    }
}

/// Everything a call can fail with.
///
/// Every variant about one request names it: the HTTP method and the full URL (scheme, host,
/// port, path and query, e.g. `GET https://em.example:9398/api/jobs?format=Entity`), so an
/// error from the wrong host or port says which one, and, when a generated operation made the
/// request, the operation's documented name (`GET /jobs/{ID}`).
///
/// No variant's `Display` or `Debug` shows the session id, the logon session id or a password:
/// the session header is never part of an error, those values are replaced by `<redacted>` in
/// URLs (`DELETE /logonSessions/<redacted>`), and body excerpts have `SessionId`/`Password`
/// values blanked.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be sent or the response not received: connection refused, name
    /// not resolved, TLS handshake failed, connection reset, a response that breaks HTTP.
    /// `Display` gives the whole cause chain (`…: tcp connect error: Connection refused`).
    #[error("{method} {url}: transport error: {}", error_chain(error))]
    Transport {
        /// The HTTP method.
        method: Method,
        /// The full URL requested (secrets `<redacted>`).
        url: String,
        /// What failed. It carries no URL (the one above is the redacted one).
        error: reqwest::Error,
    },
    /// No complete response within the client's timeout (see
    /// [`ClientBuilder::timeout`](super::ClientBuilder::timeout)).
    #[error("{method} {url}: request timed out")]
    Timeout {
        /// The HTTP method.
        method: Method,
        /// The full URL requested (secrets `<redacted>`).
        url: String,
    },
    /// The server answered with an error status (not 2xx).
    ///
    /// `Display`: `GET https://em:9398/api/jobs/1 (GET /jobs/{ID}): HTTP 404: <the Enterprise
    /// Manager error message>`; when the body is no Enterprise Manager error (an HTML page from
    /// another server or from HTTP.sys), its content type and a short plain-text snippet
    /// instead: `…: HTTP 411 (text/html; charset=us-ascii): "Length Required HTTP Error 411. …"`.
    #[error("{}: HTTP {}{}", request_label(method, url, Some(operation)), status.as_u16(), status_detail(body, content_type.as_deref(), excerpt))]
    Status {
        /// The operation called, e.g. `GET /vmRestorePoints/{ID}`.
        operation: &'static str,
        /// The HTTP method.
        method: Method,
        /// The full URL requested (secrets `<redacted>`).
        url: String,
        /// The HTTP status.
        status: StatusCode,
        /// The response's `Content-Type`, when it sent one (a `Box<str>`, with the boxed
        /// `body`, keeps `Error` small).
        content_type: Option<Box<str>>,
        /// The server's error body, when it was one (`<Error Message=… StatusCode=…/>` or its
        /// JSON); boxed to keep `Error` small.
        body: Option<Box<ServerError>>,
        /// At most 200 characters of the response body, as received (secrets blanked).
        excerpt: String,
    },
    /// The response body does not read as the operation's response type.
    #[error("{}: cannot decode the response: {error}", decode_label(operation, method, url.as_deref()))]
    Decode {
        /// The operation called, e.g. `GET /vmRestorePoints/{ID}`.
        operation: &'static str,
        /// The HTTP method; `None` when the body did not come from a request (a bare
        /// [`decode`](super::decode)).
        method: Option<Method>,
        /// The full URL requested (secrets `<redacted>`); `None` as for `method`.
        url: Option<String>,
        /// What failed, and where in the body; boxed to keep `Error` small (a `Method` is 24
        /// bytes where the hand-written enum it replaced was one).
        error: Box<DecodeError>,
        /// At most 200 characters of the response body.
        excerpt: String,
    },
    /// The server answered with a success status the operation does not document.
    #[error(
        "{}: unexpected HTTP status {} (expected one of {expected:?})",
        request_label(method, url, Some(operation)),
        status.as_u16()
    )]
    UnexpectedStatus {
        /// The operation called, e.g. `GET /vmRestorePoints/{ID}`.
        operation: &'static str,
        /// The HTTP method.
        method: Method,
        /// The full URL requested (secrets `<redacted>`).
        url: String,
        /// The HTTP status received.
        status: StatusCode,
        /// The statuses the operation documents.
        expected: &'static [StatusCode],
    },
    /// The request could not be encoded (its body, or the session id as a header value); when
    /// it happens while sending, the text starts with the method and URL.
    #[error("cannot encode the request: {0}")]
    Encode(String),
    /// The base URL, or a URL built from it, is not usable (the reason never echoes the URL).
    #[error("invalid URL: {0}")]
    InvalidUrl(String),
    /// The TLS configuration is not usable: a custom CA certificate that is not PEM, or that
    /// the TLS library refuses; or the HTTP client could not be built with the settings given.
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
    pub fn status(&self) -> Option<StatusCode> {
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

    /// The HTTP method of the request that failed, when the error is about one.
    pub fn method(&self) -> Option<&Method> {
        match self {
            Error::Transport { method, .. }
            | Error::Timeout { method, .. }
            | Error::Status { method, .. }
            | Error::UnexpectedStatus { method, .. } => Some(method),
            Error::Decode { method, .. } => method.as_ref(),
            _ => None,
        }
    }

    /// The full URL of the request that failed (secrets `<redacted>`), when the error is about
    /// one.
    pub fn url(&self) -> Option<&str> {
        match self {
            Error::Transport { url, .. }
            | Error::Timeout { url, .. }
            | Error::Status { url, .. }
            | Error::UnexpectedStatus { url, .. } => Some(url),
            Error::Decode { url, .. } => url.as_deref(),
            _ => None,
        }
    }

    /// The error for a failed `reqwest` exchange of `method` `url`: a timeout becomes
    /// [`Error::Timeout`], anything else [`Error::Transport`]. The URL reqwest keeps in its
    /// error is dropped: `url` is the one to show (already redacted).
    pub(crate) fn from_reqwest(method: Method, url: String, error: reqwest::Error) -> Self {
        if error.is_timeout() {
            Error::Timeout { method, url }
        } else {
            Error::Transport {
                method,
                url,
                error: error.without_url(),
            }
        }
    }

    /// Replaces every occurrence of each non-empty `secret` in the texts this error carries
    /// (URL, and from the server: message, other fields, excerpt) with `<redacted>`.
    pub(crate) fn scrub(mut self, secrets: &[&str]) -> Self {
        match &mut self {
            Error::Status {
                url, body, excerpt, ..
            } => {
                scrub_text(url, secrets);
                scrub_text(excerpt, secrets);
                if let Some(body) = body {
                    if let Some(message) = &mut body.message {
                        scrub_text(message, secrets);
                    }
                    for value in body.other.values_mut() {
                        scrub_text(value, secrets);
                    }
                }
            }
            Error::Decode { url, excerpt, .. } => {
                if let Some(url) = url {
                    scrub_text(url, secrets);
                }
                scrub_text(excerpt, secrets);
            }
            Error::Transport { url, .. }
            | Error::Timeout { url, .. }
            | Error::UnexpectedStatus { url, .. } => scrub_text(url, secrets),
            Error::Encode(text) | Error::Logon(text) => scrub_text(text, secrets),
            Error::InvalidUrl(_) | Error::Tls(_) => {}
        }
        self
    }
}

/// Replaces each non-empty `secret` in `text` with `<redacted>`, as written and as
/// percent-encoded in a URL path or query.
pub(crate) fn scrub_text(text: &mut String, secrets: &[&str]) {
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        if text.contains(secret) {
            *text = text.replace(secret, "<redacted>");
        }
        let encoded = super::client::path_segment(secret);
        if encoded != *secret && text.contains(&encoded) {
            *text = text.replace(&encoded, "<redacted>");
        }
    }
}

/// `GET https://…/jobs/1 (GET /jobs/{ID})`; the operation is left out when it says nothing the
/// URL does not (`GET /` for `GET https://…/api/` is kept: it names the entry point).
fn request_label(method: &Method, url: &str, operation: Option<&str>) -> String {
    match operation {
        Some(operation) if !operation.is_empty() => format!("{method} {url} ({operation})"),
        _ => format!("{method} {url}"),
    }
}

fn decode_label(operation: &str, method: &Option<Method>, url: Option<&str>) -> String {
    match (method, url) {
        (Some(method), Some(url)) => request_label(method, url, Some(operation)),
        _ => operation.to_owned(),
    }
}

/// After `HTTP 404`: `: <the Enterprise Manager message>`, or, for a body that is no
/// Enterprise Manager error, ` (<content type>): "<short plain-text snippet>"`.
fn status_detail(
    body: &Option<Box<ServerError>>,
    content_type: Option<&str>,
    excerpt: &str,
) -> String {
    if let Some(message) = body.as_ref().and_then(|b| b.message.as_ref()) {
        return format!(": {message}");
    }
    let mut detail = String::new();
    if let Some(content_type) = content_type.filter(|c| !c.trim().is_empty()) {
        detail.push_str(&format!(" ({})", content_type.trim()));
    }
    let snippet = snippet(excerpt);
    if !snippet.is_empty() {
        detail.push_str(&format!(": {snippet:?}"));
    } else if body.is_none() {
        detail.push_str(": empty body");
    }
    detail
}

/// At most `SNIPPET_CHARS` characters of a body excerpt as plain text: markup tags dropped
/// (with the content of `<style>` and `<script>`), entities for `<>&"'` and spaces decoded,
/// white space collapsed. An HTML error page reads as its words:
/// `Not Found HTTP Error 404. The requested resource is not found.`
pub(crate) fn snippet(excerpt: &str) -> String {
    const SNIPPET_CHARS: usize = 120;
    let looks_like_markup = excerpt.trim_start().starts_with('<');
    let mut text = String::with_capacity(excerpt.len());
    if looks_like_markup {
        let lower = excerpt.to_ascii_lowercase();
        let mut rest = excerpt;
        let mut at = 0;
        while let Some(open) = rest.find('<') {
            text.push_str(&rest[..open]);
            text.push(' ');
            let tag_start = at + open;
            let skip_to = ["style", "script"].iter().find_map(|name| {
                let opening = format!("<{name}");
                lower[tag_start..].starts_with(&opening).then(|| {
                    let closing = format!("</{name}");
                    lower[tag_start..]
                        .find(&closing)
                        .map_or(excerpt.len(), |k| tag_start + k + closing.len())
                })
            });
            let from = skip_to.unwrap_or(tag_start);
            match excerpt[from..].find('>') {
                Some(close) => {
                    at = from + close + 1;
                    rest = &excerpt[at..];
                }
                None => {
                    rest = "";
                    break;
                }
            }
        }
        text.push_str(rest);
        for (entity, plain) in [
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&quot;", "\""),
            ("&#39;", "'"),
            ("&nbsp;", " "),
            ("&amp;", "&"),
        ] {
            text = text.replace(entity, plain);
        }
    } else {
        text.push_str(excerpt);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let text = words.join(" ");
    let mut chars = text.chars();
    let mut out: String = chars.by_ref().take(SNIPPET_CHARS).collect();
    if chars.next().is_some() {
        out.pop();
        out.push('…');
    }
    out
}

/// `error` and its sources, `: `-separated, without a repeated message.
pub(crate) fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut last = text.clone();
    let mut source = error.source();
    while let Some(e) = source {
        let message = e.to_string();
        if !message.is_empty() && !last.contains(&message) {
            text.push_str(": ");
            text.push_str(&message);
        }
        last = message;
        source = e.source();
    }
    text
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
            method: Method::GET,
            url: "https://em:9398/api/vmRestorePoints/1?format=Entity".into(),
            status: StatusCode::NOT_FOUND,
            content_type: Some("application/xml".into()),
            body: Some(Box::new(ServerError {
                message: Some("Restore point not found".into()),
                status_code: Some(StatusCode::NOT_FOUND),
                other: BTreeMap::new(),
            })),
            excerpt: String::new(),
        };
        assert_eq!(
            e.to_string(),
            "GET https://em:9398/api/vmRestorePoints/1?format=Entity (GET /vmRestorePoints/{ID}): \
             HTTP 404: Restore point not found"
        );
        assert_eq!(e.method(), Some(&Method::GET));
        assert_eq!(
            e.url(),
            Some("https://em:9398/api/vmRestorePoints/1?format=Entity")
        );
    }

    /// HTTP.sys's own 411 page, and IIS's 404 page, as a user pointed at the wrong server or a
    /// client that forgets `Content-Length` sees them.
    #[test]
    fn status_display_of_a_page_that_is_no_enterprise_manager_error() {
        let page = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\r\n\
<HTML><HEAD><TITLE>Length Required</TITLE>\r\n\
<META HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=us-ascii\"></HEAD>\r\n\
<BODY><h2>Length Required</h2>\r\n<hr><p>HTTP Error 411. The request must be chunked or have a content length.</p>\r\n</BODY></HTML>\r\n";
        let e = Error::Status {
            operation: "POST /sessionMngr/",
            method: Method::POST,
            url: "https://em:9398/api/sessionMngr/?v=v1_7".into(),
            status: StatusCode::LENGTH_REQUIRED,
            content_type: Some("text/html; charset=us-ascii".into()),
            body: None,
            excerpt: page.into(),
        };
        assert_eq!(
            e.to_string(),
            "POST https://em:9398/api/sessionMngr/?v=v1_7 (POST /sessionMngr/): HTTP 411 \
             (text/html; charset=us-ascii): \"Length Required Length Required HTTP Error 411. The \
             request must be chunked or have a content length.\""
        );
        let styled = "<html><head><style>body { color: red }</style><script>x()</script>\
<title>404 - File or directory not found.</title></head><body>&lt;none&gt; &amp; more</body></html>";
        assert_eq!(
            snippet(styled),
            "404 - File or directory not found. <none> & more"
        );
        assert_eq!(snippet("<p>unclosed <b"), "unclosed");
        assert_eq!(snippet("plain text\n\n error"), "plain text error");
        assert_eq!(snippet(&"word ".repeat(100)).chars().count(), 120);
        let empty = Error::Status {
            operation: "GET /",
            method: Method::GET,
            url: "http://h:1/api/".into(),
            status: StatusCode::BAD_GATEWAY,
            content_type: None,
            body: None,
            excerpt: String::new(),
        };
        assert_eq!(
            empty.to_string(),
            "GET http://h:1/api/ (GET /): HTTP 502: empty body"
        );
    }

    #[test]
    fn scrub_covers_urls_and_their_percent_encoded_form() {
        let e = Error::Timeout {
            method: Method::DELETE,
            url: "https://em/api/logonSessions/lid-1%2F2".into(),
        }
        .scrub(&["lid-1/2"]);
        assert_eq!(
            e.to_string(),
            "DELETE https://em/api/logonSessions/<redacted>: request timed out"
        );
    }
}
