//! Decode throughput of the generated types against the parsers underneath them: typed JSON vs
//! `serde_json::Value`, typed XML vs a bare loop over quick-xml's events, on the same ~20 MB of
//! backup job sessions built here (never copied from the reference pages). Typed XML is also
//! measured against that loop reading names, attribute values and text, and the same keeping
//! every value as an owned `String` (the least a decoder returning owned values does); against
//! untyped trees by others: roxmltree's document (borrowed) and xmltree's `Element` (owned, as
//! `Value` is); through our own tree alone (what the streaming path falls back to); and on
//! sessions that each carry an element no page names (each falls back).
//!
//! Run through `cargo xtask bench-decode` (a release build of this example); or directly:
//! `cargo run --release -p veeam-em --example bench_decode -- [MEGABYTES] [ITERATIONS]`.

use std::borrow::Cow;
use std::hint::black_box;
use std::time::{Duration, Instant};

use quick_xml::events::Event;
use serde_json::{json, Map, Value};
use veeam_em::api::types::BackupJobSessions;
use veeam_em::runtime::{json as vjson, xml};

const JOB_TYPES: [&str; 4] = ["Backup", "BackupCopy", "AgentBackup", "NasBackup"];
const RESULTS: [&str; 3] = ["Success", "Warning", "Failed"];
const STATES: [&str; 3] = ["Stopped", "Working", "Starting"];

/// One session the way Enterprise Manager 12 writes it (PascalCase, lenient scalars included:
/// a number as text, a boolean spelt `"True"`), varied by `i`.
fn session(i: usize) -> Value {
    let id = format!(
        "{:08x}-81ff-439c-{:04x}-188d97274c15",
        i * 2_654_435_761 % 0xffff_ffff,
        i % 0xffff
    );
    let job = format!("dce85686-59c8-42c4-{:04x}-f1c00a5b8067", i % 97);
    let href = format!("https://em.example.com:9398/api/backupSessions/{id}");
    let day = 1 + i % 28;
    let (h, m, s) = (i % 24, i % 60, (i * 7) % 60);
    json!({
        "Type": "BackupJobSession",
        "Href": href,
        "Name": format!("Job {}@2025-08-{day:02} {h:02}:{m:02}:{s:02}", i % 97),
        "UID": format!("urn:veeam:BackupJobSession:{id}"),
        "Links": [
            {"Rel": "Up", "Type": "BackupServerReference", "Name": "backup01.example.com",
             "Href": "https://em.example.com:9398/api/backupServers/0b2e2bbe-6d1f-4c53-9bce-1f1f6d3b2a11"},
            {"Rel": "Up", "Type": "JobReference", "Name": format!("Job {}", i % 97),
             "Href": format!("https://em.example.com:9398/api/jobs/{job}")},
            {"Rel": "Alternate", "Type": "BackupJobSession", "Name": "",
             "Href": format!("{href}?format=Entity")},
            {"Rel": "Down", "Type": "BackupTaskSessionReferenceList",
             "Href": format!("{href}/taskSessions")},
        ],
        "JobUid": format!("urn:veeam:Job:{job}"),
        "JobName": format!("Job {}", i % 97),
        "JobType": JOB_TYPES[i % JOB_TYPES.len()],
        "CreationTimeUTC": format!("2025-08-{day:02}T{h:02}:{m:02}:{s:02}.389954Z"),
        "EndTimeUTC": format!("2025-08-{day:02}T{h:02}:{m:02}:{:02}Z", (s + 1) % 60),
        "State": STATES[i % STATES.len()],
        "Result": RESULTS[i % RESULTS.len()],
        "Progress": if i % 5 == 0 { json!((i % 101).to_string()) } else { json!(i % 101) },
        "IsRetry": if i % 3 == 0 { json!("True") } else { json!(false) },
    })
}

/// The same document with v13's camelCase keys.
fn camel(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    let mut chars = k.chars();
                    let key = match chars.next() {
                        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
                        None => k,
                    };
                    (key, camel(v))
                })
                .collect::<Map<_, _>>(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(camel).collect()),
        other => other,
    }
}

/// Best of `iterations` runs of `f` over `bytes`, in MB/s.
fn throughput(bytes: usize, iterations: u32, mut f: impl FnMut()) -> f64 {
    let mut best = Duration::MAX;
    for _ in 0..iterations {
        let start = Instant::now();
        f();
        best = best.min(start.elapsed());
    }
    bytes as f64 / 1e6 / best.as_secs_f64()
}

