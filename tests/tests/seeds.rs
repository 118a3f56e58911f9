//! The seed pages: a snapshot of each one's model, and the merges the seeds were chosen for.

use serde_json::Value;
use veeam_em_codegen::build_model;
use veeam_em_codegen::extract::sample::Completeness;
use veeam_em_tests::{corpus_dir, corpus_page, seed};

const SEEDS: &[&str] = &[
    "get_vmrestorepoints_id.pipe-text.txt",
    "vmrestorepoints_id.older-layout.md",
    "get_restorepoints_id.md",
    "get_backups_id_restorepoints.cell-text.txt",
    "get_restorepoints_id_vmrestorepoints.md",
];

#[test]
fn seed_models_snapshot() {
    for file in SEEDS {
        let model = build_model(&[seed(file)]);
        insta::assert_json_snapshot!(file.replace('.', "_"), model);
    }
}

#[test]
fn every_seed_gives_its_page() {
    let model = build_model(&SEEDS.iter().map(|f| seed(f)).collect::<Vec<_>>());
    let keys: Vec<String> = model.operations.iter().map(|o| o.key()).collect();
    assert_eq!(
        keys,
        vec![
            "GET /backups/{ID}/restorePoints",
            "GET /restorePoints/{ID}",
            "GET /restorePoints/{ID}/vmRestorePoints",
            "GET /vmRestorePoints/{ID}",
        ]
    );
    assert!(model.resources.contains_key("/vmRestorePoints/{ID}"));
    assert_eq!(
        model.resources["/vmRestorePoints/{ID}"]
            .entity_type
            .as_deref(),
        Some("VmRestorePoint")
    );
}

fn values_of(model: &veeam_em_codegen::model::Model, ty: &str, field: &str) -> Vec<String> {
    let t = model
        .types
        .get(ty)
        .unwrap_or_else(|| panic!("type {ty} missing; have {:?}", model.types.keys()));
    t.fields
        .iter()
        .find(|f| f.name == field)
        .unwrap_or_else(|| panic!("{ty}.{field} missing"))
        .values
        .clone()
}

/// Seed 000 lost the "Possible values" lists; the Markdown page has them. Merged, the model has
/// one operation and the values.
#[test]
fn seed_000_and_markdown_page_merge_with_enum_values() {
    let Some(dir) = corpus_dir() else { return };
    let pipe = seed("get_vmrestorepoints_id.pipe-text.txt");
    let md = corpus_page(&dir, "get_vmrestorepoints_id.md");

    let alone = build_model(std::slice::from_ref(&pipe));
    assert_eq!(alone.operations.len(), 1);
    assert_eq!(alone.operations[0].key(), "GET /vmRestorePoints/{ID}");
    let md_alone = build_model(std::slice::from_ref(&md));
    assert_eq!(md_alone.operations[0].key(), alone.operations[0].key());

    let both = build_model(&[pipe, md]);
    assert_eq!(
        both.operations.len(),
        1,
        "one operation from both renderings"
    );
    let op = &both.operations[0];
    assert_eq!(op.merged_from.len(), 1);
    let ty = op
        .response_body
        .as_ref()
        .and_then(|b| b.type_name.clone())
        .expect("response type");
    assert_eq!(
        values_of(&both, &ty, "Algorithm"),
        vec![
            "Full",
            "ReversedIncremental",
            "Incremental",
            "SyntheticFull"
        ]
    );
    assert_eq!(
        values_of(&both, &ty, "PointType"),
        vec!["Full", "Increment", "ReverseIncrement"]
    );
    let accept = op
        .request_headers
        .iter()
        .find(|h| h.name == "Accept")
        .expect("Accept header");
    assert_eq!(accept.values, vec!["application/xml", "application/json"]);
}

/// Seed 003 keeps the XML example the Markdown page cuts to `<?xml ...?>`. Merged, the example
/// is the whole one.
#[test]
fn seed_003_and_markdown_page_merge_with_full_example() {
    let Some(dir) = corpus_dir() else { return };
    let cells = seed("get_backups_id_restorepoints.cell-text.txt");
    let md = corpus_page(&dir, "get_backups_id_restorepoints.md");

    let md_alone = build_model(std::slice::from_ref(&md));
    let cut = md_alone.operations[0].examples[0]
        .response_body
        .as_ref()
        .expect("md sample");
    assert_eq!(cut.completeness, Completeness::Truncated);

    let both = build_model(&[cells, md]);
    assert_eq!(both.operations.len(), 1);
    let op = &both.operations[0];
    assert_eq!(op.key(), "GET /backups/{ID}/restorePoints");
    assert_eq!(
        op.examples.len(),
        1,
        "the two copies of the example pair up"
    );
    let body = op.examples[0]
        .response_body
        .as_ref()
        .expect("merged sample");
    // The seed's sample ends its list with `...`: well-formed, one Ref shown.
    assert!(matches!(
        body.completeness,
        Completeness::Complete | Completeness::Elided
    ));
    assert_eq!(body.root.as_deref(), Some("EntityReferences"));
    assert!(
        body.body
            .contains("<Ref UID=\"urn:veeam:RestorePoint:ec940768"),
        "{}",
        body.body
    );
    assert!(body.body.contains("Rel=\"Down\""));
}

/// The ir JSON carries what tooling relies on.
#[test]
fn ir_has_the_documented_keys() {
    let model = build_model(&[seed("get_restorepoints_id.md")]);
    let v: Value = serde_json::to_value(&model).expect("serializes");
    for key in [
        "pages",
        "operations",
        "types",
        "diagnostics",
        "resources",
        "enums",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let page = &v["pages"][0];
    assert_eq!(page["file"], "docs-src/get_restorepoints_id.md");
    assert_eq!(page["kind"], "operation");
    assert_eq!(page["title"], "GET /restorePoints/{ID}");
    let op = &v["operations"][0];
    assert_eq!(op["method"], "GET");
    assert_eq!(op["path"], "/restorePoints/{ID}");
    assert_eq!(op["source"]["file"], "docs-src/get_restorepoints_id.md");
}
