//! Splits a page's blocks into sections. Headings in these pages are mostly plain paragraphs
//! ("Request Headers"), so a paragraph is a heading when it is a known section name, when a
//! "For details, see X" on the page names it, or when it reads like a title.

use std::collections::BTreeSet;

use crate::doc::{Block, BlockKind};

/// Section names the help center uses, lower case.
pub const KNOWN: &[&str] = &[
    "supported platforms",
    "request",
    "http request",
    "request headers",
    "request header",
    "request body",
    "response",
    "response codes",
    "response code",
    "response headers",
    "response header",
    "response body",
    "parameters",
    "links",
    "example",
    "examples",
    "optional parameters",
    "resource url",
    "related resources",
    "methods",
    "resource representation",
    "xml representation",
    "json representation",
];

/// Short lines that are not headings although they look like one.
const NOT_HEADINGS: &[&str] = &[
    "important",
    "note",
    "tip",
    "none",
    "in this article",
    "for example",
];

#[derive(Debug)]
pub struct Section<'a> {
    /// The heading as written; empty for the part before the first heading.
    pub heading: String,
    pub line: u32,
    pub blocks: &'a [Block],
}

impl Section<'_> {
    pub fn key(&self) -> String {
        self.heading.to_ascii_lowercase()
    }
}

/// Section headings named by `see X` references on the page.
fn referenced(blocks: &[Block]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for b in blocks {
        for text in block_texts(b) {
            let mut rest = text.as_str();
            while let Some(i) = rest.find("see ") {
                let after = &rest[i + 4..];
                let end = after.find(['.', ',', ';', '(']).unwrap_or(after.len());
                let name = after[..end].trim();
                if !name.is_empty() && name.split_whitespace().count() <= 8 {
                    out.insert(name.to_ascii_lowercase());
                }
                rest = after;
            }
        }
    }
    out
}

/// Every text of a block, cells included.
pub fn block_texts(b: &Block) -> Vec<String> {
    match &b.kind {
        BlockKind::Heading { text, .. } | BlockKind::Paragraph(text) | BlockKind::Item(text) => {
            vec![text.clone()]
        }
        BlockKind::Code(text) => vec![text.clone()],
        BlockKind::Table(t) => t
            .rows
            .iter()
            .flat_map(|r| r.cells.iter().map(|c| c.flat()))
            .collect(),
    }
}

pub fn looks_like_title(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.len() > 70 || NOT_HEADINGS.contains(&t.to_ascii_lowercase().as_str()) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() > 8 {
        return false;
    }
    const SMALL: &[&str] = &[
        "of", "and", "for", "the", "a", "an", "to", "in", "on", "with", "or", "by",
    ];
    words.iter().all(|w| {
        SMALL.contains(w)
            || (w
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase() || c == 'v')
                && w.chars().all(|c| c.is_ascii_alphabetic()))
    }) && words
        .first()
        .and_then(|w| w.chars().next())
        .is_some_and(|c| c.is_ascii_uppercase() || c == 'v')
}

pub fn is_heading(block: &Block, referenced: &BTreeSet<String>) -> Option<String> {
    match &block.kind {
        BlockKind::Heading { text, level } if *level > 1 => Some(text.trim().to_string()),
        BlockKind::Paragraph(text) => {
            let t = text.trim();
            let lower = t.to_ascii_lowercase();
            if KNOWN.contains(&lower.as_str())
                || referenced.contains(&lower)
                || looks_like_title(t)
                || lower.starts_with("example ")
            {
                Some(t.to_string())
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Splits the blocks after the title into sections.
pub fn split(blocks: &[Block]) -> Vec<Section<'_>> {
    let refs = referenced(blocks);
    let mut out = Vec::new();
    let mut start = 0;
    let mut heading = String::new();
    let mut line = blocks.first().map_or(1, |b| b.line);
    for (i, b) in blocks.iter().enumerate() {
        if let Some(h) = is_heading(b, &refs) {
            out.push(Section {
                heading: std::mem::take(&mut heading),
                line,
                blocks: &blocks[start..i],
            });
            heading = h;
            line = b.line;
            start = i + 1;
        }
    }
    out.push(Section {
        heading,
        line,
        blocks: &blocks[start..],
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert!(looks_like_title("Standalone Cloud Tenant Account Options"));
        assert!(looks_like_title("vCloud Compute Resource Options"));
        assert!(!looks_like_title("Important"));
        assert!(!looks_like_title(
            "X-RestSvcSessionId NDRjZmJkYmUtNWE5NS00MTU2LTg4NjctOTFmMDY5YjdjMmNj"
        ));
        assert!(!looks_like_title("Request:"));
        assert!(!looks_like_title("200 OK"));
        assert!(!looks_like_title("GET https://localhost:9398/api/backups"));
        assert!(!looks_like_title("None."));
    }
}
