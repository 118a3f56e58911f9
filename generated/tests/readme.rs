//! The README's example compiles against the generated API (it is not run: it needs a server).

#[allow(dead_code)]
async fn readme_example() -> Result<(), veeam_em::Error> {
    use veeam_em::{Client, Format};

    let mut client = Client::new("https://em.example:9398/api")?.with_format(Format::Json);
    client.set_session_id("…"); // logon comes with the client issue
    let point = client
        .get_vm_restore_points_by_id("6c958531-3177-4055-b0ce-dc4ef1ce6433")
        .await?;
    println!("{:?} {:?}", point.name, point.creation_time_utc);
    Ok(())
}

#[test]
fn readme_example_is_a_future() {
    // Building the future type-checks the example; nothing is polled.
    let future = readme_example();
    drop(future);
}
