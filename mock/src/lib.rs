//! `veeam-em-mock`: a mock Veeam Backup Enterprise Manager for the tests of crates that use
//! `veeam-em`, started in-process. It is a real HTTP server on `127.0.0.1` (an ephemeral port),
//! plain or HTTPS with a self-signed certificate made at start-up, that answers **every
//! documented operation** ([`Operation`], one per call of `veeam_em::Client`): by its own logic
//! where state matters — the entry point, logon with HTTP Basic authentication and the
//! `X-RestSvcSessionId` session header, logoff, idle expiry ([`Config::session_idle_timeout`])
//! and 401 for a dead session, the restore flow
//! (backups → restore points → VM restore points → mount → task polling), tasks for every 202
//! answer, the query service with paging and filters — and otherwise with the operation's
//! documented example ([`Examples`], when given) or its skeleton (every attribute and required
//! member, with placeholders; generated from the schema). XML or JSON by `Accept`, JSON in
//! PascalCase (Enterprise Manager 12) or camelCase (Enterprise Manager 13).
//!
//! Per test: answer an operation yourself ([`MockServer::answer`]), inject faults into the next
//! requests ([`MockServer::inject`]: server errors, malformed or truncated bodies, slowness, a
//! wrong `Content-Type`, an expired session), and read the requests received, each naming its
//! operation and what answered it ([`MockServer::requests_of`], [`RequestRecord`]).
//!
//! ```no_run
//! # async fn demo() {
//! use veeam_em_mock::{Answer, MockServer, Operation, StatusCode};
//!
//! let em = MockServer::start().await; // http://127.0.0.1:PORT/api, Administrator / Passw0rd!
//! em.answer(
//!     Operation::GetJobs,
//!     Answer::error(StatusCode::INTERNAL_SERVER_ERROR, "The database is unavailable"),
//! );
//! // … the code under test calls em.base_url() …
//! assert_eq!(em.requests_of(Operation::GetJobs).len(), 1);
//! # }
//! ```
//!
//! ```no_run
//! # async fn demo() {
//! use veeam_em_mock::{Config, Fault, MockServer};
//!
//! let em = MockServer::start_with(Config::default().with_tls()).await;
//! let url = format!("{}/backups", em.base_url()); // https://127.0.0.1:PORT/api/backups
//! let trust = em.cert_pem().unwrap(); // give this to the client as a trusted root
//! em.inject(Fault::server_error("The backup server is not responding"));
//! // … requests …
//! assert!(em.requests().iter().all(|r| r.path.starts_with("/api")));
//! # let _ = (url, trust);
//! # }
//! ```
//!
//! # What it answers
//!
//! Every answer is XML unless `Accept` asks for JSON; errors are Enterprise Manager error bodies
//! (`<Error xmlns="http://www.veeam.com/ent/v1.0" Message="…" StatusCode="401"/>`, or
//! `{"Message": "…", "StatusCode": 401}`). Paths match without regard to case.
//!
//! | request | answer |
//! | --- | --- |
//! | `GET /api` | 200 `<EnterpriseManager>`: `Links` (`LogonSessionList`, create `?v=latest`), `SupportedVersions` ([`Config::versions`]); no session needed |
//! | `POST /api/sessionMngr/?v=…` | HTTP Basic → 201, the session header ([`Config::session_header_name`]) and `<LogonSession>`; bad credentials 401; unknown `v` 400 |
//! | `GET /api/logonSessions`, `GET`/`DELETE /api/logonSessions/{ID}` | the live sessions; one session; logoff → 204 |
//! | `GET /api/backups`, `/api/backups/{ID}` | `<EntityReferences>` / `<EntityRef>` of `BackupReference`s |
//! | `GET /api/backups/{ID}/restorePoints`, `/api/restorePoints` | `<EntityReferences>` of `RestorePointReference`s (the seed sample's links); with `?format=Entity`, `<RestorePoints>` of the entities |
//! | `GET /api/restorePoints/{ID}[?format=Entity]` | `<EntityRef>` or `<RestorePoint>` |
//! | `GET /api/restorePoints/{ID}/vmRestorePoints`, `/api/vmRestorePoints` | `<EntityReferences>` of `VmRestorePointReference`s; with `?format=Entity`, `<VmRestorePoints>` of the entities |
//! | `GET /api/vmRestorePoints/{ID}[?format=Entity]` | `<EntityRef>` or `<VmRestorePoint>` (the seed sample, with `VmName`) |
//! | `POST /api/vmRestorePoints/{ID}/mounts` | 202 `<Task>` `task-N`, `Running`, a `Delete` link (a body, if any, must be well-formed) |
//! | `GET /api/tasks/{ID}` | `Running` ([`Config::task_running_polls`] times), then `OperationFinished` ([`Config::task_operation_finished_polls`]), then `Finished` with `<Result Success="true"><Message>Ok</Message></Result>` and a `Related` link to `/api/vmRestorePoints/{ID}/mounts/N` (or `Success="false"`, [`Config::task_failure`]) |
//! | `DELETE /api/tasks/{ID}` | 204 |
//! | `POST /api/jobs/{ID}?action=start\|stop\|retry` | 202 `<Task>`, already `Finished` (the ID is a backup's: each backup has one job) |
//! | `GET /api/vmRestorePoints/{ID}/mounts/{N}` | `<VmRestorePointMount>` of a mount made |
//! | `GET /api/query?type=VmRestorePoint\|RestorePoint\|Backup` | `<QueryResult>`: `<Refs>` (default, `format=Refs`) or `<Entities><VmRestorePoints>…` (`format=Entities`), and `<PagingInfo PageNum PageSize PagesCount>` with `First`/`Previous`/`Next`/`Last` links; `pageSize`, `page`, `filter` (`==` `!=` `<` `<=` `>` `>=`, `;`, `,`, parentheses, quotes), `sortAsc`/`sortDesc` on the docs' parameters |
//!
//! JSON lists are shaped the way Enterprise Manager shapes them: `Links` and a collection's
//! `Refs` are arrays; lists inside a document are wrapped in an object of the same name
//! (`"SupportedVersions": {"SupportedVersions": […]}`, `"Refs": {"Refs": […]}`,
//! `"Entities": {"VmRestorePoints": {"VmRestorePoints": […]}}`).
//!
//! Like HTTP.sys (`Server: Microsoft-HTTPAPI/2.0`), which Enterprise Manager runs on, a `POST`,
//! `PUT` or `DELETE` whose head has neither `Content-Length` nor `Transfer-Encoding` (a body-less
//! request needs `Content-Length: 0`) is refused before anything else with 411 Length Required,
//! HTTP.sys's HTML page, and the connection closed; it is logged, takes no fault.
//! [`RequestRecord`] keeps each request's `Content-Length`, `Transfer-Encoding`, `Content-Type`
//! and `Accept` headers, so tests can check what went on the wire.
//!
//! Every other documented operation (see [`Operation::find`] for how a request names one): a
//! 202 answer starts a task like the mount's (its `Operation` taken from the example), a 204 has
//! no body, anything else is the documented example when [`Config::examples`] has one, else the
//! skeleton ([`OperationInfo::skeleton_xml`]), links rewritten to the mock's URL
//! ([`MockServer::canned_answer`] shows it). Examples come from the help-center pages, which this
//! crate does not carry: `veeam-em-codegen mock-examples --docs DIR > examples.json`, then
//! [`Examples::from_file`].
//!
//! Other paths are 404, other methods 405, bad parameters 400, unreadable requests 400/413/431
//! (the connection then closes).
//!
//! The server stops when the [`MockServer`] is dropped. Everything is bounded: request heads (32 KiB)
//! and bodies (1 MiB), connections (128 at a time), the request log (10 000 entries), the tasks
//! kept (1 000) and the inventory ([`DataShape`]).
#![warn(missing_docs)]

