//! What the mock answers: routing, the session check, the handlers, and the faults.

use http::{Method, StatusCode};
use serde_json::{json, Value};
use veeam_em::api::types::{
    EntityReferences, Ref, RestorePoint, RestorePoints, Task, VmRestorePoint, VmRestorePoints,
};

use crate::body::{error_body, Body, El, Format};
use crate::data::{link, DataShape, Dataset, Reps};
use crate::fault::Fault;
use crate::http::{Request, Response};
use crate::operation::rebase;
use crate::state::{SessionCheck, TaskEntry};
use crate::{AnsweredBy, JsonCase, Operation, Shared, SESSION_HEADER};

/// An answer before it is written in a format.
pub(crate) struct Reply {
    status: StatusCode,
    body: Option<Body>,
    /// A body given as text (a documented example, a skeleton, a test's answer): sent as it is,
    /// in the format asked for when both are given.
    text: Option<Box<Text>>,
    headers: Vec<(String, String)>,
    answered: AnsweredBy,
    /// A 404 because no route has the path (not a missing resource).
    not_found_path: bool,
}

/// A body as text in one or both formats.
pub(crate) struct Text {
    xml: Option<String>,
    /// PascalCase keys (converted for Enterprise Manager 13 when so configured).
    json: Option<String>,
}

impl Reply {
    fn new(status: StatusCode, body: Body) -> Reply {
        Reply {
            status,
            body: Some(body),
            text: None,
            headers: Vec::new(),
            answered: AnsweredBy::Logic,
            not_found_path: false,
        }
    }

    pub(crate) fn ok(body: Body) -> Reply {
        Reply::new(StatusCode::OK, body)
    }

    fn empty(status: StatusCode) -> Reply {
        Reply {
            status,
            body: None,
            text: None,
            headers: Vec::new(),
            answered: AnsweredBy::Logic,
            not_found_path: false,
        }
    }

    pub(crate) fn error(status: StatusCode, message: impl AsRef<str>) -> Reply {
        Reply::new(status, error_body(status, message.as_ref()))
    }

    /// A body that could be built, or a 500 saying why not.
    fn built(status: StatusCode, body: Result<Body, String>) -> Reply {
        match body {
            Ok(body) => Reply::new(status, body),
            Err(e) => Reply::error(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("The mock could not build its answer: {e}"),
            ),
        }
    }

    /// A body given as text; `None` for both is no body.
    pub(crate) fn text(status: StatusCode, xml: Option<String>, json: Option<String>) -> Reply {
        let text = (xml.is_some() || json.is_some()).then(|| Box::new(Text { xml, json }));
        Reply {
            status,
            body: None,
            text,
            headers: Vec::new(),
            answered: AnsweredBy::Logic,
            not_found_path: false,
        }
    }

    fn answered_by(mut self, by: AnsweredBy) -> Reply {
        self.answered = by;
        self
    }

    fn header(mut self, name: &str, value: impl Into<String>) -> Reply {
        self.headers.push((name.to_owned(), value.into()));
        self
    }
}

/// The page HTTP.sys sends with its own 411, byte for byte (CRLF line ends).
const LENGTH_REQUIRED_PAGE: &str = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\r\n\
<HTML><HEAD><TITLE>Length Required</TITLE>\r\n\
<META HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=us-ascii\"></HEAD>\r\n\
<BODY><h2>Length Required</h2>\r\n\
<hr><p>HTTP Error 411. The request must be chunked or have a content length.</p>\r\n\
</BODY></HTML>\r\n";

/// HTTP.sys's answer to a `POST`, `PUT` or `DELETE` whose head has neither `Content-Length`
/// nor `Transfer-Encoding` (even with no body at all): 411 Length Required, an HTML page,
/// `Server: Microsoft-HTTPAPI/2.0`, and the connection closed. Enterprise Manager never sees
/// such a request, so neither do the session check, the faults or the routes.
pub(crate) fn length_required(request: &Request) -> Option<Response> {
    let bodiless = [Method::POST, Method::PUT, Method::DELETE];
    if request.framed || !bodiless.contains(&request.method) {
        return None;
    }
    Some(Response {
        status: StatusCode::LENGTH_REQUIRED,
        headers: vec![
            (
                "Content-Type".to_owned(),
                "text/html; charset=us-ascii".to_owned(),
            ),
            ("Server".to_owned(), "Microsoft-HTTPAPI/2.0".to_owned()),
        ],
        body: LENGTH_REQUIRED_PAGE.as_bytes().to_vec(),
        declared_length: None,
        close: true,
    })
}

