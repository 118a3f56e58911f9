//! Every operation of the reference is typed: only answers that are files or streams return the
//! raw response, and each is named with its reason. Needs the full reference beside the project.

use std::path::Path;

use veeam_em_codegen::reconcile::reconcile;
use veeam_em_codegen::{build_model, load, report};

fn schema() -> Option<(
    veeam_em_codegen::model::Model,
    veeam_em_codegen::reconcile::schema::Schema,
    Vec<veeam_em_codegen::diag::Diagnostic>,
)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpus = root.join("../shared/veeam-docs/em_rest");
    if !corpus.is_dir() {
        eprintln!("SKIPPED: the full reference is not at {}", corpus.display());
        return None;
    }
    let model = build_model(&load(&[root.join("docs-src"), corpus], &[]).expect("pages load"));
    let (schema, diags) = reconcile(&model);
    Some((model, schema, diags))
}

#[test]
fn no_untyped_operation_but_files() {
    let Some((model, schema, diags)) = schema() else {
        return;
    };
    let mut r = report::report(&model);
    r.add_reconciliation(&schema, &diags);
    assert!(
        r.untyped_operations.is_empty(),
        "operations returning the raw response with no reason: {:#?}",
        r.untyped_operations
    );
    for raw in &r.raw_operations {
        assert!(raw.contains("file or a stream"), "{raw}");
    }
    let text = r.to_string();
    assert!(text.contains("0 untyped"), "{text}");
    // Every collection whose items the pages name has its entity form.
    assert!(r.entity_form_calls > 0 && r.entity_form_calls <= r.collections);
    for path in [
        "/backupServers",
        "/repositories",
        "/agents/discoveredComputers",
    ] {
        let op = schema
            .operations
            .iter()
            .find(|o| o.method == "GET" && o.path == path && o.fixed_query.is_empty())
            .expect(path);
        let form = op.entity_form.as_ref().expect(path);
        let list = &schema.structs[&form.response.ty];
        assert_eq!(list.fields.len(), 1, "{path}: one list of items");
        assert!(list.fields[0].xml.is_list(), "{path}");
    }
}

#[test]
fn logon_session_report_frames_and_service_roots_are_typed() {
    let Some((_, schema, diags)) = schema() else {
        return;
    };
    let logon = &schema.structs["LogonSession"];
    for wire in ["Href", "Type", "Links"] {
        assert!(
            logon.fields.iter().any(|f| f.xml.key() == wire),
            "LogonSession lacks {wire}"
        );
    }
    for path in [
        "/reports/summary/overview",
        "/reports/summary/vms_overview",
        "/reports/summary/job_statistics",
        "/reports/summary/processed_vms",
        "/reports/summary/repository",
        "/agents",
        "/cloud",
        "/nas",
        "/security",
        "/vCloud",
        "/querySvc",
        "/lookupSvc",
    ] {
        let op = schema
            .operations
            .iter()
            .find(|o| o.method == "GET" && o.path == path)
            .expect(path);
        let body = op.response.as_ref().expect(path);
        let def = &schema.structs[&body.ty];
        assert!(
            def.fields.iter().any(|f| f.xml.key() == "Href"),
            "{path}: {} has no Href",
            body.ty
        );
        // A type no operation page gives names where it comes from.
        if schema.convention_structs.contains(&body.ty) {
            assert!(def.doc.contains("helpcenter.veeam.com"), "{}", def.doc);
            assert!(
                diags.iter().any(|d| d.code.as_str() == "convention"
                    && d.message.starts_with(&format!("{}:", body.ty))),
                "{}: no convention diagnostic",
                body.ty
            );
        }
    }
    // 202 answers a Task, 204 nothing.
    for op in &schema.operations {
        if op.success == [202] {
            assert_eq!(op.response.as_ref().map(|r| r.ty.as_str()), Some("Task"));
        }
        if op.success == [204] {
            assert!(
                (op.no_content && op.response.is_none()) || op.response_optional,
                "{}",
                op.path
            );
        }
    }
}

/// One way to query: every `GET /query?type=X` is a typed query (filter, sort, paging) with a
/// reference form and, where a page names the entity type, an entity form; no query call without
/// them. Every filter field the query pages' own examples use is one the page lists (what the
/// generated `Query` check refuses otherwise).
#[test]
fn every_query_type_takes_the_typed_query() {
    let Some((model, schema, diags)) = schema() else {
        return;
    };
    let queries: Vec<_> = schema
        .operations
        .iter()
        .filter(|o| o.path == "/query" && o.fixed_query.contains_key("type"))
        .collect();
    assert_eq!(queries.len(), 49, "the Type Parameter page's query types");
    for op in &queries {
        let q = op
            .query
            .as_ref()
            .unwrap_or_else(|| panic!("{}", op.fn_name));
        assert_eq!(Some(&q.type_name), op.fixed_query.get("type"));
        assert!(
            !op.filters.is_empty(),
            "{}: no filterable fields",
            q.type_name
        );
        if let Some(e) = &q.entity {
            assert!(
                schema.structs.contains_key(&e.ty),
                "{}: {}",
                q.type_name,
                e.ty
            );
            assert_eq!(e.fn_name, format!("{}_entities", op.fn_name));
        }
    }
    let entity = |t: &str| {
        queries
            .iter()
            .find_map(|o| o.query.as_ref().filter(|q| q.type_name == t))
            .and_then(|q| q.entity.as_ref())
            .map(|e| e.ty.as_str())
    };
    assert_eq!(entity("VmRestorePoint"), Some("VmRestorePoint"));
    assert_eq!(entity("Job"), Some("Job"));
    assert_eq!(entity("BackupJobSession"), Some("BackupJobSession"));
    // Named by the collection the page points at, not by the query type's name.
    assert_eq!(entity("Credentials"), Some("CredentialsInfo"));
    assert_eq!(entity("vAppRestorePoint"), Some("VAppRestorePoint"));

    let mut r = report::report(&model);
    r.add_reconciliation(&schema, &diags);
    assert_eq!(r.query_types, 49);
    assert_eq!(
        r.query_calls,
        2 * r.query_types + 2 * r.query_entity_forms,
        "{r:?}"
    );
    assert_eq!(
        r.query_types - r.query_entity_forms,
        r.query_types_without_entity.len()
    );
    assert!(r.to_string().contains("queries      49 query types"), "{r}");

    // The examples' filters use documented fields.
    let mut checked = 0;
    for op in model
        .operations
        .iter()
        .filter(|o| o.path == "/query" && o.fixed_query.contains_key("type"))
    {
        for e in &op.examples {
            let Some(url) = &e.url else { continue };
            let Some(filter) = url.split("filter=").nth(1) else {
                continue;
            };
            let filter = filter.split('&').next().unwrap_or_default();
            for part in filter.split([';', ',', '(', ')']) {
                let field = part
                    .split(['=', '!', '<', '>'])
                    .next()
                    .unwrap_or_default()
                    .trim();
                if field.is_empty() {
                    continue;
                }
                assert!(
                    op.filters
                        .iter()
                        .any(|f| f.name.eq_ignore_ascii_case(field)),
                    "{}: example filter field {field:?} not in the page's list",
                    op.title
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 10, "only {checked} example filter fields seen");
}
