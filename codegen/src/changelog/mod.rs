//! What a regeneration changed for the users of the generated crate: two models (old docs, new
//! docs) → their [`Surface`]s → a [`Changelog`] of operations, types, fields, enum values, wire
//! names and documentation, the pages' product versions, and a semver [`Verdict`].
//!
//! # The semver rules
//!
//! The verdict is about the generated crate's Rust API, judged by Cargo's SemVer compatibility
//! rules as they apply to what `emit` writes: structs with all-public fields and no
//! `#[non_exhaustive]`, exhaustive enums (with an `Other(String)` catch-all), one `async fn` per
//! operation. So:
//!
//! - **major** (breaking): an operation, type, field, enum or enum value removed; a method
//!   renamed, its path parameters, query parameters, request or response type changed; a field
//!   retyped, made required (`Option<T>` → `T`) or optional (`T` → `Option<T>`); a field **added**
//!   (a struct literal without `..Default::default()` stops compiling) and an enum value **added**
//!   (an exhaustive `match` stops compiling, and the value no longer arrives as `Other`).
//! - **minor** (compatible additions and behaviour): operations, types and enums added; wire names
//!   (XML, JSON), XML root names and field order changed (same Rust API, different bytes on the
//!   wire); success statuses, response shape or query-type fields changed.
//! - **patch**: documentation only (titles, descriptions, help-center URLs).
//!
//! The levels are SemVer's. The crate is 0.x, where Cargo shifts them one place right: a
//! **major** verdict means the next 0.*(x+1)*.0, a **minor** or **patch** one the next
//! 0.x.*(y+1)*. `cargo semver-checks` judges the same way (`cargo xtask semver-check`).

#![warn(missing_docs)]

mod markdown;
pub mod surface;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

pub use surface::Surface;
use surface::{FieldSurface, OpSurface, PageVersion, TypeSurface};

use crate::model::Model;
use crate::versions::compare_versions;

/// A SemVer level; ordered `Patch < Minor < Major`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Documentation only.
    Patch,
    /// Additions and behaviour; code that compiled still compiles.
    Minor,
    /// Breaking: code that compiled may not.
    Major,
}

impl Level {
    /// `major`, `minor`, `patch`.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Major => "major",
            Level::Minor => "minor",
            Level::Patch => "patch",
        }
    }
}

/// What kind of change; the kebab-case name is stable (JSON, counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// An operation (and its method) added.
    OperationAdded,
    /// An operation (and its method) removed.
    OperationRemoved,
    /// The method's name changed (same operation).
    OperationRenamed,
    /// The path changed (same help-center page).
    OperationPath,
    /// Path or query parameters (the method's arguments) changed.
    OperationParameters,
    /// The request body's type changed (or a body appeared or went).
    OperationRequest,
    /// The response type changed (or the method now returns the raw response, or no longer does).
    OperationResponse,
    /// The documented success statuses changed.
    OperationStatuses,
    /// The response shape changed (`entity`, `collection`, `task`, `none`).
    OperationShape,
    /// Query-type fields changed.
    OperationFilters,
    /// A struct added.
    TypeAdded,
    /// A struct removed.
    TypeRemoved,
    /// XML root element names changed.
    TypeRoots,
    /// The type of the text content changed.
    TypeText,
    /// A struct field added.
    FieldAdded,
    /// A struct field removed.
    FieldRemoved,
    /// A field's value type or repetition changed.
    FieldRetyped,
    /// A field made required: `Option<T>` → `T`.
    FieldRequired,
    /// A field made optional: `T` → `Option<T>`.
    FieldOptional,
    /// XML or JSON name (or list shape on the wire) changed.
    FieldWireName,
    /// Wire order of a type's fields changed.
    FieldOrder,
    /// An enum added.
    EnumAdded,
    /// An enum removed.
    EnumRemoved,
    /// An enum value (variant) added.
    EnumValueAdded,
    /// An enum value (variant) removed.
    EnumValueRemoved,
    /// Documentation only: title, description, help-center URL.
    Doc,
}

