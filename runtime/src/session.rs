//! Logon sessions: [`Credentials`], the API versions this client knows, and
//! [`Client::logon`] / [`Client::logout`].
//!
//! Logon follows the help center's "HTTP Authentication" and "Perform Logon" pages:
//!
//! 1. `GET /api/` without authentication: the entry point (`<EnterpriseManager>`) lists
//!    `<SupportedVersions><SupportedVersion Name="v1_7">…`, each with a link to
//!    `/sessionMngr/?v=v1_7`.
//! 2. The client picks the newest offered version it knows ([`KNOWN_API_VERSIONS`], compared
//!    numerically, so `v1_10` is newer than `v1_9`); when the server offers none it knows, the
//!    newest the server offers, and [`SessionInfo::version_known`] says so.
//! 3. `POST /sessionMngr/?v=<version>` with HTTP Basic credentials. The session id comes back
//!    in the `X-RestSvcSessionId` response header (read whatever its case), and is sent on every
//!    later request. The body, a `<LogonSession>`, names the logon session (`SessionId`, or its
//!    `Delete` link) and the user.
//!
//! Sessions end after 15 idle minutes; a request that then gets 401 makes the client log on once
//! more and retry once (see [`Client::send`]). Logout is `DELETE /logonSessions/{ID}`.

use std::fmt;

use super::client::{Auth, Client, Request, SessionId, SESSION_HEADER};
use super::error::Error;
use super::values::Format;
use super::{client, json, xml};

/// The API versions this client knows, oldest first: those in the help center's "Versioning"
/// table (1.1 to 1.7; the generated operations follow 1.7). Logon picks the newest of these that
/// the server offers.
pub const KNOWN_API_VERSIONS: &[&str] = &["v1_1", "v1_2", "v1_3", "v1_4", "v1_5", "v1_6", "v1_7"];

/// A password: the runtime's [`Secret`](crate::values::Secret) (secrecy's `SecretString`, zeroed
/// when dropped), whose `Debug` and `Display` print `<redacted>`; `expose` gives the text.
pub type Password = crate::values::Secret;

/// An Enterprise Manager account (Portal Administrator, Portal User or Restore Operator), for
/// HTTP Basic logon. `Debug` shows the user name, never the password.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    /// The user name, e.g. `DOMAIN\user`.
    pub username: String,
    /// The password.
    pub password: Password,
}

impl Credentials {
    /// `username` with `password`.
    pub fn new(username: impl Into<String>, password: impl Into<Password>) -> Self {
        Credentials {
            username: username.into(),
            password: password.into(),
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("password", &self.password)
            .finish()
    }
}

/// An API version as the server names it (`v1_7`), ordered by its numbers (`v1_10` > `v1_9`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ApiVersion {
    name: String,
    numbers: Vec<u32>,
}

impl ApiVersion {
    /// `v1_7`, `v1` or `V1.7`: a `v` and numbers separated by `_` or `.`; anything else (such
    /// as `latest`) is `None`.
    pub fn parse(name: &str) -> Option<ApiVersion> {
        let name = name.trim();
        let rest = name.strip_prefix(['v', 'V'])?;
        let numbers = rest
            .split(['_', '.'])
            .map(|part| {
                if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                    None
                } else {
                    part.parse::<u32>().ok()
                }
            })
            .collect::<Option<Vec<u32>>>()?;
        Some(ApiVersion {
            name: name.to_owned(),
            numbers,
        })
    }

    /// The name, as the server wrote it (sent as `?v=`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The numbers: `[1, 7]` for `v1_7`.
    pub fn numbers(&self) -> &[u32] {
        &self.numbers
    }

    /// Whether this client knows the version ([`KNOWN_API_VERSIONS`]).
    pub fn is_known(&self) -> bool {
        KNOWN_API_VERSIONS
            .iter()
            .filter_map(|known| ApiVersion::parse(known))
            .any(|known| known.numbers == self.numbers)
    }
}

