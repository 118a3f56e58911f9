//! The streaming XML decoder against the tree decoder, on documents written for this test: the
//! streaming path must give what the tree gives (value, unknown members and their places, or
//! error), read the documented and the unknown members itself, and hand an element to the tree
//! only where it must.

use veeam_em::api::types::{BackupJobSession, EntityReferences};
use veeam_em::runtime::xml::{self, FromXml};
use veeam_em::runtime::{DecodeError, Members};

/// The same result both ways; returns whether the streaming path read the document itself.
fn same_both_ways<T: FromXml + PartialEq + std::fmt::Debug>(doc: &str) -> bool {
    let streamed: Result<T, DecodeError> = xml::from_document(doc.as_bytes());
    let tree: Result<T, DecodeError> = xml::from_tree(doc.as_bytes());
    assert_eq!(streamed, tree, "the two paths disagree on\n{doc}");
    let events = xml::from_events::<T>(doc.as_bytes());
    if let Some(v) = &events {
        assert_eq!(
            Ok(v),
            tree.as_ref(),
            "the streaming path alone disagrees on\n{doc}"
        );
    }
    events.is_some()
}

const SESSION: &str = r#"<BackupJobSession Type="BackupJobSession" Href="https://em.example:9398/api/backupSessions/1" Name="Job 1@2026-11-30" UID="urn:veeam:BackupJobSession:1">
  <Links>
    <Link Rel="Up" Type="JobReference" Href="https://em.example:9398/api/jobs/2" Name="Job 1"/>
    <Link Rel="Down" Type="BackupTaskSessionReferenceList" Href="https://em.example:9398/api/backupSessions/1/taskSessions"/>
  </Links>
  <JobUid>urn:veeam:Job:2</JobUid>
  <JobName>Job 1</JobName>
  <JobType>Backup</JobType>
  <CreationTimeUTC>2026-11-30T10:00:01.389954Z</CreationTimeUTC>
  <EndTimeUTC>2026-11-30T10:05:00Z</EndTimeUTC>
  <State>Stopped</State>
  <Result>Success</Result>
  <Progress>100</Progress>
  <IsRetry>False</IsRetry>
</BackupJobSession>"#;

fn session_with(from: &str, to: &str) -> String {
    assert!(SESSION.contains(from), "{from}");
    SESSION.replacen(from, to, 1)
}

