//! `cargo xtask bench-build --smoke`: the whole machinery (scratch crate, untimed build, clean
//! of just the timed crate, timed builds, GNU time, the report) on a tiny crate in every role.

use std::path::PathBuf;

use xtask::bench_build::{self, Role};
use xtask::codegen;

#[test]
fn smoke_runs_every_role_and_reports_every_ratio() {
    let root = codegen::workspace_root();
    let opts = bench_build::Options {
        root: root.clone(),
        docs: Vec::new(),
        runs: 2,
        smoke: true,
    };
    let mut steps = Vec::new();
    let report = bench_build::run(&opts, &mut |s| steps.push(s.to_string()))
        .unwrap_or_else(|e| panic!("bench-build --smoke failed: {e}"));
    assert_eq!(
        report.measured.iter().map(|m| m.role).collect::<Vec<_>>(),
        Role::ALL
    );
    for m in &report.measured {
        assert_eq!(m.seconds.len(), 2, "{m:?}");
        assert!(m.seconds.iter().all(|s| *s > 0.0), "{m:?}");
        if std::path::Path::new(bench_build::GNU_TIME).is_file() {
            assert!(m.peak_kib.is_some_and(|k| k > 0), "{m:?}");
        }
    }
    // Built once, then two timed runs per role.
    assert_eq!(
        steps.iter().filter(|s| s.starts_with("building ")).count(),
        6
    );
    assert_eq!(steps.iter().filter(|s| s.starts_with("run ")).count(), 12);
    let text = report.to_string();
    for role in Role::ALL {
        assert!(text.contains(role.label()), "{text}");
    }
    for goal in bench_build::GOALS {
        assert!(report.ratio(goal).is_some(), "{}", goal.name);
        assert!(text.contains(goal.name), "{text}");
    }
    assert!(text.contains("--smoke"), "{text}");
    // Scratch only under target/.
    let work: PathBuf = root.join("target/bench-build/smoke");
    assert!(work.join("crate/Cargo.toml").is_file());
    assert!(work.join("target/release").is_dir() && work.join("target/debug").is_dir());
}

#[test]
fn an_optional_build_that_fails_is_skipped_and_a_required_one_ends_the_run() {
    let work = codegen::workspace_root().join("target/bench-build/smoke-failing");
    let broken = bench_build::Build {
        role: Role::Progenitor,
        manifest: work.join("no-such-crate/Cargo.toml"),
        package: "nothing".into(),
        timed: "nothing".into(),
        release: false,
        features: bench_build::Features::Default,
        target_dir: work.join("target"),
        locked: false,
        optional: true,
    };
    let found = bench_build::measure(std::slice::from_ref(&broken), 1, &work, &mut |_| {})
        .expect("an optional build's failure is not the run's");
    assert!(found.measured.is_empty());
    assert_eq!(found.skipped.len(), 1);
    assert_eq!(found.skipped[0].0, Role::Progenitor);
    assert!(
        found.skipped[0].1.contains("does not build"),
        "{:?}",
        found.skipped
    );
    let required = bench_build::Build {
        optional: false,
        ..broken
    };
    let err = bench_build::measure(&[required], 1, &work, &mut |_| {})
        .expect_err("a required build's failure ends the run");
    assert!(err.to_string().contains("no-such-crate"), "{err}");
}
