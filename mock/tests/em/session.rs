//! The entry point, logon, the session header, logoff, expiry.

use reqwest::Method;
use veeam_em_mock::{Config, Fault, JsonCase, SessionCheck};

use crate::common::*;

#[tokio::test]
async fn entry_point_lists_the_versions_in_xml_and_json() {
    let em = start(Config::default().with_versions(["v1_5", "v1_6", "v1_7"])).await;
    let client = client();
    let base = em.base_url();
    assert!(base.starts_with("http://127.0.0.1:") && base.ends_with("/api"));

    // No session needed; XML when Accept is absent.
    let answer = send(&client, Method::GET, base, None, None).await;
    assert_eq!(answer.status, 200);
    assert!(answer.content_type().starts_with("application/xml"));
    assert!(answer
        .text()
        .starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?><EnterpriseManager xmlns=\"http://www.veeam.com/ent/v1.0\">"));
    let root = answer.xml();
    assert_eq!(root.name, "EnterpriseManager");
    assert_eq!(names(&root), ["Links", "SupportedVersions"]);
    let latest = root.child("Links").unwrap().children[1].clone();
    assert_eq!(latest.attr("Rel"), Some("Create"));
    assert_eq!(latest.attr("Type"), Some("LogonSession"));
    assert_eq!(
        latest.attr("Href").unwrap(),
        format!("{base}/sessionMngr/?v=latest")
    );
    let versions: Vec<_> = root
        .child("SupportedVersions")
        .unwrap()
        .children("SupportedVersion")
        .map(|v| v.attr("Name").unwrap().to_owned())
        .collect();
    assert_eq!(versions, ["v1_5", "v1_6", "v1_7"]);
    let v15 = root.child("SupportedVersions").unwrap().children[0].clone();
    assert_eq!(
        v15.child("Links").unwrap().children[0]
            .attr("Href")
            .unwrap(),
        format!("{base}/sessionMngr/?v=v1_5")
    );

    // JSON: the same, lists wrapped the way Enterprise Manager wraps them.
    let json = send(&client, Method::GET, &format!("{base}/"), None, Some(JSON))
        .await
        .json();
    assert_eq!(
        json["SupportedVersions"]["SupportedVersions"][2]["Name"],
        "v1_7"
    );
    assert_eq!(
        json["SupportedVersions"]["SupportedVersions"][0]["Links"][0]["Href"],
        format!("{base}/sessionMngr/?v=v1_5")
    );
    assert_eq!(json["Links"][0]["Type"], "LogonSessionList");
}

#[tokio::test]
async fn logon_gives_a_session_header_and_a_logon_session() {
    let em = start(Config::default()).await;
    let client = client();
    let answer = post_empty(&client, &format!("{}/sessionMngr/?v=v1_7", em.base_url()))
        .header("Authorization", basic("Administrator", "Passw0rd!"))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 201);
    let token = answer
        .headers()
        .get("X-RestSvcSessionId")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let body = answer.text().await.unwrap();
    let session = veeam_em::runtime::xml::parse(body.as_bytes()).unwrap();
    assert_eq!(session.name, "LogonSession");
    assert_eq!(session.attr("Type"), Some("LogonSession"));
    let id = session.child("SessionId").unwrap().text.clone();
    assert_eq!(session.child("UserName").unwrap().text, "Administrator");
    assert_eq!(
        session.attr("Href").unwrap(),
        format!("{}/logonSessions/{id}", em.base_url())
    );
    // The generated type reads it.
    let typed: veeam_em::api::types::LogonSession =
        veeam_em::runtime::xml::from_document(body.as_bytes()).unwrap();
    assert_eq!(typed.session_id.as_deref(), Some(id.as_str()));
    assert_eq!(em.session_count(), 1);

    // The token works; GET /logonSessions/{id} answers in JSON too.
    let json = get(
        &client,
        &format!("{}/logonSessions/{id}", em.base_url()),
        &token,
        JSON,
    )
    .await;
    assert_eq!(json.status, 200);
    assert_eq!(json.json()["SessionId"], id.as_str());

    // GET /logonSessions lists the live sessions.
    let list = get(
        &client,
        &format!("{}/logonSessions", em.base_url()),
        &token,
        XML,
    )
    .await;
    assert_eq!(list.status, 200);
    let list = list.xml();
    assert_eq!(list.name, "LogonSessions");
    assert_eq!(
        list.children("LogonSession")
            .map(|s| s.child("SessionId").unwrap().text.as_str())
            .collect::<Vec<_>>(),
        [id.as_str()]
    );
    let list = get(
        &client,
        &format!("{}/logonSessions", em.base_url()),
        &token,
        JSON,
    )
    .await;
    assert_eq!(list.json()["LogonSessions"][0]["SessionId"], id.as_str());

    // Logoff: 204, the session is gone.
    let bye = send(
        &client,
        Method::DELETE,
        &format!("{}/logonSessions/{id}", em.base_url()),
        Some(&token),
        None,
    )
    .await;
    assert_eq!(bye.status, 204);
    assert!(bye.body.is_empty());
    assert_eq!(em.session_count(), 0);
    let after = get(&client, &format!("{}/backups", em.base_url()), &token, XML).await;
    assert_eq!(after.status, 401);
}

