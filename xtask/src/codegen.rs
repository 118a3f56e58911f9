//! `cargo xtask codegen [--docs DIR]... [--check]`: the docs pages → the generated crate's
//! `generated/src/gen/`.
//!
//! The pipeline is the library's: [`veeam_em_codegen::load`] → [`veeam_em_codegen::build_model`]
//! → [`veeam_em_codegen::emit::generate`]. This module adds the inputs' defaults, an all-or-nothing
//! write (a sibling temp dir swapped in by rename) and the `--check` comparison. Every function
//! takes its paths explicitly so the tests can run it on temp dirs.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use veeam_em_codegen::emit::{self, EmitError, Files};
use veeam_em_codegen::LoadError;

/// The seed pages, relative to the workspace root.
pub const SEED_DOCS: &str = "docs-src";

/// The generated module tree, relative to the workspace root.
pub const OUT_DIR: &str = "generated/src/gen";

/// The mock's generated module tree, relative to the workspace root.
pub const MOCK_OUT_DIR: &str = "mock/src/gen";

/// Where the client's tests find their machine-written part (the by-name sample round trip).
pub const CLIENT_TESTS_OUT_DIR: &str = "generated/tests/gen";

/// A stale file's diff is cut after this many lines.
const MAX_DIFF_LINES: usize = 200;

/// The workspace root: the parent of the xtask crate.
///
/// `cargo run` (and so `cargo xtask`) sets `CARGO_MANIFEST_DIR` for the process it starts; that
/// value wins over the one compiled in, because cargo reuses a build when the workspace is copied
/// or moved, and the compiled-in path would then point at the old tree.
pub fn workspace_root() -> PathBuf {
    let runtime = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let manifest = runtime
        .filter(|dir| dir.join("Cargo.toml").is_file())
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    match manifest.parent() {
        Some(parent) => parent.to_path_buf(),
        None => manifest.join(".."),
    }
}

/// Where the full reference lives: `<root>/../shared/veeam-docs/em_rest`.
pub fn default_reference(root: &Path) -> PathBuf {
    match root.parent() {
        Some(parent) => parent.join("shared/veeam-docs/em_rest"),
        None => root.join("../shared/veeam-docs/em_rest"),
    }
}

/// What went wrong. Every variant that concerns a file names it.
#[derive(Debug)]
pub enum Error {
    /// No `--docs` was given and the full reference is absent.
    MissingReference { path: PathBuf },
    /// The pages could not be read.
    Load(LoadError),
    /// The emitter failed.
    Emit(EmitError),
    /// The emitter returned a file name that is not a plain relative path.
    BadFileName { name: String },
    /// The generated crate's `[features]` disagree with the API's areas (or cannot be read).
    Features { manifest: PathBuf, message: String },
    /// A filesystem operation failed.
    Io {
        action: &'static str,
        path: PathBuf,
        source: io::Error,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::MissingReference { path } => write!(
                f,
                "the full reference is not at {}: the default inputs are {SEED_DOCS}/ and the full \
                 reference; pass --docs DIR; refusing to generate a crate from the seed pages alone",
                path.display()
            ),
            Error::Load(e) => write!(f, "{e}"),
            Error::Emit(e) => write!(f, "{e}"),
            Error::BadFileName { name } => write!(
                f,
                "the emitter returned {name:?}, which is not a relative path inside the output \
                 directory"
            ),
            Error::Features { manifest, message } => write!(
                f,
                "the [features] of {} disagree with the API's areas: {message} (areas: \
                 codegen/src/emit/areas.rs)",
                manifest.display()
            ),
            Error::Io {
                action,
                path,
                source,
            } => write!(f, "cannot {action} {}: {source}", path.display()),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Load(e) => Some(e),
            Error::Emit(e) => Some(e),
            Error::Io { source, .. } => Some(source),
            Error::MissingReference { .. } | Error::BadFileName { .. } | Error::Features { .. } => {
                None
            }
        }
    }
}

fn io_err<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> Error + 'a {
    move |source| Error::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// Later doc updates published beside the reference: its sibling folders named
