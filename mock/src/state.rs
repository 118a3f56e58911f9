//! What the mock remembers between requests: sessions, tasks, mounts, pending faults and
//! the request log. Held under one mutex, never across an `.await`.

use std::collections::hash_map::RandomState;
use std::collections::{HashMap, VecDeque};
use std::hash::{BuildHasher, Hasher};

use base64::Engine as _;

use crate::fault::{Fault, FaultRule};

/// At most this many requests are kept in the log (the oldest go first).
pub(crate) const LOG_LIMIT: usize = 10_000;
/// At most this many tasks are kept (the oldest go first).
const TASK_LIMIT: usize = 1_000;

/// Whether a request carried a valid session header (`X-RestSvcSessionId`, any case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionCheck {
    /// No session header.
    Missing,
    /// A session header naming no live session (never issued, logged off or expired).
    Invalid,
    /// A live session.
    Valid,
}

/// One request as the mock saw it. Credentials are never kept: not the `Authorization`
/// header, not the session token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRecord {
    /// Arrival order, from 1.
    pub seq: u64,
    /// `GET`, `POST`, … (in upper case, whatever case it was sent in).
    pub method: http::Method,
    /// The path as sent (`/api/backups`), without the query.
    pub path: String,
    /// The query string as sent (without `?`), if any.
    pub query: Option<String>,
    /// Whether the session header named a live session when the request arrived.
    pub session: SessionCheck,
    /// The fault the request got, if any.
    pub fault: Option<Fault>,
    /// The status answered; `None` while the request is being answered (or when the client went
    /// away first).
    pub status: Option<http::StatusCode>,
    /// Every `Content-Length` header, as sent (HTTP.sys needs one on a body-less `POST`, `PUT`
    /// and `DELETE`).
    pub content_length: Vec<String>,
    /// Every `Transfer-Encoding` header, as sent.
    pub transfer_encoding: Vec<String>,
    /// Every `Content-Type` header, as sent.
    pub content_type: Vec<String>,
    /// Every `Accept` header, as sent.
    pub accept: Vec<String>,
    /// The body's length, in bytes.
    pub body_len: usize,
    /// The documented operation the request named (method, path, query), if any.
    pub operation: Option<crate::Operation>,
    /// What made the answer; `None` while the request is being answered, or for what HTTP.sys
    /// or a fault answered before.
    pub answered_by: Option<AnsweredBy>,
}

/// What made an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnsweredBy {
    /// The mock's own logic: sessions, the restore flow's inventory, tasks, the query service,
    /// errors.
    Logic,
    /// A documented example ([`Examples`](crate::Examples)), links rewritten.
    Example,
    /// The operation's skeleton (every attribute and required member, placeholders).
    Skeleton,
    /// A test's [`Answer`](crate::Answer).
    Test,
}

impl RequestRecord {
    /// Whether the request carried a valid session header.
    pub fn session_valid(&self) -> bool {
        self.session == SessionCheck::Valid
    }
}

/// A logon session.
#[derive(Debug, Clone)]
pub(crate) struct Session {
    /// `SessionId`: the ID in `/logonSessions/{ID}`.
    pub(crate) id: String,
    /// `UserName`.
    pub(crate) user: String,
    /// The last request made with it (idle expiry).
    pub(crate) last_used: std::time::Instant,
}

/// A task: a mount's, or another 202 answer's.
#[derive(Debug, Clone)]
pub(crate) struct TaskEntry {
    /// The task's `Operation` (`MountRestorePoint`, `StartJob`, …).
    pub(crate) operation: String,
    /// For a mount: the VM restore point and the mount's number (`Related` link once done).
    pub(crate) mount: Option<(String, u32)>,
    /// `GET /tasks/{ID}` requests answered so far.
    pub(crate) polls: u32,
}

