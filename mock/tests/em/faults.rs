//! Every fault, as a client sees it.

use std::time::{Duration, Instant};

use reqwest::Method;
use veeam_em_mock::{Config, Fault, FaultRule, MockServer};

use crate::common::*;

async fn ready() -> (MockServer, reqwest::Client, String) {
    let em = start(Config::default()).await;
    let client = client();
    let token = logon(&em, &client).await;
    (em, client, token)
}

#[tokio::test]
async fn server_error_with_an_em_error_body() {
    let (em, client, token) = ready().await;
    let url = format!("{}/backups", em.base_url());
    em.inject(Fault::ServerError {
        status: veeam_em_mock::StatusCode::SERVICE_UNAVAILABLE,
        message: "The service is starting".to_owned(),
    });
    let answer = get(&client, &url, &token, XML).await;
    assert_eq!(answer.status, 503);
    let error = answer.xml();
    assert_eq!(error.name, "Error");
    assert_eq!(error.attr("Message"), Some("The service is starting"));
    assert_eq!(error.attr("StatusCode"), Some("503"));

    em.inject(Fault::server_error("boom"));
    let answer = get(&client, &url, &token, JSON).await;
    assert_eq!(answer.status, 500);
    assert_eq!(answer.json()["Message"], "boom");

    // Used up: the next request is normal.
    assert_eq!(get(&client, &url, &token, XML).await.status, 200);
    assert_eq!(em.pending_faults(), 0);
    let log = em.requests();
    let faults: Vec<_> = log.iter().map(|r| r.fault.is_some()).collect();
    assert_eq!(faults, [false, true, true, false]);
}

#[tokio::test]
async fn malformed_xml_and_json() {
    let (em, client, token) = ready().await;
    let url = format!("{}/backups", em.base_url());

    em.inject(Fault::MalformedXml);
    let answer = get(&client, &url, &token, XML).await;
    assert_eq!(answer.status, 200);
    assert!(answer.content_type().starts_with("application/xml"));
    assert!(answer.text().starts_with("<?xml"));
    assert!(veeam_em::runtime::xml::parse(&answer.body).is_err());

    em.inject(Fault::MalformedJson);
    let answer = get(&client, &url, &token, JSON).await;
    assert_eq!(answer.status, 200);
    assert!(answer.content_type().starts_with("application/json"));
    assert!(answer.text().starts_with('{'));
    assert!(serde_json::from_slice::<serde_json::Value>(&answer.body).is_err());

    // XML asked for, malformed JSON sent (and the other way round).
    em.inject(Fault::MalformedJson);
    let answer = get(&client, &url, &token, XML).await;
    assert!(answer.content_type().starts_with("application/json"));
    assert!(serde_json::from_slice::<serde_json::Value>(&answer.body).is_err());
}

#[tokio::test]
async fn truncated_and_half_bodies() {
    let (em, client, token) = ready().await;
    let url = format!("{}/vmRestorePoints", em.base_url());
    let full = get(&client, &url, &token, XML).await.body;

    // Content-Length larger than what is sent: the client sees a broken body.
    em.inject(Fault::TruncatedBody);
    let response = client
        .get(&url)
        .header("X-RestSvcSessionId", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.content_length(), Some(full.len() as u64));
    assert!(response.bytes().await.is_err());

    // The raw bytes: the declared length, half of it sent, then the connection closes.
    em.inject(Fault::TruncatedBody);
    let raw_answer = raw(
        &em,
        &format!(
            "GET /api/vmRestorePoints HTTP/1.1\r\nHost: em\r\nX-RestSvcSessionId: {token}\r\n\r\n"
        ),
    )
    .await;
    let (head, body) = raw_answer.split_once("\r\n\r\n").unwrap();
    assert!(head.contains(&format!("Content-Length: {}", full.len())));
    assert!(head.contains("Connection: close"));
    assert_eq!(body.len(), full.len() / 2);

    // Half the body with an honest length: complete HTTP, broken document.
    em.inject(Fault::HalfBody);
    let answer = get(&client, &url, &token, XML).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body.len(), full.len() / 2);
    assert_eq!(answer.body[..], full[..full.len() / 2]);
    assert!(veeam_em::runtime::xml::parse(&answer.body).is_err());

    // The connection pool recovers: later requests are fine.
    assert_eq!(get(&client, &url, &token, XML).await.body, full);
}

