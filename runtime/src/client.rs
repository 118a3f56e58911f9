//! The HTTP client: one [`Client`] per server (built by [`Client::builder`]), [`Request`]s built
//! by the generated operations, and the [`decode`]/[`encode`] of bodies in the client's
//! [`Format`].
//!
//! A `Client` is cheap to clone: clones share the connection pool and the logon session. The
//! session lifecycle (logon, the session header on every request, one re-logon when the server
//! forgets the session, logout) is in [`session`](super::session).

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

pub use http::{Method, StatusCode};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
pub use reqwest::header::HeaderMap;
use reqwest::header::{
    HeaderName, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use url::Url;

use super::error::{error_chain, scrub_text, DecodeError, Error, ServerError};
use super::session::{Credentials, SessionInfo};
use super::tls::TlsConfig;
use super::unknown::Members;
use super::values::Format;
use super::xml::{FromXml, ToXml};
use super::{json, xml};

/// The header that carries the session id: sent by the server in the logon response, and by the
/// client on every request after logon.
pub const SESSION_HEADER: &str = "X-RestSvcSessionId";

/// The timeout a new client uses, for connecting and for each whole request.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The session id; its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct SessionId(pub(crate) String);

impl fmt::Debug for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionId(<redacted>)")
    }
}

impl SessionId {
    /// The id as a header value, marked sensitive (kept out of reqwest's `Debug` and out of
    /// HTTP/2 header compression tables).
    pub(crate) fn header_value(&self) -> Result<HeaderValue, Error> {
        let mut value = HeaderValue::from_str(&self.0)
            .map_err(|_| Error::Encode("the session id is not a valid header value".to_owned()))?;
        value.set_sensitive(true);
        Ok(value)
    }
}

/// The logon session a client holds, shared by its clones.
#[derive(Default)]
pub(crate) struct SessionState {
    /// The `X-RestSvcSessionId` value.
    pub(crate) token: Option<SessionId>,
    /// Bumped whenever `token` changes, so a request that saw 401 can tell whether another
    /// task has logged on again since it was sent.
    pub(crate) generation: u64,
    /// The logon session's own id (the `{ID}` of `DELETE /logonSessions/{ID}`), from the logon
    /// response body. Treated as a secret too.
    pub(crate) logon_session_id: Option<String>,
    /// What the last logon chose.
    pub(crate) info: Option<SessionInfo>,
}

impl SessionState {
    /// Replaces the session (or forgets it, with `None`).
    pub(crate) fn replace(
        &mut self,
        token: Option<SessionId>,
        logon_session_id: Option<String>,
        info: Option<SessionInfo>,
    ) {
        self.token = token;
        self.logon_session_id = logon_session_id;
        self.info = info;
        self.generation = self.generation.wrapping_add(1);
    }
}

/// What clones of one client share.
#[derive(Default)]
pub(crate) struct Shared {
    /// The session; never held across an `.await`.
    state: Mutex<SessionState>,
    /// Held for a whole logon, re-logon or logout, so concurrent 401s log on once.
    pub(crate) logon: tokio::sync::Mutex<()>,
}

/// A client of one Enterprise Manager server.
///
/// Cheap to clone; clones share the connection pool, the credentials and the logon session, and
/// every method takes `&self`, so one client can serve many tasks. `Debug` shows the base URL,
/// format, timeout and whether there is a session, never the session id or the password.
///
/// ```no_run
/// # async fn demo() -> Result<(), veeam_em_runtime::Error> {
/// use veeam_em_runtime::Credentials;
/// use veeam_em_runtime::{Client, Format};
///
/// let client = Client::builder("https://em.example:9398/api")
///     .format(Format::Json)
///     .credentials(Credentials::new("DOMAIN\\svc-backup", "…"))
///     .ca_certificate_pem(&std::fs::read("em.pem").unwrap_or_default())
///     .build()?;
/// client.logon().await?; // GET /api, POST /sessionMngr/?v=<newest known>
/// // Requests send X-RestSvcSessionId; one re-logon on 401. The generated `veeam-em` crate
/// // adds one method per operation (`client.get_jobs()`).
/// client.logout().await?; // DELETE /logonSessions/{ID}
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct Client {
    base_url: Arc<str>,
    pub(crate) http: reqwest::Client,
    format: Format,
    timeout: Duration,
    pub(crate) credentials: Option<Arc<Credentials>>,
    pub(crate) shared: Arc<Shared>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.state();
        f.debug_struct("Client")
            .field("base_url", &&*self.base_url)
            .field("format", &self.format)
            .field("session", &state.token)
            .field(
                "api_version",
                &state.info.as_ref().map(|i| i.version.name()),
            )
            .field("credentials", &self.credentials)
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

/// The settings of a new [`Client`]; from [`Client::builder`].
///
/// Defaults: XML, [`DEFAULT_TIMEOUT`] for connecting and for each whole request, no credentials,
/// certificates verified against the bundled web roots (see [`tls`](super::tls)), redirects not
/// followed (they would carry the session header elsewhere).
#[derive(Clone, Debug)]
pub struct ClientBuilder {
    base_url: String,
    format: Format,
    timeout: Duration,
    connect_timeout: Duration,
    credentials: Option<Credentials>,
    tls: TlsConfig,
}

impl ClientBuilder {
    /// The body format of requests and responses (default XML).
    pub fn format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }

    /// The timeout of each whole request, from sending to the end of the body (default
    /// [`DEFAULT_TIMEOUT`], 30 s). A request that takes longer fails with [`Error::Timeout`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The timeout of establishing a connection, TLS included (default [`DEFAULT_TIMEOUT`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The account [`Client::logon`] uses (HTTP Basic), and re-logon when a session expires.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Trusts the CA certificate(s) in `pem` (one or more `-----BEGIN CERTIFICATE-----` blocks)
    /// in addition to the bundled web roots: the way to reach a server with a self-signed or
    /// company-CA certificate while still verifying it. May be called more than once. A PEM
    /// that does not read is reported by [`build`](Self::build) as [`Error::Tls`].
    pub fn ca_certificate_pem(mut self, pem: &[u8]) -> Self {
        self.tls.ca_pems.push(pem.to_vec());
        self
    }

    /// **Dangerous:** with `true`, the server's certificate is not verified at all (any
    /// certificate, any host name, expired or not), so anyone on the network path can read the
    /// credentials and the session id. Off by default; for labs only. Prefer
    /// [`ca_certificate_pem`](Self::ca_certificate_pem) with the server's certificate. See
    /// [`tls`](super::tls).
    pub fn danger_accept_invalid_certificates(mut self, accept: bool) -> Self {
        self.tls.accept_invalid_certificates = accept;
        self
    }

    /// The client. [`Error::InvalidUrl`] for a base URL that is not absolute `http`/`https` or
    /// carries credentials, a query or a fragment; [`Error::Tls`] for an unusable CA
    /// certificate.
    pub fn build(self) -> Result<Client, Error> {
        let base_url = check_base_url(self.base_url)?;
        let builder = reqwest::Client::builder()
            .connect_timeout(self.connect_timeout)
            .timeout(self.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("veeam-em/", env!("CARGO_PKG_VERSION")));
        let builder = self.tls.apply(builder)?;
        let has_cas = !self.tls.ca_pems.is_empty();
        let http = builder.build().map_err(|e| {
            // No request yet, so no method or URL to name: with rustls, building fails only
            // over the TLS settings.
            if has_cas {
                Error::Tls(format!(
                    "the TLS library refused the CA certificate: {}",
                    error_chain(&e)
                ))
            } else {
                Error::Tls(format!(
                    "the HTTP client could not be built: {}",
                    error_chain(&e)
                ))
            }
        })?;
        Ok(Client {
            base_url: base_url.into(),
            http,
            format: self.format,
            timeout: self.timeout,
            credentials: self.credentials.map(Arc::new),
            shared: Arc::default(),
        })
    }
}