/// `<reference name>-<version>…` (e.g. `em_rest-13.1-partial`), sorted by name. Where two
/// folders hold the same page, the newer product version wins page by page
/// ([`veeam_em_codegen::versions`]).
pub fn reference_updates(reference: &Path) -> Vec<PathBuf> {
    let (Some(parent), Some(name)) = (
        reference.parent(),
        reference.file_name().and_then(|n| n.to_str()),
    ) else {
        return Vec::new();
    };
    let prefix = format!("{name}-");
    let Ok(entries) = fs::read_dir(parent) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&prefix))
        })
        .collect();
    out.sort();
    out
}

/// The directories to read: `explicit` when any were given (they replace the defaults), otherwise
/// `<root>/docs-src`, `reference` (which must exist) and its updates ([`reference_updates`]).
pub fn docs_dirs(
    root: &Path,
    explicit: &[PathBuf],
    reference: &Path,
) -> Result<Vec<PathBuf>, Error> {
    if !explicit.is_empty() {
        return Ok(explicit.to_vec());
    }
    if !reference.is_dir() {
        return Err(Error::MissingReference {
            path: reference.to_path_buf(),
        });
    }
    let mut dirs = vec![root.join(SEED_DOCS), reference.to_path_buf()];
    dirs.extend(reference_updates(reference));
    Ok(dirs)
}

/// The generated files and the size of the model they came from.
#[derive(Debug)]
pub struct Generated {
    pub files: Files,
    /// The mock's files (`mock/src/gen/`).
    pub mock_files: Files,
    /// The client tests' files (`generated/tests/gen/`).
    pub client_test_files: Files,
    pub pages: usize,
    pub operations: usize,
    pub types: usize,
    /// Operations per area of the API: the features the crate's manifest must declare.
    pub areas: BTreeMap<&'static str, usize>,
}

/// Loads the pages in `dirs`, builds the model and emits the files, all in memory.
pub fn generate(dirs: &[PathBuf]) -> Result<Generated, Error> {
    let inputs = veeam_em_codegen::load(dirs, &[]).map_err(Error::Load)?;
    let model = veeam_em_codegen::build_model(&inputs);
    let emit::Generated {
        client: files,
        mock: mock_files,
        client_tests: client_test_files,
        areas,
    } = emit::generate_all(&model).map_err(Error::Emit)?;
    for name in files
        .keys()
        .chain(mock_files.keys())
        .chain(client_test_files.keys())
    {
        check_name(name)?;
    }
    Ok(Generated {
        files,
        mock_files,
        client_test_files,
        pages: model.pages.len(),
        operations: model.operations.len(),
        types: model.types.len(),
        areas,
    })
}

/// The manifest of the crate `out` belongs to, when `out` is a crate's `src/gen`.
pub fn crate_manifest(out: &Path) -> Option<PathBuf> {
    let src = out.parent()?;
    if out.file_name()? != "gen" || src.file_name()? != "src" {
        return None;
    }
    Some(src.parent()?.join("Cargo.toml")).filter(|m| m.is_file())
}

/// Checks that `manifest`'s `[features]` declare exactly the areas that have operations (plus the
/// groups `default`, which must enable every area, and `monitoring`).
pub fn check_features(manifest: &Path, areas: &BTreeMap<&'static str, usize>) -> Result<(), Error> {
    let text = fs::read_to_string(manifest).map_err(io_err("read", manifest))?;
    let declared = emit::areas::manifest_features(&text).map_err(|message| Error::Features {
        manifest: manifest.to_path_buf(),
        message,
    })?;
    let mismatch = emit::areas::compare_features(&declared, areas);
    if mismatch.is_empty() {
        Ok(())
    } else {
        Err(Error::Features {
            manifest: manifest.to_path_buf(),
            message: mismatch.to_string(),
        })
    }
}

/// A generated file's name must be `a/b/c.rs`: relative, `/`-separated, no `.`, `..` or empty
/// parts, so it cannot land outside the output directory.
fn check_name(name: &str) -> Result<(), Error> {
    let ok = !name.is_empty()
        && !name.contains('\\')
        && name
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
        && Path::new(name)
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
    if ok {
        Ok(())
    } else {
        Err(Error::BadFileName {
            name: name.to_string(),
        })
    }
}

/// A point in [`write_with`] where a test can make the run fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// About to write this file (relative name) into the temp dir.
    Write(&'a str),
    /// Everything is written; about to move the old output aside.
    Swap,
    /// The old output has been moved aside; about to move the new one in.
    SwapIn,
}