mod body;
mod data;
mod fault;
// Machine-written by `cargo xtask codegen` (prettyplease's layout, which `--check` compares):
// rustfmt must not reformat it.
#[doc(hidden)]
#[rustfmt::skip]
pub mod gen;
mod operation;
mod query;
mod routes;
mod state;
mod tls;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::{JoinHandle, JoinSet};
use tokio_rustls::TlsAcceptor;
// The HTTP/1.1 reader and writer, shared with the workspace's scripted test server.
use veeam_em_test_server::http;

/// The `http` crate's method and status types, which [`Answer`], [`Fault`], [`RequestRecord`] and
/// [`OperationInfo`] carry (the same types as `veeam_em::runtime::{Method, StatusCode}`).
pub use ::http::{Method, StatusCode};
pub use data::{
    BackupInfo, BackupServerInfo, DataShape, Dataset, RestorePointInfo, VmRestorePointInfo,
};
pub use fault::{Fault, FaultRule};
pub use operation::{Answer, Example, Examples, ExamplesError, Operation, OperationInfo};
pub use state::{AnsweredBy, RequestRecord, SessionCheck};

/// The session header's name as Enterprise Manager spells it.
pub const SESSION_HEADER: &str = "X-RestSvcSessionId";

/// Connections served at the same time; more wait to be accepted.
const MAX_CONNECTIONS: usize = 128;
/// A TLS handshake must finish within this.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// The case of JSON keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum JsonCase {
    /// `"VmName"`, `"UID"`: Enterprise Manager 12 and earlier, and the documentation.
    #[default]
    Pascal,
    /// `"vmName"`, `"uid"`: Enterprise Manager 13.
    Camel,
}

