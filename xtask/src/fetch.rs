//! `cargo xtask fetch-docs --from URL --into DIR`: crawls the help center's Enterprise Manager
//! REST pages and saves each page as fetched, with a manifest.
//!
//! The crawl starts at one page and follows links that stay under the start page's directory
//! (the *prefix*, e.g. `https://helpcenter.veeam.com/docs/vbr/em_rest/`). Every page is saved
//! byte for byte as `DIR/<name>.html`, the name taken from the URL path, so
//! `cargo xtask codegen --docs DIR` reads the folder as it is. `DIR/fetch-manifest.json` records,
//! per URL, the status, validators (ETag, Last-Modified), sha256, times and file.
//!
//! Being polite to a public documentation site decides most of the shape: a few requests at a
//! time, a pause between request starts shared by all of them, retries with exponential backoff
//! only for what may pass (5xx, 429, timeouts, connection errors), and conditional requests on a
//! re-run so that unchanged pages cost a 304. The manifest is replaced atomically after every
//! page, so an interrupted crawl loses at most the pages in flight; the next run resumes it
//! (pages done in the interrupted run are not requested again: their links are read from the
//! saved files).
//!
//! Redirects are followed by hand, one hop per manifest entry: a redirect inside the prefix is
//! recorded and its target crawled like any link (so a loop ends where it meets a URL already
//! seen); one that leaves the prefix is an error for that page and is not followed, because the
//! crawl must never wander off the reference.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::fmt;
use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use indicatif::{ProgressBar, ProgressStyle};
use reqwest::header::{self, HeaderMap};
use reqwest::StatusCode;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio::task::JoinSet;
use url::Url;

/// The manifest's file name inside DIR. Not a page name (`load` reads `.md`/`.html`/`.txt`).
pub const MANIFEST: &str = "fetch-manifest.json";

/// Longest wait a `Retry-After` may impose on one retry.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// How the crawl runs. [`Options::new`] gives the command line's defaults.
#[derive(Debug, Clone)]
pub struct Options {
    /// The start page; its directory is the prefix links must stay under.
    pub from: String,
    /// Where pages and the manifest are written.
    pub into: PathBuf,
    /// Requests in flight at once (at least 1).
    pub concurrency: usize,
    /// Pause between the starts of two requests, across all requests in flight.
    pub delay: Duration,
    /// Tries per request (at least 1); retries only 5xx, 429, timeouts and connection errors.
    pub attempts: u32,
    /// Limit on one request, from connecting to the end of the body.
    pub timeout: Duration,
    /// Wait before the first retry; it doubles with every further one.
    pub backoff: Duration,
    /// A page larger than this is an error (the body is not read past it).
    pub max_bytes: u64,
    /// Stop starting requests after this many pages (the crawl stays resumable).
    pub max_pages: Option<usize>,
    /// What is printed while the crawl runs.
    pub progress: Progress,
}

impl Options {
    pub fn new(from: impl Into<String>, into: impl Into<PathBuf>) -> Self {
        Options {
            from: from.into(),
            into: into.into(),
            concurrency: 4,
            delay: Duration::from_millis(250),
            attempts: 4,
            timeout: Duration::from_secs(30),
            backoff: Duration::from_secs(1),
            max_bytes: 16 * 1024 * 1024,
            max_pages: None,
            progress: Progress::Auto,
        }
    }
}

/// What the crawl prints while it runs (on stderr).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// A progress bar on a terminal, plain lines otherwise.
    Auto,
    /// One line per page.
    Lines,
    /// Nothing; the [`Summary`] says it all.
    Quiet,
}

/// A fatal error: the crawl could not start or could not record what it did.
#[derive(Debug)]
pub enum Error {
    /// The start URL is not an absolute http(s) URL.
    BadStart { url: String, reason: String },
    /// DIR's manifest belongs to another crawl or cannot be read.
    Manifest { path: PathBuf, reason: String },
    /// A filesystem operation failed.
    Io {
        action: &'static str,
        path: PathBuf,
        source: io::Error,
    },
    /// The HTTP client or the runtime could not be built.
    Setup(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::BadStart { url, reason } => write!(f, "bad start URL {url:?}: {reason}"),
            Error::Manifest { path, reason } => write!(f, "{}: {reason}", path.display()),
            Error::Io {
                action,
                path,
                source,
            } => write!(f, "cannot {action} {}: {source}", path.display()),
            Error::Setup(reason) => write!(f, "cannot start the crawl: {reason}"),
        }
    }
}

impl std::error::Error for Error {}

/// One page that failed: its URL and why (the status, or the cause).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageError {
    pub url: String,
    /// The last HTTP status received, if any.
    pub status: Option<u16>,
    pub cause: String,
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.url, self.cause)
    }
}

