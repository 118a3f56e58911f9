//! The fixture folders of `tests/feature/` (see its README), code side: every folder's
//! `expected.rs` compiled in a module of its own, and its example documents decoded into the
//! type the fixture is about, encoded again and compared with the document: `example.xml` as an
//! XML tree (attribute order and blank text aside), `example.json` as a JSON value. Decoding the
//! encoding gives the same value. Each test then asserts what its rule put in the value.
//!
//! `features.rs` checks that each `expected.rs` is what the emitter writes for the folder's
//! page; this file compiles it, so a change to the emitter that no longer compiles, or that
//! reads an example differently, fails here.

use std::fmt::Debug;

use serde_json::Value;
use veeam_em::runtime::unknown::unknown_members_of;
use veeam_em::runtime::xml::{self, Element, FromXml, ToXml};
use veeam_em::runtime::{json, Members};
use veeam_em_tests::{feature_dir, feature_folders};

/// What the generated code calls `crate::runtime`, as `generated/src/lib.rs` provides it.
mod runtime {
    pub use veeam_em::runtime::*;
}

/// Declares one module per fixture folder, holding its `expected.rs` as the generated crate
/// holds its types: the items in `types` (structs name each other by their bare names), and an
/// `enums` beside it (struct members name enums as `super::enums::X`). Also lists the folders,
/// to check that none is left out.
macro_rules! fixture_modules {
    ($($folder:ident),* $(,)?) => {
        $(
            #[allow(dead_code)]
            mod $folder {
                pub mod types {
                    include!(concat!("../feature/", stringify!($folder), "/expected.rs"));
                }
                #[allow(unused_imports)]
                pub use types as enums;
                #[allow(unused_imports)]
                pub use types::*;
            }
        )*

        /// The folders compiled here.
        const COMPILED: &[&str] = &[$(stringify!($folder)),*];
    };
}

fixture_modules!(
    element_carried_as_attribute,
    enums_sharing_values_merged,
    json_empty_object_is_empty,
    json_list_shapes,
    json_only_member,
    password_is_secret,
    possible_values_enum,
    sample_name_beats_table,
    true_false_is_bool,
    uid_and_time_by_name,
    unknown_members_kept,
    wrapped_list,
);

/// How a fixture file is named in messages: its path from the workspace root.
fn path_of(folder: &str, file: &str) -> String {
    format!("tests/feature/{folder}/{file}")
}

fn read(folder: &str, file: &str) -> Vec<u8> {
    let path = feature_dir().join(folder).join(file);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: cannot read: {e}", path_of(folder, file)))
}

/// The short name of `T` (`wrapped_list::types::Harbor` → `Harbor`).
fn short_type_name<T>() -> &'static str {
    let full = std::any::type_name::<T>();
    full.rsplit("::").next().unwrap_or(full)
}

/// What must survive a decode and encode: attributes in any order, blank text not at all.
fn normalized(mut el: Element) -> Element {
    el.attrs.sort();
    if el.text.trim().is_empty() {
        el.text.clear();
    }
    el.children = el.children.into_iter().map(normalized).collect();
    el
}

/// An element as indented lines, for a readable diff.
fn show(el: &Element, depth: usize, out: &mut String) {
    let pad = "  ".repeat(depth);
    out.push_str(&format!("{pad}<{}", el.name));
    for (k, v) in &el.attrs {
        out.push_str(&format!(" {k}={v:?}"));
    }
    out.push_str(">\n");
    if !el.text.is_empty() {
        out.push_str(&format!("{pad}  {:?}\n", el.text));
    }
    for c in &el.children {
        show(c, depth + 1, out);
    }
}

/// A unified diff of `want` (the fixture file `name`) and `got` (what the code made of it).
fn diff(want: &str, got: &str, name: &str, got_is: &str) -> String {
    similar::TextDiff::from_lines(want, got)
        .unified_diff()
        .context_radius(3)
        .header(name, got_is)
        .to_string()
}

const ROUND_TRIP: &str = "decoded and encoded again";

/// The members of `value` no page names, by path, against `unknown`.
fn assert_unknown<T: Members>(value: &T, unknown: &[&str], name: &str) {
    let found = unknown_members_of(value);
    assert_eq!(
        found,
        unknown,
        "{name}: the members expected.rs's {} does not name (kept as unknown)",
        short_type_name::<T>()
    );
}

