//! `veeam-em-test-server`: HTTP/1.1 on loopback for the workspace's tests (not published).
//!
//! - [`http`]: the request reader and response writer, which the mock Enterprise Manager
//!   (`veeam-em-mock`) serves with.
//! - [`serve`] / [`serve_in_order`]: a scripted server on `127.0.0.1` for the runtime's and the
//!   generated crate's tests. Each request is recorded ([`Request`]) and answered with the
//!   [`Reply`] a closure picks from its number and the request (or the next of a list), after
//!   the reply's delay; when the script has no reply, the connection closes unanswered and the
//!   server stops accepting, so a request past the script is a transport error.
//!
//! ```
//! use veeam_em_test_server::{serve_in_order, Reply};
//!
//! let server = serve_in_order([Reply::new(200, "application/xml", "<Jobs/>")]);
//! let url = format!("{}/jobs", server.base_url()); // http://127.0.0.1:PORT/api/jobs
//! // … the code under test sends requests to url …
//! let requests = server.requests(); // stops the server
//! # let _ = (url, requests);
//! ```

pub mod http;

use std::any::Any;
use std::net::TcpListener as StdListener;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use ::http::{Method, StatusCode};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{oneshot, Notify};

pub use http::{Request, Response};

/// One scripted answer: a response, written after a delay.
#[derive(Debug, Clone)]
pub struct Reply {
    /// What is written: the status, the headers (names exactly as given), the body;
    /// `Content-Length` is added.
    pub response: Response,
    /// How long to wait, once the request has been read, before answering.
    pub delay: Duration,
}

impl Reply {
    /// `status` with a body and its `Content-Type`, then `Connection: close`.
    pub fn new(status: u16, content_type: &str, body: impl AsRef<[u8]>) -> Reply {
        Reply::status(status)
            .header("Content-Type", content_type)
            .body(body)
    }

    /// `status` without a body or headers (but `Content-Length: 0` where a body may be, and
    /// `Connection: close`).
    pub fn status(status: u16) -> Reply {
        Reply {
            response: Response {
                status: StatusCode::from_u16(status).expect("an HTTP status"),
                close: true,
                ..Response::default()
            },
            delay: Duration::ZERO,
        }
    }

    /// `status` with `body` as JSON when it starts with `{`, else as XML (Enterprise Manager's
    /// `application/xml; charset=utf-8`).
    pub fn xml_or_json(status: u16, body: impl Into<String>) -> Reply {
        let body = body.into();
        let content_type = if body.trim_start().starts_with('{') {
            "application/json"
        } else {
            "application/xml; charset=utf-8"
        };
        Reply::new(status, content_type, body)
    }

    /// Adds a header line, after those already given.
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.response
            .headers
            .push((name.to_owned(), value.to_owned()));
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: impl AsRef<[u8]>) -> Reply {
        self.response.body = body.as_ref().to_vec();
        self
    }

    /// Answers only after `delay`.
    pub fn after(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }

    /// Leaves the connection open after this answer (no `Connection: close`), for the client's
    /// next request.
    pub fn keep_alive(mut self) -> Reply {
        self.response.close = false;
        self
    }
}

/// The closure a server answers with.
type Respond = Box<dyn FnMut(usize, &Request) -> Option<Reply> + Send>;

/// What the connections share: the script and the requests so far.
struct Script {
    respond: Respond,
    seen: Vec<Request>,
    /// A panic of `respond` (an assertion in a test's closure), raised again by
    /// [`TestServer::requests`].
    panic: Option<Box<dyn Any + Send>>,
}

/// A running scripted server; it stops when dropped or when [`requests`](Self::requests) is
/// called.
pub struct TestServer {
    base_url: String,
    script: Arc<Mutex<Script>>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for TestServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestServer")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl TestServer {
    /// `http://127.0.0.1:PORT/api`, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Stops the server and returns the requests it read, in the order it read them (a request
    /// the script had no answer for included). A panic of the script's closure is raised here.
    pub fn requests(mut self) -> Vec<Request> {
        self.shut_down();
        let mut script = lock(&self.script);
        if let Some(panic) = script.panic.take() {
            drop(script);
            resume_unwind(panic);
        }
        std::mem::take(&mut script.seen)
    }

