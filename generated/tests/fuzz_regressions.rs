//! Inputs the fuzz targets (`fuzz/`, `cargo +nightly fuzz run decode_xml|decode_json`) found,
//! minimized, with the properties the target checks: the streaming decoder gives what the tree
//! gives, and whatever decodes re-encodes to a document that decodes to an equal value. One test per finding; the comment says what was wrong.

use std::fmt::Debug;

use veeam_em::api::types::{
    BackupJobSession, EntityReferences, LogonSession, Task, VmRestorePoint,
};
use veeam_em::runtime::json;
use veeam_em::runtime::xml::{self, FromXml, ToXml};

/// The `decode_xml` target's property for one type: `Ok(true)` when the input decoded and the
/// round trip kept the value, `Ok(false)` when it did not decode; a changed value panics.
fn xml_round_trip<T: FromXml + ToXml + PartialEq + Debug>(input: &[u8]) -> bool {
    let streamed = xml::from_document::<T>(input);
    assert_eq!(
        streamed,
        xml::from_tree::<T>(input),
        "the streaming decoder and the tree disagree"
    );
    let Ok(first) = streamed else {
        return false;
    };
    let encoded = xml::to_document("Root", &first);
    let second = xml::from_document::<T>(encoded.as_bytes())
        .unwrap_or_else(|e| panic!("re-encoded document does not decode: {e}\n{encoded}"));
    assert_eq!(first, second, "round trip changed the value\n{encoded}");
    true
}

/// What the target does: every input as each of its types.
fn xml_round_trips(input: &[u8]) -> usize {
    [
        xml_round_trip::<VmRestorePoint>(input),
        xml_round_trip::<BackupJobSession>(input),
        xml_round_trip::<EntityReferences>(input),
        xml_round_trip::<Task>(input),
        xml_round_trip::<LogonSession>(input),
    ]
    .into_iter()
    .filter(|ok| *ok)
    .count()
}