/// Answers one request: logs it, applies a pending fault, routes it.
pub(crate) async fn handle(shared: &Shared, request: Request) -> Response {
    let format = Format::from_accept(request.header("accept"));
    let token = request.header(SESSION_HEADER).map(str::to_owned);
    let refused = length_required(&request);
    let operation = Operation::find(
        &request.method,
        &request.path,
        &params(request.query.as_deref()),
    );
    let (session, fault, seq) = {
        let mut state = shared.state();
        let session = match &token {
            None => SessionCheck::Missing,
            Some(t) if state.use_session(t, shared.config.session_idle_timeout) => {
                SessionCheck::Valid
            }
            Some(_) => SessionCheck::Invalid,
        };
        // A request HTTP.sys refuses takes no fault: it never reaches Enterprise Manager.
        let fault = match refused {
            None => state.take_fault(&request.path),
            Some(_) => None,
        };
        let seq = state.log_request(&request, session, fault.clone(), operation);
        (session, fault, seq)
    };
    if let Some(response) = refused {
        shared.state().log_status(seq, response.status);
        return response;
    }

    if let Some(Fault::Respond {
        status,
        content_type,
        body,
    }) = &fault
    {
        let response = Response {
            status: *status,
            headers: vec![("Content-Type".to_owned(), content_type.clone())],
            body: body.clone(),
            declared_length: None,
            close: false,
        };
        shared.state().log_status(seq, response.status);
        return response;
    }
    let reply = match &fault {
        Some(Fault::Slow(wait)) => {
            tokio::time::sleep(*wait).await;
            route(shared, &request, session, operation)
        }
        Some(Fault::ServerError { status, message }) => {
            let status = if status.is_client_error() || status.is_server_error() {
                *status
            } else {
                StatusCode::INTERNAL_SERVER_ERROR
            };
            Reply::error(status, message)
        }
        Some(Fault::ExpireSession) => {
            if let Some(token) = &token {
                shared.state().expire_token(token);
            }
            Reply::error(
                StatusCode::UNAUTHORIZED,
                "The logon session has expired. Log on again.",
            )
        }
        _ => route(shared, &request, session, operation),
    };
    let answered = reply.answered;
    let response = finish(shared, reply, format, fault.as_ref());
    let mut state = shared.state();
    state.log_status(seq, response.status);
    state.log_answered(seq, answered);
    response
}

/// The answer to a request that could not be read.
pub(crate) fn unreadable(shared: &Shared, status: StatusCode, why: &str) -> Response {
    let mut response = finish(shared, Reply::error(status, why), Format::Xml, None);
    response.close = true;
    response
}

/// Writes a reply in `format`, with a body fault applied.
fn finish(shared: &Shared, reply: Reply, format: Format, fault: Option<&Fault>) -> Response {
    let case = shared.config.json_case;
    let (body_format, label) = match fault {
        Some(Fault::MalformedXml) => (Format::Xml, Format::Xml),
        Some(Fault::MalformedJson) => (Format::Json, Format::Json),
        Some(Fault::WrongContentType) => (format, format.other()),
        _ => (format, format),
    };
    let (had_body, mut body, label) = match (reply.body, reply.text) {
        (Some(b), _) => (true, b.render(body_format, case), label),
        (None, Some(text)) => {
            let text = *text;
            // One format given: that one, whatever was asked.
            let format = match (&text.xml, &text.json) {
                (Some(_), None) => Format::Xml,
                (None, Some(_)) => Format::Json,
                _ => body_format,
            };
            let label = if body_format == label { format } else { label };
            let bytes = match format {
                Format::Xml => text.xml.unwrap_or_default().into_bytes(),
                Format::Json => {
                    let json = text.json.unwrap_or_default();
                    match case {
                        JsonCase::Pascal => json.into_bytes(),
                        JsonCase::Camel => crate::body::camel_keys_in_text(&json).into_bytes(),
                    }
                }
            };
            (true, bytes, label)
        }
        (None, None) => (false, Vec::new(), label),
    };
    let mut status = reply.status;
    let mut declared_length = None;
    let mut close = false;
    let body_fault = matches!(
        fault,
        Some(Fault::MalformedXml | Fault::MalformedJson | Fault::TruncatedBody | Fault::HalfBody)
    );
    match fault {
        Some(Fault::MalformedXml) => body = break_xml(body),
        Some(Fault::MalformedJson) => body = break_json(body),
        Some(Fault::TruncatedBody) => {
            declared_length = Some(body.len().max(1));
            body.truncate(body.len() / 2);
            close = true;
        }
        Some(Fault::HalfBody) => body.truncate(body.len() / 2),
        _ => {}
    }
    if body_fault && status == StatusCode::NO_CONTENT {
        // 204 cannot carry a body: the fault turns it into a 200.
        status = StatusCode::OK;
    }
    let mut headers = reply.headers;
    if had_body || body_fault {
        headers.push(("Content-Type".to_owned(), label.content_type().to_owned()));
    }
    Response {
        status,
        headers,
        body,
        declared_length,
        close,
    }
}

/// The XML with its last end tag replaced by an unterminated element.
fn break_xml(body: Vec<u8>) -> Vec<u8> {
    let mut text = String::from_utf8_lossy(&body).into_owned();
    if let Some(end) = text.rfind("</") {
        text.truncate(end);
    } else if text.ends_with("/>") {
        text.truncate(text.len() - 2);
    }
    if text.is_empty() {
        text.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    }
    text.push_str("<Broken Attribute=\"");
    text.into_bytes()
}

/// The JSON without its last closing bracket, ending in a dangling comma.
fn break_json(mut body: Vec<u8>) -> Vec<u8> {
    if matches!(body.last(), Some(b'}' | b']')) {
        body.pop();
    }
    if body.is_empty() {
        body.extend_from_slice(b"{\"Message\":");
    }
    body.push(b',');
    body
}

