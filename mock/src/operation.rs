//! Operations by route: finding the documented operation a request names, and what the mock
//! answers it with when no hand-written logic does — a test's [`Answer`], a documented example
//! ([`Examples`]), or the operation's skeleton.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use http::{Method, StatusCode};
use serde::{Deserialize, Deserializer};

pub use crate::gen::operations::Operation;

/// What the generator knows of one operation (`Operation::info`).
#[derive(Debug)]
pub struct OperationInfo {
    /// The operation.
    pub operation: Operation,
    /// Its call on `veeam_em::Client` (`get_backups`).
    pub fn_name: &'static str,
    /// `GET`, `POST`, `PUT` or `DELETE`.
    pub method: Method,
    /// The path template below `/api` (`/backups/{ID}`).
    pub path: &'static str,
    /// Query parameters that select this operation (`action=start`, `format=Entity`).
    pub fixed_query: &'static [(&'static str, &'static str)],
    /// The first documented success status.
    pub status: StatusCode,
    /// The request body's root element, when it has one.
    pub request_root: Option<&'static str>,
    /// The answer's root element, when it has a typed body.
    pub response_root: Option<&'static str>,
    /// A minimal XML answer that the typed call decodes: every attribute and required member
    /// with a placeholder (links to `https://localhost:9398/api`, rewritten to the mock's URL).
    pub skeleton_xml: Option<&'static str>,
    /// The same as JSON, PascalCase keys.
    pub skeleton_json: Option<&'static str>,
    /// A minimal request body (XML) of the request type, when there is one.
    pub request_skeleton_xml: Option<&'static str>,
    /// `GET /query?type=X`: the query service answers it.
    pub query: bool,
    /// The help-center page.
    pub doc_url: Option<&'static str>,
}

impl OperationInfo {
    /// A 202 answered with a `Task`: the mock starts a task it can be polled for.
    pub(crate) fn starts_task(&self) -> bool {
        self.status == StatusCode::ACCEPTED && self.response_root == Some("Task")
    }
}

impl Operation {
    /// Its call's name on `veeam_em::Client` (`get_backups`).
    pub fn fn_name(self) -> &'static str {
        self.info().fn_name
    }

    /// The operation whose call is named `fn_name`.
    pub fn by_fn_name(fn_name: &str) -> Option<Operation> {
        Operation::ALL
            .iter()
            .copied()
            .find(|op| op.fn_name() == fn_name)
    }

    /// The methods documented for `path` (`/api/…`), whatever their query parameters: what a
    /// 405's `Allow` lists.
    pub fn methods_at(path: &str) -> Vec<&'static str> {
        let Some(segments) = api_segments(path) else {
            return Vec::new();
        };
        let mut methods: Vec<&'static str> = Operation::ALL
            .iter()
            .map(|op| op.info())
            .filter(|info| literal_segments(info.path, &segments).is_some())
            .map(|info| info.method.as_str())
            .collect();
        methods.sort_unstable();
        methods.dedup();
        methods
    }

    /// The operation a request names: method (`HEAD` as `GET`), path below `/api` (segments
    /// compared without regard to case, `{…}` matching any one segment) and query parameters
    /// (each of the operation's fixed ones present). The most specific wins: more fixed query
    /// parameters, then more literal segments.
    pub fn find(method: &Method, path: &str, query: &[(String, String)]) -> Option<Operation> {
        let method = if method == Method::HEAD {
            &Method::GET
        } else {
            method
        };
        let segments = api_segments(path)?;
        Operation::ALL
            .iter()
            .map(|op| op.info())
            .filter(|info| info.method == method)
            .filter_map(|info| {
                let literal = literal_segments(info.path, &segments)?;
                let fixed = info.fixed_query.iter().all(|(k, v)| {
                    query
                        .iter()
                        .any(|(qk, qv)| qk.eq_ignore_ascii_case(k) && qv.eq_ignore_ascii_case(v))
                });
                fixed.then_some((info.fixed_query.len(), literal, info.operation))
            })
            .max_by_key(|(fixed, literal, op)| (*fixed, *literal, std::cmp::Reverse(*op)))
            .map(|(_, _, op)| op)
    }
}

/// The segments of `/api/…` after `api`; `None` for a path outside the API.
fn api_segments(path: &str) -> Option<Vec<&str>> {
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    match segments.next() {
        Some(api) if api.eq_ignore_ascii_case("api") => Some(segments.collect()),
        _ => None,
    }
}

