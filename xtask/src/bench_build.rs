//! `cargo xtask bench-build [--runs N] [--smoke]`: how long the generated crate takes to compile,
//! next to yardsticks, in one run.
//!
//! Each build is timed with its dependencies already built: every crate is built once (not
//! timed), then, `runs` times over, `cargo clean -p <crate>` removes just that crate's artifacts
//! and `cargo build` is timed; the median counts. The builds are interleaved run by run, so that
//! a machine busy with something else slows them alike and the ratios stay meaningful. Peak
//! memory is read from GNU time (`/usr/bin/time -v`) when it is installed: the largest process
//! of the build, i.e. rustc on that crate.
//!
//! The builds: `veeam-em` in release with every feature and with the `monitoring` subset, `syn`
//! 2 with `full` (a scratch project pinned to the workspace's version: a yardstick of the
//! machine's speed), progenitor's client for the same API (the crate `cargo xtask progenitor`
//! makes), and `veeam-em` and that client in debug. Everything it writes is under `target/`
//! (`target/bench-build/`, `target/progenitor/`); committed files are only read. `--smoke` runs
//! the same machinery on a tiny scratch crate in every role: it checks the command works without
//! the full builds.

use std::fmt::{self, Write as _};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::changelog::io_error;
use crate::codegen::Error;

/// GNU time, which reports a command's peak memory (`-v`).
pub const GNU_TIME: &str = "/usr/bin/time";

/// What a build stands for in the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// `veeam-em`, release, every feature.
    Ours,
    /// `veeam-em`, release, `--no-default-features --features monitoring`.
    Subset,
    /// `syn` 2 with `full`, release.
    Syn,
    /// progenitor's client for the same API, release.
    Progenitor,
    /// `veeam-em`, debug, every feature.
    OursDebug,
    /// progenitor's client, debug.
    ProgenitorDebug,
}

impl Role {
    /// Every role, in report order.
    pub const ALL: [Role; 6] = [
        Role::Ours,
        Role::Subset,
        Role::Syn,
        Role::Progenitor,
        Role::OursDebug,
        Role::ProgenitorDebug,
    ];

    /// How the report names it.
    pub fn label(self) -> &'static str {
        match self {
            Role::Ours => "veeam-em, release, all features",
            Role::Subset => "veeam-em, release, monitoring",
            Role::Syn => "syn 2 (full), release",
            Role::Progenitor => "progenitor client, release",
            Role::OursDebug => "veeam-em, debug, all features",
            Role::ProgenitorDebug => "progenitor client, debug",
        }
    }
}

/// Which features a build asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Features {
    /// The crate's defaults.
    Default,
    /// `--no-default-features --features a,b`.
    Only(Vec<String>),
}

/// One crate to build and time.
#[derive(Debug, Clone)]
pub struct Build {
    pub role: Role,
    /// The manifest cargo is given (`--manifest-path`): a workspace's or the crate's own.
    pub manifest: PathBuf,
    /// The package built (`-p`).
    pub package: String,
    /// The package cleaned before each timed build: the one timed (`syn` is timed by building a
    /// scratch crate that depends on it, so that its features are the scratch crate's).
    pub timed: String,
    pub release: bool,
    pub features: Features,
    /// `CARGO_TARGET_DIR`.
    pub target_dir: PathBuf,
    /// `--locked`: the workspace's lock file must not change.
    pub locked: bool,
    /// A yardstick: when it does not build, its rows are skipped with the reason, not the run.
    pub optional: bool,
}

impl Build {
    fn cargo(&self, subcommand: &str, package: &str) -> Command {
        let mut cmd = Command::new("cargo");
        cmd.arg(subcommand)
            .arg("--manifest-path")
            .arg(&self.manifest)
            .args(["-p", package])
            .env("CARGO_TARGET_DIR", &self.target_dir)
            // The timed build must start from nothing: no incremental cache of an earlier run.
            .env("CARGO_INCREMENTAL", "0");
        if self.release {
            cmd.arg("--release");
        }
        if self.locked {
            cmd.arg("--locked");
        }
        cmd
    }

    /// The `cargo build` command line for this build.
    pub fn build_command(&self) -> Command {
        let mut cmd = self.cargo("build", &self.package);
        if let Features::Only(features) = &self.features {
            cmd.arg("--no-default-features");
            if !features.is_empty() {
                cmd.arg("--features").arg(features.join(","));
            }
        }
        cmd
    }