#[tokio::test]
async fn slow_answers() {
    let (em, client, token) = ready().await;
    let url = format!("{}/backups", em.base_url());
    em.inject(Fault::Slow(Duration::from_millis(400)));
    let started = Instant::now();
    let answer = get(&client, &url, &token, XML).await;
    assert_eq!(answer.status, 200);
    assert!(started.elapsed() >= Duration::from_millis(400));

    // A client with a shorter timeout gives up.
    em.inject(Fault::Slow(Duration::from_secs(5)));
    let impatient = reqwest::Client::builder()
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let err = impatient
        .get(&url)
        .header("X-RestSvcSessionId", &token)
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout());
    // The request is logged at once, its status only once answered.
    let last = em.requests().pop().unwrap();
    assert_eq!(last.fault, Some(Fault::Slow(Duration::from_secs(5))));
    assert_eq!(last.status, None);
}

#[tokio::test]
async fn wrong_content_type() {
    let (em, client, token) = ready().await;
    let url = format!("{}/backups", em.base_url());
    em.inject(Fault::WrongContentType);
    let answer = get(&client, &url, &token, XML).await;
    assert_eq!(answer.status, 200);
    assert!(answer.content_type().starts_with("application/json"));
    assert!(answer.text().starts_with("<?xml"));

    em.inject(Fault::WrongContentType);
    let answer = get(&client, &url, &token, JSON).await;
    assert!(answer.content_type().starts_with("application/xml"));
    assert!(answer.json().is_object());
}

#[tokio::test]
async fn expire_session_fault() {
    let (em, client, token) = ready().await;
    let url = format!("{}/backups", em.base_url());
    em.inject(Fault::ExpireSession);
    let answer = get(&client, &url, &token, XML).await;
    assert_eq!(answer.status, 401);
    assert_eq!(answer.xml().attr("StatusCode"), Some("401"));
    // The session is gone until the client logs on again.
    assert_eq!(get(&client, &url, &token, XML).await.status, 401);
    let token = logon(&em, &client).await;
    assert_eq!(get(&client, &url, &token, XML).await.status, 200);
}

#[tokio::test]
async fn rules_match_paths_and_count() {
    let (em, client, token) = ready().await;
    let base = em.base_url().to_owned();
    em.inject(
        FaultRule::new(Fault::server_error("tasks are down"))
            .path_prefix("/api/tasks")
            .times(2),
    );
    assert_eq!(em.pending_faults(), 2);
    // Other paths are untouched.
    assert_eq!(
        get(&client, &format!("{base}/backups"), &token, XML)
            .await
            .status,
        200
    );
    let vm = em.data().vm_restore_points().next().unwrap().id.clone();
    let mount = send(
        &client,
        Method::POST,
        &format!("{base}/vmRestorePoints/{vm}/mounts"),
        Some(&token),
        None,
    )
    .await;
    assert_eq!(mount.status, 202);
    let task_url = format!("{base}/tasks/task-1");
    assert_eq!(get(&client, &task_url, &token, XML).await.status, 500);
    assert_eq!(get(&client, &task_url, &token, XML).await.status, 500);
    assert_eq!(get(&client, &task_url, &token, XML).await.status, 200);

    // Faults apply before anything else, even to the entry point and logon.
    em.inject(Fault::MalformedXml);
    let answer = send(&client, Method::GET, &base, None, None).await;
    assert!(veeam_em::runtime::xml::parse(&answer.body).is_err());
    em.inject(Fault::server_error("x"));
    em.clear_faults();
    assert_eq!(em.pending_faults(), 0);
    assert_eq!(
        send(&client, Method::GET, &base, None, None).await.status,
        200
    );
}
