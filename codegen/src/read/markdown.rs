//! Markdown with front matter (pulldown-cmark, tables on). Inline HTML such as
//! `<Enterprise-Manager>` and the XML samples is text here, not markup.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::doc::{Block, BlockKind, Row, Table};
use crate::normalize::{unescape_underscores, LineIndex};

/// What the reader is collecting text for.
enum Open {
    None,
    Heading(u8, u32),
    Paragraph(u32),
    Item(u32),
    Code(u32),
}

pub fn read(body: &str, first_line: u32) -> Vec<Block> {
    let (body, inserted) = add_missing_delimiter_rows(body);
    let body = body.as_str();
    let index = LineIndex::new(body);
    // Lines of the text as written: the delimiter rows added above do not count.
    let line_at = |offset: usize| {
        let line = index.line(offset);
        let added = u32::try_from(inserted.partition_point(|l| *l < line)).unwrap_or(0);
        (line - added).saturating_add(first_line).saturating_sub(1)
    };
    let parser = Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter();

    let mut blocks = Vec::new();
    let mut open = Open::None;
    let mut buf = String::new();
    let mut item_depth = 0usize;
    let mut table: Option<(u32, Table)> = None;
    let mut in_head = false;
    let mut row: Option<Row> = None;
    let mut cell: Option<String> = None;

    for (event, range) in parser {
        // The parser undid the escapes in text; what it passes through raw (inline HTML, the
        // samples, code) still carries them.
        let text = match &event {
            Event::Text(t) => Some(t.to_string()),
            Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => Some(unescape_underscores(t)),
            _ => None,
        };
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } if item_depth == 0 => {
                    open = Open::Heading(level as u8, line_at(range.start));
                    buf.clear();
                }
                Tag::Paragraph if item_depth == 0 && table.is_none() => {
                    open = Open::Paragraph(line_at(range.start));
                    buf.clear();
                }
                Tag::Item => {
                    if item_depth == 0 {
                        open = Open::Item(line_at(range.start));
                        buf.clear();
                    } else {
                        buf.push_str(" * ");
                    }
                    item_depth += 1;
                }
                Tag::CodeBlock(_) => {
                    open = Open::Code(line_at(range.start));
                    buf.clear();
                }
                Tag::Table(_) => table = Some((line_at(range.start), Table::default())),
                Tag::TableHead => {
                    in_head = true;
                    row = Some(Row {
                        line: line_at(range.start),
                        cells: Vec::new(),
                    });
                }
                Tag::TableRow => {
                    row = Some(Row {
                        line: line_at(range.start),
                        cells: Vec::new(),
                    })
                }
                Tag::TableCell => cell = Some(String::new()),
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Heading(_) => {
                    if let Open::Heading(level, line) = open {
                        push(
                            &mut blocks,
                            line,
                            BlockKind::Heading {
                                level,
                                text: take(&mut buf),
                            },
                        );
                    }
                    open = Open::None;
                }
                TagEnd::Paragraph => {
                    if let Open::Paragraph(line) = open {
                        push(&mut blocks, line, BlockKind::Paragraph(take(&mut buf)));
                        open = Open::None;
                    } else if item_depth > 0 {
                        buf.push(' ');
                    }
                }
                TagEnd::Item => {
                    item_depth = item_depth.saturating_sub(1);
                    if item_depth == 0 {
                        if let Open::Item(line) = open {
                            push(&mut blocks, line, BlockKind::Item(take(&mut buf)));
                        }
                        open = Open::None;
                    }
                }
                TagEnd::CodeBlock => {
                    if let Open::Code(line) = open {
                        blocks.push(Block {
                            line,
                            kind: BlockKind::Code(std::mem::take(&mut buf)),
                        });
                    }
                    open = Open::None;
                }
                TagEnd::TableCell => {
                    if let (Some(text), Some(r)) = (cell.take(), row.as_mut()) {
                        r.cells.push(super::split_flat_cell(&text));
                    }
                }
                TagEnd::TableHead => {
                    in_head = false;
                    if let (Some(r), Some((_, t))) = (row.take(), table.as_mut()) {
                        let header: Vec<String> = r.cells.iter().map(|c| c.flat()).collect();
                        if header.iter().any(|h| !h.is_empty()) {
                            t.header = header;
                        }
                    }
                }
                TagEnd::TableRow => {
                    if let (Some(r), Some((_, t))) = (row.take(), table.as_mut()) {
                        if !in_head {
                            t.rows.push(r);
                        }
                    }
                }
                TagEnd::Table => {
                    if let Some((line, t)) = table.take() {
                        blocks.push(Block {
                            line,
                            kind: BlockKind::Table(t),
                        });
                    }
                }
                _ => {}
            },
            Event::Text(_) | Event::Code(_) | Event::Html(_) | Event::InlineHtml(_) => {
                let t = text.unwrap_or_default();
                // Code blocks are passed through raw too.
                let t = if matches!(open, Open::Code(_)) {
                    unescape_underscores(&t)
                } else {
                    t
                };
                if let Some(c) = cell.as_mut() {
                    c.push_str(&t);
                } else if matches!(open, Open::None) && table.is_none() {
                    // Block-level HTML outside any paragraph: keep it as a paragraph of text.
                    let text = t.trim_end_matches('\n');
                    if !text.trim().is_empty() {
                        push(
                            &mut blocks,
                            line_at(range.start),
                            BlockKind::Paragraph(text.to_string()),
                        );
                    }
                } else {
                    buf.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(c) = cell.as_mut() {
                    c.push(' ');
                } else if matches!(open, Open::Code(_)) {
                    buf.push('\n');
                } else {
                    buf.push(' ');
                }
            }
            _ => {}
        }
    }
    blocks
}