impl PartialOrd for ApiVersion {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ApiVersion {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.numbers
            .cmp(&other.numbers)
            .then_with(|| self.name.cmp(&other.name))
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// The version a logon uses, out of those offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionChoice {
    /// The version to log on with.
    pub version: ApiVersion,
    /// Whether this client knows it; `false` when the server offers no version the client
    /// knows and the newest it offers is used.
    pub known: bool,
}

/// The newest offered version this client knows; when there is none, the newest offered one
/// (`known: false`). `None` when nothing is offered.
pub fn pick_version(offered: &[ApiVersion]) -> Option<VersionChoice> {
    if let Some(version) = offered.iter().filter(|v| v.is_known()).max() {
        return Some(VersionChoice {
            version: version.clone(),
            known: true,
        });
    }
    offered.iter().max().map(|version| VersionChoice {
        version: version.clone(),
        known: false,
    })
}

/// The versions the API entry point (`GET /api/`) offers: the `Name` of every
/// `SupportedVersion`, XML (`<SupportedVersions><SupportedVersion Name="v1_7">`) or JSON (any
/// object with a `Name` under a `SupportedVersions` key), sorted, without duplicates. Names that
/// are not versions (`latest`) are left out.
pub fn supported_versions(body: &[u8]) -> Vec<ApiVersion> {
    let body = json::strip_bom(body);
    let mut names = Vec::new();
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => {
            if let Ok(root) = xml::parse(body) {
                xml_versions(&root, false, &mut names);
            }
        }
        Some(b'{' | b'[') => {
            if let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) {
                json_versions(&value, false, 0, &mut names);
            }
        }
        _ => {}
    }
    let mut versions: Vec<ApiVersion> = names.iter().filter_map(|n| ApiVersion::parse(n)).collect();
    versions.sort();
    versions.dedup();
    versions
}

fn xml_versions(el: &xml::Element, inside: bool, names: &mut Vec<String>) {
    if el.name == "SupportedVersion" {
        if let Some(name) = el.attr("Name") {
            names.push(name.to_owned());
        } else if let Some(name) = el.child("Name") {
            names.push(name.text.clone());
        }
        return;
    }
    let inside = inside || el.name == "SupportedVersions" || el.name == "EnterpriseManager";
    if inside {
        for child in &el.children {
            xml_versions(child, inside, names);
        }
    }
}

fn json_versions(value: &serde_json::Value, inside: bool, depth: usize, names: &mut Vec<String>) {
    if depth > 16 {
        return;
    }
    match value {
        serde_json::Value::Array(items) => {
            for item in items {
                json_versions(item, inside, depth + 1, names);
            }
        }
        serde_json::Value::Object(map) => {
            if inside {
                let name = map
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("Name"))
                    .and_then(|(_, v)| v.as_str());
                if let Some(name) = name {
                    names.push(name.to_owned());
                    return;
                }
            }
            for (key, child) in map {
                let inside = inside
                    || key.eq_ignore_ascii_case("SupportedVersions")
                    || key.eq_ignore_ascii_case("SupportedVersion");
                json_versions(child, inside, depth + 1, names);
            }
        }
        _ => {}
    }
}

/// What a logon response body (`<LogonSession>`, or its JSON) says.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct LogonSessionBody {
    /// The logon session's id: `SessionId`, else the end of the `Delete` link, else of `Href`.
    id: Option<String>,
    /// `UserName`.
    user_name: Option<String>,
}

/// The last path segment of a URL (`…/logonSessions/<id>?x` → `<id>`).
fn last_segment(href: &str) -> Option<String> {
    let path = href.split(['?', '#']).next()?.trim_end_matches('/');
    let segment = path.rsplit('/').next()?.trim();
    (!segment.is_empty() && !segment.contains(':')).then(|| segment.to_owned())
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn logon_session_from_xml(el: &xml::Element) -> LogonSessionBody {
    let delete_link = el
        .child("Links")
        .into_iter()
        .flat_map(|links| links.children("Link"))
        .find(|link| link.attr("Rel") == Some("Delete"))
        .and_then(|link| link.attr("Href"));
    let id = el
        .child("SessionId")
        .and_then(|id| non_empty(&id.text))
        .or_else(|| delete_link.and_then(last_segment))
        .or_else(|| el.attr("Href").and_then(last_segment));
    LogonSessionBody {
        id,
        user_name: el.child("UserName").and_then(|u| non_empty(&u.text)),
    }
}

fn json_str<'a>(map: &'a serde_json::Map<String, serde_json::Value>, key: &str) -> Option<&'a str> {
    map.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .and_then(|(_, v)| v.as_str())
}

fn logon_session_from_json(map: &serde_json::Map<String, serde_json::Value>) -> LogonSessionBody {
    let links = map
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("Links"))
        .map(|(_, v)| v);
    let mut link_items: Vec<&serde_json::Value> = Vec::new();
    match links {
        Some(serde_json::Value::Array(items)) => link_items.extend(items),
        Some(serde_json::Value::Object(inner)) => {
            for value in inner.values() {
                if let serde_json::Value::Array(items) = value {
                    link_items.extend(items);
                }
            }
        }
        _ => {}
    }
    let delete_link = link_items
        .iter()
        .filter_map(|v| v.as_object())
        .find(|link| json_str(link, "Rel") == Some("Delete"))
        .and_then(|link| json_str(link, "Href"));
    let id = json_str(map, "SessionId")
        .and_then(non_empty)
        .or_else(|| delete_link.and_then(last_segment))
        .or_else(|| json_str(map, "Href").and_then(last_segment));
    LogonSessionBody {
        id,
        user_name: json_str(map, "UserName").and_then(non_empty),
    }
}

