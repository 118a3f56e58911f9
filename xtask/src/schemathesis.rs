//! `cargo xtask schemathesis`: schemathesis (a property-based API tester the project did not
//! write) against the mock, with the OpenAPI export of the same pages.
//!
//! It writes the export (3.1, JSON bodies: schemathesis writes XML bodies from JSON Schema, e.g.
//! `<StartNow>null</StartNow>`, which no XML reader of these documents takes) to
//! `target/schemathesis/openapi.json`, builds and starts `veeam-em-mock` (its binary prints its
//! URL and a session), runs `schemathesis run` with every check, reads the JUnit report, and
//! compares each failure (check code and operation) with the reviewed allow-list
//! `xtask/schemathesis-allow.txt`. Figures: operations tested, test cases, failures by check,
//! allowed, unexpected. Exit status: failure when an unexpected failure (or a stale allow-list
//! line) is found.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use veeam_em_codegen::openapi::{self, Media, Options, Version};

/// The allow-list, relative to the workspace root.
pub const ALLOW_LIST: &str = "xtask/schemathesis-allow.txt";

/// What went wrong, naming the file or command.
#[derive(Debug)]
pub enum Error {
    /// A file could not be read or written.
    Io {
        action: &'static str,
        path: PathBuf,
        error: std::io::Error,
    },
    /// A command could not run, or failed.
    Command { what: String, detail: String },
    /// The allow-list has a line that is not `CODE METHOD PATH | reason`.
    AllowList { line: usize, text: String },
    /// The pages could not be read.
    Model(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { action, path, error } => {
                write!(f, "cannot {action} {}: {error}", path.display())
            }
            Error::Command { what, detail } => write!(f, "{what}: {detail}"),
            Error::AllowList { line, text } => write!(
                f,
                "{ALLOW_LIST}:{line}: expected `STxxx METHOD PATH | reason` (PATH may be `*`), got {text:?}"
            ),
            Error::Model(e) => f.write_str(e),
        }
    }
}

impl std::error::Error for Error {}

fn io_error<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> Error + 'a {
    move |error| Error::Io {
        action,
        path: path.to_path_buf(),
        error,
    }
}

/// One allowed failure: a check code on an operation (`*`: on every operation), with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allowed {
    pub code: String,
    /// `GET /backups/{ID}`, or `*`.
    pub operation: String,
    pub reason: String,
    pub line: usize,
}

/// Reads the allow-list: `STxxx METHOD PATH | reason` or `STxxx * | reason`; `#` comments.
pub fn parse_allow_list(text: &str) -> Result<Vec<Allowed>, Error> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = || Error::AllowList {
            line: i + 1,
            text: raw.to_owned(),
        };
        let (head, reason) = line.split_once('|').ok_or_else(bad)?;
        let reason = reason.trim();
        let mut words = head.split_whitespace();
        let code = words
            .next()
            .filter(|c| c.starts_with("ST"))
            .ok_or_else(bad)?;
        let operation: Vec<&str> = words.collect();
        let operation = match operation.as_slice() {
            ["*"] => "*".to_owned(),
            [method, path] => format!("{method} {path}"),
            _ => return Err(bad()),
        };
        if reason.is_empty() {
            return Err(bad());
        }
        out.push(Allowed {
            code: code.to_owned(),
            operation,
            reason: reason.to_owned(),
            line: i + 1,
        });
    }
    Ok(out)
}

