//! The generated builders (`api::builders`): a type with required members is built without
//! writing its optional members as `None`, and `build()` names every required member not set.

use veeam_em::api::types::BackupServerSpec;
use veeam_em::runtime::{xml, MissingMembers};

#[test]
fn build_names_every_missing_required_member_by_wire_name() {
    let error = BackupServerSpec::builder()
        .port("9392")
        .build()
        .expect_err("two required members are not set");
    assert_eq!(
        error,
        MissingMembers {
            type_name: "BackupServerSpec",
            members: vec!["Description", "DnsNameOrIpAddress"],
        }
    );
    assert_eq!(
        error.to_string(),
        "BackupServerSpec: required members not set: Description, DnsNameOrIpAddress"
    );
    let one = BackupServerSpec::builder()
        .description("lab")
        .build()
        .expect_err("one required member is not set");
    assert_eq!(one.members, ["DnsNameOrIpAddress"]);
}

#[test]
fn optional_members_are_set_by_value_and_the_rest_stay_absent() {
    let spec = BackupServerSpec::builder()
        .description("lab")
        .dns_name_or_ip_address(String::from("vbr01.tech.local"))
        .wcf_port(9393)
        .password("s3cret")
        .build()
        .expect("every required member is set");
    assert_eq!(spec.description, "lab");
    assert_eq!(spec.dns_name_or_ip_address, "vbr01.tech.local");
    assert_eq!(spec.wcf_port, Some(9393));
    assert_eq!(spec.password.as_ref().map(|p| p.expose()), Some("s3cret"));
    assert_eq!(spec.port, None);
    assert_eq!(spec.username, None);
    let document = xml::to_document("BackupServerSpec", &spec);
    assert!(
        document.contains("<Description>lab</Description>"),
        "{document}"
    );
    assert!(!document.contains("<Port>"), "{document}");
}

#[test]
fn a_builder_never_prints_its_members() {
    let builder = BackupServerSpec::builder().password("s3cret");
    let printed = format!("{builder:?}");
    assert!(!printed.contains("s3cret"), "{printed}");
    assert!(printed.contains("BackupServerSpecBuilder"), "{printed}");
}
