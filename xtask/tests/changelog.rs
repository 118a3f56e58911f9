//! `cargo xtask changelog` and the standalone crates `cargo xtask semver-check` compares.

use std::fs;
use std::path::PathBuf;

use xtask::{changelog, codegen};

fn docs_src() -> PathBuf {
    codegen::workspace_root().join(codegen::SEED_DOCS)
}

#[test]
fn changelog_of_the_same_pages_is_empty() {
    let log = changelog::changelog(&[docs_src()], &[docs_src()]).expect("changelog");
    assert!(log.changes.is_empty() && log.docs.is_empty());
    assert_eq!(log.old.operations, 4);
}

#[test]
fn a_missing_folder_is_an_error_naming_it() {
    let missing = docs_src().join("no-such-folder");
    let err = changelog::changelog(&[missing], &[docs_src()]).expect_err("missing folder");
    assert!(err.to_string().contains("no-such-folder"), "{err}");
}

#[test]
fn standalone_crate_is_its_own_workspace_with_generated_code() {
    let root = codegen::workspace_root();
    let dir = std::env::temp_dir().join(format!("xtask-standalone-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    let model = changelog::model(&[docs_src()]).expect("model");
    changelog::standalone_crate(&root, &model, &dir).expect("written");
    let workspace = fs::read_to_string(dir.join("Cargo.toml")).expect("workspace manifest");
    assert!(workspace.contains("members = [\"generated\"]"));
    assert!(workspace.contains("[workspace.dependencies]"));
    assert!(workspace.contains("[workspace.package]"));
    let manifest = fs::read_to_string(dir.join("generated/Cargo.toml")).expect("crate manifest");
    assert!(manifest.contains("name = \"veeam-em\""));
    assert!(!manifest.contains("[dev-dependencies]"), "{manifest}");
    assert!(dir.join("generated/src/lib.rs").is_file());
    assert!(dir.join("generated/src/flows").is_dir());
    assert!(
        manifest.contains("veeam-em-runtime = { path = \""),
        "{manifest}"
    );
    // Generated from the seed pages, not copied from the committed crate.
    let ops_dir = dir.join("generated/src/gen/operations");
    let mut methods = 0;
    for entry in fs::read_dir(&ops_dir).expect("gen/operations") {
        let ops = fs::read_to_string(entry.expect("entry").path()).expect("gen");
        methods += ops.matches("pub async fn ").count();
    }
    assert_eq!(methods, 4);
    fs::remove_dir_all(&dir).expect("clean up");
}
