//! The client against a misbehaving Enterprise Manager: expired sessions, server errors,
//! malformed and truncated bodies, slow answers, self-signed TLS; and no secret in any `Debug`.

use std::time::Duration;

use veeam_em::runtime::session::Credentials;
use veeam_em::{Client, Error, Format, StatusCode};
use veeam_em_mock::{Config, Fault, FaultRule, MockServer};

const PASSWORD: &str = "Passw0rd!";

fn builder(mock: &MockServer, format: Format) -> veeam_em::ClientBuilder {
    let config = mock.config();
    Client::builder(mock.base_url())
        .format(format)
        .timeout(Duration::from_secs(5))
        .credentials(Credentials::new(
            config.username.clone(),
            config.password.clone(),
        ))
}

async fn logged_on(mock: &MockServer, format: Format) -> Client {
    let client = builder(mock, format).build().expect("client builds");
    client.logon().await.expect("logon");
    client
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_session_is_renewed_once() {
    let mock = MockServer::start_with(Config::default()).await;
    let client = logged_on(&mock, Format::Xml).await;
    client.get_backups().await.expect("first call");
    mock.expire_sessions();
    client
        .get_backups()
        .await
        .expect("the client logs on again and retries");
    let logons = mock
        .requests()
        .iter()
        .filter(|r| r.path.contains("sessionMngr"))
        .count();
    assert_eq!(logons, 2, "exactly one re-logon");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_session_without_credentials_is_a_401() {
    let mock = MockServer::start_with(Config::default()).await;
    let mut client = Client::new(mock.base_url()).expect("client");
    client.set_session_id("a-session-the-server-does-not-know");
    match client.get_backups().await {
        Err(Error::Status {
            status: StatusCode::UNAUTHORIZED,
            ..
        }) => {}
        other => panic!("expected a 401 Status error, got {other:?}"),
    }
}

/// Each fault, in both formats, ends in its typed error — never a panic.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_injected_fault_is_a_typed_error() {
    for format in [Format::Xml, Format::Json] {
        let mock = MockServer::start_with(Config::default()).await;
        let client = builder(&mock, format)
            .timeout(Duration::from_millis(500))
            .build()
            .expect("client");
        client.logon().await.expect("logon");

        mock.inject(
            FaultRule::new(Fault::server_error("The backup server is unreachable"))
                .path_prefix("/api/backups"),
        );
        match client.get_backups().await {
            Err(
                e @ Error::Status {
                    status: StatusCode::INTERNAL_SERVER_ERROR,
                    body: Some(_),
                    ..
                },
            ) => {
                assert_eq!(
                    e.to_string(),
                    format!(
                        "GET {}/backups (GET /backups): HTTP 500: The backup server is unreachable",
                        mock.base_url()
                    )
                );
                let Error::Status {
                    body: Some(body), ..
                } = e
                else {
                    unreachable!()
                };
                assert_eq!(
                    body.message.as_deref(),
                    Some("The backup server is unreachable"),
                    "{format:?}"
                );
            }
            other => panic!("{format:?} 500: {other:?}"),
        }

        for fault in [
            Fault::MalformedXml,
            Fault::MalformedJson,
            Fault::HalfBody,
            Fault::WrongContentType,
        ] {
            mock.inject(FaultRule::new(fault.clone()).path_prefix("/api/backups"));
            match client.get_backups().await {
                Err(Error::Decode {
                    operation,
                    method,
                    url,
                    excerpt,
                    ..
                }) => {
                    assert_eq!(operation, "GET /backups", "{format:?} {fault:?}");
                    // The request that got the bad body, in full.
                    assert_eq!(method, Some(veeam_em::Method::GET));
                    assert_eq!(url, Some(format!("{}/backups", mock.base_url())));
                    assert!(excerpt.len() <= 400, "a short excerpt");
                }
                // A body cut short may also fail while reading it.
                Err(Error::Transport { .. }) if fault == Fault::HalfBody => {}
                // The other format's malformation can still parse as this one's garbage.
                Ok(_)
                    if matches!(
                        (&fault, format),
                        (Fault::MalformedXml, Format::Json)
                            | (Fault::MalformedJson, Format::Xml)
                            | (Fault::WrongContentType, _)
                    ) => {}
                other => panic!("{format:?} {fault:?}: {other:?}"),
            }
        }

        mock.inject(FaultRule::new(Fault::TruncatedBody).path_prefix("/api/backups"));
        match client.get_backups().await {
            Err(Error::Transport { .. } | Error::Decode { .. } | Error::Timeout { .. }) => {}
            other => panic!("{format:?} truncated: {other:?}"),
        }

        mock.inject(
            FaultRule::new(Fault::Slow(Duration::from_secs(3))).path_prefix("/api/backups"),
        );
        match client.get_backups().await {
            Err(Error::Timeout { .. }) => {}
            other => panic!("{format:?} slow: {other:?}"),
        }

        mock.inject(FaultRule::new(Fault::ExpireSession).path_prefix("/api/backups"));
        client
            .get_backups()
            .await
            .expect("a 401 for an expired session is followed by one re-logon");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn self_signed_tls_is_refused_by_default_and_accepted_with_its_ca() {
    let mock = MockServer::start_with(Config::default().with_tls()).await;
    let refused = builder(&mock, Format::Xml).build().expect("client");
    match refused.logon().await {
        Err(Error::Transport { .. }) => {}
        other => panic!("an untrusted certificate must be refused, got {other:?}"),
    }
    let pem = mock.cert_pem().expect("the mock's certificate");
    let trusted = builder(&mock, Format::Xml)
        .ca_certificate_pem(pem.as_bytes())
        .build()
        .expect("client with the CA");
    trusted.logon().await.expect("logon over TLS with the CA");
    trusted.get_backups().await.expect("a call over TLS");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn debug_output_carries_no_secret() {
    const SESSION: &str = "c2Vzc2lvbi1pZC10aGF0LW11c3Qtc3RheS1zZWNyZXQ";
    let mock = MockServer::start_with(Config::default()).await;
    // A client with credentials and a session id the server does not know: the 401 makes it log
    // on again, so its errors, its Debug and the logon all pass through secrets.
    let mut client = builder(&mock, Format::Xml).build().expect("client");
    client.set_session_id(SESSION);
    mock.inject(FaultRule::new(Fault::server_error("boom")).path_prefix("/api/backups"));
    let error = client.get_backups().await.expect_err("500");
    let mut plain = Client::new(mock.base_url()).expect("client");
    plain.set_session_id(SESSION);
    let unauthorized = plain.get_backups().await.expect_err("401");
    for shown in [
        format!("{client:?}"),
        format!("{client:#?}"),
        format!("{plain:?}"),
        format!("{error:?}"),
        format!("{error}"),
        format!("{unauthorized:?}"),
        format!("{unauthorized}"),
        format!("{:?}", Credentials::new("Administrator", PASSWORD)),
    ] {
        assert!(!shown.contains(PASSWORD), "password in {shown}");
        assert!(!shown.contains(SESSION), "session id in {shown}");
    }
}