/// How one request authenticates.
#[derive(Clone, Copy)]
pub(crate) enum Auth<'a> {
    /// Neither header (the API entry point).
    None,
    /// `X-RestSvcSessionId`.
    Session(&'a SessionId),
    /// HTTP Basic (the logon).
    Basic(&'a Credentials),
}

impl Client {
    /// A builder of a client of the API at `base_url`, e.g. `https://em.example:9398/api` (a
    /// trailing slash is dropped).
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.into(),
            format: Format::Xml,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_TIMEOUT,
            credentials: None,
            tls: TlsConfig::default(),
        }
    }

    /// A client of the API at `base_url` with the [`builder`](Self::builder)'s defaults: XML,
    /// [`DEFAULT_TIMEOUT`], certificates verified against the bundled web roots, redirects not
    /// followed, no credentials.
    pub fn new(base_url: impl Into<String>) -> Result<Client, Error> {
        Client::builder(base_url).build()
    }

    /// A client that sends through `http`, a `reqwest::Client` configured by the caller. Its
    /// redirect policy should not follow redirects to other hosts: the session header would go
    /// along. Each request still gets this client's timeout ([`DEFAULT_TIMEOUT`] unless
    /// [`with_timeout`](Self::with_timeout)).
    pub fn with_http_client(
        base_url: impl Into<String>,
        http: reqwest::Client,
    ) -> Result<Client, Error> {
        Ok(Client {
            base_url: check_base_url(base_url.into())?.into(),
            http,
            format: Format::Xml,
            timeout: DEFAULT_TIMEOUT,
            credentials: None,
            shared: Arc::default(),
        })
    }

    /// The same client, sending and accepting `format` (the session stays shared).
    pub fn with_format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }

    /// The same client, with `timeout` for each whole request.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The same client, logging on (and on again after a 401) as `credentials`.
    pub fn with_credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(Arc::new(credentials));
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

    /// Whether the client has credentials to log on with.
    pub fn has_credentials(&self) -> bool {
        self.credentials.is_some()
    }

    /// Sets the session id sent as `X-RestSvcSessionId` on every request, for a session made
    /// elsewhere (clones share it). [`logout`](Self::logout) of such a session looks the logon
    /// session up with `GET /logonSessions`.
    pub fn set_session_id(&mut self, id: impl Into<String>) {
        self.state().replace(Some(SessionId(id.into())), None, None);
    }

    /// Forgets the session id (requests go without `X-RestSvcSessionId`) without telling the
    /// server; [`logout`](Self::logout) ends the session on the server.
    pub fn clear_session_id(&mut self) {
        self.state().replace(None, None, None);
    }

    /// Whether a session id is set.
    pub fn has_session(&self) -> bool {
        self.state().token.is_some()
    }

    /// What the last [`logon`](Self::logon) chose: the API version (and whether this client
    /// knows it) and the user name. `None` before logon and after logout.
    pub fn session_info(&self) -> Option<SessionInfo> {
        self.state().info.clone()
    }

    /// The shared session state (a poisoned lock is still usable: the state is plain data).
    pub(crate) fn state(&self) -> MutexGuard<'_, SessionState> {
        self.shared
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The texts errors must never show: session id, logon session id, password.
    fn secrets(&self) -> Vec<String> {
        let state = self.state();
        let mut secrets = Vec::with_capacity(3);
        if let Some(SessionId(token)) = &state.token {
            secrets.push(token.clone());
        }
        if let Some(id) = &state.logon_session_id {
            secrets.push(id.clone());
        }
        if let Some(credentials) = &self.credentials {
            secrets.push(credentials.password.expose().to_owned());
        }
        secrets
    }

    /// `base_url + path`, parsed, with `query` appended to the query `path` may already carry
    /// (a followed link's): each key and value percent-encoded ([`QUERY_COMPONENT`]).
    fn url(&self, path: &str, query: &[(&'static str, String)]) -> Result<Url, url::ParseError> {
        let slash = if path.starts_with('/') || path.is_empty() {
            ""
        } else {
            "/"
        };
        let mut url = Url::parse(&format!("{}{slash}{path}", self.base_url))?;
        if !query.is_empty() {
            let pairs = query.iter().map(|(key, value)| {
                format!(
                    "{}={}",
                    utf8_percent_encode(key, QUERY_COMPONENT),
                    utf8_percent_encode(value, QUERY_COMPONENT)
                )
            });
            let query: Vec<String> = url
                .query()
                .map(str::to_owned)
                .into_iter()
                .chain(pairs)
                .collect();
            url.set_query(Some(&query.join("&")));
        }
        Ok(url)
    }

    /// Sends `req` with the session header (when there is a session) and returns the response
    /// when its status is one of `req.expect` (any 2xx when `expect` is empty). Another success
    /// status is [`Error::UnexpectedStatus`]; any other status is [`Error::Status`] with the
    /// server's error body, XML or JSON, when it sent one.
    ///
    /// When the server answers 401 to a request sent with a session and the client has
    /// credentials (the session expired: 15 idle minutes), the client logs on again once and
    /// sends the request once more; if the logon fails, the logon's error is returned, and if
    /// the second attempt fails too, its error. Concurrent requests that see the same expired
    /// session share one logon. Without credentials, a 401 is returned as it is.
    pub async fn send(&self, req: Request) -> Result<Response, Error> {
        let (token, generation) = {
            let state = self.state();
            (state.token.clone(), state.generation)
        };
        let Some(token) = token else {
            return self.execute(req, Auth::None, self.format).await;
        };
        if self.credentials.is_none() {
            return self.execute(req, Auth::Session(&token), self.format).await;
        }
        let retry = req.clone();
        match self.execute(req, Auth::Session(&token), self.format).await {
            Err(
                error @ Error::Status {
                    status: StatusCode::UNAUTHORIZED,
                    ..
                },
            ) => {
                let Some(token) = self.relogon(generation).await? else {
                    return Err(error);
                };
                self.execute(retry, Auth::Session(&token), self.format)
                    .await
            }
            other => other,
        }
    }

    /// Sends `req` once, authenticated by `auth`, accepting `accept`. Errors carry none of the
    /// client's secrets.
    pub(crate) async fn execute(
        &self,
        req: Request,
        auth: Auth<'_>,
        accept: Format,
    ) -> Result<Response, Error> {
        self.execute_redacting(req, auth, accept, &[]).await
    }

    /// [`execute`](Self::execute), keeping `also_secret` out of errors, the response's URL and
    /// the `tracing` events too: logout sends the logon session id in its URL after the client
    /// has already forgotten it.
    ///
    /// The request carries what HTTP.sys (Enterprise Manager's HTTP stack) accepts: `Accept`
    /// with exactly one media type, `Content-Type` (one media type, the client's format) only
    /// with a body, and a `Content-Length` on every request with a body and on every body-less
    /// `POST`, `PUT` and `DELETE` (`Content-Length: 0`; without it HTTP.sys answers 411 Length
    /// Required, and hyper sends none for an empty body).
    pub(crate) async fn execute_redacting(
        &self,
        req: Request,
        auth: Auth<'_>,
        accept: Format,
        also_secret: &[&str],
    ) -> Result<Response, Error> {
        let method = req.method;
        check_path_parameters(req.operation, &req.path)?;
        let url = self.url(&req.path, &req.query).map_err(|e| {
            Error::InvalidUrl(format!(
                "{}: the request URL does not parse: {e}",
                req.operation
            ))
        })?;
        let secrets = self.secrets();
        let secrets: Vec<&str> = secrets
            .iter()
            .map(String::as_str)
            .chain(also_secret.iter().copied())
            .collect();
        let mut shown_url = url.as_str().to_owned();
        scrub_text(&mut shown_url, &secrets);
        let mut builder = self
            .http
            .request(method.clone(), url)
            .timeout(self.timeout)
            .header(ACCEPT, accept.content_type());
        match auth {
            Auth::None => {}
            Auth::Session(token) => {
                let value = token.header_value().map_err(|_| {
                    Error::Encode(format!(
                        "{method} {shown_url}: the session id is not a valid header value"
                    ))
                })?;
                builder = builder.header(SESSION_HEADER, value);
            }
            Auth::Basic(credentials) => {
                builder =
                    builder.basic_auth(&credentials.username, Some(credentials.password.expose()))
            }
        }
        match req.body {
            Some(body) if !body.is_empty() => {
                builder = builder
                    .header(CONTENT_TYPE, self.format.content_type())
                    .header(CONTENT_LENGTH, body.len())
                    .body(body);
            }
            _ if method != Method::GET => builder = builder.header(CONTENT_LENGTH, 0),
            _ => {}
        }

        let started = Instant::now();
        let failed = |error: reqwest::Error| {
            let error = Error::from_reqwest(method.clone(), shown_url.clone(), error);
            tracing::debug!(
                target: "veeam_em::http",
                method = method.as_str(),
                url = %shown_url,
                operation = req.operation,
                elapsed_ms = elapsed_ms(started),
                error = %error,
                "request failed",
            );
            error
        };
        let response = builder.send().await.map_err(failed)?;
        let status = response.status();
        let mut headers = response.headers().clone();
        for (name, value) in headers.iter_mut() {
            if is_secret_header(name) {
                value.set_sensitive(true);
            }
        }
        let body = response.bytes().await.map_err(failed)?.to_vec();
        tracing::debug!(
            target: "veeam_em::http",
            method = method.as_str(),
            url = %shown_url,
            operation = req.operation,
            status = status.as_u16(),
            elapsed_ms = elapsed_ms(started),
            body_len = body.len(),
            "response",
        );

        let success = status.is_success();
        if req.expect.contains(&status) || (req.expect.is_empty() && success) {
            Ok(Response {
                method,
                url: shown_url,
                status,
                headers,
                body,
            })
        } else if success {
            Err(Error::UnexpectedStatus {
                operation: req.operation,
                method,
                url: shown_url,
                status,
                expected: req.expect,
            })
        } else {
            let content_type = headers
                .get(CONTENT_TYPE)
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into());
            Err(Error::Status {
                operation: req.operation,
                method,
                url: shown_url,
                status,
                content_type,
                body: server_error(&body).map(Box::new),
                excerpt: excerpt(&body),
            }
            .scrub(&secrets))
        }
    }
}