    /// `cargo clean -p` for just this crate: its dependencies stay built.
    pub fn clean_command(&self) -> Command {
        self.cargo("clean", &self.timed)
    }
}

/// The timings of one build.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    pub role: Role,
    /// Wall-clock seconds of each timed run.
    pub seconds: Vec<f64>,
    /// The largest peak memory of a run, in KiB, when GNU time is installed.
    pub peak_kib: Option<u64>,
}

impl Measured {
    pub fn median(&self) -> f64 {
        median(&self.seconds)
    }

    /// The fastest run: on a shared machine the least disturbed one.
    pub fn min(&self) -> f64 {
        self.seconds.iter().copied().fold(f64::INFINITY, f64::min)
    }
}

/// The median (the mean of the two middle values for an even count); 0 for none.
pub fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => 0.0,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// GNU time's `Maximum resident set size (kbytes): N`.
pub fn parse_peak_kib(time_output: &str) -> Option<u64> {
    time_output.lines().find_map(|line| {
        line.trim()
            .strip_prefix("Maximum resident set size (kbytes):")
            .and_then(|n| n.trim().parse().ok())
    })
}

/// The version of `name` with major version `major` in a `Cargo.lock`.
pub fn locked_version(lock: &str, name: &str, major: &str) -> Option<String> {
    let mut current: Option<&str> = None;
    for line in lock.lines() {
        let line = line.trim();
        if line == "[[package]]" {
            current = None;
        } else if let Some(n) = line.strip_prefix("name = ") {
            current = Some(n.trim_matches('"'));
        } else if let Some(v) = line.strip_prefix("version = ") {
            let v = v.trim_matches('"');
            if current == Some(name) && v.split('.').next() == Some(major) {
                return Some(v.to_string());
            }
        }
    }
    None
}

/// A goal of the issue: `numerator / denominator` at most (or below) `limit`.
#[derive(Debug, Clone, Copy)]
pub struct Goal {
    pub name: &'static str,
    pub numerator: Role,
    pub denominator: Role,
    pub limit: f64,
    /// `true`: strictly below the limit ("faster than").
    pub strict: bool,
}

/// The ratios the issue asks for.
pub const GOALS: &[Goal] = &[
    Goal {
        name: "ours / syn (release)",
        numerator: Role::Ours,
        denominator: Role::Syn,
        limit: 1.8,
        strict: false,
    },
    Goal {
        name: "ours / progenitor (release)",
        numerator: Role::Ours,
        denominator: Role::Progenitor,
        limit: 1.0,
        strict: true,
    },
    Goal {
        name: "monitoring subset / all features (release)",
        numerator: Role::Subset,
        denominator: Role::Ours,
        limit: 0.2,
        strict: false,
    },
    Goal {
        name: "ours / progenitor (debug)",
        numerator: Role::OursDebug,
        denominator: Role::ProgenitorDebug,
        limit: 0.8,
        strict: false,
    },
];

/// What a benchmark run found: per role its timings, or why it was not measured.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub runs: u32,
    pub measured: Vec<Measured>,
    pub skipped: Vec<(Role, String)>,
    /// Said above the table (e.g. that it is a smoke run).
    pub notes: Vec<String>,
}

impl Report {
    fn get(&self, role: Role) -> Option<&Measured> {
        self.measured.iter().find(|m| m.role == role)
    }

    /// A goal's ratio, when both builds were measured.
    pub fn ratio(&self, goal: &Goal) -> Option<f64> {
        let (n, d) = (self.get(goal.numerator)?, self.get(goal.denominator)?);
        (d.median() > 0.0).then(|| n.median() / d.median())
    }