#[tokio::test]
async fn the_session_header_is_spelled_as_configured() {
    // Enterprise Manager's spelling, byte for byte.
    let em = start(Config::default()).await;
    let request = format!(
        "POST /api/sessionMngr/?v=latest HTTP/1.1\r\nHost: em\r\nAuthorization: {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        basic("Administrator", "Passw0rd!")
    );
    let raw_answer = raw(&em, &request).await;
    assert!(
        raw_answer.starts_with("HTTP/1.1 201 Created\r\n"),
        "{raw_answer}"
    );
    assert!(
        raw_answer.contains("\r\nX-RestSvcSessionId: "),
        "{raw_answer}"
    );

    // All lower case, as some proxies and servers write it.
    let em = start(Config::default().with_session_header_name("x-restsvcsessionid")).await;
    let raw_answer = raw(&em, &request).await;
    assert!(
        raw_answer.contains("\r\nx-restsvcsessionid: "),
        "{raw_answer}"
    );
    assert!(!raw_answer.contains("X-RestSvcSessionId"));
    // The client still finds it, and requests may send it in any case.
    let client = client();
    let token = logon(&em, &client).await;
    let answer = client
        .get(format!("{}/backups", em.base_url()))
        .header("x-RESTSVCSESSIONID", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 200);

    // A name that is no header name is refused at start-up.
    let bad = veeam_em_mock::MockServer::try_start(
        Config::default().with_session_header_name("X-Rest\r\nInjected"),
    )
    .await;
    assert_eq!(bad.unwrap_err().kind(), std::io::ErrorKind::InvalidInput);
}

#[tokio::test]
async fn wrong_or_missing_credentials_get_401_with_an_error_body() {
    let em = start(Config::default().with_credentials("restuser", "s3cret")).await;
    let client = client();
    let url = format!("{}/sessionMngr/?v=latest", em.base_url());
    for auth in [
        Some(basic("restuser", "wrong")),
        Some(basic("someone", "s3cret")),
        Some("Bearer abc".to_owned()),
        None,
    ] {
        let mut request = post_empty(&client, &url);
        if let Some(auth) = &auth {
            request = request.header("Authorization", auth);
        }
        let answer = request.send().await.unwrap();
        assert_eq!(answer.status().as_u16(), 401, "{auth:?}");
        assert!(answer.headers().get("x-restsvcsessionid").is_none());
        let body = answer.text().await.unwrap();
        let error = veeam_em::runtime::xml::parse(body.as_bytes()).unwrap();
        assert_eq!(error.name, "Error");
        assert_eq!(error.attr("StatusCode"), Some("401"));
        assert!(!error.attr("Message").unwrap().is_empty());
    }
    // The user name is not case-sensitive (Windows accounts), the password is.
    let ok = post_empty(&client, &url)
        .header("Authorization", basic("RESTUSER", "s3cret"))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status().as_u16(), 201);
    // An unknown version is refused.
    let old = post_empty(&client, &format!("{}/sessionMngr/?v=v1_2", em.base_url()))
        .header("Authorization", basic("restuser", "s3cret"))
        .send()
        .await
        .unwrap();
    assert_eq!(old.status().as_u16(), 400);
    // The log never holds credentials.
    let log = format!("{:?}", em.requests());
    assert!(!log.contains("s3cret") && !log.contains(&basic("restuser", "s3cret")[6..]));
}

