//! Plain text with pipe tables (seed 000), as text extraction from a help-center page gives it.
//! Every line is its own block; only table rows span lines, because a cell keeps the line breaks
//! of its paragraphs and lists (`Possible values:` on one line, the closing `|` on a later one).

use crate::doc::{Block, BlockKind, Cell, CellPart, Row, Table};

pub fn read(body: &str, first_line: u32) -> Vec<Block> {
    let lines: Vec<&str> = body.lines().collect();
    let line_no = |i: usize| {
        u32::try_from(i)
            .unwrap_or(u32::MAX)
            .saturating_add(first_line)
    };
    let mut blocks = Vec::new();
    let mut table: Option<(u32, Table)> = None;
    let mut seen_title = false;
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        let t = line.trim();
        if t.is_empty() {
            close(&mut table, &mut blocks);
            i += 1;
            continue;
        }
        if t.starts_with('|') {
            seen_title = true;
            if is_separator(t) {
                promote_header(&mut table, &mut blocks);
                i += 1;
                continue;
            }
            let (row, next) = read_row(&lines, i, line_no(i));
            match table.as_mut() {
                Some((_, tab)) => tab.rows.push(row),
                None => {
                    // A first row naming known columns is the header, with or without the
                    // separator under it (a separator that follows finds no row to promote).
                    let names: Vec<String> = row.cells.iter().map(Cell::flat).collect();
                    let line = row.line;
                    let (header, rows) = if super::names_known_header(&names) {
                        (names, Vec::new())
                    } else {
                        (Vec::new(), vec![row])
                    };
                    table = Some((line, Table { header, rows }))
                }
            }
            i = next;
            continue;
        }
        close(&mut table, &mut blocks);
        let kind = if !seen_title {
            seen_title = true;
            BlockKind::Heading {
                level: 1,
                text: t.to_string(),
            }
        } else if let Some(item) = strip_bullet(t) {
            BlockKind::Item(item.to_string())
        } else {
            BlockKind::Paragraph(t.to_string())
        };
        blocks.push(Block {
            line: line_no(i),
            kind,
        });
        i += 1;
    }
    close(&mut table, &mut blocks);
    blocks
}

fn close(table: &mut Option<(u32, Table)>, blocks: &mut Vec<Block>) {
    if let Some((line, t)) = table.take() {
        blocks.push(Block {
            line,
            kind: BlockKind::Table(t),
        });
    }
}

/// A separator turns the row above it into the header of a new table; rows before that one
/// belong to the table that was open.
fn promote_header(table: &mut Option<(u32, Table)>, blocks: &mut Vec<Block>) {
    let Some(head) = table.as_mut().and_then(|(_, t)| t.rows.pop()) else {
        return;
    };
    if table
        .as_ref()
        .is_some_and(|(_, t)| !t.rows.is_empty() || !t.header.is_empty())
    {
        close(table, blocks);
    }
    let header: Vec<String> = head.cells.iter().map(Cell::flat).collect();
    let header = if header.iter().any(|h| !h.is_empty()) {
        header
    } else {
        Vec::new()
    };
    *table = Some((
        head.line,
        Table {
            header,
            rows: Vec::new(),
        },
    ));
}

fn is_separator(t: &str) -> bool {
    t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// `- x`, `* x` and `• x` are list items, outside tables and inside cells alike.
pub(super) fn strip_bullet(t: &str) -> Option<&str> {
    ["- ", "* ", "• "]
        .iter()
        .find_map(|b| t.strip_prefix(b))
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Reads the row starting at `start`; returns it and the index of the first line after it. A
/// row ends at a line ending in an unescaped `|`; a blank line also ends it, so a row that lost
/// its closing pipe costs that row, not the rest of the page.
fn read_row(lines: &[&str], start: usize, line: u32) -> (Row, usize) {
    let mut text = String::new();
    let mut i = start;
    while let Some(l) = lines.get(i) {
        if i > start && l.trim().is_empty() {
            break;
        }
        if i > start {
            text.push('\n');
        }
        let l = if i == start { l.trim_start() } else { l };
        text.push_str(l);
        i += 1;
        // The opening pipe alone does not close the row.
        let content = if i == start + 1 {
            text.strip_prefix('|').unwrap_or(&text)
        } else {
            l
        };
        if ends_with_pipe(content) {
            break;
        }
    }
    let inner = text.strip_prefix('|').unwrap_or(&text);
    let inner = inner.trim_end();
    let inner = if ends_with_pipe(inner) {
        &inner[..inner.len() - 1]
    } else {
        inner
    };
    let cells = split_cells(inner).iter().map(|c| cell_of(c)).collect();
    (Row { line, cells }, i)
}

fn ends_with_pipe(s: &str) -> bool {
    let s = s.trim_end();
    s.ends_with('|') && !s.ends_with("\\|")
}

/// Splits at unescaped pipes and undoes `\|`.
fn split_cells(s: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                chars.next();
                push_char(&mut cells, '|');
            }
            '|' => cells.push(String::new()),
            _ => push_char(&mut cells, c),
        }
    }
    cells
}

