//! A small HTTP/1.1 server side, the mock's and the scripted server's: requests parsed with
//! `httparse` (bounded head and body, `Content-Length` or chunked bodies, keep-alive), responses
//! written byte for byte — header names in exactly the case given (`x-restsvcsessionid` as a
//! server may spell it), and bodies that may deliberately not match their `Content-Length` (the
//! mock's truncation fault). A general-purpose server (hyper) writes header names in lower case
//! and refuses to send a body shorter than its `Content-Length`, which these servers must be
//! able to do.

use std::time::Duration;

use http::{Method, StatusCode};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::time::Instant;

/// The longest request head accepted.
const MAX_HEAD: usize = 32 * 1024;
/// The largest request body accepted.
const MAX_BODY: usize = 1024 * 1024;
/// The most header lines accepted.
const MAX_HEADERS: usize = 64;
/// A request, once started, must arrive within this.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// One request.
#[derive(Debug, Clone)]
pub struct Request {
    /// The method, in upper case.
    pub method: Method,
    /// The path, as sent (not decoded), without the query.
    pub path: String,
    /// The query string as sent, without `?`.
    pub query: Option<String>,
    /// The header lines in order, names as sent, values trimmed.
    pub headers: Vec<(String, String)>,
    /// The body, de-chunked.
    pub body: Vec<u8>,
    /// The HTTP version's minor number: 1 for `HTTP/1.1`, 0 for `HTTP/1.0`.
    pub version: u8,
    /// Whether the connection stays open after the answer.
    pub keep_alive: bool,
    /// Whether the head said how long the body is (`Content-Length` or `Transfer-Encoding`).
    /// HTTP.sys refuses a `POST`, `PUT` or `DELETE` that does not, and so does the mock.
    pub framed: bool,
}

impl Request {
    /// The first header named `name` (ASCII case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every value of the headers named `name` (ASCII case-insensitive), in order.
    pub fn header_values(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The request target as sent: the path and, when there is one, `?` and the query.
    pub fn target(&self) -> String {
        match &self.query {
            Some(query) => format!("{}?{query}", self.path),
            None => self.path.clone(),
        }
    }

    /// The request line without its line end: `GET /api/jobs?format=Entity HTTP/1.1`.
    pub fn line(&self) -> String {
        format!("{} {} HTTP/1.{}", self.method, self.target(), self.version)
    }
}

/// The request as text, for test messages: its line, its header lines and its body (invalid
/// UTF-8 replaced), joined as on the wire.
impl std::fmt::Display for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}\r\n", self.line())?;
        for (name, value) in &self.headers {
            write!(f, "{name}: {value}\r\n")?;
        }
        write!(f, "\r\n{}", String::from_utf8_lossy(&self.body))
    }
}