/// What a crawl did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Pages written: new, or changed since the last run.
    pub fetched: usize,
    /// Pages that had not changed (304, or a 200 with the same bytes).
    pub unchanged: usize,
    /// Redirects inside the prefix (their targets are counted as pages).
    pub redirected: usize,
    /// Pages done by the interrupted run this one resumed; not requested again.
    pub resumed: usize,
    /// Pages that failed, in the order they failed.
    pub failed: Vec<PageError>,
    /// HTTP requests sent, retries and redirect hops included.
    pub requests: usize,
    /// Requests that were retries.
    pub retries: usize,
    /// Pages in the manifest from earlier runs that this crawl did not reach (their files are
    /// kept).
    pub not_reached: usize,
    /// `--max-pages` stopped the crawl before it was done; the next run resumes it.
    pub stopped_early: bool,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "fetch-docs: {} fetched, {} unchanged, {} failed, {} redirected",
            self.fetched,
            self.unchanged,
            self.failed.len(),
            self.redirected
        )?;
        if self.resumed > 0 {
            write!(f, ", {} resumed", self.resumed)?;
        }
        write!(f, "; {} requests, {} retries", self.requests, self.retries)?;
        if self.not_reached > 0 {
            write!(
                f,
                "; {} pages of earlier runs not reached (kept)",
                self.not_reached
            )?;
        }
        if self.stopped_early {
            write!(f, "; stopped early, run again to continue")?;
        }
        Ok(())
    }
}

/// The manifest: one entry per URL the crawl met, sorted by URL.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Manifest {
    /// The start page of the crawl that made it.
    pub start: String,
    /// The prefix every page lies under.
    pub prefix: String,
    /// Which crawl wrote it last: a finished crawl is followed by a new run, an unfinished one
    /// is resumed under the same number.
    pub run: u64,
    /// Whether that crawl went through every page it found.
    pub complete: bool,
    pub pages: Vec<Entry>,
}

/// One URL's record.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Entry {
    pub url: String,
    /// The last status received (`None` when no response came: timeout, connection error).
    pub status: Option<u16>,
    /// The saved page, relative to DIR; kept after a later failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Hex sha256 of the saved page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// When the saved bytes were received (HTTP date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched_at: Option<String>,
    /// When the URL was last requested (HTTP date).
    pub checked_at: String,
    /// The run that last requested it.
    pub run: u64,
    /// A redirect's target (inside the prefix; one outside is an error).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Why the last request failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Runs a crawl on a runtime of its own (one thread: the work is waiting on the network).
pub fn run(opts: &Options) -> Result<Summary, Error> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Setup(e.to_string()))?;
    runtime.block_on(crawl(opts))
}

/// The crawl itself, for callers that have a runtime.
pub async fn crawl(opts: &Options) -> Result<Summary, Error> {
    let start = parse_start(&opts.from)?;
    let prefix = prefix_of(&start);
    fs::create_dir_all(&opts.into).map_err(|source| Error::Io {
        action: "create",
        path: opts.into.clone(),
        source,
    })?;
    let manifest_path = opts.into.join(MANIFEST);
    let previous = read_manifest(&manifest_path, &prefix)?;
    let (run, resuming) = match &previous {
        Some(m) if !m.complete => (m.run, true),
        Some(m) => (m.run + 1, false),
        None => (1, false),
    };
    let client = reqwest::Client::builder()
        // Redirects are followed by hand: each hop is checked against the prefix.
        .redirect(reqwest::redirect::Policy::none())
        .timeout(opts.timeout)
        .user_agent(concat!(
            "veeam-em-xtask-fetch-docs/",
            env!("CARGO_PKG_VERSION")
        ))
        .build()
        .map_err(|e| Error::Setup(e.to_string()))?;

    let mut crawler = Crawler {
        dir: opts.into.clone(),
        manifest_path,
        prefix: prefix.clone(),
        run,
        entries: previous
            .map(|m| m.pages.into_iter().map(|e| (e.url.clone(), e)).collect())
            .unwrap_or_default(),
        files: HashMap::new(),
        queue: VecDeque::new(),
        seen: HashSet::new(),
        summary: Summary::default(),
        out: Output::new(opts.progress),
        start: start.to_string(),
    };
    for entry in crawler.entries.values() {
        if let Some(file) = &entry.file {
            crawler.files.insert(file.clone(), entry.url.clone());
        }
    }
    crawler.save(false)?;
    crawler.enqueue(start);

    let pacer = Arc::new(Pacer::new(opts.delay));
    let mut tasks: JoinSet<Fetched> = JoinSet::new();
    let mut started = 0usize;
    loop {
        while tasks.len() < opts.concurrency.max(1) && !crawler.summary.stopped_early {
            let Some(url) = crawler.queue.pop_front() else {
                break;
            };
            if resuming && crawler.resume(&url)? {
                continue;
            }
            if opts.max_pages.is_some_and(|max| started >= max) {
                crawler.summary.stopped_early = true;
                break;
            }
            started += 1;
            let request = Request {
                client: client.clone(),
                saved: crawler.saved_copy(&url),
                prefix: crawler.prefix.clone(),
                url,
                pacer: Arc::clone(&pacer),
                attempts: opts.attempts.max(1),
                backoff: opts.backoff,
                timeout: opts.timeout,
                max_bytes: opts.max_bytes,
            };
            tasks.spawn(request.fetch());
        }
        match tasks.join_next().await {
            None => break,
            Some(Ok(fetched)) => crawler.record(fetched)?,
            // A task only ends this way if it panicked, which nothing in it should do; the page
            // is lost to this run but the crawl goes on.
            Some(Err(e)) => crawler.out.error(&format!("a fetch task failed: {e}")),
        }
    }
    let complete = !crawler.summary.stopped_early;
    if complete {
        crawler.summary.not_reached = crawler
            .entries
            .values()
            .filter(|e| e.run != crawler.run)
            .count();
    }
    crawler.save(complete)?;
    crawler.out.finish();
    Ok(crawler.summary)
}

