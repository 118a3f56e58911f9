//! The HTTP client: one [`Client`] per server, [`Request`]s built by the generated operations,
//! and the [`decode`]/[`encode`] of bodies in the client's [`Format`].

use std::fmt;
use std::time::Duration;

use reqwest::header::{HeaderValue, ACCEPT, CONTENT_TYPE};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::{Error, ServerError};
use super::values::Format;
use super::xml::{FromXml, ToXml};
use super::{json, xml};

/// The header that carries the session id on every request after logon.
pub const SESSION_HEADER: &str = "X-RestSvcSessionId";

/// The timeout a new client uses, for connecting and for each whole request.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The session id; its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
struct SessionId(String);

impl fmt::Debug for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionId(<redacted>)")
    }
}

/// A client of one Enterprise Manager server.
///
/// `Debug` shows the base URL and format, never the session id.
#[derive(Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
    session: Option<SessionId>,
    format: Format,
    timeout: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base_url)
            .field("format", &self.format)
            .field("session", &self.session)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

/// Checks a base URL (absolute `http`/`https`, no credentials, query or fragment) and drops its
/// trailing slashes. Errors never echo the URL.
fn check_base_url(base_url: String) -> Result<String, Error> {
    let trimmed = base_url.trim().trim_end_matches('/').to_owned();
    let url = reqwest::Url::parse(&trimmed)
        .map_err(|e| Error::InvalidUrl(format!("the base URL does not parse: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::InvalidUrl(
            "the base URL is not http or https".to_owned(),
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::InvalidUrl(
            "the base URL must not carry credentials".to_owned(),
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::InvalidUrl(
            "the base URL must not have a query or fragment".to_owned(),
        ));
    }
    Ok(trimmed)
}

impl Client {
    /// A client of the API at `base_url`, e.g. `https://em.example:9398/api` (a trailing slash is
    /// dropped). TLS is rustls with certificates verified against the bundled web roots;
    /// redirects are not followed (they would carry the session header elsewhere); the timeout
    /// is [`DEFAULT_TIMEOUT`]; the format is XML.
    pub fn new(base_url: impl Into<String>) -> Result<Client, Error> {
        let http = reqwest::Client::builder()
            .use_rustls_tls()
            .connect_timeout(DEFAULT_TIMEOUT)
            .timeout(DEFAULT_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("veeam-em/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Client::with_http_client(base_url, http)
    }

    /// A client that sends through `http`, a `reqwest::Client` configured by the caller (e.g. to
    /// trust the server's self-signed certificate with `add_root_certificate`). Its redirect
    /// policy should not follow redirects to other hosts: the session header would go along.
    pub fn with_http_client(
        base_url: impl Into<String>,
        http: reqwest::Client,
    ) -> Result<Client, Error> {
        Ok(Client {
            base_url: check_base_url(base_url.into())?,
            http,
            session: None,
            format: Format::Xml,
            timeout: DEFAULT_TIMEOUT,
        })
    }

    /// The same client, sending and accepting `format`.
    pub fn with_format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }

    /// The same client, with `timeout` for each whole request.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The body format of requests and responses.
    pub fn format(&self) -> Format {
        self.format
    }

    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Sets the session id sent as `X-RestSvcSessionId` on every request.
    pub fn set_session_id(&mut self, id: impl Into<String>) {
        self.session = Some(SessionId(id.into()));
    }

    /// Forgets the session id (requests go without `X-RestSvcSessionId`).
    pub fn clear_session_id(&mut self) {
        self.session = None;
    }

    /// Whether a session id is set.
    pub fn has_session(&self) -> bool {
        self.session.is_some()
    }

    /// `base_url + path + ?query`, query keys and values percent-encoded.
    fn url(&self, path: &str, query: &[(&'static str, String)]) -> String {
        let mut url = String::with_capacity(self.base_url.len() + path.len() + 32);
        url.push_str(&self.base_url);
        if !path.starts_with('/') && !path.is_empty() {
            url.push('/');
        }
        url.push_str(path);
        let mut sep = if path.contains('?') { '&' } else { '?' };
        for (key, value) in query {
            url.push(sep);
            percent_encode(key, &mut url);
            url.push('=');
            percent_encode(value, &mut url);
            sep = '&';
        }
        url
    }

    /// Sends `req` and returns the response when its status is one of `req.expect` (any 2xx when
    /// `expect` is empty). Another success status is [`Error::UnexpectedStatus`]; any other
    /// status is [`Error::Status`] with the server's error body, XML or JSON, when it sent one.
    pub async fn send(&self, req: Request) -> Result<Response, Error> {
        let url = reqwest::Url::parse(&self.url(&req.path, &req.query)).map_err(|e| {
            Error::InvalidUrl(format!(
                "{}: the request URL does not parse: {e}",
                req.operation
            ))
        })?;
        let mut builder = self
            .http
            .request(req.method.to_reqwest(), url)
            .timeout(self.timeout)
            .header(ACCEPT, self.format.content_type());
        if let Some(SessionId(id)) = &self.session {
            let mut value = HeaderValue::from_str(id).map_err(|_| {
                Error::Encode("the session id is not a valid header value".to_owned())
            })?;
            value.set_sensitive(true);
            builder = builder.header(SESSION_HEADER, value);
        }
        if let Some(body) = req.body {
            builder = builder
                .header(CONTENT_TYPE, self.format.content_type())
                .body(body);
        }
        let response = builder.send().await?;
        let status = response.status().as_u16();
        let body = response.bytes().await?.to_vec();

        let success = (200..300).contains(&status);
        if req.expect.contains(&status) || (req.expect.is_empty() && success) {
            Ok(Response { status, body })
        } else if success {
            Err(Error::UnexpectedStatus {
                operation: req.operation,
                status,
                expected: req.expect,
            })
        } else {
            Err(Error::Status {
                operation: req.operation,
                status,
                body: server_error(&body),
                excerpt: excerpt(&body),
            })
        }
    }
}

/// An HTTP method the API uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `DELETE`
    Delete,
}

impl Method {
    /// `GET`, `POST`, `PUT` or `DELETE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }

    fn to_reqwest(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Delete => reqwest::Method::DELETE,
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One call, as a generated operation builds it. `Debug` shows the body's length, not its
/// content (bodies can carry passwords).
#[derive(Clone)]
pub struct Request {
    /// The operation, e.g. `GET /vmRestorePoints/{ID}` (used in errors).
    pub operation: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path below the base URL with its parameters filled in (each through
    /// [`path_segment`]), e.g. `/vmRestorePoints/abc`.
    pub path: String,
    /// Query parameters, unencoded (the client percent-encodes them).
    pub query: Vec<(&'static str, String)>,
    /// The body, already encoded in the client's format ([`encode`]).
    pub body: Option<Vec<u8>>,
    /// The statuses the operation documents as success (empty: any 2xx).
    pub expect: &'static [u16],
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("operation", &self.operation)
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("body_len", &self.body.as_ref().map(Vec::len))
            .field("expect", &self.expect)
            .finish()
    }
}

/// A response with an expected status. `Debug` shows the body's length, not its content (a
/// logon response carries the session id).
#[derive(Clone)]
pub struct Response {
    /// The HTTP status.
    pub status: u16,
    /// The body, as received.
    pub body: Vec<u8>,
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`).
fn percent_encode(value: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in value.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0F)]));
        }
    }
}

/// One path parameter, percent-encoded (all but `A-Z a-z 0-9 - . _ ~`, so `/` and `:` too).
pub fn path_segment(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    percent_encode(value, &mut out);
    out
}

/// Reads a response body as `T` in `format`; failures are [`Error::Decode`] with an excerpt of
/// the body.
pub fn decode<T: FromXml + DeserializeOwned>(
    operation: &'static str,
    format: Format,
    body: &[u8],
) -> Result<T, Error> {
    let result = match format {
        Format::Xml => xml::from_document(body),
        Format::Json => json::from_slice(body),
    };
    result.map_err(|error| Error::Decode {
        operation,
        error,
        excerpt: excerpt(body),
    })
}

/// `value` as a request body in `format`: an XML document with root element `root` (in the API's
/// namespace), or JSON (`root` unused). See [`json::to_vec`] for the JSON failure case.
pub fn encode<T: ToXml + Serialize>(format: Format, root: &str, value: &T) -> Vec<u8> {
    match format {
        Format::Xml => xml::to_document(root, value).into_bytes(),
        Format::Json => json::to_vec(value),
    }
}

/// [`encode`], with JSON failures as [`Error::Encode`].
pub fn try_encode<T: ToXml + Serialize>(
    format: Format,
    root: &str,
    value: &T,
) -> Result<Vec<u8>, Error> {
    match format {
        Format::Xml => Ok(xml::to_document(root, value).into_bytes()),
        Format::Json => json::try_to_vec(value),
    }
}

/// The server's error body (`<Error Message="…" StatusCode="…"/>` or `{"Message": …}`), when
/// `body` is one.
fn server_error(body: &[u8]) -> Option<ServerError> {
    let body = json::strip_bom(body);
    let first = body.iter().find(|b| !b.is_ascii_whitespace())?;
    match first {
        b'<' => {
            let root = xml::parse(body).ok()?;
            if root.name != "Error" {
                return None;
            }
            let mut error = ServerError::default();
            let fields = root
                .attrs
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .chain(
                    root.children
                        .iter()
                        .map(|c| (c.name.as_str(), c.text.as_str())),
                );
            for (name, value) in fields {
                match name {
                    "Message" => error.message = Some(value.to_owned()),
                    "StatusCode" => error.status_code = value.trim().parse().ok(),
                    _ => {
                        error.other.insert(name.to_owned(), value.to_owned());
                    }
                }
            }
            Some(error)
        }
        b'{' => {
            let serde_json::Value::Object(map) = serde_json::from_slice(body).ok()? else {
                return None;
            };
            let mut error = ServerError::default();
            for (name, value) in map {
                let text = match value {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                };
                if name.eq_ignore_ascii_case("Message") {
                    error.message = Some(text);
                } else if name.eq_ignore_ascii_case("StatusCode") {
                    error.status_code = text.trim().parse().ok();
                } else {
                    error.other.insert(name, text);
                }
            }
            if error.message.is_none() && error.status_code.is_none() {
                return None;
            }
            Some(error)
        }
        _ => None,
    }
}

/// At most `EXCERPT_CHARS` characters of `body` (lossy UTF-8, `…` when cut), with the values of
/// `SessionId` and `Password` fields blanked.
pub(crate) fn excerpt(body: &[u8]) -> String {
    const EXCERPT_CHARS: usize = 200;
    let body = json::strip_bom(body);
    let head = &body[..body.len().min(4096)];
    let text = redact(&String::from_utf8_lossy(head));
    let mut chars = text.chars();
    let mut out: String = chars.by_ref().take(EXCERPT_CHARS).collect();
    if chars.next().is_some() || head.len() < body.len() {
        out.pop();
        out.push('…');
    }
    out
}

/// Blanks the value after every `SessionId` or `Password` key (any case): `Key="v"`, `"Key": "v"`,
/// `Key: v`, `<Key>v</Key>`.
fn redact(text: &str) -> String {
    const KEYS: [&str; 2] = ["sessionid", "password"];
    let lower = text.to_ascii_lowercase();
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let next = KEYS
            .iter()
            .filter_map(|k| lower.get(i..)?.find(k).map(|at| (i + at, k.len())))
            .min();
        let Some((at, len)) = next else {
            out.push_str(text.get(i..).unwrap_or_default());
            break;
        };
        let mut j = at + len;
        while matches!(
            bytes.get(j),
            Some(b'"' | b'\'' | b' ' | b'\t' | b'\r' | b'\n')
        ) {
            j += 1;
        }
        let value_start;
        let value_end;
        match bytes.get(j) {
            Some(b'=' | b':') => {
                j += 1;
                while matches!(bytes.get(j), Some(b' ' | b'\t' | b'\r' | b'\n')) {
                    j += 1;
                }
                match bytes.get(j) {
                    Some(&q @ (b'"' | b'\'')) => {
                        value_start = j + 1;
                        value_end = find_byte(bytes, value_start, |b| b == q);
                    }
                    _ => {
                        value_start = j;
                        value_end = find_byte(bytes, value_start, |b| {
                            matches!(b, b',' | b'}' | b']' | b' ' | b'\r' | b'\n' | b'<' | b'&')
                        });
                    }
                }
            }
            Some(b'>') if at > 0 && bytes.get(at - 1) == Some(&b'<') => {
                value_start = j + 1;
                value_end = find_byte(bytes, value_start, |b| b == b'<');
            }
            _ => {
                out.push_str(text.get(i..at + len).unwrap_or_default());
                i = at + len;
                continue;
            }
        }
        out.push_str(text.get(i..value_start).unwrap_or_default());
        if value_end > value_start {
            out.push_str("<redacted>");
        }
        i = value_end;
    }
    out
}

/// The index of the first byte from `from` matching `stop`, or the length. Stops are ASCII, so
/// the index is a char boundary.
fn find_byte(bytes: &[u8], from: usize, stop: impl Fn(u8) -> bool) -> usize {
    bytes
        .iter()
        .enumerate()
        .skip(from)
        .find(|(_, &b)| stop(b))
        .map_or(bytes.len(), |(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::net::{TcpListener, TcpStream};
    use std::thread::JoinHandle;
    use std::time::Instant;

    /// A canned HTTP/1.1 responder on 127.0.0.1: answers one connection per response, in
    /// order, then stops; gives up after 10 s. Returns the base URL and the requests received
    /// (head and body, as text).
    fn serve(responses: Vec<(Duration, String)>) -> (String, JoinHandle<Vec<String>>) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        listener.set_nonblocking(true).expect("nonblocking");
        let handle = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(10);
            let mut seen = Vec::new();
            for (delay, response) in responses {
                let stream = loop {
                    match listener.accept() {
                        Ok((stream, _)) => break Some(stream),
                        Err(_) if Instant::now() < deadline => {
                            std::thread::sleep(Duration::from_millis(5))
                        }
                        Err(_) => break None,
                    }
                };
                let Some(mut stream) = stream else { break };
                seen.push(read_request(&mut stream));
                std::thread::sleep(delay);
                let _ = stream.write_all(response.as_bytes());
            }
            seen
        });
        (format!("http://127.0.0.1:{port}/api/"), handle)
    }

    fn read_request(stream: &mut TcpStream) -> String {
        let _ = stream.set_nonblocking(false);
        let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
        let mut data = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            let text = String::from_utf8_lossy(&data).into_owned();
            if let Some(end) = text.find("\r\n\r\n") {
                let length = text[..end]
                    .lines()
                    .find_map(|l| {
                        let (k, v) = l.split_once(':')?;
                        k.eq_ignore_ascii_case("content-length")
                            .then(|| v.trim().parse::<usize>().ok())?
                    })
                    .unwrap_or(0);
                if data.len() >= end + 4 + length {
                    return text;
                }
            }
            match stream.read(&mut buf) {
                Ok(0) | Err(_) => return String::from_utf8_lossy(&data).into_owned(),
                Ok(n) => data.extend_from_slice(&buf[..n]),
            }
        }
    }

    fn reply(status: &str, content_type: &str, body: &str) -> (Duration, String) {
        (
            Duration::ZERO,
            format!(
                "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            ),
        )
    }

    fn header<'a>(request: &'a str, name: &str) -> Option<&'a str> {
        request.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }

    #[test]
    fn debug_never_shows_the_session_id() {
        let mut client = Client::new("https://em.example:9398/api/").unwrap();
        client.set_session_id("s3cr3t-session");
        let debug = format!("{client:?}");
        assert!(!debug.contains("s3cr3t"), "{debug}");
        assert!(debug.contains("SessionId(<redacted>)"), "{debug}");
        assert!(debug.contains("https://em.example:9398/api\""), "{debug}");
        assert_eq!(client.base_url(), "https://em.example:9398/api");
        assert!(client.has_session());
        client.clear_session_id();
        assert!(!client.has_session());
        assert_eq!(client.format(), Format::Xml);
        assert_eq!(client.with_format(Format::Json).format(), Format::Json);
    }

    #[test]
    fn base_urls_are_checked_without_echoing_them() {
        for bad in [
            "em.example:9398/api",
            "ftp://em.example/api",
            "https://admin:hunter2@em.example:9398/api",
            "https://em.example:9398/api?x=1",
            "",
        ] {
            let e = Client::new(bad).unwrap_err();
            assert!(matches!(e, Error::InvalidUrl(_)), "{bad}: {e:?}");
            assert!(!e.to_string().contains("hunter2"), "{e}");
            assert!(!format!("{e:?}").contains("hunter2"), "{e:?}");
        }
    }

    #[test]
    fn urls_and_path_segments_are_percent_encoded() {
        let client = Client::new("https://em:9398/api").unwrap();
        assert_eq!(path_segment("a b/c:d?é"), "a%20b%2Fc%3Ad%3F%C3%A9");
        assert_eq!(path_segment("5acac742-1b4e_x.y~"), "5acac742-1b4e_x.y~");
        assert_eq!(
            client.url(
                "/query",
                &[
                    ("type", "VmRestorePoint".into()),
                    ("filter", "Name==a&b;x=y".into())
                ]
            ),
            "https://em:9398/api/query?type=VmRestorePoint&filter=Name%3D%3Da%26b%3Bx%3Dy"
        );
        assert_eq!(
            client.url("/sessionMngr/?v=latest", &[("x", "1".into())]),
            "https://em:9398/api/sessionMngr/?v=latest&x=1"
        );
        assert_eq!(client.url("jobs", &[]), "https://em:9398/api/jobs");
    }

    #[test]
    fn excerpts_are_short_and_redacted() {
        let body = format!(
            "<LogonSession SessionId=\"abc-123\" Password='pw1'><SessionId>xyz</SessionId>{}</LogonSession>",
            "a".repeat(500)
        );
        let e = excerpt(body.as_bytes());
        assert_eq!(e.chars().count(), 200);
        assert!(e.ends_with('…'));
        for secret in ["abc-123", "pw1", "xyz"] {
            assert!(!e.contains(secret), "{e}");
        }
        assert!(
            e.starts_with("<LogonSession SessionId=\"<redacted>\" Password='<redacted>'>"),
            "{e}"
        );
        let json = excerpt(br#"{"SessionId" : "abc", "password": 12345, "PasswordSet": true}"#);
        assert_eq!(
            json,
            r#"{"SessionId" : "<redacted>", "password": <redacted>, "PasswordSet": true}"#
        );
        assert_eq!(excerpt(b"\xEF\xBB\xBFshort \xff"), "short \u{FFFD}");
    }

    #[test]
    fn server_error_bodies_in_both_formats() {
        let xml = server_error(
            br#"<?xml version="1.0"?><Error xmlns="http://www.veeam.com/ent/v1.0" Message="Not found" StatusCode="404" Extra="e"/>"#,
        )
        .unwrap();
        assert_eq!(xml.message.as_deref(), Some("Not found"));
        assert_eq!(xml.status_code, Some(404));
        assert_eq!(xml.other.get("Extra").map(String::as_str), Some("e"));
        let json = server_error(br#"{"Message": "Denied", "StatusCode": 401, "Code": 7}"#).unwrap();
        assert_eq!(json.message.as_deref(), Some("Denied"));
        assert_eq!(json.status_code, Some(401));
        assert_eq!(json.other.get("Code").map(String::as_str), Some("7"));
        assert_eq!(server_error(b"<html><body>IIS</body></html>"), None);
        assert_eq!(server_error(b"{\"a\": 1}"), None);
        assert_eq!(server_error(b"oops"), None);
        assert_eq!(server_error(b""), None);
    }

    #[test]
    fn decode_and_encode_in_both_formats() {
        #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        struct Job {
            #[serde(rename = "Name")]
            name: Option<String>,
        }
        impl FromXml for Job {
            fn from_xml(el: &xml::Element) -> Result<Self, super::super::DecodeError> {
                Ok(Job {
                    name: xml::attr(el, "Name")?,
                })
            }
        }
        impl ToXml for Job {
            fn write_xml(&self, w: &mut xml::ElementWriter) {
                w.attr("Name", &self.name);
            }
        }
        let job = Job {
            name: Some("a&b".into()),
        };
        let body = encode(Format::Xml, "Job", &job);
        assert_eq!(
            String::from_utf8_lossy(&body),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Job xmlns=\"http://www.veeam.com/ent/v1.0\" Name=\"a&amp;b\"/>"
        );
        assert_eq!(
            decode::<Job>("GET /jobs/{ID}", Format::Xml, &body).unwrap(),
            job
        );
        let body = encode(Format::Json, "Job", &job);
        assert_eq!(body, br#"{"Name":"a&b"}"#);
        assert_eq!(try_encode(Format::Json, "Job", &job).unwrap(), body);
        assert_eq!(
            decode::<Job>("GET /jobs/{ID}", Format::Json, &body).unwrap(),
            job
        );

        let e = decode::<Job>("GET /jobs/{ID}", Format::Xml, b"<Job Name=\"x\"").unwrap_err();
        match &e {
            Error::Decode {
                operation, excerpt, ..
            } => {
                assert_eq!(*operation, "GET /jobs/{ID}");
                assert_eq!(excerpt, "<Job Name=\"x\"");
            }
            other => panic!("{other:?}"),
        }
        assert!(
            e.to_string()
                .starts_with("GET /jobs/{ID}: cannot decode the response: "),
            "{e}"
        );
    }

    #[tokio::test]
    async fn send_sets_headers_and_maps_statuses() {
        let (base, server) = serve(vec![
            reply(
                "404 Not Found",
                "application/xml; charset=utf-8",
                r#"<?xml version="1.0" encoding="utf-8"?><Error xmlns="http://www.veeam.com/ent/v1.0" Message="Restore point with id [abc] was not found" StatusCode="404"/>"#,
            ),
            reply("201 Created", "application/json", r#"{"Name":"ok"}"#),
            reply("200 OK", "application/xml", ""),
            reply("500 Internal Server Error", "text/plain", "boom"),
        ]);
        let mut client = Client::new(&base).unwrap();
        client.set_session_id("sess-42");

        let e = client
            .send(Request {
                operation: "GET /vmRestorePoints/{ID}",
                method: Method::Get,
                path: format!("/vmRestorePoints/{}", path_segment("a b")),
                query: vec![("format", "Entity".into())],
                body: None,
                expect: &[200],
            })
            .await
            .unwrap_err();
        match &e {
            Error::Status {
                operation,
                status,
                body,
                excerpt,
            } => {
                assert_eq!(*operation, "GET /vmRestorePoints/{ID}");
                assert_eq!(*status, 404);
                let body = body.as_ref().expect("EM error body");
                assert_eq!(
                    body.message.as_deref(),
                    Some("Restore point with id [abc] was not found")
                );
                assert_eq!(body.status_code, Some(404));
                assert!(excerpt.contains("<Error"), "{excerpt}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            e.to_string(),
            "GET /vmRestorePoints/{ID}: HTTP 404: Restore point with id [abc] was not found"
        );
        assert!(!format!("{e:?}").contains("sess-42"));

        let client = client.with_format(Format::Json);
        let response = client
            .send(Request {
                operation: "POST /jobs",
                method: Method::Post,
                path: "/jobs".into(),
                query: vec![],
                body: Some(br#"{"Name":"n"}"#.to_vec()),
                expect: &[201],
            })
            .await
            .unwrap();
        assert_eq!(response.status, 201);
        assert_eq!(response.body, br#"{"Name":"ok"}"#);
        assert_eq!(
            format!("{response:?}"),
            "Response { status: 201, body_len: 13 }"
        );

        let e = client
            .send(Request {
                operation: "DELETE /jobs/{ID}",
                method: Method::Delete,
                path: "/jobs/1".into(),
                query: vec![],
                body: None,
                expect: &[204],
            })
            .await
            .unwrap_err();
        assert!(
            matches!(
                e,
                Error::UnexpectedStatus {
                    operation: "DELETE /jobs/{ID}",
                    status: 200,
                    expected: &[204]
                }
            ),
            "{e:?}"
        );

        let e = client
            .send(Request {
                operation: "PUT /jobs/{ID}",
                method: Method::Put,
                path: "/jobs/1".into(),
                query: vec![],
                body: None,
                expect: &[],
            })
            .await
            .unwrap_err();
        match e {
            Error::Status {
                status: 500,
                body: None,
                excerpt,
                ..
            } => assert_eq!(excerpt, "boom"),
            other => panic!("{other:?}"),
        }

        let requests = server.join().expect("server thread");
        assert_eq!(requests.len(), 4);
        let get = &requests[0];
        assert!(
            get.starts_with("GET /api/vmRestorePoints/a%20b?format=Entity HTTP/1.1\r\n"),
            "{get}"
        );
        assert_eq!(header(get, "X-RestSvcSessionId"), Some("sess-42"));
        assert_eq!(header(get, "Accept"), Some("application/xml"));
        assert_eq!(header(get, "Content-Type"), None);
        let post = &requests[1];
        assert!(post.starts_with("POST /api/jobs HTTP/1.1\r\n"), "{post}");
        assert_eq!(header(post, "Accept"), Some("application/json"));
        assert_eq!(header(post, "Content-Type"), Some("application/json"));
        assert_eq!(header(post, "X-RestSvcSessionId"), Some("sess-42"));
        assert!(post.ends_with("\r\n\r\n{\"Name\":\"n\"}"), "{post}");
        assert!(requests[2].starts_with("DELETE /api/jobs/1 "));
        assert!(requests[3].starts_with("PUT /api/jobs/1 "));
    }

    #[tokio::test]
    async fn slow_servers_time_out() {
        let (base, server) = serve(vec![(
            Duration::from_millis(600),
            "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".to_owned(),
        )]);
        let client = Client::new(&base)
            .unwrap()
            .with_timeout(Duration::from_millis(100));
        let e = client
            .send(Request {
                operation: "GET /jobs",
                method: Method::Get,
                path: "/jobs".into(),
                query: vec![],
                body: None,
                expect: &[200],
            })
            .await
            .unwrap_err();
        assert!(matches!(e, Error::Timeout), "{e:?}");
        assert_eq!(e.to_string(), "request timed out");
        let _ = server.join();
    }
}
