//! The API's [`Client`]: the runtime's client ([`runtime::Client`](crate::runtime::Client)) with
//! one method per documented operation (generated into `api::operations`) and the hand-written
//! flows ([`crate::flows`]).
//!
//! The runtime is its own crate, so the operations need a type of this crate to hang on: this
//! newtype. Everything the runtime's client offers (`logon`, `send`, `set_session_id`, …) is
//! reached through `Deref`.

use std::ops::{Deref, DerefMut};
use std::time::Duration;

use crate::runtime::{self, Credentials, Error, Format};

/// A client of one Enterprise Manager server (`https://<host>:9398/api`).
///
/// Cheap to clone; clones share the connection pool, the credentials and the logon session.
/// `Debug` never shows the session id or the password. The runtime's methods (`logon`, `logout`,
/// `send`, `set_session_id`, `format`, …) are reached through `Deref` to
/// [`runtime::Client`](crate::runtime::Client).
#[derive(Clone, Debug)]
pub struct Client(runtime::Client);

impl Client {
    /// A builder of a client of the API at `base_url`, e.g. `https://em.example:9398/api` (a
    /// trailing slash is dropped). See [`runtime::ClientBuilder`] for the defaults.
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder(runtime::Client::builder(base_url))
    }

    /// A client of the API at `base_url` with the builder's defaults (XML, 30 s timeout,
    /// certificates verified, no credentials). [`Error::InvalidUrl`] for a base URL that is not
    /// absolute `http`/`https`.
    pub fn new(base_url: impl Into<String>) -> Result<Client, Error> {
        runtime::Client::new(base_url).map(Client)
    }

    /// A client that sends through `http`, a `reqwest::Client` configured by the caller (see
    /// [`runtime::Client::with_http_client`]).
    pub fn with_http_client(
        base_url: impl Into<String>,
        http: reqwest::Client,
    ) -> Result<Client, Error> {
        runtime::Client::with_http_client(base_url, http).map(Client)
    }

    /// The same client, sending and accepting `format` (the session stays shared).
    pub fn with_format(self, format: Format) -> Self {
        Client(self.0.with_format(format))
    }

    /// The same client, with `timeout` for each whole request.
    pub fn with_timeout(self, timeout: Duration) -> Self {
        Client(self.0.with_timeout(timeout))
    }

    /// The same client, logging on (and on again after a 401) as `credentials`.
    pub fn with_credentials(self, credentials: Credentials) -> Self {
        Client(self.0.with_credentials(credentials))
    }

    /// The runtime's client inside.
    pub fn into_inner(self) -> runtime::Client {
        self.0
    }
}

impl From<runtime::Client> for Client {
    fn from(inner: runtime::Client) -> Self {
        Client(inner)
    }
}

impl Deref for Client {
    type Target = runtime::Client;
    fn deref(&self) -> &runtime::Client {
        &self.0
    }
}

impl DerefMut for Client {
    fn deref_mut(&mut self) -> &mut runtime::Client {
        &mut self.0
    }
}

/// Builds a [`Client`]; the settings are those of [`runtime::ClientBuilder`].
#[derive(Debug)]
pub struct ClientBuilder(runtime::ClientBuilder);

impl ClientBuilder {
    /// The body format of requests and responses (default XML).
    pub fn format(self, format: Format) -> Self {
        ClientBuilder(self.0.format(format))
    }

    /// The timeout of each whole request, from sending to the end of the body (default 30 s).
    pub fn timeout(self, timeout: Duration) -> Self {
        ClientBuilder(self.0.timeout(timeout))
    }

    /// The timeout of establishing a connection, TLS included (default 30 s).
    pub fn connect_timeout(self, timeout: Duration) -> Self {
        ClientBuilder(self.0.connect_timeout(timeout))
    }

    /// The account `logon` uses (HTTP Basic), and re-logon when a session expires.
    pub fn credentials(self, credentials: Credentials) -> Self {
        ClientBuilder(self.0.credentials(credentials))
    }

    /// Trusts the CA certificate(s) in `pem` in addition to the bundled web roots (see
    /// [`runtime::ClientBuilder::ca_certificate_pem`]).
    pub fn ca_certificate_pem(self, pem: &[u8]) -> Self {
        ClientBuilder(self.0.ca_certificate_pem(pem))
    }

    /// **Dangerous:** with `true`, the server's certificate is not verified at all (see
    /// [`runtime::ClientBuilder::danger_accept_invalid_certificates`]).
    pub fn danger_accept_invalid_certificates(self, accept: bool) -> Self {
        ClientBuilder(self.0.danger_accept_invalid_certificates(accept))
    }

    /// The client. [`Error::InvalidUrl`] for a base URL that is not absolute `http`/`https` or
    /// carries credentials, a query or a fragment; [`Error::Tls`] for an unusable CA certificate.
    pub fn build(self) -> Result<Client, Error> {
        self.0.build().map(Client)
    }
}