/// Newer pages write some tables without the `| --- |` row under the header, which Markdown
/// reads as a paragraph of pipes. Tables are known by content here: a pipe row naming known
/// columns (`| Header | Required | Description |`), right after a non-table line and followed by
/// another pipe row that is not a delimiter, gets the delimiter row it lacks. Returns the text and
/// the (1-based) lines of the added rows, so locations stay those of the file.
fn add_missing_delimiter_rows(body: &str) -> (String, Vec<u32>) {
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let is_row = |l: &str| l.trim_start().starts_with('|');
    let mut out = String::with_capacity(body.len());
    let mut inserted = Vec::new();
    let mut out_lines = 0u32;
    let mut in_fence = false;
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        out_lines += 1;
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = !in_fence;
        }
        if in_fence || !is_row(line) || (i > 0 && is_row(lines[i - 1])) {
            continue;
        }
        let Some(next) = lines.get(i + 1) else {
            continue;
        };
        if !is_row(next) || is_delimiter_row(next) {
            continue;
        }
        let cells = header_cells(t);
        if !super::names_known_header(&cells) {
            continue;
        }
        if !line.ends_with('\n') {
            out.push('\n');
        }
        out.push('|');
        out.push_str(&" --- |".repeat(cells.len()));
        out.push('\n');
        out_lines += 1;
        inserted.push(out_lines);
    }
    (out, inserted)
}

fn is_delimiter_row(line: &str) -> bool {
    let t = line.trim();
    t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// The cells of a header row as written (header names carry no escapes or markup).
fn header_cells(row: &str) -> Vec<&str> {
    let inner = row.trim().trim_start_matches('|');
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    inner.split('|').map(str::trim).collect()
}

fn take(buf: &mut String) -> String {
    let s = buf.trim().to_string();
    buf.clear();
    s
}

fn push(blocks: &mut Vec<Block>, line: u32, kind: BlockKind) {
    let empty = match &kind {
        BlockKind::Heading { text, .. } | BlockKind::Paragraph(text) | BlockKind::Item(text) => {
            text.trim().is_empty()
        }
        _ => false,
    };
    if !empty {
        blocks.push(Block { line, kind });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::BlockKind;

    /// Issue 8: the table without a delimiter row is a table, and lines stay the file's.
    #[test]
    fn a_known_header_needs_no_delimiter_row() {
        let md = "Request Header\n\n| Header | Required | Description |\n\
                  | X-RestSvcSessionId | True | The request requires authorization. |\n\
                  | Accept | False | Identifies the format of the response. Possible values:   * application/xml * application/json |\n\
                  \nAfter\n";
        let blocks = read(md, 5);
        let t = blocks[1].table().expect("a table");
        assert_eq!(blocks[1].line, 7);
        assert_eq!(t.header, vec!["Header", "Required", "Description"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].line, 9);
        assert_eq!(
            t.rows[1].cells[2].items(),
            vec!["application/xml", "application/json"]
        );
        assert_eq!(blocks[2].kind, BlockKind::Paragraph("After".into()));
        assert_eq!(blocks[2].line, 11);
        // A pipe paragraph that names no known columns is left alone.
        let blocks = read("| a | b |\n| c | d |\n", 1);
        assert!(matches!(blocks[0].kind, BlockKind::Paragraph(_)));
        // A delimited table is not given a second delimiter.
        let blocks = read("| Header | Description |\n| --- | --- |\n| A | x |\n", 1);
        assert_eq!(blocks[0].table().map(|t| t.rows.len()), Some(1));
    }
}