#[derive(Debug, Default)]
pub(crate) struct State {
    /// Session token (the header's value) → session.
    sessions: HashMap<String, Session>,
    tasks: HashMap<String, TaskEntry>,
    task_order: VecDeque<String>,
    next_task: u64,
    /// VM restore point ID → mounts created so far.
    mounts: HashMap<String, u32>,
    faults: VecDeque<FaultRule>,
    /// Tests' answers by operation.
    answers: HashMap<crate::Operation, crate::Answer>,
    /// Paths (lower case, no trailing `/`) deleted through a documented `DELETE`.
    deleted: std::collections::BTreeSet<String>,
    log: VecDeque<RequestRecord>,
    next_seq: u64,
    next_id: u64,
}

impl State {
    // ---- sessions

    /// A new session for `user`: (token, session).
    pub(crate) fn logon(&mut self, user: &str) -> (String, Session) {
        let id = self.new_uuid();
        // Like the docs' example token: the session ID, base64.
        let token = base64::engine::general_purpose::STANDARD.encode(id.as_bytes());
        let session = Session {
            id,
            user: user.to_owned(),
            last_used: std::time::Instant::now(),
        };
        self.sessions.insert(token.clone(), session.clone());
        (token, session)
    }

    /// Whether `token` names a live session, ending it first when it has been idle longer than
    /// `idle` (Enterprise Manager's session timeout); a live one counts this use.
    pub(crate) fn use_session(&mut self, token: &str, idle: Option<std::time::Duration>) -> bool {
        let now = std::time::Instant::now();
        let expired = match (self.sessions.get(token), idle) {
            (None, _) => return false,
            (Some(session), Some(idle)) => now.duration_since(session.last_used) > idle,
            (Some(_), None) => false,
        };
        if expired {
            self.sessions.remove(token);
            return false;
        }
        if let Some(session) = self.sessions.get_mut(token) {
            session.last_used = now;
        }
        true
    }

    #[cfg(test)]
    pub(crate) fn session(&self, token: &str) -> Option<&Session> {
        self.sessions.get(token)
    }

    /// The live sessions, by `SessionId`.
    pub(crate) fn sessions(&self) -> Vec<Session> {
        let mut sessions: Vec<Session> = self.sessions.values().cloned().collect();
        sessions.sort_by(|a, b| a.id.cmp(&b.id));
        sessions
    }

    /// The session with this `SessionId`.
    pub(crate) fn session_by_id(&self, session_id: &str) -> Option<&Session> {
        self.sessions
            .values()
            .find(|s| s.id.eq_ignore_ascii_case(session_id))
    }

    /// Ends the session with this `SessionId`; whether there was one.
    pub(crate) fn logoff(&mut self, session_id: &str) -> bool {
        let before = self.sessions.len();
        self.sessions
            .retain(|_, s| !s.id.eq_ignore_ascii_case(session_id));
        self.sessions.len() != before
    }

    /// Ends the session with this token.
    pub(crate) fn expire_token(&mut self, token: &str) {
        self.sessions.remove(token);
    }

    pub(crate) fn expire_all(&mut self) {
        self.sessions.clear();
    }

    pub(crate) fn session_count(&self) -> usize {
        self.sessions.len()
    }

    // ---- tasks and mounts

    /// A new mount of this VM restore point and its task: (task ID, mount number).
    pub(crate) fn mount(&mut self, vm_restore_point_id: &str) -> (String, u32) {
        let mount = self
            .mounts
            .entry(vm_restore_point_id.to_owned())
            .or_insert(0);
        *mount += 1;
        let mount = *mount;
        self.next_task += 1;
        let task_id = format!("task-{}", self.next_task);
        self.tasks.insert(
            task_id.clone(),
            TaskEntry {
                operation: "MountRestorePoint".to_owned(),
                mount: Some((vm_restore_point_id.to_owned(), mount)),
                polls: 0,
            },
        );
        self.keep_tasks_bounded(&task_id);
        (task_id, mount)
    }