fn parse_start(from: &str) -> Result<Url, Error> {
    let bad = |reason: String| Error::BadStart {
        url: from.to_string(),
        reason,
    };
    let url = Url::parse(from).map_err(|e| bad(e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad(format!(
            "scheme {:?} is not http or https",
            url.scheme()
        )));
    }
    if url.host_str().is_none() {
        return Err(bad("no host".into()));
    }
    Ok(normalize(url))
}

/// The identity of a page: no fragment (a place in the page) and no query (the help center's
/// `?ver=` and tracking parameters name the same page).
pub fn normalize(mut url: Url) -> Url {
    url.set_fragment(None);
    url.set_query(None);
    url
}

/// The start page's directory: scheme, host, port and the path up to its last `/`.
pub fn prefix_of(start: &Url) -> Url {
    let mut prefix = start.clone();
    let path = start.path();
    let dir = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "/",
    };
    prefix.set_path(dir);
    prefix
}

/// Whether `url` lies under `prefix` (same origin, path below the prefix's).
pub fn in_prefix(url: &Url, prefix: &Url) -> bool {
    url.scheme() == prefix.scheme()
        && url.host_str() == prefix.host_str()
        && url.port_or_known_default() == prefix.port_or_known_default()
        && url.path().starts_with(prefix.path())
}

/// Whether a link under the prefix is a page worth fetching: `.html`/`.htm`, or no extension
/// (a directory or an extension-less page). Images, PDFs and archives are not pages.
fn is_page(url: &Url) -> bool {
    let last = url.path().rsplit('/').next().unwrap_or("");
    match last.rsplit_once('.') {
        None => true,
        Some((_, ext)) => ext.eq_ignore_ascii_case("html") || ext.eq_ignore_ascii_case("htm"),
    }
}

/// The file a page is saved as: its path below the prefix, flattened (`/` → `__`, so the
/// folder stays one level that `cargo xtask codegen --docs DIR` reads), characters outside
/// `[A-Za-z0-9._-]` as `_`, and `.html` added when the URL has no page extension. A directory
/// is its `index.html`.
pub fn file_name(url: &Url, prefix: &Url) -> String {
    let rel = url.path().strip_prefix(prefix.path()).unwrap_or(url.path());
    let rel = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    };
    let mut name: String = rel
        .split('/')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("__")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    // A leading dot would hide the file (and `.part` files are the crawler's own).
    if name.starts_with('.') {
        name.insert(0, '_');
    }
    let lower = name.to_ascii_lowercase();
    if !(lower.ends_with(".html") || lower.ends_with(".htm")) {
        name.push_str(".html");
    }
    name
}

/// The links of an HTML page that lead to pages under the prefix, normalised, in page order.
/// Any bytes are accepted (html5ever recovers from anything; invalid UTF-8 is replaced).
pub fn page_links(body: &[u8], base: &Url, prefix: &Url) -> Vec<Url> {
    let text = String::from_utf8_lossy(body);
    let doc = scraper::Html::parse_document(&text);
    let mut links = Vec::new();
    for el in doc.root_element().descendent_elements() {
        if !el.value().name().eq_ignore_ascii_case("a") {
            continue;
        }
        let Some(href) = el.attr("href") else {
            continue;
        };
        let Ok(url) = base.join(href.trim()) else {
            continue;
        };
        let url = normalize(url);
        if in_prefix(&url, prefix) && is_page(&url) {
            links.push(url);
        }
    }
    links
}

