//! `cargo xtask fetch-docs` against a help center on loopback: HTML renderings of corpus pages
//! made when the tests run (none is committed), linked from an index and from each other, with
//! the faults a real crawl meets: a 404, a 500 that passes on retry, a page slower than the
//! timeout once, redirects inside and outside the prefix, a page over the size cap, a link
//! outside the prefix, and 304s to conditional requests.
//!
//! Without the reference beside the project the pages are small stand-ins, so every crawl test
//! still runs; only the model comparison says SKIPPED.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use veeam_em_codegen::diag::Sink;
use veeam_em_codegen::{read, render, Input};
use xtask::fetch::{self, Manifest, Options, Progress, Summary};

const PREFIX: &str = "/docs/vbr/em_rest/";

/// Corpus pages served (as `<name>.html`); the roles below are given to some of them.
const PAGES: &[&str] = &[
    "get_vmrestorepoints_id.md",
    "get_jobs_id.md",
    "get_query_vmrestorepoint.md",
    "get_backups_id_restorepoints.md",
    "get_restorepoints_id.md",
    "post_tenants.md",
    "post_vmrestorepoints_id_mountpoints.md",
    "vmrestorepoints_id.md",
    "put_jobs_id_actionedit.md",
    "delete_vmrestorepoints_id_mountpoints_id.md",
    "post_sessionmngr.md",
    "jobscheduleoptions.md",
    "post_vmrestorepoints_id_actionrestore.md",
];
/// Answers 500 to its first request.
const FLAKY: &str = "get_backups_id_restorepoints.html";
/// Answers its first request after the crawler's timeout.
const SLOW: &str = "get_restorepoints_id.html";
/// Reached only through `moved.html`'s redirect.
const REDIRECT_TARGET: &str = "post_tenants.html";
/// Linked only from `get_jobs_id.html`, not from the index.
const LINKED_FROM_PAGE: &str = "jobscheduleoptions.html";

/// Test options: everything small so a crawl takes well under a few seconds.
const TIMEOUT: Duration = Duration::from_millis(1000);
const SLOW_BY: Duration = Duration::from_millis(2500);
const MAX_BYTES: u64 = 2 * 1024 * 1024;

fn reference() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/veeam-docs/em_rest");
    dir.is_dir().then_some(dir)
}

/// The Markdown pages, or stand-ins when the reference is absent.
fn markdown_pages() -> Vec<Input> {
    let dir = reference();
    PAGES
        .iter()
        .map(|name| match &dir {
            Some(dir) => Input {
                file: (*name).to_string(),
                bytes: std::fs::read(dir.join(name)).expect("a corpus page"),
            },
            None => Input {
                file: (*name).to_string(),
                bytes: format!("---\ntitle: \"{name}\"\n---\n\n# {name}\n\nA page.\n").into_bytes(),
            },
        })
        .collect()
}

fn html_name(md: &str) -> String {
    format!("{}.html", md.trim_end_matches(".md"))
}

/// The help center's rendering of a Markdown page, with a navigation block of links the reader
/// skips (as the real site's table of contents).
fn served_html(md: &Input, links: &[String]) -> Vec<u8> {
    let mut sink = Sink::new(md.file.clone());
    let page = read::read_page(&md.file, &md.bytes, &mut sink);
    let html = render::to_html(&page);
    let nav: String = links
        .iter()
        .map(|l| format!("<a href=\"{l}\">{l}</a>\n"))
        .collect();
    html.replacen("<body>\n", &format!("<body>\n<nav>\n{nav}</nav>\n"), 1)
        .into_bytes()
}

