//! The block model: what every reader produces, whatever the rendering.
//!
//! A page is front matter plus a flat list of blocks. Section headings in these pages are often
//! plain paragraphs ("Request Headers"), so the extractor, not the reader, decides what is a
//! heading. Tables keep their header row apart; a one-cell "box" (the help center draws request
//! lines and samples that way) is a table without a header, or plain paragraphs in renderings that
//! lost the box. The extractor accepts both.

use serde::Serialize;

/// Which rendering a file holds. Chosen by content, never by file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rendering {
    Markdown,
    Html,
    /// Plain text with pipe tables, one row on one line (seed 000).
    PipeText,
    /// Plain text with one table cell per line (seed 003).
    CellText,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub source_url: Option<String>,
    pub product_version: Option<String>,
    pub last_updated: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Page {
    pub file: String,
    pub rendering: Rendering,
    pub front: FrontMatter,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// 1-based line in the source file where the block starts.
    pub line: u32,
    pub kind: BlockKind,
}

impl Block {
    /// The table, when the block is one.
    pub fn table(&self) -> Option<&Table> {
        match &self.kind {
            BlockKind::Table(t) => Some(t),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum BlockKind {
    /// A real heading (`#`, `<h2>`, or the first line of a text page).
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(String),
    /// One item of a list outside tables.
    Item(String),
    Table(Table),
    /// Preformatted text (`pre`, fenced code): kept verbatim.
    Code(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Table {
    /// Column names; empty for one-cell boxes and header-less tables.
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub line: u32,
    pub cells: Vec<Cell>,
}

/// A table cell: prose and list items, in order. Lists inside cells ("Possible values:") are
/// kept as items so every rendering can be compared item by item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub parts: Vec<CellPart>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum CellPart {
    Text(String),
    Item(String),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell {
            parts: vec![CellPart::Text(s.into())],
        }
    }

    /// The cell's prose with items inline, whitespace collapsed: what a description becomes.
    pub fn flat(&self) -> String {
        let mut out = String::new();
        for part in &self.parts {
            let (prefix, s) = match part {
                CellPart::Text(s) => ("", s),
                CellPart::Item(s) => ("• ", s),
            };
            let s = collapse_ws(s);
            if s.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(prefix);
            out.push_str(&s);
        }
        out
    }

    /// Only the prose parts, whitespace collapsed.
    pub fn prose(&self) -> String {
        let texts: Vec<String> = self
            .parts
            .iter()
            .filter_map(|p| match p {
                CellPart::Text(s) => Some(collapse_ws(s)),
                CellPart::Item(_) => None,
            })
            .filter(|s| !s.is_empty())
            .collect();
        texts.join(" ")
    }

    /// The list items, whitespace collapsed.
    pub fn items(&self) -> Vec<String> {
        self.parts
            .iter()
            .filter_map(|p| match p {
                CellPart::Item(s) => Some(collapse_ws(s)),
                CellPart::Text(_) => None,
            })
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// The raw text of the cell with parts joined by newlines (samples live here).
    pub fn raw(&self) -> String {
        let v: Vec<&str> = self
            .parts
            .iter()
            .map(|p| match p {
                CellPart::Text(s) | CellPart::Item(s) => s.as_str(),
            })
            .collect();
        v.join("\n")
    }

    pub fn is_empty(&self) -> bool {
        self.parts.iter().all(|p| match p {
            CellPart::Text(s) | CellPart::Item(s) => s.trim().is_empty(),
        })
    }
}

/// Collapses runs of whitespace to one space and trims.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Table layouts the help center uses. Readers that must guess where a table starts (the
/// one-cell-per-line text rendering) look for these header sequences.
pub const KNOWN_TABLE_HEADERS: &[&[&str]] = &[
    &["Header", "Required", "Description"],
    &["Header", "Description"],
    &[
        "Element",
        "Type",
        "Description",
        "Modifiable",
        "Min/Max Occurrence",
    ],
    &["Element", "Type", "Description", "Modifiable"],
    &["Element", "Type", "Description"],
    &["Parameter", "Type", "Description"],
    &["Reference", "Relationship", "Description"],
    &["Attribute", "Type", "Description"],
    &["Element", "Type", "Required", "Description"],
    &["Parameter", "Type", "Required", "Description"],
    &["Header", "Description", "Value", "Required/Optional"],
    &["Relationship", "Description"],
];