impl Kind {
    /// The stable kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::OperationAdded => "operation-added",
            Kind::OperationRemoved => "operation-removed",
            Kind::OperationRenamed => "operation-renamed",
            Kind::OperationPath => "operation-path",
            Kind::OperationParameters => "operation-parameters",
            Kind::OperationRequest => "operation-request",
            Kind::OperationResponse => "operation-response",
            Kind::OperationStatuses => "operation-statuses",
            Kind::OperationShape => "operation-shape",
            Kind::OperationFilters => "operation-filters",
            Kind::TypeAdded => "type-added",
            Kind::TypeRemoved => "type-removed",
            Kind::TypeRoots => "type-roots",
            Kind::TypeText => "type-text",
            Kind::FieldAdded => "field-added",
            Kind::FieldRemoved => "field-removed",
            Kind::FieldRetyped => "field-retyped",
            Kind::FieldRequired => "field-required",
            Kind::FieldOptional => "field-optional",
            Kind::FieldWireName => "field-wire-name",
            Kind::FieldOrder => "field-order",
            Kind::EnumAdded => "enum-added",
            Kind::EnumRemoved => "enum-removed",
            Kind::EnumValueAdded => "enum-value-added",
            Kind::EnumValueRemoved => "enum-value-removed",
            Kind::Doc => "doc",
        }
    }

    /// The SemVer level of this kind of change (see the module docs).
    pub fn level(self) -> Level {
        match self {
            Kind::OperationRemoved
            | Kind::OperationRenamed
            | Kind::OperationPath
            | Kind::OperationParameters
            | Kind::OperationRequest
            | Kind::OperationResponse
            | Kind::TypeRemoved
            | Kind::TypeText
            | Kind::FieldAdded
            | Kind::FieldRemoved
            | Kind::FieldRetyped
            | Kind::FieldRequired
            | Kind::FieldOptional
            | Kind::EnumRemoved
            | Kind::EnumValueAdded
            | Kind::EnumValueRemoved => Level::Major,
            Kind::OperationAdded
            | Kind::OperationStatuses
            | Kind::OperationShape
            | Kind::OperationFilters
            | Kind::TypeAdded
            | Kind::TypeRoots
            | Kind::FieldWireName
            | Kind::FieldOrder
            | Kind::EnumAdded => Level::Minor,
            Kind::Doc => Level::Patch,
        }
    }

    /// Why a change of this kind has its level, for the verdict.
    pub fn why(self) -> &'static str {
        match self {
            Kind::OperationRemoved => "operations removed: their methods are gone",
            Kind::OperationRenamed => "methods renamed",
            Kind::OperationPath => "paths changed, and with them the methods' names",
            Kind::OperationParameters => "methods' arguments changed (path or query parameters)",
            Kind::OperationRequest => "request body types changed (the `body` argument)",
            Kind::OperationResponse => "response types changed (the methods' return types)",
            Kind::TypeRemoved => "types removed",
            Kind::TypeText => "the Rust type of a struct's text content changed",
            Kind::FieldAdded => {
                "fields added to exhaustive structs: struct literals without \
                 `..Default::default()` stop compiling"
            }
            Kind::FieldRemoved => "fields removed",
            Kind::FieldRetyped => "fields retyped",
            Kind::FieldRequired => "fields made required (`Option<T>` → `T`)",
            Kind::FieldOptional => "fields made optional (`T` → `Option<T>`)",
            Kind::EnumRemoved => "enums removed",
            Kind::EnumValueAdded => {
                "enum values added to exhaustive enums: a `match` without a wildcard stops \
                 compiling, and the value no longer arrives as `Other`"
            }
            Kind::EnumValueRemoved => "enum values removed",
            Kind::OperationAdded => "operations added",
            Kind::OperationStatuses => "success statuses changed (same signature)",
            Kind::OperationShape => "response shapes changed (same signature)",
            Kind::OperationFilters => "query-type fields changed",
            Kind::TypeAdded => "types added",
            Kind::TypeRoots => "XML root names changed (same Rust API)",
            Kind::FieldWireName => "XML or JSON names changed (same Rust API)",
            Kind::FieldOrder => "XML field order changed (same Rust API)",
            Kind::EnumAdded => "enums added",
            Kind::Doc => "documentation only",
        }
    }
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Change {
    /// What kind of change.
    pub kind: Kind,
    /// Its SemVer level ([`Kind::level`]).
    pub level: Level,
    /// What changed: `GET /jobs`, `Type`, `Type.field`, `Enum`, `Enum::Value`.
    pub item: String,
    /// How: `Option<String> → String`, `200 → 200, 202`, …; may be empty.
    pub detail: String,
}

