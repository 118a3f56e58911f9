//! The entity form of collections (`GET /backupServers?format=Entity` and the like): the list
//! shapes `representation_collections` shows (`<CloudTenants><CloudTenant …/>…` in XML,
//! `{"CloudTenants": […]}` in JSON), written here for `/backupServers`, `/repositories` and
//! `/agents/discoveredComputers`, in XML, JSON as Enterprise Manager 12 writes it (PascalCase)
//! and as 13 writes it (camelCase), with `null` and empty lists; and the call itself over
//! loopback, which must ask for `format=Entity`.

use veeam_em::api::types::{BackupServers, DiscoveredComputers, Repositories};
use veeam_em::runtime::{json, xml};
use veeam_em::{Client, Format};
use veeam_em_test_server::{serve_in_order, Reply};

const BACKUP_SERVERS_XML: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<BackupServers xmlns="http://www.veeam.com/ent/v1.0">
  <BackupServer Type="BackupServer" Href="https://em.example:9398/api/backupServers/11111111-2222-3333-4444-555555555555?format=Entity" Name="vbr-a.example" UID="urn:veeam:BackupServer:11111111-2222-3333-4444-555555555555">
    <Links>
      <Link Rel="Alternate" Type="BackupServerReference" Href="https://em.example:9398/api/backupServers/11111111-2222-3333-4444-555555555555" Name="vbr-a.example" />
      <Link Rel="Down" Type="JobReferenceList" Href="https://em.example:9398/api/backupServers/11111111-2222-3333-4444-555555555555/jobs" />
    </Links>
    <Description>first server</Description>
    <Port>9392</Port>
    <Version>12.3.0.310</Version>
  </BackupServer>
  <BackupServer Type="BackupServer" Href="https://em.example:9398/api/backupServers/66666666-7777-8888-9999-000000000000?format=Entity" Name="vbr-b.example" UID="urn:veeam:BackupServer:66666666-7777-8888-9999-000000000000">
    <Description>second server</Description>
    <Port>9392</Port>
  </BackupServer>
</BackupServers>"#;

#[test]
fn backup_servers_xml() {
    let list: BackupServers = xml::from_document(BACKUP_SERVERS_XML.as_bytes()).expect("decodes");
    assert_eq!(list.backup_servers.len(), 2);
    let first = &list.backup_servers[0];
    assert_eq!(first.name.as_deref(), Some("vbr-a.example"));
    assert_eq!(first.description.as_deref(), Some("first server"));
    assert_eq!(first.port, Some(9392));
    assert_eq!(first.links.as_deref().map(<[_]>::len), Some(2));
    assert_eq!(
        list.backup_servers[1].description.as_deref(),
        Some("second server")
    );
    // Encode → decode gives the same values.
    let again = xml::to_document("BackupServers", &list);
    assert!(again.contains("<BackupServers"), "{again}");
    let back: BackupServers = xml::from_document(again.as_bytes()).expect("decodes again");
    assert_eq!(back, list);
}

#[test]
fn backup_servers_json_pascal_and_camel_case() {
    let pascal = r#"{"BackupServers": [
        {"Description": "first server", "Port": 9392, "Version": "12.3.0.310",
         "Name": "vbr-a.example", "UID": "urn:veeam:BackupServer:11111111-2222-3333-4444-555555555555",
         "Href": "https://em.example:9398/api/backupServers/11111111-2222-3333-4444-555555555555?format=Entity",
         "Type": "BackupServer",
         "Links": [{"Rel": "Alternate", "Href": "https://em.example:9398/api/backupServers/11111111-2222-3333-4444-555555555555", "Type": "BackupServerReference"}]},
        {"Description": "second server", "Port": 9392, "Links": null}
    ]}"#;
    let camel = r#"{"backupServers": [
        {"description": "first server", "port": 9392, "version": "12.3.0.310",
         "name": "vbr-a.example", "uid": "urn:veeam:BackupServer:11111111-2222-3333-4444-555555555555",
         "href": "https://em.example:9398/api/backupServers/11111111-2222-3333-4444-555555555555?format=Entity",
         "type": "BackupServer",
         "links": [{"rel": "Alternate", "href": "https://em.example:9398/api/backupServers/11111111-2222-3333-4444-555555555555", "type": "BackupServerReference"}]},
        {"description": "second server", "port": 9392, "links": null}
    ]}"#;
    let a: BackupServers = json::from_slice(pascal.as_bytes()).expect("PascalCase decodes");
    let b: BackupServers = json::from_slice(camel.as_bytes()).expect("camelCase decodes");
    assert_eq!(a, b);
    assert_eq!(a.backup_servers.len(), 2);
    assert_eq!(a.backup_servers[0].version.as_deref(), Some("12.3.0.310"));
    assert_eq!(a.backup_servers[1].links, None);
    let back: BackupServers = json::from_slice(&json::to_vec(&a)).expect("re-decodes");
    assert_eq!(back, a);
}