/// Reads a logon response body, XML or JSON; an empty or unreadable body says nothing.
fn parse_logon_session(body: &[u8]) -> LogonSessionBody {
    let body = json::strip_bom(body);
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => xml::parse(body)
            .map(|root| logon_session_from_xml(&root))
            .unwrap_or_default(),
        Some(b'{') => match serde_json::from_slice::<serde_json::Value>(body) {
            Ok(serde_json::Value::Object(map)) => logon_session_from_json(&map),
            _ => LogonSessionBody::default(),
        },
        _ => LogonSessionBody::default(),
    }
}

/// The logon session ids in a `GET /logonSessions` body (`<LogonSessions><LogonSession>…`, or
/// JSON), in order.
fn listed_logon_sessions(body: &[u8]) -> Vec<String> {
    let body = json::strip_bom(body);
    let mut ids = Vec::new();
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => {
            if let Ok(root) = xml::parse(body) {
                let sessions = root.children("LogonSession").chain(
                    root.children("LogonSessions")
                        .flat_map(|s| s.children("LogonSession")),
                );
                ids.extend(sessions.filter_map(|s| logon_session_from_xml(s).id));
            }
        }
        Some(b'{' | b'[') => {
            fn walk(value: &serde_json::Value, depth: usize, ids: &mut Vec<String>) {
                if depth > 8 {
                    return;
                }
                match value {
                    serde_json::Value::Array(items) => {
                        items.iter().for_each(|item| walk(item, depth + 1, ids));
                    }
                    serde_json::Value::Object(map) => {
                        if json_str(map, "SessionId").is_some()
                            || json_str(map, "Type") == Some("LogonSession")
                        {
                            ids.extend(logon_session_from_json(map).id);
                        } else {
                            map.values().for_each(|v| walk(v, depth + 1, ids));
                        }
                    }
                    _ => {}
                }
            }
            if let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) {
                walk(&value, 0, &mut ids);
            }
        }
        _ => {}
    }
    ids
}

/// What a logon chose; from [`Client::session_info`]. Its `Display` is a line to log, e.g.
/// `API v1_7 as DOMAIN\user` or, when the server offers no version this client knows,
/// `API v1_9 (not known to this client, the newest the server offers: v1_9) as DOMAIN\user`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInfo {
    /// The API version of the session.
    pub version: ApiVersion,
    /// Whether this client knows that version ([`KNOWN_API_VERSIONS`]).
    pub version_known: bool,
    /// Every version the server offered, oldest first.
    pub offered: Vec<ApiVersion>,
    /// The logged-on user, as the logon response names it.
    pub user_name: Option<String>,
}

impl fmt::Display for SessionInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "API {}", self.version)?;
        if !self.version_known {
            let offered: Vec<&str> = self.offered.iter().map(ApiVersion::name).collect();
            write!(
                f,
                " (not known to this client, the newest the server offers: {})",
                offered.join(", ")
            )?;
        }
        if let Some(user) = &self.user_name {
            write!(f, " as {user}")?;
        }
        Ok(())
    }
}

/// The entry point, the logon, the logon-session list and the logout, as operations.
const GET_ENTRY_POINT: &str = "GET /";
const POST_SESSION_MNGR: &str = "POST /sessionMngr/";
const GET_LOGON_SESSIONS: &str = "GET /logonSessions";
const DELETE_LOGON_SESSION: &str = "DELETE /logonSessions/{ID}";

impl Client {
    /// Logs on with the client's credentials: reads the versions the server offers
    /// (`GET /api/`), picks the newest this client knows (see [`session`](self) and
    /// [`session_info`](Client::session_info)), creates a logon session
    /// (`POST /sessionMngr/?v=<version>`, HTTP Basic) and keeps its `X-RestSvcSessionId` for
    /// every later request, clones included. A session already held is replaced (not ended on
    /// the server: [`logout`](Client::logout) does that).
    ///
    /// Errors: [`Error::Logon`] without credentials, when the server offers no version, or when
    /// the logon response has no session header; [`Error::Status`] (401) for credentials the
    /// server refuses; transport errors as for any request.
    pub async fn logon(&self) -> Result<(), Error> {
        let _guard = self.shared.logon.lock().await;
        self.logon_locked().await.map(drop)
    }

