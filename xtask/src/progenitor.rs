//! `cargo xtask progenitor [--docs DIR]...`: shows that a generator this project did not write
//! reads the OpenAPI export. The 3.0 document with JSON bodies only is written into a temp dir,
//! `cargo progenitor` (crates.io: `cargo install cargo-progenitor --locked`) generates a client
//! crate from it there, and `cargo build` compiles that crate. Nothing it makes is kept in the
//! repository; the figures (lines, build time) compare with the generated `veeam-em` crate's.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use veeam_em_codegen::openapi::{self, Media, Options, Version};

use crate::changelog::io_error;
use crate::codegen::Error;

/// What the run gave.
#[derive(Debug)]
pub struct Figures {
    /// The OpenAPI document progenitor read.
    pub spec: PathBuf,
    /// Its operations.
    pub operations: usize,
    /// The crate progenitor wrote.
    pub crate_dir: PathBuf,
    /// Lines of Rust in it.
    pub lines: usize,
    /// How long `cargo progenitor` took.
    pub generate_time: Duration,
    /// How long `cargo build` of its crate took (debug).
    pub build_time: Duration,
}

fn rust_lines(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .map(|p| {
            if p.is_dir() {
                rust_lines(&p)
            } else if p.extension().is_some_and(|e| e == "rs") {
                fs::read_to_string(&p)
                    .map(|t| t.lines().count())
                    .unwrap_or(0)
            } else {
                0
            }
        })
        .sum()
}

fn run(cmd: &mut Command, what: &'static str, dir: &Path) -> Result<(), Error> {
    let out = cmd.output().map_err(io_error(what, dir))?;
    if out.status.success() {
        return Ok(());
    }
    Err(Error::Io {
        action: what,
        path: dir.to_path_buf(),
        source: std::io::Error::other(format!(
            "{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )),
    })
}

/// The client progenitor wrote, before it is built.
#[derive(Debug)]
pub struct Client {
    /// The OpenAPI document progenitor read.
    pub spec: PathBuf,
    /// Its operations.
    pub operations: usize,
    /// The crate progenitor wrote (its own workspace).
    pub crate_dir: PathBuf,
    /// How long `cargo progenitor` took.
    pub generate_time: Duration,
}

/// Exports the pages in `dirs` as OpenAPI 3.0 (JSON bodies) into `work`, runs `cargo progenitor`
/// and `cargo build` (with `CARGO_TARGET_DIR` = `target`).
pub fn run_progenitor(dirs: &[PathBuf], work: &Path, target: &Path) -> Result<Figures, Error> {
    let client = generate_client(dirs, work)?;
    let start = Instant::now();
    run(
        Command::new("cargo")
            .arg("build")
            .arg("--manifest-path")
            .arg(client.crate_dir.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", target),
        "cargo build the progenitor client in",
        &client.crate_dir,
    )?;
    let build_time = start.elapsed();
    Ok(Figures {
        spec: client.spec,
        operations: client.operations,
        lines: rust_lines(&client.crate_dir),
        crate_dir: client.crate_dir,
        generate_time: client.generate_time,
        build_time,
    })
}

/// Exports the pages in `dirs` as OpenAPI 3.0 (JSON bodies) into `work` and runs
/// `cargo progenitor` on it: the crate `work/veeam-em-progenitor`, replaced if present.
pub fn generate_client(dirs: &[PathBuf], work: &Path) -> Result<Client, Error> {
    let model = crate::changelog::model(dirs)?;
    let (schema, _) = veeam_em_codegen::reconcile::reconcile(&model);
    let doc = openapi::document(
        &model,
        &schema,
        Options {
            version: Version::V3_0,
            media: Media::Json,
        },
    );
    fs::create_dir_all(work).map_err(io_error("create directory", work))?;
    let spec = work.join("veeam-em-3.0-json.json");
    fs::write(&spec, openapi::to_json(&doc)).map_err(io_error("write", &spec))?;
    let crate_dir = work.join("veeam-em-progenitor");
    if crate_dir.exists() {
        fs::remove_dir_all(&crate_dir).map_err(io_error("remove", &crate_dir))?;
    }
    let start = Instant::now();
    run(
        Command::new("cargo")
            .arg("progenitor")
            .arg("-i")
            .arg(&spec)
            .arg("-o")
            .arg(&crate_dir)
            .args(["-n", "veeam-em-progenitor", "-v", "0.1.0"]),
        "run cargo progenitor (cargo install cargo-progenitor --locked) for",
        &spec,
    )?;
    let generate_time = start.elapsed();
    // Its own workspace: under `target/` it would otherwise belong to this one.
    let manifest = crate_dir.join("Cargo.toml");
    let mut text = fs::read_to_string(&manifest).map_err(io_error("read", &manifest))?;
    if !text.contains("[workspace]") {
        text.push_str("\n[workspace]\n");
        fs::write(&manifest, text).map_err(io_error("write", &manifest))?;
    }
    Ok(Client {
        spec,
        operations: schema.operations.len(),
        crate_dir,
        generate_time,
    })
}