/// How a mock behaves. `Config::default()` is plain HTTP, user `Administrator` with password
/// `Passw0rd!`, versions `v1_5`, `v1_6`, `v1_7`, the header spelled `X-RestSvcSessionId`, JSON in
/// PascalCase, tasks `Running` for 2 polls and then `Finished` successfully, and
/// [`DataShape::default`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Serve HTTPS with a self-signed certificate ([`MockServer::cert_pem`]).
    pub tls: bool,
    /// The user name `POST /api/sessionMngr` accepts (HTTP Basic authentication).
    pub username: String,
    /// The password `POST /api/sessionMngr` accepts.
    pub password: String,
    /// The API versions `GET /api` lists and `?v=` accepts, oldest first; the last one is what
    /// `?v=latest` means.
    pub versions: Vec<String>,
    /// How the logon answer spells the session header's name (`X-RestSvcSessionId`,
    /// `x-restsvcsessionid`, …), byte for byte. Requests may send it in any case.
    pub session_header_name: String,
    /// JSON key case: PascalCase (Enterprise Manager 12) or camelCase (Enterprise Manager 13).
    pub json_case: JsonCase,
    /// How many `GET /api/tasks/{ID}` answers say `Running` before the task goes on.
    pub task_running_polls: u32,
    /// How many answers then say `OperationFinished` (done on the backup server, not yet in
    /// Enterprise Manager's database) before `Finished`.
    pub task_operation_finished_polls: u32,
    /// When set, tasks end `Finished` with `<Result Success="false">` and this message, without
    /// a `Related` link, and nothing is mounted. `None`: they succeed (`Success="true"`, `Ok`).
    pub task_failure: Option<String>,
    /// The inventory served.
    pub data: DataShape,
    /// Documented example answers, served instead of the skeletons (see [`Examples`]).
    pub examples: Examples,
    /// A session unused for longer than this ends: its next request gets 401, like Enterprise
    /// Manager's idle session timeout. `None` (the default): sessions last until logoff.
    pub session_idle_timeout: Option<Duration>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            tls: false,
            username: "Administrator".to_owned(),
            password: "Passw0rd!".to_owned(),
            versions: vec!["v1_5".to_owned(), "v1_6".to_owned(), "v1_7".to_owned()],
            session_header_name: SESSION_HEADER.to_owned(),
            json_case: JsonCase::Pascal,
            task_running_polls: 2,
            task_operation_finished_polls: 0,
            task_failure: None,
            data: DataShape::default(),
            examples: Examples::default(),
            session_idle_timeout: None,
        }
    }
}

impl Config {
    /// Serve HTTPS.
    pub fn with_tls(mut self) -> Self {
        self.tls = true;
        self
    }

    /// Accept these credentials.
    pub fn with_credentials(
        mut self,
        username: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        self.username = username.into();
        self.password = password.into();
        self
    }

    /// List and accept these API versions (oldest first).
    pub fn with_versions<I, S>(mut self, versions: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.versions = versions.into_iter().map(Into::into).collect();
        self
    }

    /// Spell the session header's name like this in the logon answer.
    pub fn with_session_header_name(mut self, name: impl Into<String>) -> Self {
        self.session_header_name = name.into();
        self
    }

    /// JSON keys in this case.
    pub fn with_json_case(mut self, case: JsonCase) -> Self {
        self.json_case = case;
        self
    }

    /// Behave like Enterprise Manager 13: JSON keys in camelCase.
    pub fn enterprise_manager_13(self) -> Self {
        self.with_json_case(JsonCase::Camel)
    }

    /// Tasks answer `OperationFinished` this many times after `Running`.
    pub fn with_task_operation_finished_polls(mut self, polls: u32) -> Self {
        self.task_operation_finished_polls = polls;
        self
    }

    /// Tasks fail: they end `Finished` with `Success="false"` and this message.
    pub fn with_failing_tasks(mut self, message: impl Into<String>) -> Self {
        self.task_failure = Some(message.into());
        self
    }

