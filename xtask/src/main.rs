//! Workspace tasks: `cargo xtask <command>`.
//!
//! The `cargo xtask` alias builds in debug. For timings that mean something, run the release
//! build directly: `cargo run --release -p xtask -- bench-model`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};
use xtask::{bench_build, changelog, codegen, fetch, progenitor, schemathesis};

/// The corpus next to the workspace: `<workspace>/../shared/veeam-docs/em_rest`.
const DEFAULT_DOCS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/veeam-docs/em_rest"
);

#[derive(Debug, Parser)]
#[command(name = "xtask", about = "Workspace tasks for veeam-em-codegen")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Time `build_model` over the corpus: min/median/max ms, and model size.
    ///
    /// The pages are loaded once, outside the timing. A quick check without criterion; the
    /// `cargo xtask` alias builds in debug, so for release figures run
    /// `cargo run --release -p xtask -- bench-model`.
    BenchModel {
        /// Directory of help-center pages [default: ../shared/veeam-docs/em_rest]
        #[arg(long, value_name = "DIR")]
        docs: Option<PathBuf>,
        /// How many times to build the model
        #[arg(long, value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..))]
        iterations: u32,
    },
    /// Decode throughput of the generated types on ~20 MB of backup job sessions built in code:
    /// typed JSON vs `serde_json::Value` (PascalCase and v13 camelCase), typed XML vs quick-xml's
    /// bare event loop (and that loop reading values, and keeping them as `String`s), roxmltree
    /// and xmltree; MB/s and ratios.
    ///
    /// Runs `cargo run --release -p veeam-em --example bench_decode` (always a release build,
    /// whatever the xtask's own profile; the example holds the benchmark so that the xtask does not
    /// depend on the generated crate it writes).
    BenchDecode {
        /// Size of the PascalCase JSON document, in megabytes
        #[arg(long, value_name = "MB", default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=2000))]
        megabytes: u32,
        /// Runs of each decoder; the best is reported
        #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
        iterations: u32,
    },
    /// Time the builds of the generated crate (release: all features and the `monitoring`
    /// subset; debug), of `syn` 2 with `full` and of progenitor's client for the same API, each
    /// with its dependencies built (median of `--runs`), with the ratios the project aims at.
    ///
    /// Scratch under `target/` (`target/bench-build/`, `target/progenitor/`); committed files
    /// are only read. Needs `cargo install cargo-progenitor --locked` for the progenitor rows
    /// (skipped otherwise); peak memory comes from `/usr/bin/time -v` when installed. Slow: it
    /// builds everything once, then `--runs` times more.
    BenchBuild {
        /// Timed runs of each build; the median is reported
        #[arg(long, value_name = "N", default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=20))]
        runs: u32,
        /// A tiny scratch crate in every role: checks the command in seconds, figures mean nothing
        #[arg(long)]
        smoke: bool,
        /// Directory of pages for the progenitor client; repeatable
        /// [default: docs-src, ../shared/veeam-docs/em_rest and its em_rest-* updates]
        #[arg(long, value_name = "DIR")]
        docs: Vec<PathBuf>,
    },
    /// Run schemathesis against the mock with the OpenAPI export: every check, failures judged
    /// against the reviewed `xtask/schemathesis-allow.txt`.
    ///
    /// Needs schemathesis (`pip install schemathesis`); `.ci/run` installs it in a venv.
    /// Scratch (the export, the JUnit report, the log) under `target/schemathesis/`. Fails on a
    /// failure the allow-list does not explain.
    Schemathesis {
        /// The schemathesis executable
        #[arg(long, value_name = "PATH", default_value = "schemathesis")]
        schemathesis: PathBuf,
        /// Test cases per operation and phase
        #[arg(long, value_name = "N", default_value_t = 5)]
        max_examples: u32,
        /// Random seed, for a reproducible run
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Directory of pages; repeatable
        /// [default: docs-src, ../shared/veeam-docs/em_rest and its em_rest-* updates]
        #[arg(long, value_name = "DIR")]
        docs: Vec<PathBuf>,
    },
    /// Generate `generated/src/gen/`, `generated/tests/gen/` and `mock/src/gen/` from the docs
    /// pages (or, with `--check`, verify they are current).
    ///
    /// Reads `docs-src/`, the full reference at `../shared/veeam-docs/em_rest` and the updates
    /// beside it (`em_rest-*`, e.g. `em_rest-13.1-partial`; the newer version of a page wins)
    /// unless `--docs` is given. Each tree is written all or nothing: a failed run leaves it as it
    /// was.
    Codegen {
        /// Directory of pages; repeatable; replaces the defaults
        /// [default: docs-src, ../shared/veeam-docs/em_rest and its em_rest-* updates]
        #[arg(long, value_name = "DIR")]
        docs: Vec<PathBuf>,
        /// Compare the generated files with `generated/src/gen/` without writing; exit 1 on any
        /// difference
        #[arg(long)]
        check: bool,
    },
    /// Crawl the help center's REST reference pages into DIR, with a manifest.
    ///
    /// Follows links under the start page's directory; saves each page as fetched
    /// (`get_jobs_id.html`) and `DIR/fetch-manifest.json` (per URL: status, ETag,
    /// Last-Modified, sha256, times, file). A re-run sends conditional requests and writes only
    /// changed pages; an interrupted run is resumed. Exits 1 when any page failed, 2 when the
    /// crawl could not run.
    FetchDocs {
        /// Start page, e.g. https://helpcenter.veeam.com/docs/vbr/em_rest/overview.html
        #[arg(long, value_name = "URL")]
        from: String,
        /// Directory for the pages and the manifest (created if missing)
        #[arg(long, value_name = "DIR")]
        into: PathBuf,
        /// Requests in flight at once
        #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=32))]
        concurrency: u16,
        /// Pause between request starts (ms, s or m)
        #[arg(long, value_name = "DURATION", default_value = "250ms", value_parser = fetch::parse_duration)]
        delay: Duration,
        /// Tries per request; 5xx, 429, timeouts and connection errors are retried
        #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=20))]
        attempts: u32,
        /// Limit on one request, body included
        #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = fetch::parse_duration)]
        timeout: Duration,
        /// Wait before the first retry; doubles with each further one
        #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = fetch::parse_duration)]
        backoff: Duration,
        /// Largest page accepted, in bytes
        #[arg(long, value_name = "BYTES", default_value_t = 16 * 1024 * 1024)]
        max_bytes: u64,
        /// Stop after requesting this many pages; the next run resumes
        #[arg(long, value_name = "N")]
        max_pages: Option<usize>,
        /// One line per page even on a terminal (no progress bar)
        #[arg(long)]
        plain: bool,
    },
    /// What regenerating from the new pages changes for users of the generated crate, and the
    /// semver verdict (Markdown for CHANGELOG.md, or JSON).
    ///
    /// The same as `veeam-em-codegen changelog`. To compare what `cargo xtask codegen` reads
    /// before and after an update, pass the same folders on both sides plus the update:
    /// `--old docs-src --old ../shared/veeam-docs/em_rest --new docs-src
    /// --new ../shared/veeam-docs/em_rest --new ../shared/veeam-docs/em_rest-13.1-partial`.
    Changelog {
        #[command(flatten)]
        sides: Sides,
        /// Print JSON rather than Markdown
        #[arg(long)]
        json: bool,
    },
    /// Check the changelog's verdict against the crates: generate the old and the new crate into
    /// `target/semver-check/` and run `cargo semver-checks` on them (slow; not run by CI).
    ///
    /// Needs `cargo install cargo-semver-checks --locked`.
    SemverCheck {
        #[command(flatten)]
        sides: Sides,
    },
    /// Export the pages as OpenAPI 3.0 (JSON bodies), generate a client from it with
    /// `cargo progenitor` in `target/progenitor/` and `cargo build` it; print lines and times.
    ///
    /// Needs `cargo install cargo-progenitor --locked`. Nothing it writes is committed.
    Progenitor {
        /// Directory of pages; repeatable
        /// [default: docs-src, ../shared/veeam-docs/em_rest and its em_rest-* updates]
        #[arg(long, value_name = "DIR")]
        docs: Vec<PathBuf>,
    },
}