fn read_manifest(path: &Path, prefix: &Url) -> Result<Option<Manifest>, Error> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(Error::Io {
                action: "read",
                path: path.to_path_buf(),
                source,
            })
        }
    };
    let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|e| Error::Manifest {
        path: path.to_path_buf(),
        reason: format!("not a fetch-docs manifest ({e}); remove it to start afresh"),
    })?;
    if manifest.prefix != prefix.as_str() {
        return Err(Error::Manifest {
            path: path.to_path_buf(),
            reason: format!(
                "holds pages under {}, not {prefix}; use another --into DIR",
                manifest.prefix
            ),
        });
    }
    Ok(Some(manifest))
}

/// Writes `bytes` to `path` through a sibling temp file and a rename, so a reader (or the next
/// run after a kill) sees the old file or the new one, never half of one.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.part"));
    fn io_err<'p>(action: &'static str, path: &'p Path) -> impl FnOnce(io::Error) -> Error + 'p {
        move |source| Error::Io {
            action,
            path: path.to_path_buf(),
            source,
        }
    }
    let mut f = fs::File::create(&tmp).map_err(io_err("create", &tmp))?;
    f.write_all(bytes).map_err(io_err("write", &tmp))?;
    f.sync_all().map_err(io_err("write", &tmp))?;
    drop(f);
    fs::rename(&tmp, path).map_err(io_err("replace", path))
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn now() -> String {
    httpdate::fmt_http_date(SystemTime::now())
}

/// The crawl's bookkeeping; it alone touches DIR and the manifest, so there are no races.
struct Crawler {
    dir: PathBuf,
    manifest_path: PathBuf,
    prefix: Url,
    run: u64,
    start: String,
    entries: BTreeMap<String, Entry>,
    /// File name → the URL it holds, so two URLs never share a file.
    files: HashMap<String, String>,
    queue: VecDeque<Url>,
    seen: HashSet<String>,
    summary: Summary,
    out: Output,
}

impl Crawler {
    fn enqueue(&mut self, url: Url) {
        if self.seen.insert(url.as_str().to_string()) {
            self.out.found(1);
            self.queue.push_back(url);
        }
    }

    fn save(&self, complete: bool) -> Result<(), Error> {
        let manifest = Manifest {
            start: self.start.clone(),
            prefix: self.prefix.to_string(),
            run: self.run,
            complete,
            pages: self.entries.values().cloned().collect(),
        };
        let mut json = serde_json::to_vec_pretty(&manifest).map_err(|e| Error::Manifest {
            path: self.manifest_path.clone(),
            reason: e.to_string(),
        })?;
        json.push(b'\n');
        write_atomic(&self.manifest_path, &json)
    }

    /// The saved copy of a page, if it is still what the manifest says (present, same hash).
    fn saved(&self, url: &str) -> Option<Vec<u8>> {
        let entry = self.entries.get(url)?;
        let bytes = fs::read(self.dir.join(entry.file.as_ref()?)).ok()?;
        (Some(sha256_hex(&bytes)) == entry.sha256).then_some(bytes)
    }

    /// On a resumed run: a page the interrupted run already did is taken from DIR (its links
    /// read from the saved file) instead of being requested again.
    fn resume(&mut self, url: &Url) -> Result<bool, Error> {
        let Some(entry) = self.entries.get(url.as_str()) else {
            return Ok(false);
        };
        if entry.run != self.run || entry.error.is_some() {
            return Ok(false);
        }
        if let Some(location) = entry.location.clone() {
            let Ok(target) = Url::parse(&location) else {
                return Ok(false);
            };
            self.summary.resumed += 1;
            self.out.done();
            self.enqueue(target);
            return Ok(true);
        }
        let Some(bytes) = self.saved(url.as_str()) else {
            return Ok(false);
        };
        self.summary.resumed += 1;
        self.out.done();
        for link in page_links(&bytes, url, &self.prefix) {
            self.enqueue(link);
        }
        Ok(true)
    }

    /// What the manifest says was saved for `url`; the request checks it is still intact.
    fn saved_copy(&self, url: &Url) -> Option<SavedCopy> {
        let entry = self.entries.get(url.as_str())?;
        Some(SavedCopy {
            path: self.dir.join(entry.file.as_ref()?),
            sha256: entry.sha256.clone()?,
            etag: entry.etag.clone(),
            last_modified: entry.last_modified.clone(),
        })
    }