    /// Tasks answer `Running` this many times before going on.
    pub fn with_task_running_polls(mut self, polls: u32) -> Self {
        self.task_running_polls = polls;
        self
    }

    /// End sessions idle for longer than `idle` (their next request gets 401).
    pub fn with_session_idle_timeout(mut self, idle: Duration) -> Self {
        self.session_idle_timeout = Some(idle);
        self
    }

    /// Serve these documented examples (see [`Examples`]).
    pub fn with_examples(mut self, examples: Examples) -> Self {
        self.examples = examples;
        self
    }

    /// Serve this much inventory.
    pub fn with_data(mut self, shape: DataShape) -> Self {
        self.data = shape;
        self
    }
}

/// What the connection tasks share.
pub(crate) struct Shared {
    pub(crate) config: Config,
    pub(crate) base_url: String,
    pub(crate) data: Dataset,
    pub(crate) templates: data::Templates,
    state: Mutex<state::State>,
}

impl Shared {
    /// The state; a panic elsewhere while it was held does not make it unusable.
    pub(crate) fn state(&self) -> MutexGuard<'_, state::State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A running mock. Dropping it stops the server: the listener closes and every connection
/// (and every `Slow` wait) is cancelled.
pub struct MockServer {
    shared: Arc<Shared>,
    addr: SocketAddr,
    cert_pem: Option<String>,
    server: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("base_url", &self.shared.base_url)
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// Starts a mock with [`Config::default`] (plain HTTP, user `Administrator`, password
    /// `Passw0rd!`) on `127.0.0.1` at an ephemeral port, in the current Tokio runtime.
    ///
    /// # Panics
    ///
    /// When it cannot start: see [`MockServer::try_start`].
    pub async fn start() -> MockServer {
        MockServer::start_with(Config::default()).await
    }

    /// Starts a mock with `config` on `127.0.0.1` at an ephemeral port, in the current Tokio
    /// runtime.
    ///
    /// # Panics
    ///
    /// When it cannot start (no port to bind, no certificate): see [`MockServer::try_start`].
    pub async fn start_with(config: Config) -> MockServer {
        match MockServer::try_start(config).await {
            Ok(server) => server,
            Err(e) => panic!("the Enterprise Manager mock could not start: {e}"),
        }
    }