#[test]
fn repositories_xml_and_json() {
    let doc = r#"<Repositories xmlns="http://www.veeam.com/ent/v1.0">
  <Repository Type="Repository" Href="https://em.example:9398/api/repositories/aaaaaaaa-0000-0000-0000-000000000001?format=Entity" Name="Default Backup Repository" UID="urn:veeam:Repository:aaaaaaaa-0000-0000-0000-000000000001">
    <Links><Link Rel="Up" Type="BackupServerReference" Href="https://em.example:9398/api/backupServers/11111111-2222-3333-4444-555555555555" Name="vbr-a.example" /></Links>
    <Capacity>107372081152</Capacity>
    <FreeSpace>53686040576</FreeSpace>
    <Kind>WinLocal</Kind>
  </Repository>
</Repositories>"#;
    let list: Repositories = xml::from_document(doc.as_bytes()).expect("decodes");
    assert_eq!(list.repositories.len(), 1);
    assert_eq!(list.repositories[0].capacity, Some(107_372_081_152));
    assert_eq!(list.repositories[0].free_space, Some(53_686_040_576));
    let back: Repositories =
        xml::from_document(xml::to_document("Repositories", &list).as_bytes()).expect("again");
    assert_eq!(back, list);

    let camel = r#"{"repositories": [{"name": "Default Backup Repository", "capacity": 107372081152,
        "freeSpace": 53686040576, "kind": "WinLocal", "type": "Repository"}]}"#;
    let j: Repositories = json::from_slice(camel.as_bytes()).expect("camelCase decodes");
    assert_eq!(j.repositories[0].capacity, list.repositories[0].capacity);
    assert_eq!(j.repositories[0].kind, list.repositories[0].kind);
    // Empty and null lists are no entities, not an error.
    for empty in [r#"{"Repositories": []}"#, r#"{"Repositories": null}"#, "{}"] {
        let e: Repositories = json::from_slice(empty.as_bytes()).expect(empty);
        assert!(e.repositories.is_empty(), "{empty}");
    }
    let e: Repositories =
        xml::from_document(br#"<Repositories xmlns="http://www.veeam.com/ent/v1.0" />"#)
            .expect("empty XML list");
    assert!(e.repositories.is_empty());
}

#[test]
fn discovered_computers_xml_and_json() {
    let doc = r#"<DiscoveredComputers xmlns="http://www.veeam.com/ent/v1.0">
  <DiscoveredComputer Type="DiscoveredComputer" Href="https://em.example:9398/api/agents/discoveredComputers/c0000000-0000-0000-0000-00000000000a?format=Entity" Name="ws-01" UID="urn:veeam:DiscoveredComputer:c0000000-0000-0000-0000-00000000000a">
    <HostStatus>Online</HostStatus>
    <AgentVersion>6.3.0.177</AgentVersion>
    <AgentStatus>Installed</AgentStatus>
    <OsVersion>Windows 11</OsVersion>
    <IpAddress>192.0.2.10</IpAddress>
  </DiscoveredComputer>
  <DiscoveredComputer Type="DiscoveredComputer" Name="ws-02" UID="urn:veeam:DiscoveredComputer:c0000000-0000-0000-0000-00000000000b">
    <HostStatus>Offline</HostStatus>
  </DiscoveredComputer>
</DiscoveredComputers>"#;
    let list: DiscoveredComputers = xml::from_document(doc.as_bytes()).expect("decodes");
    assert_eq!(list.discovered_computers.len(), 2);
    assert_eq!(
        list.discovered_computers[0].ip_address.as_deref(),
        Some("192.0.2.10")
    );
    let back: DiscoveredComputers =
        xml::from_document(xml::to_document("DiscoveredComputers", &list).as_bytes())
            .expect("again");
    assert_eq!(back, list);

    let pascal = r#"{"DiscoveredComputers": [
        {"Name": "ws-01", "HostStatus": "Online", "AgentVersion": "6.3.0.177", "AgentStatus": "Installed",
         "OsVersion": "Windows 11", "IpAddress": "192.0.2.10", "Type": "DiscoveredComputer",
         "UID": "urn:veeam:DiscoveredComputer:c0000000-0000-0000-0000-00000000000a",
         "Href": "https://em.example:9398/api/agents/discoveredComputers/c0000000-0000-0000-0000-00000000000a?format=Entity"},
        {"Name": "ws-02", "HostStatus": "Offline", "Type": "DiscoveredComputer",
         "UID": "urn:veeam:DiscoveredComputer:c0000000-0000-0000-0000-00000000000b"}]}"#;
    let j: DiscoveredComputers = json::from_slice(pascal.as_bytes()).expect("decodes");
    assert_eq!(j, list, "JSON and XML give the same values");
}

#[tokio::test]
async fn the_call_asks_for_entities() {
    let server = serve_in_order([Reply::xml_or_json(200, BACKUP_SERVERS_XML)]);
    let client = Client::builder(server.base_url())
        .format(Format::Xml)
        .build()
        .expect("client");
    let list = client.get_backup_servers_entities().await.expect("answer");
    assert_eq!(list.backup_servers.len(), 2);
    let line = server.requests()[0].line();
    assert!(
        line.starts_with("GET /api/backupServers?format=Entity "),
        "{line}"
    );

    let server = serve_in_order([Reply::xml_or_json(200, r#"{"discoveredComputers": null}"#)]);
    let client = Client::builder(server.base_url())
        .format(Format::Json)
        .build()
        .expect("client");
    let list = client
        .get_agents_discovered_computers_entities()
        .await
        .expect("answer");
    assert!(list.discovered_computers.is_empty());
    let line = server.requests()[0].line();
    assert!(
        line.starts_with("GET /api/agents/discoveredComputers?format=Entity "),
        "{line}"
    );
}
