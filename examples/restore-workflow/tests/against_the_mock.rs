//! The workflow against `veeam-em-mock`: the happy path, a failing task, and a server error
//! the test injects for one operation.

use std::time::Duration;

use restore_workflow::{mount_newest_point, WorkflowError};
use veeam_em::runtime::session::Credentials;
use veeam_em::Client;
use veeam_em_mock::{Answer, Config, MockServer, Operation, StatusCode};

async fn client(em: &MockServer) -> Client {
    let client = Client::builder(em.base_url())
        .credentials(Credentials::new("Administrator", "Passw0rd!"))
        .build()
        .expect("client");
    client.logon().await.expect("logon");
    client
}

#[tokio::test]
async fn mounts_the_newest_point_and_waits_for_the_task() {
    let em = MockServer::start().await;
    let vm = em.data().backups[0].restore_points[0].vm_restore_points[0]
        .vm_name
        .clone();
    let client = client(&em).await;
    let mounted = mount_newest_point(&client, &vm, Duration::from_secs(30))
        .await
        .expect("mounted");
    assert!(mounted.mount_href.starts_with(em.base_url()), "{mounted:?}");
    assert!(mounted.mount_href.contains("/mounts/"), "{mounted:?}");
    assert_eq!(
        em.requests_of(Operation::PostVmRestorePointsByIdMounts)
            .len(),
        1
    );
    assert!(!em.requests_of(Operation::GetTasksById).is_empty());
}

#[tokio::test]
async fn a_failed_task_is_reported() {
    let em =
        MockServer::start_with(Config::default().with_failing_tasks("Out of disk space")).await;
    let vm = em.data().backups[0].restore_points[0].vm_restore_points[0]
        .vm_name
        .clone();
    let client = client(&em).await;
    match mount_newest_point(&client, &vm, Duration::from_secs(30)).await {
        Err(WorkflowError::Task(message)) => {
            assert!(message.contains("Out of disk space"), "{message}")
        }
        other => panic!("expected a task failure, got {other:?}"),
    }
}

#[tokio::test]
async fn a_server_error_on_the_query_stops_it() {
    let em = MockServer::start().await;
    em.answer(
        Operation::GetQueryVmRestorePointEntities,
        Answer::error(
            StatusCode::SERVICE_UNAVAILABLE,
            "The service is unavailable",
        ),
    );
    let client = client(&em).await;
    match mount_newest_point(&client, "any", Duration::from_secs(5)).await {
        Err(WorkflowError::Call(e)) => {
            assert_eq!(e.status(), Some(StatusCode::SERVICE_UNAVAILABLE), "{e}")
        }
        other => panic!("expected the 503, got {other:?}"),
    }
    assert!(em
        .requests_of(Operation::PostVmRestorePointsByIdMounts)
        .is_empty());
}