    /// Starts a task of another 202 answer.
    pub(crate) fn start_task(&mut self, operation: &str) -> String {
        self.next_task += 1;
        let task_id = format!("task-{}", self.next_task);
        self.tasks.insert(
            task_id.clone(),
            TaskEntry {
                operation: operation.to_owned(),
                mount: None,
                polls: 0,
            },
        );
        self.keep_tasks_bounded(&task_id);
        task_id
    }

    fn keep_tasks_bounded(&mut self, task_id: &str) {
        self.task_order.push_back(task_id.to_owned());
        while self.task_order.len() > TASK_LIMIT {
            if let Some(old) = self.task_order.pop_front() {
                self.tasks.remove(&old);
            }
        }
    }

    /// A test's answer to `operation`, if it set one.
    pub(crate) fn answer(&self, operation: crate::Operation) -> Option<crate::Answer> {
        self.answers.get(&operation).cloned()
    }

    /// Answers `operation` with `answer` from now on.
    pub(crate) fn set_answer(&mut self, operation: crate::Operation, answer: crate::Answer) {
        self.answers.insert(operation, answer);
    }

    /// Remembers that `path` (lower case, no trailing `/`) was deleted.
    pub(crate) fn delete(&mut self, path: String) {
        if self.deleted.len() < TASK_LIMIT {
            self.deleted.insert(path);
        }
    }

    /// Whether `path` or a path above it was deleted.
    pub(crate) fn is_deleted(&self, path: &str) -> bool {
        let mut at = path;
        loop {
            if self.deleted.contains(at) {
                return true;
            }
            match at.rfind('/') {
                Some(i) if i > 0 => at = &at[..i],
                _ => return false,
            }
        }
    }

    /// Drops the tests' answers.
    pub(crate) fn clear_answers(&mut self) {
        self.answers.clear();
    }

    /// The task, its poll count incremented.
    pub(crate) fn poll_task(&mut self, task_id: &str) -> Option<TaskEntry> {
        let task = self.tasks.get_mut(task_id)?;
        task.polls = task.polls.saturating_add(1);
        Some(task.clone())
    }

    pub(crate) fn delete_task(&mut self, task_id: &str) -> bool {
        self.task_order.retain(|t| t != task_id);
        self.tasks.remove(task_id).is_some()
    }

    /// Mounts made of this VM restore point so far.
    pub(crate) fn mounts_of(&self, vm_restore_point_id: &str) -> u32 {
        self.mounts.get(vm_restore_point_id).copied().unwrap_or(0)
    }

    // ---- faults

    pub(crate) fn add_fault(&mut self, rule: FaultRule) {
        let times = rule.times.max(1);
        self.faults.push_back(FaultRule { times, ..rule });
    }

    /// The fault of the first rule matching `path`, consuming one of its uses.
    pub(crate) fn take_fault(&mut self, path: &str) -> Option<Fault> {
        let index = self.faults.iter().position(|rule| rule.matches(path))?;
        let rule = &mut self.faults[index];
        let fault = rule.fault.clone();
        rule.times = rule.times.saturating_sub(1);
        if rule.times == 0 {
            self.faults.remove(index);
        }
        Some(fault)
    }

    pub(crate) fn pending_faults(&self) -> usize {
        self.faults.iter().map(|rule| rule.times).sum()
    }

    pub(crate) fn clear_faults(&mut self) {
        self.faults.clear();
    }

    // ---- the request log

