//! Links: finding one on an entity ([`HasLinks`], [`find_link`]) and following it
//! ([`Client::follow`]).
//!
//! Every key resource carries `<Links><Link Rel="…" Type="…" Href="…" Name="…"/>…</Links>`:
//! `Rel` is the relationship (`Up`, `Down`, `Alternate`, `Related`) or an action (`Create`,
//! `Edit`, `Delete`, `Start`, …); `Type` is the linked resource's type and is absent on actions;
//! `Href` is an opaque URL the server controls (help center: *Attributes of a Link Element*).

use serde::de::DeserializeOwned;

use crate::api::types::Link;
use crate::runtime::xml::FromXml;
use crate::runtime::{Error, Members, Method, Request, Url};
use crate::Client;
use url::Position;

/// The operation name [`Client::follow`] reports in its errors.
pub const FOLLOW_OPERATION: &str = "GET <link Href>";

/// An entity with `<Links>`.
///
/// Implemented for every generated type with a `links` field (a list the lead's codegen can
/// take over), for [`Link`] lists themselves, and for the query result's
/// [`PagingInfo`](super::PagingInfo).
pub trait HasLinks {
    /// The entity's links, in document order (empty when it has none).
    fn links(&self) -> &[Link];

    /// The first link with relation `rel` and, when `type_` is given, type `type_`; see
    /// [`find_link`].
    fn find_link(&self, rel: &str, type_: Option<&str>) -> Option<&Link> {
        find_link(self, rel, type_)
    }

    /// Every link with relation `rel` (ASCII case-insensitive), in document order.
    fn links_with_rel<'a>(&'a self, rel: &'a str) -> impl Iterator<Item = &'a Link> + 'a {
        self.links()
            .iter()
            .filter(move |l| same(l.rel.as_deref(), rel))
    }
}

