//! `cargo xtask changelog --old DIR... --new DIR... [--json]`: what regenerating from the new
//! pages changes for users of the generated crate ([`veeam_em_codegen::changelog`]); and
//! `cargo xtask semver-check --old DIR... --new DIR...`, which checks that verdict against the
//! crates themselves: both crates are generated into a temp dir and compared by
//! `cargo semver-checks` (from crates.io: `cargo install cargo-semver-checks --locked`).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use veeam_em_codegen::changelog::{self, Changelog};
use veeam_em_codegen::model::Model;

use crate::codegen::Error;

/// Maps an I/O error to [`Error::Io`] naming `path`.
pub fn io_error<'a>(
    action: &'static str,
    path: &'a Path,
) -> impl FnOnce(std::io::Error) -> Error + 'a {
    move |source| Error::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// The model of the pages in `dirs`.
pub fn model(dirs: &[PathBuf]) -> Result<Model, Error> {
    let inputs = veeam_em_codegen::load(dirs, &[]).map_err(Error::Load)?;
    Ok(veeam_em_codegen::build_model(&inputs))
}

/// The changelog from the pages in `old` to the pages in `new`.
pub fn changelog(old: &[PathBuf], new: &[PathBuf]) -> Result<Changelog, Error> {
    Ok(changelog::compare_models(&model(old)?, &model(new)?))
}

/// Copies `from` into `to` recursively.
fn copy_dir(from: &Path, to: &Path) -> Result<(), Error> {
    fs::create_dir_all(to).map_err(io_error("create directory", to))?;
    for entry in fs::read_dir(from).map_err(io_error("read directory", from))? {
        let entry = entry.map_err(io_error("read directory", from))?;
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst)?;
        } else {
            fs::copy(&src, &dst).map_err(io_error("copy", &src))?;
        }
    }
    Ok(())
}

/// Writes a standalone copy of the generated crate into `dir`: a workspace (the root manifest's
/// `[workspace.package]` and `[workspace.dependencies]`, member `generated`), the crate's
/// `Cargo.toml` without dev-dependencies, its hand-written `src/`, and `src/gen/` generated from
/// `model`. Tests and examples stay behind: they need the rest of the workspace.
pub fn standalone_crate(root: &Path, model: &Model, dir: &Path) -> Result<(), Error> {
    let read = |p: &Path| fs::read_to_string(p).map_err(io_error("read", p));
    let root_manifest = read(&root.join("Cargo.toml"))?;
    let mut workspace = String::from("[workspace]\nresolver = \"2\"\nmembers = [\"generated\"]\n");
    let mut keep = false;
    for line in root_manifest.lines() {
        if line.starts_with('[') {
            keep = line.starts_with("[workspace.package]")
                || line.starts_with("[workspace.dependencies]");
        }
        if keep {
            let _ = writeln!(workspace, "{line}");
        }
    }
    let crate_dir = dir.join("generated");
    fs::create_dir_all(&crate_dir).map_err(io_error("create directory", &crate_dir))?;
    fs::write(dir.join("Cargo.toml"), workspace).map_err(io_error("write", dir))?;
    if root.join("Cargo.lock").is_file() {
        fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
            .map_err(io_error("copy", &root.join("Cargo.lock")))?;
    }
    let manifest = read(&root.join("generated/Cargo.toml"))?;
    let mut out = String::new();
    let mut skip = false;
    for line in manifest.lines() {
        if line.starts_with('[') {
            skip = line.starts_with("[dev-dependencies]");
        }
        if !skip {
            // The hand-written runtime stays where it is: both sides of the comparison use it.
            let runtime = root.join("runtime");
            let line = line.replace(
                "path = \"../runtime\"",
                &format!("path = {:?}", runtime.display().to_string()),
            );
            let _ = writeln!(out, "{line}");
        }
    }
    fs::write(crate_dir.join("Cargo.toml"), out).map_err(io_error("write", &crate_dir))?;
    let src = crate_dir.join("src");
    copy_dir(&root.join("generated/src"), &src)?;
    let gen = src.join("gen");
    if gen.exists() {
        fs::remove_dir_all(&gen).map_err(io_error("remove", &gen))?;
    }
    let files = veeam_em_codegen::emit::generate(model).map_err(Error::Emit)?;
    for (name, text) in &files {
        let path = gen.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io_error("create directory", parent))?;
        }
        fs::write(&path, text).map_err(io_error("write", &path))?;
    }
    Ok(())
}

/// What `cargo semver-checks` said.
#[derive(Debug)]
pub struct SemverCheck {
    /// Its exit status was success (no breaking change found).
    pub passed: bool,
    /// Its `Summary` lines.
    pub summary: Vec<String>,
    /// Its whole output (stdout then stderr).
    pub output: String,
}

/// Generates the old and new crates under `work` and runs `cargo semver-checks` on them
/// (`CARGO_TARGET_DIR` = `target`, so dependencies build once across runs).
pub fn semver_check(
    root: &Path,
    old: &Model,
    new: &Model,
    work: &Path,
    target: &Path,
) -> Result<SemverCheck, Error> {
    let (old_dir, new_dir) = (work.join("old"), work.join("new"));
    for d in [&old_dir, &new_dir] {
        if d.exists() {
            fs::remove_dir_all(d).map_err(io_error("remove", d))?;
        }
    }
    standalone_crate(root, old, &old_dir)?;
    standalone_crate(root, new, &new_dir)?;
    let output = Command::new("cargo")
        .arg("semver-checks")
        .arg("check-release")
        .arg("--manifest-path")
        .arg(new_dir.join("generated/Cargo.toml"))
        .arg("--baseline-root")
        .arg(old_dir.join("generated"))
        .env("CARGO_TARGET_DIR", target)
        .output()
        .map_err(io_error(
            "run cargo semver-checks (cargo install cargo-semver-checks --locked) in",
            work,
        ))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let summary = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("Summary"))
        .map(str::to_string)
        .collect();
    Ok(SemverCheck {
        passed: output.status.success(),
        summary,
        output: text,
    })
}