    /// Logs an arriving request; returns its sequence number.
    /// Logs `request`: its line and the headers that say how its body is framed and typed,
    /// never the session or authorization headers.
    pub(crate) fn log_request(
        &mut self,
        request: &crate::http::Request,
        session: SessionCheck,
        fault: Option<Fault>,
        operation: Option<crate::Operation>,
    ) -> u64 {
        let all = |name: &str| -> Vec<String> {
            request
                .headers
                .iter()
                .filter(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
                .collect()
        };
        self.next_seq += 1;
        self.log.push_back(RequestRecord {
            seq: self.next_seq,
            method: request.method.clone(),
            path: request.path.clone(),
            query: request.query.clone(),
            session,
            fault,
            status: None,
            content_length: all("content-length"),
            transfer_encoding: all("transfer-encoding"),
            content_type: all("content-type"),
            accept: all("accept"),
            body_len: request.body.len(),
            operation,
            answered_by: None,
        });
        while self.log.len() > LOG_LIMIT {
            self.log.pop_front();
        }
        self.next_seq
    }

    pub(crate) fn log_status(&mut self, seq: u64, status: http::StatusCode) {
        if let Some(record) = self.log.iter_mut().rev().find(|r| r.seq == seq) {
            record.status = Some(status);
        }
    }

    pub(crate) fn log_answered(&mut self, seq: u64, by: AnsweredBy) {
        if let Some(record) = self.log.iter_mut().rev().find(|r| r.seq == seq) {
            record.answered_by = Some(by);
        }
    }

    pub(crate) fn requests(&self) -> Vec<RequestRecord> {
        self.log.iter().cloned().collect()
    }

    pub(crate) fn clear_requests(&mut self) {
        self.log.clear();
    }

    // ---- IDs

    /// A fresh random-looking UUID (version 4 layout); not for cryptography.
    fn new_uuid(&mut self) -> String {
        self.next_id += 1;
        let word = |salt: u64| {
            let mut h = RandomState::new().build_hasher();
            h.write_u64(self.next_id);
            h.write_u64(salt);
            h.finish()
        };
        let (a, b) = (word(1), word(2));
        format!(
            "{:08x}-{:04x}-4{:03x}-{:x}{:03x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            8 | ((b >> 62) & 3),
            (b >> 48) & 0xfff,
            b & 0xffff_ffff_ffff
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_come_and_go() {
        let mut state = State::default();
        let (token, session) = state.logon("admin");
        assert_eq!(session.id.len(), 36);
        assert_eq!(
            base64::engine::general_purpose::STANDARD
                .decode(&token)
                .unwrap(),
            session.id.as_bytes()
        );
        assert_eq!(state.session(&token).unwrap().user, "admin");
        let (other, _) = state.logon("admin");
        assert_ne!(token, other);
        assert!(state.logoff(&session.id));
        assert!(!state.logoff(&session.id));
        assert!(state.session(&token).is_none());
        assert_eq!(state.session_count(), 1);
        state.expire_all();
        assert_eq!(state.session_count(), 0);
    }

    #[test]
    fn faults_are_used_up_in_order() {
        let mut state = State::default();
        state.add_fault(FaultRule::new(Fault::MalformedXml).path_prefix("/api/tasks"));
        state.add_fault(FaultRule::new(Fault::MalformedJson).times(2));
        assert_eq!(state.pending_faults(), 3);
        assert_eq!(state.take_fault("/api/backups"), Some(Fault::MalformedJson));
        assert_eq!(
            state.take_fault("/api/tasks/task-1"),
            Some(Fault::MalformedXml)
        );
        assert_eq!(
            state.take_fault("/api/tasks/task-1"),
            Some(Fault::MalformedJson)
        );
        assert_eq!(state.take_fault("/api/tasks/task-1"), None);
    }

    #[test]
    fn mounts_count_per_point_and_tasks_count_polls() {
        let mut state = State::default();
        assert_eq!(state.mount("a"), ("task-1".to_owned(), 1));
        assert_eq!(state.mount("a"), ("task-2".to_owned(), 2));
        assert_eq!(state.mount("b"), ("task-3".to_owned(), 1));
        assert_eq!(state.poll_task("task-2").unwrap().polls, 1);
        assert_eq!(state.poll_task("task-2").unwrap().polls, 2);
        assert!(state.delete_task("task-2"));
        assert!(state.poll_task("task-2").is_none());
        assert_eq!(state.mounts_of("a"), 2);
    }
}
