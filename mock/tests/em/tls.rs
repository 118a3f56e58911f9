//! HTTPS with the self-signed certificate.

use veeam_em_mock::Config;

use crate::common::*;

#[tokio::test]
async fn https_works_when_the_client_trusts_the_certificate() {
    let em = start(Config::default().with_tls()).await;
    assert!(em.base_url().starts_with("https://127.0.0.1:"));
    let pem = em.cert_pem().expect("a certificate").to_owned();
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"));

    let trusting = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(pem.as_bytes()).unwrap())
        .build()
        .unwrap();
    let answer = send(&trusting, reqwest::Method::GET, em.base_url(), None, None).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.xml().name, "EnterpriseManager");
    let token = logon(&em, &trusting).await;
    let backups = get(
        &trusting,
        &format!("{}/backups", em.base_url()),
        &token,
        JSON,
    )
    .await;
    assert_eq!(backups.status, 200);
    // Hrefs carry the https base URL.
    assert!(backups.json()["Refs"][0]["Href"]
        .as_str()
        .unwrap()
        .starts_with(em.base_url()));
    // `localhost` is in the certificate too.
    let by_name = em.base_url().replace("127.0.0.1", "localhost");
    assert_eq!(
        send(&trusting, reqwest::Method::GET, &by_name, None, None)
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn https_fails_when_the_client_does_not_trust_it() {
    let em = start(Config::default().with_tls()).await;
    let err = client().get(em.base_url()).send().await.unwrap_err();
    assert!(err.is_connect() || err.is_request(), "{err:?}");
    // Another mock's certificate does not help either.
    let other = start(Config::default().with_tls()).await;
    let wrong = reqwest::Client::builder()
        .add_root_certificate(
            reqwest::Certificate::from_pem(other.cert_pem().unwrap().as_bytes()).unwrap(),
        )
        .build()
        .unwrap();
    assert!(wrong.get(em.base_url()).send().await.is_err());
    // Nothing got through to the API.
    assert!(em.requests().is_empty());
    // Plain HTTP has no certificate.
    let plain = start(Config::default()).await;
    assert!(!plain.config().tls && plain.cert_pem().is_none());
}