    fn record(&mut self, fetched: Fetched) -> Result<(), Error> {
        self.summary.requests += fetched.requests;
        self.summary.retries += fetched.requests.saturating_sub(1);
        let url = fetched.url;
        let key = url.as_str().to_string();
        let checked_at = now();
        let previous = self.entries.get(&key).cloned();
        let mut entry = previous.clone().unwrap_or_else(|| Entry {
            url: key.clone(),
            status: None,
            file: None,
            sha256: None,
            etag: None,
            last_modified: None,
            fetched_at: None,
            checked_at: checked_at.clone(),
            run: self.run,
            location: None,
            error: None,
        });
        entry.checked_at = checked_at.clone();
        entry.run = self.run;
        entry.error = None;
        entry.location = None;
        let failure = match fetched.outcome {
            Outcome::Page {
                status,
                body,
                sha256: sha,
                etag,
                last_modified,
                links,
            } => {
                entry.status = Some(status);
                let name = file_name(&url, &self.prefix);
                match self.files.get(&name) {
                    Some(owner) if *owner != key => Some((
                        Some(status),
                        format!("would be saved as {name}, which holds {owner}"),
                    )),
                    _ => {
                        let same = fetched.saved_sha.as_deref() == Some(sha.as_str())
                            && entry.file.as_deref() == Some(name.as_str());
                        if !same {
                            write_atomic(&self.dir.join(&name), &body)?;
                            entry.fetched_at = Some(checked_at);
                        }
                        self.files.insert(name.clone(), key.clone());
                        entry.file = Some(name.clone());
                        entry.sha256 = Some(sha);
                        entry.etag = etag;
                        entry.last_modified = last_modified;
                        if same {
                            self.summary.unchanged += 1;
                            self.out.line(&format!("{status} {url} (unchanged)"));
                        } else {
                            self.summary.fetched += 1;
                            self.out.line(&format!("{status} {url} -> {name}"));
                        }
                        for link in links {
                            self.enqueue(link);
                        }
                        None
                    }
                }
            }
            Outcome::NotModified {
                etag,
                last_modified,
                links,
            } => {
                entry.status = Some(304);
                // A 304 may carry fresh validators; the old ones stay otherwise.
                entry.etag = etag.or(entry.etag);
                entry.last_modified = last_modified.or(entry.last_modified);
                self.summary.unchanged += 1;
                self.out.line(&format!("304 {url} (unchanged)"));
                // The links are those of the saved copy, which a 304 says is current.
                for link in links {
                    self.enqueue(link);
                }
                None
            }
            Outcome::Redirect { status, location } => {
                entry.status = Some(status);
                match url.join(&location).map(normalize) {
                    Err(e) => Some((
                        Some(status),
                        format!("redirect with a bad Location {location:?}: {e}"),
                    )),
                    Ok(target) if target == url => {
                        Some((Some(status), format!("redirects to itself ({location})")))
                    }
                    Ok(target) if !in_prefix(&target, &self.prefix) || !is_page(&target) => Some((
                        Some(status),
                        format!(
                            "{status} redirect to {target}, outside {}; not followed",
                            self.prefix
                        ),
                    )),
                    Ok(target) => {
                        self.summary.redirected += 1;
                        self.out.line(&format!("{status} {url} -> {target}"));
                        entry.location = Some(target.to_string());
                        self.enqueue(target);
                        None
                    }
                }
            }
            Outcome::Failed { status, cause } => {
                if status.is_some() {
                    entry.status = status;
                }
                Some((status, cause))
            }
        };
        if let Some((status, cause)) = failure {
            entry.status = status;
            entry.error = Some(cause.clone());
            let error = PageError {
                url: key.clone(),
                status,
                cause,
            };
            self.out.error(&error.to_string());
            self.summary.failed.push(error);
        }
        self.out.done();
        self.entries.insert(key, entry);
        self.save(false)
    }
}

/// A page saved by an earlier run, as the manifest describes it.
#[derive(Debug, Clone)]
struct SavedCopy {
    path: PathBuf,
    sha256: String,
    etag: Option<String>,
    last_modified: Option<String>,
}

/// Spaces request starts `delay` apart, whichever task makes them.
struct Pacer {
    next: tokio::sync::Mutex<tokio::time::Instant>,
    delay: Duration,
}

impl Pacer {
    fn new(delay: Duration) -> Self {
        Pacer {
            next: tokio::sync::Mutex::new(tokio::time::Instant::now()),
            delay,
        }
    }

    async fn wait(&self) {
        let at = {
            let mut next = self.next.lock().await;
            let at = (*next).max(tokio::time::Instant::now());
            *next = at + self.delay;
            at
        };
        tokio::time::sleep_until(at).await;
    }
}