fn push_char(cells: &mut [String], c: char) {
    if let Some(last) = cells.last_mut() {
        last.push(c);
    }
}

/// One line of a cell is one part: bullet lines are items, other lines are prose, split the
/// way flattened cells are (wide gaps, inline `* ` lists).
fn cell_of(text: &str) -> Cell {
    let mut parts = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        match strip_bullet(t) {
            Some(item) => parts.push(CellPart::Item(item.to_string())),
            None => parts.extend(super::split_flat_cell(t).parts),
        }
    }
    Cell { parts }
}

/// Inputs for the no-panic tests of every reader: seeds cut at every 7th byte, renderings of
/// the Markdown seeds cut the same way, and random bytes.
#[cfg(test)]
pub(crate) mod fuzz {
    use crate::diag::Sink;

    pub(crate) const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seeds");

    /// The seed whose name starts with `prefix`, or `None` (with a message) when the seeds are
    /// not there.
    pub(crate) fn seed(prefix: &str) -> Option<String> {
        let Ok(dir) = std::fs::read_dir(SEEDS) else {
            eprintln!("SKIPPED: the seeds are not at {SEEDS}");
            return None;
        };
        let path = dir.filter_map(Result::ok).map(|e| e.path()).find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix))
        });
        match path.and_then(|p| std::fs::read_to_string(p).ok()) {
            Some(text) => Some(crate::normalize::clean_text(&text)),
            None => {
                eprintln!("SKIPPED: seed {prefix} is not in {SEEDS}");
                None
            }
        }
    }

    pub(crate) struct XorShift(pub u64);

    impl XorShift {
        pub(crate) fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.0 = x;
            x
        }
    }

    pub(crate) fn inputs() -> Vec<String> {
        let mut whole = Vec::new();
        for prefix in ["000", "001", "002", "003", "004"] {
            if let Some(text) = seed(prefix) {
                if prefix == "002" {
                    let page = crate::read::read_page("002", text.as_bytes(), &mut Sink::default());
                    whole.push(crate::render::to_html(&page));
                    whole.push(crate::render::to_pipe_text(&page));
                    whole.push(crate::render::to_cell_text(&page));
                }
                whole.push(text);
            }
        }
        let mut out = Vec::new();
        for text in &whole {
            let bytes = text.as_bytes();
            for end in (0..bytes.len()).step_by(7) {
                out.push(String::from_utf8_lossy(&bytes[..end]).into_owned());
            }
        }
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let alphabet: &[&str] = &[
            "<",
            ">",
            "</",
            "|",
            "|---|",
            "\n",
            " ",
            "  • ",
            "- ",
            "p",
            "td",
            "tr",
            "table",
            "li",
            "ul",
            "pre",
            "h1",
            "<br>",
            "&amp;",
            "&#",
            "Header",
            "Description",
            "Element",
            "Type",
            "Required",
            "True",
            "<?xml",
            "{",
            "\\|",
            "\u{2022}",
            "é",
            "\r",
            // the 13.1 layouts: header rows without a delimiter, footers, bare `&`, lists
            "| Header | Required | Description |\n",
            "Page updated 2026-07-29\n",
            "Page content applies to build ",
            "&",
            "Possible values:   * ",
            ": • ",
            "\n- ",
            "  ",
        ];
        for len in [1usize, 2, 5, 17, 64, 300, 2000] {
            for _ in 0..20 {
                let bytes: Vec<u8> = (0..len).map(|_| (rng.next() >> 24) as u8).collect();
                out.push(String::from_utf8_lossy(&bytes).into_owned());
                let tokens: String = (0..len)
                    .map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize])
                    .collect();
                out.push(tokens);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(blocks: &[Block]) -> Vec<&Table> {
        blocks.iter().filter_map(Block::table).collect()
    }

    #[test]
    fn reads_seed_000() {
        let Some(text) = fuzz::seed("000") else {
            return;
        };
        let blocks = read(&text, 1);
        assert_eq!(
            blocks[0].kind,
            BlockKind::Heading {
                level: 1,
                text: "GET /vmRestorePoints/{ID}".into()
            }
        );
        assert!(blocks.contains(&Block {
            line: 5,
            kind: BlockKind::Item("VMware vSphere".into())
        }));
        let t = tables(&blocks);
        // request box, request headers, response headers, parameters, links, example box
        assert_eq!(t.len(), 6, "{t:#?}");
        assert!(t[0].header.is_empty());
        assert_eq!(t[0].rows.len(), 1);
        assert_eq!(
            t[0].rows[0].cells[0].flat(),
            "GET https://<Enterprise-Manager>:9398/api/vmRestorePoints/{ID}"
        );
        assert_eq!(t[1].header, vec!["Header", "Required", "Description"]);
        assert_eq!(t[1].rows.len(), 2);
        let accept = &t[1].rows[1].cells[2];
        assert_eq!(
            accept.parts,
            vec![
                CellPart::Text("Identifies the format of the response. Possible values:".into()),
                CellPart::Text(
                    "If the request does not contain the header, the server will return the response in the XML format."
                        .into()
                ),
            ]
        );
        assert_eq!(t[2].header, vec!["Header", "Description"]);
        assert_eq!(t[2].rows.len(), 2);
        assert_eq!(t[3].header, vec!["Element", "Type", "Description"]);
        assert_eq!(t[3].rows.len(), 7);
        assert!(t[3].rows.iter().all(|r| r.cells.len() == 3));
        assert_eq!(
            t[4].header,
            vec!["Reference", "Relationship", "Description"]
        );
        assert_eq!(t[4].rows.len(), 7);
        assert!(t[5].header.is_empty());
        assert_eq!(t[5].rows[0].cells[0].parts.len(), 4);
        // the table row lines point at the source lines
        assert_eq!(t[3].rows[0].line, 37);
    }

    #[test]
    fn rows_span_lines_and_cells_keep_items() {
        let text = "T\n| A | B |\n|---|---|\n| x | Values:\n• one\n- two\nAfter \\| pipe. |\n| y | z |\n\n| box |\n";
        let blocks = read(text, 1);
        let t = tables(&blocks);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].rows.len(), 2);
        assert_eq!(
            t[0].rows[0].cells[1].parts,
            vec![
                CellPart::Text("Values:".into()),
                CellPart::Item("one".into()),
                CellPart::Item("two".into()),
                CellPart::Text("After | pipe.".into()),
            ]
        );
        assert_eq!(t[0].rows[1].line, 8);
        assert!(t[1].header.is_empty());
    }

    /// Issue 8: a header row without the `|---|` row under it still makes a table.
    #[test]
    fn a_known_header_needs_no_separator() {
        let text = "T\nRequest Header\n| Header | Required | Description |\n| X-RestSvcSessionId | True | Auth. |\n\
                    | Accept | False | Possible values:   * application/xml * application/json |\n";
        let blocks = read(text, 1);
        let t = tables(&blocks);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].header, vec!["Header", "Required", "Description"]);
        assert_eq!(t[0].rows.len(), 2);
        assert_eq!(
            t[0].rows[1].cells[2].items(),
            vec!["application/xml", "application/json"]
        );
        assert_eq!(blocks[2].line, 3);
    }

    #[test]
    fn never_panics() {
        for input in fuzz::inputs() {
            let _ = read(&input, 1);
        }
    }
}