impl Change {
    fn new(kind: Kind, item: impl Into<String>, detail: impl Into<String>) -> Change {
        Change {
            kind,
            level: kind.level(),
            item: item.into(),
            detail: detail.into(),
        }
    }
}

/// One side's figures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Side {
    /// Pages read, superseded ones included.
    pub pages: usize,
    /// Pages used (not superseded), by product version (`unknown` when a page does not say).
    pub pages_by_version: BTreeMap<String, usize>,
    /// Pages a newer version replaced.
    pub pages_superseded: usize,
    /// The newest product version of any page used.
    pub newest_version: Option<String>,
    /// Operations in the schema.
    pub operations: usize,
    /// Structs in the schema.
    pub types: usize,
    /// Enums in the schema.
    pub enums: usize,
}

impl Side {
    fn of(s: &Surface) -> Side {
        let mut side = Side {
            pages: s.pages.len(),
            operations: s.operations.len(),
            types: s.types.len(),
            enums: s.enums.len(),
            ..Side::default()
        };
        for p in &s.pages {
            if p.superseded_by.is_some() {
                side.pages_superseded += 1;
                continue;
            }
            let v = p.product_version.as_deref().unwrap_or("unknown");
            *side.pages_by_version.entry(v.to_string()).or_default() += 1;
            if let Some(v) = &p.product_version {
                let newer = side
                    .newest_version
                    .as_deref()
                    .is_none_or(|n| compare_versions(v, n).is_gt());
                if newer {
                    side.newest_version = Some(v.clone());
                }
            }
        }
        side
    }
}

/// A page whose product version (or presence) differs between the sides.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct PageChange {
    /// The help-center URL, or the file name when the page has none.
    pub page: String,
    /// The file used on the new side (or the old side, for a removed page).
    pub file: String,
    /// The version on the old side (`None`: absent, or the page does not say).
    pub old_version: Option<String>,
    /// The version on the new side (`None`: absent, or the page does not say).
    pub new_version: Option<String>,
}

/// Pages by product version, old against new.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PageChanges {
    /// The same page in another product version.
    pub updated: Vec<PageChange>,
    /// Pages only the new side has.
    pub added: Vec<PageChange>,
    /// Pages only the old side has.
    pub removed: Vec<PageChange>,
}

/// The semver verdict for the generated crate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// The highest level of any change; `patch` when nothing but docs (or nothing) changed.
    pub level: Level,
    /// The version bump for a 0.x crate under Cargo's rules: `0.(x+1).0` or `0.x.(y+1)`.
    pub bump_0x: String,
    /// One line per kind of change at the verdict's level, most frequent first.
    pub reasons: Vec<String>,
}

/// The comparison of two surfaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Changelog {
    /// The old side's figures.
    pub old: Side,
    /// The new side's figures.
    pub new: Side,
    /// Pages by product version.
    pub pages: PageChanges,
    /// API and wire changes, sorted by kind then item.
    pub changes: Vec<Change>,
    /// Documentation-only changes, counted apart.
    pub docs: Vec<Change>,
    /// Changes by kind (docs included).
    pub counts: BTreeMap<Kind, usize>,
    /// The semver verdict.
    pub verdict: Verdict,
}

impl Changelog {
    /// Markdown, ready to paste into CHANGELOG.md.
    pub fn to_markdown(&self) -> String {
        markdown::render(self)
    }
}

