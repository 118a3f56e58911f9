//! Which operation a page describes, when its title and its `HTTP Request` line disagree
//! (`GET /vAppReplicaPoints/{ID}` over `GET .../vmReplicaPoints/{ID}`, `DELETE /task/{ID}` over
//! `DELETE .../tasks/{ID}`). Neither is always right, so the rest of the corpus votes: the path
//! that other pages also name wins, and a candidate that another page already claims loses.

use std::collections::BTreeMap;

use crate::diag::{Code, Diagnostic};
use crate::extract::facts::PageFacts;
use crate::extract::request_line::RequestLine;

pub fn resolve_operation_keys(
    facts: &[PageFacts],
    diags: &mut Vec<Diagnostic>,
) -> Vec<Option<RequestLine>> {
    // How often each path is named, and by which pages.
    let mut mentions: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut claimed: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, f) in facts.iter().enumerate() {
        if let Some(op) = &f.operation {
            for line in op.request.iter().chain(&op.title_request) {
                mentions.entry(line.value.path.clone()).or_default().push(i);
            }
            if let Some(r) = &op.request {
                claimed.entry(r.value.key()).or_default().push(i);
            }
            for l in &op.links {
                mentions
                    .entry(strip_query(&l.reference))
                    .or_default()
                    .push(i);
            }
        }
        if let Some(res) = &f.resource {
            for p in &res.paths {
                mentions.entry(strip_query(&p.value)).or_default().push(i);
            }
            for l in &res.links {
                mentions
                    .entry(strip_query(&l.reference))
                    .or_default()
                    .push(i);
            }
        }
    }
    let score = |line: &RequestLine, me: usize| -> i64 {
        let others = mentions
            .get(&line.path)
            .map_or(0, |v| v.iter().filter(|&&p| p != me).count());
        let taken = claimed
            .get(&line.key())
            .is_some_and(|v| v.iter().any(|&p| p != me));
        i64::try_from(others).unwrap_or(i64::MAX) - if taken { 1000 } else { 0 }
    };

    facts
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let op = f.operation.as_ref()?;
            let (req, title) = match (&op.request, &op.title_request) {
                (Some(r), Some(t)) => (r, t),
                (Some(r), None) => return Some(r.value.clone()),
                (None, Some(t)) => return Some(t.value.clone()),
                (None, None) => return None,
            };
            let (r, t) = (&req.value, &title.value);
            if r.method != t.method {
                diags.push(Diagnostic::new(
                    title.source.clone(),
                    Code::TitleMismatch,
                    format!("title says {}, the HTTP Request line says {}; using the request line", t.key(), r.key()),
                ));
                return Some(r.clone());
            }
            if r.path == t.path {
                // Same path: the request line's query is the fuller one (`?v=v1_7`, `?action=edit`).
                if r.fixed_query != t.fixed_query && !t.fixed_query.is_empty() && !r.fixed_query.is_empty() {
                    diags.push(Diagnostic::new(
                        title.source.clone(),
                        Code::TitleMismatch,
                        format!("title says {}, the HTTP Request line says {}; using the request line", t.key(), r.key()),
                    ));
                }
                let mut chosen = r.clone();
                if chosen.fixed_query.is_empty() {
                    chosen.fixed_query = t.fixed_query.clone();
                }
                for q in &t.query_params {
                    if !chosen.query_params.contains(q) {
                        chosen.query_params.push(q.clone());
                    }
                }
                return Some(chosen);
            }
            let (rs, ts) = (score(r, i), score(t, i));
            let mut chosen = if ts > rs { t.clone() } else { r.clone() };
            if chosen.fixed_query.is_empty() {
                chosen.fixed_query = if ts > rs { r.fixed_query.clone() } else { t.fixed_query.clone() };
            }
            diags.push(Diagnostic::new(
                req.source.clone(),
                Code::TitleMismatch,
                format!(
                    "title says {}, the HTTP Request line says {}; using {} (named by {} other page(s) against {})",
                    t.key(),
                    r.key(),
                    chosen.key(),
                    rs.max(ts).max(0),
                    rs.min(ts).max(0),
                ),
            ));
            Some(chosen)
        })
        .collect()
}

fn strip_query(p: &str) -> String {
    p.split('?').next().unwrap_or("").to_string()
}

/// `POST /vmRestorePoints/{ID}/mounts` → `PostVmRestorePointsMounts`: a stable name for types the
/// docs leave unnamed.
pub fn operation_type_name(line: &RequestLine, suffix: &str) -> String {
    let mut out = String::new();
    let mut push_word = |w: &str| {
        let mut chars = w.chars().filter(|c| c.is_ascii_alphanumeric());
        if let Some(c) = chars.next() {
            out.push(c.to_ascii_uppercase());
            out.extend(chars);
        }
    };
    push_word(&line.method.to_ascii_lowercase());
    for seg in line.path.split('/') {
        if !seg.starts_with('{') {
            push_word(seg);
        }
    }
    for v in line.fixed_query.values() {
        push_word(v);
    }
    out.push_str(suffix);
    out
}