    /// Ends the session: `DELETE /logonSessions/{ID}` with the logon session's id (from the
    /// logon response; for a session set with [`set_session_id`](Client::set_session_id), the
    /// only one `GET /logonSessions` lists), then forgets it. The client forgets the session
    /// even when the server call fails (an abandoned session ends after 15 idle minutes).
    /// Without a session, does nothing.
    pub async fn logout(&self) -> Result<(), Error> {
        let _guard = self.shared.logon.lock().await;
        let (token, logon_session_id) = {
            let mut state = self.state();
            let token = state.token.clone();
            let id = state.logon_session_id.clone();
            state.replace(None, None, None);
            (token, id)
        };
        let Some(token) = token else {
            return Ok(());
        };
        let id = match logon_session_id {
            Some(id) => id,
            None => {
                // The state no longer holds the session id, so name it as a secret here.
                let response = self
                    .execute_redacting(
                        Request {
                            operation: GET_LOGON_SESSIONS,
                            method: client::Method::GET,
                            path: "/logonSessions".to_owned(),
                            query: vec![],
                            body: None,
                            expect: &[],
                        },
                        Auth::Session(&token),
                        self.format(),
                        &[&token.0],
                    )
                    .await?;
                let mut ids = listed_logon_sessions(&response.body);
                if ids.len() != 1 {
                    return Err(Error::Logon(format!(
                        "cannot tell this client's logon session among {} listed; the session \
                         was forgotten and ends after 15 idle minutes",
                        ids.len()
                    )));
                }
                ids.remove(0)
            }
        };
        // The URL names the logon session, which the state no longer holds: redacted here, in
        // errors and in the `tracing` event alike.
        self.execute_redacting(
            Request {
                operation: DELETE_LOGON_SESSION,
                method: client::Method::DELETE,
                path: format!("/logonSessions/{}", client::path_segment(&id)),
                query: vec![],
                body: None,
                expect: &[],
            },
            Auth::Session(&token),
            self.format(),
            &[&token.0, &id],
        )
        .await?;
        Ok(())
    }

    /// After a 401 to a request sent with the session of `generation`: logs on again, unless
    /// another task already did (then its session is used) or the client logged out meanwhile
    /// (`None`: the 401 stands). Returns the session to retry with.
    pub(crate) async fn relogon(&self, generation: u64) -> Result<Option<SessionId>, Error> {
        let _guard = self.shared.logon.lock().await;
        {
            let state = self.state();
            if state.generation != generation {
                return Ok(state.token.clone());
            }
        }
        self.logon_locked().await.map(Some)
    }

