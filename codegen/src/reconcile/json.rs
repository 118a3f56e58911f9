//! JSON samples correct JSON names and list shapes: the docs show
//! `"Resources": {"BackupResources": [...]}` for one wrapper and a bare array for the next, and
//! keys the XML spells otherwise. Only request bodies have JSON samples in the reference.

use serde_json::{Map, Value};

use super::infer::plural;
use super::schema::{FieldDef, JsonList, Schema, StructDef, ValueType, XmlPlacement};
use crate::diag::{Code, Diagnostic, Source};
use crate::extract::sample::{Completeness, Format};
use crate::model::Model;

pub fn apply(model: &Model, schema: &mut Schema, diags: &mut Vec<Diagnostic>) {
    for op in &model.operations {
        let Some(body) = &op.request_body else {
            continue;
        };
        let Some(ty) = body
            .type_name
            .as_deref()
            .filter(|t| schema.structs.contains_key(*t))
        else {
            continue;
        };
        for s in &body.samples {
            if s.sample.format != Format::Json || s.sample.completeness != Completeness::Complete {
                continue;
            }
            let Ok(Value::Object(obj)) = serde_json::from_str::<Value>(&s.sample.body) else {
                continue;
            };
            // A whole body, or a fragment (`"Resources": {...}`) of some struct below it.
            let owner = if obj.keys().any(|k| find_field(schema, ty, k).is_some()) {
                Some(ty.to_string())
            } else {
                obj.keys().next().and_then(|k| owner_of(schema, ty, k))
            };
            if let Some(owner) = owner {
                walk(schema, &owner, &obj, &s.source, diags, 0);
            }
        }
    }
}

/// The field of `ty` a JSON key stands for: its JSON name, its XML name, or the plural of it.
pub fn find_field(schema: &Schema, ty: &str, key: &str) -> Option<usize> {
    let def = schema.structs.get(ty)?;
    let k = key.to_ascii_lowercase();
    def.fields.iter().position(|f| {
        let xml = f.xml.key().to_ascii_lowercase();
        f.json.to_ascii_lowercase() == k || xml == k || plural(&xml) == k
    })
}

/// The struct below `root` that has a field named `key` (breadth first).
pub fn owner_of(schema: &Schema, root: &str, key: &str) -> Option<String> {
    let mut queue = vec![root.to_string()];
    let mut seen = std::collections::BTreeSet::new();
    while let Some(ty) = queue.first().cloned() {
        queue.remove(0);
        if !seen.insert(ty.clone()) {
            continue;
        }
        if find_field(schema, &ty, key).is_some() {
            return Some(ty);
        }
        if let Some(def) = schema.structs.get(&ty) {
            for f in &def.fields {
                if let ValueType::Struct(s) = &f.ty {
                    queue.push(s.clone());
                }
            }
        }
    }
    None
}

