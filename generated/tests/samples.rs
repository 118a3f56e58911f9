//! Every complete XML sample and every JSON sample in the reference decodes into its generated
//! type and encodes back to an equivalent document: same elements, attributes and values; order
//! between different elements aside. A loss fails the test unless `samples-allow.txt` lists the
//! sample with a reason.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;
use veeam_em_codegen::extract::sample::{Completeness, Format, Sample};
use veeam_em_codegen::model::Model;
use veeam_em_codegen::reconcile::schema::{Schema, ValueType};
use veeam_em_codegen::reconcile::tree::{self, Node};
use veeam_em_codegen::{build_model, load, reconcile};

// Machine-written by `cargo xtask codegen` (one arm per generated type), compared byte for
// byte by `--check`: rustfmt must not reformat it.
#[rustfmt::skip]
#[path = "gen/samples.rs"]
mod samples_by_name;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn model() -> Option<Model> {
    let corpus = root().join("../shared/veeam-docs/em_rest");
    if !corpus.is_dir() {
        eprintln!("SKIPPED: the full reference is not at {}", corpus.display());
        return None;
    }
    // The 13.1 update beside the reference, when present: its newer pages replace theirs, as in
    // `cargo xtask codegen`, and their complete XML samples are checked too.
    let update = root().join("../shared/veeam-docs/em_rest-13.1-partial");
    let mut dirs = vec![root().join("docs-src"), corpus];
    if update.is_dir() {
        dirs.push(update);
    } else {
        eprintln!(
            "SKIPPED (in part): the 13.1 update is not at {}",
            update.display()
        );
    }
    let inputs = load(&dirs, &[]).expect("pages load");
    Some(build_model(&inputs))
}

/// One sample: where it is, its text, and the type the model gave it.
struct Case {
    id: String,
    body: String,
    ty: Option<String>,
}

fn whole(s: &Sample) -> bool {
    matches!(
        s.completeness,
        Completeness::Complete | Completeness::Elided
    )
}

/// Every distinct complete sample of `format`, with the type it belongs to where known.
fn cases(model: &Model, format: Format) -> Vec<Case> {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut out = Vec::new();
    let mut push = |id: String, s: &Sample, ty: Option<String>| {
        if s.format == format && whole(s) && seen.insert(s.body.clone()) {
            out.push(Case {
                id,
                body: s.body.clone(),
                ty,
            });
        }
    };
    let id = |src: &veeam_em_codegen::diag::Source, s: &Sample| {
        let file = src.file.rsplit('/').next().unwrap_or("").to_string();
        format!(
            "{file}:{} {}",
            src.line,
            s.root.as_deref().unwrap_or("json")
        )
    };
    for t in model.types.values() {
        for s in &t.samples {
            push(id(&s.source, &s.sample), &s.sample, Some(t.name.clone()));
        }
    }
    for op in &model.operations {
        let req_ty = op.request_body.as_ref().and_then(|b| b.type_name.clone());
        for s in op.request_body.iter().flat_map(|b| &b.samples) {
            push(id(&s.source, &s.sample), &s.sample, req_ty.clone());
        }
        for e in &op.examples {
            if let Some(s) = &e.request_body {
                push(id(&e.source, s), s, req_ty.clone());
            }
            if let Some(s) = &e.response_body {
                push(id(&e.source, s), s, None);
            }
        }
    }
    for r in model.resources.values() {
        for rep in &r.representations {
            push(id(&rep.source, &rep.sample), &rep.sample, None);
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

fn allow_list() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/samples-allow.txt"),
    )
    .unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            l.split_once('\t')
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        })
        .collect()
}

// ---- XML ----

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn write(node: &Node, out: &mut String) {
    out.push('<');
    out.push_str(&node.name);
    for (k, v) in &node.attrs {
        out.push_str(&format!(" {k}=\"{}\"", escape(v)));
    }
    out.push('>');
    out.push_str(&escape(&node.text));
    for c in &node.children {
        write(c, out);
    }
    out.push_str(&format!("</{}>", node.name));
}

/// Equal text; booleans compare as xs:boolean does (`True` is `true`).
fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a == b
        || (a.eq_ignore_ascii_case(b)
            && (a.eq_ignore_ascii_case("true") || a.eq_ignore_ascii_case("false")))
}

fn is_elision(text: &str) -> bool {
    matches!(text.trim(), "..." | "…")
}