#[test]
fn plain_documents_stream() {
    let docs = [
        SESSION.to_owned(),
        // What a server adds around the members: a BOM, a declaration, namespaces, comments.
        format!(
            "\u{feff}<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<!-- at the top -->{}",
            session_with(
                "<BackupJobSession ",
                "<BackupJobSession xmlns=\"http://www.veeam.com/ent/v1.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            )
        ),
        // Entities, character references, CDATA, a comment inside text, CR LF.
        session_with("<JobName>Job 1</JobName>", "<JobName>A &amp; B&#x20;<![CDATA[<c>]]><!-- x -->d\r\ne</JobName>"),
        session_with("Name=\"Job 1@2026-11-30\"", "Name=\"a &lt;b&gt; &#233;\""),
        // A nil element, an empty number (absent), elements in another order.
        session_with("<JobName>Job 1</JobName>", "<JobName xsi:nil=\"true\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>"),
        session_with("<Progress>100</Progress>", "<Progress/>"),
        session_with("<JobUid>urn:veeam:Job:2</JobUid>", "").replacen("<IsRetry>", "<JobUid>urn:veeam:Job:2</JobUid><IsRetry>", 1),
        // Prefixed names, as a namespace-qualified writer sends them.
        "<v:BackupJobSession xmlns:v=\"http://www.veeam.com/ent/v1.0\" v:Name=\"n\"><v:JobName>j</v:JobName></v:BackupJobSession>".to_owned(),
        "<BackupJobSession/>".to_owned(),
        "<BackupJobSession><Links/></BackupJobSession>".to_owned(),
    ];
    for doc in &docs {
        assert!(
            same_both_ways::<BackupJobSession>(doc),
            "not streamed:\n{doc}"
        );
    }
    let s: BackupJobSession = xml::from_document(docs[2].as_bytes()).unwrap();
    assert_eq!(s.job_name.as_deref(), Some("A & B <c>d\ne"));
}

#[test]
fn unknown_attributes_and_elements_stream_and_keep_their_places() {
    // What a newer server adds: an attribute and elements no page names, among the members,
    // after a list's items and after a member that reads as absent.
    let doc = session_with("<BackupJobSession ", "<BackupJobSession Extra=\"1\" ")
        .replacen(
            "<State>",
            "<Reason>Quota</Reason><Detail><Code>7</Code></Detail><State>",
            1,
        )
        .replacen(
            "<Progress>100</Progress>",
            "<Progress/><Weight>3</Weight>",
            1,
        )
        .replacen("</Links>", "<Count>2</Count></Links>", 1);
    assert!(
        same_both_ways::<BackupJobSession>(&doc),
        "not streamed:\n{doc}"
    );
    let s: BackupJobSession = xml::from_document(doc.as_bytes()).unwrap();
    let mut names = Vec::new();
    s.unknown_members("", &mut names);
    assert_eq!(
        names,
        [
            "@Extra",
            "<Reason>",
            "<Detail>",
            "<Weight>",
            "Links.<Count>"
        ]
    );
    let after: Vec<_> = s
        .unknown
        .xml_elements
        .iter()
        .map(|e| e.after.as_deref())
        .collect();
    // `<Progress/>` reads as absent and is not written back: `<Weight>` goes after `<Result>`.
    assert_eq!(after, [Some("EndTimeUTC"), Some("Reason"), Some("Result")]);
    // Members out of their documented order around an unknown element: the tree places it.
    let swapped = doc.replacen("<JobType>Backup</JobType>", "", 1).replacen(
        "<Reason>",
        "<JobType>Backup</JobType><Reason>",
        1,
    );
    assert!(
        !same_both_ways::<BackupJobSession>(&swapped),
        "streamed:\n{swapped}"
    );
}

#[test]
fn a_nested_element_the_stream_gives_up_on_falls_back_alone() {
    // The second link carries stray text (left to the tree) beside an attribute and an element
    // no page names: that link is read through the tree (its members kept in place); the
    // session around it still streams.
    let doc = session_with(
        "Href=\"https://em.example:9398/api/backupSessions/1/taskSessions\"/>",
        "Href=\"https://em.example:9398/api/backupSessions/1/taskSessions\" Extra=\"x\">stray<Note>kept</Note></Link>",
    );
    assert!(same_both_ways::<BackupJobSession>(&doc));
    let s: BackupJobSession = xml::from_document(doc.as_bytes()).unwrap();
    let mut names = Vec::new();
    s.unknown_members("", &mut names);
    assert_eq!(
        names,
        ["Links[2].@Extra", "Links[2].<Note>", "Links[2].#text"]
    );
    let back = xml::to_document("BackupJobSession", &s);
    assert!(back.contains("<Note>kept</Note>stray</Link>"), "{back}");
}

#[test]
fn what_the_tree_keeps_or_refuses_goes_to_the_tree() {
    let cases = [
        // Kept as unknown members the tree's way: a repeat, structure in a text member, text
        // in an element without text (or in a list wrapper).
        session_with(
            "<JobName>Job 1</JobName>",
            "<JobName>Job 1</JobName><JobName>again</JobName>",
        ),
        session_with(
            "<JobName>Job 1</JobName>",
            "<JobName Lang=\"en\">Job 1</JobName>",
        ),
        session_with(
            "<JobName>Job 1</JobName>",
            "<JobName>Job <b>1</b></JobName>",
        ),
        session_with("<State>", "loose text<State>"),
        session_with("</Links>", "text</Links>"),
        session_with(
            "<Progress>100</Progress>",
            "<Progress/><Progress>5</Progress>",
        ),
        // Errors: a value that does not read, a required shape broken, malformed XML.
        session_with("<Progress>100</Progress>", "<Progress>lots</Progress>"),
        session_with("<IsRetry>False</IsRetry>", "<IsRetry>Maybe</IsRetry>"),
        session_with(
            "UID=\"urn:veeam:BackupJobSession:1\"",
            "UID=\"urn:veeam:BackupJobSession:1\" UID=\"2\"",
        ),
        session_with("</JobName>", "</JobNam>"),
        session_with(
            "<JobName>Job 1</JobName>",
            "<JobName>Job &nope; 1</JobName>",
        ),
        session_with("<JobName>Job 1</JobName>", "<JobName>Job \u{1} 1</JobName>"),
        session_with(
            "<Link Rel=\"Up\"",
            "<Link Rel=\"Up\" xmlns=\"a\" xmlns=\"b\"",
        ),
        session_with("<Link Rel=\"Up\"", "<Link-Rel=\"Up\""),
        format!("{SESSION}<Second/>"),
        format!("{SESSION} trailing"),
        SESSION.replacen("</BackupJobSession>", "", 1),
        String::new(),
    ];
    for doc in &cases {
        assert!(!same_both_ways::<BackupJobSession>(doc), "streamed:\n{doc}");
    }
}

#[test]
fn depth_is_limited_as_the_tree_limits_it() {
    let deep = |n: usize| {
        format!(
            "<EntityReferences><Ref>{}{}</Ref></EntityReferences>",
            "<X>".repeat(n),
            "</X>".repeat(n)
        )
    };
    for n in [10, xml::MAX_DEPTH - 3, xml::MAX_DEPTH - 2, xml::MAX_DEPTH] {
        same_both_ways::<EntityReferences>(&deep(n));
    }
    assert!(xml::from_document::<EntityReferences>(deep(xml::MAX_DEPTH).as_bytes()).is_err());
}