/// The first link of `entity` whose `Rel` is `rel` and, when `type_` is `Some`, whose `Type` is
/// `type_` (a link without `Type` does not match then). Both compare ASCII case-insensitively:
/// the server spells them in PascalCase, but nothing documents that it always will.
///
/// ```
/// use veeam_em::api::types::{Link, Ref};
/// use veeam_em::flows::find_link;
///
/// let r = Ref {
///     links: Some(vec![Link {
///         rel: Some("Alternate".into()),
///         r#type: Some("VmRestorePoint".into()),
///         href: Some("https://em:9398/api/vmRestorePoints/1?format=Entity".into()),
///         ..Link::default()
///     }]
///     .into()),
///     ..Ref::default()
/// };
/// assert!(find_link(&r, "Alternate", Some("VmRestorePoint")).is_some());
/// assert!(find_link(&r, "Up", None).is_none());
/// ```
pub fn find_link<'a, E: HasLinks + ?Sized>(
    entity: &'a E,
    rel: &str,
    type_: Option<&str>,
) -> Option<&'a Link> {
    entity
        .links()
        .iter()
        .find(|l| same(l.rel.as_deref(), rel) && type_.is_none_or(|t| same(l.r#type.as_deref(), t)))
}

fn same(value: Option<&str>, wanted: &str) -> bool {
    value.is_some_and(|v| v.trim().eq_ignore_ascii_case(wanted))
}

impl HasLinks for [Link] {
    fn links(&self) -> &[Link] {
        self
    }
}

impl HasLinks for Vec<Link> {
    fn links(&self) -> &[Link] {
        self
    }
}

impl HasLinks for Option<Vec<Link>> {
    fn links(&self) -> &[Link] {
        self.as_deref().unwrap_or_default()
    }
}

// Every generated type whose `links` member is an optional list of `Link` implements `HasLinks`
// in `gen/links.rs`, behind its type's `#[cfg]`, so the impl exists exactly when the type's
// Cargo feature compiles it.

impl Client {
    /// The part of `href` below the client's base URL — path and query, as the server wrote
    /// them (`/vmRestorePoints/1?format=Entity`) — ready for [`Request::path`].
    ///
    /// `href` may be absolute or start with `/`. A link to another scheme, host or port than the
    /// base URL's, one with credentials, or one outside the base path (`/api`) is
    /// [`Error::InvalidUrl`]: the client only sends to its own server, and a link elsewhere is
    /// not one it can follow. The reason never echoes the link.
    pub fn link_path(&self, href: &str) -> Result<String, Error> {
        let base = reqwest::Url::parse(self.base_url())
            .map_err(|e| Error::InvalidUrl(format!("the base URL does not parse: {e}")))?;
        let target = base
            .join(href.trim())
            .map_err(|e| Error::InvalidUrl(format!("the link's Href does not parse: {e}")))?;
        if target.scheme() != base.scheme()
            || target.host_str() != base.host_str()
            || target.port_or_known_default() != base.port_or_known_default()
        {
            return Err(Error::InvalidUrl(
                "the link points to another server than the client's base URL".to_owned(),
            ));
        }
        if !target.username().is_empty() || target.password().is_some() {
            return Err(Error::InvalidUrl(
                "the link's Href carries credentials".to_owned(),
            ));
        }
        let base_path = base.path().trim_end_matches('/');
        let below_base = target
            .path()
            .strip_prefix(base_path)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
        if !below_base {
            return Err(Error::InvalidUrl(
                "the link is outside the client's base path".to_owned(),
            ));
        }
        // Path and query (`?` included) as the parsed URL serializes them, less the base path.
        let path_and_query = &target[Position::BeforePath..Position::AfterQuery];
        Ok(path_and_query[base_path.len()..].to_owned())
    }

    /// GETs `href` (see [`Client::link_path`] for which links are accepted) and decodes the
    /// answer as `T` in the client's format. Any 2xx is success.
    pub async fn follow_href<T: FromXml + DeserializeOwned + Members>(
        &self,
        href: &Url,
    ) -> Result<T, Error> {
        let response = self
            .send(Request {
                operation: FOLLOW_OPERATION,
                method: Method::GET,
                path: self.link_path(href.as_str())?,
                query: vec![],
                body: None,
                expect: &[],
            })
            .await?;
        response.decode(FOLLOW_OPERATION, self.format())
    }

    /// GETs the link's `Href` and decodes the answer as `T`, e.g. the `Alternate` link of a
    /// [`Ref`](crate::api::types::Ref) as the entity, or a task's `Related` link as the resource it created.
    /// A link without `Href` is [`Error::InvalidUrl`]; see [`Client::follow_href`].
    ///
    /// ```no_run
    /// # async fn demo(client: veeam_em::Client, r: veeam_em::api::types::Ref) -> Result<(), veeam_em::Error> {
    /// use veeam_em::api::types::VmRestorePoint;
    /// use veeam_em::flows::HasLinks;
    ///
    /// if let Some(link) = r.find_link("Alternate", Some("VmRestorePoint")) {
    ///     let point: VmRestorePoint = client.follow(link).await?;
    ///     println!("{:?}", point.creation_time_utc);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn follow<T: FromXml + DeserializeOwned + Members>(
        &self,
        link: &Link,
    ) -> Result<T, Error> {
        let href = link
            .href
            .as_ref()
            .ok_or_else(|| Error::InvalidUrl("the link has no Href".to_owned()))?;
        self.follow_href(href).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::types::{self, Task, VmRestorePoint};
    use crate::runtime::xml;
    use crate::Format;
    use veeam_em_test_server::{serve, Reply};

    fn link(rel: &str, type_: Option<&str>, href: &str) -> Link {
        Link {
            rel: Some(rel.into()),
            r#type: type_.map(Into::into),
            href: Some(href.into()),
            name: None,
            unknown: Default::default(),
        }
    }

    /// The `<Ref>` of GET /restorePoints/{ID}/vmRestorePoints in the help center, shortened.
    const REF: &str = r#"<Ref xmlns="http://www.veeam.com/ent/v1.0" Type="VmRestorePointReference" Href="https://localhost:9398/api/vmRestorePoints/5acac742-ee17-4080-8e89-a6ea67adfcf3" Name="oracle03@2025-10-06 13:59:50" UID="urn:veeam:VmRestorePoint:5acac742-ee17-4080-8e89-a6ea67adfcf3">
  <Links>
    <Link Rel="Up" Type="BackupServerReference" Href="https://localhost:9398/api/backupServers/00fd67d9-2b4c-4c56-8a95-0b3dbec7ae43" Name="172.17.53.1" />
    <Link Rel="Up" Type="RestorePointReference" Href="https://localhost:9398/api/restorePoints/dc216c04-2e34-478e-8b9b-49a3397ef6f8" Name="Oct  6 2025  1:59PM" />
    <Link Rel="Alternate" Type="VmRestorePoint" Href="https://localhost:9398/api/vmRestorePoints/5acac742-ee17-4080-8e89-a6ea67adfcf3?format=Entity" Name="oracle03@2025-10-06 13:59:50" />
  </Links>
</Ref>"#;

    #[test]
    fn links_are_found_by_relation_and_type() {
        let r: types::Ref = xml::from_document(REF.as_bytes()).unwrap();
        assert_eq!(r.links().len(), 3);
        let up = find_link(&r, "Up", None).unwrap();
        assert_eq!(up.r#type.as_deref(), Some("BackupServerReference"));
        let rp = find_link(&r, "Up", Some("RestorePointReference")).unwrap();
        assert_eq!(rp.name.as_deref(), Some("Oct  6 2025  1:59PM"));
        let alt = r.find_link("alternate", Some("vmrestorepoint")).unwrap();
        assert!(alt
            .href
            .as_ref()
            .unwrap()
            .as_str()
            .ends_with("?format=Entity"));
        assert!(find_link(&r, "Up", Some("BackupReference")).is_none());
        assert!(find_link(&r, "Down", None).is_none());
        assert_eq!(r.links_with_rel("Up").count(), 2);

        let start = link("Start", None, "https://em/api/jobs/1?action=start");
        let links = vec![start.clone()];
        assert_eq!(find_link(&links, "Start", None), Some(&start));
        assert_eq!(find_link(&links, "Start", Some("Job")), None);
        assert_eq!(find_link(links.as_slice(), "start", None), Some(&start));

        let empty = Task::default();
        assert!(empty.links().is_empty());
        assert!(find_link(&empty, "Delete", None).is_none());
        let none: Option<Vec<Link>> = None;
        assert!(none.links().is_empty());
    }

    #[test]
    fn link_paths_stay_on_the_clients_server() {
        let client = Client::new("https://em.example:9398/api/").unwrap();
        let ok = |href: &str| client.link_path(href).unwrap();
        assert_eq!(
            ok("https://em.example:9398/api/vmRestorePoints/1?format=Entity"),
            "/vmRestorePoints/1?format=Entity"
        );
        assert_eq!(
            ok("https://EM.example:9398/api/tasks/task-1"),
            "/tasks/task-1"
        );
        assert_eq!(ok("/api/tasks/task-1"), "/tasks/task-1");
        assert_eq!(
            ok("https://em.example:9398/api/query?type=BackupJobSession&filter=CreationTime%3E%3D%222025-08-15%22;Result==Failed&page=2"),
            "/query?type=BackupJobSession&filter=CreationTime%3E%3D%222025-08-15%22;Result==Failed&page=2"
        );
        assert_eq!(
            ok("https://em.example:9398/api/vmRestorePoints/1/mounts/1/E:/System%20Volume%20Information?action=listDirs"),
            "/vmRestorePoints/1/mounts/1/E:/System%20Volume%20Information?action=listDirs"
        );
        assert_eq!(ok("https://em.example:9398/api"), "");

        for bad in [
            "https://evil.example:9398/api/tasks/1",
            "https://em.example:9399/api/tasks/1",
            "http://em.example:9398/api/tasks/1",
            "https://user:pw@em.example:9398/api/tasks/1",
            "https://em.example:9398/other/tasks/1",
            "https://em.example:9398/apix/tasks/1",
            "//evil.example/api/tasks/1",
        ] {
            let e = client.link_path(bad).unwrap_err();
            assert!(matches!(e, Error::InvalidUrl(_)), "{bad}: {e:?}");
            assert!(!e.to_string().contains("evil"), "{e}");
            assert!(!e.to_string().contains("pw"), "{e}");
        }
        // The default port counts as given.
        let client = Client::new("https://em.example/api").unwrap();
        assert_eq!(
            client.link_path("https://em.example:443/api/jobs").unwrap(),
            "/jobs"
        );
    }

    #[tokio::test]
    async fn follow_gets_the_href_and_decodes_it() {
        let server = serve(|_, request| {
            (request.target() == "/api/vmRestorePoints/5acac742?format=Entity").then(|| {
                Reply::xml_or_json(200, r#"<?xml version="1.0" encoding="utf-8"?><VmRestorePoint xmlns="http://www.veeam.com/ent/v1.0" Type="VmRestorePoint" Name="oracle03@2025-10-06 13:59:50"><CreationTimeUTC>2025-10-06T13:59:50Z</CreationTimeUTC></VmRestorePoint>"#.to_owned())
            })
        });
        let mut client = Client::new(server.base_url()).unwrap();
        client.set_session_id("s-1");
        let alt = link(
            "Alternate",
            Some("VmRestorePoint"),
            &format!(
                "{}/vmRestorePoints/5acac742?format=Entity",
                server.base_url()
            ),
        );
        let point: VmRestorePoint = client.follow(&alt).await.unwrap();
        assert_eq!(point.name.as_deref(), Some("oracle03@2025-10-06 13:59:50"));
        assert_eq!(
            point.creation_time_utc.as_ref().map(|t| t.as_str()),
            Some("2025-10-06T13:59:50Z")
        );

        let no_href = Link {
            href: None,
            ..alt.clone()
        };
        assert!(matches!(
            client.follow::<VmRestorePoint>(&no_href).await,
            Err(Error::InvalidUrl(_))
        ));
        let elsewhere = link("Up", None, "http://127.0.0.2:1/api/backupServers/1");
        assert!(matches!(
            client.follow::<VmRestorePoint>(&elsewhere).await,
            Err(Error::InvalidUrl(_))
        ));
        let requests = server.requests();
        assert_eq!(requests.len(), 1, "{requests:?}");
        assert_eq!(
            requests[0].header("X-RestSvcSessionId"),
            Some("s-1"),
            "{}",
            requests[0]
        );

        // JSON, with the client's format.
        let server = serve(|n, _| {
            (n == 0).then(|| {
                Reply::xml_or_json(
                    200,
                    r#"{"Name": "p", "Links": [{"Rel": "Up", "Href": "x"}]}"#.to_owned(),
                )
            })
        });
        let client = Client::new(server.base_url())
            .unwrap()
            .with_format(Format::Json);
        let href = Url::new(format!("{}/vmRestorePoints/1", server.base_url()));
        let point: VmRestorePoint = client.follow_href(&href).await.unwrap();
        assert_eq!(point.name.as_deref(), Some("p"));
        assert_eq!(
            point.find_link("Up", None).and_then(|l| l.href.clone()),
            Some(Url::new("x"))
        );
        let requests = server.requests();
        assert_eq!(
            requests[0].line(),
            "GET /api/vmRestorePoints/1 HTTP/1.1",
            "{requests:?}"
        );
    }
}