    /// A goal's ratio of the fastest runs: load from elsewhere only adds time, so this is the
    /// estimate least disturbed by it.
    pub fn ratio_of_minimums(&self, goal: &Goal) -> Option<f64> {
        let (n, d) = (self.get(goal.numerator)?, self.get(goal.denominator)?);
        (d.min() > 0.0 && d.min().is_finite()).then(|| n.min() / d.min())
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for note in &self.notes {
            writeln!(f, "note: {note}")?;
        }
        writeln!(
            f,
            "build times, dependencies already built, median of {} run{}:",
            self.runs,
            if self.runs == 1 { "" } else { "s" }
        )?;
        for role in Role::ALL {
            if let Some(m) = self.get(role) {
                let runs: Vec<String> = m.seconds.iter().map(|s| format!("{s:.1}")).collect();
                let mut line = format!("  {:<34} {:>7.1} s", role.label(), m.median());
                if m.seconds.len() > 1 {
                    let _ = write!(line, "  (runs: {})", runs.join(", "));
                }
                if let Some(kib) = m.peak_kib {
                    let _ = write!(line, "  peak {:.0} MiB", kib as f64 / 1024.0);
                }
                writeln!(f, "{line}")?;
            } else if let Some((_, why)) = self.skipped.iter().find(|(r, _)| *r == role) {
                writeln!(f, "  {:<34} skipped: {why}", role.label())?;
            }
        }
        writeln!(f, "ratios (goal):")?;
        for goal in GOALS {
            let target = format!("{} {}", if goal.strict { "<" } else { "<=" }, goal.limit);
            match self.ratio(goal) {
                Some(r) => {
                    let met = if goal.strict {
                        r < goal.limit
                    } else {
                        r <= goal.limit
                    };
                    let fastest = self
                        .ratio_of_minimums(goal)
                        .map_or_else(String::new, |m| format!("; fastest runs {m:.2}"));
                    writeln!(
                        f,
                        "  {:<44} {r:>6.2}  (goal {target}: {}{fastest})",
                        goal.name,
                        if met { "met" } else { "NOT met" }
                    )?;
                }
                None => writeln!(f, "  {:<44}    n/a  (goal {target})", goal.name)?,
            }
        }
        Ok(())
    }
}

fn run_cargo(mut cmd: Command, what: &'static str, dir: &Path) -> Result<(), Error> {
    let out = cmd.output().map_err(io_error(what, dir))?;
    if out.status.success() {
        return Ok(());
    }
    Err(Error::Io {
        action: what,
        path: dir.to_path_buf(),
        source: std::io::Error::other(format!(
            "{:?} failed:\n{}{}",
            cmd,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )),
    })
}

/// One timed build: seconds and, through GNU time when `time_file` is given, peak KiB.
fn timed_build(build: &Build, time_file: Option<&Path>) -> Result<(f64, Option<u64>), Error> {
    let cargo = build.build_command();
    let mut cmd = match time_file {
        Some(file) => {
            let mut cmd = Command::new(GNU_TIME);
            cmd.arg("-v").arg("-o").arg(file).arg(cargo.get_program());
            cmd.args(cargo.get_args());
            for (k, v) in cargo.get_envs() {
                match v {
                    Some(v) => cmd.env(k, v),
                    None => cmd.env_remove(k),
                };
            }
            cmd
        }
        None => cargo,
    };
    cmd.arg("--quiet");
    let start = Instant::now();
    let out = cmd
        .output()
        .map_err(io_error("run cargo build for", &build.manifest))?;
    let seconds = start.elapsed().as_secs_f64();
    if !out.status.success() {
        return Err(Error::Io {
            action: "cargo build",
            path: build.manifest.clone(),
            source: std::io::Error::other(format!(
                "{cmd:?} failed:\n{}",
                String::from_utf8_lossy(&out.stderr)
            )),
        });
    }
    let peak = time_file
        .and_then(|f| fs::read_to_string(f).ok())
        .and_then(|t| parse_peak_kib(&t));
    Ok((seconds, peak))
}

/// What [`measure`] found.
#[derive(Debug, Default)]
pub struct Measurements {
    pub measured: Vec<Measured>,
    /// Optional builds that failed to build, with the error.
    pub skipped: Vec<(Role, String)>,
}