/// One page's request, with everything it needs, so it can run as its own task.
struct Request {
    client: reqwest::Client,
    url: Url,
    prefix: Url,
    saved: Option<SavedCopy>,
    pacer: Arc<Pacer>,
    attempts: u32,
    backoff: Duration,
    timeout: Duration,
    max_bytes: u64,
}

struct Fetched {
    url: Url,
    /// Requests sent for it (1 + retries).
    requests: usize,
    /// The sha256 of the saved copy when it was found intact before the request.
    saved_sha: Option<String>,
    outcome: Outcome,
}

enum Outcome {
    Page {
        status: u16,
        body: Vec<u8>,
        sha256: String,
        etag: Option<String>,
        last_modified: Option<String>,
        /// Its links under the prefix (none unless it is HTML, or says no content type).
        links: Vec<Url>,
    },
    NotModified {
        etag: Option<String>,
        last_modified: Option<String>,
        /// The saved copy's links.
        links: Vec<Url>,
    },
    Redirect {
        status: u16,
        location: String,
    },
    Failed {
        status: Option<u16>,
        cause: String,
    },
}

/// One attempt's result: done, or worth another try after a wait.
enum Attempt {
    Done(Outcome),
    Retry {
        status: Option<u16>,
        cause: String,
        after: Option<Duration>,
    },
}

/// Runs CPU work (hashing, HTML parsing) off the thread that drives the requests, so that a
/// big page being parsed does not eat into the timeouts of the requests in flight.
async fn off_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    tokio::task::spawn_blocking(work).await.ok()
}

impl Request {
    async fn fetch(self) -> Fetched {
        // Validators are sent only for an intact saved copy: a 304 must never leave DIR
        // without the page.
        let saved = match self.saved.clone() {
            Some(copy) => off_thread(move || {
                let bytes = fs::read(&copy.path).ok()?;
                (sha256_hex(&bytes) == copy.sha256).then_some((copy, bytes))
            })
            .await
            .flatten(),
            None => None,
        };
        let mut requests = 0;
        let mut wait = self.backoff;
        loop {
            self.pacer.wait().await;
            requests += 1;
            match self.attempt(saved.as_ref()).await {
                Attempt::Done(outcome) => {
                    return Fetched {
                        url: self.url,
                        requests,
                        saved_sha: saved.map(|(copy, _)| copy.sha256),
                        outcome,
                    }
                }
                Attempt::Retry {
                    status,
                    cause,
                    after,
                } => {
                    if requests >= self.attempts as usize {
                        let cause = if requests > 1 {
                            format!("{cause} (after {requests} attempts)")
                        } else {
                            cause
                        };
                        return Fetched {
                            url: self.url,
                            requests,
                            saved_sha: saved.map(|(copy, _)| copy.sha256),
                            outcome: Outcome::Failed { status, cause },
                        };
                    }
                    // A server's Retry-After wins over the backoff when it asks for longer.
                    let pause = after.map_or(wait, |a| a.min(MAX_RETRY_AFTER).max(wait));
                    tokio::time::sleep(pause).await;
                    wait = wait.saturating_mul(2);
                }
            }
        }
    }