/// Builds every kind of representation once, so a seed sample that no longer fits the generated
/// types is found at start-up.
pub(crate) fn self_check(shared: &Shared) -> Result<(), String> {
    let data = Dataset::generate(&DataShape {
        backups: 1,
        restore_points_per_backup: 1,
        vms_per_backup: 1,
    });
    let reps = Reps {
        base: &shared.base_url,
        data: &data,
        templates: &shared.templates,
    };
    let b = &data.backups[0];
    let rp = &b.restore_points[0];
    let vm = &rp.vm_restore_points[0];
    reps.backup_ref(b)?;
    refs_body(vec![reps.restore_point_ref(b, rp)?])?;
    reps.restore_point(b, rp)?;
    reps.vm_restore_point_ref(rp, vm)?;
    reps.vm_restore_point(rp, vm)?;
    let task = TaskEntry {
        operation: "MountRestorePoint".to_owned(),
        mount: Some((vm.id.clone(), 1)),
        polls: 1,
    };
    task_body(&shared.base_url, "task-1", &task, Phase::Finished(None))?;
    task_body(
        &shared.base_url,
        "task-1",
        &task,
        Phase::Finished(Some("failed")),
    )?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Routing

/// [`route_to`], with every 405's `Allow` naming the methods documented for the path, and a path
/// documented for other methods only answering 405 (not 404).
fn route(
    shared: &Shared,
    request: &Request,
    session: SessionCheck,
    operation: Option<Operation>,
) -> Reply {
    let reply = route_to(shared, request, session, operation);
    if operation.is_some() {
        return reply;
    }
    let mut allow: Vec<String> = Operation::methods_at(&request.path)
        .iter()
        .map(|m| m.to_string())
        .collect();
    if allow.is_empty() {
        return reply;
    }
    match reply.status {
        StatusCode::METHOD_NOT_ALLOWED => {
            let listed = reply.headers.iter().find(|(n, _)| n == "Allow");
            for m in listed.map_or("", |(_, v)| v.as_str()).split(',') {
                let m = m.trim();
                if !m.is_empty() && !allow.iter().any(|a| a.eq_ignore_ascii_case(m)) {
                    allow.push(m.to_owned());
                }
            }
            not_allowed(&allow.join(", "))
        }
        StatusCode::NOT_FOUND if reply.not_found_path => not_allowed(&allow.join(", ")),
        _ => reply,
    }
}

fn route_to(
    shared: &Shared,
    request: &Request,
    session: SessionCheck,
    operation: Option<Operation>,
) -> Reply {
    let segments: Vec<&str> = request.path.split('/').filter(|s| !s.is_empty()).collect();
    let Some((first, rest)) = segments.split_first() else {
        return not_found(request);
    };
    if !first.eq_ignore_ascii_case("api") {
        return not_found(request);
    }
    let lower: Vec<String> = rest.iter().map(|s| s.to_ascii_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let method = request.method.as_str();
    let get = method == "GET" || method == "HEAD";
    let params = params(request.query.as_deref());
    let reps = Reps {
        base: &shared.base_url,
        data: &shared.data,
        templates: &shared.templates,
    };

    let needs_session = !matches!(lower.as_slice(), [] | ["sessionmngr"]);
    if let Some(op) = operation {
        if !needs_session || session == SessionCheck::Valid {
            if let Some(answer) = shared.state().answer(op) {
                return Reply::text(answer.status, answer.xml, answer.json)
                    .answered_by(AnsweredBy::Test);
            }
        }
    }
    // What the hand-written logic does not serve, the documented operation answers (its example
    // or its skeleton); a path no operation names is 404 or 405.
    let documented_or = |reply: Reply| match operation {
        Some(op) => documented_request(shared, op, request),
        None => reply,
    };

    // No session needed.
    match lower.as_slice() {
        [] => {
            return if get {
                entry_point(shared)
            } else {
                not_allowed("GET")
            }
        }
        ["sessionmngr"] => {
            return if method == "POST" {
                logon(shared, request, &params)
            } else {
                not_allowed("POST")
            }
        }
        _ => {}
    }

    match session {
        SessionCheck::Valid => {}
        SessionCheck::Missing => {
            return Reply::error(
                StatusCode::UNAUTHORIZED,
                format!("Authentication required: no {SESSION_HEADER} header in the request."),
            )
        }
        SessionCheck::Invalid => {
            return Reply::error(
                StatusCode::UNAUTHORIZED,
                "The logon session does not exist or has expired. Log on again.",
            )
        }
    }

    let id = |i: usize| rest.get(i).copied().unwrap_or_default();
    match (lower.as_slice(), get, method) {
        (["logonsessions"], true, _) => logon_sessions(shared),
        (["logonsessions"], _, _) => documented_or(not_allowed("GET")),
        (["logonsessions", _], true, _) => logon_session(shared, id(1)),
        (["logonsessions", _], _, "DELETE") => {
            if shared.state().logoff(id(1)) {
                Reply::empty(StatusCode::NO_CONTENT)
            } else {
                Reply::error(
                    StatusCode::NOT_FOUND,
                    format!("Logon session {} was not found.", id(1)),
                )
            }
        }
        (["logonsessions", _], _, _) => documented_or(not_allowed("GET, DELETE")),

        (["backups"], true, _) => match entity_wanted(&params) {
            Ok(false) => refs_reply(
                reps.data
                    .backups
                    .iter()
                    .map(|b| reps.backup_ref(b))
                    .collect(),
            ),
            Ok(true) => documented_or(served_as_refs_only("backups")),
            Err(reply) => reply,
        },
        (["backups", _], true, _) => match (shared.data.backup(id(1)), entity_wanted(&params)) {
            (None, _) => not_found_id("Backup", id(1)),
            (Some(b), Ok(false)) => entity_ref(reps.backup_ref(b)),
            (Some(_), Ok(true)) => documented_or(served_as_refs_only("backups")),
            (Some(_), Err(reply)) => reply,
        },
        (["backups", _, "restorepoints"], true, _) => match shared.data.backup(id(1)) {
            None => not_found_id("Backup", id(1)),
            Some(b) => match entity_wanted(&params) {
                Ok(false) => refs_reply(
                    b.restore_points
                        .iter()
                        .map(|rp| reps.restore_point_ref(b, rp))
                        .collect(),
                ),
                Ok(true) => restore_points_reply(
                    b.restore_points
                        .iter()
                        .map(|rp| reps.restore_point(b, rp))
                        .collect(),
                ),
                Err(reply) => reply,
            },
        },
        (["restorepoints"], true, _) => match entity_wanted(&params) {
            Ok(false) => refs_reply(
                shared
                    .data
                    .backups
                    .iter()
                    .flat_map(|b| b.restore_points.iter().map(move |rp| (b, rp)))
                    .map(|(b, rp)| reps.restore_point_ref(b, rp))
                    .collect(),
            ),
            Ok(true) => restore_points_reply(
                shared
                    .data
                    .backups
                    .iter()
                    .flat_map(|b| b.restore_points.iter().map(move |rp| (b, rp)))
                    .map(|(b, rp)| reps.restore_point(b, rp))
                    .collect(),
            ),
            Err(reply) => reply,
        },
        (["restorepoints", _], true, _) => match shared.data.restore_point(id(1)) {
            None => not_found_id("Restore point", id(1)),
            Some((b, rp)) => match entity_wanted(&params) {
                Ok(false) => entity_ref(reps.restore_point_ref(b, rp)),
                Ok(true) => Reply::built(
                    StatusCode::OK,
                    reps.restore_point(b, rp)
                        .map(|v| Body::from_value("RestorePoint", &v)),
                ),
                Err(reply) => reply,
            },
        },
        (["restorepoints", _, "vmrestorepoints"], true, _) => {
            match shared.data.restore_point(id(1)) {
                None => not_found_id("Restore point", id(1)),
                Some((_, rp)) => match entity_wanted(&params) {
                    Ok(false) => refs_reply(
                        rp.vm_restore_points
                            .iter()
                            .map(|vm| reps.vm_restore_point_ref(rp, vm))
                            .collect(),
                    ),
                    Ok(true) => vm_restore_points_reply(
                        rp.vm_restore_points
                            .iter()
                            .map(|vm| reps.vm_restore_point(rp, vm))
                            .collect(),
                    ),
                    Err(reply) => reply,
                },
            }
        }
        (["vmrestorepoints"], true, _) => match entity_wanted(&params) {
            Ok(false) => refs_reply(
                shared
                    .data
                    .restore_points()
                    .flat_map(|rp| rp.vm_restore_points.iter().map(move |vm| (rp, vm)))
                    .map(|(rp, vm)| reps.vm_restore_point_ref(rp, vm))
                    .collect(),
            ),
            Ok(true) => vm_restore_points_reply(
                shared
                    .data
                    .restore_points()
                    .flat_map(|rp| rp.vm_restore_points.iter().map(move |vm| (rp, vm)))
                    .map(|(rp, vm)| reps.vm_restore_point(rp, vm))
                    .collect(),
            ),
            Err(reply) => reply,
        },
        (["vmrestorepoints", _], true, _) => match shared.data.vm_restore_point(id(1)) {
            None => not_found_id("VM restore point", id(1)),
            Some((_, rp, vm)) => match entity_wanted(&params) {
                Ok(false) => entity_ref(reps.vm_restore_point_ref(rp, vm)),
                Ok(true) => Reply::built(
                    StatusCode::OK,
                    reps.vm_restore_point(rp, vm)
                        .map(|v| Body::from_value("VmRestorePoint", &v)),
                ),
                Err(reply) => reply,
            },
        },
        (["vmrestorepoints", _, "mounts"], _, "POST") => mount(shared, request, id(1)),
        (["vmrestorepoints", _, "mounts"], true, _) => documented_or(Reply::error(
            StatusCode::NOT_IMPLEMENTED,
            "The mock does not list mounts; follow the task's Related link.",
        )),
        (["vmrestorepoints", _, "mounts"], _, _) => documented_or(not_allowed("GET, POST")),
        (["vmrestorepoints", _, "mounts", _], true, _) => mount_point(shared, id(1), id(3)),
        (["tasks", _], true, _) => task(shared, id(1)),
        (["tasks", _], _, "DELETE") => {
            if shared.state().delete_task(id(1)) {
                Reply::empty(StatusCode::NO_CONTENT)
            } else {
                not_found_id("Task", id(1))
            }
        }
        (["tasks", _], _, _) => documented_or(not_allowed("GET, DELETE")),
        (["jobs", _], _, "POST")
            if param(&params, "action").is_some_and(|a| {
                ["start", "stop", "retry"]
                    .iter()
                    .any(|known| a.eq_ignore_ascii_case(known))
            }) =>
        {
            job_action(shared, request, &params, id(1))
        }
        (["query"], true, _) => crate::query::query(shared, &reps, request, &params),
        (
            ["backups" | "restorepoints" | "vmrestorepoints" | "query"]
            | ["backups" | "restorepoints" | "vmrestorepoints", _]
            | ["backups", _, "restorepoints"]
            | ["restorepoints", _, "vmrestorepoints"]
            | ["vmrestorepoints", _, "mounts", _],
            _,
            _,
        ) => documented_or(not_allowed("GET")),
        _ => documented_or(not_found(request)),
    }
}

/// [`documented`] for a request: its body must read as the operation's request type (else 400,
/// naming the member), and a resource deleted through the API is gone (404) for every later
/// request on its path or below it.
fn documented_request(shared: &Shared, op: Operation, request: &Request) -> Reply {
    let path = request.path.trim_end_matches('/').to_ascii_lowercase();
    if shared.state().is_deleted(&path) {
        return Reply::error(
            StatusCode::NOT_FOUND,
            format!("The resource {} was deleted.", request.path),
        );
    }
    let json = request
        .header("content-type")
        .is_some_and(|t| t.to_ascii_lowercase().contains("json"));
    let format = if json {
        veeam_em::runtime::Format::Json
    } else {
        veeam_em::runtime::Format::Xml
    };
    // An operation has a request root exactly when it has a request type to check against.
    if let Some(root) = op.info().request_root {
        if request.body.iter().all(u8::is_ascii_whitespace) {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                format!(
                    "The request body is missing: {} takes <{root}>.",
                    op.fn_name()
                ),
            );
        }
        if let Some(Err(e)) = crate::gen::requests::check(op, format, &request.body) {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                format!("The request body is malformed: {e}"),
            );
        }
    }
    let reply = documented(shared, op);
    if op.info().method == Method::DELETE && reply.status.is_success() {
        shared.state().delete(path);
    }
    reply
}

