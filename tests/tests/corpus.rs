//! The whole reference: every page parses, every method page gives one operation.

use std::collections::BTreeMap;

use veeam_em_codegen::extract::facts::PageKind;
use veeam_em_codegen::{build_model, load, page_facts, report};
use veeam_em_tests::{corpus_dir, folder_pages, root, update_dir};

fn is_method_page(name: &str) -> bool {
    ["get_", "post_", "put_", "delete_"]
        .iter()
        .any(|p| name.starts_with(p))
        && !name.ends_with("_method.md")
}

#[test]
fn all_pages_parse_and_every_method_page_gives_one_operation() {
    let Some(dir) = corpus_dir() else { return };
    let inputs = load(&[dir], &[]).expect("corpus loads");
    assert_eq!(inputs.len(), 618, "the reference has 618 pages");

    let mut method_pages = 0;
    let mut keys: BTreeMap<String, String> = BTreeMap::new();
    for input in &inputs {
        let name = input.file.rsplit('/').next().unwrap_or("").to_string();
        let (facts, _) = page_facts(input);
        if is_method_page(&name) {
            method_pages += 1;
            assert!(
                matches!(facts.kind, PageKind::Operation | PageKind::QueryType),
                "{name} is a method page but was read as {:?}",
                facts.kind
            );
            let op = facts.operation.as_ref().expect("operation facts");
            let line = op
                .request
                .as_ref()
                .or(op.title_request.as_ref())
                .unwrap_or_else(|| panic!("{name}: no method and path"));
            assert!(
                !line.value.method.is_empty() && line.value.path.starts_with('/'),
                "{name}"
            );
            keys.insert(name, line.value.key());
        } else {
            assert!(
                facts.operation.is_none(),
                "{name} is not a method page but gave an operation"
            );
        }
    }
    assert_eq!(method_pages, 349);

    let model = build_model(&inputs);
    assert_eq!(
        model.operations.len(),
        349,
        "each method page gives its own operation"
    );
    for op in &model.operations {
        assert!(
            ["GET", "POST", "PUT", "DELETE"].contains(&op.method.as_str()),
            "{}",
            op.key()
        );
        assert!(op.path.starts_with('/'), "{}", op.key());
        assert!(!op.success.is_empty(), "{}: no success status", op.key());
    }
    let r = report::report(&model);
    eprintln!("{r}");
    assert_eq!(
        r.pages_by_kind.get("operation").copied().unwrap_or(0)
            + r.pages_by_kind.get("query-type").copied().unwrap_or(0),
        349
    );
}

#[test]
fn the_model_is_deterministic() {
    let Some(dir) = corpus_dir() else { return };
    let mut inputs = load(&[dir], &[]).expect("corpus loads");
    let a = serde_json::to_string(&build_model(&inputs)).expect("json");
    inputs.reverse();
    let b = serde_json::to_string(&build_model(&inputs)).expect("json");
    assert!(a == b, "the model depends on input order");
}

/// Known disagreements in the reference are reported, with the side the model took.
#[test]
fn known_title_mismatches_are_resolved_and_reported() {
    let Some(dir) = corpus_dir() else { return };
    let model = build_model(&load(&[dir], &[]).expect("corpus loads"));
    let keys: Vec<String> = model.operations.iter().map(|o| o.key()).collect();
    for expected in [
        "GET /vAppReplicaPoints/{ID}",
        "GET /vmReplicaPoints/{ID}",
        "DELETE /tasks/{ID}",
        "GET /backupServers/{ID}",
        "POST /vAppRestorePoints/{ID}?action=restore",
        "POST /cdpPolicies/{ID}?action=enable",
        "DELETE /security/accounts/{ID}/scopes/{ID}",
    ] {
        assert!(keys.iter().any(|k| k == expected), "missing {expected}");
    }
    let mismatches = model
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "title-mismatch")
        .count();
    assert!(mismatches >= 5, "title mismatches are diagnostics");
    // The stray space in `CreateCloudTenant ResourceSpecType` is gone, and said so.
    assert!(model
        .types
        .contains_key("CreateCloudTenantResourceSpecType"));
    assert!(model
        .diagnostics
        .iter()
        .any(|d| d.code.as_str() == "type-name-normalized"
            && d.message.contains("CreateCloudTenant ResourceSpecType")));
}

/// The reviewed list of content no rule reads: `<folder>/<file>:<line> <code>` → reason.
fn unread_allow_list() -> BTreeMap<String, String> {
    let path = root().join("tests/unread-allow.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut out = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, reason) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("unread-allow.txt:{}: no tab before the reason", n + 1));
        assert!(
            !reason.trim().is_empty(),
            "unread-allow.txt:{}: an entry without a reason",
            n + 1
        );
        out.insert(key.to_string(), reason.to_string());
    }
    out
}

/// No silent loss: over both doc folders, every table, sample and "Possible values" list that
/// no rule reads is a diagnostic, and each is either fixed or in the reviewed allow-list.
#[test]
fn unread_content_is_fixed_or_allowed() {
    let dirs: Vec<_> = [corpus_dir(), update_dir()].into_iter().flatten().collect();
    if dirs.is_empty() {
        return;
    }
    let allow = unread_allow_list();
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut folders = Vec::new();
    for dir in &dirs {
        let pages = folder_pages(dir);
        if let Some(p) = pages.first() {
            folders.push(p.file.split('/').next().unwrap_or("").to_string());
        }
        for input in &pages {
            let (_, diags) = page_facts(input);
            for d in diags
                .iter()
                .filter(|d| d.code.as_str().starts_with("unread-"))
            {
                let key = format!("{}:{} {}", d.source.file, d.source.line, d.code.as_str());
                found.entry(key).or_default().push(d.to_string());
            }
        }
    }
    let total: usize = found.values().map(Vec::len).sum();
    eprintln!(
        "unread content: {total} diagnostic(s) at {} place(s); allow-list {} entries",
        found.len(),
        allow.len()
    );
    let unlisted: Vec<&String> = found
        .iter()
        .filter(|(k, _)| !allow.contains_key(*k))
        .flat_map(|(_, d)| d)
        .collect();
    assert!(
        unlisted.is_empty(),
        "{} unread block(s) neither fixed nor in tests/unread-allow.txt:\n{}",
        unlisted.len(),
        unlisted
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    // Entries of a folder that is here must still occur; fixed ones leave the list.
    let stale: Vec<&String> = allow
        .keys()
        .filter(|k| folders.iter().any(|f| k.starts_with(&format!("{f}/"))))
        .filter(|k| !found.contains_key(*k))
        .collect();
    assert!(
        stale.is_empty(),
        "allow-list entries that no longer occur; remove them: {stale:?}"
    );
}
