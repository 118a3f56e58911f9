//! The client people run, over real loopback connections to the Enterprise Manager mock:
//! logon → backups → restore points → VM restore points → entity → follow links → mount (202)
//! → wait for the task → logout, in XML and in JSON (PascalCase and camelCase).

use std::time::Duration;

use veeam_em::api::types::{EntityReferences, PostVmRestorePointsMountsSpec, Ref, RestorePoint};
use veeam_em::flows::links::HasLinks;
use veeam_em::flows::tasks::WaitOptions;
use veeam_em::runtime::session::Credentials;
use veeam_em::{Client, Format};
use veeam_em_mock::{Config, JsonCase, MockServer};

fn ids(refs: &EntityReferences) -> Vec<String> {
    refs.refs
        .iter()
        .filter_map(|r| r.uid.as_ref().and_then(|u| u.id()).map(str::to_string))
        .collect()
}

async fn client_for(mock: &MockServer, format: Format) -> Client {
    let config = mock.config();
    Client::builder(mock.base_url())
        .format(format)
        .credentials(Credentials::new(
            config.username.clone(),
            config.password.clone(),
        ))
        .build()
        .expect("client builds")
}

fn fast() -> WaitOptions {
    WaitOptions {
        deadline: Duration::from_secs(10),
        initial_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(50),
    }
}

async fn restore_flow(config: Config, format: Format) {
    let mock = MockServer::start_with(config).await;
    let client = client_for(&mock, format).await;
    client.logon().await.expect("logon");

    let backups = client.get_backups().await.expect("backups");
    // A Uid from one answer is the next call's path parameter as it is: its id is sent.
    let backup = backups
        .refs
        .first()
        .and_then(|r| r.uid.as_ref())
        .expect("a backup");
    assert!(backup.as_str().starts_with("urn:veeam:"), "{backup}");
    let points = client
        .get_backups_by_id_restore_points(backup)
        .await
        .expect("restore points");
    let point = ids(&points).into_iter().next().expect("a restore point");
    let vm_points = client
        .get_restore_points_by_id_vm_restore_points(&point)
        .await
        .expect("VM restore points");
    let vm_point = ids(&vm_points)
        .into_iter()
        .next()
        .expect("a VM restore point");

    let entity = client
        .get_vm_restore_points_by_id(&vm_point)
        .await
        .expect("entity");
    assert!(entity.name.is_some(), "the entity has a name");
    assert!(
        entity.creation_time_utc.is_some(),
        "CreationTimeUTC is read from the wire"
    );

    // Follow the entity's "Up" link to its restore point.
    let up = entity
        .find_link("Up", Some("RestorePointReference"))
        .expect("an Up link to the restore point")
        .clone();
    // The link leads to the restore point's reference (`<EntityRef>`), not the entity: in XML,
    // read as a `RestorePoint` it is refused (JSON has no root to tell); as a `Ref` it names
    // the restore point.
    if format == Format::Xml {
        let wrong = client.follow::<RestorePoint>(&up).await.unwrap_err();
        assert!(
            wrong
                .to_string()
                .contains("the document is `<EntityRef>`, not `<RestorePoint>`"),
            "{wrong}"
        );
    }
    let parent: Ref = client
        .follow(&up)
        .await
        .expect("the link leads to a restore point's reference");
    assert_eq!(
        parent.uid.as_ref().and_then(|u| u.kind()),
        Some("RestorePoint")
    );

    // Mount: 202 Accepted with a task, then wait until Finished.
    let task = client
        .post_vm_restore_points_by_id_mounts(&vm_point, &PostVmRestorePointsMountsSpec::default())
        .await
        .expect("mount accepted");
    let done = client
        .wait_for_task(&task, fast())
        .await
        .expect("the task finishes");
    assert!(done.is_finished());
    assert!(
        done.related_link().is_some(),
        "a finished mount links to the mount"
    );

    // A body-less action: `POST /jobs/{ID}?action=start` (each backup has one job).
    let started = client
        .post_jobs_by_id_start(&backup)
        .await
        .expect("start accepted");
    assert_eq!(started.operation.as_deref(), Some("StartJob"));

    client.logout().await.expect("logout");
    assert_eq!(mock.session_count(), 0, "the session is gone on the server");
    requests_as_http_sys_wants_them(&mock, format);
}

