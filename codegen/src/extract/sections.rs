//! Splits a page's blocks into sections. Headings in these pages are mostly plain paragraphs
//! ("Request Headers"), so a paragraph is a heading when it is a known section name, when a
//! "For details, see X" on the page names it, or when it reads like a title.

use std::collections::BTreeSet;

use crate::doc::{Block, BlockKind};

/// The sections the help center writes, parsed once from the heading. Every other heading is
/// a sub-section ([`SectionKind::Other`]): the heading of a sub-table ("Backup Resource
/// Options") or a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SectionKind {
    /// The part before the first heading: the page's description.
    Intro,
    SupportedPlatforms,
    Request,
    HttpRequest,
    /// `Request Headers` or `Request Header`.
    RequestHeaders,
    RequestBody,
    Response,
    /// `Response Codes` or `Response Code`.
    ResponseCodes,
    /// `Response Headers` or `Response Header`.
    ResponseHeaders,
    ResponseBody,
    Parameters,
    OptionalParameters,
    Links,
    /// `Example`, `Examples`, `Example 1`, `Example: ...`.
    Example,
    ResourceUrl,
    RelatedResources,
    Methods,
    ResourceRepresentation,
    XmlRepresentation,
    JsonRepresentation,
    /// A sub-section or any heading not above.
    Other,
}

impl SectionKind {
    /// The kind a heading names (case-insensitive).
    pub fn parse(heading: &str) -> SectionKind {
        let lower = heading.trim().to_ascii_lowercase();
        match lower.as_str() {
            "" => SectionKind::Intro,
            "supported platforms" => SectionKind::SupportedPlatforms,
            "request" => SectionKind::Request,
            "http request" => SectionKind::HttpRequest,
            "request headers" | "request header" => SectionKind::RequestHeaders,
            "request body" => SectionKind::RequestBody,
            "response" => SectionKind::Response,
            "response codes" | "response code" => SectionKind::ResponseCodes,
            "response headers" | "response header" => SectionKind::ResponseHeaders,
            "response body" => SectionKind::ResponseBody,
            "parameters" => SectionKind::Parameters,
            "optional parameters" => SectionKind::OptionalParameters,
            "links" => SectionKind::Links,
            "example" | "examples" => SectionKind::Example,
            l if l.starts_with("example ") => SectionKind::Example,
            "resource url" => SectionKind::ResourceUrl,
            "related resources" => SectionKind::RelatedResources,
            "methods" => SectionKind::Methods,
            "resource representation" => SectionKind::ResourceRepresentation,
            "xml representation" => SectionKind::XmlRepresentation,
            "json representation" => SectionKind::JsonRepresentation,
            _ => SectionKind::Other,
        }
    }

    /// Whether the heading is one the help center uses for its own sections.
    pub fn is_known(self) -> bool {
        !matches!(self, SectionKind::Intro | SectionKind::Other)
    }
}

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
    pub kind: SectionKind,
    pub line: u32,
    /// The section's blocks, without the heading and without a repeat of it.
    pub blocks: Vec<&'a Block>,
}

impl Section<'_> {
    /// The heading in lower case.
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
            if SectionKind::parse(t).is_known()
                || referenced.contains(&lower)
                || looks_like_title(t)
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
    let mut current = Section {
        heading: String::new(),
        kind: SectionKind::Intro,
        line: blocks.first().map_or(1, |b| b.line),
        blocks: Vec::new(),
    };
    for b in blocks {
        let Some(h) = is_heading(b, &refs) else {
            current.blocks.push(b);
            continue;
        };
        // Newer pages repeat a heading as a plain paragraph right above its table ("Request
        // Header", a sentence, "Request Header", the table): the repeat is not a second
        // section, and not content of the first either.
        if matches!(b.kind, BlockKind::Paragraph(_)) && h.eq_ignore_ascii_case(&current.heading) {
            continue;
        }
        let next = Section {
            kind: SectionKind::parse(&h),
            heading: h,
            line: b.line,
            blocks: Vec::new(),
        };
        out.push(std::mem::replace(&mut current, next));
    }
    out.push(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(line: u32, t: &str) -> Block {
        Block {
            line,
            kind: BlockKind::Paragraph(t.into()),
        }
    }

    #[test]
    fn a_repeated_heading_is_not_a_second_section() {
        let blocks = vec![
            para(1, "Request Header"),
            para(2, "The request contains the following headers:"),
            para(3, "Request Header"),
            Block {
                line: 4,
                kind: BlockKind::Table(crate::doc::Table::default()),
            },
            para(5, "Request Body"),
            para(6, "Request Header"),
        ];
        let sections = split(&blocks);
        let names: Vec<(&str, usize)> = sections
            .iter()
            .map(|s| (s.heading.as_str(), s.blocks.len()))
            .collect();
        assert_eq!(
            names,
            vec![
                ("", 0),
                ("Request Header", 2),
                ("Request Body", 0),
                ("Request Header", 0)
            ]
        );
    }

    #[test]
    fn section_kinds() {
        assert_eq!(
            SectionKind::parse("Request Header"),
            SectionKind::RequestHeaders
        );
        assert_eq!(SectionKind::parse("EXAMPLE 2"), SectionKind::Example);
        assert_eq!(SectionKind::parse("Examples"), SectionKind::Example);
        assert_eq!(
            SectionKind::parse("Backup Resource Options"),
            SectionKind::Other
        );
        assert_eq!(SectionKind::parse(""), SectionKind::Intro);
    }

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
