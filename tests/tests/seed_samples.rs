//! The seed pages' XML samples decoded into the committed crate's generated types
//! (`veeam_em::api::types`), encoded again and decoded back; the same value through JSON,
//! camelCase keys and `null`s. The sample text is taken from the model, not copied here.

use serde_json::Value;
use veeam_em::api::types::{EntityReferences, Link, Ref, VmRestorePoint};
use veeam_em::runtime::xml::{self, Element};
use veeam_em::runtime::{json, Url};
use veeam_em_codegen::build_model;
use veeam_em_codegen::extract::sample::{Completeness, Sample};
use veeam_em_codegen::model::Model;
use veeam_em_tests::{corpus_dir, corpus_page, seed};

const SEED_001: &str = "vmrestorepoints_id.older-layout.md";
const SEED_003: &str = "get_backups_id_restorepoints.cell-text.txt";
const RESOURCE: &str = "/vmRestorePoints/{ID}";

/// The sample of `resource`'s representation in `form` (`entity` or `reference`).
fn representation(model: &Model, resource: &str, form: &str) -> Sample {
    let r = model
        .resources
        .get(resource)
        .unwrap_or_else(|| panic!("no resource {resource}; have {:?}", model.resources.keys()));
    let found: Vec<&Sample> = r
        .representations
        .iter()
        .filter(|rep| rep.form == form)
        .map(|rep| &rep.sample)
        .collect();
    assert_eq!(found.len(), 1, "one {form} representation of {resource}");
    found[0].clone()
}

/// Seed 001's entity representation: `<VmRestorePoint …>`, complete.
fn vm_restore_point_sample() -> Sample {
    let sample = representation(&build_model(&[seed(SEED_001)]), RESOURCE, "entity");
    assert_eq!(sample.completeness, Completeness::Complete);
    assert_eq!(sample.root.as_deref(), Some("VmRestorePoint"));
    sample
}

fn vm_restore_point() -> VmRestorePoint {
    let body = vm_restore_point_sample().body;
    xml::from_document(body.as_bytes()).expect("seed 001's VmRestorePoint decodes")
}

/// An element with attributes sorted and blank text dropped, all the way down: what must survive
/// a decode and encode (attribute order is free, the generated writer follows field order). The
/// docs' `...` (an elided list) is not content either.
fn normalized(mut el: Element) -> Element {
    el.attrs.sort();
    if matches!(el.text.trim(), "" | "..." | "…") {
        el.text.clear();
    }
    el.children = el.children.into_iter().map(normalized).collect();
    el
}

/// Encodes `value` under `root`, checks it decodes to the same value and carries every
/// attribute, element and text of `original`; returns the encoded document.
fn round_trip<T>(root: &str, value: &T, original: &str) -> String
where
    T: xml::FromXml + xml::ToXml + PartialEq + std::fmt::Debug,
{
    let encoded = xml::to_document(root, value);
    let again: T = xml::from_document(encoded.as_bytes())
        .unwrap_or_else(|e| panic!("the re-encoded {root} decodes: {e}\n{encoded}"));
    assert_eq!(&again, value, "{root} survives encode and decode");
    let want = normalized(xml::parse(original.as_bytes()).expect("the sample parses"));
    let got = normalized(xml::parse(encoded.as_bytes()).expect("the encoding parses"));
    assert_eq!(got, want, "the encoding carries the whole sample");
    encoded
}