/// Decodes the folder's `example.xml` as `T` (the streaming decoder and the tree alike), checks
/// that the encoding is the same tree and
/// decodes to the same value, and that the members no page names are `unknown`.
fn xml_round_trip<T>(folder: &str, unknown: &[&str]) -> T
where
    T: FromXml + ToXml + Members + PartialEq + Debug,
{
    let name = path_of(folder, "example.xml");
    let bytes = read(folder, "example.xml");
    let original = xml::parse(&bytes).unwrap_or_else(|e| panic!("{name} is not XML: {e}"));
    let value: T = xml::from_document(&bytes).unwrap_or_else(|e| {
        panic!(
            "{name} does not decode as expected.rs's {}: {e}",
            short_type_name::<T>()
        )
    });
    let tree: T = xml::from_tree(&bytes).expect("the tree path reads what the streaming one does");
    assert_eq!(
        value, tree,
        "{name}: the streaming decoder and the tree disagree"
    );
    assert_unknown(&value, unknown, &name);
    let encoded = xml::to_document(&original.name, &value);
    let want = normalized(original);
    let got = normalized(xml::parse(encoded.as_bytes()).expect("the encoding parses"));
    if got != want {
        let (mut a, mut b) = (String::new(), String::new());
        show(&want, 0, &mut a);
        show(&got, 0, &mut b);
        panic!(
            "{name}: the encoding is not the document (as trees):\n{}",
            diff(&a, &b, &name, ROUND_TRIP)
        );
    }
    let again: T = xml::from_document(encoded.as_bytes())
        .unwrap_or_else(|e| panic!("{name}: the encoding does not decode: {e}\n{encoded}"));
    assert_eq!(
        again, value,
        "{name}: decoding the encoding gives another value"
    );
    value
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// Encodes `value` as JSON, as a `serde_json::Value`.
fn to_json_value<T: serde::Serialize>(value: &T, name: &str) -> Value {
    serde_json::from_slice(&json::to_vec(value))
        .unwrap_or_else(|e| panic!("{name}: the JSON encoding does not parse: {e}"))
}

/// Decodes the folder's `example.json` as `T`, checks that the encoding is the same JSON value
/// and decodes to the same value, and that the members no page names are `unknown`.
fn json_round_trip<T>(folder: &str, unknown: &[&str]) -> T
where
    T: serde::de::DeserializeOwned + serde::Serialize + Members + PartialEq + Debug,
{
    let name = path_of(folder, "example.json");
    let bytes = read(folder, "example.json");
    let original: Value =
        serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{name} is not JSON: {e}"));
    let value: T = json::from_slice(&bytes).unwrap_or_else(|e| {
        panic!(
            "{name} does not decode as expected.rs's {}: {e}",
            short_type_name::<T>()
        )
    });
    assert_unknown(&value, unknown, &name);
    let got = to_json_value(&value, &name);
    if got != original {
        panic!(
            "{name}: the encoding is not the document (as JSON values):\n{}",
            diff(&pretty(&original), &pretty(&got), &name, ROUND_TRIP)
        );
    }
    let encoded = json::to_vec(&value);
    let again: T = json::from_slice(&encoded).unwrap_or_else(|e| {
        panic!(
            "{name}: the encoding does not decode: {e}\n{}",
            String::from_utf8_lossy(&encoded)
        )
    });
    assert_eq!(
        again, value,
        "{name}: decoding the encoding gives another value"
    );
    value
}

/// Both examples of a folder hold the same value, and that value read from XML (which carries
/// no JSON shapes) is written as `example.json`: the documented JSON names and list shapes.
fn xml_and_json_agree<T>(folder: &str) -> T
where
    T: FromXml
        + ToXml
        + serde::de::DeserializeOwned
        + serde::Serialize
        + Members
        + PartialEq
        + Debug,
{
    let from_xml: T = xml_round_trip(folder, &[]);
    let from_json: T = json_round_trip(folder, &[]);
    assert_eq!(
        from_xml,
        from_json,
        "{} and example.json decode to different values",
        path_of(folder, "example.xml")
    );
    let name = path_of(folder, "example.json");
    let want: Value = serde_json::from_slice(&read(folder, "example.json")).expect("parsed above");
    let got = to_json_value(&from_xml, &name);
    if got != want {
        panic!(
            "{name}: the value of example.xml is not written as this document (the documented \
             JSON names and list shapes):\n{}",
            diff(
                &pretty(&want),
                &pretty(&got),
                &name,
                "example.xml decoded and encoded as JSON"
            )
        );
    }
    from_xml
}

#[test]
fn every_fixture_folder_is_compiled_here() {
    assert_eq!(
        COMPILED,
        feature_folders(),
        "fixture_modules! must name every folder of tests/feature/, in name order"
    );
}

/// The sample's `CreationTimeUTC` is the wire name (the table's `CreationTime` is not), in XML
/// and JSON, typed by the table's `DateTime`.
#[test]
fn sample_name_beats_table() {
    use sample_name_beats_table::SnapshotMarker;
    let v: SnapshotMarker = xml_and_json_agree("sample_name_beats_table");
    assert_eq!(
        v.creation_time_utc,
        Some(runtime::DateTime("2031-07-08T09:10:11.123Z".into()))
    );
    assert_eq!(v.comment.as_deref(), Some("after the move"));
}

/// `Label` and `Channel` are attributes, as the sample has them, with the table's types.
#[test]
fn element_carried_as_attribute() {
    use element_carried_as_attribute::Beacon;
    let v: Beacon = xml_round_trip("element_carried_as_attribute", &[]);
    assert_eq!(v.label.as_deref(), Some("south mole"));
    assert_eq!(v.channel, Some(9));
    assert_eq!(v.note.as_deref(), Some("steady green"));
}

/// `<Links><Link/>…</Links>` and `<Moorings><Mooring/>…</Moorings>` are lists of their items;
/// JSON writes both as bare arrays (`Links` is the plural of `Link`).
#[test]
fn wrapped_list() {
    use wrapped_list::Harbor;
    let v: Harbor = xml_and_json_agree("wrapped_list");
    let rels: Vec<&str> = v
        .links
        .iter()
        .flatten()
        .filter_map(|l| l.rel.as_deref())
        .collect();
    assert_eq!(rels, ["Up", "Alternate", "Down"]);
    let moorings: Vec<&str> = v.moorings.iter().flatten().map(String::as_str).collect();
    assert_eq!(moorings, ["B1", "B2", "B3"]);
}

/// The JSON sample decides each list's JSON shape against the default: `Items` (whose wrapper
/// is the plural of its item, a bare array by default) is `{"Item": […]}`, `Seals` (of
/// `CrateSeal`, `{"CrateSeals": […]}` by default) a bare array.
#[test]
fn json_list_shapes() {
    use json_list_shapes::CratePackSpec;
    let v: CratePackSpec = xml_and_json_agree("json_list_shapes");
    assert_eq!(v.label, "tools");
    let codes: Vec<&str> = v
        .seals
        .iter()
        .flatten()
        .map(|s| s.code.as_deref().unwrap_or_default())
        .collect();
    assert_eq!(codes, ["T-1", "T-2"]);
}

/// "Possible values" is an enum, each value's text on its variant (checked in expected.rs); a
/// value no page lists is kept.
#[test]
fn possible_values_enum() {
    use possible_values_enum::{Lamp, LampColor};
    let v: Lamp = xml_round_trip("possible_values_enum", &[]);
    assert_eq!(v.color, Some(LampColor::Amber));
    assert_eq!(v.wattage, Some(60));
    assert_eq!(LampColor::from_wire("Teal"), LampColor::Teal);
    assert_eq!(
        LampColor::from_wire("Infrared"),
        LampColor::Other("Infrared".into())
    );
    assert_eq!(LampColor::Ultraviolet.as_str(), "Ultraviolet");
}

/// `True | False` is a `bool`, read in any case, written as `true`/`false`.
#[test]
fn true_false_is_bool() {
    use true_false_is_bool::Valve;
    let v: Valve = xml_and_json_agree("true_false_is_bool");
    assert_eq!(v.is_open, Some(false));
    // The pages write `True`; the codecs read it, XML and JSON.
    let documented: Valve = xml::from_document(b"<Valve><IsOpen>True</IsOpen></Valve>")
        .expect("`True` reads as a bool");
    assert_eq!(documented.is_open, Some(true));
    let documented: Valve =
        json::from_slice(br#"{"IsOpen": "True"}"#).expect("`\"True\"` reads as a bool");
    assert_eq!(documented.is_open, Some(true));
}

/// `OwnerUid` holding `urn:veeam:` values is a `Uid`, `LastSeenTimeUTC` holding date-times a
/// `DateTime`; `BatchUid`, whose sample is no UID, stays text.
#[test]
fn uid_and_time_by_name() {
    use uid_and_time_by_name::Probe;
    let v: Probe = xml_round_trip("uid_and_time_by_name", &[]);
    let owner = v.owner_uid.expect("OwnerUid");
    assert_eq!(owner.kind(), Some("Station"));
    let seen = v.last_seen_time_utc.expect("LastSeenTimeUTC");
    assert_eq!(seen.0, "2031-12-24T18:30:00+01:00", "written back as sent");
    seen.parse().expect("LastSeenTimeUTC is a date-time");
    assert_eq!(v.batch_uid.as_deref(), Some("batch-12"));
}

/// A member JSON writes `{}` is `Empty`: there or not.
#[test]
fn json_empty_object_is_empty() {
    use json_empty_object_is_empty::ParcelReleaseSpec;
    let v: ParcelReleaseSpec = xml_and_json_agree("json_empty_object_is_empty");
    assert_eq!(v.for_pickup, Some(runtime::Empty));
    assert_eq!(v.to_locker, None);
}

/// Members only the JSON sample shows are members all the same: `Mulch` a struct of its own,
/// `Organic` a `bool` (a JSON `true`), both in XML too.
#[test]
fn json_only_member() {
    use json_only_member::GardenBedSpec;
    let v: GardenBedSpec = xml_and_json_agree("json_only_member");
    let mulch = v.mulch.expect("Mulch");
    assert_eq!(mulch.kind.as_deref(), Some("bark"));
    assert_eq!(mulch.depth_cm.as_deref(), Some("8"));
    assert_eq!(v.organic, Some(false));
}

/// A `…Password` member is a `Secret`: sent as it is, never printed.
#[test]
fn password_is_secret() {
    use password_is_secret::LockerOpenSpec;
    let v: LockerOpenSpec = xml_and_json_agree("password_is_secret");
    assert_eq!(v.password.expose(), "c0rrect-h0rse");
    let printed = format!("{v:?}");
    assert!(
        !printed.contains("c0rrect-h0rse") && printed.contains("<redacted>"),
        "{printed}"
    );
}

/// Two fields with the value set `Slow | Steady | Swift` share one enum, `Pace`, with the texts
/// both tables give.
#[test]
fn enums_sharing_values_merged() {
    use enums_sharing_values_merged::{Convoy, Pace};
    let v: Convoy = xml_round_trip("enums_sharing_values_merged", &[]);
    assert_eq!(v.pace, Some(Pace::Slow));
    let escort = v.escort.expect("Escort");
    assert_eq!(escort.pace, Some(Pace::Steady));
    assert_eq!(escort.driver.as_deref(), Some("Tomas"));
}

/// What no page names survives a round trip, in place: an attribute, elements between and
/// after the documented ones, in nested structs too; JSON keys, objects, arrays and `null`s.
#[test]
fn unknown_members_kept() {
    use unknown_members_kept::Kite;
    let from_xml: Kite = xml_round_trip(
        "unknown_members_kept",
        &[
            "@Maker",
            "<Stripes>",
            "<LastFlown>",
            "Tail.@Knotted",
            "Tail.<Bells>",
        ],
    );
    assert_eq!(from_xml.span, Some(90));
    assert_eq!(from_xml.tail.as_ref().and_then(|t| t.ribbons), Some(2));
    let from_json: Kite = json_round_trip(
        "unknown_members_kept",
        &[
            "LastFlown",
            "Maker",
            "Stripes",
            "Tail.Bells",
            "Tail.Knotted",
        ],
    );
    assert_eq!(from_json.span, Some(90));
    assert_eq!(from_json.tail.as_ref().and_then(|t| t.length), Some(240));
}