#[tokio::test]
async fn requests_without_a_valid_session_get_401() {
    let em = start(Config::default()).await;
    let client = client();
    let url = format!("{}/backups", em.base_url());

    let xml = send(&client, Method::GET, &url, None, None).await;
    assert_eq!(xml.status, 401);
    assert!(xml.content_type().starts_with("application/xml"));
    let error = xml.xml();
    assert_eq!(error.name, "Error");
    assert_eq!(error.attr("StatusCode"), Some("401"));
    assert!(xml
        .text()
        .contains("<Error xmlns=\"http://www.veeam.com/ent/v1.0\" Message=\""));

    let json = send(
        &client,
        Method::GET,
        &url,
        Some("bm90LWEtc2Vzc2lvbg=="),
        Some(JSON),
    )
    .await;
    assert_eq!(json.status, 401);
    assert!(json.content_type().starts_with("application/json"));
    let body = json.json();
    assert_eq!(body["StatusCode"], 401);
    assert!(body["Message"].as_str().unwrap().len() > 5);

    // camelCase for Enterprise Manager 13.
    let em13 = start(Config::default().enterprise_manager_13()).await;
    assert_eq!(em13.config().json_case, JsonCase::Camel);
    let body = send(
        &client,
        Method::GET,
        &format!("{}/backups", em13.base_url()),
        None,
        Some(JSON),
    )
    .await
    .json();
    assert_eq!(body["statusCode"], 401);
    assert!(body.get("message").is_some());

    let log = em.requests();
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].session, SessionCheck::Missing);
    assert_eq!(log[1].session, SessionCheck::Invalid);
    assert_eq!(log[1].status, Some(veeam_em_mock::StatusCode::UNAUTHORIZED));
    assert!(!log[1].session_valid());
}

#[tokio::test]
async fn expire_sessions_ends_every_session() {
    let em = start(Config::default()).await;
    let client = client();
    let first = logon(&em, &client).await;
    let second = logon(&em, &client).await;
    assert_ne!(first, second);
    let url = format!("{}/backups", em.base_url());
    assert_eq!(get(&client, &url, &first, XML).await.status, 200);

    em.expire_sessions();
    assert_eq!(em.session_count(), 0);
    for token in [&first, &second] {
        let answer = get(&client, &url, token, XML).await;
        assert_eq!(answer.status, 401);
        assert_eq!(answer.xml().attr("StatusCode"), Some("401"));
    }
    // Logging on again works.
    let third = logon(&em, &client).await;
    assert_eq!(get(&client, &url, &third, XML).await.status, 200);

    let log = em.requests();
    let valid: Vec<bool> = log
        .iter()
        .filter(|r| r.path == "/api/backups")
        .map(|r| r.session_valid())
        .collect();
    assert_eq!(valid, [true, false, false, true]);
}

