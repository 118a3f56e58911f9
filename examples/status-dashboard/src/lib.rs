//! A status dashboard a downstream crate might have, built with `veeam-em`'s `monitoring`
//! feature alone: the job statistics report (what runs, what failed) and the backup job
//! sessions of the last 30 days, reduced to the latest session of each job. `tests/` runs it
//! against `veeam-em-mock`, in XML and in Enterprise Manager 13's camelCase JSON.

use std::collections::BTreeMap;

use veeam_em::api::enums::{SessionResult, SessionState};
use veeam_em::api::types::{BackupJobSession, JobStatisticsReportFrame};
use veeam_em::Client;

/// What the dashboard shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// Jobs running now (the report's `RunningJobs`).
    pub running_jobs: u64,
    /// Job runs that failed (the report's `FailedJobRuns`), of `total_job_runs`.
    pub failed_job_runs: u64,
    /// All job runs the report counts (`TotalJobRuns`).
    pub total_job_runs: u64,
    /// The latest session of each job, by job name.
    pub jobs: Vec<JobStatus>,
}

/// The latest session of one job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobStatus {
    /// The job's name, as the session gives it.
    pub job_name: String,
    /// When the session started, as the server wrote it (UTC).
    pub started: String,
    /// `None` while it runs.
    pub result: Option<SessionResult>,
    /// Whether the session is still going (neither stopped nor stopping).
    pub running: bool,
}

/// Why the dashboard could not be made.
#[derive(Debug)]
pub enum StatusError {
    /// A call failed.
    Call(veeam_em::Error),
    /// A report member is absent or not a count: its name and what the server sent.
    Report {
        member: &'static str,
        value: Option<String>,
    },
    /// A session's `CreationTimeUTC` is absent or not a date-time: the session's name.
    SessionTime(String),
}

impl From<veeam_em::Error> for StatusError {
    fn from(e: veeam_em::Error) -> Self {
        StatusError::Call(e)
    }
}

/// Reads the job statistics and the backup job sessions, and keeps each job's latest session.
pub async fn status(client: &Client) -> Result<Status, StatusError> {
    let report = client.get_reports_summary_job_statistics().await?;
    let sessions = client.get_backup_sessions_entities().await?;
    // Each job's latest session, by the instant it started (text does not order: a fraction of a
    // second or an offset changes it). The member is UTC: a time without an offset is read so.
    let mut latest = BTreeMap::new();
    for session in sessions.backup_job_sessions.iter() {
        let session_name = || session.name.clone().unwrap_or_default();
        let started = session
            .creation_time_utc
            .as_ref()
            .and_then(|t| t.parse().ok()?.instant_or_utc())
            .ok_or_else(|| StatusError::SessionTime(session_name()))?;
        // A session names its job; sessions of one job share its UID.
        let job = match (&session.job_uid, &session.job_name) {
            (Some(uid), _) => uid.to_string(),
            (None, Some(name)) => name.clone(),
            (None, None) => session_name(),
        };
        if latest.get(&job).is_none_or(|(t, _)| *t < started) {
            latest.insert(job, (started, session));
        }
    }
    let mut jobs: Vec<JobStatus> = latest
        .into_values()
        .map(|(_, s)| {
            let running = running(s);
            JobStatus {
                job_name: s.job_name.clone().unwrap_or_default(),
                started: s
                    .creation_time_utc
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                result: s.result.clone().filter(|_| !running),
                running,
            }
        })
        .collect();
    jobs.sort_by(|a, b| a.job_name.cmp(&b.job_name));
    Ok(Status {
        running_jobs: count(&report, "RunningJobs", |r| &r.running_jobs)?,
        failed_job_runs: count(&report, "FailedJobRuns", |r| &r.failed_job_runs)?,
        total_job_runs: count(&report, "TotalJobRuns", |r| &r.total_job_runs)?,
        jobs,
    })
}

fn running(session: &BackupJobSession) -> bool {
    !matches!(
        session.state,
        Some(SessionState::Stopped) | Some(SessionState::Stopping)
    )
}

/// A report member as a count. The pages give the report only as a sample, so the generated
/// type holds its members as text.
fn count(
    report: &JobStatisticsReportFrame,
    member: &'static str,
    field: impl Fn(&JobStatisticsReportFrame) -> &Option<String>,
) -> Result<u64, StatusError> {
    let text = field(report);
    text.as_deref()
        .and_then(|t| t.trim().parse().ok())
        .ok_or_else(|| StatusError::Report {
            member,
            value: text.clone(),
        })
}