/// Why a request could not be read; the status to answer, when there is still someone to answer.
#[derive(Debug)]
pub enum ReadError {
    /// The connection failed or closed mid-request, or took too long: nothing to answer.
    Gone,
    /// A request that cannot be understood: answer this status (400, 413, 431, 501) and close.
    Bad(StatusCode, &'static str),
}

/// One response.
#[derive(Debug, Clone, Default)]
pub struct Response {
    /// The status; its canonical reason phrase is written after it.
    pub status: StatusCode,
    /// Extra headers, names written exactly as given. `Content-Length` is added.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// `Content-Length` to declare instead of the body's length (the truncation fault).
    pub declared_length: Option<usize>,
    /// Close the connection after this response.
    pub close: bool,
}

/// Reads the next request from `io`, `buf` holding bytes already read past the previous one.
/// `Ok(None)` when the client closed the connection between requests.
pub async fn read_request<S>(io: &mut S, buf: &mut Vec<u8>) -> Result<Option<Request>, ReadError>
where
    S: AsyncRead + Unpin,
{
    // Wait, without a time limit, for the first byte of the next request: idle keep-alive
    // connections live until the client or the mock closes them.
    if buf.is_empty() && fill(io, buf, None).await? == 0 {
        return Ok(None);
    }
    let deadline = Instant::now() + REQUEST_TIMEOUT;
    let (head_len, mut request, framing) = loop {
        match parse_head(buf)? {
            Some(parsed) => break parsed,
            None => {
                if buf.len() > MAX_HEAD {
                    return Err(ReadError::Bad(
                        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                        "request head too large",
                    ));
                }
                if fill(io, buf, Some(deadline)).await? == 0 {
                    return Err(ReadError::Gone);
                }
            }
        }
    };
    buf.drain(..head_len);
    request.body = match framing {
        Framing::Length(len) => {
            if len > MAX_BODY {
                return Err(ReadError::Bad(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "request body too large",
                ));
            }
            while buf.len() < len {
                if fill(io, buf, Some(deadline)).await? == 0 {
                    return Err(ReadError::Gone);
                }
            }
            buf.drain(..len).collect()
        }
        Framing::Chunked => loop {
            match dechunk(buf)? {
                Some((body, used)) => {
                    buf.drain(..used);
                    break body;
                }
                None => {
                    if buf.len() > MAX_BODY + MAX_HEAD {
                        return Err(ReadError::Bad(
                            StatusCode::PAYLOAD_TOO_LARGE,
                            "request body too large",
                        ));
                    }
                    if fill(io, buf, Some(deadline)).await? == 0 {
                        return Err(ReadError::Gone);
                    }
                }
            }
        },
    };
    Ok(Some(request))
}

/// Reads more bytes into `buf`; the count read (0 at end of stream).
async fn fill<S: AsyncRead + Unpin>(
    io: &mut S,
    buf: &mut Vec<u8>,
    deadline: Option<Instant>,
) -> Result<usize, ReadError> {
    let mut chunk = [0u8; 8192];
    let read = io.read(&mut chunk);
    let n = match deadline {
        None => read.await,
        Some(deadline) => tokio::time::timeout_at(deadline, read)
            .await
            .map_err(|_| ReadError::Gone)?,
    }
    .map_err(|_| ReadError::Gone)?;
    buf.extend_from_slice(&chunk[..n]);
    Ok(n)
}

enum Framing {
    Length(usize),
    Chunked,
}

/// The head, when `buf` holds all of it: (its length, the request without body, the framing).
fn parse_head(buf: &[u8]) -> Result<Option<(usize, Request, Framing)>, ReadError> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    let head_len = match parsed.parse(buf) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(httparse::Error::TooManyHeaders) => {
            return Err(ReadError::Bad(
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                "too many header lines",
            ))
        }
        Err(_) => return Err(ReadError::Bad(StatusCode::BAD_REQUEST, "malformed request")),
    };
    // httparse has checked that the method is a token, which is what `Method` takes; in upper
    // case, as the mock has always compared methods without regard to case.
    let method = parsed.method.unwrap_or_default().to_ascii_uppercase();
    let method = Method::from_bytes(method.as_bytes())
        .map_err(|_| ReadError::Bad(StatusCode::BAD_REQUEST, "malformed method"))?;
    let target = parsed.path.unwrap_or_default();
    let version = parsed.version.unwrap_or(1);
    let headers: Vec<(String, String)> = parsed
        .headers
        .iter()
        .map(|h| {
            (
                h.name.to_owned(),
                String::from_utf8_lossy(h.value).trim().to_owned(),
            )
        })
        .collect();

    // Origin form `/api/x?y`; absolute form `http://host/api/x?y` is reduced to it.
    let target = match target.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None => target,
    };
    if !target.starts_with('/') {
        return Err(ReadError::Bad(
            StatusCode::BAD_REQUEST,
            "the request target is not a path",
        ));
    }
    let (path, query) = match target.split_once('?') {
        Some((path, query)) => (path.to_owned(), Some(query.to_owned())),
        None => (target.to_owned(), None),
    };

    fn find<'h>(
        headers: &'h [(String, String)],
        name: &'static str,
    ) -> impl Iterator<Item = &'h str> + 'h {
        headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    let connection: Vec<String> = find(&headers, "connection")
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().to_ascii_lowercase())
        .collect();
    let keep_alive = if version == 0 {
        connection.iter().any(|t| t == "keep-alive")
    } else {
        !connection.iter().any(|t| t == "close")
    };

    let chunked =
        find(&headers, "transfer-encoding").any(|v| v.to_ascii_lowercase().contains("chunked"));
    let lengths: Vec<&str> = find(&headers, "content-length").collect();
    let framed = chunked || !lengths.is_empty();
    let framing = if chunked {
        if !lengths.is_empty() {
            return Err(ReadError::Bad(
                StatusCode::BAD_REQUEST,
                "both Content-Length and chunked",
            ));
        }
        Framing::Chunked
    } else if let Some(first) = lengths.first() {
        if lengths.iter().any(|l| l != first) {
            return Err(ReadError::Bad(
                StatusCode::BAD_REQUEST,
                "conflicting Content-Length headers",
            ));
        }
        let len = first
            .parse::<usize>()
            .map_err(|_| ReadError::Bad(StatusCode::BAD_REQUEST, "invalid Content-Length"))?;
        Framing::Length(len)
    } else if find(&headers, "transfer-encoding").next().is_some() {
        return Err(ReadError::Bad(
            StatusCode::NOT_IMPLEMENTED,
            "unsupported Transfer-Encoding",
        ));
    } else {
        Framing::Length(0)
    };

    Ok(Some((
        head_len,
        Request {
            method,
            path,
            query,
            headers,
            body: Vec::new(),
            version,
            keep_alive,
            framed,
        },
        framing,
    )))
}

