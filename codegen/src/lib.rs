//! veeam-em-codegen: reads the Veeam Backup Enterprise Manager REST API help-center pages into one
//! model of the API. See ARCHITECTURE.md at the repository root for the pipeline:
//! bytes → [`read`] (blocks) → [`extract`] (page facts) → [`merge`] (model).

pub mod changelog;
pub mod diag;
pub mod doc;
pub mod emit;
pub mod extract;
pub mod merge;
pub mod model;
pub mod normalize;
pub mod openapi;
pub mod read;
pub mod reconcile;
pub mod render;
pub mod report;
pub mod versions;

use std::path::{Path, PathBuf};

use diag::{Diagnostic, Sink};
use extract::facts::PageFacts;
use model::Model;

/// One input file: a name for diagnostics and its bytes.
#[derive(Debug, Clone)]
pub struct Input {
    pub file: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0} is not a directory of pages")]
    NotADirectory(PathBuf),
}

/// Reads every page in `dirs` (files ending `.md`, `.html`, `.htm`, `.txt`, except READMEs) and
/// the `files`, in a stable order.
pub fn load(dirs: &[PathBuf], files: &[PathBuf]) -> Result<Vec<Input>, LoadError> {
    let mut paths = Vec::new();
    for dir in dirs {
        if !dir.is_dir() {
            return Err(LoadError::NotADirectory(dir.clone()));
        }
        let entries = std::fs::read_dir(dir).map_err(|source| LoadError::Io {
            path: dir.clone(),
            source,
        })?;
        let mut found = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|source| LoadError::Io {
                path: dir.clone(),
                source,
            })?;
            let path = entry.path();
            if path.is_file() && is_page_name(&path) {
                found.push(path);
            }
        }
        found.sort();
        paths.extend(found);
    }
    paths.extend(files.iter().cloned());
    paths
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).map_err(|source| LoadError::Io {
                path: path.clone(),
                source,
            })?;
            Ok(Input {
                file: path.display().to_string(),
                bytes,
            })
        })
        .collect()
}

fn is_page_name(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let upper = name.to_ascii_uppercase();
    if upper.starts_with("README") || upper.starts_with("SOURCE") {
        return false;
    }
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("md" | "html" | "htm" | "txt")
    )
}

/// Reads and extracts one page.
pub fn page_facts(input: &Input) -> (PageFacts, Vec<Diagnostic>) {
    let mut sink = Sink::new(input.file.clone());
    let page = read::read_page(&input.file, &input.bytes, &mut sink);
    let facts = extract::extract(&page, &mut sink);
    (facts, sink.diagnostics)
}

/// The model of a set of pages.
pub fn build_model(inputs: &[Input]) -> Model {
    let mut all_facts = Vec::with_capacity(inputs.len());
    let mut diagnostics = Vec::new();
    for input in inputs {
        let (facts, mut diags) = page_facts(input);
        all_facts.push(facts);
        diagnostics.append(&mut diags);
    }
    let (kept, superseded) = versions::newest_pages(all_facts, &mut diagnostics);
    let mut model = merge::build(kept, diagnostics);
    for (facts, s) in superseded {
        let mut entry = merge::page_entry(&facts);
        entry.superseded_by = Some(s.by_file);
        model.pages.push(entry);
    }
    model
        .pages
        .sort_by(|a, b| diag::file_order(&a.file, &b.file));
    model
}
