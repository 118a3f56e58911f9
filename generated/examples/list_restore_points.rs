//! Lists the restore points of a backup and, for each, its VM restore points.
//!
//! ```sh
//! VEEAM_EM_URL=https://em.example:9398/api VEEAM_EM_USER='DOMAIN\user' VEEAM_EM_PASSWORD=… \
//!   cargo run -p veeam-em --example list_restore_points -- <backup-id>
//! ```
//!
//! Without a backup id it lists the backups. Set `VEEAM_EM_CA` to a PEM file to trust a
//! self-signed Enterprise Manager certificate.

use veeam_em::runtime::session::Credentials;
use veeam_em::{Client, Format};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::var("VEEAM_EM_URL")?;
    let user = std::env::var("VEEAM_EM_USER")?;
    let password = std::env::var("VEEAM_EM_PASSWORD")?;
    let mut builder = Client::builder(url)
        .format(Format::Json)
        .credentials(Credentials::new(user, password));
    if let Ok(ca) = std::env::var("VEEAM_EM_CA") {
        builder = builder.ca_certificate_pem(&std::fs::read(ca)?);
    }
    let client = builder.build()?;
    client.logon().await?;

    match std::env::args().nth(1) {
        None => {
            for backup in client.get_backups().await?.refs {
                let id = backup.uid.as_ref().and_then(|u| u.id()).unwrap_or_default();
                println!("{id}  {}", backup.name.as_deref().unwrap_or_default());
            }
        }
        Some(backup) => {
            for point in client.get_backups_by_id_restore_points(&backup).await?.refs {
                let Some(point_uid) = &point.uid else {
                    continue;
                };
                println!(
                    "restore point {point_uid}  {}",
                    point.name.as_deref().unwrap_or_default()
                );
                // A `Uid` from one answer is the next call's path parameter: its id is sent.
                for vm in client
                    .get_restore_points_by_id_vm_restore_points(point_uid)
                    .await?
                    .refs
                {
                    println!(
                        "  VM restore point {}  {}",
                        vm.uid.as_ref().map_or("", |u| u.as_str()),
                        vm.name.unwrap_or_default()
                    );
                }
            }
        }
    }
    client.logout().await?;
    Ok(())
}
