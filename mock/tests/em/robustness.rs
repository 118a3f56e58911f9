//! Bad requests get 4xx answers, never a dead server; dropping the mock stops it.

use reqwest::Method;
use veeam_em_mock::Config;

use crate::common::*;

#[tokio::test]
async fn bad_requests_get_4xx_and_the_server_keeps_going() {
    let em = start(Config::default()).await;
    let client = client();
    let token = logon(&em, &client).await;
    let base = em.base_url().to_owned();

    for (method, path, status) in [
        (Method::GET, "/nothing", 404),
        (Method::GET, "/api/nothing/here", 404),
        (Method::PUT, "/api/backups", 405),
        (Method::DELETE, "/api/backups/x", 405),
        (Method::GET, "/api/sessionMngr/", 405),
        (Method::GET, "/api/backups/unknown", 404),
        (Method::GET, "/api/backups?format=Weird", 400),
        (
            Method::GET,
            "/api/restorePoints/unknown/vmRestorePoints",
            404,
        ),
        (Method::GET, "/api/tasks/task-99", 404),
        (Method::DELETE, "/api/logonSessions/unknown", 404),
        (Method::GET, "/api/vmRestorePoints/x/mounts/abc", 404),
    ] {
        let url = format!("{}{path}", base.trim_end_matches("/api"));
        let answer = send(&client, method.clone(), &url, Some(&token), None).await;
        assert_eq!(answer.status, status, "{method} {path}: {}", answer.text());
        assert_eq!(answer.xml().name, "Error");
    }

    // Paths are matched without regard to case, like the real server.
    let answer = get(&client, &format!("{base}/VMRESTOREPOINTS"), &token, XML).await;
    assert_eq!(answer.status, 200);

    // Raw garbage: a 400 (or a closed connection), then the server still answers.
    for garbage in [
        "\u{1}\u{2}\u{3}\r\n\r\n",
        "GET nowhere HTTP/1.1\r\n\r\n",
        "GET /api HTTP/1.1\r\nContent-Length: nope\r\n\r\n",
        "POST /api/x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ] {
        let answer = raw(&em, garbage).await;
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 400 "),
            "{garbage:?}: {answer}"
        );
    }
    let huge = format!(
        "GET /api HTTP/1.1\r\nX-Big: {}\r\n\r\n",
        "a".repeat(64 * 1024)
    );
    assert!(raw(&em, &huge).await.starts_with("HTTP/1.1 431 "));
    let answer = send(&client, Method::GET, &base, None, None).await;
    assert_eq!(answer.status, 200);

    // HTTP/1.0 and keep-alive: each answer on its own connection.
    let answer = raw(&em, "GET /api HTTP/1.0\r\n\r\n").await;
    assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"));
    // Two pipelined requests on one connection.
    let answer = raw(
        &em,
        "GET /api HTTP/1.1\r\nHost: a\r\n\r\nGET /api/backups HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(answer.matches("HTTP/1.1 ").count(), 2);
    assert!(answer.contains("HTTP/1.1 401 Unauthorized"));
    // HEAD: the headers only.
    let answer = raw(&em, "HEAD /api HTTP/1.1\r\nConnection: close\r\n\r\n").await;
    assert!(answer.starts_with("HTTP/1.1 200 OK\r\n") && answer.ends_with("\r\n\r\n"));
}

#[tokio::test]
async fn dropping_the_mock_stops_the_server() {
    let em = start(Config::default()).await;
    let addr = em.addr();
    let client = client();
    assert_eq!(
        send(&client, Method::GET, em.base_url(), None, None)
            .await
            .status,
        200
    );
    let base = em.base_url().to_owned();
    drop(em);
    // Give the aborted tasks a moment to unwind.
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
    let fresh = reqwest::Client::new();
    assert!(fresh.get(&base).send().await.is_err());

    // shutdown() waits for it.
    let em = start(Config::default()).await;
    let addr = em.addr();
    em.shutdown().await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}