/// Milliseconds since `started`, for the `tracing` events.
fn elapsed_ms(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// Headers whose values are secrets: the session id, cookies (the server also sets the session
/// id as a cookie), authorization.
fn is_secret_header(name: &HeaderName) -> bool {
    name.as_str().eq_ignore_ascii_case(SESSION_HEADER)
        || name == reqwest::header::SET_COOKIE
        || name == reqwest::header::COOKIE
        || name == AUTHORIZATION
}

/// One call, as a generated operation builds it. `Debug` shows the body's length, not its
/// content (bodies can carry passwords).
#[derive(Clone)]
pub struct Request {
    /// The operation, e.g. `GET /vmRestorePoints/{ID}` (used in errors).
    pub operation: &'static str,
    /// The HTTP method (`Method::GET`, `POST`, `PUT` or `DELETE`: the ones the API uses).
    pub method: Method,
    /// The path below the base URL with its parameters filled in (each through
    /// [`path_segment`]), e.g. `/vmRestorePoints/abc`.
    pub path: String,
    /// Query parameters, unencoded (the client percent-encodes them: [`QUERY_COMPONENT`]).
    pub query: Vec<(&'static str, String)>,
    /// The body, already encoded in the client's format ([`encode`]).
    pub body: Option<Vec<u8>>,
    /// The statuses the operation documents as success (empty: any 2xx).
    pub expect: &'static [StatusCode],
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

/// A response with an expected status.
///
/// `Debug` shows the method, URL and status, the headers with the values of `X-RestSvcSessionId`,
/// `Set-Cookie` and other secret headers replaced by `<redacted>`, and the body's length, not its
/// content (a logon response carries the session id).
#[derive(Clone)]
pub struct Response {
    /// The method of the request answered.
    pub method: Method,
    /// The full URL of the request answered, with the client's secrets (the logon session id in
    /// `/logonSessions/{ID}`) replaced by `<redacted>`.
    pub url: String,
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers (names are case-insensitive: `headers.get("x-restsvcsessionid")`
    /// finds `X-RestSvcSessionId`). The session header and cookies are marked sensitive.
    pub headers: HeaderMap,
    /// The body, as received.
    pub body: Vec<u8>,
}

impl Response {
    /// The first value of header `name` (any case), when it is present and text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)?.to_str().ok()
    }

    /// The body read as `T` in `format` (the client's: [`Client::format`]). A body that does
    /// not read is [`Error::Decode`] naming `operation`, this response's method and URL, what
    /// failed and where, with an excerpt of the body.
    pub fn decode<T: FromXml + DeserializeOwned + Members>(
        &self,
        operation: &'static str,
        format: Format,
    ) -> Result<T, Error> {
        decode_body(
            operation,
            Some((&self.method, &self.url)),
            format,
            &self.body,
        )
    }
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("status", &self.status)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// Headers for `Debug`, secret values as `<redacted>`.
struct RedactedHeaders<'a>(&'a HeaderMap);

impl fmt::Debug for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Redacted;
        impl fmt::Debug for Redacted {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("<redacted>")
            }
        }
        let mut map = f.debug_map();
        for (name, value) in self.0 {
            if value.is_sensitive() || is_secret_header(name) {
                map.entry(&name.as_str(), &Redacted);
            } else {
                match value.to_str() {
                    Ok(text) => map.entry(&name.as_str(), &text),
                    Err(_) => map.entry(&name.as_str(), &value.as_bytes()),
                };
            }
        }
        map.finish()
    }
}

