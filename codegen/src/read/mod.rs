//! Readers: bytes of one file → [`Page`] (front matter + blocks), whatever the rendering.

mod cell_text;
mod html;
mod markdown;
mod pipe_text;

use crate::diag::{Code, Sink};
use crate::doc::{FrontMatter, Page, Rendering};
use crate::normalize::{clean_text, unescape_underscores};

/// Reads one file. Never fails: what cannot be read becomes a diagnostic.
pub fn read_page(file: &str, bytes: &[u8], sink: &mut Sink) -> Page {
    let text = clean_text(&decode(bytes, sink));
    let rendering = detect(&text);
    read_text(file, text, rendering, sink)
}

/// Reads one file with the reader of `rendering`, whatever the content looks like. What
/// [`read_page`] does after [`detect`]; public so each reader can be driven on its own (the
/// fuzz targets in `fuzz/` do: left to `detect`, random bytes would mostly reach the cell-text
/// reader).
pub fn read_page_as(file: &str, bytes: &[u8], rendering: Rendering, sink: &mut Sink) -> Page {
    let text = clean_text(&decode(bytes, sink));
    read_text(file, text, rendering, sink)
}

fn read_text(file: &str, text: String, rendering: Rendering, sink: &mut Sink) -> Page {
    // The Markdown parser undoes its own escapes; other renderings carry them as text.
    let text = match rendering {
        Rendering::Markdown => text,
        _ => unescape_underscores(&text),
    };
    let (front, body_offset) = match rendering {
        Rendering::Markdown => front_matter(&text, sink),
        _ => (FrontMatter::default(), 0),
    };
    let body = &text[body_offset..];
    let first_line = line_of(&text, body_offset);
    let mut blocks = match rendering {
        Rendering::Markdown => markdown::read(body, first_line),
        Rendering::Html => html::read(body, first_line),
        Rendering::PipeText => pipe_text::read(body, first_line),
        Rendering::CellText => cell_text::read(body, first_line),
    };
    let mut front = front;
    if rendering == Rendering::Html {
        html::front_matter(body, &mut front);
    }
    lift_footer(&mut blocks, &mut front);
    if blocks.is_empty() {
        sink.push(1, Code::EmptyPage, "no content found in the file");
    }
    blocks
        .retain(|b| !matches!(&b.kind, crate::doc::BlockKind::Paragraph(p) if p.trim().is_empty()));
    Page {
        file: file.to_string(),
        rendering,
        front,
        blocks,
    }
}

fn decode(bytes: &[u8], sink: &mut Sink) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = 1 + good.iter().filter(|b| **b == b'\n').count();
            sink.push(
                u32::try_from(line).unwrap_or(u32::MAX),
                Code::InvalidUtf8,
                format!(
                    "bytes that are not UTF-8 at offset {}; replaced with U+FFFD",
                    e.valid_up_to()
                ),
            );
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

/// The help center ends every page with "Page updated 2026-07-29" and, on some releases, "Page
/// content applies to build 13.1.0.411". They are page metadata, not content: left in the body
/// they would be read as part of the section above them (the last example's sample). Values the
/// front matter or `<head>` already gave are kept; the footer fills what is missing, which is
/// how a text rendering carries the product version at all.
fn lift_footer(blocks: &mut Vec<crate::doc::Block>, front: &mut FrontMatter) {
    blocks.retain(|b| {
        let crate::doc::BlockKind::Paragraph(text) = &b.kind else {
            return true;
        };
        match footer_line(text) {
            Some(Footer::Updated(v)) => {
                front.last_updated.get_or_insert(v);
                false
            }
            Some(Footer::Build(v)) => {
                front.product_version.get_or_insert(v);
                false
            }
            None => true,
        }
    });
}

/// A footer line the help center prints under every page.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Footer {
    /// "Page updated <date>"
    Updated(String),
    /// "Page content applies to build <version>"
    Build(String),
}