/// A whole chunked body at the start of `data`: (the body, the bytes it took); `None` when not
/// all of it has arrived.
fn dechunk(data: &[u8]) -> Result<Option<(Vec<u8>, usize)>, ReadError> {
    let mut body = Vec::new();
    let mut pos = 0;
    loop {
        let (start, size) = match httparse::parse_chunk_size(&data[pos..]) {
            Ok(httparse::Status::Complete(found)) => found,
            Ok(httparse::Status::Partial) => return Ok(None),
            Err(_) => {
                return Err(ReadError::Bad(
                    StatusCode::BAD_REQUEST,
                    "malformed chunk size",
                ))
            }
        };
        let size = usize::try_from(size)
            .ok()
            .filter(|s| body.len() + s <= MAX_BODY)
            .ok_or(ReadError::Bad(
                StatusCode::PAYLOAD_TOO_LARGE,
                "request body too large",
            ))?;
        pos += start;
        if size == 0 {
            // Trailers (ignored) up to an empty line.
            let rest = &data[pos..];
            if rest.starts_with(b"\r\n") {
                return Ok(Some((body, pos + 2)));
            }
            return Ok(rest
                .windows(4)
                .position(|w| w == b"\r\n\r\n")
                .map(|end| (body, pos + end + 4)));
        }
        if data.len() < pos + size + 2 {
            return Ok(None);
        }
        body.extend_from_slice(&data[pos..pos + size]);
        if &data[pos + size..pos + size + 2] != b"\r\n" {
            return Err(ReadError::Bad(StatusCode::BAD_REQUEST, "malformed chunk"));
        }
        pos += size + 2;
    }
}

