//! Types and enums from element tables. A table's type is named by the sample it illustrates
//! (the XML root survives even in cut-short samples), a sub-table's by the field that points to
//! it ("For details, see Backup Resource Options"), a response table's by the resource's entity
//! representation; only when all are missing is a name made up from the operation.

use std::collections::{BTreeMap, BTreeSet};

use super::fill::Merger;
use super::naming::operation_type_name;
use crate::diag::{Code, Diagnostic};
use crate::extract::facts::{ElementTable, Field, PageFacts};
use crate::extract::request_line::RequestLine;
use crate::extract::sample::{Completeness, Format};
use crate::model::{EnumDef, Model, SampleAt, TypeDef};

/// Table types that are values, not model types.
const PRIMITIVES: &[&str] = &[
    "string",
    "int",
    "integer",
    "long",
    "short",
    "ushort",
    "byte",
    "boolean",
    "bool",
    "datetime",
    "double",
    "float",
    "decimal",
    "guid",
    "uidtype",
    "ipv4",
    "uri",
    "url",
    "timespan",
    "base64binary",
    "int32",
    "int64",
    "uint32",
    "uint64",
    "",
];

/// The enum a field's "Possible values" become: its own type when the table names one
/// (`CloudTenantType`), else owner and field (`VmRestorePointPointType`).
pub fn enum_name(owner: &str, f: &Field) -> String {
    if is_primitive(&f.type_name) {
        format!("{owner}{}", f.name)
    } else {
        f.type_name.clone()
    }
}

pub fn is_primitive(type_name: &str) -> bool {
    PRIMITIVES.contains(&type_name.to_ascii_lowercase().as_str())
}

pub fn build(facts: &[PageFacts], keys: &[Option<RequestLine>], model: &mut Model, m: &mut Merger) {
    let type_pages: BTreeMap<String, &PageFacts> = facts
        .iter()
        .filter(|f| !f.type_tables.is_empty())
        .map(|f| (f.title.to_ascii_lowercase(), f))
        .collect();
    // Operations by key, once: the loop below looks one up per page.
    let by_key: BTreeMap<String, usize> = model
        .operations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.key(), i))
        .collect();
    let mut tb = TableBuilder {
        model,
        m,
        type_pages: &type_pages,
        visited: BTreeSet::new(),
        named: Vec::new(),
    };
    for (fact, line) in facts.iter().zip(keys) {
        let (Some(op), Some(line)) = (&fact.operation, line) else {
            continue;
        };
        let key = line.key();
        // The body's root: the example request first, then a sample of the first table's
        // section; a sub-section's sample (`<RetryOptions>`) names a part, not the body.
        let main_section = op.request_tables.first().map(|t| t.section.as_str());
        let request_root = op
            .examples
            .iter()
            .filter_map(|e| e.request_body.as_ref())
            .chain(
                op.body_samples
                    .iter()
                    .filter(|b| Some(b.section.as_str()) == main_section)
                    .map(|b| &b.sample),
            )
            .chain(op.body_samples.iter().map(|b| &b.sample))
            .find_map(|s| s.root.clone());
        // Reference forms name the wrapper, not the documented entity.
        let response_root = op
            .examples
            .iter()
            .filter(|e| e.method.as_deref().is_none_or(|mth| mth == line.method))
            .find_map(|e| e.response_body.as_ref().and_then(|s| s.root.clone()))
            .filter(|r| {
                !matches!(
                    r.as_str(),
                    "EntityRef" | "EntityReferences" | "Ref" | "QueryResult"
                )
            });
        let entity = tb
            .model
            .resources
            .get(&line.path)
            .and_then(|r| r.entity_type.clone());

        tb.named.clear();
        let req_name = tb.add_tables(&op.request_tables, &key, &|table: &ElementTable| {
            op.body_samples
                .iter()
                .find(|b| b.section == table.section && b.sample.root.is_some())
                .and_then(|b| b.sample.root.clone())
                .or_else(|| request_root.clone())
                .map_or_else(|| (operation_type_name(line, "Spec"), true), |n| (n, false))
        });
        let resp_name = tb.add_tables(&op.response_tables, &key, &|_: &ElementTable| {
            entity
                .clone()
                .or_else(|| response_root.clone())
                .map_or_else(
                    || (operation_type_name(line, "Response"), true),
                    |n| (n, false),
                )
        });
        // A sub-section's sample ("Backup Resource Options" → `<Resources>…`) belongs to the
        // type its table was given.
        for b in &op.body_samples {
            let Some((_, ty)) = tb.named.iter().find(|(section, _)| *section == b.section) else {
                continue;
            };
            let whole = matches!(
                b.sample.completeness,
                Completeness::Complete | Completeness::Elided
            );
            if let Some(t) = tb
                .model
                .types
                .get_mut(ty)
                .filter(|_| whole && b.sample.format == Format::Xml)
            {
                if !t.samples.iter().any(|x| x.sample.body == b.sample.body) {
                    t.samples.push(SampleAt {
                        source: b.source.clone(),
                        sample: b.sample.clone(),
                    });
                }
            }
        }
        if let Some(o) = by_key
            .get(&key)
            .and_then(|&i| tb.model.operations.get_mut(i))
        {
            if let Some(body) = o.request_body.as_mut() {
                body.type_name = body
                    .type_name
                    .take()
                    .or(req_name)
                    .or_else(|| request_root.clone());
            }
            if let Some(body) = o.response_body.as_mut() {
                body.type_name = body
                    .type_name
                    .take()
                    .or(resp_name)
                    .or_else(|| response_root.clone());
            }
        }
    }
    attach_samples(model);
    table_sample_disagreements(model, m);
    enums(model, m);
}

