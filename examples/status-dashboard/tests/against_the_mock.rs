//! The dashboard against `veeam-em-mock`: sessions and a report the test gives (its own data,
//! in XML and in Enterprise Manager 13's camelCase JSON), and the errors it must name.

use status_dashboard::{status, JobStatus, StatusError};
use veeam_em::api::enums::SessionResult;
use veeam_em::runtime::session::Credentials;
use veeam_em::{Client, Format};
use veeam_em_mock::{Answer, Config, MockServer, Operation, StatusCode};

const NS: &str = "http://www.veeam.com/ent/v1.0";

async fn client(em: &MockServer, format: Format) -> Client {
    let client = Client::builder(em.base_url())
        .format(format)
        .credentials(Credentials::new("Administrator", "Passw0rd!"))
        .build()
        .expect("client");
    client.logon().await.expect("logon");
    client
}

fn report_xml(running: &str) -> String {
    format!(
        "<JobStatisticsReportFrame xmlns=\"{NS}\"><RunningJobs>{running}</RunningJobs>\
         <ScheduledJobs>3</ScheduledJobs><TotalJobRuns>40</TotalJobRuns>\
         <SuccessfulJobRuns>37</SuccessfulJobRuns><WarningsJobRuns>1</WarningsJobRuns>\
         <FailedJobRuns>2</FailedJobRuns></JobStatisticsReportFrame>"
    )
}

/// A session of job `job` (0–9), started at `started`, in `state` with `result`.
fn session_xml(n: u32, job: u32, started: &str, state: &str, result: &str) -> String {
    format!(
        "<BackupJobSession Type=\"BackupJobSession\" Name=\"Nightly {job}@{started}\" \
         UID=\"urn:veeam:BackupJobSession:{n:08}-0000-4000-8000-000000000000\">\
         <JobUid>urn:veeam:Job:{job:08}-1111-4111-8111-111111111111</JobUid>\
         <JobName>Nightly {job}</JobName><JobType>Backup</JobType>\
         <CreationTimeUTC>{started}</CreationTimeUTC><State>{state}</State>\
         <Result>{result}</Result><Progress>100</Progress><IsRetry>false</IsRetry>\
         </BackupJobSession>"
    )
}

fn sessions_xml(sessions: &[String]) -> String {
    format!(
        "<BackupJobSessions xmlns=\"{NS}\">{}</BackupJobSessions>",
        sessions.concat()
    )
}

fn expected() -> Vec<JobStatus> {
    vec![
        JobStatus {
            job_name: "Nightly 1".into(),
            started: "2026-11-29T22:00:00Z".into(),
            result: Some(SessionResult::Failed),
            running: false,
        },
        JobStatus {
            job_name: "Nightly 2".into(),
            started: "2026-11-30T01:30:00.5Z".into(),
            result: None,
            running: true,
        },
    ]
}

#[tokio::test]
async fn the_latest_session_of_each_job_in_xml() {
    let em = MockServer::start().await;
    em.answer(
        Operation::GetReportsSummaryJobStatistics,
        Answer::status(StatusCode::OK).xml(report_xml("1")),
    );
    em.answer(
        Operation::GetBackupSessionsEntities,
        Answer::status(StatusCode::OK).xml(sessions_xml(&[
            session_xml(1, 1, "2026-11-28T22:00:00Z", "Stopped", "Success"),
            session_xml(2, 2, "2026-11-30T01:30:00.5Z", "Working", "None"),
            session_xml(3, 1, "2026-11-29T22:00:00Z", "Stopped", "Failed"),
            session_xml(4, 2, "2026-11-29T01:30:00Z", "Stopped", "Warning"),
            // Later as text, earlier as instants: a date-time's text does not order.
            session_xml(5, 2, "2026-11-30T01:30:00Z", "Stopped", "Success"),
            session_xml(6, 2, "2026-11-30T03:00:00+02:00", "Stopped", "Failed"),
            // `CreationTimeUTC` without its `Z`: still UTC.
            session_xml(7, 1, "2026-11-27T22:00:00", "Stopped", "Success"),
        ])),
    );
    let client = client(&em, Format::Xml).await;
    let status = status(&client).await.expect("a status");
    assert_eq!(status.running_jobs, 1);
    assert_eq!((status.failed_job_runs, status.total_job_runs), (2, 40));
    assert_eq!(status.jobs, expected());
    assert_eq!(
        em.requests_of(Operation::GetBackupSessionsEntities).len(),
        1
    );
}

#[tokio::test]
async fn the_same_from_enterprise_manager_13_in_camel_case_json() {
    let em = MockServer::start_with(Config::default().enterprise_manager_13()).await;
    em.answer(
        Operation::GetReportsSummaryJobStatistics,
        Answer::status(StatusCode::OK)
            .json(r#"{"runningJobs": "1", "totalJobRuns": "40", "failedJobRuns": "2"}"#),
    );
    let session = |n: u32, job: u32, started: &str, state: &str, result: &str| {
        format!(
            r#"{{"type": "BackupJobSession", "name": "Nightly {job}@{started}",
                "uid": "urn:veeam:BackupJobSession:{n:08}-0000-4000-8000-000000000000",
                "jobUid": "urn:veeam:Job:{job:08}-1111-4111-8111-111111111111",
                "jobName": "Nightly {job}", "jobType": "Backup", "creationTimeUTC": "{started}",
                "state": "{state}", "result": "{result}", "progress": 100, "isRetry": false}}"#
        )
    };
    let body = format!(
        r#"{{"backupJobSessions": [{}, {}, {}]}}"#,
        session(1, 1, "2026-11-29T22:00:00Z", "Stopped", "Failed"),
        session(2, 2, "2026-11-30T01:30:00.5Z", "Working", "None"),
        session(3, 1, "2026-11-28T22:00:00Z", "Stopped", "Success"),
    );
    em.answer(
        Operation::GetBackupSessionsEntities,
        Answer::status(StatusCode::OK).json(body),
    );
    let client = client(&em, Format::Json).await;
    let status = status(&client).await.expect("a status");
    assert_eq!(status.running_jobs, 1);
    assert_eq!(status.jobs, expected());
}

#[tokio::test]
async fn a_report_member_that_is_not_a_count_is_named() {
    let em = MockServer::start().await;
    em.answer(
        Operation::GetReportsSummaryJobStatistics,
        Answer::status(StatusCode::OK).xml(report_xml("n/a")),
    );
    em.answer(
        Operation::GetBackupSessionsEntities,
        Answer::status(StatusCode::OK).xml(sessions_xml(&[])),
    );
    let client = client(&em, Format::Xml).await;
    match status(&client).await {
        Err(StatusError::Report { member, value }) => {
            assert_eq!((member, value.as_deref()), ("RunningJobs", Some("n/a")))
        }
        other => panic!("expected the report error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_server_error_on_the_sessions_stops_it() {
    let em = MockServer::start().await;
    em.answer(
        Operation::GetReportsSummaryJobStatistics,
        Answer::status(StatusCode::OK).xml(report_xml("0")),
    );
    em.answer(
        Operation::GetBackupSessionsEntities,
        Answer::error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "The database is unavailable",
        ),
    );
    let client = client(&em, Format::Xml).await;
    match status(&client).await {
        Err(StatusError::Call(e)) => {
            assert_eq!(e.status(), Some(StatusCode::INTERNAL_SERVER_ERROR), "{e}")
        }
        other => panic!("expected the 500, got {other:?}"),
    }
}
