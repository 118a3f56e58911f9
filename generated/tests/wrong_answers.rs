//! Answers that are not the operation's response type, sent with a success status: an
//! Enterprise Manager error body, another resource's representation. Found by a fresh user: they
//! read as the type with every member absent (an empty list of sessions, a report of another
//! kind), and nothing said so.

use veeam_em::api::types::{BackupJobSessions, JobStatisticsReportFrame};
use veeam_em::runtime::decode;
use veeam_em::{Error, Format};

const NS: &str = "http://www.veeam.com/ent/v1.0";

fn reason<T: std::fmt::Debug>(result: Result<T, Error>) -> String {
    match result {
        Err(Error::Decode { error, .. }) => error.to_string(),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn an_error_document_sent_with_200_is_an_error_naming_the_servers_message() {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- a comment -->\n\
         <Error xmlns=\"{NS}\" Message=\"The session has expired\" StatusCode=\"401\"/>"
    );
    let e = reason(decode::<BackupJobSessions>(
        "GET /backupSessions",
        Format::Xml,
        body.as_bytes(),
    ));
    assert_eq!(
        e,
        "the document is `<Error>`, not `<BackupJobSessions>`: the server's error: \
         \"The session has expired\" (StatusCode 401)"
    );
    for json in [
        r#"{"Message": "The session has expired", "StatusCode": 401}"#,
        r#"{"message": "The session has expired", "statusCode": 401}"#,
    ] {
        let e = reason(decode::<BackupJobSessions>(
            "GET /backupSessions",
            Format::Json,
            json.as_bytes(),
        ));
        assert_eq!(
            e,
            "the body is an Enterprise Manager error: the server's error: \
             \"The session has expired\" (StatusCode 401)",
            "{json}"
        );
    }
}

#[test]
fn another_resources_representation_is_refused() {
    let body = format!(
        "<OverviewReportFrame xmlns=\"{NS}\"><BackupServers>2</BackupServers>\
         <RunningJobs>4</RunningJobs></OverviewReportFrame>"
    );
    let e = reason(decode::<JobStatisticsReportFrame>(
        "GET /reports/summary/job_statistics",
        Format::Xml,
        body.as_bytes(),
    ));
    assert_eq!(
        e,
        "the document is `<OverviewReportFrame>`, not `<JobStatisticsReportFrame>`"
    );
    // A prefixed root is its local name.
    let body = format!("<v:BackupJobSessions xmlns:v=\"{NS}\"/>");
    decode::<BackupJobSessions>("GET /backupSessions", Format::Xml, body.as_bytes())
        .expect("the documented root, prefixed");
}

#[test]
fn an_answer_that_merely_carries_a_message_member_is_read() {
    // `Message` beside the answer's own members: an unknown member, kept, not an error body.
    let json = r#"{"BackupJobSessions": [], "Message": "Partial data", "StatusCode": 206}"#;
    let sessions =
        decode::<BackupJobSessions>("GET /backupSessions", Format::Json, json.as_bytes())
            .expect("the answer with two members more");
    assert_eq!(sessions.unknown.json.len(), 2);
    // An empty document of the right root is an empty answer.
    let body = format!("<BackupJobSessions xmlns=\"{NS}\"/>");
    let sessions = decode::<BackupJobSessions>("GET /backupSessions", Format::Xml, body.as_bytes())
        .expect("no sessions");
    assert!(sessions.backup_job_sessions.is_empty());
}

/// Found by a fresh user: a list of one that XML converted to JSON wraps alone
/// (`{"BackupJobSessions": {"BackupJobSession": {…}}}`) read as one empty session holding the
/// real one among its unknown members.
#[test]
fn a_list_of_one_wrapped_under_the_items_name_is_that_item() {
    for json in [
        r#"{"BackupJobSessions": {"BackupJobSession": {"Name": "Nightly@1", "Result": "Failed"}}}"#,
        r#"{"backupJobSessions": {"backupJobSession": {"name": "Nightly@1", "result": "Failed"}}}"#,
    ] {
        let sessions =
            decode::<BackupJobSessions>("GET /backupSessions", Format::Json, json.as_bytes())
                .expect("one session");
        assert_eq!(sessions.backup_job_sessions.len(), 1, "{json}");
        let session = &sessions.backup_job_sessions[0];
        assert_eq!(session.name.as_deref(), Some("Nightly@1"));
        assert!(session.unknown.is_empty(), "{json}: {:?}", session.unknown);
    }
    // Written back in the shape it came (member names are written PascalCase, as ever).
    let json =
        r#"{"BackupJobSessions": {"BackupJobSession": {"Name": "Nightly@1", "Result": "Failed"}}}"#;
    let sessions =
        decode::<BackupJobSessions>("GET /backupSessions", Format::Json, json.as_bytes()).unwrap();
    let back: serde_json::Value = serde_json::to_value(&sessions).unwrap();
    let sent: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(back, sent);
}

/// Found in review: a type whose pages show no root (`Backup`'s sample is cut) still refuses
/// Enterprise Manager's error document; an error with a `Message` alone, or with members more,
/// is one in JSON too.
#[test]
fn an_error_is_refused_whatever_the_type_knows_of_its_root() {
    use veeam_em::api::types::Backup;
    let body = format!("<Error xmlns=\"{NS}\" Message=\"The session has expired\"/>");
    let e = reason(decode::<Backup>(
        "GET /backups/{ID}",
        Format::Xml,
        body.as_bytes(),
    ));
    assert!(
        e.starts_with("the document is `<Error>`, not ") && e.contains("The session has expired"),
        "{e}"
    );
    for json in [
        r#"{"Message": "The session has expired"}"#,
        r#"{"Message": "The session has expired", "StatusCode": 401, "StackTrace": null}"#,
    ] {
        let e = reason(decode::<BackupJobSessions>(
            "GET /backupSessions",
            Format::Json,
            json.as_bytes(),
        ));
        assert!(
            e.starts_with("the body is an Enterprise Manager error"),
            "{json}: {e}"
        );
    }
}

/// Found in review: where the prose's "collection" typed the answer `EntityReferences`, the
/// page's own sample root (`<SystemSessions>`) is an answer too, not a refused document.
#[test]
fn a_documented_samples_root_is_accepted() {
    use veeam_em::api::types::EntityReferences;
    let body = format!("<SystemSessions xmlns=\"{NS}\"/>");
    decode::<EntityReferences>("GET /systemSessions", Format::Xml, body.as_bytes())
        .expect("the page's sample root");
}