/// Tables are hints, samples are truth: every name a complete sample shows that its type's
/// table does not list (`CreationTimeUTC` against `CreationTime`), and every table element the
/// samples carry as an XML attribute (`UID`, `Name`), is a diagnostic. The emitter reconciles.
fn table_sample_disagreements(model: &Model, m: &mut Merger) {
    const ALWAYS: &[&str] = &["Links", "Href", "Type"];
    for t in model.types.values() {
        if t.fields.is_empty() {
            continue;
        }
        let mut attrs: Vec<String> = Vec::new();
        let mut children: Vec<String> = Vec::new();
        let mut first: Option<&SampleAt> = None;
        for s in &t.samples {
            if let Some((a, c)) = crate::extract::sample::xml_root_shape(&s.sample.body) {
                first.get_or_insert(s);
                attrs.extend(a);
                children.extend(c);
            }
        }
        let Some(sample) = first else { continue };
        for name in children.iter().chain(&attrs) {
            if ALWAYS.contains(&name.as_str()) || t.fields.iter().any(|f| &f.name == name) {
                continue;
            }
            let what = if attrs.contains(name) {
                "attribute"
            } else {
                "element"
            };
            let near = t
                .fields
                .iter()
                .find(|f| name.starts_with(&f.name) || f.name.eq_ignore_ascii_case(name))
                .map(|f| format!(" (the table has {})", f.name))
                .unwrap_or_default();
            m.diagnostics.push(Diagnostic::new(
                sample.source.clone(),
                Code::TableSampleMismatch,
                format!(
                    "{}: the sample has {what} {name}, which the table does not list{near}",
                    t.name
                ),
            ));
        }
        for f in &t.fields {
            if attrs.contains(&f.name) && !children.contains(&f.name) {
                m.diagnostics.push(Diagnostic::new(
                    f.source.clone(),
                    Code::TableSampleMismatch,
                    format!(
                        "{}.{}: listed as an element, the sample carries it as an XML attribute",
                        t.name, f.name
                    ),
                ));
            }
        }
    }
}

struct TableBuilder<'a> {
    model: &'a mut Model,
    m: &'a mut Merger,
    type_pages: &'a BTreeMap<String, &'a PageFacts>,
    /// Type pages already added (a page may be reached from many fields).
    visited: BTreeSet<String>,
    /// (section, type name) of the tables added for the current operation.
    named: Vec<(String, String)>,
}

impl TableBuilder<'_> {
    /// Adds the tables of one side of an operation (or of a type page); returns the main table's
    /// type name. Sub-tables take the type of the field that points to them.
    fn add_tables(
        &mut self,
        tables: &[ElementTable],
        key: &str,
        main_name: &dyn Fn(&ElementTable) -> (String, bool),
    ) -> Option<String> {
        let mut main = None;
        for table in tables {
            let referrer = tables.iter().flat_map(|t| &t.fields).find(|f| {
                f.details
                    .as_deref()
                    .is_some_and(|d| d.eq_ignore_ascii_case(&table.section))
            });
            let name = match referrer {
                Some(f) if !is_primitive(&f.type_name) => f.type_name.clone(),
                _ => {
                    let (n, made_up) = main_name(table);
                    if made_up {
                        self.m.diagnostics.push(Diagnostic::new(
                            table.source.clone(),
                            Code::UnnamedType,
                            format!("no sample, field or resource names the type of the {:?} table; called it {n}", table.section),
                        ));
                    }
                    main.get_or_insert(n.clone());
                    n
                }
            };
            add_type(self.model, self.m, &name, table, key);
            self.named.push((table.section.clone(), name.clone()));
        }
        // "For details, see Job Scheduling Options": a section on this page, else a type page.
        for field in tables.iter().flat_map(|t| &t.fields) {
            let Some(target) = field.details.as_deref() else {
                continue;
            };
            let lower = target.to_ascii_lowercase();
            if tables
                .iter()
                .any(|t| t.section.eq_ignore_ascii_case(target))
            {
                continue;
            }
            match self.type_pages.get(&lower) {
                Some(page)
                    if !is_primitive(&field.type_name)
                        && self.visited.insert(format!("{lower}\u{0}{}", field.type_name)) =>
                {
                    let ty = field.type_name.clone();
                    self.add_tables(&page.type_tables, key, &|_: &ElementTable| (ty.clone(), false));
                }
                Some(_) => {}
                None if looks_local(target) => self.m.diagnostics.push(Diagnostic::new(
                    field.source.clone(),
                    Code::DanglingReference,
                    format!("{} refers to {target:?}, which is neither a section with a table on this page nor a page title", field.name),
                )),
                None => {}
            }
        }
        main
    }
}