    /// The logon itself; the caller holds `shared.logon`.
    async fn logon_locked(&self) -> Result<SessionId, Error> {
        let Some(credentials) = self.credentials.clone() else {
            return Err(Error::Logon(
                "the client has no credentials (ClientBuilder::credentials)".to_owned(),
            ));
        };
        let entry = self
            .execute(
                Request {
                    operation: GET_ENTRY_POINT,
                    method: client::Method::GET,
                    path: "/".to_owned(),
                    query: vec![],
                    body: None,
                    expect: &[],
                },
                Auth::None,
                Format::Xml,
            )
            .await?;
        let offered = supported_versions(&entry.body);
        let Some(choice) = pick_version(&offered) else {
            return Err(Error::Logon(
                "the API entry point offers no SupportedVersion".to_owned(),
            ));
        };
        let response = self
            .execute(
                Request {
                    operation: POST_SESSION_MNGR,
                    method: client::Method::POST,
                    path: "/sessionMngr/".to_owned(),
                    query: vec![("v", choice.version.name().to_owned())],
                    body: None,
                    expect: &[],
                },
                Auth::Basic(&credentials),
                self.format(),
            )
            .await?;
        let token = response
            .headers
            .get(SESSION_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| SessionId(v.to_owned()))
            .ok_or_else(|| {
                Error::Logon(format!(
                    "the logon response (HTTP {} to {} {}) has no {SESSION_HEADER} header",
                    response.status.as_u16(),
                    response.method,
                    response.url
                ))
            })?;
        token.header_value().map_err(|_| {
            Error::Logon(format!(
                "the logon response's {SESSION_HEADER} (to {} {}) is not a valid header value",
                response.method, response.url
            ))
        })?;
        let body = parse_logon_session(&response.body);
        let info = SessionInfo {
            version: choice.version,
            version_known: choice.known,
            offered,
            user_name: body.user_name,
        };
        self.state()
            .replace(Some(token.clone()), body.id, Some(info));
        Ok(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Method, StatusCode};
    use std::time::Duration;
    use veeam_em_test_server::{serve_in_order, Reply};

    fn versions(names: &[&str]) -> Vec<ApiVersion> {
        names.iter().filter_map(|n| ApiVersion::parse(n)).collect()
    }

    fn entry_point(names: &[&str]) -> String {
        let mut doc = String::from(
            r#"<?xml version="1.0" encoding="utf-8"?><EnterpriseManager xmlns="http://www.veeam.com/ent/v1.0"><Links><Link Href="https://em:9398/api/logonSessions" Type="LogonSessionList" Rel="Down"/><Link Href="https://em:9398/api/sessionMngr/?v=latest" Type="LogonSession" Rel="Create"/></Links><SupportedVersions>"#,
        );
        for name in names {
            doc.push_str(&format!(
                r#"<SupportedVersion Name="{name}"><Links><Link Href="https://em:9398/api/sessionMngr/?v={name}" Type="LogonSession" Rel="Create"/></Links></SupportedVersion>"#
            ));
        }
        doc.push_str("</SupportedVersions></EnterpriseManager>");
        doc
    }

    const LOGON_ID: &str = "15a3fc97-0325-4119-b789-5c0367c6c565";

    fn logon_session(id: &str) -> String {
        format!(
            r#"<LogonSession xmlns="http://www.veeam.com/ent/v1.0" Type="LogonSession" Href="https://em:9398/api/logonSessions/{id}"><Links><Link Rel="Up" Type="EnterpriseManager" Href="https://em:9398/api/"/><Link Rel="Delete" Href="https://em:9398/api/logonSessions/{id}"/></Links><UserName>SRV12\Administrator</UserName><SessionId>{id}</SessionId></LogonSession>"#
        )
    }

    /// `201 Created` with the session id in a lowercase header.
    fn logon_reply(token: &str, body: &str) -> Reply {
        Reply::new(201, "application/xml", body)
            .header("x-restsvcsessionid", token)
            .header(
                "Set-Cookie",
                &format!("X-RestSvcSessionId={token}; Path=/api;"),
            )
    }

    fn unauthorized() -> Reply {
        Reply::new(
            401,
            "application/xml",
            r#"<Error xmlns="http://www.veeam.com/ent/v1.0" Message="Session not found or expired" StatusCode="401"/>"#,
        )
    }

    fn get_jobs() -> Request {
        Request {
            operation: "GET /jobs",
            method: Method::GET,
            path: "/jobs".into(),
            query: vec![],
            body: None,
            expect: &[StatusCode::OK],
        }
    }

    fn client(base: &str) -> Client {
        Client::builder(base)
            .credentials(Credentials::new("DOMAIN\\User", "Pa55-SECRET"))
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap()
    }

    #[test]
    fn versions_compare_by_number_and_the_newest_known_wins() {
        assert!(ApiVersion::parse("v1_10") > ApiVersion::parse("v1_9"));
        assert!(ApiVersion::parse("v1_7") > ApiVersion::parse("v1"));
        assert_eq!(ApiVersion::parse("latest"), None);
        assert_eq!(ApiVersion::parse("v1__7"), None);
        assert_eq!(ApiVersion::parse("v1_x"), None);
        assert_eq!(
            ApiVersion::parse("v1_7").map(|v| v.numbers().to_vec()),
            Some(vec![1, 7])
        );

        let choice = pick_version(&versions(&["v1_5", "v1_7", "v1_9"])).unwrap();
        assert_eq!(choice.version.name(), "v1_7");
        assert!(choice.known);
        // Order of the offer does not matter.
        let choice = pick_version(&versions(&["v1_7", "v1_9", "v1_5", "v1_6"])).unwrap();
        assert_eq!(choice.version.name(), "v1_7");
        // The newest known, whichever it is.
        let newest_known = KNOWN_API_VERSIONS.last().copied().unwrap_or_default();
        let mut all: Vec<&str> = KNOWN_API_VERSIONS.to_vec();
        all.push("v99_0");
        let choice = pick_version(&versions(&all)).unwrap();
        assert_eq!(choice.version.name(), newest_known);
        // Nothing known: the newest offered, flagged.
        let choice = pick_version(&versions(&["v1_9", "v1_10", "v0_1x"])).unwrap();
        assert_eq!(choice.version.name(), "v1_10");
        assert!(!choice.known);
        assert_eq!(pick_version(&[]), None);
    }

    #[test]
    fn the_entry_point_lists_versions_in_xml_and_json() {
        let xml = entry_point(&["v1_7", "v1_5", "v1_6", "latest"]);
        let names: Vec<String> = supported_versions(xml.as_bytes())
            .iter()
            .map(|v| v.name().to_owned())
            .collect();
        assert_eq!(names, ["v1_5", "v1_6", "v1_7"]);

        let json = br#"{"Links":[{"Rel":"Create","Href":"https://em:9398/api/sessionMngr/?v=latest"}],
            "SupportedVersions":{"SupportedVersions":[{"Name":"v1_6","Links":[]},{"Name":"v1_7"}]}}"#;
        let names: Vec<String> = supported_versions(json)
            .iter()
            .map(|v| v.name().to_owned())
            .collect();
        assert_eq!(names, ["v1_6", "v1_7"]);
        let json = br#"{"SupportedVersions":[{"name":"v1_5"}]}"#;
        assert_eq!(supported_versions(json).len(), 1);

        assert!(supported_versions(b"").is_empty());
        assert!(supported_versions(b"<html>IIS</html>").is_empty());
        assert!(supported_versions(b"{\"Name\": \"v1_7\"}").is_empty());
    }