/// Writes `response` (without its body for `HEAD`).
pub async fn write_response<S>(io: &mut S, response: &Response, head: bool) -> std::io::Result<()>
where
    S: AsyncWrite + Unpin,
{
    let status = response.status;
    let reason = status.canonical_reason().unwrap_or("Status");
    let mut out = format!("HTTP/1.1 {} {reason}\r\n", status.as_u16()).into_bytes();
    for (name, value) in &response.headers {
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(value.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    let bodiless = status == StatusCode::NO_CONTENT
        || status == StatusCode::NOT_MODIFIED
        || status.is_informational();
    if !bodiless {
        let length = response.declared_length.unwrap_or(response.body.len());
        out.extend_from_slice(format!("Content-Length: {length}\r\n").as_bytes());
    }
    if response.close {
        out.extend_from_slice(b"Connection: close\r\n");
    }
    out.extend_from_slice(b"\r\n");
    if !bodiless && !head {
        out.extend_from_slice(&response.body);
    }
    io.write_all(&out).await?;
    io.flush().await
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn read_all(input: &[u8]) -> Vec<Result<Option<Request>, String>> {
        let mut io = input;
        let mut buf = Vec::new();
        let mut out = Vec::new();
        loop {
            let r = read_request(&mut io, &mut buf).await;
            let stop = !matches!(r, Ok(Some(_)));
            out.push(r.map_err(|e| format!("{e:?}")));
            if stop {
                return out;
            }
        }
    }

    #[tokio::test]
    async fn pipelined_requests_with_bodies() {
        let input = b"GET /api/backups?format=Entity HTTP/1.1\r\nHost: x\r\nX-RestSvcSessionId: abc\r\n\r\n\
POST /api/vmRestorePoints/1/mounts HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello\
POST /api/x HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
        let got = read_all(input).await;
        assert_eq!(got.len(), 4);
        let first = got[0].as_ref().unwrap().as_ref().unwrap();
        assert_eq!(first.method, "GET");
        assert_eq!(first.path, "/api/backups");
        assert_eq!(first.query.as_deref(), Some("format=Entity"));
        assert_eq!(first.header("x-restsvcsessionid"), Some("abc"));
        assert!(first.keep_alive);
        let second = got[1].as_ref().unwrap().as_ref().unwrap();
        assert_eq!(second.body, b"hello");
        let third = got[2].as_ref().unwrap().as_ref().unwrap();
        assert_eq!(third.body, b"abcde");
        assert!(!third.keep_alive);
        assert!(matches!(got[3], Ok(None)));
    }

    #[tokio::test]
    async fn bad_requests_are_refused_not_panicked_on() {
        for (input, status) in [
            (&b"\x00\x01garbage\r\n\r\n"[..], "Bad(400"),
            (b"GET api HTTP/1.1\r\n\r\n", "Bad(400"),
            (b"GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n", "Bad(400"),
            (
                b"GET / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n",
                "Bad(413",
            ),
            (
                b"GET / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
                "Bad(501",
            ),
            (
                b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                "Bad(400",
            ),
            (b"GET / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc", "Gone"),
        ] {
            let got = read_all(input).await;
            let last = got.last().unwrap();
            assert!(
                matches!(last, Err(e) if e.starts_with(status)),
                "{:?}: {last:?}",
                String::from_utf8_lossy(input)
            );
        }
        let many = format!("GET / HTTP/1.1\r\n{}\r\n", "A: b\r\n".repeat(100));
        let got = read_all(many.as_bytes()).await;
        assert!(matches!(got.last().unwrap(), Err(e) if e.starts_with("Bad(431")));
    }

    #[tokio::test]
    async fn responses_keep_header_case_and_may_lie_about_length() {
        let mut out = Vec::new();
        let response = Response {
            status: StatusCode::CREATED,
            headers: vec![("X-RestSvcSessionId".into(), "abc".into())],
            body: b"half".to_vec(),
            declared_length: Some(8),
            close: true,
        };
        write_response(&mut out, &response, false).await.unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "HTTP/1.1 201 Created\r\nX-RestSvcSessionId: abc\r\nContent-Length: 8\r\nConnection: close\r\n\r\nhalf"
        );
        let mut out = Vec::new();
        let response = Response {
            status: StatusCode::NO_CONTENT,
            ..Response::default()
        };
        write_response(&mut out, &response, false).await.unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "HTTP/1.1 204 No Content\r\n\r\n"
        );
    }
}
