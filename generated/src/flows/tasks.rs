//! Tasks: waiting for what an `Accepted` (202) answer started.
//!
//! Operations that start work (`POST /jobs/{ID}?action=start`, restores, `POST /cloud/tenants`, …)
//! answer `202 Accepted` with a [`Task`]: `<TaskId>task-1</TaskId>`, `<State>Running</State>`.
//! The task's states (help center: *GET /tasks/{ID}*) are `Running`, `OperationFinished` (done on
//! the backup server, but Enterprise Manager has not collected the data yet) and `Finished` (done,
//! and the data is in Enterprise Manager's database). Only `Finished` ends the wait: what the task
//! created or changed is only readable through the API then. Its `<Result Success="…">` says
//! whether it worked; its `Related` link, when it has one, leads to the resource.

use std::time::Duration;

use crate::api::enums::TaskState;
use crate::api::types::{Link, Task};
use crate::runtime::{path_segment, Error, Method, Request, StatusCode};
use crate::Client;

use super::links::find_link;

/// The operation name task polls report in their errors.
pub const POLL_OPERATION: &str = "GET /tasks/{ID}";

/// The shortest pause between two polls after the first (an `initial_delay` of zero polls at
/// once, then backs off from here).
pub const MIN_DELAY: Duration = Duration::from_millis(10);

/// How [`Client::wait_for_task`] polls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaitOptions {
    /// How long the whole wait may take, polls included; a poll still running at the deadline is
    /// abandoned.
    pub deadline: Duration,
    /// The pause before the first poll; each later pause doubles (at least [`MIN_DELAY`]), up
    /// to `max_delay`.
    pub initial_delay: Duration,
    /// The longest pause between two polls.
    pub max_delay: Duration,
}

impl Default for WaitOptions {
    /// A 10-minute deadline, polls 1 s apart at first and at most 15 s apart.
    fn default() -> Self {
        WaitOptions {
            deadline: Duration::from_secs(600),
            initial_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(15),
        }
    }
}

impl WaitOptions {
    /// The default pauses with this deadline.
    pub fn with_deadline(deadline: Duration) -> Self {
        WaitOptions {
            deadline,
            ..WaitOptions::default()
        }
    }
}

/// Why [`Client::wait_for_task`] did not return a successful task.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TaskError {
    /// The task finished with `<Result Success="false">`.
    #[error("task {} failed: {message}", task_label(task))]
    Failed {
        /// The result's `<Message>` (empty when the server sent none).
        message: String,
        /// The finished task, as last read.
        task: Box<Task>,
    },
    /// The deadline passed before the task was `Finished`.
    #[error(
        "the task did not finish before the deadline (last state: {})",
        state_label(last_state)
    )]
    Deadline {
        /// The task's state at the last successful read (`None` when it had none).
        last_state: Option<TaskState>,
    },
    /// Reading the task failed (transport, status, decoding), or the task cannot be polled (it
    /// has neither a `TaskId` nor a usable `Href`).
    #[error(transparent)]
    Client(#[from] Error),
}

fn task_label(task: &Task) -> &str {
    task.task_id.as_deref().unwrap_or("(no TaskId)")
}

fn state_label(state: &Option<TaskState>) -> &str {
    state.as_ref().map_or("none", TaskState::as_str)
}

// Inherent helpers on the generated `Task` (any module of the crate may add them).
impl Task {
    /// Whether the task is `Finished` (not merely `OperationFinished`).
    pub fn is_finished(&self) -> bool {
        matches!(self.state, Some(TaskState::Finished))
    }

    /// Whether the task's result says it failed: `<Result Success="false">` (any case, spaces
    /// ignored). A task without a result, or with any other value, has not failed.
    pub fn has_failed(&self) -> bool {
        self.result
            .as_ref()
            .and_then(|r| r.success.as_deref())
            .is_some_and(|s| s.trim().eq_ignore_ascii_case("false"))
    }

    /// The result's `<Message>`, when there is one.
    pub fn result_message(&self) -> Option<&str> {
        self.result.as_ref().and_then(|r| r.message.as_deref())
    }

    /// The task's link with `Rel="Related"`: the resource it created or acted on, to read with
    /// [`Client::follow`].
    pub fn related_link(&self) -> Option<&Link> {
        find_link(self, "Related", None)
    }
}

impl Client {
    /// Reads `task` again: `GET /tasks/{TaskId}`, or its `Href` when it has no `TaskId`.
    pub async fn refresh_task(&self, task: &Task) -> Result<Task, Error> {
        let path = match (task.task_id.as_deref(), task.href.as_ref()) {
            (Some(id), _) if !id.trim().is_empty() => format!("/tasks/{}", path_segment(id.trim())),
            (_, Some(href)) => self.link_path(href.as_str())?,
            _ => {
                return Err(Error::InvalidUrl(
                    "the task has neither a TaskId nor an Href".to_owned(),
                ))
            }
        };
        let response = self
            .send(Request {
                operation: POLL_OPERATION,
                method: Method::GET,
                path,
                query: vec![],
                body: None,
                expect: &[StatusCode::OK],
            })
            .await?;
        response.decode(POLL_OPERATION, self.format())
    }

