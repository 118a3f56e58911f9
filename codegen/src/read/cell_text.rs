//! Plain text with one table cell per line (seed 003): what copying the help-center page out of
//! a browser gives. Nothing marks a table, so the reader looks for a run of lines spelling one
//! of the known table headers, then reads rows of that many cells. Where a cell ends is a guess
//! made from what the columns hold: row-starting cells are identifiers (header names, element
//! names, resource paths), `Type`, `Required`, `Modifiable`... columns hold short values, and only
//! description-like columns hold prose and bullet lists.

use super::pipe_text::strip_bullet;
use crate::doc::{Block, BlockKind, Cell, CellPart, Row, Table, KNOWN_TABLE_HEADERS};

/// Lines that open a section or a box of a page. They end a table even when they look like an
/// identifier (`Links`, `Example`), unless a type line confirms a row.
const SECTION_HEADINGS: &[&str] = &[
    "Request",
    "Request Body",
    "Request Header",
    "Request Headers",
    "Response",
    "Response Body",
    "Response Header",
    "Response Headers",
    "Response Codes",
    "HTTP Request",
    "Example",
    "Examples",
    "Parameters",
    "Optional Parameters",
    "Links",
    "Methods",
    "Resource URL",
    "Resource Representation",
    "Related Resources",
    "Supported Platforms",
    "XML Representation",
    "JSON Representation",
    "For example:",
    "In this section",
    // labels of the help center's note boxes
    "Note",
    "Important",
    "Tip",
];

/// How the paragraphs that follow a table start, where the table's last cell ends with a list
/// and the paragraph could otherwise pass for the sentence that often closes such a cell
/// ("If the request does not contain the header, ...").
const AFTER_TABLE: &[&str] = &["To view query parameters"];

pub fn read(body: &str, first_line: u32) -> Vec<Block> {
    let mut r = Reader {
        lines: body.lines().collect(),
        first_line,
        blocks: Vec::new(),
    };
    r.read_all();
    r.blocks
}

/// What a column holds, as far as telling one cell from the next needs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    /// Prose, possibly with bullet lists: `Description`, `Value`, `Required/Optional`.
    Free,
    /// A type name, possibly with the stray spaces the help center puts in long names.
    Type,
    /// One word: `Relationship`.
    Word,
    /// `True`/`False`/`Yes`/`No`: `Required`, `Modifiable`.
    Flag,
    /// `0/1`, `1/unbounded`, `—`.
    Occurrence,
}

fn col_kind(name: &str) -> Col {
    match name {
        "Type" => Col::Type,
        "Relationship" => Col::Word,
        "Required" | "Modifiable" => Col::Flag,
        "Min/Max Occurrence" => Col::Occurrence,
        _ => Col::Free,
    }
}

/// Whether `t` can be the content of a column of this kind.
fn fits(col: Col, t: &str) -> bool {
    let words = t.split_whitespace().count();
    let dash = |t: &str| matches!(t, "—" | "-" | "–");
    match col {
        Col::Free => true,
        Col::Type => {
            (1..=3).contains(&words)
                && !t.ends_with('.')
                && t.chars()
                    .all(|c| c.is_alphanumeric() || c == ' ' || "—–-_.[]".contains(c))
        }
        Col::Word => words == 1 && t.chars().all(|c| c.is_alphanumeric() || "—–-_".contains(c)),
        Col::Flag => {
            dash(t)
                || ["true", "false", "yes", "no", "required", "optional"]
                    .contains(&t.to_ascii_lowercase().as_str())
        }
        Col::Occurrence => {
            let bound = |s: &str| {
                dash(s)
                    || (!s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))
                    || matches!(s.to_ascii_lowercase().as_str(), "unbounded" | "n")
            };
            dash(t)
                || t.split_once('/')
                    .is_some_and(|(a, b)| bound(a.trim()) && bound(b.trim()))
        }
    }
}

/// A cell that can start a row: a name or a path, never a sentence.
fn is_identifier(t: &str) -> bool {
    !t.is_empty()
        && t.len() <= 120
        && !t.contains(char::is_whitespace)
        && !t.ends_with(['.', ':', ',', ';'])
        && !t.starts_with(['<', '{', '"'])
}

fn is_section_heading(t: &str) -> bool {
    SECTION_HEADINGS.iter().any(|h| h.eq_ignore_ascii_case(t))
}

fn is_sample_start(t: &str) -> bool {
    t.starts_with('<') || t.starts_with('{')
}

struct Reader<'s> {
    lines: Vec<&'s str>,
    first_line: u32,
    blocks: Vec<Block>,
}