/// What a path parameter, a query key or a query value keeps as it is: RFC 3986's unreserved
/// characters only (`A-Z a-z 0-9 - . _ ~`); every other byte of its UTF-8 is `%XX`.
///
/// So a space is `%20`, never `+` (`application/x-www-form-urlencoded`, which some servers do
/// not read as a space in a query), and a query's `=`, `&`, `;`, `"`, `#`, `+` are data, never
/// syntax: `filter=Name=="a b"` is sent `filter=Name%3D%3D%22a%20b%22`.
pub const QUERY_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Refuses a request whose path parameter would send it to another resource: an empty one
/// (`/backupSessions/` is the collection, `/backupSessions//taskSessions` no resource), `.` or
/// `..` (URL resolution drops or climbs them). Compares `path` with the operation's documented
/// path (`GET /backupSessions/{ID}`), segment by segment; a request of another shape (a link
/// followed) is not checked. The error names the operation and the parameter, not its value.
fn check_path_parameters(operation: &str, path: &str) -> Result<(), Error> {
    let template = operation.split_once(' ').map_or("", |(_, p)| p);
    let template = template.split('?').next().unwrap_or_default();
    let documented: Vec<&str> = template.split('/').collect();
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let sent: Vec<&str> = path.split('/').collect();
    if documented.len() != sent.len() {
        return Ok(());
    }
    let parameters = documented.iter().filter(|s| s.starts_with('{')).count();
    let mut n = 0;
    for (name, value) in documented.iter().zip(&sent) {
        if !name.starts_with('{') {
            continue;
        }
        n += 1;
        // URL resolution takes `%2e` for a dot, in either case.
        let dots = value.to_ascii_lowercase().replace("%2e", ".");
        let what = match dots.as_str() {
            "" => "empty",
            "." | ".." => "`.` or `..`",
            _ => continue,
        };
        return Err(Error::InvalidUrl(format!(
            "{operation}: path parameter {n} of {parameters} ({name}) is {what}: the request \
             would reach another resource; not sent"
        )));
    }
    Ok(())
}

/// One path parameter, percent-encoded (all but `A-Z a-z 0-9 - . _ ~`, so `/` and `:` too).
pub fn path_segment(value: &str) -> String {
    utf8_percent_encode(value, QUERY_COMPONENT).to_string()
}

/// Reads a body as `T` in `format`; failures are [`Error::Decode`] with an excerpt of the body
/// and no URL. For a [`Response`], [`Response::decode`] also names the request's method and URL.
/// Members the documentation does not name are kept in the value and reported
/// ([`unknown::report`](super::unknown::report): one `tracing` event naming the operation and
/// the members).
pub fn decode<T: FromXml + DeserializeOwned + Members>(
    operation: &'static str,
    format: Format,
    body: &[u8],
) -> Result<T, Error> {
    decode_body(operation, None, format, body)
}