    async fn attempt(&self, saved: Option<&(SavedCopy, Vec<u8>)>) -> Attempt {
        let mut request = self.client.get(self.url.clone());
        if let Some((copy, _)) = saved {
            if let Some(etag) = &copy.etag {
                request = request.header(header::IF_NONE_MATCH, etag);
            }
            if let Some(date) = &copy.last_modified {
                request = request.header(header::IF_MODIFIED_SINCE, date);
            }
        }
        let mut response = match request.send().await {
            Ok(r) => r,
            Err(e) => return self.transport_error(e),
        };
        let status = response.status();
        let headers = response.headers().clone();
        if status == StatusCode::NOT_MODIFIED {
            // A 304 to a request without validators (a confused cache) leaves nothing to keep.
            let Some((_, bytes)) = saved else {
                return Attempt::Done(Outcome::Failed {
                    status: Some(304),
                    cause: "304 Not Modified to an unconditional request; nothing to keep"
                        .to_string(),
                });
            };
            let (bytes, url, prefix) = (bytes.clone(), self.url.clone(), self.prefix.clone());
            let links = off_thread(move || page_links(&bytes, &url, &prefix)).await;
            return Attempt::Done(Outcome::NotModified {
                etag: header_text(&headers, header::ETAG),
                last_modified: header_text(&headers, header::LAST_MODIFIED),
                links: links.unwrap_or_default(),
            });
        }
        if status.is_redirection() {
            return Attempt::Done(match header_text(&headers, header::LOCATION) {
                Some(location) => Outcome::Redirect {
                    status: status.as_u16(),
                    location,
                },
                None => Outcome::Failed {
                    status: Some(status.as_u16()),
                    cause: format!("{status} without a Location"),
                },
            });
        }
        if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS {
            return Attempt::Retry {
                status: Some(status.as_u16()),
                cause: format!("status {status}"),
                after: retry_after(&headers),
            };
        }
        if !status.is_success() {
            return Attempt::Done(Outcome::Failed {
                status: Some(status.as_u16()),
                cause: format!("status {status}"),
            });
        }
        if let Some(len) = response.content_length() {
            if len > self.max_bytes {
                return Attempt::Done(self.too_large(status));
            }
        }
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() as u64 + chunk.len() as u64 > self.max_bytes {
                        return Attempt::Done(self.too_large(status));
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => return self.transport_error(e),
            }
        }
        let html = header_text(&headers, header::CONTENT_TYPE)
            .is_none_or(|t| t.to_ascii_lowercase().contains("html"));
        let (url, prefix) = (self.url.clone(), self.prefix.clone());
        let Some((body, sha256, links)) = off_thread(move || {
            let sha = sha256_hex(&body);
            let links = if html {
                page_links(&body, &url, &prefix)
            } else {
                Vec::new()
            };
            (body, sha, links)
        })
        .await
        else {
            return Attempt::Done(Outcome::Failed {
                status: Some(status.as_u16()),
                cause: "the page could not be hashed and read for links".to_string(),
            });
        };
        Attempt::Done(Outcome::Page {
            status: status.as_u16(),
            body,
            sha256,
            etag: header_text(&headers, header::ETAG),
            last_modified: header_text(&headers, header::LAST_MODIFIED),
            links,
        })
    }

    fn too_large(&self, status: StatusCode) -> Outcome {
        Outcome::Failed {
            status: Some(status.as_u16()),
            cause: format!("page larger than {} bytes; not saved", self.max_bytes),
        }
    }

    /// Timeouts and connection errors may pass; anything else from the client (a body cut
    /// short is a connection error too) is retried as well, since nothing here is the
    /// request's fault.
    fn transport_error(&self, e: reqwest::Error) -> Attempt {
        let cause = if e.is_timeout() {
            format!("timed out after {:?}", self.timeout)
        } else {
            error_chain(&e.without_url())
        };
        Attempt::Retry {
            status: None,
            cause,
            after: None,
        }
    }
}

/// An error and its sources, `: `-separated, repeats dropped (hyper's and the OS's messages
/// often say the same thing twice).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut next = Some(e);
    while let Some(err) = next {
        let text = err.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        next = err.source();
    }
    parts.join(": ")
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// `Retry-After` as seconds or as an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = header_text(headers, header::RETRY_AFTER)?;
    if let Ok(secs) = text.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = httpdate::parse_http_date(&text).ok()?;
    Some(at.duration_since(SystemTime::now()).unwrap_or_default())
}

/// Progress on stderr: a bar on a terminal, lines otherwise, or nothing.
struct Output {
    bar: Option<ProgressBar>,
    lines: bool,
}

