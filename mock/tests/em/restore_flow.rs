//! Backups → restore points → VM restore points → mount → task, in XML and JSON.

use reqwest::Method;
use serde_json::Value;
use veeam_em::api::types::{EntityReferences, Ref, RestorePoint, Task, VmRestorePoint};
use veeam_em::runtime::xml::from_document;
use veeam_em_mock::{Config, DataShape};

use crate::common::*;

/// The `Href` of the link with this `Rel` (and `Type`, when given), in XML.
fn xml_link(el: &veeam_em::runtime::xml::Element, rel: &str, kind: Option<&str>) -> String {
    el.child("Links")
        .expect("Links")
        .children("Link")
        .find(|l| l.attr("Rel") == Some(rel) && (kind.is_none() || l.attr("Type") == kind))
        .and_then(|l| l.attr("Href"))
        .unwrap_or_else(|| panic!("no {rel} {kind:?} link"))
        .to_owned()
}

/// The `Href` of the link of type `kind` in JSON, key names as given.
fn json_link(value: &Value, links: &str, type_key: &str, kind: &str, href_key: &str) -> String {
    value[links]
        .as_array()
        .expect("links")
        .iter()
        .find(|l| l[type_key] == kind)
        .and_then(|l| l[href_key].as_str())
        .unwrap_or_else(|| panic!("no {kind} link"))
        .to_owned()
}