/// How many literal segments of `template` (`/backups/{ID}`) match `segments` (case aside;
/// `{…}` matches any one); `None` when it does not match.
fn literal_segments(template: &str, segments: &[&str]) -> Option<usize> {
    let template: Vec<&str> = template.split('/').filter(|s| !s.is_empty()).collect();
    if template.len() != segments.len() {
        return None;
    }
    let mut literal = 0;
    for (t, s) in template.iter().zip(segments) {
        if t.starts_with('{') && t.ends_with('}') {
            continue;
        }
        if !t.eq_ignore_ascii_case(s) {
            return None;
        }
        literal += 1;
    }
    Some(literal)
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.fn_name())
    }
}

/// A documented example answer of one operation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// The status the example shows (the operation's documented one when it shows none); a
    /// number in the file.
    #[serde(deserialize_with = "status_code")]
    pub status: StatusCode,
    /// The XML body, as the page gives it.
    #[serde(default)]
    pub xml: Option<String>,
    /// The JSON body (PascalCase keys, as the pages write them).
    #[serde(default)]
    pub json: Option<String>,
    /// The request body the example sends (XML), for replaying it.
    #[serde(default)]
    pub request_xml: Option<String>,
    /// The same in JSON, when the page gives it.
    #[serde(default)]
    pub request_json: Option<String>,
    /// The page it comes from (`file:line`).
    #[serde(default)]
    pub source: Option<String>,
}

/// A status written as a number (`200`), as `veeam-em-codegen mock-examples` writes it.
fn status_code<'de, D: Deserializer<'de>>(deserializer: D) -> Result<StatusCode, D::Error> {
    let code = u16::deserialize(deserializer)?;
    StatusCode::from_u16(code).map_err(serde::de::Error::custom)
}

/// Documented example answers by operation, served verbatim (links rewritten to the mock's URL)
/// instead of the skeletons. The reference pages are not part of this crate; make the file with
/// `veeam-em-codegen mock-examples --docs DIR > examples.json` from a copy of the help center.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Examples {
    by_operation: BTreeMap<Operation, Example>,
}

/// An examples file that cannot be used.
#[derive(Debug)]
pub struct ExamplesError {
    /// The file, when read from one.
    pub file: Option<String>,
    /// What is wrong: a JSON error with its line, or an operation no call is named after.
    pub message: String,
}

impl fmt::Display for ExamplesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.file {
            Some(file) => write!(f, "{file}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ExamplesError {}

impl Examples {
    /// Reads `{"get_backups": {"status": 200, "xml": "<…>", "json": "{…}"}, …}`; every key
    /// must name an [`Operation`] (by its call's name).
    pub fn from_json(text: &str) -> Result<Examples, ExamplesError> {
        let raw: BTreeMap<String, Example> =
            serde_json::from_str(text).map_err(|e| ExamplesError {
                file: None,
                message: format!("line {}, column {}: {e}", e.line(), e.column()),
            })?;
        let mut by_operation = BTreeMap::new();
        for (name, example) in raw {
            let op = Operation::by_fn_name(&name).ok_or_else(|| ExamplesError {
                file: None,
                message: format!(
                    "no operation is called `{name}`: regenerate the examples with this \
                     version's `veeam-em-codegen mock-examples`"
                ),
            })?;
            by_operation.insert(op, example);
        }
        Ok(Examples { by_operation })
    }

    /// [`Examples::from_json`] on a file.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Examples, ExamplesError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| ExamplesError {
            file: Some(path.display().to_string()),
            message: e.to_string(),
        })?;
        Examples::from_json(&text).map_err(|e| ExamplesError {
            file: Some(path.display().to_string()),
            ..e
        })
    }

    /// The example of `operation`, if any.
    pub fn get(&self, operation: Operation) -> Option<&Example> {
        self.by_operation.get(&operation)
    }

    /// Adds or replaces the example of `operation`.
    pub fn insert(&mut self, operation: Operation, example: Example) {
        self.by_operation.insert(operation, example);
    }

    /// How many operations have an example.
    pub fn len(&self) -> usize {
        self.by_operation.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.by_operation.is_empty()
    }

    /// The operations with an example and their examples.
    pub fn iter(&self) -> impl Iterator<Item = (Operation, &Example)> {
        self.by_operation.iter().map(|(op, ex)| (*op, ex))
    }
}