/// The two doc sets a changelog compares.
#[derive(Debug, clap::Args)]
struct Sides {
    /// A folder of the old pages; repeatable
    #[arg(long, value_name = "DIR", required = true)]
    old: Vec<PathBuf>,
    /// A folder of the new pages; repeatable
    #[arg(long, value_name = "DIR", required = true)]
    new: Vec<PathBuf>,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::BenchModel { docs, iterations } => bench_model(docs, iterations),
        Command::BenchBuild { runs, smoke, docs } => run_bench_build(runs, smoke, docs),
        Command::Codegen { docs, check } => run_codegen(docs, check),
        Command::Schemathesis {
            schemathesis,
            max_examples,
            seed,
            docs,
        } => run_schemathesis(schemathesis, max_examples, seed, docs),
        Command::BenchDecode {
            megabytes,
            iterations,
        } => bench_decode(megabytes, iterations),
        Command::FetchDocs {
            from,
            into,
            concurrency,
            delay,
            attempts,
            timeout,
            backoff,
            max_bytes,
            max_pages,
            plain,
        } => run_fetch(fetch::Options {
            concurrency: usize::from(concurrency),
            delay,
            attempts,
            timeout,
            backoff,
            max_bytes,
            max_pages,
            progress: if plain {
                fetch::Progress::Lines
            } else {
                fetch::Progress::Auto
            },
            ..fetch::Options::new(from, into)
        }),
        Command::Changelog { sides, json } => run_changelog(&sides, json),
        Command::SemverCheck { sides } => run_semver_check(&sides),
        Command::Progenitor { docs } => run_progenitor(docs),
    }
}