impl Output {
    fn new(progress: Progress) -> Self {
        let terminal = io::stderr().is_terminal();
        match progress {
            Progress::Auto if terminal => {
                let style = ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} {wide_msg}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar());
                let bar = ProgressBar::new(0).with_style(style);
                Output {
                    bar: Some(bar),
                    lines: false,
                }
            }
            Progress::Auto | Progress::Lines => Output {
                bar: None,
                lines: true,
            },
            Progress::Quiet => Output {
                bar: None,
                lines: false,
            },
        }
    }

    fn found(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc_length(n);
        }
    }

    fn done(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    fn line(&self, text: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(text.to_string());
        } else if self.lines {
            eprintln!("{text}");
        }
    }

    fn error(&self, text: &str) {
        let text = format!("error: {text}");
        if let Some(bar) = &self.bar {
            bar.println(text);
        } else if self.lines {
            eprintln!("{text}");
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Parses `250ms`, `2s`, `1m` or a bare number of milliseconds (the command line's durations).
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a duration like 250ms, 2s or 1m"))?;
    match unit.trim() {
        "" | "ms" => Ok(Duration::from_millis(n)),
        "s" => Ok(Duration::from_secs(n)),
        "m" => Ok(Duration::from_secs(n.saturating_mul(60))),
        other => Err(format!("unknown unit {other:?} in {text:?} (ms, s or m)")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn prefix_is_the_start_pages_directory() {
        let start = url("https://helpcenter.veeam.com/docs/vbr/em_rest/overview.html?ver=13#top");
        let start = normalize(start);
        assert_eq!(
            start.as_str(),
            "https://helpcenter.veeam.com/docs/vbr/em_rest/overview.html"
        );
        let prefix = prefix_of(&start);
        assert_eq!(
            prefix.as_str(),
            "https://helpcenter.veeam.com/docs/vbr/em_rest/"
        );
        assert!(in_prefix(
            &url("https://helpcenter.veeam.com/docs/vbr/em_rest/x.html"),
            &prefix
        ));
        assert!(!in_prefix(
            &url("https://helpcenter.veeam.com/docs/vbr/em_restx/x.html"),
            &prefix
        ));
        assert!(!in_prefix(
            &url("http://helpcenter.veeam.com/docs/vbr/em_rest/x.html"),
            &prefix
        ));
        assert!(!in_prefix(
            &url("https://helpcenter.veeam.com:8443/docs/vbr/em_rest/x.html"),
            &prefix
        ));
        assert!(!in_prefix(
            &url("https://other.example/docs/vbr/em_rest/x.html"),
            &prefix
        ));
    }

    #[test]
    fn file_names_come_from_the_path_below_the_prefix() {
        let prefix = url("https://h/docs/vbr/em_rest/");
        let name = |s: &str| file_name(&url(s), &prefix);
        assert_eq!(
            name("https://h/docs/vbr/em_rest/get_jobs_id.html"),
            "get_jobs_id.html"
        );
        assert_eq!(name("https://h/docs/vbr/em_rest/"), "index.html");
        assert_eq!(name("https://h/docs/vbr/em_rest/sub/"), "sub__index.html");
        assert_eq!(name("https://h/docs/vbr/em_rest/sub/a.htm"), "sub__a.htm");
        assert_eq!(name("https://h/docs/vbr/em_rest/page"), "page.html");
        assert_eq!(name("https://h/docs/vbr/em_rest/a%20b.html"), "a_20b.html");
        assert_eq!(name("https://h/docs/vbr/em_rest/.hidden"), "_.hidden.html");
        // `..` never survives URL parsing, so a name cannot climb out of DIR.
        assert_eq!(
            name("https://h/docs/vbr/em_rest/../em_rest/x.html"),
            "x.html"
        );
    }

    #[test]
    fn links_are_resolved_normalised_and_kept_under_the_prefix() {
        let prefix = url("https://h/docs/em_rest/");
        let base = url("https://h/docs/em_rest/overview.html");
        let html = br#"<html><body><nav>
            <a href="a.html#x">a</a><a href="b.html?ver=2">b</a><a href="/docs/em_rest/c">c</a>
            <a href="../other/d.html">out</a><a href="https://elsewhere/docs/em_rest/e.html">host</a>
            <a href="img.png">img</a><a href="mailto:x@y">mail</a><a>no href</a><a href="http://[::1">bad</a>
            </nav></body></html>"#;
        let links: Vec<String> = page_links(html, &base, &prefix)
            .into_iter()
            .map(|u| u.to_string())
            .collect();
        assert_eq!(
            links,
            [
                "https://h/docs/em_rest/a.html",
                "https://h/docs/em_rest/b.html",
                "https://h/docs/em_rest/c"
            ]
        );
    }

    #[test]
    fn any_bytes_are_read_for_links_without_panicking() {
        let prefix = url("https://h/d/");
        let base = url("https://h/d/x.html");
        let mut seed = 7u32;
        for len in [0usize, 1, 17, 300, 5000] {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (seed >> 16) as u8
                })
                .collect();
            let _ = page_links(&bytes, &base, &prefix);
        }
        let deep = "<a href='z.html'>".repeat(20_000);
        assert_eq!(page_links(deep.as_bytes(), &base, &prefix).len(), 20_000);
    }

    #[test]
    fn bad_start_urls_are_errors_naming_them() {
        for bad in ["", "not a url", "ftp://h/x.html", "file:///tmp/x.html"] {
            let e = parse_start(bad).unwrap_err();
            assert!(e.to_string().contains(&format!("{bad:?}")), "{e}");
        }
    }

    #[test]
    fn durations_parse_with_units() {
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("2s"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_duration("1m"), Ok(Duration::from_secs(60)));
        assert_eq!(parse_duration("40"), Ok(Duration::from_millis(40)));
        assert!(parse_duration("fast").is_err());
        assert!(parse_duration("3h").is_err());
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut h = HeaderMap::new();
        h.insert(header::RETRY_AFTER, "7".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_secs(7)));
        h.insert(
            header::RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(retry_after(&h), Some(Duration::ZERO));
        h.insert(header::RETRY_AFTER, "soon".parse().unwrap());
        assert_eq!(retry_after(&h), None);
    }
}