/// What [`write()`] did.
#[derive(Debug, Default)]
pub struct Written {
    pub files: usize,
    pub bytes: usize,
    /// Non-fatal trouble after the new output was in place (the old copy could not be removed).
    pub warnings: Vec<String>,
}

/// Replaces `out` with exactly `files`; see [`write_with`].
pub fn write(out: &Path, files: &Files) -> Result<Written, Error> {
    write_with(out, files, |_| Ok(()))
}

/// Replaces `out` with exactly `files`, all or nothing: the files go into a sibling
/// `.<name>.tmp-<pid>`, then the old `out` is renamed to `.<name>.old-<pid>`, the temp dir renamed
/// to `out`, and the old copy removed. On any error `out` is left as it was and the temp dirs are
/// removed. `hook` runs before each step and can fail it (tests use it to inject errors).
pub fn write_with(
    out: &Path,
    files: &Files,
    mut hook: impl FnMut(Step<'_>) -> io::Result<()>,
) -> Result<Written, Error> {
    for name in files.keys() {
        check_name(name)?;
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "gen".to_string());
    let pid = std::process::id();
    let tmp = parent.join(format!(".{name}.tmp-{pid}"));
    let old = parent.join(format!(".{name}.old-{pid}"));

    fs::create_dir_all(&parent).map_err(io_err("create directory", &parent))?;
    // Leftovers of an earlier run that had this pid.
    remove_if_present(&tmp)?;
    remove_if_present(&old)?;

    let mut written = Written::default();
    let filled = fill(&tmp, files, &mut hook, &mut written);
    if let Err(e) = filled {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }

    if let Err(source) = hook(Step::Swap) {
        let _ = fs::remove_dir_all(&tmp);
        return Err(Error::Io {
            action: "move aside",
            path: out.to_path_buf(),
            source,
        });
    }
    let had_old = fs::symlink_metadata(out).is_ok();
    if had_old {
        if let Err(source) = fs::rename(out, &old) {
            let _ = fs::remove_dir_all(&tmp);
            return Err(Error::Io {
                action: "move aside",
                path: out.to_path_buf(),
                source,
            });
        }
    }
    let swapped = hook(Step::SwapIn).and_then(|()| fs::rename(&tmp, out));
    if let Err(source) = swapped {
        let _ = fs::remove_dir_all(&tmp);
        if had_old {
            if let Err(back) = fs::rename(&old, out) {
                return Err(Error::Io {
                    action: "restore",
                    path: out.to_path_buf(),
                    source: io::Error::new(
                        back.kind(),
                        format!(
                            "{source}; and moving the previous output back from {} failed: {back}",
                            old.display()
                        ),
                    ),
                });
            }
        }
        return Err(Error::Io {
            action: "move into place",
            path: out.to_path_buf(),
            source,
        });
    }
    if had_old {
        if let Err(e) = remove_tree(&old) {
            written.warnings.push(format!(
                "the new output is in place, but the previous copy could not be removed: cannot remove {}: {e}",
                old.display()
            ));
        }
    }
    Ok(written)
}

fn fill(
    tmp: &Path,
    files: &Files,
    hook: &mut impl FnMut(Step<'_>) -> io::Result<()>,
    written: &mut Written,
) -> Result<(), Error> {
    fs::create_dir(tmp).map_err(io_err("create directory", tmp))?;
    for (name, content) in files {
        let path = tmp.join(name);
        hook(Step::Write(name)).map_err(io_err("write", &path))?;
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(io_err("create directory", dir))?;
        }
        fs::write(&path, content).map_err(io_err("write", &path))?;
        written.files += 1;
        written.bytes += content.len();
    }
    Ok(())
}

fn remove_tree(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

fn remove_if_present(path: &Path) -> Result<(), Error> {
    remove_tree(path).map_err(io_err("remove", path))
}

/// One difference between the generated files and the output directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// Generated, but not on disk.
    Missing { file: String },
    /// On disk, but no longer generated.
    Extra { file: String },
    /// On disk with other content; `diff` is a unified diff from disk to generated.
    Changed { file: String, diff: String },
}

impl Difference {
    /// The file's name, relative to the output directory.
    pub fn file(&self) -> &str {
        match self {
            Difference::Missing { file }
            | Difference::Extra { file }
            | Difference::Changed { file, .. } => file,
        }
    }
}

/// The outcome of [`check`].
#[derive(Debug)]
pub struct CheckReport {
    /// The output directory, as shown to the user.
    pub out: PathBuf,
    /// How many files are generated.
    pub generated: usize,
    /// Empty when the output directory is up to date.
    pub differences: Vec<Difference>,
    /// The reports of the other generated trees (the mock's), shown after this one.
    pub also: Vec<CheckReport>,
}

impl CheckReport {
    pub fn is_up_to_date(&self) -> bool {
        self.differences.is_empty() && self.also.iter().all(CheckReport::is_up_to_date)
    }
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let out = self.out.display();
        if self.differences.is_empty() {
            writeln!(f, "{out} is up to date ({})", files(self.generated))?;
            return self.also.iter().try_for_each(|r| write!(f, "{r}"));
        }
        for d in &self.differences {
            match d {
                Difference::Missing { file } => {
                    writeln!(f, "missing: {out}/{file} is generated but not on disk")?
                }
                Difference::Extra { file } => {
                    writeln!(f, "extra: {out}/{file} is on disk but no longer generated")?
                }
                Difference::Changed { file, diff } => {
                    writeln!(f, "changed: {out}/{file}")?;
                    f.write_str(diff)?;
                    if !diff.ends_with('\n') {
                        writeln!(f)?;
                    }
                }
            }
        }
        writeln!(
            f,
            "{out} is stale ({} of {} generated files differ, {} extra): run `cargo xtask codegen`",
            self.differences
                .iter()
                .filter(|d| !matches!(d, Difference::Extra { .. }))
                .count(),
            self.generated,
            self.differences
                .iter()
                .filter(|d| matches!(d, Difference::Extra { .. }))
                .count(),
        )?;
        self.also.iter().try_for_each(|r| write!(f, "{r}"))
    }
}