    fn shut_down(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.shut_down();
    }
}

fn lock(script: &Mutex<Script>) -> MutexGuard<'_, Script> {
    script.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Serves `replies` in order, one per request; a request after the last is not answered and
/// stops the server.
pub fn serve_in_order(replies: impl IntoIterator<Item = Reply>) -> TestServer {
    let replies: Vec<Reply> = replies.into_iter().collect();
    serve(move |n, _| replies.get(n).cloned())
}

/// Serves `respond(n, request)` for the `n`-th request (from 0); `None` leaves that request
/// unanswered (its connection closes) and the server accepts no more connections. Connections are served at the same
/// time, each on its own task; the requests of one keep-alive connection one after the other.
/// The server runs on a thread of its own (its own Tokio runtime), so it serves whatever
/// runtime, or none, the test runs on.
pub fn serve<F>(respond: F) -> TestServer
where
    F: FnMut(usize, &Request) -> Option<Reply> + Send + 'static,
{
    let listener = StdListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let port = listener.local_addr().expect("local address").port();
    listener.set_nonblocking(true).expect("nonblocking");
    let script = Arc::new(Mutex::new(Script {
        respond: Box::new(respond),
        seen: Vec::new(),
        panic: None,
    }));
    let (stop, stopped) = oneshot::channel();
    let shared = Arc::clone(&script);
    let thread = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a Tokio runtime");
        // Dropping the runtime after this ends drops every connection's task.
        runtime.block_on(accept(listener, shared, stopped));
    });
    TestServer {
        base_url: format!("http://127.0.0.1:{port}/api"),
        script,
        stop: Some(stop),
        thread: Some(thread),
    }
}

/// Accepts connections until told to stop or the script ends; then waits to be told.
async fn accept(listener: StdListener, script: Arc<Mutex<Script>>, stop: oneshot::Receiver<()>) {
    let listener = TcpListener::from_std(listener).expect("a Tokio listener");
    let ended = Arc::new(Notify::new());
    let mut stop = stop;
    loop {
        tokio::select! {
            _ = &mut stop => return,
            // `notify_one` keeps its permit until this waits.
            _ = ended.notified() => break,
            accepted = listener.accept() => {
                if let Ok((stream, _)) = accepted {
                    tokio::spawn(connection(stream, Arc::clone(&script), Arc::clone(&ended)));
                }
            }
        }
    }
    drop(listener);
    let _ = stop.await;
}