/// Builds every crate once (untimed), then `runs` rounds of clean + timed build, interleaved.
/// An optional build that fails to build is skipped; any other failure ends the run. `progress`
/// hears about each step.
pub fn measure(
    builds: &[Build],
    runs: u32,
    scratch: &Path,
    progress: &mut dyn FnMut(&str),
) -> Result<Measurements, Error> {
    fs::create_dir_all(scratch).map_err(io_error("create directory", scratch))?;
    let time_file = scratch.join("time-v.txt");
    let time_file = Path::new(GNU_TIME).is_file().then_some(time_file.as_path());
    let mut skipped = Vec::new();
    let mut ready = Vec::new();
    for build in builds {
        progress(&format!(
            "building {} and its dependencies",
            build.role.label()
        ));
        match run_cargo(build.build_command(), "build", &build.manifest) {
            Ok(()) => ready.push(build),
            Err(e) if build.optional => {
                progress(&format!(
                    "skipping {}: it does not build",
                    build.role.label()
                ));
                skipped.push((build.role, format!("does not build: {e}")));
            }
            Err(e) => return Err(e),
        }
    }
    let builds = ready;
    let mut measured: Vec<Measured> = builds
        .iter()
        .map(|b| Measured {
            role: b.role,
            seconds: Vec::new(),
            peak_kib: None,
        })
        .collect();
    for round in 1..=runs {
        for (build, m) in builds.iter().zip(&mut measured) {
            run_cargo(build.clean_command(), "cargo clean -p", &build.manifest)?;
            let (seconds, peak) = timed_build(build, time_file)?;
            progress(&format!(
                "run {round}/{runs}: {} {seconds:.1} s",
                build.role.label()
            ));
            m.seconds.push(seconds);
            m.peak_kib = match (m.peak_kib, peak) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
        }
    }
    Ok(Measurements { measured, skipped })
}

fn write(path: &Path, text: &str) -> Result<(), Error> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(io_error("create directory", dir))?;
    }
    // Rewriting an unchanged file would change its mtime and make cargo rebuild it.
    if fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    fs::write(path, text).map_err(io_error("write", path))
}

/// The scratch project that builds `syn` `version` with `full`, in `dir`.
pub fn syn_project(dir: &Path, version: &str) -> Result<PathBuf, Error> {
    let manifest = dir.join("Cargo.toml");
    write(
        &manifest,
        &format!(
            "[package]\nname = \"bench-syn\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\nsyn = {{ version = \"={version}\", features = [\"full\"] }}\n\n\
             # Its own workspace: under target/ it would otherwise belong to veeam-em's.\n[workspace]\n"
        ),
    )?;
    write(&dir.join("src/lib.rs"), "pub use syn;\n")?;
    Ok(manifest)
}

/// A tiny crate standing in for every build in `--smoke`: no dependencies, one feature.
pub fn smoke_project(dir: &Path) -> Result<PathBuf, Error> {
    let manifest = dir.join("Cargo.toml");
    write(
        &manifest,
        "[package]\nname = \"bench-smoke\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [features]\ndefault = [\"all\"]\nall = []\nmonitoring = []\n\n[workspace]\n",
    )?;
    write(
        &dir.join("src/lib.rs"),
        "#[cfg(feature = \"all\")]\npub fn all() -> u32 { 1 }\n\
         #[cfg(feature = \"monitoring\")]\npub fn monitoring() -> u32 { 2 }\n",
    )?;
    Ok(manifest)
}

/// The builds of `--smoke`: the tiny crate in every role.
pub fn smoke_builds(work: &Path) -> Result<Vec<Build>, Error> {
    let manifest = smoke_project(&work.join("crate"))?;
    let target_dir = work.join("target");
    Ok(Role::ALL
        .iter()
        .map(|&role| Build {
            role,
            manifest: manifest.clone(),
            package: "bench-smoke".into(),
            timed: "bench-smoke".into(),
            release: matches!(
                role,
                Role::Ours | Role::Subset | Role::Syn | Role::Progenitor
            ),
            features: if role == Role::Subset {
                Features::Only(vec!["monitoring".into()])
            } else {
                Features::Default
            },
            target_dir: target_dir.clone(),
            locked: false,
            optional: false,
        })
        .collect())
}

