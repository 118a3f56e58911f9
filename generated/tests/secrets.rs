//! Generated types never show a password in `Debug` output.

use veeam_em::api::types::{BackupServerSpec, CreateCloudTenantSpec};

#[test]
fn passwords_are_redacted_in_debug() {
    let tenant: CreateCloudTenantSpec = veeam_em::runtime::json::from_slice(
        br#"{"Name": "t", "BackupServerUid": "urn:veeam:BackupServer:1", "Password": "hunter2-secret"}"#,
    )
    .expect("decodes");
    assert_eq!(
        tenant.password.as_ref().map(|p| p.expose()),
        Some("hunter2-secret"),
        "the value is kept"
    );
    let shown = format!("{tenant:?}");
    assert!(!shown.contains("hunter2-secret"), "{shown}");
    assert!(shown.contains("<redacted>"));

    let server: BackupServerSpec = veeam_em::runtime::json::from_slice(
        br#"{"Description": "d", "DnsNameOrIpAddress": "srv", "Password": "hunter2-secret"}"#,
    )
    .expect("decodes");
    assert!(!format!("{server:?}").contains("hunter2-secret"));
    // The type redacts itself, whatever prints it.
    let password = server.password.clone().expect("kept");
    assert_eq!(format!("{password:?}"), "<redacted>");
    assert_eq!(password.expose(), "hunter2-secret");
    // And goes on the wire as it is.
    let json = veeam_em::runtime::json::to_vec(&server);
    assert!(String::from_utf8(json)
        .unwrap()
        .contains("\"hunter2-secret\""));
}