/// Compares `files` with the contents of `out` (every file equal, none missing, none extra).
/// Never writes. `shown` is how `out` is named in the report. A missing `out` is stale, not an
/// error; an unreadable one is an error.
pub fn check(out: &Path, shown: &Path, files: &Files) -> Result<CheckReport, Error> {
    let on_disk = read_tree(out)?;
    let mut differences = Vec::new();
    for (name, want) in files {
        match on_disk.get(name) {
            None => differences.push(Difference::Missing { file: name.clone() }),
            Some(have) if have.as_slice() == want.as_bytes() => {}
            Some(have) => differences.push(Difference::Changed {
                file: name.clone(),
                diff: unified_diff(name, &String::from_utf8_lossy(have), want),
            }),
        }
    }
    for name in on_disk.keys() {
        if !files.contains_key(name) {
            differences.push(Difference::Extra { file: name.clone() });
        }
    }
    differences.sort_by(|a, b| a.file().cmp(b.file()));
    Ok(CheckReport {
        out: shown.to_path_buf(),
        generated: files.len(),
        differences,
        also: Vec::new(),
    })
}

fn unified_diff(name: &str, old: &str, new: &str) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("{name} (on disk)"), &format!("{name} (generated)"))
        .to_string();
    let total = text.lines().count();
    if total <= MAX_DIFF_LINES {
        return text;
    }
    let mut cut: String = text
        .lines()
        .take(MAX_DIFF_LINES)
        .flat_map(|l| [l, "\n"])
        .collect();
    cut.push_str(&format!(
        "… {} more diff lines not shown\n",
        total - MAX_DIFF_LINES
    ));
    cut
}

/// Every file under `dir`, by `/`-separated relative name. Empty when `dir` does not exist.
fn read_tree(dir: &Path) -> Result<BTreeMap<String, Vec<u8>>, Error> {
    let mut found = BTreeMap::new();
    match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(found),
        Err(source) => {
            return Err(Error::Io {
                action: "read",
                path: dir.to_path_buf(),
                source,
            })
        }
        Ok(_) => {}
    }
    walk(dir, "", &mut found)?;
    Ok(found)
}

fn walk(dir: &Path, prefix: &str, found: &mut BTreeMap<String, Vec<u8>>) -> Result<(), Error> {
    let entries = fs::read_dir(dir).map_err(io_err("read directory", dir))?;
    for entry in entries {
        let entry = entry.map_err(io_err("read directory", dir))?;
        let path = entry.path();
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        let kind = entry.file_type().map_err(io_err("read", &path))?;
        let is_dir = kind.is_dir() || (kind.is_symlink() && path.is_dir());
        if is_dir {
            walk(&path, &format!("{name}/"), found)?;
        } else {
            let bytes = fs::read(&path).map_err(io_err("read", &path))?;
            found.insert(name, bytes);
        }
    }
    Ok(())
}