/// Reads one footer line; anything longer or different is content.
pub(crate) fn footer_line(text: &str) -> Option<Footer> {
    let t = crate::doc::collapse_ws(text);
    let value = |rest: &str| {
        let v = rest.trim().trim_end_matches('.');
        // One token of digits and separators: a date or a build number, never a sentence.
        (!v.is_empty()
            && !v.contains(' ')
            && v.chars().any(|c| c.is_ascii_digit())
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-./".contains(c)))
        .then(|| v.to_string())
    };
    if let Some(rest) = strip_prefix_ci(&t, "Page updated ") {
        return value(rest).map(Footer::Updated);
    }
    if let Some(rest) = strip_prefix_ci(&t, "Page content applies to build ") {
        return value(rest).map(Footer::Build);
    }
    None
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// Whether a row's cells all name columns of the known table layouts (`Header | Required |
/// Description`). Such a row is a table header whether or not a `| --- |` row follows it: the
/// help center's newer pages leave that row out.
pub(crate) fn names_known_header<S: AsRef<str>>(cells: &[S]) -> bool {
    cells.len() >= 2
        && cells.iter().all(|c| {
            let c = c.as_ref().trim();
            crate::doc::KNOWN_TABLE_HEADERS
                .iter()
                .any(|h| h.iter().any(|n| n.eq_ignore_ascii_case(c)))
        })
}

/// Chooses the rendering from the content (the seeds end in `.txt` whatever they hold).
pub fn detect(text: &str) -> Rendering {
    let start = text.trim_start();
    if start.starts_with("---\n") || start.starts_with("---\r") {
        return Rendering::Markdown;
    }
    let head: String = start
        .chars()
        .take(200)
        .collect::<String>()
        .to_ascii_lowercase();
    if [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<h1",
        "<div",
        "<article",
        "<meta",
    ]
    .iter()
    .any(|t| head.starts_with(t))
    {
        return Rendering::Html;
    }
    let mut pipe_rows = 0;
    let mut separators = 0;
    let mut md_headings = 0;
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with('|') {
            pipe_rows += 1;
            if t.trim_matches(|c| c == '|' || c == ' ')
                .chars()
                .all(|c| matches!(c, '-' | '|' | ':' | ' '))
                && t.contains('-')
            {
                separators += 1;
            }
        }
        if t.starts_with("# ") {
            md_headings += 1;
        }
    }
    if md_headings > 0 && separators > 0 && text.contains("| --- |") {
        return Rendering::Markdown;
    }
    if pipe_rows > 0 {
        Rendering::PipeText
    } else {
        Rendering::CellText
    }
}

/// Reads `key: "value"` front matter. Returns it and the byte offset where the body starts.
fn front_matter(text: &str, sink: &mut Sink) -> (FrontMatter, usize) {
    let mut front = FrontMatter::default();
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let Some(after_open) = rest.strip_prefix("---\n") else {
        return (front, 0);
    };
    let Some(close) = find_closing_fence(after_open) else {
        sink.push(
            1,
            Code::FrontMatter,
            "front matter opened with `---` is never closed",
        );
        return (front, 0);
    };
    let block = &after_open[..close];
    for (i, line) in block.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            sink.push(
                u32::try_from(i + 2).unwrap_or(u32::MAX),
                Code::FrontMatter,
                format!("front matter line is not `key: value`: {line:?}"),
            );
            continue;
        };
        let value = unescape_underscores(&unquote(value.trim()));
        match key.trim() {
            "title" => front.title = Some(value),
            "source_url" => front.source_url = Some(value),
            "product_version" => front.product_version = Some(value),
            "last_updated" => front.last_updated = Some(value),
            _ => {}
        }
    }
    let body = lead + 4 + close;
    // skip the closing fence line
    let body = match text[body..].find('\n') {
        Some(n) => body + n + 1,
        None => text.len(),
    };
    (front, body)
}