/// A test's answer to an operation ([`MockServer::answer`](crate::MockServer::answer)): a
/// status and a body, given as XML, JSON or both (the request's `Accept` picks; with one, that
/// one is sent whatever `Accept` says). It replaces whatever the mock would answer, its
/// hand-written logic included, but not the session check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) xml: Option<String>,
    pub(crate) json: Option<String>,
}

impl Answer {
    /// An answer with this status and no body.
    pub fn status(status: StatusCode) -> Answer {
        Answer {
            status,
            xml: None,
            json: None,
        }
    }

    /// An Enterprise Manager error: `<Error Message="…" StatusCode="…"/>` or its JSON.
    pub fn error(status: StatusCode, message: &str) -> Answer {
        let body = crate::body::error_body(status, message);
        Answer {
            status,
            xml: Some(body.xml),
            json: Some(body.json.to_string()),
        }
    }

    /// The XML body, sent as it is.
    pub fn xml(mut self, body: impl Into<String>) -> Answer {
        self.xml = Some(body.into());
        self
    }

    /// The JSON body, sent as it is.
    pub fn json(mut self, body: impl Into<String>) -> Answer {
        self.json = Some(body.into());
        self
    }
}

/// `https://localhost:9398/api/x` (any scheme, host and port before `/api`) → `{base}/x`: the
/// documented examples and the skeletons link to the docs' server; the mock's links must lead
/// back to the mock.
pub(crate) fn rebase(text: &str, base: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let scheme_start = rest[..at]
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        let scheme = &rest[scheme_start..at];
        let after = &rest[at + 3..];
        let host_end = after.find('/').unwrap_or(after.len());
        let host = &after[..host_end];
        let host_ok = !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c));
        let api = after[host_end..].get(..4) == Some("/api")
            && !after[host_end + 4..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric());
        if (scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https"))
            && host_ok
            && api
        {
            out.push_str(&rest[..scheme_start]);
            out.push_str(base);
            rest = &after[host_end + 4..];
        } else {
            out.push_str(&rest[..at + 3]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_request_finds_the_most_specific_operation() {
        let get =
            |path: &str, query: &[(&str, &str)]| Operation::find(&Method::GET, path, &q(query));
        let backups = get("/api/backups", &[]).expect("GET /backups");
        assert_eq!(backups.fn_name(), "get_backups");
        let entities = get("/api/Backups", &[("format", "Entity")]).expect("entity form");
        assert_eq!(entities.fn_name(), "get_backups_entities");
        let one = get("/api/backups/abc", &[]).expect("GET /backups/{ID}");
        assert_eq!(one.info().path, "/backups/{ID}");
        let start = Operation::find(&Method::POST, "/api/jobs/1", &q(&[("action", "start")]))
            .expect("start a job");
        assert_eq!(start.info().fixed_query, &[("action", "start")]);
        assert_eq!(get("/api/no/such/thing", &[]), None);
        assert_eq!(get("/elsewhere/backups", &[]), None);
    }

    #[test]
    fn every_operation_finds_itself() {
        for op in Operation::ALL {
            let info = op.info();
            let path: String = info
                .path
                .split('/')
                .map(|s| if s.starts_with('{') { "x1" } else { s })
                .collect::<Vec<_>>()
                .join("/");
            let query: Vec<(String, String)> = info
                .fixed_query
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            let found = Operation::find(&info.method, &format!("/api{path}"), &query);
            // Two documented operations may share a route (a page and its copy under another
            // name); the one found must then have the same route.
            let found = found.unwrap_or_else(|| panic!("{op} is not found by its own route"));
            assert_eq!(found.info().method, info.method, "{op}");
            assert_eq!(
                found.info().fixed_query.len(),
                info.fixed_query.len(),
                "{op}"
            );
        }
    }

    #[test]
    fn links_to_the_docs_server_lead_to_the_mock() {
        let base = "http://127.0.0.1:5000/api";
        assert_eq!(
            rebase(
                "<Link Href=\"https://localhost:9398/api/backups/1\"/><A>http://em:9399/api</A>",
                base
            ),
            "<Link Href=\"http://127.0.0.1:5000/api/backups/1\"/><A>http://127.0.0.1:5000/api</A>"
        );
        assert_eq!(
            rebase(
                "xmlns=\"http://www.veeam.com/ent/v1.0\" https://x/apis",
                base
            ),
            "xmlns=\"http://www.veeam.com/ent/v1.0\" https://x/apis"
        );
    }
}