/// A NUL inside an attribute value (the fuzzer's input: a sample's `Type="R\0\0…"`). quick-xml
/// lets it through; the writer cannot write it (it puts U+FFFD), so the value changed on the
/// round trip. XML 1.0 does not allow the character at all: the decoder now refuses it, raw
/// or as a character reference, in attributes, text and CDATA (in names: see below).
#[test]
fn characters_xml_does_not_allow_are_refused() {
    for input in [
        &b"<Task Type=\"R\0x\"/>"[..],
        b"<Task><TaskId>a\x01b</TaskId></Task>",
        b"<Task><TaskId>a&#1;b</TaskId></Task>",
        b"<Task Type=\"a&#x1F;\"/>",
        b"<Task><TaskId><![CDATA[a\x02]]></TaskId></Task>",
        "<Task><TaskId>a\u{FFFF}</TaskId></Task>".as_bytes(),
    ] {
        let shown = String::from_utf8_lossy(input);
        let err = xml::from_document::<Task>(input).expect_err(&shown);
        assert!(err.reason().contains("XML 1.0"), "{shown}: {err}");
        assert_eq!(xml_round_trips(input), 0, "{shown}");
    }
    // quick-xml refuses `&#0;` itself, as an unknown entity.
    assert!(xml::from_document::<Task>(b"<Task><TaskId>a&#x0;b</TaskId></Task>").is_err());
    // What XML allows still reads, tab and line ends included (as references they survive the
    // parser's normalisation).
    let ok = b"<Task Type=\"a&#9;b&#10;c\"><TaskId>x\ty&#13;\nz</TaskId></Task>";
    assert_eq!(xml_round_trips(ok), 5);
    let task = xml::from_document::<Task>(ok).unwrap();
    assert_eq!(task.r#type.as_deref(), Some("a\tb\nc"));
    assert_eq!(task.task_id.as_deref(), Some("x\ty\r\nz"));
}

/// A start tag whose name runs into an attribute (the fuzzer's input: a sample's
/// `<Link Href="https://…"/>` with the space turned into `-`). quick-xml takes everything up to
/// white space as the name; kept as an unknown member of `Links`, it was written back as given
/// and the re-encoded document did not parse. Names must now be XML names.
#[test]
fn names_that_are_not_xml_names_are_refused() {
    for input in [
        &br#"<Task><Links><Link-Href="https://localhost:9398/api/x" Rel="Up"/></Links></Task>"#[..],
        br#"<Task><Un;known/></Task>"#,
        b"<Task><Unknown\x03/></Task>",
        br#"<Task><a:b:c/></Task>"#,
        br#"<Task><-a/></Task>"#,
        br#"<Task 1a="x"/>"#,
        br#"<Task a:="x"/>"#,
    ] {
        let shown = String::from_utf8_lossy(input);
        let err = xml::from_document::<Task>(input).expect_err(&shown);
        assert!(err.reason().contains("not an XML name"), "{shown}: {err}");
        assert_eq!(xml_round_trips(input), 0, "{shown}");
    }
    // Prefixed, dotted, dashed and non-ASCII names are XML names.
    let ok =
        r#"<v:Task xmlns:v="urn:x" v:Type="T"><Ext.a-b_c>1</Ext.a-b_c><Größe>2</Größe></v:Task>"#;
    assert_eq!(xml_round_trips(ok.as_bytes()), 5);
}

/// The `decode_json` target's property for one type, as [`xml_round_trip`].
fn json_round_trip<T>(input: &[u8]) -> bool
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + Debug,
{
    let Ok(first) = json::from_slice::<T>(input) else {
        return false;
    };
    let encoded = json::try_to_vec(&first).expect("a decoded value encodes");
    let second = json::from_slice::<T>(&encoded).unwrap_or_else(|e| {
        panic!(
            "re-encoded body does not decode: {e}\n{}",
            String::from_utf8_lossy(&encoded)
        )
    });
    assert_eq!(
        first,
        second,
        "round trip changed the value\n{}",
        String::from_utf8_lossy(&encoded)
    );
    true
}

fn json_round_trips(input: &[u8]) -> usize {
    [
        json_round_trip::<VmRestorePoint>(input),
        json_round_trip::<BackupJobSession>(input),
        json_round_trip::<EntityReferences>(input),
        json_round_trip::<Task>(input),
        json_round_trip::<LogonSession>(input),
    ]
    .into_iter()
    .filter(|ok| *ok)
    .count()
}

/// A number serde_json parsed one ULP off (its fast path, without the `float_roundtrip`
/// feature): written back as `9.999999999999999e+41`, it read as another `f64`, so a member the
/// type does not know changed on the round trip. The same held for the `f64` fields.
#[test]
fn json_numbers_survive_the_round_trip() {
    let input = br#"{"Hret":{"Success":true,"MessaFess":true,"MessaFe":999999999999999999999999999909999999999999}}"#;
    assert_eq!(json_round_trips(input), 5);
    for n in [
        "999999999999999999999999999909999999999999",
        "0.1",
        "1e-320",
        "123456789.987654321",
    ] {
        let input = format!(r#"{{"Extra":{n},"Hret":[{n}]}}"#);
        assert_eq!(json_round_trips(input.as_bytes()), 5, "{n}");
    }
}

/// Found by `decode_xml`: a second `<CreationTimeUTC>` (an element the type reads once) after
/// `<JobType>`, while the first came before `<JobName>`. Written back after `<JobType>`, the copy
/// came first on the next decode, so the two decodes disagreed on which was unknown and where it
/// sat. A repeat of a documented element is kept right after that element.
#[test]
fn a_repeated_documented_element_keeps_its_place_on_round_trips() {
    use veeam_em::api::types::BackupJobSession;
    let doc = "<BackupJobSession><CreationTimeUTC>2020-01-01T10:00:00Z</CreationTimeUTC>\
               <JobName>Job</JobName><JobType>Backup</JobType>\
               <CreationTimeUTC>2021-01-01T10:00:00Z</CreationTimeUTC></BackupJobSession>";
    let first: BackupJobSession = xml::from_document(doc.as_bytes()).unwrap();
    let encoded = xml::to_document("BackupJobSession", &first);
    let second: BackupJobSession = xml::from_document(encoded.as_bytes()).unwrap();
    assert_eq!(first, second, "{encoded}");
    assert_eq!(
        first.creation_time_utc.as_ref().map(|t| t.as_str()),
        Some("2020-01-01T10:00:00Z")
    );
}

/// Found by `decode_xml` (this stop's run on the table-driven decoders): unknown `<EndTimeUTC>`
/// and `<State>` followed the documented `<CreationTimeUTC>`, and a second `<CreationTimeUTC>`
/// came later. Written back, the repeat went between `<CreationTimeUTC>` and `<EndTimeUTC>`, so
/// on the next decode `<EndTimeUTC>` followed the repeat and the unknown members differed. Unknown
/// members are put back past those already put back after the same sibling.
#[test]
fn unknown_members_after_the_same_sibling_keep_their_order() {
    use veeam_em::api::types::VmRestorePoint;
    let doc = "<VmRestorePoint><CreationTimeUTC>2020-01-01T10:00:00Z</CreationTimeUTC>\
               <EndTimeUTC>2020-01-01T10:05:00Z</EndTimeUTC><State>Stopped</State>\
               <Links/><CreationTimeUTC>2016-10-06T13:59:50Z</CreationTimeUTC></VmRestorePoint>";
    let first: VmRestorePoint = xml::from_document(doc.as_bytes()).unwrap();
    assert_eq!(first.unknown.xml_elements.len(), 3, "{first:?}");
    let encoded = xml::to_document("VmRestorePoint", &first);
    let second: VmRestorePoint = xml::from_document(encoded.as_bytes()).unwrap();
    assert_eq!(first, second, "{encoded}");
    let order: Vec<&str> = first
        .unknown
        .xml_elements
        .iter()
        .map(|e| e.element.name.as_str())
        .collect();
    assert_eq!(order, ["EndTimeUTC", "State", "CreationTimeUTC"]);
}

/// Found by `decode_xml` (a `<Task>` document read as a `BackupJobSession`): elements the type
/// reads once came twice and out of their documented order, with elements it does not know
/// between them. The unknown members were kept in the order sent: `<TaskId>` (after `<State>`),
/// then the second `<Links>`. Encoding writes the documented members in their documented order,
/// `<Links>` before `<State>`, so the second `<Links>` came back first and the next decode listed
/// the two the other way round. Unknown members are now kept in the order encoding writes them.
#[test]
fn repeats_and_unknown_elements_out_of_the_documented_order_keep_their_order() {
    let doc = "<BackupJobSession><State>Finished</State><TaskId>task-1</TaskId>\
               <Links/><Links/></BackupJobSession>";
    assert_eq!(xml_round_trips(doc.as_bytes()), 5);
    let session: BackupJobSession = xml::from_document(doc.as_bytes()).unwrap();
    let kept: Vec<(Option<&str>, &str)> = session
        .unknown
        .xml_elements
        .iter()
        .map(|e| (e.after.as_deref(), e.element.name.as_str()))
        .collect();
    assert_eq!(kept, [(Some("Links"), "Links"), (Some("State"), "TaskId")]);
}

/// A prefixed attribute whose local name is `xmlns` (`lns:xmlns="…"`) was kept as an unknown
/// attribute `xmlns` and written back as the namespace declaration, which the next read drops:
/// the value changed on the round trip. It is dropped on reading, like `xmlns` itself.
#[test]
fn a_prefixed_xmlns_attribute_is_not_kept() {
    let doc = "<VmRestorePoint xmlns=\"http://www.veeam.com/ent/v1.0\" lns:xmlns=\"http://x\">\
               <Ref UID=\"urn:x:y\" p:xmlns=\"z\"/>...</VmRestorePoint>";
    assert_eq!(xml_round_trips(doc.as_bytes()), 5);
    let point: VmRestorePoint = xml::from_document(doc.as_bytes()).unwrap();
    assert!(point.unknown.xml_attributes.is_empty(), "{point:?}");
}

/// An element read as text that carries more than text (attributes, child elements) was cut down
/// to its text: `<Result Success="true"><Message>…` read as an empty `Result`, the attribute and
/// the message lost, on every decode alike (so the round trip did not notice). Such an element is
/// now kept whole among the unknown members and written back in its place; the member is absent.
#[test]
fn an_element_read_as_text_that_carries_more_is_kept_whole() {
    let doc = "<BackupJobSession><JobName>nightly</JobName>\
               <Result Success=\"true\"><Message>Job started</Message></Result>\
               <Progress>40</Progress></BackupJobSession>";
    assert_eq!(xml_round_trips(doc.as_bytes()), 5);
    let session: BackupJobSession = xml::from_document(doc.as_bytes()).unwrap();
    assert_eq!(session.result, None);
    assert_eq!(session.job_name.as_deref(), Some("nightly"));
    assert_eq!(session.progress, Some(40));
    let kept: Vec<&str> = session
        .unknown
        .xml_elements
        .iter()
        .map(|e| e.element.name.as_str())
        .collect();
    assert_eq!(kept, ["Result"]);
    let written = xml::to_document("BackupJobSession", &session);
    assert!(
        written.contains("<Result Success=\"true\"><Message>Job started</Message></Result>"),
        "{written}"
    );
}

/// The `decode_xml` property over every document of up to five children drawn from: elements
/// the types read once (`<Links>` before `<State>` in every type's documented order, so any order
/// here tests both), an element read once whose blank text reads as absent
/// (`BackupJobSession`'s number `<Progress>`), an element read at every occurrence
/// (`EntityReferences`' `<Ref>`), an element read as text that carries an attribute (kept whole),
/// elements no type here reads, and stray text. Repeats, members
/// out of order, unknown elements between two list elements and absent elements followed by a
/// repeat all come up.
#[test]
fn every_short_mix_of_children_survives_the_round_trip() {
    const CHILDREN: [&str; 9] = [
        "<Links/>",
        "<State>Finished</State>",
        "<TaskId>task-1</TaskId>",
        // Read as text, but more than text: kept whole, not as the member.
        "<TaskId k=\"v\">task-2</TaskId>",
        "<Progress/>",
        "<Progress>5</Progress>",
        "<Ref/>",
        "<X a=\"1\"><Y/></X>",
        "text",
    ];
    let mut picks: Vec<usize> = Vec::new();
    let mut documents = 0;
    loop {
        let body: String = picks.iter().map(|&i| CHILDREN[i]).collect();
        let doc = format!("<Root>{body}</Root>");
        assert_eq!(xml_round_trips(doc.as_bytes()), 5, "{doc}");
        documents += 1;
        // The next sequence: count in base 9, growing by one child when all of a length are done.
        match picks.iter().rposition(|&i| i + 1 < CHILDREN.len()) {
            Some(at) => {
                picks[at] += 1;
                picks[at + 1..].fill(0);
            }
            None if picks.len() < 5 => picks = vec![0; picks.len() + 1],
            None => break,
        }
    }
    assert_eq!(documents, (0..=5).map(|n| 9usize.pow(n)).sum::<usize>());
}

/// A list's XML wrapper that holds more than its items — an attribute, an element that is not an
/// item, text — keeps it: the items are the list, the rest is kept in the list
/// (`List::wrapper_unknown`) and written back: an element after the item it followed, which,
/// as for a struct's repeated member, is after the last item. Before, the parent claimed the
/// whole wrapper and everything in it but the items was lost without a trace.
#[test]
fn a_list_wrapper_keeps_what_it_holds_beside_its_items() {
    let doc = "<VmRestorePoint UID=\"urn:veeam:VmRestorePoint:1\">\
               <Links Count=\"2\"><Link Rel=\"Up\" Href=\"u\"/><Note>first</Note>\
               <Link Rel=\"Down\" Href=\"d\"/>more</Links></VmRestorePoint>";
    assert!(xml_round_trip::<VmRestorePoint>(doc.as_bytes()));
    let point: VmRestorePoint = xml::from_document(doc.as_bytes()).unwrap();
    let links = point.links.as_ref().expect("the links");
    assert_eq!(links.len(), 2);
    let kept = links.wrapper_unknown().expect("what the wrapper held");
    assert_eq!(kept.xml_attributes, [("Count".to_owned(), "2".to_owned())]);
    assert_eq!(kept.xml_elements.len(), 1);
    assert_eq!(kept.xml_elements[0].element.name, "Note");
    assert_eq!(kept.xml_elements[0].after.as_deref(), Some("Link"));
    assert_eq!(kept.xml_text.as_deref(), Some("more"));
    let written = xml::to_document("VmRestorePoint", &point);
    assert!(
        written.contains(
            "<Links Count=\"2\"><Link Rel=\"Up\" Href=\"u\"/><Link Rel=\"Down\" Href=\"d\"/>\
             <Note>first</Note>more</Links>"
        ),
        "{written}"
    );
    assert_eq!(
        veeam_em::runtime::unknown::unknown_members_of(&point),
        ["Links.@Count", "Links.<Note>", "Links.#text"]
    );
}

/// U+FEFF as text right after an element the streaming decoder handed to the tree (the
/// fuzzer's input: a sample's `<Result>` with stray text, then the character). The streaming
/// reader restarted after that element, and a new quick-xml reader drops a leading U+FEFF as a
/// byte order mark: the character, which the tree keeps as the parent's unknown text, was lost.
#[test]
fn a_byte_order_mark_after_a_fallen_back_element_is_kept() {
    let input = "<Task><State>Finished</State><Result Success=\"true\">stray<Message>m</Message></Result>\u{feff}</Task>";
    assert_eq!(xml_round_trips(input.as_bytes()), 5);
    let task = xml::from_document::<Task>(input.as_bytes()).unwrap();
    assert_eq!(task.unknown.xml_text.as_deref(), Some("\u{feff}"));
}

/// An attribute no type names, twice (the fuzzer's input: `<sSsiOnId Type="$" Type="sP"/>` as
/// `EntityReferences`). The tree path refuses the tag (quick-xml's duplicate check); the streaming
/// decoder, which reads attributes without that check and kept unknown ones, took both.
#[test]
fn a_repeated_unknown_attribute_is_refused_both_ways() {
    let input = b"<sSsiOnId Type=\"$\" Type=\"sP\"/>";
    assert_eq!(xml_round_trips(input), 0);
    let e = xml::from_document::<EntityReferences>(input).unwrap_err();
    assert!(e.reason().contains("duplicated attribute"), "{e}");
}

/// Two attributes with different prefixes and one local name (the fuzzer's input: a `Task`
/// sample with `xrlns:xsi="…"` and `xrl1RRns:xsi="…"`). Both were kept as the unknown member
/// `@xsi`; the writer writes an attribute once, so the round trip lost one value. The reader
/// keeps an attribute by its local name, so two of them are now refused both ways, as two
/// attributes with one name are (a prefixed and a plain one, known or not, alike).
#[test]
fn attributes_sharing_a_local_name_are_refused_both_ways() {
    for input in [
        &b"<Task a:xsi=\"1\" b:xsi=\"2\"/>"[..],
        b"<Task p:Extra=\"1\" Extra=\"2\"/>",
        b"<Task Type=\"1\" p:Type=\"2\"/>",
        b"<Task p:Type=\"1\" Type=\"2\"><TaskId>x</TaskId></Task>",
    ] {
        let shown = String::from_utf8_lossy(input);
        assert_eq!(xml_round_trips(input), 0, "{shown}");
        let e = xml::from_document::<Task>(input).expect_err(&shown);
        assert!(e.reason().contains("twice"), "{shown}: {e}");
    }
    // One prefixed attribute alone is still read by its local name.
    let task = xml::from_document::<Task>(b"<Task p:Type=\"1\"/>").unwrap();
    assert_eq!(task.r#type.as_deref(), Some("1"));
}