/// The answer of a documented operation the hand-written logic does not serve: a 202 starts a
/// task (polled like a mount's, with the example's `Operation`); otherwise the test's examples'
/// answer, else the skeleton, links rewritten to the mock's URL; no body for a 204.
fn documented(shared: &Shared, op: Operation) -> Reply {
    let info = op.info();
    let example = shared.config.examples.get(op);
    let rebased = |text: &str| rebase(text, &shared.base_url);
    if info.starts_task() {
        // The example's `<Operation>`, else the operation's own name (`PostJobsByIdStart`).
        let name = example
            .and_then(|e| e.xml.as_deref())
            .and_then(|x| x.split_once("<Operation>"))
            .and_then(|(_, rest)| rest.split_once("</Operation>"))
            .map(|(name, _)| name.trim())
            .filter(|name| !name.is_empty() && !name.contains('<'))
            .map_or_else(|| format!("{op:?}"), str::to_owned);
        let task_id = shared.state().start_task(&name);
        let task = TaskEntry {
            operation: name,
            mount: None,
            polls: 0,
        };
        return Reply::built(
            StatusCode::ACCEPTED,
            task_body(&shared.base_url, &task_id, &task, Phase::Running),
        );
    }
    if info.status == StatusCode::NO_CONTENT {
        return Reply::empty(StatusCode::NO_CONTENT).answered_by(AnsweredBy::Skeleton);
    }
    if let Some(example) = example {
        if example.xml.is_some() || example.json.is_some() {
            // A format the example does not show comes from the skeleton.
            let xml = example.xml.as_deref().or(info.skeleton_xml);
            let json = example.json.as_deref().or(info.skeleton_json);
            return Reply::text(example.status, xml.map(rebased), json.map(rebased))
                .answered_by(AnsweredBy::Example);
        }
    }
    match (info.skeleton_xml, info.skeleton_json) {
        (None, None) => Reply::empty(info.status),
        (xml, json) => Reply::text(info.status, xml.map(rebased), json.map(rebased)),
    }
    .answered_by(AnsweredBy::Skeleton)
}