/// Compares the crates generated from two models.
pub fn compare_models(old: &Model, new: &Model) -> Changelog {
    compare(&Surface::of_model(old), &Surface::of_model(new))
}

/// Compares two surfaces.
pub fn compare(old: &Surface, new: &Surface) -> Changelog {
    let mut out = Vec::new();
    operations(old, new, &mut out);
    types(old, new, &mut out);
    enums(old, new, &mut out);
    out.sort();
    out.dedup();
    let (docs, changes): (Vec<Change>, Vec<Change>) =
        out.into_iter().partition(|c| c.kind == Kind::Doc);
    let mut counts: BTreeMap<Kind, usize> = BTreeMap::new();
    for c in changes.iter().chain(&docs) {
        *counts.entry(c.kind).or_default() += 1;
    }
    let verdict = verdict(&counts);
    Changelog {
        old: Side::of(old),
        new: Side::of(new),
        pages: pages(old, new),
        changes,
        docs,
        counts,
        verdict,
    }
}

fn verdict(counts: &BTreeMap<Kind, usize>) -> Verdict {
    let level = counts
        .keys()
        .map(|k| k.level())
        .max()
        .unwrap_or(Level::Patch);
    let mut at_level: Vec<(Kind, usize)> = counts
        .iter()
        .filter(|(k, _)| k.level() == level)
        .map(|(k, n)| (*k, *n))
        .collect();
    at_level.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut reasons: Vec<String> = at_level
        .iter()
        .map(|(k, n)| format!("{n} {}: {}", k.as_str(), k.why()))
        .collect();
    if reasons.is_empty() {
        reasons.push("nothing changed".to_string());
    }
    let bump_0x = match level {
        Level::Major => "0.(x+1).0",
        Level::Minor | Level::Patch => "0.x.(y+1)",
    };
    Verdict {
        level,
        bump_0x: bump_0x.to_string(),
        reasons,
    }
}

fn pages(old: &Surface, new: &Surface) -> PageChanges {
    fn used(s: &Surface) -> BTreeMap<&str, &PageVersion> {
        let mut m = BTreeMap::new();
        for p in s.pages.iter().filter(|p| p.superseded_by.is_none()) {
            m.entry(p.identity()).or_insert(p);
        }
        m
    }
    let (old, new) = (used(old), used(new));
    let mut out = PageChanges::default();
    for (id, n) in &new {
        let change = |o: Option<&PageVersion>| PageChange {
            page: id.to_string(),
            file: n.file.clone(),
            old_version: o.and_then(|o| o.product_version.clone()),
            new_version: n.product_version.clone(),
        };
        match old.get(id) {
            None => out.added.push(change(None)),
            Some(o) if o.product_version != n.product_version => out.updated.push(change(Some(o))),
            Some(_) => {}
        }
    }
    for (id, o) in &old {
        if !new.contains_key(id) {
            out.removed.push(PageChange {
                page: id.to_string(),
                file: o.file.clone(),
                old_version: o.product_version.clone(),
                new_version: None,
            });
        }
    }
    out
}

fn list(v: &[impl ToString]) -> String {
    if v.is_empty() {
        "none".to_string()
    } else {
        v.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "none".to_string())
}

fn operations(old: &Surface, new: &Surface, out: &mut Vec<Change>) {
    let mut removed: Vec<&String> = old
        .operations
        .keys()
        .filter(|k| !new.operations.contains_key(*k))
        .collect();
    let mut added: Vec<&String> = new
        .operations
        .keys()
        .filter(|k| !old.operations.contains_key(*k))
        .collect();
    let mut pairs: Vec<(&String, &String)> = old
        .operations
        .keys()
        .filter(|k| new.operations.contains_key(*k))
        .map(|k| (k, k))
        .collect();
    // The same help-center page and method on both sides: a changed path, not a removal and an
    // addition.
    removed.retain(|r| {
        let o = &old.operations[*r];
        let Some(url) = &o.doc_url else { return true };
        let found = added.iter().position(|a| {
            let n = &new.operations[*a];
            n.doc_url.as_ref() == Some(url) && n.method == o.method
        });
        match found {
            Some(i) => {
                pairs.push((r, added.remove(i)));
                false
            }
            None => true,
        }
    });
    for k in removed {
        let o = &old.operations[k];
        out.push(Change::new(
            Kind::OperationRemoved,
            k,
            format!("`{}`", o.fn_name),
        ));
    }
    for k in added {
        let n = &new.operations[k];
        out.push(Change::new(
            Kind::OperationAdded,
            k,
            format!("`{}`", n.fn_name),
        ));
    }
    for (ok, nk) in pairs {
        operation(ok, &old.operations[ok], &new.operations[nk], out);
    }
}