fn raw_xml_events(bytes: &[u8]) -> usize {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    reader.config_mut().trim_text(false);
    let mut events = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => return events,
            Ok(e) => {
                black_box(&e);
                events += 1;
            }
            Err(e) => panic!("the benchmark's own XML does not parse: {e}"),
        }
    }
}

/// Walks the events reading their content as a decoder must: each element's local name to
/// `name`, each attribute value and text unescaped to `value` (`true` for text).
fn xml_content(
    bytes: &[u8],
    mut name: impl FnMut(&[u8]),
    mut value: impl FnMut(Cow<'_, str>, bool),
) {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    reader.config_mut().trim_text(false);
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => return,
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                name(e.local_name().as_ref());
                for a in e.attributes() {
                    let a = a.expect("the benchmark's own XML has good attributes");
                    let v = a
                        .decode_and_unescape_value(reader.decoder())
                        .expect("and good values");
                    value(v, false);
                }
            }
            Ok(Event::Text(t)) => value(t.xml10_content().expect("and good text"), true),
            Ok(e) => {
                black_box(&e);
            }
            Err(e) => panic!("the benchmark's own XML does not parse: {e}"),
        }
    }
}

/// The events with their content read as a decoder must: attribute values and text unescaped.
fn raw_xml_content(bytes: &[u8]) -> usize {
    let chars = std::cell::Cell::new(0usize);
    xml_content(
        bytes,
        |name| chars.set(chars.get() + name.len()),
        |value, _| chars.set(chars.get() + value.len()),
    );
    chars.get()
}

/// The content loop keeping every attribute value and text as an owned `String` until the end
/// of the document, as a decoded value keeps its strings: the least a decoder that returns owned
/// values does (no structure, no names matched, nothing checked).
fn raw_xml_owned(bytes: &[u8]) -> Vec<String> {
    let mut values = Vec::new();
    xml_content(
        bytes,
        |name| {
            black_box(name);
        },
        |value, text| {
            if !(text && value.trim().is_empty()) {
                values.push(value.into_owned());
            }
        },
    );
    values
}

/// An untyped tree by others: roxmltree's document (borrowed strings, attributes and text
/// unescaped), walked once so nothing is left unread.
fn roxmltree_nodes(bytes: &[u8]) -> usize {
    let text = std::str::from_utf8(bytes).expect("the benchmark's own XML is UTF-8");
    let doc = roxmltree::Document::parse(text).expect("the benchmark's own XML parses");
    doc.descendants().count()
}

/// An owned untyped tree by others: xmltree's `Element` (built on xml-rs), names, attributes
/// and text as `String`s, as `serde_json::Value` holds JSON.
fn xmltree_element(bytes: &[u8]) -> xmltree::Element {
    xmltree::Element::parse(bytes).expect("the benchmark's own XML parses")
}

