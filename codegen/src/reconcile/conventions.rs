//! What the pages say once for all operations, applied where an operation page is silent:
//!
//! - concept pages carry complete samples (a full `LogonSession` with its links on
//!   `cloud_connect_tenant_credentials`, `CloudTenants` as entities on
//!   `representation_collections`): they are samples of their root's type like any other;
//! - `mapping_link_types_to_xml_schema` maps each link type to its root element and schema type,
//!   pairing every entity (`BackupServer`, `BackupServerEntityType`) with its list
//!   (`BackupServers`, `BackupServerEntityListType`);
//! - `resource_representations`, `representation_collections`, `format`: every entity has `Href`,
//!   `Type` and `Links`; every collection has a reference form (`EntityReferences`) and an entity
//!   form (`?format=Entity`) listing the entities as repeated children; asynchronous operations
//!   answer `202 Accepted` with a `Task`.
//!
//! Every type and answer taken from here names its page in its docs and its evidence, and is a
//! `convention` diagnostic; where a page says otherwise, a `convention-conflict` diagnostic.

use std::collections::{BTreeMap, BTreeSet};

use quick_xml::events::Event;
use quick_xml::Reader;

use super::infer::{list_field_name, plural, rust_field_name};
use super::schema::{
    BodyDef, EntityForm, FieldDef, JsonList, Schema, StructDef, ValueType, XmlPlacement,
};
use crate::diag::{Code, Diagnostic, Source};
use crate::extract::sample::{Completeness, Format, Sample};
use crate::model::{Model, Operation, SampleAt, TypeDef};

/// The mapping page.
pub const MAPPING_PAGE: &str = "mapping_link_types_to_xml_schema";
/// The page showing the reference and entity forms of collections.
pub const COLLECTIONS_PAGE: &str = "representation_collections";
/// The page saying every entity carries `Href`, `Type` and `Links`.
pub const REPRESENTATIONS_PAGE: &str = "resource_representations";
/// The page on `?format=Entity` and asynchronous answers.
pub const FORMAT_PAGE: &str = "format";

/// The model with the complete XML samples of concept pages attached to the types of their
/// roots (a type is made for a root the mapping page names and no page has a type for).
pub fn with_concept_samples(model: &Model) -> Model {
    let mut out = model.clone();
    let mapped: BTreeSet<&str> = model.link_types.iter().map(|r| r.root.as_str()).collect();
    for s in &model.concept_samples {
        let whole = matches!(
            s.sample.completeness,
            Completeness::Complete | Completeness::Elided
        );
        let Some(root) = s.sample.root.as_deref().filter(|_| whole) else {
            continue;
        };
        if s.sample.format != Format::Xml {
            continue;
        }
        match out.types.get_mut(root) {
            Some(t) if !t.samples.iter().any(|x| x.sample.body == s.sample.body) => {
                t.samples.push(s.clone());
            }
            Some(_) => {}
            None if mapped.contains(root) => {
                out.types.insert(
                    root.to_string(),
                    TypeDef {
                        source: s.source.clone(),
                        name: root.to_string(),
                        fields: Vec::new(),
                        used_by: BTreeSet::new(),
                        samples: vec![s.clone()],
                    },
                );
            }
            None => {}
        }
    }
    out
}

/// A page named by its file stem, with its help-center address when the model has the page.
fn page_ref(model: &Model, stem: &str) -> String {
    let page = model.pages.iter().find(|p| {
        let file = p.file.rsplit(['/', '\\']).next().unwrap_or(&p.file);
        file.split('.').next() == Some(stem)
    });
    match page.and_then(|p| p.source_url.clone()) {
        Some(url) => format!("`{stem}` (<{url}>)"),
        None => format!("`{stem}`"),
    }
}

/// `` `stem` (<url>) `` → `stem (see url)`: for struct docs, which the emitter escapes as text.
fn plain(page: &str) -> String {
    page.replace('`', "")
        .replace("(<", "(see ")
        .replace(">)", ")")
}

/// Entity ↔ list pairs and root → schema type, from the mapping page.
struct Mapping {
    /// Root element → (schema type, where).
    roots: BTreeMap<String, (String, Source)>,
    /// Item root → list root.
    list_of: BTreeMap<String, String>,
    /// List root → item root.
    item_of: BTreeMap<String, String>,
}