    /// Waits until `task` is `Finished` and returns it as last read.
    ///
    /// Polls with [`Client::refresh_task`] after `initial_delay`, then after pauses that double
    /// up to `max_delay`; every pause and poll fits in `deadline` (measured with
    /// `tokio::time`, so a paused test clock drives it). A task that is already `Finished` is
    /// checked without a poll. `Running`, `OperationFinished` and states the docs do not list
    /// keep the wait going.
    ///
    /// Errors: [`TaskError::Failed`] when the finished task says `Success="false"`;
    /// [`TaskError::Deadline`] when time runs out; [`TaskError::Client`] when a poll fails (a
    /// failed poll is not retried).
    ///
    /// ```no_run
    /// # async fn demo(client: veeam_em::Client, accepted: veeam_em::api::types::Task) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use veeam_em::flows::WaitOptions;
    ///
    /// let done = client
    ///     .wait_for_task(&accepted, WaitOptions::with_deadline(Duration::from_secs(300)))
    ///     .await?;
    /// println!("{:?}", done.result_message());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn wait_for_task(
        &self,
        task: &Task,
        options: WaitOptions,
    ) -> Result<Task, TaskError> {
        let end = tokio::time::Instant::now() + options.deadline;
        let mut delay = options.initial_delay;
        let mut current = task.clone();
        loop {
            if current.is_finished() {
                return finished(current);
            }
            let remaining = end.saturating_duration_since(tokio::time::Instant::now());
            if remaining.is_zero() {
                return Err(deadline(&current));
            }
            tokio::time::sleep(delay.min(remaining)).await;
            let remaining = end.saturating_duration_since(tokio::time::Instant::now());
            if remaining.is_zero() {
                return Err(deadline(&current));
            }
            match tokio::time::timeout(remaining, self.refresh_task(&current)).await {
                Err(_elapsed) => return Err(deadline(&current)),
                Ok(read) => {
                    let next = read?;
                    // A poll that lost the id or href keeps the ones we had.
                    current = Task {
                        task_id: next.task_id.or(current.task_id),
                        href: next.href.or(current.href),
                        ..next
                    };
                }
            }
            delay = delay
                .saturating_mul(2)
                .max(MIN_DELAY)
                .min(options.max_delay.max(options.initial_delay));
        }
    }
}

fn finished(task: Task) -> Result<Task, TaskError> {
    if task.has_failed() {
        Err(TaskError::Failed {
            message: task.result_message().unwrap_or_default().to_owned(),
            task: Box::new(task),
        })
    } else {
        Ok(task)
    }
}