/// Differences between the sample and what came back, as paths.
fn xml_diff(want: &Node, got: &Node, path: &str, out: &mut Vec<String>) {
    let here = format!("{path}/{}", want.name);
    if want.name != got.name {
        out.push(format!("{here}: came back as <{}>", got.name));
        return;
    }
    let got_attrs: BTreeMap<&str, &str> = got
        .attrs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    for (k, v) in &want.attrs {
        match got_attrs.get(k.as_str()) {
            None => out.push(format!("{here}@{k}: dropped")),
            Some(g) if !same_text(v, g) => out.push(format!("{here}@{k}: {v:?} became {g:?}")),
            _ => {}
        }
    }
    let (wt, gt) = (want.text.trim(), got.text.trim());
    if !same_text(wt, gt) && !is_elision(wt) {
        out.push(format!("{here}: text {wt:?} became {gt:?}"));
    }
    // Same-named children in order; different names in any order.
    let mut names: Vec<&str> = Vec::new();
    for c in want.children.iter().chain(&got.children) {
        if !names.contains(&c.name.as_str()) {
            names.push(&c.name);
        }
    }
    for name in names {
        let w: Vec<&Node> = want.children.iter().filter(|c| c.name == name).collect();
        let g: Vec<&Node> = got.children.iter().filter(|c| c.name == name).collect();
        if w.len() != g.len() {
            out.push(format!(
                "{here}/{name}: {} in the sample, {} after the round trip",
                w.len(),
                g.len()
            ));
        }
        for (a, b) in w.iter().zip(&g) {
            xml_diff(a, b, &here, out);
        }
    }
}

/// Round-trips one node as `ty`; the differences, or why it could not.
fn xml_round_trip(ty: &str, node: &Node) -> Vec<String> {
    let mut text = String::new();
    write(node, &mut text);
    let streamed = samples_by_name::xml_round_trip(ty, &node.name, text.as_bytes(), false);
    let tree = samples_by_name::xml_round_trip(ty, &node.name, text.as_bytes(), true);
    if streamed != tree {
        return vec![format!(
            "{ty}: the streaming decoder and the tree disagree: {streamed:?} / {tree:?}"
        )];
    }
    match streamed {
        None => vec![format!("no generated type {ty}")],
        Some(Err(e)) => vec![format!("decode as {ty}: {e}")],
        Some(Ok(back)) => match tree::parse(&back) {
            None => vec![format!("{ty} encoded XML that does not parse")],
            Some(got) => {
                let mut d = Vec::new();
                xml_diff(node, &got, "", &mut d);
                d
            }
        },
    }
}

fn xml_case(schema: &Schema, case: &Case) -> Vec<String> {
    let Some(node) = tree::parse(&case.body) else {
        return vec!["the sample does not parse".to_string()];
    };
    // The type the model attached it to, else the struct whose root element it is.
    let by_root = schema
        .structs
        .values()
        .find(|s| s.roots.contains(&node.name))
        .map(|s| s.name.clone());
    let Some(ty) = case
        .ty
        .clone()
        .filter(|t| schema.structs.contains_key(t))
        .or(by_root)
    else {
        return vec![format!("no generated type has the root <{}>", node.name)];
    };
    let def = &schema.structs[&ty];
    if def.roots.contains(&node.name) {
        return xml_round_trip(&ty, &node);
    }
    // A fragment showing one field of the type (`<CloudGateways>` of a pool): round-trip it
    // inside the type.
    if def.fields.iter().any(|f| f.xml.key() == node.name) {
        let parent = Node {
            name: def.roots.first().cloned().unwrap_or_else(|| ty.clone()),
            attrs: Vec::new(),
            children: vec![node],
            text: String::new(),
        };
        return xml_round_trip(&ty, &parent);
    }
    // A fragment showing the list around the type's items (`<ComputeResources>`).
    let first = node.children.first().map(|c| c.name.clone());
    if first.is_some()
        && node
            .children
            .iter()
            .all(|c| Some(&c.name) == first.as_ref())
        && node.attrs.is_empty()
    {
        return node
            .children
            .iter()
            .flat_map(|c| xml_round_trip(&ty, c))
            .collect();
    }
    xml_round_trip(&ty, &node)
}

// ---- JSON ----

fn same_scalar(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(s), Value::Number(n)) | (Value::Number(n), Value::String(s)) => {
            s.trim().parse::<f64>().ok() == n.as_f64()
        }
        (Value::String(s), Value::Bool(v)) | (Value::Bool(v), Value::String(s)) => s
            .trim()
            .eq_ignore_ascii_case(if *v { "true" } else { "false" }),
        _ => a == b,
    }
}

fn json_diff(want: &Value, got: &Value, path: &str, out: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => {
            for (k, v) in w {
                // A namespace declaration carried into JSON is not content (as in XML).
                if k == "xmlns" {
                    continue;
                }
                let found = g.iter().find(|(gk, _)| gk.eq_ignore_ascii_case(k));
                match found {
                    // Absent, null and an empty list say the same: nothing.
                    None if v.is_null() || v.as_array().is_some_and(Vec::is_empty) => {}
                    None => out.push(format!("{path}/{k}: dropped")),
                    Some((_, gv)) => json_diff(v, gv, &format!("{path}/{k}"), out),
                }
            }
        }
        (Value::Array(w), Value::Array(g)) => {
            if w.len() != g.len() {
                out.push(format!("{path}: {} items became {}", w.len(), g.len()));
            }
            for (i, (a, b)) in w.iter().zip(g).enumerate() {
                json_diff(a, b, &format!("{path}[{i}]"), out);
            }
        }
        (a, b) if same_scalar(a, b) => {}
        (a, b) => out.push(format!("{path}: {a} became {b}")),
    }
}