fn operation(key: &str, o: &OpSurface, n: &OpSurface, out: &mut Vec<Change>) {
    let mut push = |kind, detail: String| out.push(Change::new(kind, key, detail));
    if o.path != n.path {
        push(Kind::OperationPath, format!("{} → {}", o.path, n.path));
    }
    if o.fn_name != n.fn_name {
        push(
            Kind::OperationRenamed,
            format!("`{}` → `{}`", o.fn_name, n.fn_name),
        );
    }
    if o.path_params.len() != n.path_params.len() || o.query_params != n.query_params {
        let args = |op: &OpSurface| {
            let mut a: Vec<String> = op.path_params.clone();
            a.extend(op.query_params.iter().map(|q| format!("?{q}")));
            list(&a)
        };
        push(
            Kind::OperationParameters,
            format!("{} → {}", args(o), args(n)),
        );
    }
    if o.request != n.request {
        push(
            Kind::OperationRequest,
            format!("{} → {}", opt(&o.request), opt(&n.request)),
        );
    }
    if o.response != n.response {
        let show = |r: &Option<String>| r.clone().unwrap_or_else(|| "raw Response".into());
        push(
            Kind::OperationResponse,
            format!("{} → {}", show(&o.response), show(&n.response)),
        );
    }
    if o.success != n.success {
        push(
            Kind::OperationStatuses,
            format!("{} → {}", list(&o.success), list(&n.success)),
        );
    }
    if o.shape != n.shape {
        push(Kind::OperationShape, format!("{} → {}", o.shape, n.shape));
    }
    if o.filters != n.filters {
        push(Kind::OperationFilters, set_delta(&o.filters, &n.filters));
    }
    let mut docs = Vec::new();
    if o.doc != n.doc {
        docs.push("description");
    }
    if o.doc_url != n.doc_url {
        docs.push("help-center URL");
    }
    if !docs.is_empty() {
        push(Kind::Doc, docs.join(", "));
    }
}

/// `+a, +b, -c`: what a list gained and lost.
fn set_delta(old: &[String], new: &[String]) -> String {
    let o: BTreeSet<&String> = old.iter().collect();
    let n: BTreeSet<&String> = new.iter().collect();
    let mut parts: Vec<String> = n.difference(&o).map(|s| format!("+{s}")).collect();
    parts.extend(o.difference(&n).map(|s| format!("-{s}")));
    if parts.is_empty() {
        "order".to_string()
    } else {
        parts.join(", ")
    }
}

fn field_summary(f: &FieldSurface) -> String {
    format!("`{}` (XML `{}`, JSON `{}`)", f.rust_type(), f.xml, f.json)
}

fn types(old: &Surface, new: &Surface, out: &mut Vec<Change>) {
    for (name, o) in &old.types {
        match new.types.get(name) {
            None => out.push(Change::new(Kind::TypeRemoved, name, "")),
            Some(n) => type_changes(name, o, n, out),
        }
    }
    for (name, n) in &new.types {
        if !old.types.contains_key(name) {
            let detail = match n.fields.len() {
                1 => "1 field".to_string(),
                k => format!("{k} fields"),
            };
            out.push(Change::new(Kind::TypeAdded, name, detail));
        }
    }
}