fn find_closing_fence(s: &str) -> Option<usize> {
    let mut offset = 0;
    for line in s.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

fn unquote(v: &str) -> String {
    let v = v.trim();
    if v.len() >= 2
        && ((v.starts_with('"') && v.ends_with('"')) || (v.starts_with('\'') && v.ends_with('\'')))
    {
        v[1..v.len() - 1].replace("\\\"", "\"")
    } else {
        v.to_string()
    }
}

fn line_of(text: &str, offset: usize) -> u32 {
    let n = text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count();
    u32::try_from(n + 1).unwrap_or(u32::MAX)
}

/// Splits a flattened cell (`Possible values:   * a * b   More prose`) into prose and items.
/// The Markdown rendering and the pipe-text rendering flatten lists this way.
///
/// Public for the fuzz target of the list parsing (`fuzz/`); the readers are its only callers.
pub fn split_flat_cell(text: &str) -> crate::doc::Cell {
    use crate::doc::{Cell, CellPart};
    let mut parts = Vec::new();
    for segment in split_on_wide_gaps(text) {
        let seg = segment.trim();
        if seg.is_empty() {
            continue;
        }
        // A converter that folds whitespace leaves `Possible values: * a * b` with one space
        // before the first marker: a colon followed by a marker still opens a list.
        let (lead, seg) = match [": * ", ": • "].iter().find_map(|m| seg.find(m)) {
            Some(i) => (Some(&seg[..=i]), seg[i + 1..].trim_start()),
            None => (None, seg),
        };
        if let Some(lead) = lead {
            parts.push(CellPart::Text(lead.to_string()));
        }
        // `- ` is a marker only at the start of a segment: inside one, ` - ` is how the docs
        // explain a value (`Full - a full backup`), so a dash list is one item per segment.
        if let Some(item) = seg.strip_prefix("- ") {
            let item = item.trim();
            if !item.is_empty() {
                parts.push(CellPart::Item(item.to_string()));
            }
            continue;
        }
        if let Some(list) = seg.strip_prefix("* ").or_else(|| seg.strip_prefix("• ")) {
            for item in list.split(" * ").flat_map(|s| s.split(" • ")) {
                let item = item.trim();
                if !item.is_empty() {
                    parts.push(CellPart::Item(item.to_string()));
                }
            }
        } else {
            parts.push(CellPart::Text(seg.to_string()));
        }
    }
    Cell { parts }
}

/// Splits at runs of three or more spaces, or at newlines.
fn split_on_wide_gaps(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            out.push(&text[start..i]);
            i += 1;
            start = i;
            continue;
        }
        if bytes[i] == b' ' {
            let mut j = i;
            while j < bytes.len() && bytes[j] == b' ' {
                j += 1;
            }
            if j - i >= 3 {
                out.push(&text[start..i]);
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out.push(&text[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::CellPart;

    #[test]
    fn detects_renderings() {
        assert_eq!(detect("---\ntitle: x\n---\n# T\n"), Rendering::Markdown);
        assert_eq!(detect("<!DOCTYPE html><html></html>"), Rendering::Html);
        assert_eq!(
            detect("GET /x\n| a | b |\n|---|---|\n"),
            Rendering::PipeText
        );
        assert_eq!(
            detect("GET /x\n\nHeader\n\nRequired\n"),
            Rendering::CellText
        );
    }

    #[test]
    fn splits_flattened_lists() {
        let cell = split_flat_cell("Possible values:   * Full * Increment   If absent, Full.");
        assert_eq!(
            cell.parts,
            vec![
                CellPart::Text("Possible values:".into()),
                CellPart::Item("Full".into()),
                CellPart::Item("Increment".into()),
                CellPart::Text("If absent, Full.".into()),
            ]
        );
        // The same list with the gaps folded to one space, and with bullets.
        let cell = split_flat_cell("Possible values: • Full • Increment");
        assert_eq!(cell.items(), vec!["Full", "Increment"]);
        assert_eq!(cell.prose(), "Possible values:");
        let cell = split_flat_cell("a * b is not a list");
        assert!(cell.items().is_empty());
    }

    #[test]
    fn footer_lines_are_metadata() {
        assert_eq!(
            footer_line("Page updated 2026-07-29"),
            Some(Footer::Updated("2026-07-29".into()))
        );
        assert_eq!(
            footer_line(" Page content applies to build 13.1.0.411 "),
            Some(Footer::Build("13.1.0.411".into()))
        );
        assert_eq!(footer_line("Page updated when the job ends."), None);
        let mut sink = Sink::new("f");
        let page = read_page(
            "f",
            b"T\n| Header | Description |\n| Accept | x |\n\nPage updated 2026-07-29\nPage content applies to build 13.0.1.1071\n",
            &mut sink,
        );
        assert_eq!(page.front.product_version.as_deref(), Some("13.0.1.1071"));
        assert_eq!(page.front.last_updated.as_deref(), Some("2026-07-29"));
        assert_eq!(page.blocks.len(), 2, "{:?}", page.blocks);
    }

    /// Every reader and the extractor, on the fuzz inputs as they are and as Markdown bodies
    /// (front matter first), which is where the delimiter rows are added.
    #[test]
    fn read_and_extract_never_panic() {
        for input in crate::read::pipe_text::fuzz::inputs() {
            for text in [input.clone(), format!("---\ntitle: x\n---\n{input}")] {
                let mut sink = Sink::new("f");
                let page = read_page("f", text.as_bytes(), &mut sink);
                let _ = crate::extract::extract(&page, &mut sink);
            }
        }
    }

    #[test]
    fn known_headers() {
        assert!(names_known_header(&["Header", "Required", "Description"]));
        assert!(names_known_header(&["element", "Type", "Description"]));
        assert!(!names_known_header(&["Header"]));
        assert!(!names_known_header(&["X-RestSvcSessionId", "True", "x"]));
    }
}