/// [`MockServer::canned_answer`](crate::MockServer::canned_answer).
pub(crate) fn canned(shared: &Shared, op: Operation, json: bool) -> Option<(StatusCode, Vec<u8>)> {
    if op.info().starts_task() {
        return None;
    }
    let format = if json { Format::Json } else { Format::Xml };
    let response = finish(shared, documented(shared, op), format, None);
    (!response.body.is_empty()).then_some((response.status, response.body))
}

fn not_found(request: &Request) -> Reply {
    let mut reply = Reply::error(
        StatusCode::NOT_FOUND,
        format!("The resource {} was not found.", request.path),
    );
    reply.not_found_path = true;
    reply
}

fn not_found_id(what: &str, id: &str) -> Reply {
    Reply::error(StatusCode::NOT_FOUND, format!("{what} {id} was not found."))
}

fn not_allowed(allow: &str) -> Reply {
    Reply::error(
        StatusCode::METHOD_NOT_ALLOWED,
        "The HTTP method is not allowed for this resource.",
    )
    .header("Allow", allow)
}

pub(crate) fn served_as_refs_only(what: &str) -> Reply {
    Reply::error(
        StatusCode::NOT_IMPLEMENTED,
        format!("The mock serves {what} as references only (no format=Entity)."),
    )
}

/// `?format=Entity` (true), absent (false), or a 400 for anything else.
fn entity_wanted(params: &[(String, String)]) -> Result<bool, Reply> {
    match param(params, "format") {
        None => Ok(false),
        Some(f) if f.eq_ignore_ascii_case("Entity") => Ok(true),
        Some(f) if f.eq_ignore_ascii_case("Ref") || f.eq_ignore_ascii_case("Reference") => {
            Ok(false)
        }
        Some(f) => Err(Reply::error(
            StatusCode::BAD_REQUEST,
            format!("The value '{f}' of the format parameter is not valid."),
        )),
    }
}

/// `<EntityRef …>` for one reference.
fn entity_ref(r: Result<Ref, String>) -> Reply {
    Reply::built(StatusCode::OK, r.map(|r| Body::from_value("EntityRef", &r)))
}