fn walk(
    schema: &mut Schema,
    ty: &str,
    obj: &Map<String, Value>,
    at: &Source,
    diags: &mut Vec<Diagnostic>,
    depth: usize,
) {
    if depth > 32 {
        return;
    }
    for (key, value) in obj {
        if key == "#text" || key.eq_ignore_ascii_case("value") {
            if let Some(def) = schema.structs.get_mut(ty).filter(|d| d.text.is_some()) {
                def.text_json = key.clone();
                continue;
            }
        }
        if key == "xmlns" || key.starts_with("xmlns:") {
            continue;
        }
        let Some(i) = find_field(schema, ty, key) else {
            diags.push(Diagnostic::new(
                at.clone(),
                Code::TableSampleMismatch,
                format!("{ty}: the JSON sample has {key:?}, which neither the table nor the XML samples have; added"),
            ));
            add_field(schema, ty, key, value, at, diags, depth);
            continue;
        };
        // A field the XML samples showed as text (or never showed) that JSON shows as an object.
        if let Value::Object(inner) = value {
            let scalar = schema.structs.get(ty).is_some_and(|d| {
                !matches!(d.fields[i].ty, ValueType::Struct(_)) && !d.fields[i].xml.is_list()
            });
            if scalar && !inner.is_empty() {
                let name = new_struct(schema, ty, key, inner, at, diags, depth);
                if let Some(def) = schema.structs.get_mut(ty) {
                    def.fields[i].ty = ValueType::Struct(name);
                }
            } else if scalar {
                // `{}` where the XML samples show an empty element (`<ForDirectDownload/>`):
                // a member chosen by its presence, not text.
                if let Some(def) = schema.structs.get_mut(ty) {
                    if def.fields[i].ty == ValueType::String {
                        diags.push(Diagnostic::new(
                            at.clone(),
                            Code::TableSampleMismatch,
                            format!(
                                "{ty}.{}: JSON writes it {{}}, an empty object: typed Empty (there or not), not text",
                                def.fields[i].name
                            ),
                        ));
                        def.fields[i].ty = ValueType::Empty;
                    }
                }
            }
        }
        let Some(def) = schema.structs.get_mut(ty) else {
            return;
        };
        // Another field already answers to this key (`Retentionperiod` and `RetentionPeriod`
        // both in the XML samples): keep the names apart.
        let taken = def
            .fields
            .iter()
            .enumerate()
            .any(|(j, g)| j != i && g.json == *key);
        let f = &mut def.fields[i];
        if taken || f.json == *key {
            // Nothing to rename.
        } else if f.json.eq_ignore_ascii_case(key) {
            // Only the case differs: the JSON sample is the wire spelling.
            f.json = key.clone();
        } else {
            diags.push(Diagnostic::new(
                at.clone(),
                Code::TableSampleMismatch,
                format!("{ty}.{}: JSON names it {key:?}, not {:?}", f.name, f.json),
            ));
            f.json = key.clone();
        }
        let item_ty = match &f.ty {
            ValueType::Struct(s) => Some(s.clone()),
            _ => None,
        };
        let is_list = f.xml.is_list();
        let mut now_a_list = None;
        let items: Vec<&Value> = match value {
            Value::Array(items) if is_list => {
                f.json_list = Some(JsonList::Array);
                items.iter().collect()
            }
            Value::Object(inner) if is_list && inner.len() == 1 => match inner.iter().next() {
                Some((k, Value::Array(items))) => {
                    f.json_list = Some(JsonList::Wrapped { inner: k.clone() });
                    items.iter().collect()
                }
                _ => vec![value],
            },
            Value::Array(items) => {
                // A list in JSON where the XML showed one element: it repeats.
                if let XmlPlacement::Element { name } = &f.xml {
                    now_a_list = Some(super::infer::list_field_name(name));
                    f.xml = XmlPlacement::Elements { name: name.clone() };
                    f.json_list = Some(JsonList::Array);
                    f.required = false;
                }
                items.iter().collect()
            }
            other => vec![other],
        };
        if let Some(mut rust) = now_a_list {
            // A list is named in the plural, like the lists the XML samples show.
            while def
                .fields
                .iter()
                .enumerate()
                .any(|(j, g)| j != i && g.name == rust)
            {
                rust.push('_');
            }
            def.fields[i].name = rust;
        }
        if let Some(item_ty) = item_ty {
            for item in items {
                if let Value::Object(o) = item {
                    walk(schema, &item_ty, o, at, diags, depth + 1);
                }
            }
        }
    }
}

/// A struct for a JSON object no table or XML sample describes: its keys become elements of
/// the same names. Named `<Owner><Key>`.
fn new_struct(
    schema: &mut Schema,
    owner: &str,
    key: &str,
    obj: &Map<String, Value>,
    at: &Source,
    diags: &mut Vec<Diagnostic>,
    depth: usize,
) -> String {
    let mut name = format!("{owner}{key}");
    while schema.structs.get(&name).is_some_and(|s| s.source != *at) {
        name.push('_');
    }
    schema
        .structs
        .entry(name.clone())
        .or_insert_with(|| StructDef {
            source: at.clone(),
            name: name.clone(),
            doc: format!("`{key}` of {owner}, known only from a JSON sample."),
            roots: Vec::new(),
            fields: Vec::new(),
            text: None,
            text_json: "Value".to_string(),
        });
    walk(schema, &name, obj, at, diags, depth + 1);
    name
}

/// Adds a field only a JSON sample shows.
fn add_field(
    schema: &mut Schema,
    owner: &str,
    key: &str,
    value: &Value,
    at: &Source,
    diags: &mut Vec<Diagnostic>,
    depth: usize,
) {
    if depth > 32 {
        return;
    }
    let (xml, ty, json_list) = match value {
        Value::Object(o) => {
            let name = new_struct(schema, owner, key, o, at, diags, depth);
            (
                XmlPlacement::Element {
                    name: key.to_string(),
                },
                ValueType::Struct(name),
                None,
            )
        }
        Value::Array(items) => {
            let ty = match items.iter().find_map(|v| v.as_object()) {
                Some(o) => ValueType::Struct(new_struct(schema, owner, key, o, at, diags, depth)),
                None => ValueType::String,
            };
            (
                XmlPlacement::Elements {
                    name: key.to_string(),
                },
                ty,
                Some(JsonList::Array),
            )
        }
        Value::Bool(_) => (
            XmlPlacement::Element {
                name: key.to_string(),
            },
            ValueType::Bool,
            None,
        ),
        _ => (
            XmlPlacement::Element {
                name: key.to_string(),
            },
            ValueType::String,
            None,
        ),
    };
    let Some(def) = schema.structs.get_mut(owner) else {
        return;
    };
    let mut rust = match &xml {
        XmlPlacement::Elements { .. } => super::infer::list_field_name(key),
        _ => super::infer::rust_field_name(key),
    };
    while def.fields.iter().any(|f| f.name == rust) {
        rust.push('_');
    }
    def.fields.push(FieldDef {
        name: rust,
        xml,
        json: key.to_string(),
        json_list,
        ty,
        required: false,
        doc: String::new(),
        evidence: "json-sample".to_string(),
    });
}
