//! The README's example is `examples/list_restore_points.rs` (built by `cargo test`); this keeps
//! the README's copy of it compiling too.

#[allow(dead_code)]
async fn readme_example() -> Result<(), Box<dyn std::error::Error>> {
    use veeam_em::{Client, Credentials, Format};

    let client = Client::builder(std::env::var("VEEAM_EM_URL")?)
        .format(Format::Json)
        .credentials(Credentials::new(
            std::env::var("VEEAM_EM_USER")?,
            std::env::var("VEEAM_EM_PASSWORD")?,
        ))
        .build()?;
    client.logon().await?;

    let backup = std::env::args()
        .nth(1)
        .ok_or("usage: list_restore_points <backup-id>")?;
    for point in client.get_backups_by_id_restore_points(&backup).await?.refs {
        let Some(point_uid) = &point.uid else {
            continue;
        };
        println!("restore point {point_uid}");
        for vm in client
            .get_restore_points_by_id_vm_restore_points(point_uid)
            .await?
            .refs
        {
            println!(
                "  VM restore point {}",
                vm.uid.as_ref().map_or("", |u| u.as_str())
            );
        }
    }
    client.logout().await?;
    Ok(())
}

#[test]
fn readme_example_is_a_future() {
    // Building the future type-checks the example; nothing is polled.
    drop(readme_example());
}