impl Mapping {
    fn new(model: &Model) -> Self {
        let mut roots = BTreeMap::new();
        let mut by_type: BTreeMap<&str, &str> = BTreeMap::new();
        for r in &model.link_types {
            roots
                .entry(r.root.clone())
                .or_insert_with(|| (r.schema_type.clone(), r.source.clone()));
            by_type.entry(&r.schema_type).or_insert(&r.root);
        }
        let mut list_of = BTreeMap::new();
        let mut item_of = BTreeMap::new();
        for r in &model.link_types {
            // `BackupServerEntityListType` ↔ `BackupServerEntityType`; `TaskListType` ↔ `TaskType`.
            let Some(stem) = r.schema_type.strip_suffix("ListType") else {
                continue;
            };
            if let Some(item) = by_type.get(format!("{stem}Type").as_str()) {
                list_of.insert(item.to_string(), r.root.clone());
                item_of.insert(r.root.clone(), item.to_string());
            }
        }
        Mapping {
            roots,
            list_of,
            item_of,
        }
    }
}

/// The attributes of a sample's root start tag, even when the rest is cut short.
fn root_attributes(sample: &Sample) -> Vec<(String, String)> {
    let mut reader = Reader::from_str(&sample.body);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                return e
                    .attributes()
                    .with_checks(false)
                    .flatten()
                    .filter_map(|a| {
                        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
                        if key == "xmlns" || key.contains(':') {
                            return None;
                        }
                        let value = a
                            .unescape_value()
                            .map(|v| v.into_owned())
                            .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned());
                        Some((key, value))
                    })
                    .collect();
            }
            Ok(Event::Eof) | Err(_) => return Vec::new(),
            Ok(_) => {}
        }
    }
}

fn attribute(name: &str, evidence: &str) -> FieldDef {
    let ty = match name {
        "Href" => ValueType::Url,
        "UID" => ValueType::Uid,
        _ => ValueType::String,
    };
    FieldDef {
        name: rust_field_name(name),
        xml: XmlPlacement::Attribute {
            name: name.to_string(),
        },
        json: name.to_string(),
        json_list: None,
        ty,
        required: false,
        doc: String::new(),
        evidence: evidence.to_string(),
    }
}

fn links(evidence: &str) -> FieldDef {
    FieldDef {
        name: "links".to_string(),
        xml: XmlPlacement::Wrapped {
            wrapper: "Links".to_string(),
            item: "Link".to_string(),
        },
        json: "Links".to_string(),
        json_list: Some(JsonList::Array),
        ty: ValueType::Struct("Link".to_string()),
        required: false,
        doc: "The links to related resources and actions.".to_string(),
        evidence: evidence.to_string(),
    }
}

/// `<BackupServers><BackupServer/>…` in XML, `{"BackupServers": […]}` in JSON.
fn items(item_root: &str, item_ty: &str, evidence: &str) -> FieldDef {
    FieldDef {
        name: list_field_name(item_root),
        xml: XmlPlacement::Elements {
            name: item_root.to_string(),
        },
        json: plural(item_root),
        json_list: Some(JsonList::Array),
        ty: ValueType::Struct(item_ty.to_string()),
        required: false,
        doc: format!("The `{item_root}` entities of the collection."),
        evidence: evidence.to_string(),
    }
}

/// `PascalCase` singular of a path segment: `taskSessions` → `TaskSession`.
fn singular(segment: &str) -> String {
    let s = if let Some(stem) = segment.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = segment.strip_suffix("sses") {
        format!("{stem}ss")
    } else {
        segment.strip_suffix('s').unwrap_or(segment).to_string()
    };
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => s,
    }
}

fn first_word(segment: &str) -> String {
    let w: String = segment
        .chars()
        .take_while(|c| !c.is_ascii_uppercase())
        .collect();
    singular(&w)
}

/// An answer's root element, the attributes its start tag shows, and where it was read.
type AnswerRoot = (String, Vec<(String, String)>, String);