fn deadline(task: &Task) -> TaskError {
    TaskError::Deadline {
        last_state: task.state.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Format;
    use std::time::Instant;
    use veeam_em_test_server::{serve, Reply};

    fn task_xml(state: &str, result: Option<(bool, &str)>) -> String {
        let result = result
            .map(|(ok, message)| {
                format!("<Result Success=\"{ok}\"><Message>{message}</Message></Result>")
            })
            .unwrap_or_default();
        format!(
            r#"<?xml version="1.0" encoding="utf-8"?><Task xmlns="http://www.veeam.com/ent/v1.0" Type="Task" Href="https://localhost:9398/api/tasks/task-1"><Links><Link Rel="Delete" Type="Task" Href="https://localhost:9398/api/tasks/task-1" /><Link Rel="Related" Type="JobReference" Href="https://localhost:9398/api/jobs/568c42ce" Name="SQL Server Replication" /></Links><TaskId>task-1</TaskId><State>{state}</State><Operation>StartJob</Operation>{result}</Task>"#
        )
    }

    fn accepted() -> Task {
        crate::runtime::xml::from_document(task_xml("Running", None).as_bytes()).unwrap()
    }

    fn fast(deadline_ms: u64) -> WaitOptions {
        WaitOptions {
            deadline: Duration::from_millis(deadline_ms),
            initial_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(20),
        }
    }

    #[test]
    fn task_helpers() {
        let task = accepted();
        assert!(!task.is_finished());
        assert!(!task.has_failed());
        let related = task.related_link().unwrap();
        assert_eq!(related.r#type.as_deref(), Some("JobReference"));
        let mut done = task.clone();
        done.state = Some(TaskState::OperationFinished);
        assert!(!done.is_finished());
        done.state = Some(TaskState::Finished);
        assert!(done.is_finished());
        assert!(Task::default().related_link().is_none());
        let failed: Task = crate::runtime::xml::from_document(
            task_xml("Finished", Some((false, "Job is already running"))).as_bytes(),
        )
        .unwrap();
        assert!(failed.has_failed());
        assert_eq!(failed.result_message(), Some("Job is already running"));
        assert_eq!(
            WaitOptions::with_deadline(Duration::from_secs(5)).deadline,
            Duration::from_secs(5)
        );
    }

    #[tokio::test]
    async fn running_running_finished() {
        let server = serve(|n, request| {
            if request.target() != "/api/tasks/task-1" {
                return Some(Reply::xml_or_json(404, String::new()));
            }
            match n {
                0 => Some(Reply::xml_or_json(200, task_xml("Running", None))),
                1 => Some(Reply::xml_or_json(
                    200,
                    task_xml("OperationFinished", Some((true, "OperationFinished"))),
                )),
                2 => Some(Reply::xml_or_json(
                    200,
                    task_xml(
                        "Finished",
                        Some((true, "Job \"SQL Server Replication\" triggered to start.")),
                    ),
                )),
                _ => None,
            }
        });
        let client = Client::new(server.base_url()).unwrap();
        let done = client
            .wait_for_task(&accepted(), fast(5_000))
            .await
            .unwrap();
        assert!(done.is_finished());
        assert_eq!(
            done.result_message(),
            Some("Job \"SQL Server Replication\" triggered to start.")
        );
        assert!(done.related_link().is_some());
        let requests = server.requests();
        assert_eq!(requests.len(), 3, "{requests:?}");
        assert!(requests
            .iter()
            .all(|r| r.line() == "GET /api/tasks/task-1 HTTP/1.1"));
    }

    #[tokio::test]
    async fn finished_with_success_false_is_failed() {
        let server = serve(|n, _| {
            (n == 0).then(|| {
                Reply::xml_or_json(200, task_xml("Finished", Some((false, "Access denied"))))
            })
        });
        let client = Client::new(server.base_url()).unwrap();
        let e = client
            .wait_for_task(&accepted(), fast(5_000))
            .await
            .unwrap_err();
        match &e {
            TaskError::Failed { message, task } => {
                assert_eq!(message, "Access denied");
                assert_eq!(task.task_id.as_deref(), Some("task-1"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(e.to_string(), "task task-1 failed: Access denied");
        assert_eq!(server.requests().len(), 1);

        // A task that is finished already needs no poll.
        let finished_ok: Task = crate::runtime::xml::from_document(
            task_xml("Finished", Some((true, "done"))).as_bytes(),
        )
        .unwrap();
        let client = Client::new("http://127.0.0.1:9/api").unwrap();
        assert_eq!(
            client.wait_for_task(&finished_ok, fast(1)).await.unwrap(),
            finished_ok
        );
    }

    #[tokio::test]
    async fn deadline_reports_the_last_state() {
        let server = serve(|n, _| {
            (n < 200).then(|| Reply::xml_or_json(200, task_xml("OperationFinished", None)))
        });
        let client = Client::new(server.base_url()).unwrap();
        let started = Instant::now();
        let e = client
            .wait_for_task(&accepted(), fast(150))
            .await
            .unwrap_err();
        let took = started.elapsed();
        assert!(
            matches!(
                &e,
                TaskError::Deadline {
                    last_state: Some(TaskState::OperationFinished)
                }
            ),
            "{e:?}"
        );
        assert!(
            took >= Duration::from_millis(150) && took < Duration::from_secs(3),
            "{took:?}"
        );
        assert_eq!(
            e.to_string(),
            "the task did not finish before the deadline (last state: OperationFinished)"
        );
        let polls = server.requests().len();
        // 5, 10, 20, 20, … ms apart: a handful of polls, not hundreds.
        assert!((2..=15).contains(&polls), "{polls}");
    }

    #[tokio::test]
    async fn poll_errors_and_json_and_href_fallback() {
        let server = serve(|n, request| match n {
            0 => Some(Reply::xml_or_json(
                404,
                r#"<Error Message="Task task-1 was not found" StatusCode="404"/>"#.to_owned(),
            )),
            1 => {
                assert_eq!(request.target(), "/api/tasks/task-9");
                Some(Reply::xml_or_json(200, r#"{"TaskId": null, "State": "Finished", "Result": {"Success": "True", "Message": "ok"}}"#.to_owned()))
            }
            _ => None,
        });
        let client = Client::new(server.base_url()).unwrap();
        let e = client
            .wait_for_task(&accepted(), fast(5_000))
            .await
            .unwrap_err();
        assert!(
            matches!(
                &e,
                TaskError::Client(Error::Status {
                    status: StatusCode::NOT_FOUND,
                    ..
                })
            ),
            "{e:?}"
        );

        // No TaskId: the Href is polled; JSON answers; the id and href we had are kept.
        let client = client.with_format(Format::Json);
        let task = Task {
            href: Some(format!("{}/tasks/task-9", server.base_url()).into()),
            state: Some(TaskState::Running),
            ..Task::default()
        };
        let done = client.wait_for_task(&task, fast(5_000)).await.unwrap();
        assert_eq!(done.result_message(), Some("ok"));
        assert_eq!(done.href, task.href);
        assert_eq!(server.requests().len(), 2);

        // Nothing to poll.
        let e = client
            .wait_for_task(&Task::default(), fast(5_000))
            .await
            .unwrap_err();
        assert!(
            matches!(e, TaskError::Client(Error::InvalidUrl(_))),
            "{e:?}"
        );
    }
}