/// `<EntityReferences>` for a list of references.
fn refs_body(refs: Vec<Ref>) -> Result<Body, String> {
    let refs: Vec<Value> = refs
        .iter()
        .map(|r| serde_json::to_value(r).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    Body::typed::<EntityReferences>("EntityReferences", json!({ "Refs": refs }))
}

/// `<RestorePoints>` of the inventory's entities (`?format=Entity`).
fn restore_points_reply(points: Result<Vec<RestorePoint>, String>) -> Reply {
    let body = points.and_then(|points| {
        let values = serde_json::to_value(&points).map_err(|e| e.to_string())?;
        Body::typed::<RestorePoints>("RestorePoints", json!({ "RestorePoints": values }))
    });
    Reply::built(StatusCode::OK, body)
}

/// `<VmRestorePoints>` of the inventory's entities (`?format=Entity`).
fn vm_restore_points_reply(points: Result<Vec<VmRestorePoint>, String>) -> Reply {
    let body = points.and_then(|points| {
        let values = serde_json::to_value(&points).map_err(|e| e.to_string())?;
        Body::typed::<VmRestorePoints>("VmRestorePoints", json!({ "VmRestorePoints": values }))
    });
    Reply::built(StatusCode::OK, body)
}

fn refs_reply(refs: Result<Vec<Ref>, String>) -> Reply {
    Reply::built(StatusCode::OK, refs.and_then(refs_body))
}

// ---------------------------------------------------------------------------------------------
// Query parameters

/// The query's parameters, names and values percent-decoded (`+` is a space): read as
/// `application/x-www-form-urlencoded`, invalid UTF-8 replaced.
fn params(query: Option<&str>) -> Vec<(String, String)> {
    form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .into_owned()
        .collect()
}

/// The value of parameter `name` (ASCII case-insensitive).
pub(crate) fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

// ---------------------------------------------------------------------------------------------
// Entry point and sessions

fn create_link(href: String) -> (El, Value) {
    (
        El::new("Link")
            .attr("Href", href.clone())
            .attr("Type", "LogonSession")
            .attr("Rel", "Create"),
        json!({ "Rel": "Create", "Href": href, "Type": "LogonSession" }),
    )
}

/// `GET /api`: `<EnterpriseManager>` with its links and supported versions.
fn entry_point(shared: &Shared) -> Reply {
    let base = &shared.base_url;
    let sessions = format!("{base}/logonSessions");
    let (latest_xml, latest_json) = create_link(format!("{base}/sessionMngr/?v=latest"));
    let links_xml = El::new("Links")
        .child(
            El::new("Link")
                .attr("Href", sessions.clone())
                .attr("Type", "LogonSessionList")
                .attr("Rel", "Down"),
        )
        .child(latest_xml);
    let links_json = json!([
        { "Rel": "Down", "Href": sessions, "Type": "LogonSessionList" },
        latest_json,
    ]);
    let mut versions_xml = El::new("SupportedVersions");
    let mut versions_json = Vec::new();
    for version in &shared.config.versions {
        let (link_xml, link_json) = create_link(format!("{base}/sessionMngr/?v={version}"));
        versions_xml.push(
            El::new("SupportedVersion")
                .attr("Name", version.clone())
                .child(El::new("Links").child(link_xml)),
        );
        versions_json.push(json!({ "Links": [link_json], "Name": version }));
    }
    Reply::ok(Body::literal(
        El::new("EnterpriseManager")
            .child(links_xml)
            .child(versions_xml),
        json!({
            "Links": links_json,
            "SupportedVersions": { "SupportedVersions": versions_json },
        }),
    ))
}

/// `POST /api/sessionMngr/?v=…`: HTTP Basic authentication → 201, the session header and a
/// `<LogonSession>`.
fn logon(shared: &Shared, request: &Request, params: &[(String, String)]) -> Reply {
    let versions = &shared.config.versions;
    if let Some(v) = param(params, "v") {
        let known =
            v.eq_ignore_ascii_case("latest") || versions.iter().any(|k| k.eq_ignore_ascii_case(v));
        if !known {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                format!("The REST API version '{v}' is not supported."),
            );
        }
    }
    let Some(credentials) = request.header("authorization").and_then(basic_credentials) else {
        return Reply::error(
            StatusCode::UNAUTHORIZED,
            "Authentication required: send HTTP Basic credentials in the Authorization header.",
        )
        .header(
            "WWW-Authenticate",
            "Basic realm=\"Veeam Backup Enterprise Manager\"",
        );
    };
    let (user, password) = credentials;
    if !user.eq_ignore_ascii_case(&shared.config.username) || password != shared.config.password {
        return Reply::error(
            StatusCode::UNAUTHORIZED,
            "Authentication failed: the user name or password is incorrect.",
        );
    }
    let (token, session) = shared.state().logon(&shared.config.username);
    Reply::new(
        StatusCode::CREATED,
        logon_session_body(shared, &session.id, &session.user),
    )
    .header(&shared.config.session_header_name, token)
}