/// The real builds: `veeam-em` in the workspace at `root` (its own `target/`, where its
/// dependencies usually are built already), `syn` pinned to the workspace's version in
/// `work/syn`, and the progenitor client in `progenitor_crate` (when there is one; its
/// dependencies in the `target` beside it, shared with `cargo xtask progenitor`).
pub fn full_builds(
    root: &Path,
    work: &Path,
    progenitor_crate: Option<&Path>,
) -> Result<Vec<Build>, Error> {
    let lock_path = root.join("Cargo.lock");
    let lock = fs::read_to_string(&lock_path).map_err(io_error("read", &lock_path))?;
    let syn_version = locked_version(&lock, "syn", "2").ok_or_else(|| Error::Io {
        action: "find syn 2 in",
        path: lock_path.clone(),
        source: std::io::Error::other("no syn 2.x package in the lock file"),
    })?;
    let syn = syn_project(&work.join("syn"), &syn_version)?;
    let ours = |role, release, features| Build {
        role,
        manifest: root.join("Cargo.toml"),
        package: "veeam-em".into(),
        timed: "veeam-em".into(),
        release,
        features,
        target_dir: root.join("target"),
        locked: true,
        optional: false,
    };
    let mut builds = vec![
        ours(Role::Ours, true, Features::Default),
        ours(
            Role::Subset,
            true,
            Features::Only(vec!["monitoring".into()]),
        ),
        Build {
            role: Role::Syn,
            manifest: syn,
            package: "bench-syn".into(),
            timed: "syn".into(),
            release: true,
            features: Features::Default,
            target_dir: work.join("syn/target"),
            locked: false,
            optional: false,
        },
        ours(Role::OursDebug, false, Features::Default),
    ];
    if let Some(dir) = progenitor_crate {
        let client = |role, release| Build {
            role,
            manifest: dir.join("Cargo.toml"),
            package: "veeam-em-progenitor".into(),
            timed: "veeam-em-progenitor".into(),
            release,
            features: Features::Default,
            target_dir: dir.parent().unwrap_or(dir).join("target"),
            locked: false,
            optional: true,
        };
        builds.push(client(Role::Progenitor, true));
        builds.push(client(Role::ProgenitorDebug, false));
    }
    builds.sort_by_key(|b| b.role);
    Ok(builds)
}

/// What `cargo xtask bench-build` is asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// The workspace root.
    pub root: PathBuf,
    /// The pages the progenitor client is generated from.
    pub docs: Vec<PathBuf>,
    /// Timed runs per build.
    pub runs: u32,
    /// The tiny crate in every role instead of the real builds.
    pub smoke: bool,
}

/// The machine's state, said with the figures: timings on a busy machine are noisy.
fn machine_note() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| {
            let parts: Vec<&str> = l.split_whitespace().take(3).collect();
            (parts.len() == 3).then(|| parts.join(" "))
        })
        .unwrap_or_else(|| "unknown".into());
    format!(
        "{cpus} CPU(s), load average {load} at the start; other work on the machine slows the \
         builds alike (they are interleaved run by run), so compare the ratios more than the seconds"
    )
}