#[derive(Clone)]
enum Route {
    Page(Vec<u8>),
    /// 500 on the first request, then the page.
    FailOnce(Vec<u8>),
    /// The first answer comes after `SLOW_BY`.
    SlowOnce(Vec<u8>),
    Redirect(u16, String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Logged {
    path: String,
    status: u16,
    conditional: bool,
    at: Instant,
    /// Requests being answered when this one arrived, itself included.
    in_flight: usize,
}

#[derive(Default)]
struct State {
    routes: HashMap<String, Route>,
    hits: HashMap<String, usize>,
    log: Vec<Logged>,
    /// Added to every answer, so that requests overlap when the crawler lets them.
    latency: Duration,
    in_flight: usize,
}

struct Server {
    base: String,
    state: Arc<Mutex<State>>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn etag(body: &[u8]) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut h);
    format!("\"{:016x}\"", h.finish())
}

const LAST_MODIFIED: &str = "Fri, 12 Sep 2025 10:00:00 GMT";

fn respond(status: u16, headers: &[(&str, String)], body: Vec<u8>) -> Response<Full<Bytes>> {
    let mut r = Response::builder().status(status);
    for (k, v) in headers {
        r = r.header(*k, v);
    }
    r.body(Full::new(Bytes::from(body)))
        .expect("a valid test response")
}

async fn handle(
    state: Arc<Mutex<State>>,
    req: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let path = req.uri().path().to_string();
    let if_none_match = req
        .headers()
        .get("if-none-match")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let conditional = if_none_match.is_some() || req.headers().contains_key("if-modified-since");
    let (route, hit) = {
        let mut s = state.lock().unwrap();
        let hit = {
            let n = s.hits.entry(path.clone()).or_default();
            *n += 1;
            *n
        };
        (s.routes.get(&path).cloned(), hit)
    };
    let slow = matches!(route, Some(Route::SlowOnce(_))) && hit == 1;
    let (status, response, delay) = match route {
        None => (
            404,
            respond(404, &[], b"<html>Not found</html>".to_vec()),
            None,
        ),
        Some(Route::Redirect(status, to)) => (
            status,
            respond(status, &[("location", to)], Vec::new()),
            None,
        ),
        Some(Route::FailOnce(_)) if hit == 1 => (500, respond(500, &[], Vec::new()), None),
        Some(Route::Page(body) | Route::FailOnce(body) | Route::SlowOnce(body)) => {
            let tag = etag(&body);
            let delay = slow.then_some(SLOW_BY);
            if if_none_match.as_deref() == Some(tag.as_str()) {
                (304, respond(304, &[("etag", tag)], Vec::new()), delay)
            } else {
                let headers = [
                    ("etag", tag),
                    ("last-modified", LAST_MODIFIED.to_string()),
                    ("content-type", "text/html; charset=utf-8".to_string()),
                ];
                (200, respond(200, &headers, body), delay)
            }
        }
    };
    // Logged on arrival: a slow answer may go out after the crawler has given up on it.
    let latency = {
        let mut s = state.lock().unwrap();
        s.in_flight += 1;
        let in_flight = s.in_flight;
        s.log.push(Logged {
            path,
            status,
            conditional,
            at: Instant::now(),
            in_flight,
        });
        s.latency
    };
    tokio::time::sleep(delay.unwrap_or_default() + latency).await;
    state.lock().unwrap().in_flight -= 1;
    Ok(response)
}

impl Server {
    /// The help center on loopback; `faults: false` serves the good pages only.
    fn start(faults: bool) -> Server {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener.set_nonblocking(true).expect("non-blocking");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let state = Arc::new(Mutex::new(State::default()));
        let mut routes = HashMap::new();
        let md = markdown_pages();
        let names: Vec<String> = md.iter().map(|p| html_name(&p.file)).collect();

        let mut index_links: Vec<String> = names
            .iter()
            .filter(|n| *n != REDIRECT_TARGET && *n != LINKED_FROM_PAGE)
            .cloned()
            .collect();
        // The same page by another spelling: a fragment and a query name no new page.
        index_links.push("get_jobs_id.html#request".into());
        index_links.push(format!("{PREFIX}get_jobs_id.html?ver=13"));
        index_links.push("overview.html".into());
        // Outside the prefix or not a page: never requested.
        index_links.push("/docs/vbr/other/outside.html".into());
        index_links.push("../em_rest_other/x.html".into());
        index_links.push("images/diagram.png".into());
        if faults {
            index_links
                .extend(["missing.html", "moved.html", "away.html", "huge.html"].map(String::from));
            routes.insert(
                format!("{PREFIX}moved.html"),
                Route::Redirect(301, format!("{PREFIX}{REDIRECT_TARGET}")),
            );
            routes.insert(
                format!("{PREFIX}away.html"),
                Route::Redirect(302, format!("{base}/docs/vbr/other/away.html")),
            );
            routes.insert(
                format!("{PREFIX}huge.html"),
                Route::Page(vec![b'x'; MAX_BYTES as usize + 1]),
            );
        } else {
            index_links.push(REDIRECT_TARGET.into());
        }
        let index = format!(
            "<!DOCTYPE html>\n<html><head><title>Overview</title></head><body><nav>\n{}</nav>\n\
             <h1>Overview</h1><p>Enterprise Manager REST API.</p></body></html>\n",
            index_links
                .iter()
                .map(|l| format!("<a href=\"{l}\">{l}</a>\n"))
                .collect::<String>()
        );
        routes.insert(
            format!("{PREFIX}overview.html"),
            Route::Page(index.into_bytes()),
        );
        for other in [
            "/docs/vbr/other/outside.html",
            "/docs/vbr/other/away.html",
            "/docs/vbr/em_rest_other/x.html",
        ] {
            routes.insert(other.into(), Route::Page(b"<html>outside</html>".to_vec()));
        }
        for (i, page) in md.iter().enumerate() {
            let name = &names[i];
            let mut links = vec![
                "overview.html".to_string(),
                names[(i + 1) % names.len()].clone(),
            ];
            if name == "get_jobs_id.html" {
                links.push(LINKED_FROM_PAGE.to_string());
            }
            let body = served_html(page, &links);
            let route = match name.as_str() {
                FLAKY if faults => Route::FailOnce(body),
                SLOW if faults => Route::SlowOnce(body),
                _ => Route::Page(body),
            };
            routes.insert(format!("{PREFIX}{name}"), route);
        }
        state.lock().unwrap().routes = routes;

        let (tx, mut rx) = tokio::sync::oneshot::channel::<()>();
        let served = Arc::clone(&state);
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("server runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                loop {
                    tokio::select! {
                        _ = &mut rx => break,
                        accepted = listener.accept() => {
                            let Ok((stream, _)) = accepted else { continue };
                            let state = Arc::clone(&served);
                            tokio::spawn(async move {
                                let service = service_fn(move |req| handle(Arc::clone(&state), req));
                                let _ = http1::Builder::new()
                                    .serve_connection(TokioIo::new(stream), service)
                                    .await;
                            });
                        }
                    }
                }
            });
        });
        Server {
            base,
            state,
            shutdown: Some(tx),
            thread: Some(thread),
        }
    }

    fn start_url(&self) -> String {
        format!("{}{PREFIX}overview.html", self.base)
    }

    fn url(&self, name: &str) -> String {
        format!("{}{PREFIX}{name}", self.base)
    }

    fn take_log(&self) -> Vec<Logged> {
        std::mem::take(&mut self.state.lock().unwrap().log)
    }

    fn set_page(&self, name: &str, body: Vec<u8>) {
        self.state
            .lock()
            .unwrap()
            .routes
            .insert(format!("{PREFIX}{name}"), Route::Page(body));
    }
}

