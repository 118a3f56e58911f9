//! Readers: bytes of one file → [`Page`] (front matter + blocks), whatever the rendering.

mod cell_text;
mod html;
mod markdown;
mod pipe_text;

use crate::diag::{Code, Sink};
use crate::doc::{FrontMatter, Page, Rendering};
use crate::normalize::clean_text;

/// Reads one file. Never fails: what cannot be read becomes a diagnostic.
pub fn read_page(file: &str, bytes: &[u8], sink: &mut Sink) -> Page {
    let text = decode(bytes, sink);
    let text = clean_text(&text);
    let rendering = detect(&text);
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
        let value = unquote(value.trim());
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
pub(crate) fn split_flat_cell(text: &str) -> crate::doc::Cell {
    use crate::doc::{Cell, CellPart};
    let mut parts = Vec::new();
    for segment in split_on_wide_gaps(text) {
        let seg = segment.trim();
        if seg.is_empty() {
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
    }
}
