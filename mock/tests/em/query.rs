//! The query service: `type`, `format=Refs|Entities`, paging with `PagingInfo`, filter, sort.

use veeam_em::api::types::{Ref, VmRestorePoint};
use veeam_em_mock::{Config, DataShape};

use crate::common::*;

fn shape() -> DataShape {
    DataShape {
        backups: 2,
        restore_points_per_backup: 4,
        vms_per_backup: 2,
    }
}

#[tokio::test]
async fn paging_returns_page_count_pages_in_xml() {
    let em = start(Config::default().with_data(shape())).await;
    let client = client();
    let token = logon(&em, &client).await;
    let total = em.data().vm_restore_points().count();
    assert_eq!(total, 16);

    let mut url = format!(
        "{}/query?type=VmRestorePoint&format=Refs&pageSize=5&page=1",
        em.base_url()
    );
    let mut seen = Vec::new();
    let mut page_numbers = Vec::new();
    for _ in 0..10 {
        let answer = get(&client, &url, &token, XML).await;
        assert_eq!(answer.status, 200, "{url}");
        let root = answer.xml();
        assert_eq!(root.name, "QueryResult");
        assert_eq!(names(&root), ["Refs", "PagingInfo"]);
        for r in root.child("Refs").unwrap().children("Ref") {
            assert_eq!(r.attr("Type"), Some("VmRestorePointReference"));
            let typed: Ref = veeam_em::runtime::xml::from_document(
                format!(
                    "<Ref Name=\"{}\" UID=\"{}\"/>",
                    r.attr("Name").unwrap(),
                    r.attr("UID").unwrap()
                )
                .as_bytes(),
            )
            .unwrap();
            seen.push(typed.uid.unwrap().as_str().to_owned());
        }
        let paging = root.child("PagingInfo").unwrap();
        assert_eq!(paging.attr("PageSize"), Some("5"));
        assert_eq!(paging.attr("PagesCount"), Some("4"));
        page_numbers.push(paging.attr("PageNum").unwrap().to_owned());
        let links = paging.child("Links").unwrap();
        let next = links
            .children("Link")
            .find(|l| l.attr("Rel") == Some("Next"))
            .and_then(|l| l.attr("Href"));
        match next {
            Some(next) => url = next.to_owned(),
            None => {
                let last = links.children("Link").last().unwrap();
                assert_eq!(last.attr("Rel"), Some("Last"));
                assert!(last.attr("Href").unwrap().ends_with("&page=4"));
                break;
            }
        }
    }
    assert_eq!(page_numbers, ["1", "2", "3", "4"]);
    let expected: Vec<String> = em
        .data()
        .vm_restore_points()
        .map(|v| format!("urn:veeam:VmRestorePoint:{}", v.id))
        .collect();
    assert_eq!(seen, expected);

    // Past the last page: no items, same paging.
    let past = get(
        &client,
        &format!(
            "{}/query?type=VmRestorePoint&pageSize=5&page=9",
            em.base_url()
        ),
        &token,
        XML,
    )
    .await
    .xml();
    assert!(past.child("Refs").unwrap().children.is_empty());
    assert_eq!(
        past.child("PagingInfo").unwrap().attr("PagesCount"),
        Some("4")
    );

    // Without pageSize, one page holds everything.
    let all = get(
        &client,
        &format!("{}/query?type=VmRestorePoint", em.base_url()),
        &token,
        XML,
    )
    .await
    .xml();
    assert_eq!(all.child("Refs").unwrap().children.len(), 16);
    let paging = all.child("PagingInfo").unwrap();
    assert_eq!(paging.attr("PagesCount"), Some("1"));
    assert_eq!(paging.attr("PageSize"), Some("16"));
}