/// Every page the crawl should save: the index and every corpus page.
fn expected_files() -> BTreeSet<String> {
    let mut files: BTreeSet<String> = PAGES.iter().map(|p| html_name(p)).collect();
    files.insert("overview.html".into());
    files
}

fn options(server: &Server, dir: &Path) -> Options {
    Options {
        concurrency: 4,
        delay: Duration::from_millis(2),
        attempts: 3,
        timeout: TIMEOUT,
        backoff: Duration::from_millis(20),
        max_bytes: MAX_BYTES,
        progress: Progress::Quiet,
        ..Options::new(server.start_url(), dir)
    }
}

fn manifest(dir: &Path) -> Manifest {
    let bytes = std::fs::read(dir.join(fetch::MANIFEST)).expect("the manifest");
    serde_json::from_slice(&bytes).expect("a manifest")
}

fn saved_files(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .expect("the fetch dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".html"))
        .collect()
}

/// Requests per path in a log, as (status, conditional) in order.
fn by_path(log: &[Logged]) -> BTreeMap<String, Vec<(u16, bool)>> {
    let mut map: BTreeMap<String, Vec<(u16, bool)>> = BTreeMap::new();
    for l in log {
        map.entry(l.path.clone())
            .or_default()
            .push((l.status, l.conditional));
    }
    map
}

fn failed_urls(summary: &Summary) -> BTreeSet<String> {
    summary.failed.iter().map(|f| f.url.clone()).collect()
}

#[test]
fn crawl_fetches_every_page_retries_and_keeps_inside_the_prefix() {
    let server = Server::start(true);
    let dir = tempfile::tempdir().expect("temp dir");
    let summary = fetch::run(&options(&server, dir.path())).expect("the crawl runs");
    let log = server.take_log();
    let requests = by_path(&log);
    eprintln!("{summary}");
    let saved_pages = expected_files()
        .iter()
        .filter(|f| requests.contains_key(&format!("{PREFIX}{f}")))
        .count();
    eprintln!(
        "pages served: {saved_pages} of {}; {} requests in all",
        expected_files().len(),
        log.len()
    );

    assert_eq!(saved_files(dir.path()), expected_files());
    assert_eq!(summary.fetched, expected_files().len());
    // Every saved file is what the server sent.
    let state = server.state.lock().unwrap();
    for name in expected_files() {
        let Some(Route::Page(body) | Route::FailOnce(body) | Route::SlowOnce(body)) =
            state.routes.get(&format!("{PREFIX}{name}"))
        else {
            panic!("{name} is not a served page");
        };
        assert_eq!(
            &std::fs::read(dir.path().join(&name)).unwrap(),
            body,
            "{name}"
        );
    }
    drop(state);

    let path = |n: &str| format!("{PREFIX}{n}");
    assert_eq!(
        requests[&path(FLAKY)],
        [(500, false), (200, false)],
        "the 500 is retried"
    );
    assert_eq!(
        requests[&path(SLOW)].len(),
        2,
        "the slow page is retried after the timeout"
    );
    assert_eq!(summary.retries, 2);
    assert_eq!(requests[&path("moved.html")], [(301, false)]);
    assert_eq!(
        requests[&path(REDIRECT_TARGET)],
        [(200, false)],
        "the redirect inside is followed"
    );
    assert_eq!(
        requests[&path(LINKED_FROM_PAGE)],
        [(200, false)],
        "links of pages are followed"
    );
    assert_eq!(summary.redirected, 1);
    for outside in [
        "/docs/vbr/other/away.html",
        "/docs/vbr/other/outside.html",
        "/docs/vbr/em_rest_other/x.html",
    ] {
        assert!(
            !requests.contains_key(outside),
            "{outside} is outside the prefix"
        );
    }
    assert!(
        !requests.contains_key(&path("images/diagram.png")),
        "not a page"
    );
    // A page is requested once however it is linked (fragment, query, absolute path).
    assert_eq!(requests[&path("get_jobs_id.html")].len(), 1);
    assert_eq!(requests[&path("overview.html")].len(), 1);

    assert_eq!(
        failed_urls(&summary),
        ["missing.html", "away.html", "huge.html"]
            .map(|n| server.url(n))
            .into()
    );
    let cause = |n: &str| {
        summary
            .failed
            .iter()
            .find(|f| f.url == server.url(n))
            .map(|f| f.cause.clone())
            .unwrap_or_default()
    };
    assert_eq!(cause("missing.html"), "status 404 Not Found");
    assert!(
        cause("away.html").contains(&format!("{}/docs/vbr/other/away.html", server.base)),
        "{}",
        cause("away.html")
    );
    assert!(
        cause("away.html").contains("outside"),
        "{}",
        cause("away.html")
    );
    assert!(
        cause("huge.html").contains("larger than"),
        "{}",
        cause("huge.html")
    );

    // The manifest: sorted by URL, one entry per URL met, hashes that match the files.
    let m = manifest(dir.path());
    assert!(m.complete);
    assert_eq!(m.prefix, format!("{}{PREFIX}", server.base));
    let urls: Vec<&str> = m.pages.iter().map(|e| e.url.as_str()).collect();
    let mut sorted = urls.clone();
    sorted.sort();
    assert_eq!(urls, sorted);
    assert_eq!(m.pages.len(), expected_files().len() + 4);
    for e in &m.pages {
        if let Some(file) = &e.file {
            let bytes = std::fs::read(dir.path().join(file)).unwrap();
            let sha: String = {
                use sha2::Digest;
                sha2::Sha256::digest(&bytes)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect()
            };
            assert_eq!(e.sha256.as_deref(), Some(sha.as_str()), "{}", e.url);
            assert_eq!(e.status, Some(200), "{}", e.url);
            assert!(e.etag.is_some() && e.last_modified.as_deref() == Some(LAST_MODIFIED));
            assert!(httpdate::parse_http_date(e.fetched_at.as_deref().unwrap_or("")).is_ok());
        } else {
            assert!(e.error.is_some() || e.location.is_some(), "{e:?}");
        }
    }
    let moved = m
        .pages
        .iter()
        .find(|e| e.url == server.url("moved.html"))
        .unwrap();
    assert_eq!(
        moved.location.as_deref(),
        Some(server.url(REDIRECT_TARGET).as_str())
    );
}

#[test]
fn a_rerun_fetches_only_the_changed_pages() {
    let server = Server::start(true);
    let dir = tempfile::tempdir().expect("temp dir");
    let opts = options(&server, dir.path());
    fetch::run(&opts).expect("first crawl");
    server.take_log();

    let changed = ["get_jobs_id.html", REDIRECT_TARGET];
    for name in changed {
        server.set_page(
            name,
            format!("<html><body><h1>{name}, revised</h1></body></html>").into_bytes(),
        );
    }
    let before = std::fs::read(dir.path().join("get_vmrestorepoints_id.html")).unwrap();
    let summary = fetch::run(&opts).expect("second crawl");
    let log = server.take_log();
    let pages: Vec<&Logged> = log
        .iter()
        .filter(|l| {
            expected_files()
                .iter()
                .any(|f| l.path == format!("{PREFIX}{f}"))
        })
        .collect();
    let ok = pages.iter().filter(|l| l.status == 200).count();
    let not_modified = pages.iter().filter(|l| l.status == 304).count();
    eprintln!("{summary}");
    eprintln!(
        "re-run: {ok} × 200, {not_modified} × 304 of {} page requests",
        pages.len()
    );

    assert!(
        pages.iter().all(|l| l.conditional),
        "every known page is asked conditionally"
    );
    let mut got_200: Vec<&str> = pages
        .iter()
        .filter(|l| l.status == 200)
        .map(|l| l.path.trim_start_matches(PREFIX))
        .collect();
    got_200.sort();
    let mut want = changed.to_vec();
    want.sort();
    assert_eq!(got_200, want);
    assert_eq!(not_modified, expected_files().len() - changed.len());
    assert_eq!(pages.len(), expected_files().len(), "one request per page");
    assert_eq!(summary.fetched, changed.len());
    assert_eq!(summary.unchanged, expected_files().len() - changed.len());
    assert_eq!(summary.retries, 0, "the faults were once only");
    for name in changed {
        let text = std::fs::read_to_string(dir.path().join(name)).unwrap();
        assert!(text.contains("revised"), "{name} was written again");
    }
    assert_eq!(
        std::fs::read(dir.path().join("get_vmrestorepoints_id.html")).unwrap(),
        before
    );
    let m = manifest(dir.path());
    assert_eq!(m.run, 2);
    let entry = m
        .pages
        .iter()
        .find(|e| e.url == server.url("get_vmrestorepoints_id.html"))
        .unwrap();
    assert_eq!(entry.status, Some(304));

    // A page deleted from DIR behind the manifest's back is fetched whole, not asked with a 304.
    std::fs::remove_file(dir.path().join("get_vmrestorepoints_id.html")).unwrap();
    let summary = fetch::run(&opts).expect("third crawl");
    let log = by_path(&server.take_log());
    assert_eq!(
        log[&format!("{PREFIX}get_vmrestorepoints_id.html")],
        [(200, false)]
    );
    assert_eq!(summary.fetched, 1);
    assert_eq!(
        std::fs::read(dir.path().join("get_vmrestorepoints_id.html")).unwrap(),
        before
    );
}

#[test]
fn an_interrupted_crawl_resumes_where_it_stopped() {
    let server = Server::start(false);
    let dir = tempfile::tempdir().expect("temp dir");
    let stop_after = 5;
    let first = fetch::run(&Options {
        max_pages: Some(stop_after),
        ..options(&server, dir.path())
    })
    .expect("first crawl");
    let first_log = server.take_log();
    assert!(first.stopped_early);
    assert_eq!(first_log.len(), stop_after);
    let m = manifest(dir.path());
    assert!(!m.complete, "an interrupted crawl is not complete");
    assert_eq!(m.pages.len(), stop_after);
    let done: BTreeSet<String> = m.pages.iter().map(|e| e.url.clone()).collect();

    let second = fetch::run(&options(&server, dir.path())).expect("resumed crawl");
    let second_log = server.take_log();
    eprintln!("interrupted after {stop_after}: {first}");
    eprintln!("resumed: {second}");
    for l in &second_log {
        let url = format!("{}{}", server.base, l.path);
        assert!(
            !done.contains(&url),
            "{url} was done before the interruption"
        );
        assert!(!l.conditional, "pages of an unfinished run are new: {url}");
    }
    assert_eq!(second.resumed, stop_after);
    assert_eq!(second.fetched + first.fetched, expected_files().len());
    assert_eq!(second_log.len() + first_log.len(), expected_files().len());
    assert!(second.failed.is_empty());
    assert_eq!(saved_files(dir.path()), expected_files());
    let m = manifest(dir.path());
    assert!(m.complete);
    assert_eq!(m.run, 1, "a resumed run keeps its number");

    // After a finished crawl the next run is a new one: everything revalidated.
    let third = fetch::run(&options(&server, dir.path())).expect("third crawl");
    assert_eq!(third.unchanged, expected_files().len());
    assert_eq!(third.resumed, 0);
    assert_eq!(manifest(dir.path()).run, 2);
}

#[test]
fn requests_are_bounded_and_spaced() {
    let server = Server::start(false);
    server.state.lock().unwrap().latency = Duration::from_millis(60);
    let dir = tempfile::tempdir().expect("temp dir");
    let summary = fetch::run(&Options {
        concurrency: 2,
        delay: Duration::ZERO,
        ..options(&server, dir.path())
    })
    .expect("the crawl runs");
    assert!(summary.failed.is_empty(), "{summary}");
    let log = server.take_log();
    let most = log.iter().map(|l| l.in_flight).max().unwrap_or(0);
    assert_eq!(
        most, 2,
        "at most --concurrency requests at once, and that many"
    );

    let delay = Duration::from_millis(40);
    let dir = tempfile::tempdir().expect("temp dir");
    fetch::run(&Options {
        concurrency: 4,
        delay,
        ..options(&server, dir.path())
    })
    .expect("the crawl runs");
    let log = server.take_log();
    assert_eq!(log.len(), expected_files().len());
    let gaps: Vec<Duration> = log
        .windows(2)
        .map(|pair| pair[1].at.duration_since(pair[0].at))
        .collect();
    eprintln!("gaps between request arrivals: {gaps:?}");
    // The pacing is on request starts; the server sees arrivals, which a connection's set-up
    // or a busy machine moves by a few milliseconds either way, so single gaps vary. The span
    // does not: without pacing the four concurrent requests arrive at once and the whole crawl
    // takes a few milliseconds. (From the second arrival: the first connection is the slowest.)
    let span = log[log.len() - 1].at.duration_since(log[1].at);
    let want = delay * (log.len() as u32 - 2);
    assert!(
        span + Duration::from_millis(25) >= want,
        "{span:?} < {want:?}: {gaps:?}"
    );
}

fn xtask(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .expect("run xtask");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn cli_args<'a>(start: &'a str, dir: &'a str) -> Vec<&'a str> {
    vec![
        "fetch-docs",
        "--from",
        start,
        "--into",
        dir,
        "--delay",
        "1ms",
        "--timeout",
        "1s",
        "--backoff",
        "10ms",
        "--attempts",
        "3",
        "--max-bytes",
        "2097152",
    ]
}

#[test]
fn the_command_exits_non_zero_naming_each_failed_url() {
    let server = Server::start(true);
    let dir = tempfile::tempdir().expect("temp dir");
    let start = server.start_url();
    let into = dir.path().display().to_string();
    let (code, stdout, stderr) = xtask(&cli_args(&start, &into));
    assert_eq!(code, 1, "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(
        stderr.contains(&format!(
            "{}: status 404 Not Found",
            server.url("missing.html")
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{}: 302 redirect to {}/docs/vbr/other/away.html",
            server.url("away.html"),
            server.base
        )),
        "{stderr}"
    );
    assert!(stderr.contains(&server.url("huge.html")), "{stderr}");
    // Not a terminal: one plain line per page.
    assert!(
        stderr.contains(&format!("200 {} -> overview.html", server.start_url())),
        "{stderr}"
    );
    let summary = format!(
        "fetch-docs: {} fetched, 0 unchanged, 3 failed, 1 redirected",
        expected_files().len()
    );
    assert!(stdout.starts_with(&summary), "{stdout}");
}

#[test]
fn the_command_exits_zero_when_every_page_came() {
    let server = Server::start(false);
    let dir = tempfile::tempdir().expect("temp dir");
    let start = server.start_url();
    let into = dir.path().display().to_string();
    let (code, stdout, stderr) = xtask(&cli_args(&start, &into));
    assert_eq!(code, 0, "stdout:\n{stdout}\nstderr:\n{stderr}");
    let (code, stdout, _) = xtask(&cli_args(&start, &into));
    assert_eq!(code, 0);
    let summary = format!(
        "fetch-docs: 0 fetched, {} unchanged, 0 failed",
        expected_files().len()
    );
    assert!(stdout.starts_with(&summary), "{stdout}");
}

#[test]
fn unusable_starts_exit_2_naming_the_cause() {
    let dir = tempfile::tempdir().expect("temp dir");
    let into = dir.path().display().to_string();
    let (code, _, stderr) = xtask(&[
        "fetch-docs",
        "--from",
        "ftp://h/em_rest/x.html",
        "--into",
        &into,
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("ftp://h/em_rest/x.html") && stderr.contains("not http"),
        "{stderr}"
    );

    // A manifest of another prefix: refused, naming the manifest, before any request.
    std::fs::write(
        dir.path().join(fetch::MANIFEST),
        r#"{"start":"http://127.0.0.1:9/a/x.html","prefix":"http://127.0.0.1:9/a/","run":1,"complete":true,"pages":[]}"#,
    )
    .unwrap();
    let (code, _, stderr) = xtask(&[
        "fetch-docs",
        "--from",
        "http://127.0.0.1:9/b/x.html",
        "--into",
        &into,
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains(fetch::MANIFEST) && stderr.contains("http://127.0.0.1:9/a/"),
        "{stderr}"
    );

    std::fs::write(dir.path().join(fetch::MANIFEST), "{ not json").unwrap();
    let (code, _, stderr) = xtask(&[
        "fetch-docs",
        "--from",
        "http://127.0.0.1:9/a/x.html",
        "--into",
        &into,
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains(fetch::MANIFEST) && stderr.contains("not a fetch-docs manifest"),
        "{stderr}"
    );
}

#[test]
fn a_dead_server_is_a_failure_naming_url_and_cause() {
    // A port that was just free: connection refused, retried, then reported.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().expect("temp dir");
    let start = format!("http://127.0.0.1:{port}{PREFIX}overview.html");
    let summary = fetch::run(&Options {
        attempts: 2,
        backoff: Duration::from_millis(5),
        progress: Progress::Quiet,
        ..Options::new(&start, dir.path())
    })
    .expect("the crawl runs");
    assert_eq!(summary.requests, 2);
    assert_eq!(summary.failed.len(), 1);
    let failure = summary.failed[0].to_string();
    assert!(failure.starts_with(&format!("{start}: ")), "{failure}");
    assert!(failure.contains("after 2 attempts"), "{failure}");
}

/// What a rendering may change without changing the model: locations and file names.
const LOCATION_KEYS: &[&str] = &["source", "file", "rendering", "merged_from"];

fn strip_keys(v: &mut Value, keys: &[&str]) {
    match v {
        Value::Object(map) => {
            for k in keys {
                map.remove(*k);
            }
            map.values_mut().for_each(|c| strip_keys(c, keys));
        }
        Value::Array(items) => items.iter_mut().for_each(|c| strip_keys(c, keys)),
        _ => {}
    }
}

fn comparable(inputs: &[Input]) -> Value {
    let model = veeam_em_codegen::build_model(inputs);
    let mut text = serde_json::to_string(&model).expect("the model serializes");
    // Messages name files ("kept x.md"); the name is a location too.
    for input in inputs {
        text = text.replace(&input.file, "<page>");
    }
    let mut v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    strip_keys(&mut v, LOCATION_KEYS);
    v
}

#[test]
fn fetched_html_gives_the_markdown_model() {
    if reference().is_none() {
        eprintln!(
            "SKIPPED: the full reference is not at ../shared/veeam-docs/em_rest beside the project"
        );
        return;
    }
    let server = Server::start(true);
    let dir = tempfile::tempdir().expect("temp dir");
    fetch::run(&options(&server, dir.path())).expect("the crawl runs");
    let md = markdown_pages();
    let fetched: Vec<Input> = md
        .iter()
        .map(|p| {
            let file = html_name(&p.file);
            Input {
                bytes: std::fs::read(dir.path().join(&file)).expect("a fetched page"),
                // Not the bare name: that is also the end of the page's help-center URL, which
                // must not be blanked out with the file names.
                file: format!("fetched/{file}"),
            }
        })
        .collect();
    let md: Vec<Input> = md
        .into_iter()
        .map(|p| Input {
            file: format!("em_rest/{}", p.file),
            ..p
        })
        .collect();
    let mut differ = Vec::new();
    for (m, h) in md.iter().zip(&fetched) {
        let want = comparable(std::slice::from_ref(m));
        let got = comparable(std::slice::from_ref(h));
        if want != got {
            let (a, b) = (
                serde_json::to_string_pretty(&want).unwrap_or_default(),
                serde_json::to_string_pretty(&got).unwrap_or_default(),
            );
            let diff = similar::TextDiff::from_lines(&a, &b)
                .unified_diff()
                .context_radius(2)
                .header(&m.file, &h.file)
                .to_string();
            differ.push(format!("{}\n{diff}", h.file));
        }
        // The help-center URL and the build come through the HTML head.
        let doc_url = &want["pages"][0]["source_url"];
        assert!(
            doc_url
                .as_str()
                .is_some_and(|u| u.starts_with("https://helpcenter.veeam.com/")),
            "{}: {doc_url}",
            m.file
        );
    }
    eprintln!("models equal: {} of {}", md.len() - differ.len(), md.len());
    assert!(
        differ.is_empty(),
        "fetched pages whose model differs: {differ:?}"
    );
    assert_eq!(
        comparable(&md),
        comparable(&fetched),
        "the model of all pages together"
    );
}