#[tokio::test]
async fn the_restore_flow_in_xml() {
    let em = start(Config::default()).await;
    let client = client();
    let token = logon(&em, &client).await;
    let base = em.base_url().to_owned();
    let data = em.data().clone();

    // Backups.
    let answer = get(&client, &format!("{base}/backups"), &token, XML).await;
    assert_eq!(answer.status, 200);
    let backups: EntityReferences = from_document(&answer.body).unwrap();
    assert_eq!(backups.refs.len(), data.backups.len());
    let backup = &data.backups[1];
    let backup_ref = &backups.refs[1];
    assert_eq!(backup_ref.r#type.as_deref(), Some("BackupReference"));
    assert_eq!(backup_ref.name.as_deref(), Some(backup.name.as_str()));
    let root = answer.xml();
    let restore_points_url = xml_link(&root.children[1], "Down", Some("RestorePointReferenceList"));
    assert_eq!(
        restore_points_url,
        format!("{base}/backups/{}/restorePoints", backup.id)
    );

    // Its restore points: references with the links of the docs' sample.
    let answer = get(&client, &restore_points_url, &token, XML).await;
    assert_eq!(answer.status, 200);
    let points: EntityReferences = from_document(&answer.body).unwrap();
    assert_eq!(points.refs.len(), backup.restore_points.len());
    let rp = &backup.restore_points[2];
    let rp_ref = &points.refs[2];
    assert_eq!(rp_ref.r#type.as_deref(), Some("RestorePointReference"));
    assert_eq!(
        rp_ref.uid.as_ref().unwrap().as_str(),
        format!("urn:veeam:RestorePoint:{}", rp.id)
    );
    let rels: Vec<_> = rp_ref
        .links
        .as_ref()
        .unwrap()
        .iter()
        .map(|l| l.rel.clone().unwrap())
        .collect();
    assert_eq!(rels, ["Up", "Up", "Alternate", "Down", "Related"]);
    let rp_el = &answer.xml().children[2];
    let entity_url = xml_link(rp_el, "Alternate", None);
    assert_eq!(
        entity_url,
        format!("{base}/restorePoints/{}?format=Entity", rp.id)
    );
    let vm_points_url = xml_link(rp_el, "Down", Some("VmRestorePointReferenceList"));

    // The restore point's entity and reference.
    let answer = get(&client, &entity_url, &token, XML).await;
    let entity: RestorePoint = from_document(&answer.body).unwrap();
    assert_eq!(answer.xml().name, "RestorePoint");
    assert_eq!(entity.name.as_deref(), Some(rp.name.as_str()));
    assert_eq!(
        entity.backup_date_utc.as_ref().unwrap().as_str(),
        rp.backup_date_utc
    );
    let answer = get(
        &client,
        &format!("{base}/restorePoints/{}", rp.id),
        &token,
        XML,
    )
    .await;
    assert_eq!(answer.xml().name, "EntityRef");
    let reference: Ref = from_document(&answer.body).unwrap();
    assert_eq!(
        reference.href.unwrap().as_str(),
        format!("{base}/restorePoints/{}", rp.id)
    );

    // Its VM restore points.
    let answer = get(&client, &vm_points_url, &token, XML).await;
    let vm_points: EntityReferences = from_document(&answer.body).unwrap();
    assert_eq!(vm_points.refs.len(), rp.vm_restore_points.len());
    let vm = &rp.vm_restore_points[1];
    let vm_ref_el = &answer.xml().children[1];
    assert_eq!(vm_ref_el.attr("Type"), Some("VmRestorePointReference"));
    let vm_entity_url = xml_link(vm_ref_el, "Alternate", Some("VmRestorePoint"));
    assert_eq!(
        vm_entity_url,
        format!("{base}/vmRestorePoints/{}?format=Entity", vm.id)
    );

    // The VM restore point's entity, shaped like the docs' sample.
    let answer = get(&client, &vm_entity_url, &token, XML).await;
    assert_eq!(answer.status, 200);
    let root = answer.xml();
    assert_eq!(root.name, "VmRestorePoint");
    assert_eq!(
        names(&root),
        [
            "Links",
            "CreationTimeUTC",
            "VmName",
            "Algorithm",
            "PointType",
            "HierarchyObjRef"
        ]
    );
    let point: VmRestorePoint = from_document(&answer.body).unwrap();
    assert_eq!(point.name.as_deref(), Some(vm.name.as_str()));
    assert_eq!(point.vm_name.as_deref(), Some(vm.vm_name.as_str()));
    assert_eq!(
        point.creation_time_utc.unwrap().as_str(),
        vm.creation_time_utc
    );
    assert_eq!(point.algorithm.unwrap().as_str(), "Incremental");
    let links: Vec<(String, Option<String>)> = point
        .links
        .unwrap()
        .into_iter()
        .map(|l| (l.rel.unwrap(), l.r#type))
        .collect();
    assert_eq!(links.len(), 7);
    assert_eq!(links[0], ("Restore".to_owned(), None));
    assert_eq!(
        xml_link(&root, "Up", Some("RestorePointReference")),
        format!("{base}/restorePoints/{}", rp.id)
    );
    let mounts_url = xml_link(&root, "Create", Some("VmRestorePointMount"));
    assert_eq!(
        mounts_url,
        format!("{base}/vmRestorePoints/{}/mounts", vm.id)
    );

    // Unknown IDs are 404 with the error body.
    let missing = get(
        &client,
        &format!("{base}/vmRestorePoints/nope?format=Entity"),
        &token,
        XML,
    )
    .await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.xml().attr("StatusCode"), Some("404"));
}

#[tokio::test]
async fn the_restore_flow_in_json_pascal_and_camel_case() {
    for em13 in [false, true] {
        let config = if em13 {
            Config::default().enterprise_manager_13()
        } else {
            Config::default()
        };
        let em = start(config).await;
        let client = client();
        let token = logon(&em, &client).await;
        let base = em.base_url().to_owned();
        let rp = em.data().backups[0].restore_points[0].clone();
        let vm = rp.vm_restore_points[0].clone();
        let k = |pascal: &str| {
            if em13 {
                veeam_em_mock_camel(pascal)
            } else {
                pascal.to_owned()
            }
        };

        let answer = get(&client, &format!("{base}/backups"), &token, JSON).await;
        assert_eq!(answer.status, 200);
        assert!(answer.content_type().starts_with("application/json"));
        let backups = answer.json();
        assert_eq!(backups[k("Refs")].as_array().unwrap().len(), 2);
        assert_eq!(backups[k("Refs")][0][k("Type")], "BackupReference");

        let answer = get(
            &client,
            &format!("{base}/backups/{}/restorePoints", rp.backup_id),
            &token,
            JSON,
        )
        .await;
        let points = answer.json();
        let first = &points[k("Refs")][0];
        assert_eq!(first[k("UID")], format!("urn:veeam:RestorePoint:{}", rp.id));
        let vm_points_url = json_link(
            first,
            &k("Links"),
            &k("Type"),
            "VmRestorePointReferenceList",
            &k("Href"),
        );

        let vm_points = get(&client, &vm_points_url, &token, JSON).await.json();
        assert_eq!(vm_points[k("Refs")].as_array().unwrap().len(), 2);

        let point = get(
            &client,
            &format!("{base}/vmRestorePoints/{}?format=Entity", vm.id),
            &token,
            JSON,
        )
        .await
        .json();
        assert_eq!(point[k("VmName")], vm.vm_name.as_str());
        assert_eq!(
            point[k("UID")],
            format!("urn:veeam:VmRestorePoint:{}", vm.id)
        );
        assert_eq!(point[k("CreationTimeUTC")], vm.creation_time_utc.as_str());
        assert_eq!(point[k("Links")].as_array().unwrap().len(), 7);
        assert_eq!(point[k("Algorithm")], "Full");
        if em13 {
            assert!(point.get("VmName").is_none() && point.get("uid").is_some());
            assert!(point.get("creationTimeUTC").is_some());
        }
        // The generated types read both spellings.
        let typed: VmRestorePoint = serde_json::from_value(point).unwrap();
        assert_eq!(typed.vm_name.as_deref(), Some(vm.vm_name.as_str()));

        let entity = get(
            &client,
            &format!("{base}/restorePoints/{}?format=Entity", rp.id),
            &token,
            JSON,
        )
        .await
        .json();
        assert_eq!(entity[k("BackupDateUTC")], rp.backup_date_utc.as_str());
        let typed: RestorePoint = serde_json::from_value(entity).unwrap();
        assert_eq!(typed.name.as_deref(), Some(rp.name.as_str()));
    }
}

/// camelCase the way the mock writes it (checked against its own unit tests).
fn veeam_em_mock_camel(pascal: &str) -> String {
    match pascal {
        "UID" => "uid".to_owned(),
        "CreationTimeUTC" => "creationTimeUTC".to_owned(),
        "BackupDateUTC" => "backupDateUTC".to_owned(),
        other => {
            let mut chars = other.chars();
            let first = chars.next().unwrap().to_ascii_lowercase();
            std::iter::once(first).chain(chars).collect()
        }
    }
}

#[tokio::test]
async fn a_mount_is_a_202_task_that_finishes_after_k_polls() {
    let em = start(Config::default().with_task_running_polls(3)).await;
    let client = client();
    let token = logon(&em, &client).await;
    let base = em.base_url().to_owned();
    let vm = em.data().vm_restore_points().nth(5).unwrap().clone();
    let mounts_url = format!("{base}/vmRestorePoints/{}/mounts", vm.id);

    let answer = client
        .post(&mounts_url)
        .header("X-RestSvcSessionId", &token)
        .header("Content-Type", "application/xml")
        .body("<?xml version=\"1.0\" encoding=\"utf-8\"?><VmRestorePointMountSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><OsKind>Windows</OsKind></VmRestorePointMountSpec>")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 202);
    let body = answer.bytes().await.unwrap();
    let task: Task = from_document(&body).unwrap();
    assert_eq!(task.task_id.as_deref(), Some("task-1"));
    assert_eq!(task.state.unwrap().as_str(), "Running");
    assert_eq!(task.operation.as_deref(), Some("MountRestorePoint"));
    let links = task.links.unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].rel.as_deref(), Some("Delete"));
    let task_url = task.href.unwrap().as_str().to_owned();
    assert_eq!(task_url, format!("{base}/tasks/task-1"));

    let mut states = Vec::new();
    let mut finished = None;
    for _ in 0..10 {
        let answer = get(&client, &task_url, &token, XML).await;
        assert_eq!(answer.status, 200);
        let task: Task = from_document(&answer.body).unwrap();
        states.push(task.state.clone().unwrap().as_str().to_owned());
        if states.last().unwrap() == "Finished" {
            finished = Some((task, answer.xml()));
            break;
        }
    }
    assert_eq!(states, ["Running", "Running", "Running", "Finished"]);
    let (task, root) = finished.unwrap();
    let result = task.result.unwrap();
    assert_eq!(result.message.as_deref(), Some("Ok"));
    let result_el = root.child("Result").unwrap();
    assert_eq!(result_el.attr("Success"), Some("true"));
    assert_eq!(result_el.child("Message").unwrap().text, "Ok");
    let related = task
        .links
        .unwrap()
        .into_iter()
        .find(|l| l.rel.as_deref() == Some("Related"))
        .unwrap();
    assert_eq!(related.r#type.as_deref(), Some("VmRestorePointMount"));
    let mount_url = related.href.unwrap().as_str().to_owned();
    assert_eq!(mount_url, format!("{mounts_url}/1"));

    // The mount exists; a second mount of the same point is number 2, with its own task.
    let mount = get(&client, &mount_url, &token, XML).await;
    assert_eq!(mount.status, 200);
    assert_eq!(mount.xml().name, "VmRestorePointMount");
    let answer = send(&client, Method::POST, &mounts_url, Some(&token), Some(JSON)).await;
    assert_eq!(answer.status, 202);
    let task2 = answer.json();
    assert_eq!(task2["TaskId"], "task-2");
    assert_eq!(task2["State"], "Running");
    assert_eq!(
        get(&client, &format!("{mounts_url}/3"), &token, XML)
            .await
            .status,
        404
    );

    // The task can be deleted; then it is gone.
    let delete = send(&client, Method::DELETE, &task_url, Some(&token), None).await;
    assert_eq!(delete.status, 204);
    assert_eq!(get(&client, &task_url, &token, XML).await.status, 404);

    // A malformed body is a 400; an unknown point a 404.
    let bad = client
        .post(&mounts_url)
        .header("X-RestSvcSessionId", &token)
        .header("Content-Type", "application/json")
        .body("{\"OsKind\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status().as_u16(), 400);
    let unknown = send(
        &client,
        Method::POST,
        &format!("{base}/vmRestorePoints/00000000-0000-0000-0000-000000000000/mounts"),
        Some(&token),
        None,
    )
    .await;
    assert_eq!(unknown.status, 404);
}

#[tokio::test]
async fn a_bigger_or_empty_inventory() {
    let em = start(Config::default().with_data(DataShape {
        backups: 3,
        restore_points_per_backup: 4,
        vms_per_backup: 5,
    }))
    .await;
    assert_eq!(em.data().vm_restore_points().count(), 60);
    let client = client();
    let token = logon(&em, &client).await;
    let all = get(
        &client,
        &format!("{}/vmRestorePoints", em.base_url()),
        &token,
        JSON,
    )
    .await
    .json();
    assert_eq!(all["Refs"].as_array().unwrap().len(), 60);

    let empty = start(Config::default().with_data(DataShape {
        backups: 0,
        restore_points_per_backup: 0,
        vms_per_backup: 0,
    }))
    .await;
    let token = logon(&empty, &client).await;
    let answer = get(
        &client,
        &format!("{}/backups", empty.base_url()),
        &token,
        XML,
    )
    .await;
    assert_eq!(answer.status, 200);
    let refs: EntityReferences = from_document(&answer.body).unwrap();
    assert!(refs.refs.is_empty());
}

#[tokio::test]
async fn tasks_can_pass_through_operation_finished_or_fail() {
    let em = start(
        Config::default()
            .with_task_running_polls(1)
            .with_task_operation_finished_polls(2),
    )
    .await;
    let client = client();
    let token = logon(&em, &client).await;
    let vm = em.data().vm_restore_points().next().unwrap().id.clone();
    let mounts_url = format!("{}/vmRestorePoints/{vm}/mounts", em.base_url());
    let task = send(&client, Method::POST, &mounts_url, Some(&token), Some(JSON)).await;
    assert_eq!(task.status, 202);
    let task_url = task.json()["Href"].as_str().unwrap().to_owned();
    let mut states = Vec::new();
    for _ in 0..4 {
        let task = get(&client, &task_url, &token, JSON).await.json();
        states.push(task["State"].as_str().unwrap().to_owned());
    }
    assert_eq!(
        states,
        [
            "Running",
            "OperationFinished",
            "OperationFinished",
            "Finished"
        ]
    );

    let em = start(
        Config::default()
            .with_task_running_polls(0)
            .with_failing_tasks("Failed to mount the restore point"),
    )
    .await;
    let token = logon(&em, &client).await;
    let mounts_url = format!("{}/vmRestorePoints/{vm}/mounts", em.base_url());
    let answer = send(&client, Method::POST, &mounts_url, Some(&token), None).await;
    let task: Task = from_document(&answer.body).unwrap();
    let answer = get(&client, task.href.unwrap().as_str(), &token, XML).await;
    let root = answer.xml();
    assert_eq!(root.child("State").unwrap().text, "Finished");
    let result = root.child("Result").unwrap();
    assert_eq!(result.attr("Success"), Some("false"));
    assert_eq!(
        result.child("Message").unwrap().text,
        "Failed to mount the restore point"
    );
    let rels: Vec<_> = root
        .child("Links")
        .unwrap()
        .children("Link")
        .map(|l| l.attr("Rel").unwrap().to_owned())
        .collect();
    assert_eq!(rels, ["Delete"]);
    assert_eq!(
        get(&client, &format!("{mounts_url}/1"), &token, XML)
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn collections_in_entity_form_list_the_inventory() {
    let em = start(Config::default()).await;
    let client = client();
    let token = logon(&em, &client).await;
    let base = em.base_url().to_owned();
    let data = em.data().clone();
    let backup = &data.backups[0];

    let answer = get(
        &client,
        &format!("{base}/backups/{}/restorePoints?format=Entity", backup.id),
        &token,
        XML,
    )
    .await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    let points: veeam_em::api::types::RestorePoints = from_document(&answer.body).unwrap();
    assert_eq!(points.restore_points.len(), backup.restore_points.len());

    let answer = get(
        &client,
        &format!("{base}/vmRestorePoints?format=Entity"),
        &token,
        XML,
    )
    .await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    let vms: veeam_em::api::types::VmRestorePoints = from_document(&answer.body).unwrap();
    let all: usize = data
        .restore_points()
        .map(|rp| rp.vm_restore_points.len())
        .sum();
    assert_eq!(vms.vm_restore_points.len(), all);
    let names: Vec<_> = vms
        .vm_restore_points
        .iter()
        .filter_map(|p| p.vm_name.clone())
        .collect();
    assert_eq!(names.len(), all, "every entity names its VM");
}