    #[test]
    fn logon_session_bodies_name_the_session() {
        let body = parse_logon_session(logon_session(LOGON_ID).as_bytes());
        assert_eq!(body.id.as_deref(), Some(LOGON_ID));
        assert_eq!(body.user_name.as_deref(), Some("SRV12\\Administrator"));
        let no_session_id = r#"<LogonSession Href="https://em/api/logonSessions/abc"><Links><Link Rel="Delete" Href="https://em/api/logonSessions/def?x=1"/></Links></LogonSession>"#;
        assert_eq!(
            parse_logon_session(no_session_id.as_bytes()).id.as_deref(),
            Some("def")
        );
        let json = br#"{"Href":"https://em/api/logonSessions/abc","Links":[{"Rel":"Delete","Href":"https://em/api/logonSessions/def"}],"UserName":"u","SessionId":"ghi"}"#;
        let body = parse_logon_session(json);
        assert_eq!(body.id.as_deref(), Some("ghi"));
        assert_eq!(body.user_name.as_deref(), Some("u"));
        assert_eq!(
            parse_logon_session(br#"{"Href":"https://em/api/logonSessions/abc/"}"#)
                .id
                .as_deref(),
            Some("abc")
        );
        assert_eq!(parse_logon_session(b""), LogonSessionBody::default());
        assert_eq!(parse_logon_session(b"<broken"), LogonSessionBody::default());

        let list = format!(
            r#"<LogonSessions xmlns="http://www.veeam.com/ent/v1.0">{}</LogonSessions>"#,
            logon_session("one")
        );
        assert_eq!(listed_logon_sessions(list.as_bytes()), ["one"]);
        assert_eq!(
            listed_logon_sessions(br#"{"LogonSessions":[{"SessionId":"a"},{"SessionId":"b"}]}"#),
            ["a", "b"]
        );
    }

    #[test]
    fn secrets_stay_out_of_debug_and_display() {
        let credentials = Credentials::new("admin", "hunter2-SECRET");
        for text in [
            format!("{credentials:?}"),
            format!("{:?}", credentials.password),
            credentials.password.to_string(),
        ] {
            assert!(!text.contains("hunter2"), "{text}");
            assert!(text.contains("<redacted>"), "{text}");
        }
        assert_eq!(
            format!("{credentials:?}"),
            "Credentials { username: \"admin\", password: <redacted> }"
        );
        assert_eq!(credentials.password.expose(), "hunter2-SECRET");
        let builder = Client::builder("https://em:9398/api").credentials(credentials.clone());
        assert!(!format!("{builder:?}").contains("hunter2"));
        let mut client = builder.build().unwrap();
        client.set_session_id("tok-SECRET");
        let debug = format!("{client:?}");
        assert!(
            !debug.contains("hunter2") && !debug.contains("tok-SECRET"),
            "{debug}"
        );
        assert!(client.has_credentials() && client.has_session());
    }

    #[tokio::test]
    async fn logon_requests_and_logout() {
        let server = serve_in_order([
            Reply::new(
                200,
                "application/xml",
                entry_point(&["v1_5", "v1_7", "v1_9"]),
            ),
            logon_reply("tok-SECRET+/==", &logon_session(LOGON_ID)),
            Reply::new(200, "application/xml", "<EntityReferences/>"),
            Reply::new(200, "application/xml", "<EntityReferences/>"),
            Reply::new(204, "application/xml", ""),
        ]);
        let base = format!("{}/", server.base_url());
        let client = client(&base);
        assert_eq!(client.session_info(), None);
        client.logon().await.unwrap();
        assert!(client.has_session());
        let info = client.session_info().unwrap();
        assert_eq!(info.version.name(), "v1_7");
        assert!(info.version_known);
        assert_eq!(info.user_name.as_deref(), Some("SRV12\\Administrator"));
        assert_eq!(info.to_string(), "API v1_7 as SRV12\\Administrator");

        let response = client.send(get_jobs()).await.unwrap();
        assert_eq!(response.status, 200);
        // A clone shares the session.
        let clone = client.clone().with_format(Format::Json);
        clone.send(get_jobs()).await.unwrap();
        let debug = format!("{client:?}");
        assert!(
            !debug.contains("tok-SECRET") && !debug.contains("Pa55"),
            "{debug}"
        );

        client.logout().await.unwrap();
        assert!(!client.has_session() && !clone.has_session());
        assert_eq!(client.session_info(), None);
        // Logout without a session does nothing (a request would find no answer past the
        // script's five: a transport error, and a sixth request).
        client.logout().await.unwrap();

        let requests = server.requests();
        assert_eq!(requests.len(), 5);
        let entry = &requests[0];
        assert_eq!(entry.line(), "GET /api/ HTTP/1.1", "{entry}");
        assert_eq!(entry.header("Authorization"), None);
        assert_eq!(entry.header(SESSION_HEADER), None);
        assert_eq!(entry.header("Accept"), Some("application/xml"));
        let logon = &requests[1];
        assert_eq!(
            logon.line(),
            "POST /api/sessionMngr/?v=v1_7 HTTP/1.1",
            "{logon}"
        );
        // base64("DOMAIN\User:Pa55-SECRET")
        assert_eq!(
            logon.header("Authorization"),
            Some("Basic RE9NQUlOXFVzZXI6UGE1NS1TRUNSRVQ=")
        );
        assert_eq!(logon.header(SESSION_HEADER), None);
        // What HTTP.sys accepts: a body-less POST with `Content-Length: 0` (else 411 Length
        // Required), no Content-Type without a body, exactly one Accept of one media type.
        assert_eq!(logon.header_values("Content-Length"), ["0"], "{logon}");
        assert_eq!(logon.header_values("Content-Type"), [""; 0], "{logon}");
        assert_eq!(logon.header_values("Transfer-Encoding"), [""; 0], "{logon}");
        assert_eq!(
            logon.header_values("Accept"),
            ["application/xml"],
            "{logon}"
        );
        assert!(logon.body.is_empty(), "{logon}");
        assert_eq!(entry.header_values("Content-Length"), [""; 0], "{entry}");
        assert_eq!(entry.header_values("Content-Type"), [""; 0], "{entry}");
        assert_eq!(
            entry.header_values("Accept"),
            ["application/xml"],
            "{entry}"
        );
        assert_eq!(requests[4].header_values("Content-Length"), ["0"]);
        assert_eq!(requests[4].header_values("Content-Type"), [""; 0]);
        for later in &requests[2..] {
            assert_eq!(
                later.header(SESSION_HEADER),
                Some("tok-SECRET+/=="),
                "{later}"
            );
            assert_eq!(later.header("Authorization"), None);
            assert_eq!(later.header("Cookie"), None);
        }
        assert_eq!(requests[3].header("Accept"), Some("application/json"));
        assert_eq!(
            requests[4].line(),
            format!("DELETE /api/logonSessions/{LOGON_ID} HTTP/1.1"),
            "{}",
            requests[4]
        );
    }

    #[tokio::test]
    async fn a_401_logs_on_again_once_and_retries() {
        let server = serve_in_order([
            Reply::new(200, "application/xml", entry_point(&["v1_7"])),
            logon_reply("tok-one", &logon_session("one")),
            unauthorized(),
            Reply::new(200, "application/xml", entry_point(&["v1_7"])),
            logon_reply("tok-two", &logon_session("two")),
            Reply::new(200, "application/xml", "<EntityReferences/>"),
        ]);
        let base = format!("{}/", server.base_url());
        let client = client(&base);
        client.logon().await.unwrap();
        let response = client.send(get_jobs()).await.unwrap();
        assert_eq!(response.status, 200);
        let requests = server.requests();
        assert_eq!(requests.len(), 6);
        assert_eq!(requests[2].header(SESSION_HEADER), Some("tok-one"));
        assert!(requests[3].line().starts_with("GET /api/ "));
        assert!(requests[4]
            .line()
            .starts_with("POST /api/sessionMngr/?v=v1_7 "));
        assert!(requests[5].line().starts_with("GET /api/jobs "));
        assert_eq!(requests[5].header(SESSION_HEADER), Some("tok-two"));
    }

    #[tokio::test]
    async fn a_second_401_is_returned() {
        // Exactly six answers: a seventh request would find no server (a transport error).
        let server = serve_in_order([
            Reply::new(200, "application/xml", entry_point(&["v1_7"])),
            logon_reply("tok-one", &logon_session("one")),
            unauthorized(),
            Reply::new(200, "application/xml", entry_point(&["v1_7"])),
            logon_reply("tok-two", &logon_session("two")),
            unauthorized(),
        ]);
        let base = format!("{}/", server.base_url());
        let client = client(&base);
        client.logon().await.unwrap();
        let e = client.send(get_jobs()).await.unwrap_err();
        match &e {
            Error::Status {
                operation: "GET /jobs",
                status: StatusCode::UNAUTHORIZED,
                body: Some(body),
                ..
            } => assert_eq!(
                body.message.as_deref(),
                Some("Session not found or expired")
            ),
            other => panic!("{other:?}"),
        }
        assert_eq!(server.requests().len(), 6);
    }

    #[tokio::test]
    async fn without_credentials_a_401_is_just_an_error() {
        let server = serve_in_order([unauthorized()]);
        let base = format!("{}/", server.base_url());
        let mut client = Client::new(&base).unwrap();
        client.set_session_id("tok-SECRET");
        let e = client.send(get_jobs()).await.unwrap_err();
        assert_eq!(e.status(), Some(StatusCode::UNAUTHORIZED));
        assert_eq!(server.requests().len(), 1);
        let e = client.logon().await.unwrap_err();
        assert!(matches!(e, Error::Logon(_)), "{e:?}");
    }

    #[tokio::test]
    async fn logon_failures() {
        let server = serve_in_order([
            // No version at all.
            Reply::new(200, "application/xml", entry_point(&["latest"])),
            // Refused credentials.
            Reply::new(200, "application/xml", entry_point(&["v1_7"])),
            Reply::status(401).header("WWW-Authenticate", "Basic Realm=RestSvc"),
            // No session header.
            Reply::new(200, "application/xml", entry_point(&["v1_7"])),
            Reply::new(201, "application/xml", logon_session("x")),
            // Only unknown versions: the newest is used, and said so.
            Reply::new(200, "application/xml", entry_point(&["v2_1", "v2_0"])),
            logon_reply("tok", ""),
        ]);
        let base = format!("{}/", server.base_url());
        let client = client(&base);
        let e = client.logon().await.unwrap_err();
        assert!(matches!(e, Error::Logon(_)), "{e:?}");
        assert_eq!(
            e.to_string(),
            "logon: the API entry point offers no SupportedVersion"
        );
        let e = client.logon().await.unwrap_err();
        assert!(
            matches!(
                e,
                Error::Status {
                    operation: "POST /sessionMngr/",
                    status: StatusCode::UNAUTHORIZED,
                    ..
                }
            ),
            "{e:?}"
        );
        let e = client.logon().await.unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "logon: the logon response (HTTP 201 to POST {base}sessionMngr/?v=v1_7) has no \
                 X-RestSvcSessionId header"
            )
        );
        assert!(!client.has_session());
        client.logon().await.unwrap();
        let info = client.session_info().unwrap();
        assert_eq!(info.version.name(), "v2_1");
        assert!(!info.version_known);
        assert_eq!(
            info.to_string(),
            "API v2_1 (not known to this client, the newest the server offers: v2_0, v2_1)"
        );
        let requests = server.requests();
        assert!(requests[6]
            .line()
            .starts_with("POST /api/sessionMngr/?v=v2_1 "));
    }

