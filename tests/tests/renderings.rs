//! A page rendered as Markdown, as HTML and as plain text (both styles) gives the same model,
//! locations aside. The renderings are made from the reference when the tests run; none is
//! committed.

use serde_json::Value;
use veeam_em_codegen::diag::Sink;
use veeam_em_codegen::{read, render, Input};
use veeam_em_tests::{corpus_dir, corpus_page, model_json, strip_keys};

/// Pages of every kind and the layouts that stress the readers: enum lists in cells, sub-tables
/// with anchors, fragments, query filters, links, several examples, callout boxes.
const PAGES: &[&str] = &[
    "get_vmrestorepoints_id.md",
    "get_backups_id_restorepoints.md",
    "get_restorepoints_id.md",
    "post_tenants.md",
    "post_vmrestorepoints_id_mountpoints.md",
    "get_query_vmrestorepoint.md",
    "vmrestorepoints_id.md",
    "put_jobs_id_actionedit.md",
    "delete_vmrestorepoints_id_mountpoints_id.md",
    "post_sessionmngr.md",
    "get_jobs_id.md",
    "jobscheduleoptions.md",
    "post_vmrestorepoints_id_actionrestore.md",
];

/// What a rendering may lose without the model being different: locations, file names, which
/// rendering it was, and the front matter (source URL, version) that plain text cannot carry.
const LOCATION_KEYS: &[&str] = &["source", "file", "rendering", "merged_from"];
const FRONT_MATTER_KEYS: &[&str] = &["doc_url", "source_url", "product_version"];

fn comparable(inputs: &[Input], drop_front_matter: bool) -> Value {
    let mut v = model_json(inputs);
    // Messages name files ("kept em_rest/x.md"); the name is a location too.
    let mut text = serde_json::to_string(&v).unwrap_or_default();
    for input in inputs {
        text = text.replace(&input.file, "<page>");
    }
    v = serde_json::from_str(&text).unwrap_or(Value::Null);
    strip_keys(&mut v, LOCATION_KEYS);
    if drop_front_matter {
        strip_keys(&mut v, FRONT_MATTER_KEYS);
    }
    v
}

fn diff(a: &Value, b: &Value) -> String {
    let a = serde_json::to_string_pretty(a).unwrap_or_default();
    let b = serde_json::to_string_pretty(b).unwrap_or_default();
    similar::TextDiff::from_lines(&a, &b)
        .unified_diff()
        .context_radius(3)
        .header("markdown", "other rendering")
        .to_string()
}

/// The page in the other three renderings: (name, text, whether front matter is lost).
fn renderings_of(md: &Input) -> [(&'static str, String, bool); 3] {
    let mut sink = Sink::new(md.file.clone());
    let page = read::read_page(&md.file, &md.bytes, &mut sink);
    [
        ("html", render::to_html(&page), false),
        ("pipe-text", render::to_pipe_text(&page), true),
        ("cell-text", render::to_cell_text(&page), true),
    ]
}

#[test]
fn every_rendering_gives_the_same_model() {
    let Some(dir) = corpus_dir() else { return };
    let mut failures = Vec::new();
    for name in PAGES {
        let md = corpus_page(&dir, name);
        let renderings = renderings_of(&md);
        for (style, text, text_only) in renderings {
            let other = Input {
                file: format!("{name}.{style}"),
                bytes: text.into_bytes(),
            };
            let want = comparable(std::slice::from_ref(&md), text_only);
            let got = comparable(std::slice::from_ref(&other), text_only);
            if want != got {
                failures.push(format!("== {name} as {style}\n{}", diff(&want, &got)));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} rendering(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The readers pick the rendering from the content, whatever the file is called.
#[test]
fn renderings_are_detected_by_content() {
    let Some(dir) = corpus_dir() else { return };
    let md = corpus_page(&dir, "get_vmrestorepoints_id.md");
    let mut sink = Sink::new("x");
    let page = read::read_page("x", &md.bytes, &mut sink);
    use veeam_em_codegen::doc::Rendering;
    for (text, want) in [
        (render::to_html(&page), Rendering::Html),
        (render::to_pipe_text(&page), Rendering::PipeText),
        (render::to_cell_text(&page), Rendering::CellText),
    ] {
        assert_eq!(read::detect(&text), want);
    }
}

/// Every page of the reference, in every rendering: how many give the Markdown page's model.
#[test]
fn whole_corpus_models_agree() {
    let Some(dir) = corpus_dir() else { return };
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".md") && n != "SOURCE.md")
        .collect();
    names.sort();
    let mut differ: Vec<String> = Vec::new();
    let mut agree = [0usize; 3];
    for name in &names {
        let md = corpus_page(&dir, name);
        let renderings = renderings_of(&md);
        for (i, (style, text, text_only)) in renderings.into_iter().enumerate() {
            let other = Input {
                file: format!("{name}.{style}"),
                bytes: text.into_bytes(),
            };
            if comparable(std::slice::from_ref(&md), text_only)
                == comparable(std::slice::from_ref(&other), text_only)
            {
                agree[i] += 1;
            } else {
                differ.push(format!("{name} as {style}"));
            }
        }
    }
    eprintln!(
        "same model: html {}/{n}, pipe-text {}/{n}, cell-text {}/{n}",
        agree[0],
        agree[1],
        agree[2],
        n = names.len()
    );
    for d in &differ {
        eprintln!("  differs: {d}");
    }
    let unexplained: Vec<&String> = differ
        .iter()
        .filter(|d| !KNOWN_DIFFERENCES.iter().any(|(k, _)| k == d))
        .collect();
    assert!(
        unexplained.is_empty(),
        "renderings that give another model: {unexplained:?}"
    );
}

/// Reviewed: what the one-cell-per-line text rendering cannot say, with the reason.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[(
    "delete_vcloud_orgconfigs_id.md as cell-text",
    "a sentence after a table whose last cell ends in a list reads as part of that cell: \
     nothing in the text tells the two apart",
)];