struct Completer<'a> {
    model: &'a Model,
    mapping: Mapping,
    /// Operation path → the `Type` of a `<Link>` whose `Href` is that path, in some sample.
    links: BTreeMap<String, (String, Source)>,
    diagnostics: Vec<Diagnostic>,
    mapping_ref: String,
    collections_ref: String,
    representations_ref: String,
    format_ref: String,
}

impl<'a> Completer<'a> {
    fn struct_of_root(schema: &Schema, root: &str) -> Option<String> {
        // `<EntityRef>` is one `<Ref>` of `<EntityReferences>` (`resource_representations`).
        if root == "EntityRef" && schema.structs.contains_key("Ref") {
            return Some("Ref".to_string());
        }
        schema
            .structs
            .values()
            .find(|s| s.roots.iter().any(|r| r == root))
            .or_else(|| schema.structs.get(root))
            .map(|s| s.name.clone())
    }

    fn free_name(schema: &Schema, root: &str) -> String {
        let mut name = root.to_string();
        let mut n = 2;
        while schema.structs.contains_key(&name) {
            name = format!("{root}{n}");
            n += 1;
        }
        name
    }

    fn diag(&mut self, source: &Source, code: Code, message: String) {
        self.diagnostics
            .push(Diagnostic::new(source.clone(), code, message));
    }

    fn mapping_source(&self, root: &str) -> Option<Source> {
        self.mapping.roots.get(root).map(|(_, s)| s.clone())
    }

    fn schema_type(&self, root: &str) -> String {
        self.mapping
            .roots
            .get(root)
            .map(|(t, _)| format!(" of XML schema type `{t}`"))
            .unwrap_or_default()
    }

    /// The struct for an entity (or resource) root; an envelope (`Href`, `Type`, `Links`, and
    /// for a key entity `UID` and `Name`) when no page describes it.
    fn entity(
        &mut self,
        schema: &mut Schema,
        root: &str,
        key: bool,
        extra_attrs: &[(String, String)],
        at: &Source,
    ) -> String {
        if let Some(name) = Self::struct_of_root(schema, root) {
            return name;
        }
        let evidence = format!("convention: {}", self.representations_ref);
        let mut fields = Vec::new();
        let mut attrs: Vec<String> = Vec::new();
        let base: &[&str] = if key {
            &["Type", "Href", "Name", "UID"]
        } else {
            &["Type", "Href"]
        };
        for a in base {
            attrs.push(a.to_string());
        }
        for (a, _) in extra_attrs {
            if !attrs.contains(a) {
                attrs.push(a.clone());
            }
        }
        for a in &attrs {
            let ev = if extra_attrs.iter().any(|(k, _)| k == a) {
                "sample (root start tag)".to_string()
            } else {
                evidence.clone()
            };
            fields.push(attribute(a, &ev));
        }
        if schema.structs.contains_key("Link") {
            fields.push(links(&evidence));
        }
        let name = Self::free_name(schema, root);
        let source = self.mapping_source(root).unwrap_or_else(|| at.clone());
        let doc = format!(
            "`<{root}>`{}: no page spells out its members. Typed from the conventions of {} \
             (every entity carries `Href`, `Type` and `Links`){}; what else the server sends is \
             not described here.",
            self.schema_type(root),
            plain(&self.representations_ref),
            if self.mapping.roots.contains_key(root) {
                format!(" and the link-type mapping {}", plain(&self.mapping_ref))
            } else {
                String::new()
            },
        );
        let message =
            format!("{name}: `<{root}>` typed as an envelope from the conventions ({evidence})");
        self.add_struct(schema, source, name, root, doc, fields, message)
    }

    /// Adds a struct the conventions made, with its `convention` diagnostic; returns its name.
    #[allow(clippy::too_many_arguments)]
    fn add_struct(
        &mut self,
        schema: &mut Schema,
        source: Source,
        name: String,
        root: &str,
        doc: String,
        fields: Vec<FieldDef>,
        message: String,
    ) -> String {
        self.diag(&source, Code::Convention, message);
        schema.convention_structs.insert(name.clone());
        schema.structs.insert(
            name.clone(),
            StructDef {
                source,
                name: name.clone(),
                doc,
                roots: vec![root.to_string()],
                fields,
                text: None,
                text_json: "Value".to_string(),
            },
        );
        name
    }