    /// A user pointed at another server (port 9419, the Veeam Backup & Replication REST API)
    /// gets an HTML 404 for `GET /api/`: the error names the method, the whole URL, the status,
    /// the content type and what the page says.
    #[tokio::test]
    async fn logon_at_the_wrong_server_says_where_and_what() {
        let page = "<!DOCTYPE html><html><head><title>404 - Not Found</title><style>h1{}</style>\
                    </head><body><h1>Not Found</h1><p>No route for /api/</p></body></html>";
        let server = serve_in_order([Reply::new(404, "text/html; charset=utf-8", page)]);
        let base = format!("{}/", server.base_url());
        let e = client(&base).logon().await.unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "GET {base} (GET /): HTTP 404 (text/html; charset=utf-8): \
                 \"404 - Not Found Not Found No route for /api/\""
            )
        );
        assert!(base.starts_with("http://127.0.0.1:") && base.ends_with("/api/"));
        assert_eq!(e.url(), Some(base.as_str()));
        assert_eq!(e.method(), Some(&Method::GET));
        assert_eq!(server.requests().len(), 1);
    }

    #[tokio::test]
    async fn logout_of_a_session_set_by_hand_looks_it_up() {
        let list = format!("<LogonSessions>{}</LogonSessions>", logon_session("abc"));
        let server = serve_in_order([
            Reply::new(200, "application/xml", &list),
            Reply::new(204, "application/xml", ""),
            Reply::new(200, "application/xml", "<LogonSessions/>"),
        ]);
        let base = format!("{}/", server.base_url());
        let mut client = Client::new(&base).unwrap();
        client.set_session_id("tok");
        client.logout().await.unwrap();
        client.set_session_id("tok");
        let e = client.logout().await.unwrap_err();
        assert!(matches!(e, Error::Logon(_)), "{e:?}");
        assert!(!client.has_session());
        let requests = server.requests();
        assert!(requests[0].line().starts_with("GET /api/logonSessions "));
        assert!(requests[1]
            .line()
            .starts_with("DELETE /api/logonSessions/abc "));
        assert_eq!(requests[1].header(SESSION_HEADER), Some("tok"));
    }

    #[tokio::test]
    async fn concurrent_401s_log_on_once() {
        let server = serve_in_order([
            Reply::new(200, "application/xml", entry_point(&["v1_7"])),
            logon_reply("tok-one", &logon_session("one")),
        ]);
        let base = format!("{}/", server.base_url());
        let client = client(&base);
        client.logon().await.unwrap();
        let generation = client.state().generation;
        assert_eq!(server.requests().len(), 2);
        // Another task logged on meanwhile: its session is used, no new logon.
        client.state().generation += 1;
        let token = client.relogon(generation).await.unwrap();
        assert_eq!(token.map(|t| t.0), Some("tok-one".to_owned()));
    }
}