/// What went on the wire, as Enterprise Manager's HTTP stack (HTTP.sys) wants it: every POST,
/// PUT and DELETE says its length (`Content-Length: 0` without a body: else 411), one `Accept`
/// of the client's format, a `Content-Type` of that format exactly when there is a body; and no
/// request was refused with 411.
fn requests_as_http_sys_wants_them(mock: &MockServer, format: Format) {
    let log = mock.requests();
    let media = match format {
        Format::Xml => "application/xml",
        Format::Json => "application/json",
    };
    let line = |r: &veeam_em_mock::RequestRecord| {
        format!(
            "{} {}?{}",
            r.method,
            r.path,
            r.query.as_deref().unwrap_or("")
        )
    };
    let body_less: Vec<String> = log
        .iter()
        .filter(|r| r.method != "GET" && r.body_len == 0)
        .map(|r| format!("{} Content-Length: {:?}", line(r), r.content_length))
        .collect();
    for wanted in [
        "POST /api/sessionMngr/?v=v1_7",
        "POST /api/jobs/",
        "DELETE /api/logonSessions/",
    ] {
        assert!(
            body_less
                .iter()
                .any(|r| r.starts_with(wanted) && r.ends_with("Content-Length: [\"0\"]")),
            "{wanted} missing among {body_less:#?}"
        );
    }
    for r in &log {
        assert_ne!(
            r.status,
            Some(veeam_em::StatusCode::LENGTH_REQUIRED),
            "{}",
            line(r)
        );
        if r.method != "GET" {
            assert_eq!(r.content_length, [r.body_len.to_string()], "{}", line(r));
            assert!(r.transfer_encoding.is_empty(), "{}", line(r));
        }
        if r.body_len == 0 {
            assert!(
                r.content_type.is_empty(),
                "{}: {:?}",
                line(r),
                r.content_type
            );
        } else {
            assert_eq!(r.content_type, [media], "{}", line(r));
        }
        // The entry point is read as XML whatever the client's format.
        let accept = if r.path == "/api/" {
            "application/xml"
        } else {
            media
        };
        assert_eq!(r.accept, [accept], "{}", line(r));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restore_flow_in_xml() {
    restore_flow(Config::default(), Format::Xml).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restore_flow_in_json_pascal_case() {
    restore_flow(
        Config::default().with_json_case(JsonCase::Pascal),
        Format::Json,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restore_flow_in_json_camel_case() {
    restore_flow(
        Config::default().with_json_case(JsonCase::Camel),
        Format::Json,
    )
    .await;
}

/// `OperationFinished` is not the end: only `Finished` is; a failed task is a typed failure.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tasks_end_at_finished_and_failures_are_typed() {
    use veeam_em::flows::tasks::TaskError;

    let mock =
        MockServer::start_with(Config::default().with_task_operation_finished_polls(2)).await;
    let client = client_for(&mock, Format::Xml).await;
    client.logon().await.expect("logon");
    let vm_point = mock.data().backups[0].restore_points[0].vm_restore_points[0]
        .id
        .clone();
    let task = client
        .post_vm_restore_points_by_id_mounts(&vm_point, &PostVmRestorePointsMountsSpec::default())
        .await
        .expect("mount accepted");
    let done = client
        .wait_for_task(&task, fast())
        .await
        .expect("finishes after OperationFinished");
    assert!(done.is_finished());
    let polls = mock
        .requests()
        .iter()
        .filter(|r| r.path.starts_with("/api/tasks/"))
        .count();
    assert!(
        polls >= 4,
        "2 Running + 2 OperationFinished + Finished: polled {polls} times"
    );

    let failing =
        MockServer::start_with(Config::default().with_failing_tasks("Cannot mount the disks"))
            .await;
    let client = client_for(&failing, Format::Json).await;
    client.logon().await.expect("logon");
    let vm_point = failing.data().backups[0].restore_points[0].vm_restore_points[0]
        .id
        .clone();
    let task = client
        .post_vm_restore_points_by_id_mounts(&vm_point, &PostVmRestorePointsMountsSpec::default())
        .await
        .expect("mount accepted");
    match client.wait_for_task(&task, fast()).await {
        Err(TaskError::Failed { message, .. }) => assert_eq!(message, "Cannot mount the disks"),
        other => panic!("expected a failed task, got {other:?}"),
    }
}

/// The typed query builder pages through every result.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn query_streams_every_page() {
    use futures_util::StreamExt;
    use veeam_em::api::types::Ref;
    use veeam_em::flows::query::Query;

    for format in [Format::Xml, Format::Json] {
        let mock = MockServer::start_with(Config::default()).await;
        let client = client_for(&mock, format).await;
        client.logon().await.expect("logon");
        let total: usize = mock
            .data()
            .backups
            .iter()
            .flat_map(|b| &b.restore_points)
            .map(|p| p.vm_restore_points.len())
            .sum();
        let query = Query::new("VmRestorePoint").page_size(5);
        let stream = client.query_all::<Ref>(&query);
        futures_util::pin_mut!(stream);
        let mut seen = Vec::new();
        while let Some(item) = stream.next().await {
            seen.push(item.expect("a page item"));
        }
        assert_eq!(
            seen.len(),
            total,
            "{format:?}: every VM restore point, across pages"
        );
        let pages = mock
            .requests()
            .iter()
            .filter(|r| r.path == "/api/query")
            .count();
        assert_eq!(pages, total.div_ceil(5), "{format:?}: one request a page");
    }
}

/// One way to query: the generated per-type calls take the typed query (filter, sort, page size,
/// page) and return typed results — references as `Ref`, entities as the query type's entity
/// type (`VmRestorePoint`) — in XML, JSON PascalCase (Enterprise Manager 12) and camelCase
/// (Enterprise Manager 13); a field the type's page does not list is refused before any request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generated_query_calls_filter_sort_page_and_type_their_items() {
    use futures_util::StreamExt;
    use veeam_em::api::query_types;
    use veeam_em::api::types::{Ref, VmRestorePoint};
    use veeam_em::flows::{Filter, Query, QueryFormat, QueryResult};

    for (config, format) in [
        (Config::default(), Format::Xml),
        (Config::default(), Format::Json),
        (Config::default().enterprise_manager_13(), Format::Json),
    ] {
        let mock = MockServer::start_with(config).await;
        let client = client_for(&mock, format).await;
        client.logon().await.expect("logon");
        // What the mock holds for one VM, newest first.
        let vm = mock.data().backups[0].restore_points[0].vm_restore_points[0]
            .vm_name
            .clone();
        let mut expected: Vec<(String, String)> = mock
            .data()
            .restore_points()
            .flat_map(|rp| &rp.vm_restore_points)
            .filter(|p| p.vm_name == vm)
            .map(|p| (p.creation_time_utc.clone(), p.name.clone()))
            .collect();
        expected.sort();
        expected.reverse();
        let expected: Vec<String> = expected.into_iter().map(|(_, name)| name).collect();
        assert!(
            expected.len() >= 3,
            "{format:?}: the data has several points per VM"
        );

        let query = Query::default()
            .filter(Filter::eq("VmDisplayName", &vm))
            .sort_desc("CreationTime")
            .page_size(2)
            .page(1);
        let page: QueryResult<VmRestorePoint> = client
            .get_query_vm_restore_point_entities(&query)
            .await
            .expect("entities page");
        let names: Vec<String> = page.items.iter().filter_map(|p| p.name.clone()).collect();
        assert_eq!(
            names,
            expected[..2],
            "{format:?}: filtered, sorted, first page"
        );
        for point in &page.items {
            assert_eq!(point.vm_name.as_deref(), Some(vm.as_str()), "{format:?}");
            assert!(point.creation_time_utc.is_some(), "{format:?}: {point:?}");
        }
        let info = page.paging_info.as_ref().expect("paging info");
        assert_eq!(
            (info.page_num, info.page_size, info.pages_count),
            (Some(1), Some(2), Some(expected.len().div_ceil(2) as u32)),
            "{format:?}"
        );
        assert!(!page.is_last_page());
        let last = mock.requests().last().expect("a request").clone();
        assert_eq!(last.path, "/api/query");
        let sent = last.query.unwrap_or_default();
        assert!(
            sent.starts_with("type=VmRestorePoint&format=Entities&sortDesc=CreationTime&pageSize=2&page=1&filter="),
            "{format:?}: {sent}"
        );

        // The references of the same query, and every entity across pages as a stream.
        let refs: QueryResult<Ref> = client
            .get_query_vm_restore_point(&query)
            .await
            .expect("references page");
        let ref_names: Vec<String> = refs.items.iter().filter_map(|r| r.name.clone()).collect();
        assert_eq!(ref_names, expected[..2], "{format:?}: references");
        let all: Vec<VmRestorePoint> = client
            .get_query_vm_restore_point_entities_all(&query)
            .map(|p| p.expect("an entity"))
            .collect()
            .await;
        let all: Vec<String> = all.into_iter().filter_map(|p| p.name).collect();
        assert_eq!(all, expected, "{format:?}: every page, in order");

        // A query built from the type's constant works through the generic flow too.
        let typed = Query::new(query_types::VM_RESTORE_POINT)
            .format(QueryFormat::Entities)
            .filter(Filter::eq("VmDisplayName", &vm));
        let page = client
            .query_page::<VmRestorePoint>(&typed)
            .await
            .expect("typed flow");
        assert_eq!(page.items.len(), expected.len(), "{format:?}");

        // Refused before a request: an undocumented filter field (named), a sort field, a query
        // of another type, a query in the other format.
        let before = mock.requests().len();
        let e = client
            .get_query_vm_restore_point_entities(&query.clone().filter(Filter::eq("VmName", &vm)))
            .await
            .unwrap_err();
        let text = e.to_string();
        assert!(text.contains("\"VmName\""), "{format:?}: {text}");
        assert!(text.contains("VmRestorePoint"), "{format:?}: {text}");
        let e = client
            .get_query_vm_restore_point(&Query::default().sort_asc("Size"))
            .await
            .unwrap_err();
        assert!(e.to_string().contains("\"Size\""), "{e}");
        let errors: Vec<_> = client
            .get_query_vm_restore_point_entities_all(&Query::new(query_types::JOB))
            .collect()
            .await;
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .as_ref()
                .unwrap_err()
                .to_string()
                .contains("\"Job\""),
            "{errors:?}"
        );
        let e = client
            .get_query_vm_restore_point(&query.clone().format(QueryFormat::Entities))
            .await
            .unwrap_err();
        assert!(e.to_string().contains("Entities"), "{e}");
        assert_eq!(mock.requests().len(), before, "{format:?}: no request sent");

        // The server may know more than the docs: allowed explicitly, the field is sent (the
        // mock, like the docs, does not know it and answers 400).
        let e = client
            .get_query_vm_restore_point(
                &Query::default()
                    .filter(Filter::eq("VmName", &vm))
                    .allow_undocumented_fields(true),
            )
            .await
            .unwrap_err();
        assert!(
            matches!(
                e,
                veeam_em::Error::Status {
                    status: veeam_em::StatusCode::BAD_REQUEST,
                    ..
                }
            ),
            "{e:?}"
        );
        assert_eq!(mock.requests().len(), before + 1);
    }
}