#[tokio::test]
async fn entities_in_json_pascal_and_camel() {
    for em13 in [false, true] {
        let config = Config::default().with_data(shape());
        let config = if em13 {
            config.enterprise_manager_13()
        } else {
            config
        };
        let em = start(config).await;
        let client = client();
        let token = logon(&em, &client).await;
        let url = format!(
            "{}/query?type=VmRestorePoint&format=Entities&pageSize=3&page=2",
            em.base_url()
        );
        let json = get(&client, &url, &token, JSON).await.json();
        let (entities, list, paging) = if em13 {
            ("entities", "vmRestorePoints", "pagingInfo")
        } else {
            ("Entities", "VmRestorePoints", "PagingInfo")
        };
        let items = json[entities][list][list].as_array().unwrap();
        assert_eq!(items.len(), 3);
        let expected = em.data().vm_restore_points().nth(3).unwrap().clone();
        let first: VmRestorePoint = serde_json::from_value(items[0].clone()).unwrap();
        assert_eq!(first.name.as_deref(), Some(expected.name.as_str()));
        assert_eq!(first.vm_name.as_deref(), Some(expected.vm_name.as_str()));
        let info = &json[paging];
        if em13 {
            assert_eq!(info["pageNum"], 2);
            assert_eq!(info["pagesCount"], 6);
            assert_eq!(info["pageSize"], 3);
            assert!(json["refs"].is_null());
        } else {
            assert_eq!(info["PageNum"], 2);
            assert_eq!(info["PagesCount"], 6);
            assert_eq!(info["PageSize"], 3);
            let rels: Vec<&str> = info["Links"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["Rel"].as_str().unwrap())
                .collect();
            assert_eq!(rels, ["First", "Previous", "Next", "Last"]);
            assert!(json["Refs"].is_null());
        }
    }
}

#[tokio::test]
async fn entities_in_xml_filter_and_sort() {
    let em = start(Config::default().with_data(shape())).await;
    let client = client();
    let token = logon(&em, &client).await;
    let vm_name = em.data().backups[1].restore_points[0].vm_restore_points[0]
        .vm_name
        .clone();

    // The docs' example: the last 3 restore points of one VM, newest first.
    let url = format!(
        "{}/query?type=VmRestorePoint&format=Entities&sortDesc=CreationTime&pageSize=3&page=1&filter=VmDisplayName=={vm_name}",
        em.base_url()
    );
    let answer = get(&client, &url, &token, XML).await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    let root = answer.xml();
    assert_eq!(names(&root), ["Entities", "PagingInfo"]);
    let list = root
        .child("Entities")
        .unwrap()
        .child("VmRestorePoints")
        .unwrap();
    let points: Vec<_> = list.children("VmRestorePoint").collect();
    assert_eq!(points.len(), 3);
    let times: Vec<String> = points
        .iter()
        .map(|p| p.child("CreationTimeUTC").unwrap().text.clone())
        .collect();
    let mut sorted = times.clone();
    sorted.sort();
    sorted.reverse();
    assert_eq!(times, sorted);
    assert!(points
        .iter()
        .all(|p| p.child("VmName").unwrap().text == vm_name));
    assert_eq!(
        root.child("PagingInfo").unwrap().attr("PagesCount"),
        Some("2")
    );

    // Quoted values, OR, other types.
    let url = format!(
        "{}/query?type=RestorePoint&filter=BackupName==%22Backup%20Job%202%22",
        em.base_url()
    );
    let refs = get(&client, &url, &token, XML).await.xml();
    assert_eq!(refs.child("Refs").unwrap().children.len(), 4);
    let url = format!(
        "{}/query?type=backup&filter=Name==%22Backup Job 1%22,Name==%22Backup Job 2%22",
        em.base_url()
    );
    let refs = get(&client, &url, &token, JSON).await.json();
    assert_eq!(refs["Refs"]["Refs"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn bad_queries_get_400() {
    let em = start(Config::default()).await;
    let client = client();
    let token = logon(&em, &client).await;
    for query in [
        "format=Entities",
        "type=Nonsense",
        "type=VmRestorePoint&format=Everything",
        "type=VmRestorePoint&pageSize=many",
        "type=VmRestorePoint&page=0",
        "type=VmRestorePoint&filter=Colour==red",
        "type=VmRestorePoint&filter=(Name==a",
        "type=VmRestorePoint&filter=RestorePointId==x;Colour==red",
        "type=VmRestorePoint&sortAsc=Colour",
        "type=VmRestorePoint&sortAsc=Name&sortDesc=Name",
    ] {
        let answer = get(
            &client,
            &format!("{}/query?{query}", em.base_url()),
            &token,
            XML,
        )
        .await;
        assert_eq!(answer.status, 400, "{query}: {}", answer.text());
        assert_eq!(answer.xml().attr("StatusCode"), Some("400"));
    }
}