#[test]
fn seed_001_vm_restore_point_decodes() {
    let sample = vm_restore_point_sample();
    let value = vm_restore_point();

    assert_eq!(value.r#type.as_deref(), Some("VmRestorePoint"));
    assert_eq!(value.name.as_deref(), Some("oracle03@2016-10-06 13:59:50"));
    assert_eq!(
        value.uid.as_ref().and_then(|u| u.kind()),
        Some("VmRestorePoint")
    );
    assert_eq!(
        value.creation_time_utc.as_ref().map(|t| t.0.as_str()),
        Some("2016-10-06T13:59:50.783Z")
    );
    let rels: Vec<&str> = value
        .links
        .iter()
        .flatten()
        .filter_map(|l| l.rel.as_deref())
        .collect();
    assert_eq!(
        rels,
        ["Restore", "Up", "Up", "Up", "Alternate", "Down", "Create"]
    );
    insta::assert_debug_snapshot!("vm_restore_point", value);

    let encoded = round_trip("VmRestorePoint", &value, &sample.body);
    insta::assert_snapshot!("vm_restore_point_xml", encoded);
}

/// The reference representation of `/vmRestorePoints/{ID}` is cut short in seed 001: only the
/// `<EntityRef …>` start tag survives. The committed crate has no `EntityRef` type; `Ref` (the
/// items of `<EntityReferences>`) has the same attributes and links, so the sample is read as one.
#[test]
fn seed_001_entity_ref_decodes_as_ref() {
    let sample = representation(&build_model(&[seed(SEED_001)]), RESOURCE, "reference");
    assert_eq!(sample.completeness, Completeness::Truncated);
    assert_eq!(sample.root.as_deref(), Some("EntityRef"));
    assert!(sample.body.starts_with("<EntityRef ") && sample.body.ends_with('>'));
    assert!(
        !sample.body.contains("</EntityRef>") && !sample.body.ends_with("/>"),
        "still cut short; if a whole sample arrives, drop the closing below"
    );
    // No committed type is named EntityRef.
    let types = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated/src/gen/types");
    for entry in std::fs::read_dir(&types).expect("the committed types") {
        let path = entry.expect("a types file").path();
        let text = std::fs::read_to_string(&path).expect("a types file reads");
        assert!(
            !text.contains("pub struct EntityRef "),
            "{} has EntityRef",
            path.display()
        );
    }

    // Closed here by hand: the start tag is all the page has (and all the corpus page has, below).
    let closed = format!("{}</EntityRef>", sample.body);
    let value: Ref = xml::from_document(closed.as_bytes()).expect("the closed EntityRef decodes");
    assert_eq!(value.r#type.as_deref(), Some("VmRestorePointReference"));
    assert_eq!(
        value.href,
        Some(Url(
            "https://localhost:9398/api/vmRestorePoints/5acac742-ee17-4080-8e89-a6ea67adfcf3"
                .into()
        ))
    );
    insta::assert_debug_snapshot!("entity_ref_as_ref", value);

    let encoded = round_trip("EntityRef", &value, &closed);
    insta::assert_snapshot!("entity_ref_as_ref_xml", encoded);
}

/// The corpus page of seed 001 cuts the reference representation short too, so there is no
/// whole `<EntityRef>` to take instead.
#[test]
fn corpus_entity_ref_is_cut_short_too() {
    let Some(dir) = corpus_dir() else { return };
    let model = build_model(&[corpus_page(&dir, "vmrestorepoints_id.md")]);
    let sample = representation(&model, RESOURCE, "reference");
    assert_eq!(sample.completeness, Completeness::Truncated);
    let seed_sample = representation(&build_model(&[seed(SEED_001)]), RESOURCE, "reference");
    assert_eq!(sample.body, seed_sample.body);
}

/// Seed 003's example response: `<EntityReferences>` with one `<Ref>` and `...` where the docs
/// left the others out.
#[test]
fn seed_003_entity_references_decode() {
    let model = build_model(&[seed(SEED_003)]);
    assert_eq!(model.operations.len(), 1);
    let op = &model.operations[0];
    assert_eq!(op.key(), "GET /backups/{ID}/restorePoints");
    let samples: Vec<&Sample> = op
        .examples
        .iter()
        .filter_map(|e| e.response_body.as_ref())
        .collect();
    assert_eq!(samples.len(), 1);
    let sample = samples[0];
    assert_eq!(sample.root.as_deref(), Some("EntityReferences"));
    assert_eq!(sample.completeness, Completeness::Elided);

    let value: EntityReferences =
        xml::from_document(sample.body.as_bytes()).expect("seed 003's EntityReferences decodes");
    assert_eq!(value.refs.len(), 1);
    let r = &value.refs[0];
    assert_eq!(r.name.as_deref(), Some("Jan 17 2019  5:21PM"));
    assert_eq!(r.r#type.as_deref(), Some("RestorePointReference"));
    let links: &[Link] = r.links.as_deref().unwrap_or_default();
    assert_eq!(
        links
            .iter()
            .filter_map(|l| l.rel.as_deref())
            .collect::<Vec<_>>(),
        ["Up", "Up", "Alternate", "Down", "Related"]
    );
    insta::assert_debug_snapshot!("entity_references", value);

    let encoded = round_trip("EntityReferences", &value, &sample.body);
    insta::assert_snapshot!("entity_references_xml", encoded);
}

/// Lower-cases the first letter of every object key, at any depth (`VmName` → `vmName`,
/// `UID` → `uID`): the camelCase spelling Enterprise Manager 13 writes.
fn camel_keys(v: &Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let mut chars = k.chars();
                    let key = match chars.next() {
                        Some(first) => format!("{}{}", first.to_ascii_lowercase(), chars.as_str()),
                        None => String::new(),
                    };
                    (key, camel_keys(v))
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(camel_keys).collect()),
        other => other.clone(),
    }
}

fn to_json_value(value: &VmRestorePoint) -> Value {
    serde_json::from_slice(&json::to_vec(value)).expect("to_vec writes JSON")
}

fn from_json_value(v: &Value) -> VmRestorePoint {
    json::from_slice(v.to_string().as_bytes())
        .unwrap_or_else(|e| panic!("decodes as JSON: {e}\n{v:#}"))
}

#[test]
fn seed_001_vm_restore_point_through_json() {
    let value = vm_restore_point();
    let bytes = json::to_vec(&value);
    assert!(!bytes.is_empty());
    let decoded: VmRestorePoint = json::from_slice(&bytes).expect("the JSON decodes");
    assert_eq!(decoded, value);
    let pretty = serde_json::to_string_pretty(&to_json_value(&value)).expect("prints");
    insta::assert_snapshot!("vm_restore_point_json", pretty);
}

#[test]
fn seed_001_vm_restore_point_from_camel_case_json() {
    let value = vm_restore_point();
    let pascal = to_json_value(&value);
    let camel = camel_keys(&pascal);
    // The keys did change: `UID` → `uID`, `CreationTimeUTC` → `creationTimeUTC`, `Rel` → `rel`.
    let text = camel.to_string();
    for key in ["\"uID\"", "\"creationTimeUTC\"", "\"links\"", "\"rel\""] {
        assert!(text.contains(key), "{key} in {text}");
    }
    assert!(!text.contains("\"UID\"") && !text.contains("\"Rel\""));
    assert_eq!(from_json_value(&camel), value);
}

/// The first link of a `"Links"` value, an array or a wrapper object around one.
fn first_link(links: &mut Value) -> &mut serde_json::Map<String, Value> {
    let list = if links.is_object() {
        let wrapper = links.as_object_mut().expect("an object");
        assert_eq!(wrapper.len(), 1, "a wrapper has one entry");
        wrapper.values_mut().next().expect("one entry")
    } else {
        links
    };
    list.get_mut(0)
        .and_then(Value::as_object_mut)
        .expect("a first link object")
}

#[test]
fn seed_001_vm_restore_point_json_nulls_are_absent() {
    let value = vm_restore_point();
    let mut v = to_json_value(&value);
    let obj = v.as_object_mut().expect("an object");
    // Keys the sample does not have, sent as null: nothing changes.
    assert!(!obj.contains_key("VmName"));
    obj.insert("VmName".into(), Value::Null);
    let first_link = first_link(obj.get_mut("Links").expect("Links"));
    assert!(!first_link.contains_key("Name") && !first_link.contains_key("Type"));
    first_link.insert("Name".into(), Value::Null);
    first_link.insert("Type".into(), Value::Null);
    assert_eq!(from_json_value(&v), value);

    // Keys the sample has, set to null: those fields are absent.
    let obj = v.as_object_mut().expect("an object");
    obj.insert("HierarchyObjRef".into(), Value::Null);
    obj.insert("CreationTimeUTC".into(), Value::Null);
    obj.insert("Algorithm".into(), Value::Null);
    obj.insert("Links".into(), Value::Null);
    let mut want = value.clone();
    want.hierarchy_obj_ref = None;
    want.creation_time_utc = None;
    want.algorithm = None;
    want.links = None;
    assert_ne!(want, value);
    assert_eq!(from_json_value(&v), want);
    // camelCase and null together.
    assert_eq!(from_json_value(&camel_keys(&v)), want);
}