/// (user, password) from `Basic base64(user:password)`.
fn basic_credentials(header: &str) -> Option<(String, String)> {
    use base64::Engine as _;
    let (scheme, encoded) = header.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("Basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, password) = text.split_once(':')?;
    Some((user.to_owned(), password.to_owned()))
}

/// `GET /api/logonSessions/{ID}`.
fn logon_session(shared: &Shared, id: &str) -> Reply {
    let user = shared.state().session_by_id(id).map(|s| s.user.clone());
    match user {
        Some(user) => Reply::ok(logon_session_body(shared, id, &user)),
        None => not_found_id("Logon session", id),
    }
}

/// `GET /api/logonSessions`: `<LogonSessions>` with every live session.
fn logon_sessions(shared: &Shared) -> Reply {
    let sessions = shared.state().sessions();
    let mut xml = String::new();
    let mut json = Vec::new();
    for session in &sessions {
        let body = logon_session_body(shared, &session.id, &session.user);
        // The document's root element, without its declaration and namespace.
        let element = body
            .xml
            .split_once("?>")
            .map_or(body.xml.as_str(), |(_, rest)| rest)
            .replacen(&format!(" xmlns=\"{}\"", crate::body::NAMESPACE), "", 1);
        xml.push_str(&element);
        json.push(body.json);
    }
    Reply::ok(Body::literal(
        El::new("LogonSessions").raw(xml),
        json!({ "LogonSessions": json }),
    ))
}

/// `<LogonSession>`, as in the docs' logon example (a subset of its links).
fn logon_session_body(shared: &Shared, id: &str, user: &str) -> Body {
    let base = &shared.base_url;
    let href = format!("{base}/logonSessions/{id}");
    let links: Vec<(&str, Option<&str>, String)> = vec![
        ("Up", Some("EnterpriseManager"), format!("{base}/")),
        (
            "Down",
            Some("BackupServerReferenceList"),
            format!("{base}/backupServers"),
        ),
        (
            "Down",
            Some("BackupReferenceList"),
            format!("{base}/backups"),
        ),
        (
            "Down",
            Some("RestorePointReferenceList"),
            format!("{base}/restorePoints"),
        ),
        (
            "Down",
            Some("VmRestorePointReferenceList"),
            format!("{base}/vmRestorePoints"),
        ),
        ("Down", Some("TaskList"), format!("{base}/tasks")),
        ("Down", Some("QueryService"), format!("{base}/querySvc")),
        ("Delete", None, href.clone()),
    ];
    let mut links_xml = El::new("Links");
    let mut links_json = Vec::new();
    for (rel, kind, target) in links {
        let mut el = El::new("Link").attr("Rel", rel);
        if let Some(kind) = kind {
            el = el.attr("Type", kind);
        }
        links_xml.push(el.attr("Href", target.clone()));
        links_json.push(link(rel, kind, target, None));
    }
    Body::literal(
        El::new("LogonSession")
            .attr("Type", "LogonSession")
            .attr("Href", href.clone())
            .child(links_xml)
            .text_child("UserName", user)
            .text_child("SessionId", id),
        json!({
            "Links": links_json,
            "UserName": user,
            "SessionId": id,
            "Href": href,
            "Type": "LogonSession",
        }),
    )
}

// ---------------------------------------------------------------------------------------------
// Mounts and tasks

/// `POST /api/vmRestorePoints/{ID}/mounts` → 202 and a running task.
fn mount(shared: &Shared, request: &Request, id: &str) -> Reply {
    let Some((_, _, vm)) = shared.data.vm_restore_point(id) else {
        return not_found_id("VM restore point", id);
    };
    if let Err(why) = check_request_body(request) {
        return Reply::error(
            StatusCode::BAD_REQUEST,
            format!("The request body is malformed: {why}"),
        );
    }
    let (task_id, mount) = shared.state().mount(&vm.id);
    let task = TaskEntry {
        operation: "MountRestorePoint".to_owned(),
        mount: Some((vm.id.clone(), mount)),
        polls: 0,
    };
    Reply::built(
        StatusCode::ACCEPTED,
        task_body(&shared.base_url, &task_id, &task, Phase::Running),
    )
}

/// `POST /api/jobs/{ID}?action=start|stop|retry`, the ID a backup's (each backup has one
/// job): 202 and a task already `Finished`. The documented request has no body; one sent
/// anyway must be well-formed.
fn job_action(shared: &Shared, request: &Request, params: &[(String, String)], id: &str) -> Reply {
    let Some(backup) = shared.data.backup(id) else {
        return not_found_id("Job", id);
    };
    let action = param(params, "action")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let operation = match action.as_str() {
        "start" => "StartJob",
        "stop" => "StopJob",
        "retry" => "RetryJob",
        "" => return Reply::error(StatusCode::BAD_REQUEST, "The action parameter is required."),
        _ => {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                format!("The action '{action}' is not valid for a job."),
            )
        }
    };
    if let Err(why) = check_request_body(request) {
        return Reply::error(
            StatusCode::BAD_REQUEST,
            format!("The request body is malformed: {why}"),
        );
    }
    let task_id = format!("task-{action}-{}", backup.id);
    let href = format!("{}/tasks/{task_id}", shared.base_url);
    let value = json!({
        "Href": href,
        "Type": "Task",
        "TaskId": task_id,
        "State": "Finished",
        "Operation": operation,
        "Result": { "Success": true, "Message": "Ok" },
        "Links": [link("Delete", Some("Task"), href.clone(), None)],
    });
    Reply::built(StatusCode::ACCEPTED, Body::typed::<Task>("Task", value))
}

