//! Markdown with front matter (pulldown-cmark, tables on). Inline HTML such as
//! `<Enterprise-Manager>` and the XML samples is text here, not markup.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::doc::{Block, BlockKind, Row, Table};
use crate::normalize::LineIndex;

/// What the reader is collecting text for.
enum Open {
    None,
    Heading(u8, u32),
    Paragraph(u32),
    Item(u32),
    Code(u32),
}

pub fn read(body: &str, first_line: u32) -> Vec<Block> {
    let index = LineIndex::new(body);
    let line_at = |offset: usize| index.line(offset) + first_line - 1;
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
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
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