    /// The struct for a list root and its items (`<LogonSessions><LogonSession/>…`).
    fn list(
        &mut self,
        schema: &mut Schema,
        list_root: &str,
        item_root: &str,
        at: &Source,
    ) -> String {
        if let Some(name) = Self::struct_of_root(schema, list_root) {
            return name;
        }
        let item = self.entity(schema, item_root, true, &[], at);
        let evidence = format!(
            "convention: {} and {}",
            self.collections_ref, self.mapping_ref
        );
        let name = Self::free_name(schema, list_root);
        let source = self.mapping_source(list_root).unwrap_or_else(|| at.clone());
        let doc = format!(
            "`<{list_root}>`{}: the `<{item_root}>` entities of a collection as repeated \
             children; JSON `{{\"{}\": […]}}`. The shape is the one {} shows; the list and item \
             types are from the link-type mapping {}.",
            self.schema_type(list_root),
            plural(item_root),
            plain(&self.collections_ref),
            plain(&self.mapping_ref),
        );
        let fields = vec![items(item_root, &item, &evidence)];
        let message = format!(
            "{name}: `<{list_root}>` of `<{item_root}>` typed from the conventions ({evidence})"
        );
        self.add_struct(schema, source, name, list_root, doc, fields, message)
    }

    /// The root a link type stands for, by the mapping page: `<Resource>ReferenceList` is
    /// `EntityReferences`, `<Resource>Reference` is `EntityRef`.
    fn root_of_link_type(&self, link_type: &str) -> Option<String> {
        let row = self
            .model
            .link_types
            .iter()
            .find(|r| r.link_types.iter().any(|t| t == link_type));
        if let Some(r) = row {
            return Some(r.root.clone());
        }
        let pattern = |suffix: &str| {
            self.model
                .link_types
                .iter()
                .find(|r| {
                    r.link_types
                        .iter()
                        .any(|t| t == &format!("<Resource>{suffix}"))
                })
                .map(|r| r.root.clone())
        };
        if link_type.ends_with("ReferenceList") {
            pattern("ReferenceList")
        } else if link_type.ends_with("Reference") {
            pattern("Reference")
        } else {
            None
        }
    }