/// Sub-sections are named "... Options" / "... Settings"; other "see" targets name prose pages.
fn looks_local(target: &str) -> bool {
    let last = target.split_whitespace().last().unwrap_or("");
    matches!(
        last,
        "Options" | "Settings" | "Info" | "Parameters" | "Specification"
    )
}

fn add_type(model: &mut Model, m: &mut Merger, name: &str, table: &ElementTable, key: &str) {
    match model.types.get_mut(name) {
        Some(t) => {
            let other = t.source.file.clone();
            m.fields(&mut t.fields, table.fields.clone(), &other, name);
            t.used_by.insert(key.to_string());
        }
        None => {
            model.types.insert(
                name.to_string(),
                TypeDef {
                    source: table.source.clone(),
                    name: name.to_string(),
                    fields: table.fields.clone(),
                    used_by: BTreeSet::from([key.to_string()]),
                    samples: Vec::new(),
                },
            );
        }
    }
}

/// Every well-formed XML sample goes to the type named by its root; roots without a table
/// still become (field-less) types, so the samples' types are all in the model.
fn attach_samples(model: &mut Model) {
    // (sample, operation using it, whether its root may found a new type). Sub-section
    // fragments (`<Resources>` under "Backup Resource Options") are rooted at a field's element
    // name, not a type name, so only whole bodies found types.
    let mut found: Vec<(SampleAt, Option<String>, bool)> = Vec::new();
    for op in &model.operations {
        let key = op.key();
        for body in op.request_body.iter().chain(&op.response_body) {
            for s in &body.samples {
                let whole = s.sample.root.is_some() && s.sample.root == body.type_name;
                found.push((s.clone(), Some(key.clone()), whole));
            }
        }
        for e in &op.examples {
            for s in e.request_body.iter().chain(&e.response_body) {
                let at = SampleAt {
                    source: e.source.clone(),
                    sample: s.clone(),
                };
                found.push((at, Some(key.clone()), true));
            }
        }
    }
    for r in model.resources.values() {
        for rep in &r.representations {
            let at = SampleAt {
                source: rep.source.clone(),
                sample: rep.sample.clone(),
            };
            found.push((at, None, true));
        }
    }
    for (s, key, whole) in found {
        if s.sample.format != Format::Xml
            || !matches!(
                s.sample.completeness,
                Completeness::Complete | Completeness::Elided
            )
        {
            continue;
        }
        let Some(root) = s.sample.root.clone() else {
            continue;
        };
        if !whole && !model.types.contains_key(&root) {
            continue;
        }
        let t = model.types.entry(root.clone()).or_insert_with(|| TypeDef {
            source: s.source.clone(),
            name: root,
            fields: Vec::new(),
            used_by: BTreeSet::new(),
            samples: Vec::new(),
        });
        if let Some(k) = key {
            t.used_by.insert(k);
        }
        if !t.samples.iter().any(|x| x.sample.body == s.sample.body) {
            t.samples.push(s);
        }
    }
    for t in model.types.values_mut() {
        t.samples
            .sort_by(|a, b| crate::diag::source_order(&a.source, &b.source));
    }
}

/// Enums from "Possible values": named by the field's type when it is not a primitive
/// (`CloudTenantType`), else by owner and field (`VmRestorePointPointType`).
fn enums(model: &mut Model, m: &mut Merger) {
    for t in model.types.values() {
        for f in &t.fields {
            if f.values.is_empty() {
                continue;
            }
            let name = enum_name(&t.name, f);
            let user = format!("{}.{}", t.name, f.name);
            match model.enums.get_mut(&name) {
                Some(e) => {
                    let mut union = e.values.clone();
                    for v in &f.values {
                        if !union.contains(v) {
                            union.push(v.clone());
                        }
                    }
                    if union.len() != e.values.len() && union.len() != f.values.len() {
                        m.diagnostics.push(Diagnostic::new(
                            f.source.clone(),
                            Code::MergeConflict,
                            format!("enum {name}: {} lists {:?}, {user} lists {:?}; the enum takes both", e.source.file, e.values, f.values),
                        ));
                    }
                    e.values = union;
                    for (value, doc) in &f.value_docs {
                        e.value_docs
                            .entry(value.clone())
                            .or_insert_with(|| doc.clone());
                    }
                    e.used_by.insert(user);
                }
                None => {
                    model.enums.insert(
                        name.clone(),
                        EnumDef {
                            source: f.source.clone(),
                            name,
                            values: f.values.clone(),
                            value_docs: f.value_docs.clone(),
                            used_by: BTreeSet::from([user]),
                        },
                    );
                }
            }
        }
    }
}
