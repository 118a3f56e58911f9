//! The query service's calls: every `GET /query?type=X` page becomes a typed query (filter, sort,
//! paging, format) whose reference form returns `QueryResult<Ref>` and, where the entity type of
//! `X` is known, whose entity form returns `QueryResult<Entity>`.
//!
//! The entity type comes, first, from the collection the page points at ("For details, see
//! /vmRestorePoints"): the items of that collection's entity form (`VmRestorePoints` of
//! `VmRestorePoint`); else from a type whose root or name is the query type (`vAppRestorePoint`
//! → `VAppRestorePoint`). The query pages' own samples are all cut after `<QueryResult>`, so they
//! name no item type. Where the two sources disagree the collection wins, with a
//! `convention-conflict` diagnostic; a query type with neither gets a `convention` diagnostic and
//! only its reference form.

use std::collections::BTreeSet;

use heck::ToSnakeCase;

use super::schema::{OperationDef, QueryDef, QueryEntity, Schema, ValueType};
use crate::diag::{Code, Diagnostic};

/// `vAppRestorePoint` → `V_APP_RESTORE_POINT`: the query type's constant in
/// `api::query_types`.
pub fn const_name(type_name: &str) -> String {
    type_name.to_snake_case().to_ascii_uppercase()
}

/// The collection paths a query page's description points at: `For details, see
/// /vmRestorePoints.` → `/vmRestorePoints`.
fn see_paths(doc: &str) -> Vec<String> {
    doc.split("see ")
        .skip(1)
        .filter(|rest| rest.starts_with('/'))
        .map(|rest| {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == ')' || c == ']')
                .unwrap_or(rest.len());
            rest[..end].trim_end_matches(['.', ',', ';']).to_owned()
        })
        .collect()
}

/// The item type of the entity list `list` (its one list field of a struct type other than
/// `Link`).
fn list_item(schema: &Schema, list: &str) -> Option<String> {
    let def = schema.structs.get(list)?;
    let items: Vec<&String> = def
        .fields
        .iter()
        .filter(|f| f.xml.is_list())
        .filter_map(|f| match &f.ty {
            ValueType::Struct(s) if s != "Link" => Some(s),
            _ => None,
        })
        .collect();
    match items.as_slice() {
        [one] => Some((*one).clone()),
        _ => None,
    }
}

/// The entity type by the collection `op`'s page points at.
fn from_collection(schema: &Schema, op: &OperationDef) -> Option<(String, String)> {
    for path in see_paths(&op.doc) {
        let Some(collection) = schema
            .operations
            .iter()
            .find(|o| o.method == "GET" && o.path == path && o.fixed_query.is_empty())
        else {
            continue;
        };
        let Some(form) = &collection.entity_form else {
            continue;
        };
        if let Some(item) = list_item(schema, &form.response.ty) {
            return Some((
                item,
                format!(
                    "the items of `GET {path}?format=Entity` (`{}`), the collection the page names",
                    form.response.ty
                ),
            ));
        }
    }
    None
}

/// The entity type whose root or name is the query type.
fn from_type_name(schema: &Schema, type_name: &str) -> Option<(String, String)> {
    let by_root = schema
        .structs
        .values()
        .find(|s| s.roots.iter().any(|r| r == type_name))
        .or_else(|| {
            schema
                .structs
                .values()
                .find(|s| s.roots.iter().any(|r| r.eq_ignore_ascii_case(type_name)))
        })
        .or_else(|| {
            schema
                .structs
                .values()
                .find(|s| s.name.eq_ignore_ascii_case(type_name))
        })?;
    Some((
        by_root.name.clone(),
        format!("the type whose root is the query type `{type_name}`"),
    ))
}

/// Fills `OperationDef::query` for every `GET /query?type=X`.
pub fn apply(schema: &mut Schema, diagnostics: &mut Vec<Diagnostic>) {
    let mut names: BTreeSet<String> = schema
        .operations
        .iter()
        .flat_map(|o| {
            std::iter::once(o.fn_name.clone())
                .chain(o.entity_form.as_ref().map(|e| e.fn_name.clone()))
        })
        .collect();
    let mut fresh = |base: String| {
        let mut name = base.clone();
        let mut n = 2;
        while names.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        names.insert(name.clone());
        name
    };
    for i in 0..schema.operations.len() {
        let op = &schema.operations[i];
        if op.method != "GET" || op.path != "/query" {
            continue;
        }
        let Some(type_name) = op.fixed_query.get("type").cloned() else {
            continue;
        };
        let collection = from_collection(schema, op);
        let named = from_type_name(schema, &type_name);
        let source = op.source.clone();
        let entity = match (collection, named) {
            (Some(c), Some(n)) if c.0 != n.0 => {
                diagnostics.push(Diagnostic::new(
                    source.clone(),
                    Code::ConventionConflict,
                    format!(
                        "GET /query?type={type_name}: the collection the page names has items of \
                         `{}`, the query type names `{}`; its entities are read as `{}`",
                        c.0, n.0, c.0
                    ),
                ));
                Some(c)
            }
            (Some(c), _) => Some(c),
            (None, Some(n)) => Some(n),
            (None, None) => {
                diagnostics.push(Diagnostic::new(
                    source.clone(),
                    Code::Convention,
                    format!(
                        "GET /query?type={type_name}: no page names its entity type; only the \
                         reference form is typed"
                    ),
                ));
                None
            }
        };
        let base = schema.operations[i].fn_name.clone();
        let all_fn = fresh(format!("{base}_all"));
        let entity = entity.map(|(ty, evidence)| QueryEntity {
            ty,
            evidence,
            fn_name: fresh(format!("{base}_entities")),
            all_fn: fresh(format!("{base}_entities_all")),
        });
        schema.operations[i].query = Some(QueryDef {
            konst: const_name(&type_name),
            type_name,
            all_fn,
            entity,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn see_paths_and_constants() {
        assert_eq!(
            see_paths("A collection. For details, see /vmRestorePoints."),
            ["/vmRestorePoints"]
        );
        assert_eq!(
            see_paths("see /cloud/tenants/{ID}/subtenants, and see Authentication"),
            ["/cloud/tenants/{ID}/subtenants"]
        );
        assert!(see_paths("For details, see Authentication and Security.").is_empty());
        assert_eq!(const_name("vAppRestorePoint"), "V_APP_RESTORE_POINT");
        assert_eq!(const_name("VmRestorePoint"), "VM_RESTORE_POINT");
    }
}