/// `path` relative to `root` when it is inside it, for messages.
pub fn shown(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// One line about a finished write.
pub fn summary(shown_out: &Path, written: &Written, generated: &Generated) -> String {
    format!(
        "wrote {} ({} bytes) to {} from {} pages: {} operations, {} types",
        files(written.files),
        written.bytes,
        shown_out.display(),
        generated.pages,
        generated.operations,
        generated.types
    )
}

/// What `cargo xtask codegen` is asked to do, with every path explicit.
#[derive(Debug, Clone)]
pub struct Options {
    /// The workspace root: relative defaults resolve against it, and messages show paths below it.
    pub root: PathBuf,
    /// `--docs` directories; empty means the defaults.
    pub docs: Vec<PathBuf>,
    /// The full reference, read by default.
    pub reference: PathBuf,
    /// The output directory (`<root>/generated/src/gen`).
    pub out: PathBuf,
    /// The mock's output directory (`<root>/mock/src/gen`); `None` leaves the mock alone (what
    /// [`Options::new`] says, so that tests writing to a temp dir never touch the workspace).
    pub mock_out: Option<PathBuf>,
    /// The client tests' output directory (`<root>/generated/tests/gen`); `None` leaves it alone,
    /// as for `mock_out`.
    pub client_tests_out: Option<PathBuf>,
    /// Compare instead of writing.
    pub check: bool,
}

impl Options {
    /// The defaults for the workspace at `root`.
    pub fn new(root: &Path) -> Options {
        Options {
            root: root.to_path_buf(),
            docs: Vec::new(),
            reference: default_reference(root),
            out: root.join(OUT_DIR),
            mock_out: None,
            client_tests_out: None,
            check: false,
        }
    }
}

/// The result of [`run`].
#[derive(Debug)]
pub enum Outcome {
    /// The files were written; the summary line.
    Written {
        summary: String,
        warnings: Vec<String>,
    },
    /// `--check` found differences (or none: see [`CheckReport::is_up_to_date`]).
    Checked(CheckReport),
}

/// `cargo xtask codegen`: generate, then write or check.
pub fn run(opts: &Options) -> Result<Outcome, Error> {
    let dirs = docs_dirs(&opts.root, &opts.docs, &opts.reference)?;
    let generated = generate(&dirs)?;
    if let Some(manifest) = crate_manifest(&opts.out) {
        check_features(&manifest, &generated.areas).map_err(|e| match e {
            Error::Features { message, .. } => Error::Features {
                manifest: shown(&opts.root, &manifest),
                message,
            },
            e => e,
        })?;
    }
    let shown_out = shown(&opts.root, &opts.out);
    // The trees written beside the client's, each whole or not at all like the first.
    let beside = [
        (
            &opts.mock_out,
            &generated.mock_files,
            "the mock's operations",
        ),
        (
            &opts.client_tests_out,
            &generated.client_test_files,
            "what the client's tests include",
        ),
    ];
    let beside = beside
        .into_iter()
        .filter_map(|(out, files, what)| out.as_ref().map(|out| (out, files, what)));
    if opts.check {
        let mut report = check(&opts.out, &shown_out, &generated.files)?;
        for (out, files, _) in beside {
            report
                .also
                .push(check(out, &shown(&opts.root, out), files)?);
        }
        return Ok(Outcome::Checked(report));
    }
    let written = write(&opts.out, &generated.files)?;
    let mut summary = summary(&shown_out, &written, &generated);
    let mut warnings = written.warnings;
    for (out, files, what) in beside {
        let tree = write(out, files)?;
        summary.push_str(&format!(
            "\n{}: {} ({} bytes): {what}",
            shown(&opts.root, out).display(),
            self::files(tree.files),
            tree.bytes,
        ));
        warnings.extend(tree.warnings);
    }
    Ok(Outcome::Written { summary, warnings })
}

fn files(n: usize) -> String {
    format!("{n} file{}", if n == 1 { "" } else { "s" })
}