/// Failures by operation (the JUnit test case's name, `POST /jobs/{ID}?action=start`): the check
/// codes (`ST201`) of its failures.
pub fn parse_junit(xml: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for case in xml.split("<testcase ").skip(1) {
        let Some(name) = case
            .split_once("name=\"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(name, _)| unescape(name))
        else {
            continue;
        };
        let body = case.split("</testcase>").next().unwrap_or_default();
        let codes = out.entry(name).or_default();
        for line in body.lines() {
            if let Some(rest) = line.trim_start().strip_prefix("- ST") {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                if !digits.is_empty() {
                    codes.insert(format!("ST{digits}"));
                }
            }
        }
    }
    out
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The verdict of one run.
#[derive(Debug, Default)]
pub struct Verdict {
    /// Operations in the report.
    pub operations: usize,
    /// Failures (code, operation) by code.
    pub by_code: BTreeMap<String, usize>,
    /// Failures the allow-list explains.
    pub allowed: Vec<(String, String)>,
    /// Failures it does not.
    pub unexpected: Vec<(String, String)>,
    /// Allow-list lines no failure used (stale: fixed, or the run did not reach them).
    pub unused: Vec<Allowed>,
}

/// Splits the failures into allowed and unexpected.
pub fn judge(failures: &BTreeMap<String, BTreeSet<String>>, allow: &[Allowed]) -> Verdict {
    let mut verdict = Verdict {
        operations: failures.len(),
        ..Verdict::default()
    };
    let mut used = BTreeSet::new();
    for (operation, codes) in failures {
        for code in codes {
            *verdict.by_code.entry(code.clone()).or_default() += 1;
            let hit = allow
                .iter()
                .find(|a| a.code == *code && (a.operation == "*" || a.operation == *operation));
            match hit {
                Some(a) => {
                    used.insert(a.line);
                    verdict.allowed.push((code.clone(), operation.clone()));
                }
                None => verdict.unexpected.push((code.clone(), operation.clone())),
            }
        }
    }
    verdict.unused = allow
        .iter()
        .filter(|a| !used.contains(&a.line))
        .cloned()
        .collect();
    verdict
}

/// Options of one run.
#[derive(Debug, Clone)]
pub struct Run {
    pub root: PathBuf,
    pub docs: Vec<PathBuf>,
    /// The `schemathesis` executable.
    pub schemathesis: PathBuf,
    /// Test cases per operation and phase (`--max-examples`).
    pub max_examples: u32,
    pub seed: u64,
}

/// The mock, stopped (its standard input closed) when dropped.
struct Mock {
    child: Child,
}

impl Drop for Mock {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        if self.child.wait().is_err() {
            let _ = self.child.kill();
        }
    }
}

fn start_mock(root: &Path) -> Result<(Mock, String, String), Error> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(&cargo)
        .current_dir(root)
        .args([
            "build",
            "-q",
            "-p",
            "veeam-em-mock",
            "--bin",
            "veeam-em-mock",
        ])
        .status()
        .map_err(|e| Error::Command {
            what: "cargo build -p veeam-em-mock".into(),
            detail: e.to_string(),
        })?;
    if !status.success() {
        return Err(Error::Command {
            what: "cargo build -p veeam-em-mock".into(),
            detail: status.to_string(),
        });
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let binary = target.join("debug/veeam-em-mock");
    let mut child = Command::new(&binary)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| Error::Command {
            what: binary.display().to_string(),
            detail: e.to_string(),
        })?;
    let stdout = child.stdout.take().ok_or_else(|| Error::Command {
        what: binary.display().to_string(),
        detail: "no standard output".into(),
    })?;
    let mock = Mock { child };
    let mut lines = BufReader::new(stdout).lines();
    let mut value = |key: &str| -> Result<String, Error> {
        let line = lines.next().transpose().ok().flatten().unwrap_or_default();
        line.strip_prefix(key)
            .map(str::to_owned)
            .ok_or_else(|| Error::Command {
                what: binary.display().to_string(),
                detail: format!("expected a `{key}…` line, got {line:?}"),
            })
    };
    let base = value("base_url=")?;
    let session = value("session=")?;
    Ok((mock, base, session))
}

