//! The query service's filterable fields come from the query-type pages.

use veeam_em::api::query_types;

#[test]
fn every_documented_query_type_is_listed_with_its_fields() {
    // 49 query-type pages in the reference.
    assert_eq!(query_types::ALL.len(), 49);
    let vm = query_types::by_name("VmRestorePoint").expect("VmRestorePoint");
    for field in [
        "UID",
        "Name",
        "CreationTime",
        "VmDisplayName",
        "BackupServerUid",
    ] {
        assert!(
            vm.field(field).is_some(),
            "VmRestorePoint filters on {field}"
        );
    }
    let algorithm = vm.field("Algorithm").expect("Algorithm");
    assert_eq!(
        algorithm.values,
        [
            "Full",
            "ReversedIncremental",
            "Incremental",
            "SyntheticFull"
        ]
    );
    assert!(
        vm.field("vmdisplayname").is_some(),
        "names match case-insensitively"
    );
    assert!(query_types::by_name("NoSuchType").is_none());
}
