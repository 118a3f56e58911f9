//! The fill rules: an empty or poorer value takes the richer one; two rich values that disagree
//! are a conflict. "Richer" means it says everything the other says and more (its words are a
//! superset), which is how a rendering that lost a list compares with one that kept it.

use std::collections::BTreeSet;

use crate::diag::{Code, Diagnostic, Source};
use crate::extract::facts::{Example, Field, Filter, Header, Link, Status};
use crate::model::SampleAt;

#[derive(Debug, Default)]
pub struct Merger {
    pub diagnostics: Vec<Diagnostic>,
}

fn words(s: &str) -> BTreeSet<&str> {
    s.split_whitespace().collect()
}

/// `Some(true)` when `b` should replace `a`, `Some(false)` to keep `a`, `None` on a conflict.
fn richer(a: &str, b: &str) -> Option<bool> {
    if a == b {
        return Some(false);
    }
    let (wa, wb) = (words(a), words(b));
    if wa.is_subset(&wb) {
        Some(true)
    } else if wb.is_subset(&wa) {
        Some(false)
    } else {
        None
    }
}

impl Merger {
    pub fn conflict(&mut self, at: &Source, other: &str, what: &str, kept: &str, dropped: &str) {
        self.diagnostics.push(Diagnostic::new(
            at.clone(),
            Code::MergeConflict,
            format!("{what}: {other} says {kept:?}, this page says {dropped:?}; kept {other}"),
        ));
    }

    pub fn text(&mut self, into: &mut String, from: String, at: &Source, other: &str, what: &str) {
        if into.is_empty() {
            *into = from;
            return;
        }
        if from.is_empty() {
            return;
        }
        match richer(into, &from) {
            Some(true) => *into = from,
            Some(false) => {}
            None => {
                let kept = into.clone();
                self.conflict(at, other, what, &kept, &from);
            }
        }
    }

    pub fn opt_text(
        &mut self,
        into: &mut Option<String>,
        from: Option<String>,
        at: &Source,
        other: &str,
        what: &str,
    ) {
        match (into.as_mut(), from) {
            (_, None) => {}
            (None, Some(f)) => *into = Some(f),
            (Some(i), Some(f)) => self.text(i, f, at, other, what),
        }
    }

    /// Lists of values (platforms, enum values): the longer list wins when it holds the shorter.
    pub fn list(
        &mut self,
        into: &mut Vec<String>,
        from: Vec<String>,
        at: &Source,
        other: &str,
        what: &str,
    ) {
        if from.is_empty() || *into == from {
            return;
        }
        if into.is_empty() {
            *into = from;
            return;
        }
        let a: BTreeSet<&String> = into.iter().collect();
        let b: BTreeSet<&String> = from.iter().collect();
        if a.is_subset(&b) {
            *into = from;
        } else if !b.is_subset(&a) {
            let kept = into.join(", ");
            self.conflict(at, other, what, &kept, &from.join(", "));
        }
    }

    pub fn headers(&mut self, into: &mut Vec<Header>, from: Vec<Header>, at: &Source, other: &str) {
        for h in from {
            match into
                .iter_mut()
                .find(|x| x.name.eq_ignore_ascii_case(&h.name))
            {
                Some(x) => {
                    let what = format!("header {}", h.name);
                    self.text(&mut x.description, h.description, at, other, &what);
                    self.list(&mut x.values, h.values, at, other, &what);
                    if x.required.is_none() {
                        x.required = h.required;
                    } else if h.required.is_some() && h.required != x.required {
                        self.conflict(
                            at,
                            other,
                            &format!("{what} Required"),
                            &format!("{:?}", x.required),
                            &format!("{:?}", h.required),
                        );
                    }
                }
                None => into.push(h),
            }
        }
    }