    /// Starts a mock, or says why it could not (no port to bind, an invalid
    /// [`Config::session_header_name`], no certificate).
    pub async fn try_start(config: Config) -> std::io::Result<MockServer> {
        let name = &config.session_header_name;
        let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
        if name.is_empty() || !name.chars().all(token) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("{name:?} is not a valid HTTP header name"),
            ));
        }
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let (acceptor, cert_pem) = if config.tls {
            let (acceptor, pem) = tls::self_signed().map_err(std::io::Error::other)?;
            (Some(acceptor), Some(pem))
        } else {
            (None, None)
        };
        let scheme = if config.tls { "https" } else { "http" };
        let base_url = format!("{scheme}://{addr}/api");
        let templates = data::Templates::load().map_err(std::io::Error::other)?;
        let shared = Arc::new(Shared {
            data: Dataset::generate(&config.data),
            config,
            base_url,
            templates,
            state: Mutex::new(state::State::default()),
        });
        // Fail now, not on the first request, when the seed samples no longer fit the types.
        routes::self_check(&shared).map_err(std::io::Error::other)?;
        let server = tokio::spawn(serve(listener, Arc::clone(&shared), acceptor));
        Ok(MockServer {
            shared,
            addr,
            cert_pem,
            server: Some(server),
        })
    }

    /// The API's base URL: `http://127.0.0.1:PORT/api` (or `https://…`), without a trailing
    /// slash; every `Href` in the answers starts with it.
    pub fn base_url(&self) -> &str {
        &self.shared.base_url
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The self-signed certificate (PEM) when serving HTTPS: trust it as a root certificate.
    /// It is valid for `127.0.0.1` and `localhost`. `None` for plain HTTP.
    pub fn cert_pem(&self) -> Option<&str> {
        self.cert_pem.as_deref()
    }

    /// The configuration it runs with.
    pub fn config(&self) -> &Config {
        &self.shared.config
    }

    /// The inventory it serves (IDs and names to expect).
    pub fn data(&self) -> &Dataset {
        &self.shared.data
    }

    /// Ends every current session: their next request gets 401. New logons work.
    pub fn expire_sessions(&self) {
        self.shared.state().expire_all();
    }

    /// Opens a logon session for the configured user without a request and returns its
    /// session header value (`X-RestSvcSessionId`): for raw HTTP tests and tools that do not
    /// log on themselves.
    pub fn open_session(&self) -> String {
        let user = self.shared.config.username.clone();
        self.shared.state().logon(&user).0
    }

    /// Live sessions.
    pub fn session_count(&self) -> usize {
        self.shared.state().session_count()
    }

    /// Adds a fault for the next matching request(s): a [`Fault`] alone is the next request
    /// whatever its path; a [`FaultRule`] says which paths and how many times. Rules are tried in
    /// the order added; a request gets at most one fault.
    pub fn inject(&self, rule: impl Into<FaultRule>) {
        self.shared.state().add_fault(rule.into());
    }

    /// Answers `operation` with `answer` from now on (after the session check), instead of
    /// anything the mock would say; a later call for the same operation replaces it.
    pub fn answer(&self, operation: Operation, answer: Answer) {
        self.shared.state().set_answer(operation, answer);
    }

    /// What the mock answers `operation` with when neither its logic nor a test's answer does:
    /// the status and body of the documented example, else of the skeleton, in XML or JSON (as
    /// configured: PascalCase or camelCase), links leading to this mock. `None` for an answer
    /// without a body, and for a 202 (which starts a task).
    pub fn canned_answer(
        &self,
        operation: Operation,
        json: bool,
    ) -> Option<(::http::StatusCode, Vec<u8>)> {
        routes::canned(&self.shared, operation, json)
    }

    /// Drops the answers set with [`MockServer::answer`].
    pub fn clear_answers(&self) {
        self.shared.state().clear_answers();
    }

    /// The requests received so far that named `operation`.
    pub fn requests_of(&self, operation: Operation) -> Vec<RequestRecord> {
        let mut all = self.shared.state().requests();
        all.retain(|r| r.operation == Some(operation));
        all
    }

    /// Uses of injected faults not yet consumed.
    pub fn pending_faults(&self) -> usize {
        self.shared.state().pending_faults()
    }

    /// Drops the faults not yet consumed.
    pub fn clear_faults(&self) {
        self.shared.state().clear_faults();
    }

    /// The requests received so far, in arrival order (the last 10 000).
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.shared.state().requests()
    }

    /// Forgets the requests received so far.
    pub fn clear_requests(&self) {
        self.shared.state().clear_requests();
    }

    /// Stops the server and waits until it has stopped (dropping does the same without waiting).
    pub async fn shutdown(mut self) {
        if let Some(server) = self.server.take() {
            server.abort();
            let _ = server.await;
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(server) = &self.server {
            server.abort();
        }
    }
}

/// Accepts connections until aborted; dropping the `JoinSet` then aborts every connection.
async fn serve(listener: TcpListener, shared: Arc<Shared>, tls: Option<TlsAcceptor>) {
    let limit = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let mut connections = JoinSet::new();
    loop {
        while connections.try_join_next().is_some() {}
        let Ok(permit) = Arc::clone(&limit).acquire_owned().await else {
            return;
        };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of file descriptors and the like: back off briefly, bounded.
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        let shared = Arc::clone(&shared);
        let tls = tls.clone();
        connections.spawn(async move {
            let _permit = permit;
            serve_tcp(stream, shared, tls).await;
        });
    }
}

async fn serve_tcp(stream: TcpStream, shared: Arc<Shared>, tls: Option<TlsAcceptor>) {
    let _ = stream.set_nodelay(true);
    match tls {
        None => connection(stream, shared).await,
        Some(acceptor) => {
            if let Ok(Ok(stream)) =
                tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await
            {
                connection(stream, shared).await;
            }
        }
    }
}

/// Serves the requests of one connection, one after the other.
async fn connection<S: AsyncRead + AsyncWrite + Unpin>(mut io: S, shared: Arc<Shared>) {
    let mut buf = Vec::new();
    loop {
        let request = match http::read_request(&mut io, &mut buf).await {
            Ok(Some(request)) => request,
            Ok(None) | Err(http::ReadError::Gone) => return,
            Err(http::ReadError::Bad(status, why)) => {
                let response = routes::unreadable(&shared, status, why);
                let _ = http::write_response(&mut io, &response, false).await;
                let _ = io.shutdown().await;
                return;
            }
        };
        let head = request.method == ::http::Method::HEAD;
        let keep_alive = request.keep_alive;
        let response = routes::handle(&shared, request).await;
        if http::write_response(&mut io, &response, head)
            .await
            .is_err()
        {
            return;
        }
        if !keep_alive || response.close {
            let _ = io.shutdown().await;
            return;
        }
    }
}
