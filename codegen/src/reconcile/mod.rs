//! Model → [`Schema`]: the model reconciled with its samples, in the shape the emitter writes.
//! Tables are hints, samples are truth; each reconciliation is a diagnostic.

pub mod conventions;
pub mod enums;
mod infer;
pub mod json;
pub mod query;
pub mod schema;
pub mod tree;
pub mod value_types;

use std::collections::{BTreeMap, BTreeSet};

use heck::ToSnakeCase;

pub use infer::plural;
use schema::{BodyDef, OperationDef, Schema};

use crate::diag::Diagnostic;
use crate::model::Model;

/// Reconciles the model; returns the schema and the reconciliation diagnostics.
pub fn reconcile(model: &Model) -> (Schema, Vec<Diagnostic>) {
    // Concept pages' complete samples are samples of their roots' types like any other.
    let augmented = conventions::with_concept_samples(model);
    let model = &augmented;
    let (mut structs, mut diagnostics, sample_values) = infer::Inferer::new(model).structs();
    for s in structs.values_mut() {
        s.doc = doc_for_type(model, &s.name);
    }

    let enums = enums::build(model, &mut structs);

    let mut names: BTreeSet<String> = BTreeSet::new();
    let operations = model
        .operations
        .iter()
        .map(|op| {
            let body = |b: Option<&crate::model::Body>| {
                let ty = b?.type_name.clone()?;
                let def = structs.get(&ty)?;
                let root = def.roots.first().cloned().unwrap_or_else(|| ty.clone());
                Some(BodyDef {
                    ty,
                    root,
                    sample_roots: Vec::new(),
                })
            };
            let shape = op
                .response_body
                .as_ref()
                .and_then(|b| b.shape.clone())
                .unwrap_or_else(|| "none".into());
            let mut response = body(op.response_body.as_ref());
            if response.is_none() {
                let fallback = match shape.as_str() {
                    "task" => Some("Task"),
                    "collection" => Some("EntityReferences"),
                    _ => None,
                };
                let sample_roots = op
                    .response_body
                    .iter()
                    .flat_map(|b| &b.samples)
                    .filter(|s| s.sample.format == crate::extract::sample::Format::Xml)
                    .filter_map(|s| s.sample.root.clone())
                    .filter(|r| Some(r.as_str()) != fallback)
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect();
                response = fallback
                    .filter(|t| structs.contains_key(*t))
                    .map(|t| BodyDef {
                        ty: t.to_string(),
                        root: t.to_string(),
                        sample_roots,
                    });
            }
            OperationDef {
                source: op.source.clone(),
                fn_name: unique(&mut names, fn_name(&op.method, &op.path, &op.fixed_query)),
                method: op.method.clone(),
                path: op.path.clone(),
                path_params: op.path_params.clone(),
                fixed_query: op.fixed_query.clone(),
                query_params: op.query_params.clone(),
                title: op.title.clone(),
                doc: op.description.clone().unwrap_or_default(),
                doc_url: op.doc_url.clone(),
                request: body(op.request_body.as_ref()),
                response,
                success: op.success.iter().map(|s| s.code).collect(),
                shape,
                filters: op
                    .filters
                    .iter()
                    .map(|f| schema::FilterDef {
                        name: f.name.clone(),
                        ty: f.type_name.clone(),
                        description: f.description.clone(),
                        values: f.values.clone(),
                    })
                    .collect(),
                response_evidence: "doc".to_string(),
                response_optional: false,
                no_content: false,
                raw_reason: None,
                entity_form: None,
                query: None,
            }
        })
        .collect();
    let mut schema = Schema {
        structs,
        enums: enums.enums,
        operations,
        convention_structs: BTreeSet::new(),
        bool_enums: enums.as_bool,
        retyped: Vec::new(),
    };
    json::apply(model, &mut schema, &mut diagnostics);
    // What the operation pages leave untyped, from the conventions and the mapping page.
    conventions::complete(model, &mut schema, &mut diagnostics);
    // The query service's typed calls (after the collections' entity forms they read).
    query::apply(&mut schema, &mut diagnostics);
    // `…Uid` and `…TimeUTC` members the tables call text, where the samples agree.
    value_types::apply(&mut schema, &sample_values, &mut diagnostics);
    diagnostics.sort();
    diagnostics.dedup();
    (schema, diagnostics)
}

fn doc_for_type(model: &Model, name: &str) -> String {
    let Some(t) = model.types.get(name) else {
        return String::new();
    };
    let mut doc = Vec::new();
    let users: Vec<&str> = t.used_by.iter().map(String::as_str).collect();
    if !users.is_empty() {
        doc.push(format!("Used by {}.", users.join(", ")));
    }
    // The help-center page the type's table (or first sample) comes from.
    let url = model
        .pages
        .iter()
        .find(|p| p.file == t.source.file)
        .and_then(|p| p.source_url.clone());
    if let Some(url) = url {
        doc.push(format!("Help center: {url}"));
    }
    doc.join("\n\n")
}

/// `GET /vmRestorePoints/{ID}` → `get_vm_restore_points_by_id`;
/// `POST /vmRestorePoints/{ID}?action=restore` → `post_vm_restore_points_by_id_restore`.
pub fn fn_name(method: &str, path: &str, fixed_query: &BTreeMap<String, String>) -> String {
    let mut parts = vec![method.to_ascii_lowercase()];
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(p) => parts.push(format!("by_{}", p.to_snake_case())),
            None => parts.push(seg.to_snake_case()),
        }
    }
    for (k, v) in fixed_query {
        if k == "action" || k == "type" {
            parts.push(v.to_snake_case());
        } else {
            parts.push(format!("{}_{}", k.to_snake_case(), v.to_snake_case()));
        }
    }
    parts.retain(|p| !p.is_empty());
    parts.join("_")
}

fn unique(names: &mut BTreeSet<String>, name: String) -> String {
    let mut candidate = name.clone();
    let mut n = 2;
    while names.contains(&candidate) {
        candidate = format!("{name}_{n}");
        n += 1;
    }
    names.insert(candidate.clone());
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_names() {
        let none = BTreeMap::new();
        assert_eq!(
            fn_name("GET", "/vmRestorePoints/{ID}", &none),
            "get_vm_restore_points_by_id"
        );
        let q = BTreeMap::from([("action".to_string(), "restore".to_string())]);
        assert_eq!(
            fn_name("POST", "/vmRestorePoints/{ID}", &q),
            "post_vm_restore_points_by_id_restore"
        );
        let q = BTreeMap::from([("type".to_string(), "VmRestorePoint".to_string())]);
        assert_eq!(fn_name("GET", "/query", &q), "get_query_vm_restore_point");
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("Ref"), "Refs");
        assert_eq!(plural("BackupResource"), "BackupResources");
        assert_eq!(plural("Policy"), "Policies");
        assert_eq!(plural("Address"), "Addresses");
    }
}
