//! `cargo xtask codegen` on temp dirs: write, `--check` (up to date, changed, extra, missing),
//! all-or-nothing writes, the missing-reference refusal, determinism.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use xtask::codegen::{self, Difference, Error, Options, Outcome, Step};

/// A directory under the system temp dir, named with the pid and the test, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(test: &str) -> TempDir {
        let path =
            std::env::temp_dir().join(format!("xtask-codegen-{}-{test}", std::process::id()));
        if path.exists() {
            fs::remove_dir_all(&path).expect("remove an old temp dir");
        }
        fs::create_dir_all(&path).expect("create the temp dir");
        TempDir(path)
    }

    /// `<tmp>/generated/src/gen`, like the real layout (not created).
    fn out(&self) -> PathBuf {
        self.0.join("generated/src/gen")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn root() -> PathBuf {
    codegen::workspace_root()
}

/// Options that read `docs-src/` only (explicitly, as `--docs`) and write into `out`.
fn seed_options(out: &Path) -> Options {
    let root = root();
    Options {
        docs: vec![root.join(codegen::SEED_DOCS)],
        reference: root.join("no-such-reference"),
        out: out.to_path_buf(),
        ..Options::new(&root)
    }
}

fn checking(opts: &Options) -> Options {
    Options {
        check: true,
        ..opts.clone()
    }
}

/// Every file under `dir` (relative `/` names → bytes).
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(dir: &Path, prefix: &str, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).expect("read_dir") {
            let entry = entry.expect("dir entry");
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if entry.file_type().expect("file type").is_dir() {
                walk(&entry.path(), &format!("{name}/"), out);
            } else {
                out.insert(name, fs::read(entry.path()).expect("read"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, "", &mut out);
    out
}

/// The names in `dir` (one level).
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

fn check_report(opts: &Options) -> codegen::CheckReport {
    match codegen::run(&checking(opts)).expect("check runs") {
        Outcome::Checked(report) => report,
        other => panic!("--check wrote: {other:?}"),
    }
}

fn files(pairs: &[(&str, &str)]) -> codegen::Generated {
    codegen::Generated {
        files: pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        mock_files: Default::default(),
        client_test_files: Default::default(),
        pages: 0,
        operations: 0,
        types: 0,
        areas: Default::default(),
    }
}

#[test]
fn generate_then_check_is_up_to_date() {
    let tmp = TempDir::new("uptodate");
    let opts = seed_options(&tmp.out());
    let summary = match codegen::run(&opts).expect("codegen runs") {
        Outcome::Written { summary, warnings } => {
            assert!(warnings.is_empty(), "{warnings:?}");
            summary
        }
        other => panic!("expected a write: {other:?}"),
    };
    assert!(summary.starts_with("wrote "), "{summary}");
    assert!(summary.contains("from 5 pages"), "{summary}");
    assert!(!tree(&tmp.out()).is_empty());
    // Only the output is left beside it: no temp or old dirs.
    assert_eq!(names(&tmp.0.join("generated/src")), ["gen"]);

    let report = check_report(&opts);
    assert!(report.is_up_to_date(), "{report}");
    let text = report.to_string();
    assert!(text.contains("is up to date ("), "{text}");
    assert_eq!(text.lines().count(), 1, "{text}");
}

#[test]
fn check_never_writes() {
    let tmp = TempDir::new("checkonly");
    let opts = seed_options(&tmp.out());
    let report = check_report(&opts);
    assert!(!report.is_up_to_date());
    assert!(report
        .differences
        .iter()
        .all(|d| matches!(d, Difference::Missing { .. })));
    assert!(!tmp.0.join("generated").exists(), "--check created files");
}

#[test]
fn a_changed_byte_is_stale_and_the_diff_names_the_file() {
    let tmp = TempDir::new("changed");
    let opts = seed_options(&tmp.out());
    codegen::run(&opts).expect("codegen runs");

    let (name, bytes) = tree(&tmp.out())
        .into_iter()
        .next()
        .expect("a generated file");
    let mut changed = bytes.clone();
    let last = changed.len() - 2;
    changed[last] = if changed[last] == b'X' { b'Y' } else { b'X' };
    fs::write(tmp.out().join(&name), &changed).expect("edit a generated file");

    let report = check_report(&opts);
    assert!(!report.is_up_to_date());
    assert_eq!(report.differences.len(), 1, "{report}");
    assert!(
        matches!(&report.differences[0], Difference::Changed { file, .. } if *file == name),
        "{report}"
    );
    let text = report.to_string();
    assert!(text.contains("changed: "), "{text}");
    assert!(text.contains(&name), "{text}");
    assert!(text.contains("@@"), "not a unified diff: {text}");
    assert!(text.contains(&format!("--- {name} (on disk)")), "{text}");
    assert!(text.contains(&format!("+++ {name} (generated)")), "{text}");
    assert!(
        text.trim_end()
            .lines()
            .last()
            .is_some_and(|l| l.contains("run `cargo xtask codegen`")),
        "{text}"
    );
    // The check did not repair it.
    assert_eq!(fs::read(tmp.out().join(&name)).expect("read back"), changed);

    // A write repairs it.
    codegen::run(&opts).expect("codegen runs");
    assert!(check_report(&opts).is_up_to_date());
}

#[test]
fn an_extra_file_is_stale_and_a_write_removes_it() {
    let tmp = TempDir::new("extra");
    let opts = seed_options(&tmp.out());
    codegen::run(&opts).expect("codegen runs");
    fs::create_dir_all(tmp.out().join("old")).expect("mkdir");
    fs::write(tmp.out().join("old/gone.rs"), "// no longer generated\n").expect("write extra");

    let report = check_report(&opts);
    assert_eq!(
        report.differences,
        [Difference::Extra {
            file: "old/gone.rs".to_string()
        }]
    );
    let text = report.to_string();
    assert!(text.contains("old/gone.rs"), "{text}");
    assert!(text.contains("no longer generated"), "{text}");

    codegen::run(&opts).expect("codegen runs");
    assert!(!tmp.out().join("old").exists());
    assert!(check_report(&opts).is_up_to_date());
}

#[test]
fn a_missing_file_is_stale() {
    let tmp = TempDir::new("missing");
    let opts = seed_options(&tmp.out());
    codegen::run(&opts).expect("codegen runs");
    let name = tree(&tmp.out())
        .into_keys()
        .next()
        .expect("a generated file");
    fs::remove_file(tmp.out().join(&name)).expect("remove");
    let report = check_report(&opts);
    assert_eq!(report.differences, [Difference::Missing { file: name }]);
}

/// Writes `before`, then a failing write of `after`; the output must be exactly `before`, with no
/// temp dirs left beside it.
fn assert_failure_leaves_output(
    test: &str,
    fail_at: fn(Step<'_>) -> bool,
    expect_in_message: &str,
) {
    let tmp = TempDir::new(test);
    let out = tmp.out();
    let before = files(&[("mod.rs", "// before\n"), ("ops/a.rs", "// a\n")]);
    codegen::write(&out, &before.files).expect("first write");
    let snapshot = tree(&out);

    let after = files(&[
        ("mod.rs", "// after\n"),
        ("ops/a.rs", "// a, changed\n"),
        ("ops/b.rs", "// b\n"),
        ("types.rs", "// types\n"),
    ]);
    let err = codegen::write_with(&out, &after.files, |step| {
        if fail_at(step) {
            Err(io::Error::other("injected failure"))
        } else {
            Ok(())
        }
    })
    .expect_err("the write must fail");
    let message = err.to_string();
    assert!(message.contains("injected failure"), "{message}");
    assert!(message.contains(expect_in_message), "{message}");

    assert_eq!(
        tree(&out),
        snapshot,
        "the output changed after a failed run"
    );
    assert_eq!(names(&tmp.0.join("generated/src")), ["gen"]);
}

#[test]
fn a_failure_midway_through_writing_leaves_the_output_untouched() {
    assert_failure_leaves_output(
        "fail-write",
        |step| step == Step::Write("ops/b.rs"),
        "ops/b.rs",
    );
}

#[test]
fn a_failure_before_the_swap_leaves_the_output_untouched() {
    assert_failure_leaves_output("fail-swap", |step| step == Step::Swap, "generated/src/gen");
}

#[test]
fn a_failure_during_the_swap_puts_the_output_back() {
    assert_failure_leaves_output(
        "fail-swapin",
        |step| step == Step::SwapIn,
        "generated/src/gen",
    );
}

#[test]
fn a_failing_pipeline_leaves_the_output_untouched() {
    let tmp = TempDir::new("fail-load");
    let opts = seed_options(&tmp.out());
    codegen::run(&opts).expect("codegen runs");
    let snapshot = tree(&tmp.out());

    let missing = tmp.0.join("no-such-docs");
    let failing = Options {
        docs: vec![missing.clone()],
        ..opts.clone()
    };
    let err = codegen::run(&failing).expect_err("unreadable docs must fail");
    assert!(matches!(err, Error::Load(_)), "{err:?}");
    assert!(
        err.to_string().contains(&missing.display().to_string()),
        "{err}"
    );
    assert_eq!(tree(&tmp.out()), snapshot);
    assert_eq!(names(&tmp.0.join("generated/src")), ["gen"]);
}

#[test]
fn file_names_outside_the_output_are_refused() {
    let tmp = TempDir::new("badname");
    for bad in [
        "../escape.rs",
        "/abs.rs",
        "a//b.rs",
        "./a.rs",
        "",
        "a\\b.rs",
    ] {
        let generated = files(&[("mod.rs", "// ok\n"), (bad, "// bad\n")]);
        let err = codegen::write(&tmp.out(), &generated.files).expect_err(bad);
        assert!(matches!(err, Error::BadFileName { .. }), "{bad}: {err:?}");
    }
    assert!(!tmp.0.join("generated").exists());
}

#[test]
fn without_docs_a_missing_reference_is_a_plain_error() {
    let tmp = TempDir::new("noref");
    let reference = tmp.0.join("shared/veeam-docs/em_rest");
    let opts = Options {
        reference: reference.clone(),
        out: tmp.out(),
        ..Options::new(&root())
    };
    for check in [false, true] {
        let err = codegen::run(&Options {
            check,
            ..opts.clone()
        })
        .expect_err("no reference, no --docs: must refuse");
        assert!(matches!(err, Error::MissingReference { .. }), "{err:?}");
        let message = err.to_string();
        assert!(
            message.starts_with(&format!(
                "the full reference is not at {}:",
                reference.display()
            )),
            "{message}"
        );
        assert!(message.contains("pass --docs DIR"), "{message}");
        assert!(
            message.ends_with("refusing to generate a crate from the seed pages alone"),
            "{message}"
        );
    }
    assert!(!tmp.0.join("generated").exists());
}

#[test]
fn default_inputs_are_the_seeds_and_the_reference() {
    let tmp = TempDir::new("defaults");
    let root = root();
    let dirs = codegen::docs_dirs(&root, &[], &tmp.0).expect("the reference exists");
    assert_eq!(dirs, [root.join("docs-src"), tmp.0.clone()]);
    let explicit = [PathBuf::from("x"), PathBuf::from("y")];
    assert_eq!(
        codegen::docs_dirs(&root, &explicit, &tmp.0.join("absent")).expect("explicit"),
        explicit
    );
    assert_eq!(
        codegen::default_reference(Path::new("/w/main")),
        Path::new("/w/shared/veeam-docs/em_rest")
    );
}

#[test]
fn default_inputs_include_the_updates_beside_the_reference() {
    let tmp = TempDir::new("updates");
    let reference = tmp.0.join("em_rest");
    for dir in [
        "em_rest",
        "em_rest-13.2",
        "em_rest-13.1-partial",
        "em_rest_old",
    ] {
        fs::create_dir_all(tmp.0.join(dir)).unwrap();
    }
    fs::write(tmp.0.join("em_rest-notes.md"), "a file, not a folder").unwrap();
    let root = root();
    let dirs = codegen::docs_dirs(&root, &[], &reference).expect("the reference exists");
    assert_eq!(
        dirs,
        [
            root.join("docs-src"),
            reference.clone(),
            tmp.0.join("em_rest-13.1-partial"),
            tmp.0.join("em_rest-13.2"),
        ]
    );
}

#[test]
fn the_pipeline_is_deterministic() {
    let root = root();
    let mut sets = vec![vec![root.join(codegen::SEED_DOCS)]];
    let reference = codegen::default_reference(&root);
    if reference.is_dir() {
        sets.push(vec![root.join(codegen::SEED_DOCS), reference]);
    } else {
        println!(
            "SKIPPED (full reference): {} is absent",
            reference.display()
        );
    }
    for dirs in sets {
        let first = codegen::generate(&dirs).expect("first run");
        let second = codegen::generate(&dirs).expect("second run");
        assert!(!first.files.is_empty());
        assert_eq!(first.files, second.files, "{dirs:?}");
    }

    // And on disk: two writes give the same bytes.
    let tmp = TempDir::new("determinism");
    let opts = seed_options(&tmp.0.join("a/gen"));
    codegen::run(&opts).expect("first write");
    codegen::run(&Options {
        out: tmp.0.join("b/gen"),
        ..opts.clone()
    })
    .expect("second write");
    assert_eq!(tree(&tmp.0.join("a/gen")), tree(&tmp.0.join("b/gen")));
}

#[test]
fn a_long_diff_is_cut_short() {
    let tmp = TempDir::new("longdiff");
    let old: String = (0..500).map(|i| format!("// old {i}\n")).collect();
    let new: String = (0..500).map(|i| format!("// new {i}\n")).collect();
    codegen::write(&tmp.out(), &files(&[("big.rs", &old)]).files).expect("write");
    let report = codegen::check(
        &tmp.out(),
        Path::new("gen"),
        &files(&[("big.rs", &new)]).files,
    )
    .expect("check");
    let text = report.to_string();
    assert!(text.contains("more diff lines not shown"), "{text}");
    assert!(text.lines().count() < 220, "{} lines", text.lines().count());
    assert!(text.starts_with("changed: gen/big.rs\n"), "{text}");
}

#[test]
fn the_crate_manifest_must_declare_the_areas_as_features() {
    let tmp = TempDir::new("features");
    let manifest = tmp.0.join("generated/Cargo.toml");
    fs::create_dir_all(tmp.0.join("generated")).unwrap();
    // The seed pages' operations are all in `backups`: `jobs` is declared, `backups` is not, and
    // `default` leaves `jobs` out.
    fs::write(
        &manifest,
        "[package]\nname = \"x\"\n\n[features]\ndefault = []\njobs = []\n\n[dependencies]\n",
    )
    .unwrap();
    let opts = seed_options(&tmp.out());
    for check in [false, true] {
        let err = codegen::run(&Options {
            check,
            ..opts.clone()
        })
        .expect_err("the features disagree with the areas");
        assert!(matches!(err, Error::Features { .. }), "{err:?}");
        let message = err.to_string();
        assert!(
            message.contains(&manifest.display().to_string()),
            "{message}"
        );
        assert!(
            message.contains("missing") && message.contains("backups"),
            "{message}"
        );
        assert!(
            message.contains("extra") && message.contains("jobs"),
            "{message}"
        );
        assert!(
            !tmp.out().exists(),
            "nothing is written when the features disagree"
        );
    }

    fs::write(
        &manifest,
        "[package]\nname = \"x\"\n\n[features]\ndefault = []\nbackups = []\n",
    )
    .unwrap();
    let message = codegen::run(&opts)
        .expect_err("backups is not on by default")
        .to_string();
    assert!(
        message.contains("not in `default`") && message.contains("backups"),
        "{message}"
    );

    fs::write(
        &manifest,
        "[package]\nname = \"x\"\n\n[features]\ndefault = [\"backups\"]\nbackups = []\nmonitoring = [\"reports\"]\n",
    )
    .unwrap();
    let message = codegen::run(&opts)
        .expect_err("monitoring is not the documented subset")
        .to_string();
    assert!(
        message.contains("`monitoring` enables [reports]"),
        "{message}"
    );

    fs::write(
        &manifest,
        "[package]\nname = \"x\"\n\n[features]\ndefault = [\"backups\"]\nbackups = []\n",
    )
    .unwrap();
    assert!(matches!(codegen::run(&opts), Ok(Outcome::Written { .. })));
    assert!(tmp.out().join("operations/backups.rs").is_file());
    let report = check_report(&opts);
    assert!(report.is_up_to_date(), "{report}");
}

#[test]
fn the_workspace_crate_declares_the_areas_of_the_seed_pages() {
    // The real manifest holds every area of the reference; the seed pages' are among them.
    let manifest = root().join("generated/Cargo.toml");
    let generated = codegen::generate(&[root().join(codegen::SEED_DOCS)]).unwrap();
    assert!(!generated.areas.is_empty());
    let text = fs::read_to_string(&manifest).unwrap();
    let declared = veeam_em_codegen::emit::areas::manifest_features(&text).unwrap();
    for area in generated.areas.keys() {
        assert!(declared.contains_key(*area), "{area}");
    }
}
