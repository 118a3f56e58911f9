//! Shared helpers for the workspace-level tests: where the inputs are, and how to compare two
//! models with locations dropped.

use std::path::{Path, PathBuf};

use serde_json::Value;
use veeam_em_codegen::Input;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The full reference, beside the project root. `None` (with a message) when it is absent.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = root().join("../shared/veeam-docs/em_rest");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "SKIPPED: the full reference is not at {} (it lives in ../shared beside the project root)",
            dir.display()
        );
        None
    }
}

/// The later update of 30 pages (13.1), beside the full reference. `None` (with a message) when
/// it is absent.
pub fn update_dir() -> Option<PathBuf> {
    let dir = root().join("../shared/veeam-docs/em_rest-13.1-partial");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("SKIPPED: the 13.1 pages are not at {}", dir.display());
        None
    }
}

/// The `.md` pages of a folder as inputs named `<folder>/<file>`, sorted by name.
pub fn folder_pages(dir: &Path) -> Vec<Input> {
    let folder = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".md") && n != "SOURCE.md")
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| input(&dir.join(n), &format!("{folder}/{n}")))
        .collect()
}

/// A page as an input named `name` (stable across machines, unlike absolute paths).
pub fn input(path: &Path, name: &str) -> Input {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Input {
        file: name.to_string(),
        bytes,
    }
}

/// A docs-src page, named `docs-src/<file>`.
pub fn seed(file: &str) -> Input {
    input(
        &root().join("docs-src").join(file),
        &format!("docs-src/{file}"),
    )
}

/// A corpus page, named `em_rest/<file>`.
pub fn corpus_page(dir: &Path, file: &str) -> Input {
    input(&dir.join(file), &format!("em_rest/{file}"))
}

/// Removes every key named in `keys`, at any depth: how models are compared "locations aside".
pub fn strip_keys(v: &mut Value, keys: &[&str]) {
    match v {
        Value::Object(map) => {
            for k in keys {
                map.remove(*k);
            }
            for child in map.values_mut() {
                strip_keys(child, keys);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|c| strip_keys(c, keys)),
        _ => {}
    }
}

/// The model of `inputs` as JSON.
pub fn model_json(inputs: &[Input]) -> Value {
    let model = veeam_em_codegen::build_model(inputs);
    serde_json::to_value(&model).expect("the model serializes")
}

/// The fixture folders of `tests/feature/` (one per reconciliation or emission rule), by name,
/// sorted: every subfolder holding a `page.md`.
pub fn feature_folders() -> Vec<String> {
    let dir = feature_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("page.md").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `tests/feature/`: the fixture folders.
pub fn feature_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("feature")
}