fn main() {
    let mut args = std::env::args().skip(1);
    let megabytes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let iterations: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);

    // Build sessions until the PascalCase JSON reaches the size asked for.
    let mut sessions = Vec::new();
    let mut size = 0;
    while size < megabytes * 1_000_000 {
        let s = session(sessions.len());
        size += serde_json::to_vec(&s).map(|v| v.len()).unwrap_or(0) + 1;
        sessions.push(s);
    }
    let pascal = json!({ "BackupJobSessions": sessions });
    let json_bytes = serde_json::to_vec(&pascal).expect("a Value always serializes");
    let camel_bytes = serde_json::to_vec(&camel(pascal)).expect("a Value always serializes");
    let typed: BackupJobSessions =
        vjson::from_slice(&json_bytes).expect("the benchmark's own JSON decodes");
    let xml_bytes = xml::to_document("BackupJobSessions", &typed).into_bytes();

    // The typed decodes must be right before they are timed.
    let again: BackupJobSessions = xml::from_document(&xml_bytes).expect("its own XML decodes");
    assert_eq!(again, typed, "XML decode differs from the JSON decode");
    let again: BackupJobSessions = vjson::from_slice(&camel_bytes).expect("camelCase decodes");
    assert_eq!(again, typed, "camelCase JSON decode differs");
    assert!(veeam_em::runtime::unknown::unknown_members_of(&typed).is_empty());

    println!(
        "{} backup job sessions; JSON {:.1} MB, camelCase JSON {:.1} MB, XML {:.1} MB; best of {iterations}",
        sessions.len(),
        json_bytes.len() as f64 / 1e6,
        camel_bytes.len() as f64 / 1e6,
        xml_bytes.len() as f64 / 1e6,
    );
    let value = throughput(json_bytes.len(), iterations, || {
        black_box(serde_json::from_slice::<Value>(&json_bytes).expect("parses"));
    });
    let typed_json = throughput(json_bytes.len(), iterations, || {
        black_box(vjson::from_slice::<BackupJobSessions>(&json_bytes).expect("decodes"));
    });
    // What a call does with the body: the same decode, then the checks of a response (the
    // error-body check, the unknown-member report).
    let response_json = throughput(json_bytes.len(), iterations, || {
        black_box(
            veeam_em::runtime::decode::<BackupJobSessions>(
                "GET /backupSessions",
                veeam_em::Format::Json,
                &json_bytes,
            )
            .expect("decodes"),
        );
    });
    let value_camel = throughput(camel_bytes.len(), iterations, || {
        black_box(serde_json::from_slice::<Value>(&camel_bytes).expect("parses"));
    });
    let typed_camel = throughput(camel_bytes.len(), iterations, || {
        black_box(vjson::from_slice::<BackupJobSessions>(&camel_bytes).expect("decodes"));
    });
    let raw_xml = throughput(xml_bytes.len(), iterations, || {
        black_box(raw_xml_events(&xml_bytes));
    });
    let raw_content = throughput(xml_bytes.len(), iterations, || {
        black_box(raw_xml_content(&xml_bytes));
    });
    let raw_owned = throughput(xml_bytes.len(), iterations, || {
        black_box(raw_xml_owned(&xml_bytes));
    });
    let rox = throughput(xml_bytes.len(), iterations, || {
        black_box(roxmltree_nodes(&xml_bytes));
    });
    let owned_tree = throughput(xml_bytes.len(), iterations, || {
        black_box(xmltree_element(&xml_bytes));
    });
    let typed_xml = throughput(xml_bytes.len(), iterations, || {
        black_box(xml::from_document::<BackupJobSessions>(&xml_bytes).expect("decodes"));
    });
    let tree_xml = throughput(xml_bytes.len(), iterations, || {
        black_box(xml::from_tree::<BackupJobSessions>(&xml_bytes).expect("decodes"));
    });
    // Every session with one element no page names (as a newer server may send): each session
    // is read through the tree, its list still streams.
    let unknown_bytes = String::from_utf8_lossy(&xml_bytes)
        .replace("</BackupJobSession>", "<Extra>x</Extra></BackupJobSession>")
        .into_bytes();
    let with_unknown: BackupJobSessions =
        xml::from_document(&unknown_bytes).expect("its own XML decodes");
    assert_eq!(
        veeam_em::runtime::unknown::unknown_members_of(&with_unknown).len(),
        sessions.len()
    );
    let unknown_xml = throughput(unknown_bytes.len(), iterations, || {
        black_box(xml::from_document::<BackupJobSessions>(&unknown_bytes).expect("decodes"));
    });

    println!("{:<40} {:>9} {:>9}", "", "MB/s", "ratio");
    let row = |name: &str, mbs: f64, base: f64| {
        println!("{name:<40} {mbs:>9.1} {:>8.2}x", mbs / base);
    };
    row("serde_json::Value (PascalCase)", value, value);
    row("typed JSON (PascalCase)", typed_json, value);
    row("  … as a response (runtime::decode)", response_json, value);
    row("serde_json::Value (camelCase)", value_camel, value_camel);
    row("typed JSON (camelCase)", typed_camel, value_camel);
    row("quick-xml read_event loop", raw_xml, raw_xml);
    row(
        "quick-xml events + names, attrs, text",
        raw_content,
        raw_xml,
    );
    row("  … keeping each value as a String", raw_owned, raw_xml);
    row("roxmltree::Document (untyped tree)", rox, raw_xml);
    row("xmltree::Element (untyped, owned)", owned_tree, raw_xml);
    row("typed XML", typed_xml, raw_xml);
    row("typed XML through the tree alone", tree_xml, raw_xml);
    row(
        "typed XML, an unknown element per session",
        unknown_xml,
        raw_xml,
    );
    println!(
        "goals: typed JSON >= 1.50x Value: {:.2}x / {:.2}x (camelCase); typed XML >= 0.50x quick-xml: {:.2}x (vs the bare event loop), {:.2}x (vs events with their content read), {:.2}x (vs that loop keeping each value as a String, itself {:.2}x the bare loop)",
        typed_json / value,
        typed_camel / value_camel,
        typed_xml / raw_xml,
        typed_xml / raw_content,
        typed_xml / raw_owned,
        raw_owned / raw_xml
    );
    println!(
        "typed XML vs untyped trees: {:.2}x roxmltree (borrowed), {:.2}x xmltree (owned, as Value is)",
        typed_xml / rox,
        typed_xml / owned_tree
    );
}