    /// Merges two tables of one type (two variants of a body, or two pages). A field that one
    /// of them lacks is optional in the merged type, whatever its own table says.
    pub fn fields(&mut self, into: &mut Vec<Field>, from: Vec<Field>, other: &str, owner: &str) {
        for x in into.iter_mut() {
            if !from.iter().any(|f| f.name == x.name) && x.min_occurs.is_some_and(|m| m > 0) {
                x.min_occurs = Some(0);
            }
        }
        let known: Vec<String> = into.iter().map(|f| f.name.clone()).collect();
        for f in from {
            let mut f = f;
            if !known.contains(&f.name) && f.min_occurs.is_some_and(|m| m > 0) {
                f.min_occurs = Some(0);
            }
            let at = f.source.clone();
            match into.iter_mut().find(|x| x.name == f.name) {
                Some(x) => {
                    let what = format!("{owner}.{}", f.name);
                    if x.type_name != f.type_name {
                        self.conflict(
                            &at,
                            other,
                            &format!("{what} type"),
                            &x.type_name,
                            &f.type_name,
                        );
                    }
                    self.text(&mut x.description, f.description, &at, other, &what);
                    self.list(
                        &mut x.values,
                        f.values,
                        &at,
                        other,
                        &format!("{what} values"),
                    );
                    for (value, doc) in f.value_docs {
                        x.value_docs.entry(value).or_insert(doc);
                    }
                    x.modifiable = x.modifiable.or(f.modifiable);
                    x.required = x.required.or(f.required);
                    x.min_occurs = x.min_occurs.or(f.min_occurs);
                    x.max_occurs = x.max_occurs.or(f.max_occurs);
                    x.details = x.details.take().or(f.details);
                }
                None => into.push(f),
            }
        }
    }

    pub fn statuses(
        &mut self,
        into: &mut Vec<Status>,
        from: Vec<Status>,
        at: &Source,
        other: &str,
    ) {
        if into.is_empty() {
            *into = from;
            return;
        }
        let a: Vec<u16> = into.iter().map(|s| s.code).collect();
        let b: Vec<u16> = from.iter().map(|s| s.code).collect();
        if !from.is_empty() && a != b {
            self.conflict(
                at,
                other,
                "response codes",
                &format!("{a:?}"),
                &format!("{b:?}"),
            );
        }
    }

    pub fn links(&mut self, into: &mut Vec<Link>, from: Vec<Link>, at: &Source, other: &str) {
        for l in from {
            match into
                .iter_mut()
                .find(|x| x.reference == l.reference && x.relationship == l.relationship)
            {
                Some(x) => {
                    let what = format!("link {} {}", l.relationship, l.reference);
                    self.text(&mut x.description, l.description, at, other, &what);
                }
                None => into.push(l),
            }
        }
    }

    pub fn filters(&mut self, into: &mut Vec<Filter>, from: Vec<Filter>, at: &Source, other: &str) {
        for f in from {
            match into.iter_mut().find(|x| x.name == f.name) {
                Some(x) => {
                    let what = format!("filter {}", f.name);
                    self.text(&mut x.description, f.description, at, other, &what);
                    self.list(&mut x.values, f.values, at, other, &what);
                }
                None => into.push(f),
            }
        }
    }

    /// Examples pair up by request line; each body keeps its most complete copy.
    pub fn examples(&mut self, into: &mut Vec<Example>, from: Vec<Example>) {
        for e in from {
            let same = into.iter_mut().find(|x| {
                x.method == e.method
                    && x.url.as_deref().map(strip_host) == e.url.as_deref().map(strip_host)
            });
            match same {
                Some(x) => {
                    better_sample(&mut x.request_body, e.request_body);
                    better_sample(&mut x.response_body, e.response_body);
                    if x.description.is_none() {
                        x.description = e.description;
                    }
                    if x.headers.is_empty() {
                        x.headers = e.headers;
                    }
                    x.status = x.status.or(e.status);
                }
                None => into.push(e),
            }
        }
    }
}

fn strip_host(url: &str) -> &str {
    url.find("/api").map_or(url, |i| &url[i..])
}

fn better_sample(
    into: &mut Option<crate::extract::sample::Sample>,
    from: Option<crate::extract::sample::Sample>,
) {
    match (into.as_ref(), from) {
        (_, None) => {}
        (None, Some(f)) => *into = Some(f),
        (Some(i), Some(f)) => {
            if f.completeness.rank() > i.completeness.rank() {
                *into = Some(f);
            }
        }
    }
}

/// Adds a sample, or upgrades a less complete copy of the same sample (same format and root).
pub fn merge_sample(into: &mut Vec<SampleAt>, s: SampleAt) {
    let same = into.iter_mut().find(|x| {
        x.sample.format == s.sample.format
            && (x.sample.root == s.sample.root
                || x.sample.root.is_none()
                || s.sample.root.is_none())
    });
    match same {
        Some(x) if s.sample.completeness.rank() > x.sample.completeness.rank() => *x = s,
        Some(_) => {}
        None => into.push(s),
    }
}
