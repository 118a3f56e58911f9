//! Mounts a VM restore point's guest file system and waits for the task to finish.
//!
//! ```sh
//! VEEAM_EM_URL=https://em.example:9398/api VEEAM_EM_USER='DOMAIN\user' VEEAM_EM_PASSWORD=… \
//!   cargo run -p veeam-em --example mount_and_wait -- <vm-restore-point-id>
//! ```

use std::time::Duration;

use veeam_em::api::types::PostVmRestorePointsMountsSpec;
use veeam_em::flows::tasks::WaitOptions;
use veeam_em::runtime::session::Credentials;
use veeam_em::{Client, Format};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::var("VEEAM_EM_URL")?;
    let user = std::env::var("VEEAM_EM_USER")?;
    let password = std::env::var("VEEAM_EM_PASSWORD")?;
    let vm_point = std::env::args()
        .nth(1)
        .ok_or("usage: mount_and_wait <vm-restore-point-id>")?;
    let client = Client::builder(url)
        .format(Format::Xml)
        .credentials(Credentials::new(user, password))
        .build()?;
    client.logon().await?;

    // 202 Accepted: the answer is a task, not the mount.
    let task = client
        .post_vm_restore_points_by_id_mounts(&vm_point, &PostVmRestorePointsMountsSpec::default())
        .await?;
    println!(
        "task {} is {}",
        task.task_id.as_deref().unwrap_or("?"),
        task.state.as_ref().map_or("?", |s| s.as_str())
    );
    let done = client
        .wait_for_task(&task, WaitOptions::with_deadline(Duration::from_secs(600)))
        .await?;
    println!(
        "finished: {}",
        done.result_message().unwrap_or("no message")
    );
    if let Some(mount) = done.related_link() {
        println!(
            "mounted at {}",
            mount.href.as_ref().map(|h| h.as_str()).unwrap_or("?")
        );
    }
    client.logout().await?;
    Ok(())
}
