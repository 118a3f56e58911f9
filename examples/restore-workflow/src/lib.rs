//! A small restore workflow a downstream crate might have: find the newest restore point of a
//! VM by name (the query service), mount it (a 202 and a task), wait for the task, and return
//! where the mount is. `tests/` runs it against `veeam-em-mock`.

use std::time::Duration;

use veeam_em::api::types::PostVmRestorePointsMountsSpec;
use veeam_em::flows::tasks::WaitOptions;
use veeam_em::flows::{Filter, Query};
use veeam_em::Client;

/// A mount made by [`mount_newest_point`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mounted {
    /// The VM restore point mounted (its `UID`).
    pub restore_point: String,
    /// The mount's URL (the finished task's `Related` link).
    pub mount_href: String,
}

/// Why the workflow stopped.
#[derive(Debug)]
pub enum WorkflowError {
    /// No restore point of that VM.
    NoRestorePoint(String),
    /// A call failed.
    Call(veeam_em::Error),
    /// The task failed or ran out of time.
    Task(String),
    /// The finished task names no mount.
    NoMount,
}

impl From<veeam_em::Error> for WorkflowError {
    fn from(e: veeam_em::Error) -> Self {
        WorkflowError::Call(e)
    }
}

/// Mounts the newest restore point of `vm_name` and waits (up to `deadline`) for the mount.
pub async fn mount_newest_point(
    client: &Client,
    vm_name: &str,
    deadline: Duration,
) -> Result<Mounted, WorkflowError> {
    let query = Query::default()
        .filter(Filter::eq("VmDisplayName", vm_name))
        .sort_desc("CreationTime")
        .page_size(1);
    let page = client.get_query_vm_restore_point_entities(&query).await?;
    let point = page
        .items
        .first()
        .ok_or_else(|| WorkflowError::NoRestorePoint(vm_name.to_owned()))?;
    let uid = point
        .uid
        .clone()
        .ok_or_else(|| WorkflowError::NoRestorePoint(vm_name.to_owned()))?;
    let task = client
        .post_vm_restore_points_by_id_mounts(&uid, &PostVmRestorePointsMountsSpec::default())
        .await?;
    let done = client
        .wait_for_task(&task, WaitOptions::with_deadline(deadline))
        .await
        .map_err(|e| WorkflowError::Task(e.to_string()))?;
    let href = done
        .related_link()
        .and_then(|link| link.href.as_ref())
        .ok_or(WorkflowError::NoMount)?;
    Ok(Mounted {
        restore_point: uid.to_string(),
        mount_href: href.to_string(),
    })
}
