//! Hand-written flows on top of the generated API: what a program does between the single
//! calls.
//!
//! - [`tasks`](crate::flows::tasks): an `Accepted` (202) answer carries a
//!   [`Task`](crate::api::types::Task); [`Client::wait_for_task`](crate::Client::wait_for_task)
//!   polls it until it is `Finished`, with exponential backoff and a deadline, and fails with a
//!   typed [`TaskError`](crate::flows::TaskError).
//! - [`links`](crate::flows::links): every entity carries `<Links>`;
//!   [`HasLinks`](crate::flows::HasLinks) and [`find_link`](crate::flows::find_link) pick one by
//!   relation and type, [`Client::follow`](crate::Client::follow) GETs it and decodes the answer.
//! - [`query`](crate::flows::query): a typed builder for `GET /query?type=…` (filters, sorting,
//!   paging, format), [`Client::query_page`](crate::Client::query_page) for one page and
//!   [`Client::query_all`](crate::Client::query_all) for a stream over every page.
//!
//! Everything here goes through [`Client::send`](crate::runtime::Client::send), so the session header,
//! the body format ([`Format`](crate::Format)) and the errors are the generated operations' own.

pub mod links;
pub mod query;
pub mod tasks;

pub use links::{find_link, HasLinks};
pub use query::{Filter, Op, PagingInfo, Query, QueryFormat, QueryResult, SortOrder};
pub use tasks::{TaskError, WaitOptions};

#[cfg(test)]
pub(crate) mod test_server {
    //! A tiny HTTP/1.1 server on 127.0.0.1 for the flows' tests: one response per connection,
    //! chosen by a closure from the request's number and text; it stops when the closure says
    //! so, when the test drops it or asks for the requests, and after 10 s in any case.

    use std::io::Write;
    use std::net::TcpListener;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use std::thread::JoinHandle;
    use std::time::{Duration, Instant};

    use crate::runtime::client::test_server::read_request;

    /// A running server: its base URL (`http://127.0.0.1:<port>/api`) and its thread.
    pub(crate) struct TestServer {
        pub(crate) base: String,
        stop: Arc<AtomicBool>,
        handle: Option<JoinHandle<Vec<String>>>,
    }

    impl TestServer {
        /// Stops the server and returns the requests it received (head and body, as text).
        pub(crate) fn requests(mut self) -> Vec<String> {
            self.stop.store(true, Ordering::SeqCst);
            self.handle
                .take()
                .and_then(|h| h.join().ok())
                .unwrap_or_default()
        }
    }

    impl Drop for TestServer {
        fn drop(&mut self) {
            self.stop.store(true, Ordering::SeqCst);
        }
    }

    /// Serves `respond(n, request)` (`n` counts from 0) as `(status, body)`; `None` stops the
    /// server. Bodies starting with `{` go as JSON, others as XML.
    pub(crate) fn serve<F>(mut respond: F) -> TestServer
    where
        F: FnMut(usize, &str) -> Option<(u16, String)> + Send + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        listener.set_nonblocking(true).expect("nonblocking");
        let stop = Arc::new(AtomicBool::new(false));
        let stop_flag = Arc::clone(&stop);
        let handle = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(10);
            let mut seen = Vec::new();
            loop {
                let stream = loop {
                    if stop_flag.load(Ordering::SeqCst) || Instant::now() >= deadline {
                        break None;
                    }
                    match listener.accept() {
                        Ok((stream, _)) => break Some(stream),
                        Err(_) => std::thread::sleep(Duration::from_millis(2)),
                    }
                };
                let Some(mut stream) = stream else { break };
                let request = read_request(&mut stream);
                let answer = respond(seen.len(), &request);
                seen.push(request);
                let Some((status, body)) = answer else { break };
                let reason = match status {
                    200 => "OK",
                    202 => "Accepted",
                    404 => "Not Found",
                    _ => "Status",
                };
                let content_type = if body.trim_start().starts_with('{') {
                    "application/json"
                } else {
                    "application/xml; charset=utf-8"
                };
                let response = format!(
                    "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(response.as_bytes());
            }
            seen
        });
        TestServer {
            base: format!("http://127.0.0.1:{port}/api"),
            stop,
            handle: Some(handle),
        }
    }

    /// The request line's target (`/api/tasks/task-1`), or `""`.
    pub(crate) fn target(request: &str) -> &str {
        request.split(' ').nth(1).unwrap_or_default()
    }
}
