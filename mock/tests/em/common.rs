//! Helpers: a plain reqwest client, logon, and answers read as XML elements or JSON values.

use base64::Engine as _;
use reqwest::header::HeaderMap;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use veeam_em::runtime::xml::Element;
use veeam_em_mock::{Config, MockServer};

pub const XML: &str = "application/xml";
pub const JSON: &str = "application/json";

/// An answer, read whole.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("UTF-8 body")
    }

    pub fn xml(&self) -> Element {
        veeam_em::runtime::xml::parse(&self.body)
            .unwrap_or_else(|e| panic!("not XML ({e}): {}", self.text()))
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    pub fn content_type(&self) -> &str {
        self.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .unwrap()
}

/// A body-less POST as Enterprise Manager's HTTP stack (HTTP.sys) wants it: with
/// `Content-Length: 0`, which reqwest does not send by itself (the mock answers 411
/// without it).
pub fn post_empty(client: &reqwest::Client, url: &str) -> reqwest::RequestBuilder {
    client.post(url).header(reqwest::header::CONTENT_LENGTH, 0)
}

pub fn basic(user: &str, password: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    format!("Basic {encoded}")
}

/// Sends a request; `token` goes in `X-RestSvcSessionId`, `accept` in `Accept`.
pub async fn send(
    client: &reqwest::Client,
    method: reqwest::Method,
    url: &str,
    token: Option<&str>,
    accept: Option<&str>,
) -> Answer {
    // No body: `Content-Length: 0` where HTTP.sys needs one (POST, PUT, DELETE).
    let needs_length = !matches!(method, reqwest::Method::GET | reqwest::Method::HEAD);
    let mut request = client.request(method, url);
    if needs_length {
        request = request.header(reqwest::header::CONTENT_LENGTH, 0);
    }
    if let Some(token) = token {
        request = request.header("X-RestSvcSessionId", token);
    }
    if let Some(accept) = accept {
        request = request.header("Accept", accept);
    }
    let response = request.send().await.expect("request sent");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.bytes().await.expect("whole body").to_vec();
    Answer {
        status,
        headers,
        body,
    }
}

pub async fn get(client: &reqwest::Client, url: &str, token: &str, accept: &str) -> Answer {
    send(client, reqwest::Method::GET, url, Some(token), Some(accept)).await
}

/// Logs on with the default credentials; the session token.
pub async fn logon(em: &MockServer, client: &reqwest::Client) -> String {
    let config = em.config();
    let answer = post_empty(client, &format!("{}/sessionMngr/?v=latest", em.base_url()))
        .header("Authorization", basic(&config.username, &config.password))
        .send()
        .await
        .expect("logon sent");
    assert_eq!(answer.status().as_u16(), 201);
    answer
        .headers()
        .get("x-restsvcsessionid")
        .expect("session header")
        .to_str()
        .unwrap()
        .to_owned()
}

pub async fn start(config: Config) -> MockServer {
    MockServer::start_with(config).await
}

/// One raw HTTP/1.1 exchange (the connection closed after it): the bytes the server sent.
pub async fn raw(em: &MockServer, request: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(em.addr()).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut out),
    )
    .await
    .expect("answer in time")
    .unwrap();
    String::from_utf8_lossy(&out).into_owned()
}

/// The child elements' names.
pub fn names(el: &Element) -> Vec<&str> {
    el.children.iter().map(|c| c.name.as_str()).collect()
}