fn type_changes(name: &str, o: &TypeSurface, n: &TypeSurface, out: &mut Vec<Change>) {
    if o.roots != n.roots {
        out.push(Change::new(
            Kind::TypeRoots,
            name,
            format!("{} → {}", list(&o.roots), list(&n.roots)),
        ));
    }
    if o.text != n.text {
        out.push(Change::new(
            Kind::TypeText,
            name,
            format!("{} → {}", opt(&o.text), opt(&n.text)),
        ));
    }
    if o.doc != n.doc {
        out.push(Change::new(Kind::Doc, name, "description"));
    }
    let old_fields: BTreeMap<&str, &FieldSurface> =
        o.fields.iter().map(|f| (f.name.as_str(), f)).collect();
    let new_fields: BTreeMap<&str, &FieldSurface> =
        n.fields.iter().map(|f| (f.name.as_str(), f)).collect();
    for (fname, of) in &old_fields {
        let item = format!("{name}.{fname}");
        let Some(nf) = new_fields.get(fname) else {
            out.push(Change::new(Kind::FieldRemoved, item, field_summary(of)));
            continue;
        };
        field_changes(&item, of, nf, out);
    }
    for (fname, nf) in &new_fields {
        if !old_fields.contains_key(fname) {
            out.push(Change::new(
                Kind::FieldAdded,
                format!("{name}.{fname}"),
                field_summary(nf),
            ));
        }
    }
    let common = |fields: &[FieldSurface], other: &BTreeMap<&str, &FieldSurface>| {
        fields
            .iter()
            .filter(|f| other.contains_key(f.name.as_str()))
            .map(|f| f.name.clone())
            .collect::<Vec<_>>()
    };
    let (oo, no) = (
        common(&o.fields, &new_fields),
        common(&n.fields, &old_fields),
    );
    if oo != no {
        out.push(Change::new(
            Kind::FieldOrder,
            name,
            format!("{} → {}", oo.join(", "), no.join(", ")),
        ));
    }
}

fn field_changes(item: &str, o: &FieldSurface, n: &FieldSurface, out: &mut Vec<Change>) {
    let mut push = |kind, detail: String| out.push(Change::new(kind, item, detail));
    let types = format!("`{}` → `{}`", o.rust_type(), n.rust_type());
    if o.value != n.value || o.repeat != n.repeat {
        push(Kind::FieldRetyped, types);
    } else if o.rust_type() != n.rust_type() {
        // Same value and repetition: only `required` moved the Rust type.
        let kind = if n.required {
            Kind::FieldRequired
        } else {
            Kind::FieldOptional
        };
        push(kind, types);
    }
    let mut wire = Vec::new();
    if o.xml != n.xml {
        wire.push(format!("XML `{}` → `{}`", o.xml, n.xml));
    }
    if o.json != n.json {
        wire.push(format!("JSON `{}` → `{}`", o.json, n.json));
    }
    if !wire.is_empty() {
        push(Kind::FieldWireName, wire.join("; "));
    }
    if o.doc != n.doc {
        push(Kind::Doc, "description".to_string());
    }
}

fn enums(old: &Surface, new: &Surface, out: &mut Vec<Change>) {
    for (name, o) in &old.enums {
        let Some(n) = new.enums.get(name) else {
            out.push(Change::new(Kind::EnumRemoved, name, list(&o.values)));
            continue;
        };
        for v in o.values.iter().filter(|v| !n.values.contains(v)) {
            out.push(Change::new(
                Kind::EnumValueRemoved,
                format!("{name}::{v}"),
                "",
            ));
        }
        for v in n.values.iter().filter(|v| !o.values.contains(v)) {
            out.push(Change::new(
                Kind::EnumValueAdded,
                format!("{name}::{v}"),
                "",
            ));
        }
        if o.doc != n.doc {
            out.push(Change::new(Kind::Doc, name, "description"));
        }
    }
    for (name, n) in &new.enums {
        if !old.enums.contains_key(name) {
            out.push(Change::new(Kind::EnumAdded, name, list(&n.values)));
        }
    }
}