    /// The operation's own XML answer samples, the most complete first.
    fn answer_samples(op: &'a Operation) -> Vec<&'a SampleAt> {
        let mut out: Vec<&SampleAt> = op
            .response_body
            .iter()
            .flat_map(|b| b.samples.iter())
            .filter(|s| s.sample.format == Format::Xml && s.sample.root.is_some())
            .collect();
        out.sort_by_key(|s| std::cmp::Reverse(s.sample.completeness.rank()));
        out
    }

    /// The root element an untyped GET answers with, and the attributes its start tag shows.
    fn answer_root(&self, op: &'a Operation) -> Option<AnswerRoot> {
        if let Some(s) = Self::answer_samples(op).first() {
            let root = s.sample.root.clone()?;
            return Some((root, root_attributes(&s.sample), "sample".to_string()));
        }
        for example in &op.examples {
            if let Some(s) = &example.response_body {
                if let (Format::Xml, Some(root)) = (s.format, &s.root) {
                    return Some((root.clone(), root_attributes(s), "example".to_string()));
                }
            }
        }
        if let Some(res) = self.model.resources.get(&op.path) {
            for rep in &res.representations {
                if let (Format::Xml, Some(root)) = (rep.sample.format, &rep.sample.root) {
                    return Some((
                        root.clone(),
                        root_attributes(&rep.sample),
                        "resource page".to_string(),
                    ));
                }
            }
        }
        if let Some(t) = op.response_body.as_ref().and_then(|b| b.type_name.clone()) {
            return Some((t, Vec::new(), "response body".to_string()));
        }
        // A link to this path in some sample names its type (`BackupTaskSessionReferenceList`).
        if let Some((link_type, at)) = self.links.get(&op.path) {
            if let Some(root) = self.root_of_link_type(link_type) {
                return Some((
                    root,
                    Vec::new(),
                    format!("the link type `{link_type}` at {}:{}", at.file, at.line),
                ));
            }
        }
        // The last path segment names a service root of the mapping (`/lookupSvc` → `LookupSvc`).
        let last = op
            .path
            .rsplit('/')
            .find(|s| !s.is_empty() && !s.starts_with('{'))?;
        self.mapping
            .roots
            .keys()
            .find(|r| r.eq_ignore_ascii_case(last))
            .map(|r| (r.clone(), Vec::new(), "mapping".to_string()))
    }

    /// The item root of a collection at `path`: the entity its `{ID}` child answers with, else
    /// the mapping's entity named by the last segment (`taskSessions` under `backupSessions` →
    /// `BackupTaskSession`).
    /// The entity type the collection's own samples name: a reference item's `Type`
    /// (`<Ref Type="BackupJobSessionReference">` → `BackupJobSession`) in an XML or JSON answer
    /// of `GET path`, when a type or the mapping knows that root. The first page's answer that
    /// names one wins.
    fn item_from_refs(&self, schema: &Schema, path: &str) -> Option<(String, String)> {
        let op = self
            .model
            .operations
            .iter()
            .find(|o| o.method == "GET" && o.path == path && o.fixed_query.is_empty())?;
        let known = |root: &str| {
            self.mapping.roots.contains_key(root)
                || schema
                    .structs
                    .values()
                    .any(|s| s.roots.iter().any(|r| r == root))
        };
        for e in &op.examples {
            let Some(sample) = &e.response_body else {
                continue;
            };
            for ty in reference_types(&sample.body) {
                let Some(item) = ty.strip_suffix("Reference") else {
                    continue;
                };
                if known(item) {
                    let file = e.source.file.rsplit('/').next().unwrap_or(&e.source.file);
                    return Some((
                        item.to_owned(),
                        format!("the reference items' `Type` in the example of {file}"),
                    ));
                }
            }
        }
        None
    }

    fn item_root(&self, schema: &Schema, path: &str) -> Option<(String, String)> {
        for o in &schema.operations {
            if o.method == "GET"
                && o.fixed_query.is_empty()
                && o.path.strip_prefix(path).is_some_and(|rest| {
                    rest.starts_with("/{") && rest.ends_with('}') && rest[1..].find('/').is_none()
                })
            {
                let real = |r: &&BodyDef| {
                    r.root != "EntityRef"
                        && (self.mapping.roots.contains_key(&r.root)
                            || schema
                                .structs
                                .get(&r.ty)
                                .is_some_and(|s| s.roots.contains(&r.root)))
                };
                if let Some(r) = o.response.as_ref().filter(real) {
                    return Some((r.root.clone(), format!("`GET {}`", o.path)));
                }
            }
        }
        if let Some(found) = self.item_from_refs(schema, path) {
            return Some(found);
        }
        let literal: Vec<&str> = path
            .split('/')
            .filter(|s| !s.is_empty() && !s.starts_with('{'))
            .collect();
        let last = singular(literal.last()?);
        let candidates: Vec<&String> = self
            .mapping
            .list_of
            .keys()
            .filter(|r| r.to_ascii_lowercase().ends_with(&last.to_ascii_lowercase()))
            .collect();
        let pick = match candidates.as_slice() {
            [one] => Some(*one),
            [] => None,
            many => {
                let prefix = literal
                    .len()
                    .checked_sub(2)
                    .map(|i| first_word(literal[i]))
                    .unwrap_or_default();
                many.iter()
                    .copied()
                    .find(|r| **r == format!("{prefix}{last}"))
                    .or_else(|| many.iter().copied().find(|r| **r == last))
            }
        };
        pick.map(|r| {
            (
                r.clone(),
                format!("the path segment, in {}", self.mapping_ref),
            )
        })
    }
}

/// The `Type`s of the reference items in a collection sample, in order: the `Type` attribute of
/// each `<Ref …>` start tag (cut-short samples keep some), or of each object under JSON `Refs`
/// (any list shape).
fn reference_types(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    if body.trim_start().starts_with('<') {
        for tag in body.split("<Ref ").skip(1) {
            let tag = tag.split('>').next().unwrap_or("");
            if let Some(rest) = tag.split("Type=\"").nth(1) {
                if let Some(value) = rest.split('"').next() {
                    out.push(value.to_owned());
                }
            }
        }
        return out;
    }
    let Ok(value) = serde_json::from_str::<serde_json::Value>(body) else {
        return out;
    };
    let refs = value
        .as_object()
        .and_then(|o| o.iter().find(|(k, _)| k.eq_ignore_ascii_case("Refs")))
        .map(|(_, v)| v.clone());
    let items = match refs {
        Some(serde_json::Value::Array(items)) => items,
        Some(serde_json::Value::Object(wrapper)) => wrapper
            .into_iter()
            .find_map(|(_, v)| match v {
                serde_json::Value::Array(items) => Some(items),
                _ => None,
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    for item in items {
        if let Some(ty) = item
            .as_object()
            .and_then(|o| o.iter().find(|(k, _)| k.eq_ignore_ascii_case("Type")))
            .and_then(|(_, v)| v.as_str())
        {
            out.push(ty.to_owned());
        }
    }
    out
}

/// Types every operation the pages leave untyped, and adds the entity form of every collection.
pub fn complete(model: &Model, schema: &mut Schema, diagnostics: &mut Vec<Diagnostic>) {
    let mut c = Completer {
        model,
        mapping: Mapping::new(model),
        links: link_types_by_path(model),
        diagnostics: Vec::new(),
        mapping_ref: page_ref(model, MAPPING_PAGE),
        collections_ref: page_ref(model, COLLECTIONS_PAGE),
        representations_ref: page_ref(model, REPRESENTATIONS_PAGE),
        format_ref: page_ref(model, FORMAT_PAGE),
    };
    let task = schema.structs.get("Task").map(|t| BodyDef {
        ty: t.name.clone(),
        root: t.roots.first().cloned().unwrap_or_else(|| "Task".into()),
        sample_roots: Vec::new(),
    });
    debug_assert_eq!(model.operations.len(), schema.operations.len());
    for i in 0..schema.operations.len() {
        let op = &model.operations[i];
        let def = &schema.operations[i];
        let codes: BTreeSet<u16> = def.success.iter().copied().collect();
        if let Some(r) = &def.response {
            // A body on a `204 No Content`: the page's prose and its status disagree; the call
            // takes the body when there is one.
            if !codes.is_empty() && codes.iter().all(|c| *c == 204) {
                let message = format!(
                    "{}: the page answers `{}` with 204 No Content; an empty body is `None`",
                    op.key(),
                    r.ty
                );
                c.diag(&op.source, Code::ConventionConflict, message);
                schema.operations[i].response_optional = true;
            }
            continue;
        }
        let example_codes: BTreeSet<u16> = op.examples.iter().filter_map(|e| e.status).collect();
        if let Some(reason) = raw_reason(op) {
            schema.operations[i].raw_reason = Some(reason);
            continue;
        }
        if !codes.is_empty() && codes.iter().all(|c| *c == 204) {
            schema.operations[i].no_content = true;
            schema.operations[i].response_evidence = "204 No Content".to_string();
            continue;
        }
        if codes.contains(&202) {
            if let Some(task) = &task {
                let odd: Vec<String> = example_codes
                    .iter()
                    .filter(|c| !codes.contains(c))
                    .map(u16::to_string)
                    .collect();
                if !odd.is_empty() {
                    c.diag(
                        &op.source,
                        Code::ConventionConflict,
                        format!(
                            "{}: the response code is 202 Accepted, the example answers {}; \
                             taken as 202 with a Task ({})",
                            op.key(),
                            odd.join(", "),
                            c.format_ref
                        ),
                    );
                }
                let ev = format!("convention: 202 Accepted answers a Task ({})", c.format_ref);
                c.diag(&op.source, Code::Convention, format!("{}: {ev}", op.key()));
                let d = &mut schema.operations[i];
                d.response = Some(task.clone());
                d.response_evidence = ev;
                continue;
            }
        }
        if codes.contains(&201) {
            let created = schema.operations.iter().find(|o| {
                o.method == "GET"
                    && o.fixed_query.is_empty()
                    && o.path.strip_prefix(&op.path).is_some_and(|rest| {
                        rest.starts_with("/{")
                            && rest.ends_with('}')
                            && rest[1..].find('/').is_none()
                    })
                    && o.response.is_some()
            });
            if let Some(g) = created {
                let ev = format!(
                    "convention: 201 Created answers the created resource, as `GET {}` does; \
                     the page says the body is `None.`, so an empty body is `None`",
                    g.path
                );
                let body = g.response.clone();
                c.diag(
                    &op.source,
                    Code::ConventionConflict,
                    format!("{}: {ev}", op.key()),
                );
                let d = &mut schema.operations[i];
                d.response = body;
                d.response_optional = true;
                d.response_evidence = ev;
                continue;
            }
        }
        if op.method != "GET" {
            continue;
        }
        let Some((root, attrs, from)) = c.answer_root(op) else {
            continue;
        };
        let shape = def.shape.clone();
        let (ty, ev) = if let Some(name) = Completer::struct_of_root(schema, &root) {
            (name, format!("{from}: `<{root}>`"))
        } else if let Some(item) = c.mapping.item_of.get(&root).cloned() {
            let name = c.list(schema, &root, &item, &op.source);
            (
                name,
                format!("{from}: `<{root}>`; convention: {}", c.mapping_ref),
            )
        } else {
            let name = c.entity(schema, &root, false, &attrs, &op.source);
            (
                name,
                format!("{from}: `<{root}>`; convention: {}", c.representations_ref),
            )
        };
        if root == "EntityReferences" && shape == "entity" {
            c.diag(
                &op.source,
                Code::ConventionConflict,
                format!(
                    "{}: the page calls the answer a representation of the resource, its sample \
                     is `<EntityReferences>`: a collection, typed as its reference form ({})",
                    op.key(),
                    c.collections_ref
                ),
            );
        }
        let root = schema
            .structs
            .get(&ty)
            .and_then(|s| s.roots.first().cloned())
            .unwrap_or(root);
        let d = &mut schema.operations[i];
        d.response = Some(BodyDef {
            ty,
            root,
            sample_roots: Vec::new(),
        });
        d.response_evidence = ev;
    }
    entity_forms(&mut c, schema);
    diagnostics.append(&mut c.diagnostics);
}

/// `https://host:9398/api/backupSessions/8ba9…/taskSessions` → the operation paths it matches.
fn link_types_by_path(model: &Model) -> BTreeMap<String, (String, Source)> {
    let templates: Vec<Vec<&str>> = model
        .operations
        .iter()
        .map(|o| o.path.split('/').filter(|s| !s.is_empty()).collect())
        .collect();
    let mut out: BTreeMap<String, (String, Source)> = BTreeMap::new();
    let samples = model
        .types
        .values()
        .flat_map(|t| t.samples.iter())
        .chain(&model.concept_samples);
    let visit =
        |node: &super::tree::Node, at: &Source, out: &mut BTreeMap<String, (String, Source)>| {
            let mut stack = vec![node];
            while let Some(n) = stack.pop() {
                stack.extend(n.children.iter());
                if n.name != "Link" {
                    continue;
                }
                let get = |k: &str| {
                    n.attrs
                        .iter()
                        .find(|(a, _)| a == k)
                        .map(|(_, v)| v.as_str())
                };
                let (Some(href), Some(ty)) = (get("Href"), get("Type")) else {
                    continue;
                };
                let Some((_, path)) = href.split_once("/api/") else {
                    continue;
                };
                if path.contains('?') {
                    continue;
                }
                let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
                for (t, o) in templates.iter().zip(&model.operations) {
                    let matches = t.len() == segs.len()
                        && t.iter()
                            .zip(&segs)
                            .all(|(a, b)| a.starts_with('{') || a == b);
                    if matches {
                        out.entry(o.path.clone())
                            .or_insert_with(|| (ty.to_string(), at.clone()));
                    }
                }
            }
        };
    for s in samples {
        if s.sample.format != Format::Xml {
            continue;
        }
        if let Some(node) = super::tree::parse(&s.sample.body) {
            visit(&node, &s.source, &mut out);
        }
    }
    out
}

/// A file or a stream: the page's response `Content-Type` is neither XML nor JSON.
fn raw_reason(op: &Operation) -> Option<String> {
    let ct = op
        .response_headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("content-type"))?;
    let other: Vec<&String> = ct
        .values
        .iter()
        .filter(|v| !v.contains("xml") && !v.contains("json"))
        .collect();
    (!other.is_empty() && other.len() == ct.values.len()).then(|| {
        format!(
            "the answer is a file or a stream (`Content-Type: {}`)",
            other
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

/// Every collection GET (one answering `EntityReferences`) gets its `?format=Entity` call.
fn entity_forms(c: &mut Completer<'_>, schema: &mut Schema) {
    let documented: BTreeSet<String> = schema
        .operations
        .iter()
        .filter(|o| o.fixed_query.get("format").map(String::as_str) == Some("Entity"))
        .map(|o| o.path.clone())
        .collect();
    let mut names: BTreeSet<String> = schema
        .operations
        .iter()
        .map(|o| o.fn_name.clone())
        .collect();
    for i in 0..schema.operations.len() {
        let def = &schema.operations[i];
        let is_collection = def.method == "GET"
            && def.path != "/query"
            && def.fixed_query.is_empty()
            && def
                .response
                .as_ref()
                .is_some_and(|r| r.root == "EntityReferences");
        if !is_collection || documented.contains(&def.path) {
            continue;
        }
        let path = def.path.clone();
        let source = def.source.clone();
        let Some((item, item_from)) = c.item_root(schema, &path) else {
            c.diag(
                &source,
                Code::Convention,
                format!(
                    "GET {path}: a collection whose entity type no page names; no entity-form call"
                ),
            );
            continue;
        };
        let list_root = match c.mapping.list_of.get(&item) {
            Some(l) => l.clone(),
            None => {
                let l = plural(&item);
                c.diag(
                    &source,
                    Code::ConventionConflict,
                    format!(
                        "GET {path}: the link-type mapping has no list of `{item}`; its entity \
                         form is taken as `<{l}>` ({})",
                        c.collections_ref
                    ),
                );
                l
            }
        };
        let ty = c.list(schema, &list_root, &item, &source);
        let root = schema
            .structs
            .get(&ty)
            .and_then(|s| s.roots.first().cloned())
            .unwrap_or(list_root);
        let mut fn_name = format!("{}_entities", schema.operations[i].fn_name);
        let mut n = 2;
        while names.contains(&fn_name) {
            fn_name = format!("{}_entities_{n}", schema.operations[i].fn_name);
            n += 1;
        }
        names.insert(fn_name.clone());
        schema.operations[i].entity_form = Some(EntityForm {
            fn_name,
            response: BodyDef {
                ty,
                root,
                sample_roots: Vec::new(),
            },
            evidence: format!(
                "items `<{item}>` from {item_from}; the entity form from {}",
                c.collections_ref
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_item_types_from_xml_and_json() {
        let xml = r#"<EntityReferences xmlns="x"><Ref Type="BackupJobSessionReference" Href="h"><Links><Link Type="JobReference"/></Links></Ref><Ref Name="n" Type="BackupJobSessionReference">"#;
        assert_eq!(
            reference_types(xml),
            ["BackupJobSessionReference", "BackupJobSessionReference"]
        );
        let json = r#"{"Refs": {"Ref": [{"Type": "NasJobReference", "Links": [{"Type": "BackupServerReference"}]}]}}"#;
        assert_eq!(reference_types(json), ["NasJobReference"]);
        let camel = r#"{"refs": [{"type": "AgentJobReference"}]}"#;
        assert_eq!(reference_types(camel), ["AgentJobReference"]);
        assert!(reference_types("{not json").is_empty());
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("taskSessions"), "TaskSession");
        assert_eq!(singular("policies"), "Policy");
        assert_eq!(singular("backupServers"), "BackupServer");
        assert_eq!(first_word("backupSessions"), "Backup");
    }

    #[test]
    fn start_tag_of_a_cut_sample() {
        let s = crate::extract::sample::classify(
            r#"<RepositoryReportFrame xmlns="http://www.veeam.com/ent/v1.0" CapacityPlanningReportLink="a&amp;b">"#,
        )
        .expect("a sample");
        assert_eq!(
            root_attributes(&s),
            vec![("CapacityPlanningReportLink".to_string(), "a&b".to_string())]
        );
    }
}
