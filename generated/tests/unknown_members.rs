//! Responses shaped like those of real Enterprise Manager 12 and 13 servers, with members the
//! pages do not list: every one decodes through the generated types, keeps every leaf value, and
//! encodes back to the same values (JSON and XML); the unknown members are offered to the caller
//! and reported through `tracing`.
//!
//! The documents are written for this test from the shapes the concept pages describe
//! (`resource_representations.md`, `representation_collections.md`); none is copied from a page.

use std::io::Write;
use std::sync::{Arc, Mutex};

use serde_json::Value;
use veeam_em::api::types::{BackupJobSession, EntityReferences, VmRestorePoint};
use veeam_em::runtime::unknown::unknown_members_of;
use veeam_em::runtime::xml::{self, Element};
use veeam_em::runtime::{decode, json, Format};

/// A failed job session as Enterprise Manager 12 answers it in JSON: `FailureMessage` is on no
/// page.
const SESSION_V12: &str = r#"{
  "Type": "BackupJobSession",
  "Href": "https://em.example:9398/api/backupSessions/4d1f0c36-1c55-4c0e-9d7c-3c2b8e6f1a10",
  "Name": "Job-01@2026-11-02 10:00:01",
  "UID": "urn:veeam:BackupJobSession:4d1f0c36-1c55-4c0e-9d7c-3c2b8e6f1a10",
  "Links": [
    {"Rel": "Up", "Type": "BackupServerReference", "Href": "https://em.example:9398/api/backupServers/1", "Name": "vbr01"}
  ],
  "JobName": "Job-01",
  "State": "Stopped",
  "Result": "Failed",
  "Progress": 100,
  "IsRetry": false,
  "FailureMessage": "Error: disk is full"
}"#;

/// The same session as Enterprise Manager 13 answers it: camelCase keys, a `null` list, an
/// unknown object member.
const SESSION_V13: &str = r#"{
  "type": "BackupJobSession",
  "name": "Job-01@2026-11-02 10:00:01",
  "uid": "urn:veeam:BackupJobSession:4d1f0c36-1c55-4c0e-9d7c-3c2b8e6f1a10",
  "links": null,
  "jobName": "Job-01",
  "result": "Failed",
  "failureMessage": "Error: disk is full",
  "statistics": {"processedObjects": 3, "warnings": ["slow target"]}
}"#;

/// A VM restore point with an attribute and two elements no page names, one between documented
/// elements and one inside a link.
const POINT_XML: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<VmRestorePoint xmlns="http://www.veeam.com/ent/v1.0" Href="https://em.example:9398/api/vmRestorePoints/5a" Type="VmRestorePoint" Name="vm01@2026-11-02" UID="urn:veeam:VmRestorePoint:5a" VmDisplayName="vm01 (prod)">
  <Links>
    <Link Href="https://em.example:9398/api/restorePoints/dc" Name="Nov  2 2026" Type="RestorePointReference" Rel="Up"><Hint>parent</Hint></Link>
  </Links>
  <CreationTimeUTC>2026-11-02T10:00:01Z</CreationTimeUTC>
  <VmName>vm01</VmName>
  <VmName>second copy of a single element</VmName>
  <ReplicaState Since="2026-11-01">Ready</ReplicaState>
  <Algorithm>Increment</Algorithm>
  <PointType>Incremental</PointType>
  <HierarchyObjRef>urn:VMware:Vm:7f7c1b3a-2d33-4f2e-a41e-1c3e7f0e9a11.vm-17</HierarchyObjRef>
</VmRestorePoint>"#;

/// A reference list with an empty list member and an unknown trailing element.
const REFS_XML: &str = r#"<EntityReferences xmlns="http://www.veeam.com/ent/v1.0"><Ref Href="https://em.example:9398/api/jobs/1" Type="JobReference" Name="Job-01" UID="urn:veeam:Job:1"><Links/></Ref><Total>1</Total></EntityReferences>"#;

/// The element tree with whitespace-only text cleared (indentation is not a value) and
/// attributes sorted (their order is not either).
fn normalized(mut el: Element) -> Element {
    if el.text.trim().is_empty() {
        el.text.clear();
    }
    el.attrs.sort();
    el.children = el.children.into_iter().map(normalized).collect();
    el
}

fn xml_round_trip<T: xml::FromXml + xml::ToXml>(root: &str, document: &str) -> (T, Element) {
    let value: T = xml::from_document(document.as_bytes()).expect("decodes");
    let again = xml::to_document(root, &value);
    let back = normalized(xml::parse(again.as_bytes()).expect("re-encoded XML parses"));
    (value, back)
}

/// The JSON value with keys lower-cased and `null` members dropped: a v13 camelCase document and
/// its round trip through the PascalCase encoder are equal so.
fn folded(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.to_ascii_lowercase(), folded(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(folded).collect()),
        other => other,
    }
}

#[test]
fn a_v12_json_member_no_page_names_is_kept_and_written_back() {
    let session: BackupJobSession = json::from_slice(SESSION_V12.as_bytes()).unwrap();
    assert_eq!(
        session.unknown.json.get("FailureMessage"),
        Some(&Value::String("Error: disk is full".into()))
    );
    assert_eq!(unknown_members_of(&session), ["FailureMessage"]);
    let again: Value = serde_json::from_slice(&json::to_vec(&session)).unwrap();
    let original: Value = serde_json::from_str(SESSION_V12).unwrap();
    assert_eq!(again, original);
}