/// Runs schemathesis against the mock and judges the failures.
pub fn run(opts: &Run) -> Result<Verdict, Error> {
    let work = opts.root.join("target/schemathesis");
    fs::create_dir_all(&work).map_err(io_error("create", &work))?;
    let model = crate::changelog::model(&opts.docs).map_err(|e| Error::Model(e.to_string()))?;
    let (schema, _) = veeam_em_codegen::reconcile::reconcile(&model);
    let doc = openapi::document(
        &model,
        &schema,
        Options {
            version: Version::V3_1,
            media: Media::Json,
        },
    );
    let spec = work.join("openapi.json");
    fs::write(&spec, openapi::to_json(&doc)).map_err(io_error("write", &spec))?;
    let allow_path = opts.root.join(ALLOW_LIST);
    let allow_text = fs::read_to_string(&allow_path).map_err(io_error("read", &allow_path))?;
    let allow = parse_allow_list(&allow_text)?;

    // Schemathesis runs in `work`: a relative path with a directory is resolved here first.
    let mut exe = opts.schemathesis.clone();
    if exe.is_relative() && exe.components().count() > 1 {
        if let Ok(cwd) = std::env::current_dir() {
            exe = cwd.join(exe);
        }
    }
    let (mock, base, session) = start_mock(&opts.root)?;
    let junit = work.join("junit.xml");
    let _ = fs::remove_file(&junit);
    let output = Command::new(&exe)
        .current_dir(&work)
        .arg("run")
        .arg(&spec)
        .args(["--url", &base])
        .args(["-H", &format!("X-RestSvcSessionId: {session}")])
        .args(["-H", "Accept: application/json"])
        .args(["--max-examples", &opts.max_examples.to_string()])
        .args(["--seed", &opts.seed.to_string()])
        // Logging the tool's own session off would turn the rest of the run into 401s.
        .args(["--exclude-operation-id", "delete_logon_sessions_by_id"])
        .args(["--no-color", "--report", "junit"])
        .arg("--report-junit-path")
        .arg(&junit)
        .output()
        .map_err(|e| Error::Command {
            what: format!(
                "{} (pip install schemathesis, or --schemathesis PATH)",
                exe.display()
            ),
            detail: e.to_string(),
        })?;
    drop(mock);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let log = work.join("schemathesis.log");
    fs::write(&log, stdout.as_bytes()).map_err(io_error("write", &log))?;
    // Schemathesis exits 1 when it found failures; those are judged below.
    let report = fs::read_to_string(&junit).map_err(|e| Error::Command {
        what: format!(
            "schemathesis (exit {}, log {})",
            output.status,
            log.display()
        ),
        detail: format!(
            "no JUnit report at {}: {e}\n{}",
            junit.display(),
            String::from_utf8_lossy(&output.stderr)
        ),
    })?;
    let summary: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains(" generated, ") || l.contains("Tested:") || l.contains("Selected:"))
        .collect();
    for line in summary {
        println!("schemathesis: {}", line.trim());
    }
    let failures = parse_junit(&report);
    let _ = std::io::stdout().flush();
    Ok(judge(&failures, &allow))
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total: usize = self.by_code.values().sum();
        writeln!(
            f,
            "{} operations in the report; {} failures ({} allowed with a reason, {} unexpected)",
            self.operations,
            total,
            self.allowed.len(),
            self.unexpected.len()
        )?;
        for (code, n) in &self.by_code {
            writeln!(f, "  {code}: {n}")?;
        }
        for (code, op) in &self.unexpected {
            writeln!(f, "unexpected: {code} {op}")?;
        }
        for a in &self.unused {
            writeln!(
                f,
                "stale: {ALLOW_LIST}:{}: {} {} no longer fails",
                a.line, a.code, a.operation
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_allow_list_explains_failures_by_code_and_operation() {
        let allow = parse_allow_list(
            "# comment\nST201 * | lenient readers\nST205 GET /a/{ID} | query in the key\n",
        )
        .expect("parses");
        let junit = "<testsuites><testcase name=\"GET /a/{ID}\"><failure>1. x\n\n- ST205 Allow\n\n- ST201 y\n</failure></testcase>\
                     <testcase name=\"POST /b?action=x&amp;y=1\"><failure>1. Test Case ID: q\n\n- ST108 z\n</failure></testcase>\
                     <testcase name=\"GET /c\"></testcase></testsuites>";
        let failures = parse_junit(junit);
        assert_eq!(failures.len(), 3);
        assert!(failures["POST /b?action=x&y=1"].contains("ST108"));
        let verdict = judge(&failures, &allow);
        assert_eq!(verdict.allowed.len(), 2);
        assert_eq!(
            verdict.unexpected,
            vec![("ST108".to_owned(), "POST /b?action=x&y=1".to_owned())]
        );
        assert!(verdict.unused.is_empty());
    }

    #[test]
    fn a_bad_allow_list_line_is_named() {
        let e = parse_allow_list("ST201 GET\n").expect_err("no reason");
        assert!(e.to_string().contains(":1:"), "{e}");
    }
}
