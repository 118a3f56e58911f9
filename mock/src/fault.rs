//! Faults: misbehaviours injected into the next matching request(s).

use std::time::Duration;

use http::StatusCode;

/// A misbehaviour the mock shows on the next request(s) a [`FaultRule`] matches. Faults
/// apply before anything else (even before the session check and on `GET /api`): they stand
/// for a server, proxy or network in trouble, whatever the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// An Enterprise Manager error: `status` (500–599 is usual; anything from 400 to 599 is
    /// sent as given, other values become 500) with the error body (`<Error Message="…"
    /// StatusCode="…"/>`, or its JSON) carrying `message`.
    ServerError {
        /// The HTTP status.
        status: StatusCode,
        /// The `Message` of the error body.
        message: String,
    },
    /// The answer the request would have had, in XML (`Content-Type: application/xml`)
    /// whatever `Accept` asked for, with the end of the document replaced by broken markup.
    MalformedXml,
    /// The answer the request would have had, in JSON (`Content-Type: application/json`)
    /// whatever `Accept` asked for, cut before its last closing brace and ending in a dangling
    /// comma.
    MalformedJson,
    /// The answer's headers promise the whole body (`Content-Length` of the full body) but only
    /// its first half is sent; then the connection is closed. Clients see an incomplete body.
    TruncatedBody,
    /// Only the first half of the answer's body, with a `Content-Length` that matches it: the
    /// HTTP exchange is complete, the document is cut in half.
    HalfBody,
    /// Waits this long before answering (the answer itself is normal). The wait ends when the
    /// mock is dropped.
    Slow(Duration),
    /// The answer with the other format's `Content-Type`: an XML body labelled
    /// `application/json; charset=utf-8`, a JSON body labelled `application/xml; charset=utf-8`.
    WrongContentType,
    /// The session the request carries expires as it arrives: the request gets 401 with the
    /// error body and the session is gone (the next requests with it get 401 too, until the
    /// client logs on again). A request without a valid session just gets the 401.
    ExpireSession,
    /// A canned answer in place of the route's: `status`, `Content-Type: content_type` and
    /// `body` exactly as given (session checks still apply before it). For documents shaped like
    /// a real server's that the mock's data cannot produce: members no page names, v13
    /// camelCase, `null` lists.
    Respond {
        /// The HTTP status.
        status: StatusCode,
        /// The `Content-Type` header.
        content_type: String,
        /// The body, sent as is.
        body: Vec<u8>,
    },
}

impl Fault {
    /// `ServerError` with status 500.
    pub fn server_error(message: impl Into<String>) -> Fault {
        Fault::ServerError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: message.into(),
        }
    }
}

/// Which requests a [`Fault`] applies to: the next `times` requests whose path starts with
/// `path_prefix` (ASCII case-insensitively; any path when `None`). Built from a [`Fault`] alone
/// it is the next single request, whatever its path.
///
/// ```
/// use std::time::Duration;
/// use veeam_em_mock::{Fault, FaultRule};
///
/// let rule = FaultRule::new(Fault::Slow(Duration::from_millis(200)))
///     .times(2)
///     .path_prefix("/api/tasks");
/// assert_eq!(rule.times, 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultRule {
    /// The fault.
    pub fault: Fault,
    /// The request paths it applies to: those starting with this (as the request sent it,
    /// `/api/...`, without the query); `None` for any path.
    pub path_prefix: Option<String>,
    /// How many matching requests get the fault (0 is taken as 1).
    pub times: usize,
}

impl FaultRule {
    /// `fault` for the next request, whatever its path.
    pub fn new(fault: Fault) -> FaultRule {
        FaultRule {
            fault,
            path_prefix: None,
            times: 1,
        }
    }

    /// For the next `n` matching requests (0 is taken as 1).
    pub fn times(mut self, n: usize) -> FaultRule {
        self.times = n.max(1);
        self
    }

    /// Only for requests whose path starts with `prefix` (for example `/api/tasks`).
    pub fn path_prefix(mut self, prefix: impl Into<String>) -> FaultRule {
        self.path_prefix = Some(prefix.into());
        self
    }

    pub(crate) fn matches(&self, path: &str) -> bool {
        match &self.path_prefix {
            None => true,
            Some(prefix) => path
                .get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix)),
        }
    }
}

impl From<Fault> for FaultRule {
    fn from(fault: Fault) -> FaultRule {
        FaultRule::new(fault)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_matching() {
        let any = FaultRule::new(Fault::MalformedXml);
        assert!(any.matches("/api"));
        let tasks = FaultRule::new(Fault::MalformedXml).path_prefix("/api/tasks");
        assert!(tasks.matches("/api/tasks/task-1"));
        assert!(tasks.matches("/API/Tasks/task-1"));
        assert!(!tasks.matches("/api/backups"));
        assert!(!tasks.matches("/api"));
        assert!(!tasks.matches("/api/tasé"));
        assert_eq!(FaultRule::new(Fault::MalformedXml).times(0).times, 1);
    }
}