#[test]
fn a_v13_camel_case_document_keeps_every_leaf() {
    let session: BackupJobSession = json::from_slice(SESSION_V13.as_bytes()).unwrap();
    assert_eq!(session.job_name.as_deref(), Some("Job-01"));
    assert_eq!(session.links, None, "a null list is absent");
    let mut names = unknown_members_of(&session);
    names.sort();
    assert_eq!(names, ["failureMessage", "statistics"]);
    let again: Value = serde_json::from_slice(&json::to_vec(&session)).unwrap();
    let original: Value = serde_json::from_str(SESSION_V13).unwrap();
    // Documented keys come back in PascalCase, unknown ones as sent; compare case-folded.
    assert_eq!(folded(again), folded(original));
}

#[test]
fn unknown_xml_attributes_and_elements_go_back_in_place() {
    let original = normalized(xml::parse(POINT_XML.as_bytes()).unwrap());
    let (point, back) = xml_round_trip::<VmRestorePoint>("VmRestorePoint", POINT_XML);
    assert_eq!(point.vm_name.as_deref(), Some("vm01"));
    assert_eq!(
        unknown_members_of(&point),
        [
            "@VmDisplayName",
            "<VmName>",
            "<ReplicaState>",
            "Links[1].<Hint>"
        ]
    );
    // Same elements in the same order, same attributes and texts.
    let order = |e: &Element| {
        e.children
            .iter()
            .map(|c| c.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(order(&back), order(&original));
    assert_eq!(back, original);
}

#[test]
fn empty_lists_and_trailing_unknown_elements_survive() {
    let original = normalized(xml::parse(REFS_XML.as_bytes()).unwrap());
    let (refs, back) = xml_round_trip::<EntityReferences>("EntityReferences", REFS_XML);
    assert_eq!(unknown_members_of(&refs), ["<Total>"]);
    assert_eq!(back, original);
}

#[test]
fn a_value_of_the_wrong_type_is_an_error_naming_its_path() {
    let bad = r#"{"JobName": "Job-01", "Progress": "about half"}"#;
    let e = json::from_slice::<BackupJobSession>(bad.as_bytes()).unwrap_err();
    assert!(e.to_string().contains("about half"), "{e}");
    let bad = r#"<BackupJobSession><Links><Link Rel="Up" Href="x"/><Link Rel="maybe"/></Links><Progress>half</Progress></BackupJobSession>"#;
    let e = xml::from_document::<BackupJobSession>(bad.as_bytes()).unwrap_err();
    assert!(e.to_string().contains("Progress"), "{e}");
}

#[test]
fn unknown_members_print_by_name_only() {
    let doc = r#"{"JobName": "Job-01", "AdminPassword": "hunter2"}"#;
    let session: BackupJobSession = json::from_slice(doc.as_bytes()).unwrap();
    let debug = format!("{session:?}");
    assert!(debug.contains("AdminPassword"), "{debug}");
    assert!(!debug.contains("hunter2"), "{debug}");
}

/// A `tracing` writer into a shared buffer.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn decode_reports_unknown_members_through_tracing() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    // With one registered dispatcher, tracing-core lets a callsite that another test's thread
    // registers first take that thread's interest (none); a second dispatcher prevents it.
    let _second = tracing::Dispatch::new(tracing::subscriber::NoSubscriber::default());
    tracing::subscriber::with_default(subscriber, || {
        let _: BackupJobSession = decode(
            "GET /backupSessions/{ID}",
            Format::Json,
            SESSION_V12.as_bytes(),
        )
        .unwrap();
        let _: VmRestorePoint = decode(
            "GET /vmRestorePoints/{ID}",
            Format::Xml,
            POINT_XML.as_bytes(),
        )
        .unwrap();
        let _: BackupJobSession = decode(
            "GET /backupSessions/{ID}",
            Format::Json,
            br#"{"JobName": "documented only"}"#,
        )
        .unwrap();
    });
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(
        lines.len(),
        2,
        "one event per response with unknown members:\n{log}"
    );
    assert!(lines[0].contains("GET /backupSessions/{ID}") && lines[0].contains("FailureMessage"));
    assert!(lines[1].contains("@VmDisplayName") && lines[1].contains("Links[1].<Hint>"));
    assert!(
        !log.contains("disk is full"),
        "values are never logged:\n{log}"
    );
}

#[test]
fn list_members_go_back_in_the_json_shape_they_came_in() {
    for doc in [
        r#"{"JobName":"Job-01","Links":{"Rel":"Up","Href":"https://em.example:9398/api/jobs/1"}}"#,
        r#"{"JobName":"Job-01","Links":{"Link":[{"Rel":"Up"},{"Rel":"Alternate"}]}}"#,
        r#"{"JobName":"Job-01","Links":[{"Rel":"Up"}]}"#,
        r#"{"JobName":"Job-01","Links":[]}"#,
    ] {
        let session: BackupJobSession = json::from_slice(doc.as_bytes()).unwrap();
        assert!(session.links.is_some(), "{doc}");
        let again: Value = serde_json::from_slice(&json::to_vec(&session)).unwrap();
        let original: Value = serde_json::from_str(doc).unwrap();
        assert_eq!(again, original);
    }
}
