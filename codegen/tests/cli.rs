//! The command line: its JSON shape, exit codes, and messages for bad input.

use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_veeam-em-codegen"))
}

fn docs_src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs-src")
}

#[test]
fn ir_prints_the_model_with_sources() {
    let out = bin()
        .arg("ir")
        .arg("--docs")
        .arg(docs_src())
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(v["pages"].as_array().map(Vec::len), Some(5));
    let ops = v["operations"].as_array().expect("operations");
    assert_eq!(ops.len(), 4);
    for op in ops {
        assert!(op["method"].is_string() && op["path"].is_string());
        assert!(op["source"]["file"]
            .as_str()
            .is_some_and(|f| f.contains("docs-src")));
        assert!(op["source"]["line"].as_u64().is_some_and(|l| l > 0));
    }
    for d in v["diagnostics"].as_array().expect("diagnostics") {
        assert!(
            d["source"]["file"].is_string() && d["code"].is_string() && d["message"].is_string()
        );
    }
}

#[test]
fn report_counts_pages_and_samples() {
    let out = bin()
        .arg("report")
        .arg("--docs")
        .arg(docs_src())
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("pages        5"), "{text}");
    assert!(text.contains("operations   4"), "{text}");
    assert!(text.contains("xml cut short"), "{text}");
}

#[test]
fn strict_fails_on_error_diagnostics() {
    let dir = std::env::temp_dir().join(format!("veeam-em-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let page = dir.join("broken.md");
    std::fs::write(
        &page,
        b"---\ntitle: \"GET /x\"\n---\n# GET /x\n\nHTTP Request\n\nnothing here\n\xff\n",
    )
    .expect("write");
    let lenient = bin().arg("ir").arg(&page).output().expect("runs");
    assert!(lenient.status.success());
    let strict = bin()
        .args(["ir", "--strict"])
        .arg(&page)
        .output()
        .expect("runs");
    assert_eq!(strict.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&strict.stderr).contains("--strict"));
    let check = bin().arg("check").arg(&page).output().expect("runs");
    let text = String::from_utf8_lossy(&check.stdout);
    assert!(
        text.contains("broken.md:6: error[no-request-line]"),
        "{text}"
    );
    assert!(text.contains("broken.md:9: error[invalid-utf8]"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn missing_input_is_a_clear_error() {
    let out = bin()
        .args(["ir", "--docs", "/nonexistent/pages"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/pages"), "{err}");
    let out = bin()
        .args(["ir", "/nonexistent/page.md"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/page.md"));
    let out = bin().arg("ir").output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
}