fn run_fetch(opts: fetch::Options) -> ExitCode {
    match fetch::run(&opts) {
        Ok(summary) => {
            // Repeated after the progress output so that no failure scrolls away unseen.
            for failure in &summary.failed {
                eprintln!("failed: {failure}");
            }
            println!("{summary}");
            if summary.failed.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => fail(e),
    }
}

fn bench_decode(megabytes: u32, iterations: u32) -> ExitCode {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = std::process::Command::new(cargo)
        .current_dir(codegen::workspace_root())
        .args([
            "run",
            "--quiet",
            "--release",
            "-p",
            "veeam-em",
            "--example",
            "bench_decode",
            "--",
        ])
        .arg(megabytes.to_string())
        .arg(iterations.to_string())
        .status();
    match status {
        Ok(s) if s.success() => ExitCode::SUCCESS,
        Ok(s) => fail(format!("the benchmark failed ({s})")),
        Err(e) => fail(format!("could not run cargo: {e}")),
    }
}

fn fail(e: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {e}");
    ExitCode::from(2)
}

fn run_changelog(sides: &Sides, json: bool) -> ExitCode {
    let log = match changelog::changelog(&sides.old, &sides.new) {
        Ok(log) => log,
        Err(e) => return fail(e),
    };
    if json {
        match serde_json::to_string_pretty(&log) {
            Ok(text) => println!("{text}"),
            Err(e) => return fail(e),
        }
    } else {
        print!("{}", log.to_markdown());
    }
    ExitCode::SUCCESS
}

fn run_semver_check(sides: &Sides) -> ExitCode {
    let root = codegen::workspace_root();
    let (old, new) = match (changelog::model(&sides.old), changelog::model(&sides.new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => return fail(e),
    };
    let ours = veeam_em_codegen::changelog::compare_models(&old, &new).verdict;
    let work = root.join("target/semver-check");
    let target = work.join("target");
    let start = Instant::now();
    let check = match changelog::semver_check(&root, &old, &new, &work, &target) {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    print!("{}", check.output);
    println!("\n== verdicts ({:.0} s)", start.elapsed().as_secs_f64());
    println!(
        "changelog:          {} ({})",
        ours.level.as_str(),
        ours.reasons.join("; ")
    );
    let theirs = if check.summary.is_empty() {
        if check.passed {
            "no semver violation".to_string()
        } else {
            "failed (see above)".to_string()
        }
    } else {
        check.summary.join(" | ")
    };
    println!("cargo semver-checks: {theirs}");
    ExitCode::SUCCESS
}

fn run_bench_build(runs: u32, smoke: bool, docs: Vec<PathBuf>) -> ExitCode {
    let root = codegen::workspace_root();
    let docs = if smoke {
        Vec::new()
    } else {
        let reference = codegen::default_reference(&root);
        match codegen::docs_dirs(&root, &docs, &reference) {
            Ok(d) => d,
            Err(e) => return fail(e),
        }
    };
    let opts = bench_build::Options {
        root,
        docs,
        runs,
        smoke,
    };
    match bench_build::run(&opts, &mut |step| eprintln!("bench-build: {step}")) {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

fn run_progenitor(docs: Vec<PathBuf>) -> ExitCode {
    let root = codegen::workspace_root();
    let reference = codegen::default_reference(&root);
    let dirs = match codegen::docs_dirs(&root, &docs, &reference) {
        Ok(d) => d,
        Err(e) => return fail(e),
    };
    let work = root.join("target/progenitor");
    match progenitor::run_progenitor(&dirs, &work, &work.join("target")) {
        Ok(f) => {
            println!(
                "spec:      {} ({} operations, OpenAPI 3.0, JSON bodies)",
                f.spec.display(),
                f.operations
            );
            println!(
                "crate:     {} ({} lines of Rust)",
                f.crate_dir.display(),
                f.lines
            );
            println!("generate:  {:.1} s", f.generate_time.as_secs_f64());
            println!(
                "build:     {:.1} s (cargo build, debug)",
                f.build_time.as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

fn run_schemathesis(
    schemathesis: PathBuf,
    max_examples: u32,
    seed: u64,
    docs: Vec<PathBuf>,
) -> ExitCode {
    let root = codegen::workspace_root();
    let reference = codegen::default_reference(&root);
    let docs = match codegen::docs_dirs(&root, &docs, &reference) {
        Ok(docs) => docs,
        Err(e) => return fail(e),
    };
    let opts = schemathesis::Run {
        root,
        docs,
        schemathesis,
        max_examples,
        seed,
    };
    match schemathesis::run(&opts) {
        Ok(verdict) => {
            print!("{verdict}");
            if verdict.unexpected.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => fail(e),
    }
}

fn run_codegen(docs: Vec<PathBuf>, check: bool) -> ExitCode {
    let root = codegen::workspace_root();
    let opts = codegen::Options {
        docs,
        check,
        mock_out: Some(root.join(codegen::MOCK_OUT_DIR)),
        client_tests_out: Some(root.join(codegen::CLIENT_TESTS_OUT_DIR)),
        ..codegen::Options::new(&root)
    };
    match codegen::run(&opts) {
        Ok(codegen::Outcome::Written { summary, warnings }) => {
            println!("{summary}");
            for w in warnings {
                eprintln!("warning: {w}");
            }
            ExitCode::SUCCESS
        }
        Ok(codegen::Outcome::Checked(report)) => {
            print!("{report}");
            if report.is_up_to_date() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => fail(e),
    }
}

fn bench_model(docs: Option<PathBuf>, iterations: u32) -> ExitCode {
    let dir = docs.unwrap_or_else(|| PathBuf::from(DEFAULT_DOCS));
    if !dir.is_dir() {
        eprintln!("corpus not found at {}; pass --docs DIR", dir.display());
        return ExitCode::FAILURE;
    }
    let inputs = match veeam_em_codegen::load(std::slice::from_ref(&dir), &[]) {
        Ok(inputs) => inputs,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bytes: usize = inputs.iter().map(|i| i.bytes.len()).sum();
    if cfg!(debug_assertions) {
        eprintln!("note: debug build; for release figures run `cargo run --release -p xtask -- bench-model`");
    }
    println!(
        "{}: {} files, {:.1} KiB; {iterations} iteration(s)",
        dir.display(),
        inputs.len(),
        bytes as f64 / 1024.0
    );

    let mut times: Vec<Duration> = Vec::with_capacity(iterations as usize);
    let mut model = None;
    for _ in 0..iterations {
        let start = Instant::now();
        let m = veeam_em_codegen::build_model(std::hint::black_box(&inputs));
        times.push(start.elapsed());
        model = Some(m);
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "build_model: min {:.2} ms, median {:.2} ms, max {:.2} ms",
        ms(times[0]),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1])
    );
    if let Some(m) = model {
        println!(
            "model: {} pages, {} operations, {} resources, {} types, {} diagnostics",
            m.pages.len(),
            m.operations.len(),
            m.resources.len(),
            m.types.len(),
            m.diagnostics.len()
        );
    }
    ExitCode::SUCCESS
}