/// [`decode`], naming the request (`method`, URL) the body answered when there was one.
fn decode_body<T: FromXml + DeserializeOwned + Members>(
    operation: &'static str,
    request: Option<(&Method, &str)>,
    format: Format,
    body: &[u8],
) -> Result<T, Error> {
    let result = match format {
        Format::Xml => xml::check_root::<T>(body).and_then(|()| xml::from_document(body)),
        Format::Json => json::from_slice(body).and_then(|value| {
            // JSON has no root to tell an error body from the answer: an object with a
            // `Message` and nothing the type names is the error. (Only then is the body read a
            // second time: a real answer costs one look at its unknown members.)
            if is_error_body(&value, body) {
                Err(DecodeError::new("the body is an Enterprise Manager error"))
            } else {
                Ok(value)
            }
        }),
    };
    // An error body sent with a success status: say what the server said.
    let result = result.map_err(|error| match server_error(body) {
        Some(server) if error.path().is_empty() => DecodeError::new(format!(
            "{}: {}",
            error.reason(),
            server_error_text(&server)
        )),
        _ => error,
    });
    let value = result.map_err(|error| Error::Decode {
        operation,
        method: request.map(|(method, _)| method.clone()),
        url: request.map(|(_, url)| url.to_owned()),
        error: Box::new(error),
        excerpt: excerpt(body),
    })?;
    super::unknown::report(operation, &value);
    Ok(value)
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

/// Whether a JSON `body`, read as `value`, is an error body: a `Message` among the members its
/// type does not name, and every member of the body unknown to the type.
fn is_error_body<T: Members>(value: &T, body: &[u8]) -> bool {
    let mut names = Vec::new();
    value.unknown_members("", &mut names);
    let unknown = |name: &str| names.iter().any(|n| n.eq_ignore_ascii_case(name));
    if !unknown("Message") {
        return false;
    }
    let Some(e) = server_error(body) else {
        return false;
    };
    (e.status_code.is_none() || unknown("StatusCode")) && e.other.keys().all(|k| unknown(k))
}

/// `the server's error: "…" (StatusCode 401)`.
fn server_error_text(e: &ServerError) -> String {
    let mut text = format!(
        "the server's error: {:?}",
        e.message.as_deref().unwrap_or("")
    );
    if let Some(code) = e.status_code {
        text.push_str(&format!(" (StatusCode {})", code.as_u16()));
    }
    text
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
                    "StatusCode" => error.status_code = status_code(value),
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
                    error.status_code = status_code(&text);
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

/// A `StatusCode` field's text (`404`, ` 404 `) as a status; `None` for one outside 100-999.
fn status_code(text: &str) -> Option<StatusCode> {
    let code: u16 = text.trim().parse().ok()?;
    StatusCode::from_u16(code).ok()
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
    use veeam_em_test_server::{serve_in_order, Reply};

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
        let url = |path: &str, query: &[(&'static str, String)]| {
            client.url(path, query).unwrap().to_string()
        };
        assert_eq!(path_segment("a b/c:d?é"), "a%20b%2Fc%3Ad%3F%C3%A9");
        assert_eq!(path_segment("5acac742-1b4e_x.y~"), "5acac742-1b4e_x.y~");
        assert_eq!(
            url(
                "/query",
                &[
                    ("type", "VmRestorePoint".into()),
                    ("filter", "Name==a&b;x=y".into())
                ]
            ),
            "https://em:9398/api/query?type=VmRestorePoint&filter=Name%3D%3Da%26b%3Bx%3Dy"
        );
        assert_eq!(
            url("/sessionMngr/?v=latest", &[("x", "1".into())]),
            "https://em:9398/api/sessionMngr/?v=latest&x=1"
        );
        assert_eq!(url("jobs", &[]), "https://em:9398/api/jobs");
        assert_eq!(url("/jobs", &[]), "https://em:9398/api/jobs");
    }

    /// Query values are data: every character that means something in a URL (`&`, `=`, `#`,
    /// `+`, `?`, `%`, `/`), a space and non-ASCII text reach the server as sent, `%XX` (a space
    /// `%20`, never `+`), and decode back to the value.
    #[test]
    fn query_values_with_url_syntax_are_encoded() {
        let client = Client::new("https://em:9398/api").unwrap();
        let value = "Name==\"a b&c=d#e+f?g%h/i\";Ünïcødé==日本 ~.-_*'";
        let url = client
            .url(
                "/query",
                &[("type", "Job".into()), ("filter", value.into())],
            )
            .unwrap();
        assert_eq!(
            url.as_str(),
            "https://em:9398/api/query?type=Job&filter=Name%3D%3D%22a%20b%26c%3Dd%23e%2Bf%3Fg%25h\
             %2Fi%22%3B%C3%9Cn%C3%AFc%C3%B8d%C3%A9%3D%3D%E6%97%A5%E6%9C%AC%20~.-_%2A%27"
        );
        assert_eq!(url.fragment(), None);
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert_eq!(
            pairs,
            [
                ("type".to_owned(), "Job".to_owned()),
                ("filter".to_owned(), value.to_owned())
            ]
        );
        // Appended to a query the path already carries (a followed link's), kept as it was.
        let url = client
            .url("/query?type=Job&page=2", &[("sortAsc", "a b".into())])
            .unwrap();
        assert_eq!(
            url.as_str(),
            "https://em:9398/api/query?type=Job&page=2&sortAsc=a%20b"
        );
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
        assert_eq!(xml.status_code, Some(StatusCode::NOT_FOUND));
        assert_eq!(xml.other.get("Extra").map(String::as_str), Some("e"));
        let json = server_error(br#"{"Message": "Denied", "StatusCode": 401, "Code": 7}"#).unwrap();
        assert_eq!(json.message.as_deref(), Some("Denied"));
        assert_eq!(json.status_code, Some(StatusCode::UNAUTHORIZED));
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
            fn from_xml(el: &xml::Element) -> Result<Self, crate::DecodeError> {
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
        impl Members for Job {
            fn unknown_members(&self, _: &str, _: &mut Vec<String>) {}
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

    /// Found by a fresh user: an empty `UID` passed on called the collection
    /// (`GET /backupSessions/`) and read its answer as one empty session.
    #[tokio::test]
    async fn a_path_parameter_that_leads_elsewhere_is_refused_before_sending() {
        // Nothing listens: a request sent would be a transport error, not this one.
        let client = Client::new("http://127.0.0.1:9/api").unwrap();
        let request = |operation: &'static str, path: String| Request {
            operation,
            method: Method::GET,
            path,
            query: vec![],
            body: None,
            expect: &[StatusCode::OK],
        };
        for (operation, id, message) in [
            (
                "GET /backupSessions/{ID}",
                "",
                "GET /backupSessions/{ID}: path parameter 1 of 1 ({ID}) is empty",
            ),
            (
                "GET /backupSessions/{ID}/taskSessions",
                "..",
                "GET /backupSessions/{ID}/taskSessions: path parameter 1 of 1 ({ID}) is `.` or `..`",
            ),
            ("GET /backupSessions/{ID}?format=Entity", ".", "is `.` or `..`"),
        ] {
            let path = operation
                .split_once(' ')
                .unwrap()
                .1
                .split('?')
                .next()
                .unwrap()
                .replace("{ID}", &path_segment(id));
            let e = client.send(request(operation, path)).await.unwrap_err();
            assert!(
                matches!(&e, Error::InvalidUrl(m) if m.contains(message) && m.ends_with("not sent")),
                "{id:?}: {e}"
            );
        }
        let e = client
            .send(request(
                "DELETE /jobs/{ID}/includes/{ID}",
                "/jobs/1/includes/".into(),
            ))
            .await
            .unwrap_err();
        assert!(e.to_string().contains("path parameter 2 of 2"), "{e}");
        // As a hand-built request may spell them (review): dots percent-encoded, a query after.
        for path in [
            "/tasks/%2e%2E",
            "/tasks/.%2E",
            "/tasks/..?x=1",
            "/tasks/?format=Entity",
        ] {
            let e = client
                .send(request("GET /tasks/{ID}", path.into()))
                .await
                .unwrap_err();
            assert!(matches!(e, Error::InvalidUrl(_)), "{path}: {e}");
        }
        // A good id, and a path of another shape (a link followed), go out.
        for (operation, path) in [
            ("GET /backupSessions/{ID}", "/backupSessions/a.b"),
            ("GET <link Href>", "/backupSessions/"),
        ] {
            let e = client
                .send(request(operation, path.into()))
                .await
                .unwrap_err();
            assert!(matches!(e, Error::Transport { .. }), "{path}: {e}");
        }
    }

    #[tokio::test]
    async fn send_sets_headers_and_maps_statuses() {
        let server = serve_in_order([
            Reply::new(
                404,
                "application/xml; charset=utf-8",
                r#"<?xml version="1.0" encoding="utf-8"?><Error xmlns="http://www.veeam.com/ent/v1.0" Message="Restore point with id [abc] was not found" StatusCode="404"/>"#,
            ),
            Reply::new(201, "application/json", r#"{"Name":"ok"}"#),
            Reply::new(200, "application/xml", ""),
            Reply::new(500, "text/plain", "boom"),
        ]);
        let base = format!("{}/", server.base_url());
        let mut client = Client::new(&base).unwrap();
        client.set_session_id("sess-42");

        let e = client
            .send(Request {
                operation: "GET /vmRestorePoints/{ID}",
                method: Method::GET,
                path: format!("/vmRestorePoints/{}", path_segment("a b")),
                query: vec![("format", "Entity".into())],
                body: None,
                expect: &[StatusCode::OK],
            })
            .await
            .unwrap_err();
        match &e {
            Error::Status {
                operation,
                method,
                url,
                status,
                content_type,
                body,
                excerpt,
            } => {
                assert_eq!(*operation, "GET /vmRestorePoints/{ID}");
                assert_eq!(*method, Method::GET);
                assert_eq!(*url, format!("{base}vmRestorePoints/a%20b?format=Entity"));
                assert_eq!(
                    content_type.as_deref(),
                    Some("application/xml; charset=utf-8")
                );
                assert_eq!(*status, 404);
                let body = body.as_ref().expect("EM error body");
                assert_eq!(
                    body.message.as_deref(),
                    Some("Restore point with id [abc] was not found")
                );
                assert_eq!(body.status_code, Some(StatusCode::NOT_FOUND));
                assert!(excerpt.contains("<Error"), "{excerpt}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            e.to_string(),
            format!(
                "GET {base}vmRestorePoints/a%20b?format=Entity (GET /vmRestorePoints/{{ID}}): \
                 HTTP 404: Restore point with id [abc] was not found"
            )
        );
        assert!(!format!("{e:?}").contains("sess-42"));

        let client = client.with_format(Format::Json);
        let response = client
            .send(Request {
                operation: "POST /jobs",
                method: Method::POST,
                path: "/jobs".into(),
                query: vec![],
                body: Some(br#"{"Name":"n"}"#.to_vec()),
                expect: &[StatusCode::CREATED],
            })
            .await
            .unwrap();
        assert_eq!(response.status, 201);
        assert_eq!(response.body, br#"{"Name":"ok"}"#);
        assert_eq!(
            format!("{response:?}"),
            format!(
                "Response {{ method: POST, url: \"{base}jobs\", status: 201, headers: \
                 {{\"content-type\": \"application/json\", \"content-length\": \"13\", \
                 \"connection\": \"close\"}}, body_len: 13 }}"
            )
        );
        assert_eq!(response.header("Content-Type"), Some("application/json"));

        let e = client
            .send(Request {
                operation: "DELETE /jobs/{ID}",
                method: Method::DELETE,
                path: "/jobs/1".into(),
                query: vec![],
                body: None,
                expect: &[StatusCode::NO_CONTENT],
            })
            .await
            .unwrap_err();
        assert!(
            matches!(
                &e,
                Error::UnexpectedStatus {
                    operation: "DELETE /jobs/{ID}",
                    method: Method::DELETE,
                    status: StatusCode::OK,
                    expected: &[StatusCode::NO_CONTENT],
                    ..
                }
            ),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            format!(
                "DELETE {base}jobs/1 (DELETE /jobs/{{ID}}): unexpected HTTP status 200 \
                 (expected one of [204])"
            )
        );

        let e = client
            .send(Request {
                operation: "PUT /jobs/{ID}",
                method: Method::PUT,
                path: "/jobs/1".into(),
                query: vec![],
                body: None,
                expect: &[],
            })
            .await
            .unwrap_err();
        match e {
            Error::Status {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                body: None,
                excerpt,
                ..
            } => assert_eq!(excerpt, "boom"),
            other => panic!("{other:?}"),
        }

        let requests = server.requests();
        assert_eq!(requests.len(), 4);
        let get = &requests[0];
        assert_eq!(
            get.line(),
            "GET /api/vmRestorePoints/a%20b?format=Entity HTTP/1.1",
            "{get}"
        );
        assert_eq!(get.header("X-RestSvcSessionId"), Some("sess-42"));
        assert_eq!(get.header("Accept"), Some("application/xml"));
        assert_eq!(get.header("Content-Type"), None);
        let post = &requests[1];
        assert_eq!(post.line(), "POST /api/jobs HTTP/1.1", "{post}");
        assert_eq!(post.header("Accept"), Some("application/json"));
        assert_eq!(post.header("Content-Type"), Some("application/json"));
        assert_eq!(post.header("X-RestSvcSessionId"), Some("sess-42"));
        assert_eq!(post.body, br#"{"Name":"n"}"#, "{post}");
        assert_eq!(post.header("Content-Length"), Some("12"));
        assert_eq!(get.header("Content-Length"), None);
        // Body-less DELETE and PUT: `Content-Length: 0` (HTTP.sys answers 411 without it), no
        // Content-Type, one Accept.
        for (request, start) in [
            (&requests[2], "DELETE /api/jobs/1 "),
            (&requests[3], "PUT /api/jobs/1 "),
        ] {
            assert!(request.line().starts_with(start), "{request}");
            assert_eq!(request.header("Content-Length"), Some("0"), "{request}");
            assert_eq!(request.header("Content-Type"), None, "{request}");
            assert_eq!(request.header("Accept"), Some("application/json"));
            assert_eq!(request.header("Transfer-Encoding"), None);
        }
    }

    #[tokio::test]
    async fn slow_servers_time_out() {
        let server = serve_in_order([Reply::status(200)
            .keep_alive()
            .after(Duration::from_millis(600))]);
        let base = format!("{}/", server.base_url());
        let client = Client::new(&base)
            .unwrap()
            .with_timeout(Duration::from_millis(100));
        let e = client
            .send(Request {
                operation: "GET /jobs",
                method: Method::GET,
                path: "/jobs".into(),
                query: vec![],
                body: None,
                expect: &[StatusCode::OK],
            })
            .await
            .unwrap_err();
        assert!(matches!(e, Error::Timeout { .. }), "{e:?}");
        assert_eq!(e.to_string(), format!("GET {base}jobs: request timed out"));
        drop(server);
    }

    #[tokio::test]
    async fn response_headers_are_exposed_and_secret_ones_redacted() {
        let server = serve_in_order([Reply::status(201)
            .header("x-restsvcsessionid", "tok-S3CR3T")
            .header("Set-Cookie", "X-RestSvcSessionId=tok-S3CR3T; Path=/api;")
            .header("X-Other", "visible")]);
        let base = format!("{}/", server.base_url());
        let client = Client::new(&base).unwrap();
        let response = client
            .send(Request {
                operation: "POST /sessionMngr/",
                method: Method::POST,
                path: "/sessionMngr/".into(),
                query: vec![("v", "v1_7".into())],
                body: None,
                expect: &[StatusCode::CREATED],
            })
            .await
            .unwrap();
        assert_eq!(response.header(SESSION_HEADER), Some("tok-S3CR3T"));
        assert_eq!(response.header("X-RESTSVCSESSIONID"), Some("tok-S3CR3T"));
        assert!(response
            .headers
            .get(SESSION_HEADER)
            .is_some_and(HeaderValue::is_sensitive));
        let debug = format!("{response:?}");
        assert!(!debug.contains("S3CR3T"), "{debug}");
        assert!(
            debug.contains("\"x-restsvcsessionid\": <redacted>")
                && debug.contains("\"set-cookie\": <redacted>")
                && debug.contains("\"x-other\": \"visible\""),
            "{debug}"
        );
        assert!(!format!("{:?}", response.headers).contains("S3CR3T"));
        drop(server);
    }

    #[test]
    fn builder_defaults_and_tls_settings() {
        let builder = Client::builder("https://em.example:9398/api/");
        let debug = format!("{builder:?}");
        assert!(debug.contains("timeout: 30s"), "{debug}");
        assert!(debug.contains("connect_timeout: 30s"), "{debug}");
        assert!(
            debug.contains("accept_invalid_certificates: false"),
            "{debug}"
        );
        let client = builder.build().unwrap();
        assert_eq!(client.base_url(), "https://em.example:9398/api");
        assert_eq!(client.format(), Format::Xml);
        assert!(!client.has_credentials() && !client.has_session());
        assert_eq!(client.timeout, DEFAULT_TIMEOUT);

        let client = Client::builder("https://em:9398/api")
            .format(Format::Json)
            .timeout(Duration::from_secs(5))
            .connect_timeout(Duration::from_secs(2))
            .ca_certificate_pem(crate::tls::TEST_CERT_PEM.as_bytes())
            .danger_accept_invalid_certificates(true)
            .build()
            .unwrap();
        assert_eq!(client.format(), Format::Json);
        assert_eq!(client.timeout, Duration::from_secs(5));

        for bad in [
            &b"garbage"[..],
            b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
        ] {
            let e = Client::builder("https://em:9398/api")
                .ca_certificate_pem(bad)
                .build()
                .unwrap_err();
            assert!(matches!(e, Error::Tls(_)), "{e:?}");
        }
        let e = Client::builder("em:9398").build().unwrap_err();
        assert!(matches!(e, Error::InvalidUrl(_)), "{e:?}");
    }

    /// Collects every `tracing` event as `message field=value …` lines.
    #[derive(Default, Clone)]
    struct Events(Arc<Mutex<Vec<String>>>);

    impl tracing::Subscriber for Events {
        fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
            true
        }
        fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
            tracing::span::Id::from_u64(1)
        }
        fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
        fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
        fn event(&self, event: &tracing::Event<'_>) {
            struct Line(String);
            impl tracing::field::Visit for Line {
                fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn fmt::Debug) {
                    self.0.push_str(&format!(" {}={value:?}", field.name()));
                }
            }
            let mut line = Line(format!(
                "{} {}",
                event.metadata().level(),
                event.metadata().target()
            ));
            event.record(&mut line);
            self.0
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(line.0);
        }
        fn enter(&self, _: &tracing::span::Id) {}
        fn exit(&self, _: &tracing::span::Id) {}
    }

    /// One debug event per exchange (method, URL, status, elapsed time), and one per failed
    /// one, none with a header, a body or a secret.
    #[tokio::test(flavor = "current_thread")]
    async fn every_exchange_is_one_debug_event_without_secrets() {
        let events = Events::default();
        // With one registered dispatcher, tracing-core takes it for the only one and lets a
        // callsite that another test's thread registers first take that thread's interest
        // (none): a second, idle dispatcher makes it ask every dispatcher, this one included.
        let _second = tracing::Dispatch::new(tracing::subscriber::NoSubscriber::default());
        let _guard = tracing::subscriber::set_default(events.clone());
        let server = serve_in_order([
            Reply::new(200, "application/xml", "<Job SessionId=\"tok-S3CR3T\"/>"),
            Reply::new(404, "text/html", "<html>nope</html>"),
            Reply::new(204, "application/xml", ""),
        ]);
        let base = format!("{}/", server.base_url());
        let mut client = Client::builder(&base)
            .credentials(crate::Credentials::new("admin", "pw-S3CR3T"))
            .build()
            .unwrap();
        client.set_session_id("tok-S3CR3T");
        client.state().logon_session_id = Some("lid-S3CR3T".to_owned());
        let get = |path: &str| Request {
            operation: "GET /jobs/{ID}",
            method: Method::GET,
            path: path.to_owned(),
            query: vec![("format", "Entity".into())],
            body: None,
            expect: &[StatusCode::OK],
        };
        client.send(get("/jobs/1")).await.unwrap();
        client.send(get("/jobs/2")).await.unwrap_err();
        client.logout().await.unwrap();
        drop(server);
        // Nobody listens there any more: a transport error.
        client.set_session_id("tok-S3CR3T");
        client.send(get("/jobs/3")).await.unwrap_err();

        let events = events.0.lock().unwrap().clone();
        let ours: Vec<&String> = events
            .iter()
            .filter(|e| e.starts_with("DEBUG veeam_em::http "))
            .collect();
        assert_eq!(ours.len(), 4, "{events:#?}");
        let expected = [
            (
                format!("method=\"GET\" url={base}jobs/1?format=Entity"),
                "status=200",
            ),
            (
                format!("method=\"GET\" url={base}jobs/2?format=Entity"),
                "status=404",
            ),
            (
                format!("method=\"DELETE\" url={base}logonSessions/<redacted>"),
                "status=204",
            ),
            (
                format!("method=\"GET\" url={base}jobs/3?format=Entity"),
                "error=GET",
            ),
        ];
        for (event, (request, outcome)) in ours.iter().zip(&expected) {
            assert!(event.contains(request.as_str()), "{event}");
            assert!(event.contains(outcome), "{event}");
            assert!(event.contains(" elapsed_ms="), "{event}");
        }
        for event in &events {
            for secret in ["S3CR3T", "Basic", "nope"] {
                assert!(!event.contains(secret), "{event}");
            }
        }
    }

    /// Every variant, made with a session id, a logon session id and a password around: none of
    /// them shows up in `Display`, `Debug` or `{:#?}`.
    /// A logon session as the server answers it (the generated `LogonSession`, reduced).
    #[derive(Debug, serde::Deserialize)]
    struct Session {
        #[serde(rename = "SessionId")]
        _session_id: Option<String>,
        #[serde(rename = "UserName")]
        _user_name: Option<String>,
    }
    impl FromXml for Session {
        fn from_xml(el: &xml::Element) -> Result<Self, crate::DecodeError> {
            Ok(Session {
                _session_id: xml::elem_text(el, "SessionId")?,
                _user_name: xml::elem_text(el, "UserName")?,
            })
        }
    }
    impl Members for Session {
        fn unknown_members(&self, _: &str, _: &mut Vec<String>) {}
    }

    #[tokio::test]
    async fn no_error_shows_a_secret() {
        const SECRET: &str = "S3CR3T";
        let mut errors: Vec<Error> = Vec::new();
        let server = serve_in_order([
            Reply::new(
                500,
                "application/xml",
                r#"<Error Message="session tok-S3CR3T of pw-S3CR3T" StatusCode="500" Session="lid-S3CR3T"/>"#,
            ),
            Reply::new(
                401,
                "application/json",
                r#"{"Message": "tok-S3CR3T expired", "SessionId": "tok-S3CR3T"}"#,
            ),
            Reply::new(200, "application/xml", "<EnterpriseManager/>"),
            Reply::new(200, "application/xml", "<LogonSession/>"),
        ]);
        let base = format!("{}/", server.base_url());
        let mut client = Client::builder(&base)
            .credentials(crate::Credentials::new("admin", "pw-S3CR3T"))
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap();
        client.set_session_id("tok-S3CR3T");
        client.state().logon_session_id = Some("lid-S3CR3T".to_owned());
        let get = |expect: &'static [StatusCode]| Request {
            operation: "GET /jobs",
            method: Method::GET,
            path: "/jobs".into(),
            query: vec![],
            body: None,
            expect,
        };
        // Status, with the secrets in the message, another field and the excerpt.
        errors.push(client.send(get(&[StatusCode::OK])).await.unwrap_err());
        // A 401 whose re-logon fails (the entry point offers no version): Logon.
        errors.push(client.send(get(&[StatusCode::OK])).await.unwrap_err());
        // UnexpectedStatus.
        client.set_session_id("tok-S3CR3T");
        errors.push(client.send(get(&[StatusCode::CREATED])).await.unwrap_err());
        drop(server);
        // Transport, including the logout's (whose URL names the logon session).
        client.state().logon_session_id = Some("lid-S3CR3T".to_owned());
        errors.push(client.logout().await.unwrap_err());
        errors.push(client.send(get(&[StatusCode::OK])).await.unwrap_err());
        // Decode, of a body carrying the session id.
        errors.push(
            decode::<Session>(
                "POST /sessionMngr/",
                Format::Json,
                br#"{"SessionId": "tok-S3CR3T", "UserName": ["#,
            )
            .unwrap_err(),
        );
        // Encode: a session id that is no header value.
        client.set_session_id("tok-S3CR3T\n");
        errors.push(client.send(get(&[StatusCode::OK])).await.unwrap_err());
        // Timeout, of the logout (whose URL names the logon session).
        let server = serve_in_order([Reply::status(204)
            .keep_alive()
            .after(Duration::from_millis(600))]);
        let slow = format!("{}/", server.base_url());
        let mut slow_client = Client::new(&slow)
            .unwrap()
            .with_timeout(Duration::from_millis(100));
        slow_client.set_session_id("tok-S3CR3T");
        slow_client.state().logon_session_id = Some("lid-S3CR3T".to_owned());
        let e = slow_client.logout().await.unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("DELETE {slow}logonSessions/<redacted>: request timed out")
        );
        errors.push(e);
        drop(server);
        errors.push(Client::new("https://admin:pw-S3CR3T@em:9398/api").unwrap_err());
        errors.push(
            Client::builder("https://em:9398/api")
                .ca_certificate_pem(
                    b"-----BEGIN CERTIFICATE-----\nS3CR3T\n-----END CERTIFICATE-----\n",
                )
                .build()
                .unwrap_err(),
        );
        errors.push(Client::new(&base).unwrap().logon().await.unwrap_err());

        let mut kinds = Vec::new();
        for error in &errors {
            for text in [
                error.to_string(),
                format!("{error:?}"),
                format!("{error:#?}"),
            ] {
                assert!(!text.contains(SECRET), "{text}");
            }
            let kind = format!("{error:?}");
            kinds.push(
                kind.split([' ', '(', '{'])
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
            );
        }
        kinds.sort();
        kinds.dedup();
        assert_eq!(
            kinds,
            [
                "Decode",
                "Encode",
                "InvalidUrl",
                "Logon",
                "Status",
                "Timeout",
                "Tls",
                "Transport",
                "UnexpectedStatus"
            ]
        );
    }
}
