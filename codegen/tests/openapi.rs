//! The OpenAPI export: its shape on the seed pages (both versions), validation by
//! `openapi-spec-validator` (PyPI; `.ci/run` installs it), and the whole reference: 349
//! operations, each valid in 3.0 and 3.1.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use veeam_em_codegen::openapi::{self, Media, Options, Version};

fn docs_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs-src")
}

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/veeam-docs")
}

fn export(dirs: &[PathBuf], opts: Options) -> Value {
    let inputs = veeam_em_codegen::load(dirs, &[]).expect("pages load");
    let model = veeam_em_codegen::build_model(&inputs);
    let (schema, _) = veeam_em_codegen::reconcile::reconcile(&model);
    openapi::document(&model, &schema, opts)
}

fn opts(version: Version) -> Options {
    Options {
        version,
        media: Media::Both,
    }
}

/// Every operation object in the document.
fn operations(doc: &Value) -> Vec<(&String, &String, &Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            out.push((path, method, op));
        }
    }
    out
}

#[test]
fn seed_pages_both_versions() {
    for version in [Version::V3_0, Version::V3_1] {
        let doc = export(&[docs_src()], opts(version));
        let expected = if version == Version::V3_0 {
            "3.0.3"
        } else {
            "3.1.0"
        };
        assert_eq!(doc["openapi"], expected);
        let ops = operations(&doc);
        assert_eq!(ops.len(), 4);
        for (path, method, op) in &ops {
            let id = op["operationId"].as_str().expect("operationId");
            assert!(id.starts_with(method.as_str()), "{id} for {method} {path}");
            let ok = op["responses"].as_object().expect("responses");
            assert!(ok.keys().any(|k| k.starts_with('2')), "{path}: {ok:?}");
            for (status, r) in ok.iter().filter(|(k, _)| k.starts_with('2')) {
                if let Some(content) = r.get("content") {
                    assert!(content.get("application/xml").is_some(), "{path} {status}");
                    assert!(content.get("application/json").is_some(), "{path} {status}");
                }
            }
        }
        let with_docs = ops
            .iter()
            .filter(|(_, _, op)| {
                op["externalDocs"]["url"]
                    .as_str()
                    .is_some_and(|u| u.starts_with("https://helpcenter.veeam.com/"))
            })
            .count();
        assert!(with_docs >= 2, "{with_docs} operations link their page");
        let get = &doc["paths"]["/restorePoints/{ID}"]["get"];
        assert_eq!(get["operationId"], "get_restore_points_by_id");
        assert_eq!(get["parameters"][0]["in"], "path");
        assert_eq!(get["parameters"][0]["name"], "ID");
        // The session header, required by default.
        let session = &doc["components"]["securitySchemes"]["session"];
        assert_eq!(session["type"], "apiKey");
        assert_eq!(session["in"], "header");
        assert_eq!(session["name"], "X-RestSvcSessionId");
        assert_eq!(doc["security"][0]["session"], serde_json::json!([]));

        let schemas = doc["components"]["schemas"].as_object().expect("schemas");
        for (name, s) in schemas {
            if s["type"] == "object" {
                assert_eq!(s["additionalProperties"], true, "{name}");
            }
        }
        // Attributes and list wrappers in XML, JSON names as keys.
        let point = &schemas["VmRestorePoint"];
        assert_eq!(point["xml"]["name"], "VmRestorePoint");
        assert_eq!(point["properties"]["UID"]["xml"]["attribute"], true);
        let links = &point["properties"]["Links"];
        assert_eq!(links["type"], "array");
        assert_eq!(links["xml"]["wrapped"], true);
        assert_eq!(links["items"]["$ref"], "#/components/schemas/Link");
        // JSON null on optional members: nullable in 3.0, a type array in 3.1.
        let name = &point["properties"]["Name"];
        if version == Version::V3_0 {
            assert_eq!(name["nullable"], true);
            assert_eq!(name["type"], "string");
        } else {
            assert!(name.get("nullable").is_none());
            assert_eq!(name["type"], serde_json::json!(["string", "null"]));
        }
        // Deterministic.
        assert_eq!(
            openapi::to_json(&doc),
            openapi::to_json(&export(&[docs_src()], opts(version)))
        );
    }
}