/// Serves one connection's requests, one after the other.
async fn connection(mut stream: TcpStream, script: Arc<Mutex<Script>>, ended: Arc<Notify>) {
    let _ = stream.set_nodelay(true);
    let mut buf = Vec::new();
    loop {
        let request = match http::read_request(&mut stream, &mut buf).await {
            Ok(Some(request)) => request,
            Ok(None) | Err(http::ReadError::Gone) => return,
            Err(http::ReadError::Bad(status, why)) => {
                let response = Response {
                    status,
                    headers: vec![("Content-Type".to_owned(), "text/plain".to_owned())],
                    body: why.as_bytes().to_vec(),
                    close: true,
                    ..Response::default()
                };
                let _ = http::write_response(&mut stream, &response, false).await;
                return;
            }
        };
        let reply = {
            let mut script = lock(&script);
            let n = script.seen.len();
            let reply = catch_unwind(AssertUnwindSafe(|| (script.respond)(n, &request)));
            script.seen.push(request.clone());
            match reply {
                Ok(reply) => reply,
                Err(panic) => {
                    script.panic.get_or_insert(panic);
                    None
                }
            }
        };
        let Some(reply) = reply else {
            ended.notify_one();
            return;
        };
        tokio::time::sleep(reply.delay).await;
        let head = request.method == Method::HEAD;
        if http::write_response(&mut stream, &reply.response, head)
            .await
            .is_err()
            || reply.response.close
            || !request.keep_alive
        {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    /// Sends `raw` on a new connection and reads until the server closes it.
    fn exchange(base: &str, raw: &str) -> String {
        let address = base.trim_start_matches("http://").trim_end_matches("/api");
        let mut stream = std::net::TcpStream::connect(address).expect("connect");
        stream.write_all(raw.as_bytes()).expect("write");
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
    }

    #[test]
    fn replies_in_order_then_stops() {
        let server = serve_in_order([
            Reply::new(200, "application/xml", "<A/>"),
            Reply::status(201)
                .header("x-restsvcsessionid", "tok")
                .after(Duration::from_millis(50)),
        ]);
        let base = server.base_url().to_owned();
        assert!(base.starts_with("http://127.0.0.1:") && base.ends_with("/api"));
        assert_eq!(
            exchange(&base, "GET /api/a?x=1 HTTP/1.1\r\nHost: h\r\n\r\n"),
            "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: 4\r\nConnection: close\r\n\r\n<A/>"
        );
        assert_eq!(
            exchange(&base, "POST /api/b HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi"),
            "HTTP/1.1 201 Created\r\nx-restsvcsessionid: tok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        // Past the script: closed unanswered, and then nobody listens.
        assert_eq!(exchange(&base, "GET /api/c HTTP/1.1\r\n\r\n"), "");
        let address = base.trim_start_matches("http://").trim_end_matches("/api");
        let refused = (0..200).any(|_| {
            std::thread::sleep(Duration::from_millis(10));
            std::net::TcpStream::connect(address).is_err()
        });
        assert!(refused, "still listening");
        let requests = server.requests();
        assert_eq!(requests.len(), 3);
        assert_eq!(requests[0].line(), "GET /api/a?x=1 HTTP/1.1");
        assert_eq!(requests[0].header("host"), Some("h"));
        assert_eq!(requests[1].body, b"hi");
        assert_eq!(
            requests[1].to_string(),
            "POST /api/b HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi"
        );
        assert_eq!(requests[2].target(), "/api/c");
    }

    #[test]
    fn keep_alive_replies_serve_the_next_request_on_the_connection() {
        let server = serve(|n, request| {
            Some(
                Reply::xml_or_json(
                    200,
                    format!("{{\"n\": {n}, \"t\": \"{}\"}}", request.target()),
                )
                .keep_alive(),
            )
        });
        let address = server
            .base_url()
            .trim_start_matches("http://")
            .trim_end_matches("/api")
            .to_owned();
        let mut stream = std::net::TcpStream::connect(address).expect("connect");
        stream
            .write_all(b"GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\nConnection: close\r\n\r\n")
            .expect("write");
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        assert_eq!(
            answer,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 19\r\n\r\n{\"n\": 0, \"t\": \"/a\"}\
             HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 19\r\n\r\n{\"n\": 1, \"t\": \"/b\"}"
        );
        assert_eq!(server.requests()[1].header_values("connection"), ["close"]);
    }

    #[test]
    fn a_panic_in_the_script_is_raised_by_requests() {
        let server = serve(|_, request| {
            assert_eq!(request.path, "/expected", "the script's own message");
            None
        });
        assert_eq!(
            exchange(server.base_url(), "GET /other HTTP/1.1\r\n\r\n"),
            ""
        );
        let panic = catch_unwind(AssertUnwindSafe(|| server.requests())).unwrap_err();
        let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
        assert!(message.contains("the script's own message"), "{message}");
    }

    #[test]
    fn unreadable_requests_are_refused() {
        let server = serve(|_, _| Some(Reply::status(200)));
        let answer = exchange(server.base_url(), "GET api HTTP/1.1\r\n\r\n");
        assert!(
            answer.starts_with("HTTP/1.1 400 Bad Request\r\n"),
            "{answer}"
        );
        assert!(server.requests().is_empty());
    }
}