/// Like HTTP.sys: a POST, PUT or DELETE whose head says nothing of its length is refused with
/// 411 and HTTP.sys's page, before the session check, the faults and the routes; the same
/// request with `Content-Length: 0` or a chunked empty body goes through.
#[tokio::test]
async fn body_less_requests_without_a_length_get_411_like_http_sys() {
    let em = start(Config::default()).await;
    let auth = basic("Administrator", "Passw0rd!");
    // A fault waiting for the next request: the refused ones must not take it.
    em.inject(Fault::server_error(
        "taken by the first request that gets through",
    ));
    let logon = |framing: &str| {
        format!(
            "POST /api/sessionMngr/?v=v1_7 HTTP/1.1\r\nHost: em\r\nAuthorization: {auth}\r\n\
             {framing}Connection: close\r\n\r\n"
        )
    };

    let refused = raw(&em, &logon("")).await;
    let (head, body) = refused.split_once("\r\n\r\n").expect("a head and a body");
    assert!(
        head.starts_with("HTTP/1.1 411 Length Required\r\n"),
        "{head}"
    );
    assert!(head.contains("\r\nServer: Microsoft-HTTPAPI/2.0"), "{head}");
    assert!(
        head.contains("\r\nContent-Type: text/html; charset=us-ascii"),
        "{head}"
    );
    assert!(head.contains("\r\nConnection: close"), "{head}");
    assert!(
        !head.to_ascii_lowercase().contains("x-restsvcsessionid"),
        "{head}"
    );
    assert!(
        body.contains("<TITLE>Length Required</TITLE>")
            && body
                .contains("HTTP Error 411. The request must be chunked or have a content length."),
        "{body}"
    );
    assert!(
        head.contains(&format!("\r\nContent-Length: {}", body.len())),
        "{head}"
    );
    assert_eq!(em.session_count(), 0);

    for (method, path) in [
        ("PUT", "/api/backups"),
        ("DELETE", "/api/logonSessions/x"),
        ("POST", "/api/vmRestorePoints/x/mounts"),
    ] {
        let request = format!("{method} {path} HTTP/1.1\r\nHost: em\r\nConnection: close\r\n\r\n");
        let answer = raw(&em, &request).await;
        assert!(
            answer.starts_with("HTTP/1.1 411 "),
            "{method} {path}: {answer}"
        );
    }
    // The first request that gets through takes the fault: a GET, which needs no length.
    let answer = raw(
        &em,
        "GET /api/ HTTP/1.1\r\nHost: em\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 500 "), "{answer}");

    let answer = raw(&em, &logon("Content-Length: 0\r\n")).await;
    assert!(answer.starts_with("HTTP/1.1 201 Created\r\n"), "{answer}");
    let answer = raw(
        &em,
        &logon("Transfer-Encoding: chunked\r\n").replace("\r\n\r\n", "\r\n\r\n0\r\n\r\n"),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 201 Created\r\n"), "{answer}");

    let log = em.requests();
    let statuses: Vec<Option<u16>> = log.iter().map(|r| r.status.map(|s| s.as_u16())).collect();
    assert_eq!(
        statuses,
        [411, 411, 411, 411, 500, 201, 201].map(Some),
        "{log:#?}"
    );
    assert!(log[..4]
        .iter()
        .all(|r| r.fault.is_none() && r.content_length.is_empty()));
    assert_eq!(log[5].content_length, ["0"]);
    assert_eq!(log[6].transfer_encoding, ["chunked"]);
}

#[tokio::test]
async fn an_idle_session_expires_and_a_used_one_does_not() {
    let idle = std::time::Duration::from_millis(1500);
    let em = start(Config::default().with_session_idle_timeout(idle)).await;
    let client = client();
    let token = logon(&em, &client).await;
    let url = format!("{}/backups", em.base_url());
    // Used every 200 ms (slack for a loaded machine): alive after more than the timeout in total.
    for _ in 0..9 {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        let answer = get(&client, &url, &token, XML).await;
        assert_eq!(answer.status, 200);
    }
    tokio::time::sleep(idle + std::time::Duration::from_millis(300)).await;
    let answer = get(&client, &url, &token, XML).await;
    assert_eq!(answer.status, 401, "{}", answer.text());
    assert_eq!(em.session_count(), 0);
    assert_eq!(em.requests().last().unwrap().session, SessionCheck::Invalid);
}