fn json_case(schema: &Schema, case: &Case) -> Vec<String> {
    let Ok(want) = serde_json::from_str::<Value>(&case.body) else {
        return vec!["the sample does not parse".to_string()];
    };
    let Some(ty) = case.ty.clone() else {
        return vec!["no request type".to_string()];
    };
    let first = want
        .as_object()
        .and_then(|o| o.keys().next().cloned())
        .unwrap_or_default();
    let Some(owner) = reconcile::json::owner_of(schema, &ty, &first) else {
        return vec![format!("no struct below {ty} has {first:?}")];
    };
    let Some(def) = schema.structs.get(&owner) else {
        return vec![format!("no struct {owner}")];
    };
    let obj = want.as_object().cloned().unwrap_or_default();
    let has = |k: &str| obj.keys().any(|o| o.eq_ignore_ascii_case(k));
    if owner == ty
        && def
            .fields
            .iter()
            .filter(|f| f.required)
            .all(|f| has(&f.json))
    {
        return json_round_trip(&owner, &want);
    }
    // A fragment (`"Resources": {...}`): each key round-trips as its field's own type, item by
    // item for lists; a scalar must at least have a field to land in.
    let mut diffs = Vec::new();
    for (key, value) in &obj {
        let Some(i) = reconcile::json::find_field(schema, &owner, key) else {
            diffs.push(format!("{owner} has no field {key:?}"));
            continue;
        };
        let field = &def.fields[i];
        let ValueType::Struct(item_ty) = &field.ty else {
            continue;
        };
        let items: Vec<&Value> = match value {
            Value::Array(items) => items.iter().collect(),
            Value::Object(o)
                if field.xml.is_list() && o.len() == 1 && o.values().all(Value::is_array) =>
            {
                o.values()
                    .flat_map(|v| v.as_array().into_iter().flatten())
                    .collect()
            }
            Value::Null => Vec::new(),
            other => vec![other],
        };
        for item in items {
            diffs.extend(json_round_trip(item_ty, item));
        }
    }
    diffs
}

fn json_round_trip(ty: &str, want: &Value) -> Vec<String> {
    let text = want.to_string();
    match samples_by_name::json_round_trip(ty, text.as_bytes()) {
        None => vec![format!("no generated type {ty}")],
        Some(Err(e)) => vec![format!("decode as {ty}: {e}")],
        Some(Ok(back)) => match serde_json::from_str::<Value>(&back) {
            Err(e) => vec![format!("{ty} encoded JSON that does not parse: {e}")],
            Ok(got) => {
                let mut d = Vec::new();
                json_diff(want, &got, "", &mut d);
                d
            }
        },
    }
}

fn run(format: Format, label: &str) {
    let Some(model) = model() else { return };
    let (schema, _) = reconcile::reconcile(&model);
    let allow = allow_list();
    let cases = cases(&model, format);
    let mut ok = 0;
    let mut unexpected = Vec::new();
    let mut failed: BTreeSet<String> = BTreeSet::new();
    for case in &cases {
        let diffs = match format {
            Format::Xml => xml_case(&schema, case),
            Format::Json => json_case(&schema, case),
        };
        if diffs.is_empty() {
            ok += 1;
            continue;
        }
        failed.insert(case.id.clone());
        // `SAMPLES_VERBOSE=1` shows what the allowed failures lose too.
        if std::env::var_os("SAMPLES_VERBOSE").is_some() {
            eprintln!("{}\n    {}", case.id, diffs.join("\n    "));
        }
        if !allow.contains_key(&case.id) {
            unexpected.push(format!("{}\n    {}", case.id, diffs.join("\n    ")));
        }
    }
    // Entries that no longer fail must leave the list: it only shrinks.
    let stale: Vec<&String> = allow
        .keys()
        .filter(|k| k.ends_with(" json") == (format == Format::Json))
        .filter(|k| !failed.contains(*k))
        .collect();
    eprintln!("{label} samples round-tripped: {ok} of {}", cases.len());
    assert!(
        stale.is_empty(),
        "allow-list entries that now round-trip; remove them: {stale:?}"
    );
    assert!(
        unexpected.is_empty(),
        "{} {label} sample(s) lose information (not in tests/samples-allow.txt):\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
}

#[test]
fn every_xml_sample_round_trips() {
    run(Format::Xml, "XML");
}

#[test]
fn every_json_sample_round_trips() {
    run(Format::Json, "JSON");
}
