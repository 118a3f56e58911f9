//! `GET https://<Enterprise-Manager>:9398/api/vmRestorePoints/{ID}?format=Entity` → method, path
//! template, path parameters, fixed and templated query parameters.

use std::collections::BTreeMap;

use serde::Serialize;

pub const METHODS: &[&str] = &["GET", "POST", "PUT", "DELETE", "PATCH"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequestLine {
    pub method: String,
    /// Path below `/api`, e.g. `/vmRestorePoints/{ID}`.
    pub path: String,
    /// Names of the `{...}` segments in order; repeated names get a numeric suffix
    /// (`/jobs/{ID}/includes/{ID}` → `ID`, `ID2`) so each is addressable.
    pub path_params: Vec<String>,
    /// Query parameters with a fixed value (`action=restore`, `type=VmRestorePoint`).
    pub fixed_query: BTreeMap<String, String>,
    /// Query parameters whose value is a `{template}` (`hierarchyRef={hierarchyRef}`).
    pub query_params: Vec<String>,
    /// False when the URL did not go through `https://host:9398/api`.
    pub standard_base: bool,
}

impl RequestLine {
    /// The operation's identity: method, path and fixed query, as the docs write it.
    pub fn key(&self) -> String {
        operation_key(&self.method, &self.path, &self.fixed_query)
    }
}

/// `GET /query?type=VmRestorePoint`: method, path and fixed query in key order. The one
/// spelling of an operation's identity, used by facts and model alike.
pub fn operation_key(method: &str, path: &str, fixed_query: &BTreeMap<String, String>) -> String {
    let mut key = format!("{method} {path}");
    let mut sep = '?';
    for (k, v) in fixed_query {
        key.push(sep);
        key.push_str(k);
        key.push('=');
        key.push_str(v);
        sep = '&';
    }
    key
}

/// Finds `METHOD URL-or-path` in a line of text.
pub fn find(text: &str) -> Option<RequestLine> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        if METHODS.contains(w) {
            if let Some(next) = words.get(i + 1) {
                if next.starts_with("http") || next.starts_with('/') {
                    // Titles sometimes split a path with a stray space: `/security/accounts /{ID}`.
                    let mut target = next.to_string();
                    for more in &words[i + 2..] {
                        if more.starts_with('/') && !target.contains('?') {
                            target.push_str(more);
                        } else {
                            break;
                        }
                    }
                    return parse(w, &target);
                }
            }
        }
    }
    None
}

/// Parses a method and a URL or path.
pub fn parse(method: &str, target: &str) -> Option<RequestLine> {
    let target = target.trim().trim_end_matches(['.', ',', '|']);
    let (rest, standard_base) = strip_base(target);
    if !rest.starts_with('/') {
        return None;
    }
    // A title like `/cdpPolicies/{ID}&action=enable` uses `&` where `?` is meant.
    let (path, query) = match rest.split_once('?') {
        Some((p, q)) => (p, q),
        None => match rest.split_once('&') {
            Some((p, q)) if !p.contains('=') => (p, q),
            _ => (rest, ""),
        },
    };
    let mut fixed_query = BTreeMap::new();
    let mut query_params = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        if v.starts_with('{') && v.ends_with('}') {
            query_params.push(k.to_string());
        } else {
            fixed_query.insert(k.to_string(), v.to_string());
        }
    }
    let mut path_params: Vec<String> = Vec::new();
    for seg in path.split('/') {
        if let Some(name) = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            let mut unique = name.to_string();
            let mut n = 2;
            while path_params.contains(&unique) {
                unique = format!("{name}{n}");
                n += 1;
            }
            path_params.push(unique);
        }
    }
    Some(RequestLine {
        method: method.to_ascii_uppercase(),
        path: path.to_string(),
        path_params,
        fixed_query,
        query_params,
        standard_base,
    })
}

/// Strips `https://host:port/api`; reports whether the URL had exactly that shape.
fn strip_base(target: &str) -> (&str, bool) {
    let Some(after_scheme) = target
        .strip_prefix("https://")
        .or_else(|| target.strip_prefix("http://"))
    else {
        return (target, true);
    };
    let Some(slash) = after_scheme.find('/') else {
        return ("/", false);
    };
    let rest = &after_scheme[slash..];
    match rest.strip_prefix("/api") {
        Some(r) if r.is_empty() || r.starts_with('/') || r.starts_with('?') => {
            let r = if r.is_empty() { "/" } else { r };
            (r, true)
        }
        _ => (rest, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_request_lines() {
        let r =
            find("GET https://<Enterprise-Manager>:9398/api/vmRestorePoints/{ID}?format=Entity")
                .unwrap();
        assert_eq!(r.method, "GET");
        assert_eq!(r.path, "/vmRestorePoints/{ID}");
        assert_eq!(r.path_params, vec!["ID"]);
        assert_eq!(
            r.fixed_query.get("format").map(String::as_str),
            Some("Entity")
        );
        assert_eq!(r.key(), "GET /vmRestorePoints/{ID}?format=Entity");
        assert!(r.standard_base);
    }

    #[test]
    fn repeated_path_params_are_numbered() {
        let r = find("GET /jobs/{ID}/includes/{ID}").unwrap();
        assert_eq!(r.path_params, vec!["ID", "ID2"]);
    }

    #[test]
    fn templated_query_and_odd_bases() {
        let r = find("GET https://localhost:9398/api/lookup?&hierarchyRef={hierarchyRef}").unwrap();
        assert_eq!(r.query_params, vec!["hierarchyRef"]);
        assert!(r.fixed_query.is_empty());
        let r = find("POST https://<Enterprise-Manager>:9398/catalog/vms/{vmname}/vmRestorePoints/{ID}?action=browse").unwrap();
        assert!(!r.standard_base);
        assert_eq!(r.path, "/catalog/vms/{vmname}/vmRestorePoints/{ID}");
        let r = find("POST /cdpPolicies/{ID}&action=enable").unwrap();
        assert_eq!(r.key(), "POST /cdpPolicies/{ID}?action=enable");
        let r = find("DELETE /security/accounts /{ID}/scopes/{ID}").unwrap();
        assert_eq!(r.path, "/security/accounts/{ID}/scopes/{ID}");
    }
}
