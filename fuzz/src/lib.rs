//! What the fuzz targets check, shared so each target stays a few lines. Beyond "no panic, no
//! hang" (libFuzzer's own checks), the properties the stable suite holds for damaged pages
//! (`codegen/tests/fuzz.rs`): every block and diagnostic sits on a line of the input, and names
//! the input's file; the model of one file lists one page. The decoders: what decodes re-encodes
//! to a document that decodes to an equal value.

use veeam_em_codegen::diag::Sink;
use veeam_em_codegen::doc::Rendering;
use veeam_em_codegen::{build_model, extract, read, Input};

const FILE: &str = "fuzz.md";

/// The last line of `bytes` as the readers count lines: `\n`, `\r\n` or a lone `\r` end one.
pub fn last_line(bytes: &[u8]) -> u32 {
    let ends = bytes
        .iter()
        .enumerate()
        .filter(|&(i, b)| *b == b'\n' || (*b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count();
    u32::try_from(ends + 1).unwrap_or(u32::MAX)
}

/// Reads `bytes` with the reader of `rendering`, then extracts the page (the extractor is where
/// the blocks are used; a reader bug often shows there).
pub fn read_as(bytes: &[u8], rendering: Rendering) {
    let mut sink = Sink::new(FILE);
    let page = read::read_page_as(FILE, bytes, rendering, &mut sink);
    let last = last_line(bytes);
    for block in &page.blocks {
        assert!(
            (1..=last).contains(&block.line),
            "block on line {} of a {last}-line input: {block:?}",
            block.line
        );
    }
    let _ = extract::extract(&page, &mut sink);
    for d in &sink.diagnostics {
        assert!(
            (1..=last).contains(&d.source.line),
            "diagnostic on line {} of a {last}-line input: {d}",
            d.source.line
        );
    }
}

/// The whole model of one page.
pub fn model_of(bytes: &[u8]) {
    let model = build_model(&[Input {
        file: FILE.to_string(),
        bytes: bytes.to_vec(),
    }]);
    assert_eq!(model.pages.len(), 1, "one file, one page");
    let last = last_line(bytes);
    for d in &model.diagnostics {
        assert_eq!(d.source.file, FILE, "diagnostic names another file: {d}");
        assert!(
            (1..=last).contains(&d.source.line),
            "diagnostic on line {} of a {last}-line input: {d}",
            d.source.line
        );
    }
}

/// The types the decoder targets read every input as: what the common flows decode.
#[macro_export]
macro_rules! for_each_type {
    ($m:ident) => {
        $m!(veeam_em::api::types::VmRestorePoint, "VmRestorePoint");
        $m!(veeam_em::api::types::BackupJobSession, "BackupJobSession");
        $m!(veeam_em::api::types::EntityReferences, "EntityReferences");
        $m!(veeam_em::api::types::Task, "Task");
        $m!(veeam_em::api::types::LogonSession, "LogonSession");
    };
}