#[test]
fn json_only_leaves_out_xml() {
    let doc = export(
        &[docs_src()],
        Options {
            version: Version::V3_0,
            media: Media::Json,
        },
    );
    let text = openapi::to_json(&doc);
    assert!(!text.contains("application/xml"));
    assert!(text.contains("application/json"));
}

/// Runs the validator once over `docs` (one process: its start-up is most of the time).
/// `Some(errors)` when it ran (empty when every document is valid); `None` (and a SKIPPED line)
/// when it is absent.
fn validate(docs: &[(&Value, &str)]) -> Option<String> {
    let probe = Command::new("python3")
        .args(["-m", "openapi_spec_validator", "--version"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        println!("SKIPPED: python3 -m openapi_spec_validator is not available (pip install openapi-spec-validator)");
        return None;
    }
    let dir = std::env::temp_dir().join(format!("veeam-em-openapi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut files = Vec::new();
    for (doc, name) in docs {
        let file = dir.join(name);
        std::fs::write(&file, openapi::to_json(doc)).expect("write");
        files.push(file);
    }
    let out = Command::new("python3")
        .args(["-m", "openapi_spec_validator", "--errors", "all"])
        .args(&files)
        .output()
        .expect("validator runs");
    for f in &files {
        let _ = std::fs::remove_file(f);
    }
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let all_ok = text.lines().filter(|l| l.ends_with(": OK")).count() == docs.len();
    Some(if out.status.success() && all_ok {
        String::new()
    } else {
        text
    })
}

#[test]
fn validator_rejects_a_broken_document() {
    // The validator is a real check: a document with an undeclared path parameter fails.
    let mut doc = export(&[docs_src()], opts(Version::V3_1));
    doc["paths"]["/restorePoints/{ID}"]["get"]["parameters"] = serde_json::json!([]);
    if let Some(errors) = validate(&[(&doc, "broken.json")]) {
        assert!(
            !errors.is_empty(),
            "a path parameter left undeclared passed"
        );
    }
}

#[test]
fn seed_pages_validate() {
    let v30 = export(&[docs_src()], opts(Version::V3_0));
    let v31 = export(&[docs_src()], opts(Version::V3_1));
    if let Some(errors) = validate(&[(&v30, "seed-3.0.json"), (&v31, "seed-3.1.json")]) {
        assert!(errors.is_empty(), "{errors}");
    }
}

#[test]
fn reference_has_349_operations_and_validates() {
    let (reference, update) = (
        shared().join("em_rest"),
        shared().join("em_rest-13.1-partial"),
    );
    if !reference.is_dir() {
        println!("SKIPPED: {} is absent", reference.display());
        return;
    }
    let mut dirs = vec![docs_src(), reference];
    if update.is_dir() {
        dirs.push(update);
    }
    let model = veeam_em_codegen::build_model(&veeam_em_codegen::load(&dirs, &[]).expect("load"));
    let (schema, _) = veeam_em_codegen::reconcile::reconcile(&model);
    let mut docs = Vec::new();
    for version in [Version::V3_0, Version::V3_1] {
        let doc = openapi::document(&model, &schema, opts(version));
        let ops = operations(&doc);
        assert_eq!(ops.len(), 349);
        let mut ids: Vec<&str> = ops
            .iter()
            .map(|(_, _, op)| op["operationId"].as_str().expect("operationId"))
            .collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 349, "operationIds are unique");
        let linked = ops
            .iter()
            .filter(|(_, _, op)| op["externalDocs"]["url"].is_string())
            .count();
        assert_eq!(linked, 349, "every operation links its help-center page");
        // The logon is Basic; a fixed query shared by several operations is in the path key.
        assert_eq!(
            doc["paths"]["/sessionMngr/"]["post"]["security"][0]["basic"],
            serde_json::json!([])
        );
        assert!(doc["paths"]["/jobs/{ID}?action=start"]["post"].is_object());
        let schemas = doc["components"]["schemas"].as_object().expect("schemas");
        let enums = schemas.values().filter(|s| s["enum"].is_array()).count();
        // 61 since enums sharing a value set are one and `True | False` is a boolean.
        assert!(enums > 55, "{enums} enums");
        docs.push(doc);
    }
    if let Some(errors) = validate(&[(&docs[0], "ref-3.0.json"), (&docs[1], "ref-3.1.json")]) {
        assert!(errors.is_empty(), "{errors}");
    }
}