impl Reader<'_> {
    fn line_no(&self, i: usize) -> u32 {
        u32::try_from(i)
            .unwrap_or(u32::MAX)
            .saturating_add(self.first_line)
    }

    fn trimmed(&self, i: usize) -> &str {
        self.lines.get(i).map_or("", |l| l.trim())
    }

    fn next_nonblank(&self, from: usize) -> Option<usize> {
        (from..self.lines.len()).find(|&i| !self.trimmed(i).is_empty())
    }

    fn push(&mut self, i: usize, kind: BlockKind) {
        let line = self.line_no(i);
        self.blocks.push(Block { line, kind });
    }

    fn read_all(&mut self) {
        let mut i = 0;
        let mut seen_title = false;
        while let Some(start) = self.next_nonblank(i) {
            let t = self.trimmed(start).to_string();
            if !seen_title {
                seen_title = true;
                self.push(start, BlockKind::Heading { level: 1, text: t });
                i = start + 1;
            } else if let Some((columns, after)) = self.header_at(start) {
                i = self.table(start, columns, after);
            } else if let Some(item) = strip_bullet(&t) {
                let item = item.to_string();
                self.push(start, BlockKind::Item(item));
                i = start + 1;
            } else if is_sample_start(&t) {
                i = self.sample(start);
            } else {
                self.push(start, BlockKind::Paragraph(t));
                i = start + 1;
            }
        }
    }

    /// An XML or JSON sample runs to the next blank line; it stays one paragraph so that it can
    /// be parsed whole later.
    fn sample(&mut self, start: usize) -> usize {
        let mut end = start;
        while end < self.lines.len() && !self.trimmed(end).is_empty() {
            end += 1;
        }
        let text: Vec<&str> = self.lines[start..end]
            .iter()
            .map(|l| l.trim_end())
            .collect();
        let text = text.join("\n").trim_start().to_string();
        self.push(start, BlockKind::Paragraph(text));
        end
    }

    /// The longest known header spelled by the lines from `start` (blank lines between them
    /// allowed); returns it and the index after its last line.
    fn header_at(&self, start: usize) -> Option<(&'static [&'static str], usize)> {
        let mut best: Option<(&'static [&'static str], usize)> = None;
        for header in KNOWN_TABLE_HEADERS {
            let mut at = start;
            let mut matched = true;
            for name in header.iter() {
                match self.next_nonblank(at) {
                    Some(i) if self.trimmed(i) == *name => at = i + 1,
                    _ => {
                        matched = false;
                        break;
                    }
                }
            }
            if matched && best.is_none_or(|(b, _)| b.len() < header.len()) {
                best = Some((header, at));
            }
        }
        best
    }

    fn table(&mut self, start: usize, columns: &[&str], after_header: usize) -> usize {
        let kinds: Vec<Col> = columns.iter().map(|c| col_kind(c)).collect();
        let mut rows = Vec::new();
        let mut pos = after_header;
        while let Some(i) = self.next_nonblank(pos) {
            if !self.is_row_start(i, &kinds) {
                break;
            }
            let (row, next) = self.row(i, &kinds);
            rows.push(row);
            pos = next;
        }
        let table = Table {
            header: columns.iter().map(|c| c.to_string()).collect(),
            rows,
        };
        self.push(start, BlockKind::Table(table));
        pos
    }

    fn is_row_start(&self, i: usize, kinds: &[Col]) -> bool {
        let t = self.trimmed(i);
        if t.is_empty()
            || strip_bullet(t).is_some()
            || is_sample_start(t)
            || self.header_at(i).is_some()
        {
            return false;
        }
        // A typed second column lets the next line confirm or refute the guess.
        let second = kinds.get(1).copied().unwrap_or(Col::Free);
        let confirmed = second != Col::Free
            && self.next_nonblank(i + 1).is_some_and(|n| {
                let next = self.trimmed(n);
                fits(second, next)
                    && strip_bullet(next).is_none()
                    && !is_section_heading(next)
                    && self.header_at(n).is_none()
            });
        if is_section_heading(t) {
            // An element may be called `Links`; its type line says so.
            return is_identifier(t) && confirmed;
        }
        if is_identifier(t) {
            return second == Col::Free || confirmed;
        }
        // Names with a stray space (`Retention period`) only when the type that follows agrees;
        // longer lines are the headings of subsections (`Retention Policy Options`).
        confirmed && t.split_whitespace().count() <= 2 && !t.ends_with(['.', ':', ',', ';'])
    }

    fn row(&self, start: usize, kinds: &[Col]) -> (Row, usize) {
        let mut cells = vec![Cell::text(self.trimmed(start))];
        let mut pos = start + 1;
        for (c, kind) in kinds.iter().enumerate().skip(1) {
            let Some(i) = self.next_nonblank(pos) else {
                break;
            };
            let t = self.trimmed(i);
            // Trailing empty cells leave no line: the next row, or whatever follows the table,
            // is already there.
            if *kind != Col::Free && !fits(*kind, t) {
                break;
            }
            let (cell, next) = self.cell(i, kinds.get(c + 1).copied(), kinds);
            cells.push(cell);
            pos = next;
        }
        cells.resize_with(kinds.len(), Cell::default);
        (
            Row {
                line: self.line_no(start),
                cells,
            },
            pos,
        )
    }

    /// One cell: its line, the bullet lines right after it, and a sentence after such a bullet
    /// block unless that sentence is the next cell or the next row.
    fn cell(&self, start: usize, next_col: Option<Col>, kinds: &[Col]) -> (Cell, usize) {
        let first = self.trimmed(start);
        let mut after_bullets = strip_bullet(first).is_some();
        let mut parts = vec![match strip_bullet(first) {
            Some(item) => CellPart::Item(item.to_string()),
            None => CellPart::Text(first.to_string()),
        }];
        let mut pos = start + 1;
        while let Some(i) = self.next_nonblank(pos) {
            let t = self.trimmed(i);
            if let Some(item) = strip_bullet(t) {
                parts.push(CellPart::Item(item.to_string()));
                after_bullets = true;
                pos = i + 1;
                continue;
            }
            // The help center ends such prose with a full stop; a line without one after a
            // list is the heading of whatever follows the table.
            let continues = after_bullets
                && t.ends_with(['.', ':', ';', '!', '?', ')'])
                && !AFTER_TABLE.iter().any(|p| t.starts_with(p))
                && match next_col {
                    Some(col) => col != Col::Free && !fits(col, t),
                    None => !is_section_heading(t) && !self.is_row_start(i, kinds),
                };
            if !continues {
                break;
            }
            parts.push(CellPart::Text(t.to_string()));
            after_bullets = false;
            pos = i + 1;
        }
        (Cell { parts }, pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::pipe_text::fuzz;

    fn tables(blocks: &[Block]) -> Vec<&Table> {
        blocks.iter().filter_map(Block::table).collect()
    }

    #[test]
    fn reads_seed_003() {
        let Some(text) = fuzz::seed("003") else {
            return;
        };
        let blocks = read(&text, 1);
        assert_eq!(
            blocks[0].kind,
            BlockKind::Heading {
                level: 1,
                text: "GET /backups/{ID}/restorePoints".into()
            }
        );
        let items: Vec<&Block> = blocks
            .iter()
            .filter(|b| matches!(b.kind, BlockKind::Item(_)))
            .collect();
        assert_eq!(items.len(), 3);
        assert_eq!(items[0].line, 9);
        let t = tables(&blocks);
        assert_eq!(t.len(), 2, "{t:#?}");
        assert_eq!(t[0].header, vec!["Header", "Required", "Description"]);
        assert_eq!(t[0].rows.len(), 2);
        assert_eq!(t[0].rows[1].line, 37);
        let accept = &t[0].rows[1].cells;
        assert_eq!(accept[0].flat(), "Accept");
        assert_eq!(accept[1].flat(), "False");
        assert_eq!(accept[2].items().len(), 2);
        assert_eq!(
            accept[2].parts.last(),
            Some(&CellPart::Text(
                "If the request does not contain the header, the server will return the response in the XML format."
                    .into()
            ))
        );
        assert_eq!(t[1].header, vec!["Header", "Description"]);
        assert_eq!(t[1].rows.len(), 2);
        assert_eq!(
            t[1].rows[1].cells[1].items(),
            vec!["application/xml", "application/json"]
        );
        // the table ends at the section heading, which stays a paragraph
        let after = blocks
            .iter()
            .position(|b| b.kind == BlockKind::Paragraph("Response Body".into()));
        assert!(after.is_some());
        // the XML sample is one paragraph
        let sample = blocks.iter().find_map(|b| match &b.kind {
            BlockKind::Paragraph(p) if p.starts_with("<?xml") => Some(p),
            _ => None,
        });
        let sample = sample.map(|s| s.lines().count());
        assert_eq!(sample, Some(13));
    }

    #[test]
    fn middle_description_and_empty_trailing_cells() {
        let text = "T\n\nElement\n\nType\n\nDescription\n\nModifiable\n\nMin/Max Occurrence\n\n\
                    Unit\n\nString\n\nUnit. Possible values:\n\n  • Mbps\n  • KBps\n\nDefault: Mbps.\n\nYes\n\n0/1\n\n\
                    Hours\n\nInt\n\nRetention.\n\nLinks\n\nLinkListType\n\nLinks.\n\nNo\n\n1/1\n\nResponse\n\nText.";
        let blocks = read(text, 1);
        let t = tables(&blocks);
        assert_eq!(t.len(), 1);
        let rows = &t[0].rows;
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].cells[2].items(), vec!["Mbps", "KBps"]);
        assert_eq!(
            rows[0].cells[2].prose(),
            "Unit. Possible values: Default: Mbps."
        );
        assert_eq!(rows[0].cells[4].flat(), "0/1");
        assert!(rows[1].cells[3].is_empty() && rows[1].cells[4].is_empty());
        assert_eq!(rows[2].cells[0].flat(), "Links");
        assert_eq!(
            blocks.last().map(|b| &b.kind),
            Some(&BlockKind::Paragraph("Text.".into()))
        );
    }

    #[test]
    fn never_panics() {
        for input in fuzz::inputs() {
            let _ = read(&input, 1);
        }
    }
}