/// An optional body (`<VmRestorePointMountSpec>` or its JSON) must at least be well-formed.
fn check_request_body(request: &Request) -> Result<(), String> {
    let body = &request.body;
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    let json = request
        .header("content-type")
        .is_some_and(|t| t.to_ascii_lowercase().contains("json"));
    if json {
        serde_json::from_slice::<Value>(body)
            .map(|_| ())
            .map_err(|e| e.to_string())
    } else {
        veeam_em::runtime::xml::parse(body)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// Where a task is.
#[derive(Clone, Copy)]
enum Phase<'a> {
    Running,
    OperationFinished,
    /// `Finished`, successfully or with this failure message.
    Finished(Option<&'a str>),
}

/// `GET /api/tasks/{ID}`: `Running` for the first polls, then `OperationFinished` for the next
/// ones (none by default), then `Finished`.
fn task(shared: &Shared, task_id: &str) -> Reply {
    let Some(task) = shared.state().poll_task(task_id) else {
        return not_found_id("Task", task_id);
    };
    let config = &shared.config;
    let running = config.task_running_polls;
    let phase = if task.polls <= running {
        Phase::Running
    } else if task.polls <= running.saturating_add(config.task_operation_finished_polls) {
        Phase::OperationFinished
    } else {
        Phase::Finished(config.task_failure.as_deref())
    };
    Reply::built(
        StatusCode::OK,
        task_body(&shared.base_url, task_id, &task, phase),
    )
}

/// `<Task>`, as in the docs' mount and task examples.
fn task_body(
    base: &str,
    task_id: &str,
    task: &TaskEntry,
    phase: Phase<'_>,
) -> Result<Body, String> {
    let href = format!("{base}/tasks/{task_id}");
    let mut links = vec![link("Delete", Some("Task"), href.clone(), None)];
    let state = match phase {
        Phase::Running => "Running",
        Phase::OperationFinished => "OperationFinished",
        Phase::Finished(_) => "Finished",
    };
    let mut value = json!({
        "Href": href,
        "Type": "Task",
        "TaskId": task_id,
        "State": state,
        "Operation": task.operation,
    });
    match phase {
        Phase::Running => {}
        Phase::OperationFinished => {
            value["Result"] = json!({ "Success": true, "Message": "OperationFinished" });
        }
        Phase::Finished(None) => {
            if let Some((vm, mount)) = &task.mount {
                links.push(link(
                    "Related",
                    Some("VmRestorePointMount"),
                    format!("{base}/vmRestorePoints/{vm}/mounts/{mount}"),
                    Some(&format!("{vm}@{mount}")),
                ));
            }
            value["Result"] = json!({ "Success": true, "Message": "Ok" });
        }
        Phase::Finished(Some(failure)) => {
            value["Result"] = json!({ "Success": false, "Message": failure });
        }
    }
    value["Links"] = Value::Array(links);
    Body::typed::<Task>("Task", value)
}

/// `GET /api/vmRestorePoints/{ID}/mounts/{N}` for a mount made.
fn mount_point(shared: &Shared, id: &str, n: &str) -> Reply {
    let Some((_, _, vm)) = shared.data.vm_restore_point(id) else {
        return not_found_id("VM restore point", id);
    };
    // Failing tasks mount nothing.
    let made = match shared.config.task_failure {
        None => shared.state().mounts_of(&vm.id),
        Some(_) => 0,
    };
    let Some(n) = n.parse::<u32>().ok().filter(|n| (1..=made).contains(n)) else {
        return not_found_id("Mount", n);
    };
    let base = &shared.base_url;
    let point = format!("{base}/vmRestorePoints/{}", vm.id);
    let href = format!("{point}/mounts/{n}");
    Reply::ok(Body::literal(
        El::new("VmRestorePointMount")
            .attr("Type", "VmRestorePointMount")
            .attr("Href", href.clone())
            .child(
                El::new("Links")
                    .child(
                        El::new("Link")
                            .attr("Rel", "Up")
                            .attr("Type", "VmRestorePointReference")
                            .attr("Href", point.clone())
                            .attr("Name", vm.name.clone()),
                    )
                    .child(
                        El::new("Link")
                            .attr("Rel", "Delete")
                            .attr("Href", href.clone()),
                    ),
            ),
        json!({
            "Links": [
                link("Up", Some("VmRestorePointReference"), point, Some(&vm.name)),
                link("Delete", None, href.clone(), None),
            ],
            "Href": href,
            "Type": "VmRestorePointMount",
        }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_parameters_are_decoded() {
        let p = params(Some(
            "type=VmRestorePoint&filter=VmDisplayName%3D%3D%22a+b%22&x&bad=%zz",
        ));
        assert_eq!(param(&p, "TYPE"), Some("VmRestorePoint"));
        assert_eq!(param(&p, "filter"), Some("VmDisplayName==\"a b\""));
        assert_eq!(param(&p, "x"), Some(""));
        assert_eq!(param(&p, "bad"), Some("%zz"));
    }

    #[test]
    fn broken_bodies_are_broken() {
        let xml = break_xml(b"<?xml version=\"1.0\"?><A><B/></A>".to_vec());
        assert!(veeam_em::runtime::xml::parse(&xml).is_err());
        assert!(veeam_em::runtime::xml::parse(&break_xml(Vec::new())).is_err());
        assert!(veeam_em::runtime::xml::parse(&break_xml(b"<A x=\"1\" />".to_vec())).is_err());
        let json = break_json(b"{\"a\":[1]}".to_vec());
        assert!(serde_json::from_slice::<Value>(&json).is_err());
        assert!(serde_json::from_slice::<Value>(&break_json(Vec::new())).is_err());
    }

    #[test]
    fn basic_credentials_parse() {
        assert_eq!(
            basic_credentials("Basic dXNlcm5hbWU6cGFzc3dvcmQ="),
            Some(("username".to_owned(), "password".to_owned()))
        );
        assert_eq!(basic_credentials("Bearer abc"), None);
        assert_eq!(basic_credentials("Basic !!!"), None);
        assert_eq!(basic_credentials("Basic"), None);
    }
}
