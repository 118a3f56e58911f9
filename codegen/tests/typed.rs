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