/// `cargo xtask bench-build`: prepares the builds, measures them and returns the report.
pub fn run(opts: &Options, progress: &mut dyn FnMut(&str)) -> Result<Report, Error> {
    let work = opts.root.join("target/bench-build");
    let mut report = Report {
        runs: opts.runs,
        ..Report::default()
    };
    let builds = if opts.smoke {
        report.notes.push(
            "--smoke: a tiny scratch crate stands in for every build; the figures mean nothing"
                .into(),
        );
        smoke_builds(&work.join("smoke"))?
    } else {
        progress("generating the progenitor client (cargo xtask progenitor's crate)");
        let client =
            crate::progenitor::generate_client(&opts.docs, &opts.root.join("target/progenitor"));
        let crate_dir = match client {
            Ok(c) => Some(c.crate_dir),
            Err(e) => {
                for role in [Role::Progenitor, Role::ProgenitorDebug] {
                    report.skipped.push((role, e.to_string()));
                }
                None
            }
        };
        full_builds(&opts.root, &work, crate_dir.as_deref())?
    };
    if !Path::new(GNU_TIME).is_file() {
        report
            .notes
            .push(format!("{GNU_TIME} is not installed: no peak memory"));
    }
    report.notes.push(machine_note());
    let found = measure(&builds, opts.runs, &work, progress)?;
    report.measured = found.measured;
    report.skipped.extend(found.skipped);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(&[]), 0.0);
        assert_eq!(median(&[3.0]), 3.0);
        assert_eq!(median(&[5.0, 1.0, 3.0]), 3.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
    }

    #[test]
    fn peak_memory_is_read_from_gnu_time() {
        let out = "\tCommand being timed: \"cargo build\"\n\tUser time (seconds): 60.1\n\
                   \tMaximum resident set size (kbytes): 1536000\n\tExit status: 0\n";
        assert_eq!(parse_peak_kib(out), Some(1_536_000));
        assert_eq!(parse_peak_kib("User time (seconds): 1\n"), None);
        assert_eq!(
            parse_peak_kib("Maximum resident set size (kbytes): lots\n"),
            None
        );
    }

    #[test]
    fn the_locked_version_is_the_one_of_that_major() {
        let lock = "[[package]]\nname = \"syn\"\nversion = \"1.0.109\"\n\n\
                    [[package]]\nname = \"synstructure\"\nversion = \"2.0.0\"\n\n\
                    [[package]]\nname = \"syn\"\nversion = \"2.0.119\"\n\n\
                    [[package]]\nname = \"syn\"\nversion = \"3.0.9\"\n";
        assert_eq!(locked_version(lock, "syn", "2").as_deref(), Some("2.0.119"));
        assert_eq!(locked_version(lock, "syn", "1").as_deref(), Some("1.0.109"));
        assert_eq!(locked_version(lock, "syn", "4"), None);
        assert_eq!(locked_version(lock, "quote", "1"), None);
    }

    fn measured(role: Role, seconds: &[f64]) -> Measured {
        Measured {
            role,
            seconds: seconds.to_vec(),
            peak_kib: None,
        }
    }

    #[test]
    fn the_report_gives_medians_ratios_and_goals() {
        let report = Report {
            runs: 3,
            measured: vec![
                Measured {
                    peak_kib: Some(1024 * 1500),
                    ..measured(Role::Ours, &[20.0, 18.0, 30.0])
                },
                measured(Role::Subset, &[3.0, 3.0, 3.0]),
                measured(Role::Syn, &[10.0, 10.0, 10.0]),
                measured(Role::OursDebug, &[4.0, 4.0, 4.0]),
            ],
            skipped: vec![
                (Role::Progenitor, "cargo progenitor is not installed".into()),
                (
                    Role::ProgenitorDebug,
                    "cargo progenitor is not installed".into(),
                ),
            ],
            notes: vec!["a note".into()],
        };
        let text = report.to_string();
        assert!(text.starts_with("note: a note\n"), "{text}");
        assert!(text.contains("median of 3 runs"), "{text}");
        assert!(
            text.contains("veeam-em, release, all features") && text.contains("20.0 s"),
            "{text}"
        );
        assert!(text.contains("(runs: 20.0, 18.0, 30.0)"), "{text}");
        assert!(text.contains("peak 1500 MiB"), "{text}");
        assert!(
            text.contains("progenitor client, release")
                && text.contains("skipped: cargo progenitor"),
            "{text}"
        );
        let line = |name: &str| {
            text.lines()
                .find(|l| l.trim_start().starts_with(name))
                .unwrap_or_else(|| panic!("no {name} line in {text}"))
                .to_string()
        };
        let syn = line("ours / syn (release)");
        assert!(
            syn.contains("2.00") && syn.contains("goal <= 1.8: NOT met"),
            "{syn}"
        );
        assert!(syn.contains("fastest runs 1.80"), "{syn}");
        let subset = line("monitoring subset / all features");
        assert!(
            subset.contains("0.15") && subset.contains("goal <= 0.2: met"),
            "{subset}"
        );
        let prog = line("ours / progenitor (release)");
        assert!(prog.contains("n/a") && prog.contains("goal < 1"), "{prog}");
        assert_eq!(report.ratio(&GOALS[0]), Some(2.0));
        assert_eq!(report.ratio(&GOALS[1]), None);
    }

    #[test]
    fn the_commands_build_and_clean_just_the_crate() {
        let build = Build {
            role: Role::Subset,
            manifest: "/w/Cargo.toml".into(),
            package: "veeam-em".into(),
            timed: "veeam-em".into(),
            release: true,
            features: Features::Only(vec!["monitoring".into()]),
            target_dir: "/w/target".into(),
            locked: true,
            optional: false,
        };
        let args = |c: &Command| {
            c.get_args()
                .map(|a| a.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            args(&build.build_command()),
            "build --manifest-path /w/Cargo.toml -p veeam-em --release --locked \
             --no-default-features --features monitoring"
        );
        assert_eq!(
            args(&build.clean_command()),
            "clean --manifest-path /w/Cargo.toml -p veeam-em --release --locked"
        );
        let debug = Build {
            release: false,
            features: Features::Default,
            ..build
        };
        assert_eq!(
            args(&debug.build_command()),
            "build --manifest-path /w/Cargo.toml -p veeam-em --locked"
        );
    }
}
