//! HTML pages (scraper / html5ever). Element names decide everything; class names are ignored
//! because the help center's styling changes between releases while its element structure does
//! not.
//!
//! Text follows browser whitespace rules: runs of whitespace become one space, `<br>` is a line
//! break, `<pre>` and `<code>` keep their text verbatim.

use scraper::{ElementRef, Html, Node};

use crate::doc::{Block, BlockKind, Cell, CellPart, FrontMatter, Row, Table, KNOWN_TABLE_HEADERS};
use crate::normalize::LineIndex;

/// Past this nesting depth the rest of a subtree is read as flat text, so hostile input cannot
/// exhaust the stack.
const MAX_DEPTH: usize = 200;

pub fn read(body: &str, first_line: u32) -> Vec<Block> {
    let doc = Html::parse_document(body);
    let mut reader = Reader {
        blocks: Vec::new(),
        loc: Locator::new(body, first_line),
        inline: TextBuf::default(),
    };
    reader.walk(doc.root_element(), 0);
    reader.flush_inline();
    reader.blocks
}

/// Fills what the `<head>` says: `<title>` (else the first `<h1>`), the `source_url`,
/// `product_version` and `last_updated` meta tags (`-` or `_` in the name), and `<link rel="canonical">` as a fallback
/// source URL. Fields already set are kept.
pub fn front_matter(body: &str, front: &mut FrontMatter) {
    let doc = Html::parse_document(body);
    let mut title = None;
    let mut h1 = None;
    let mut canonical = None;
    for el in doc.root_element().descendent_elements() {
        match el.value().name() {
            "title" if title.is_none() => title = non_empty(flat_text(el)),
            "h1" if h1.is_none() => h1 = non_empty(flat_text(el)),
            "meta" => {
                let (Some(name), Some(content)) = (el.attr("name"), el.attr("content")) else {
                    continue;
                };
                // `product-version` is how the help center spells it; `product_version` is
                // the front-matter key, which other converters copy.
                let slot = match name.trim().to_ascii_lowercase().replace('-', "_").as_str() {
                    "source_url" => &mut front.source_url,
                    "product_version" => &mut front.product_version,
                    "last_updated" => &mut front.last_updated,
                    _ => continue,
                };
                if slot.is_none() {
                    *slot = non_empty(content.trim().to_string());
                }
            }
            "link" => {
                let canonical_rel = el.attr("rel").is_some_and(|r| {
                    r.split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("canonical"))
                });
                if canonical_rel && canonical.is_none() {
                    canonical = el
                        .attr("href")
                        .and_then(|h| non_empty(h.trim().to_string()));
                }
            }
            _ => {}
        }
    }
    if front.title.is_none() {
        front.title = title.or(h1);
    }
    if front.source_url.is_none() {
        front.source_url = canonical;
    }
}

fn non_empty(s: String) -> Option<String> {
    if s.trim().is_empty() {
        None
    } else {
        Some(s)
    }
}

struct Reader<'s> {
    blocks: Vec<Block>,
    loc: Locator<'s>,
    /// Loose inline content between block elements; it becomes a paragraph.
    inline: TextBuf,
}

impl Reader<'_> {
    /// One walk serves block and inline content: block elements flush the loose text collected
    /// so far, anything unknown is treated as inline and walked into.
    fn walk(&mut self, el: ElementRef<'_>, depth: usize) {
        if depth > MAX_DEPTH {
            self.inline.push_text(&el.text().collect::<String>());
            return;
        }
        for child in el.children() {
            let Some(child_el) = ElementRef::wrap(child) else {
                if let Node::Text(t) = child.value() {
                    self.inline.push_text(t);
                }
                continue;
            };
            let name = child_el.value().name();
            match name {
                "head" | "script" | "style" | "noscript" | "template" | "nav" | "title" => {}
                "br" => self.inline.newline(),
                "code" => self.inline.push_verbatim(&verbatim_text(child_el)),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    self.flush_inline();
                    let line = self.loc.find_start(name);
                    let level = name.as_bytes().get(1).map_or(1, |b| b.saturating_sub(b'0'));
                    let text = flat_text(child_el);
                    self.push(line, BlockKind::Heading { level, text });
                    self.loc.skip_past_end(name);
                }
                "p" => {
                    self.flush_inline();
                    let line = self.loc.find_start(name);
                    self.push(line, BlockKind::Paragraph(flat_text(child_el)));
                    self.loc.skip_past_end(name);
                }
                "ul" | "ol" => {
                    self.flush_inline();
                    self.list(child_el, depth + 1);
                }
                "li" => {
                    self.flush_inline();
                    self.item(child_el);
                }
                "table" => {
                    self.flush_inline();
                    self.table(child_el);
                }
                "pre" => {
                    self.flush_inline();
                    let line = self.loc.find_start(name);
                    let code = verbatim_text(child_el);
                    if !code.trim().is_empty() {
                        self.blocks.push(Block {
                            line,
                            kind: BlockKind::Code(code),
                        });
                    }
                    self.loc.skip_past_end(name);
                }
                _ if is_block_container(name) => {
                    self.flush_inline();
                    self.walk(child_el, depth + 1);
                    self.flush_inline();
                }
                _ => self.walk(child_el, depth + 1),
            }
        }
    }

    fn list(&mut self, list: ElementRef<'_>, depth: usize) {
        for child in list.children() {
            let Some(child_el) = ElementRef::wrap(child) else {
                continue;
            };
            if child_el.value().name() == "li" {
                self.item(child_el);
            } else {
                // Stray content inside a list is still content.
                self.flush_inline();
                self.walk(child_el, depth + 1);
                self.flush_inline();
            }
        }
    }

    fn item(&mut self, li: ElementRef<'_>) {
        let line = self.loc.find_start("li");
        self.push(line, BlockKind::Item(flat_text(li)));
        self.loc.skip_past_end("li");
    }

    fn table(&mut self, el: ElementRef<'_>) {
        let line = self.loc.find_start("table");
        let mut rows = Vec::new();
        self.collect_rows(el, false, &mut rows, 0);
        let mut table = Table::default();
        let first = rows.first().map(|(is_head, row)| {
            (
                *is_head,
                row.cells.iter().map(Cell::flat).collect::<Vec<_>>(),
            )
        });
        if let Some((is_head, names)) = first {
            // Pages styled with a `td` header row still spell one of the known headers.
            let known = KNOWN_TABLE_HEADERS
                .iter()
                .any(|h| h.iter().eq(names.iter()));
            if is_head || known {
                rows.remove(0);
                // An all-empty header row is the help center's way of drawing a box.
                if names.iter().any(|h| !h.is_empty()) {
                    table.header = names;
                }
            }
        }
        table.rows = rows.into_iter().map(|(_, r)| r).collect();
        self.blocks.push(Block {
            line,
            kind: BlockKind::Table(table),
        });
        self.loc.skip_past_end("table");
    }

    /// Rows of this table, not of tables nested in its cells. The flag says whether the row is a
    /// header row (inside `thead`, or made only of `th`).
    fn collect_rows(
        &mut self,
        el: ElementRef<'_>,
        in_head: bool,
        out: &mut Vec<(bool, Row)>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        for child in el.children().filter_map(ElementRef::wrap) {
            match child.value().name() {
                "thead" => self.collect_rows(child, true, out, depth + 1),
                "tbody" | "tfoot" => self.collect_rows(child, false, out, depth + 1),
                "tr" => {
                    let line = self.loc.find_start("tr");
                    let mut cells = Vec::new();
                    let mut all_th = true;
                    for cell in child.children().filter_map(ElementRef::wrap) {
                        match cell.value().name() {
                            "th" => cells.push(cell_of(cell)),
                            "td" => {
                                all_th = false;
                                cells.push(cell_of(cell));
                            }
                            _ => {}
                        }
                    }
                    let is_head = out.is_empty() && (in_head || (all_th && !cells.is_empty()));
                    out.push((is_head, Row { line, cells }));
                }
                _ => {}
            }
        }
    }

    fn flush_inline(&mut self) {
        let text = std::mem::take(&mut self.inline).finish();
        if text.is_empty() {
            return;
        }
        let line = self.loc.find_text(&text);
        self.push(line, BlockKind::Paragraph(text));
    }

    fn push(&mut self, line: u32, kind: BlockKind) {
        let empty = match &kind {
            BlockKind::Heading { text, .. }
            | BlockKind::Paragraph(text)
            | BlockKind::Item(text) => text.trim().is_empty(),
            _ => false,
        };
        if !empty {
            self.blocks.push(Block { line, kind });
        }
    }
}

/// Elements that break the flow of inline text (a paragraph ends before and after them).
#[rustfmt::skip]
const BLOCK_CONTAINERS: &[&str] = &[
    "html", "body", "div", "section", "article", "main", "header", "footer", "aside",
    "blockquote", "figure", "figcaption", "dl", "dt", "dd", "form", "fieldset", "address",
    "details", "summary", "hr", "tr", "td", "th", "thead", "tbody", "tfoot", "caption",
];

fn is_block_container(name: &str) -> bool {
    BLOCK_CONTAINERS.contains(&name)
}

/// A table cell: paragraphs and loose text become text parts, list items become items.
fn cell_of(td: ElementRef<'_>) -> Cell {
    let mut parts = Vec::new();
    let mut buf = TextBuf::default();
    cell_walk(td, &mut parts, &mut buf, 0);
    flush_part(&mut parts, &mut buf);
    Cell { parts }
}

fn cell_walk(el: ElementRef<'_>, parts: &mut Vec<CellPart>, buf: &mut TextBuf, depth: usize) {
    if depth > MAX_DEPTH {
        buf.push_text(&el.text().collect::<String>());
        return;
    }
    for child in el.children() {
        let Some(child_el) = ElementRef::wrap(child) else {
            if let Node::Text(t) = child.value() {
                buf.push_text(t);
            }
            continue;
        };
        match child_el.value().name() {
            "script" | "style" | "template" => {}
            "br" => buf.newline(),
            "code" => buf.push_verbatim(&verbatim_text(child_el)),
            "pre" => {
                flush_part(parts, buf);
                let text = verbatim_text(child_el);
                if !text.trim().is_empty() {
                    parts.push(CellPart::Text(text));
                }
            }
            "ul" | "ol" => {
                flush_part(parts, buf);
                for li in child_el.children().filter_map(ElementRef::wrap) {
                    if li.value().name() == "li" {
                        push_item(parts, li);
                    } else {
                        cell_walk(li, parts, buf, depth + 1);
                        flush_part(parts, buf);
                    }
                }
            }
            "li" => {
                flush_part(parts, buf);
                push_item(parts, child_el);
            }
            name if name == "p"
                || is_heading(name)
                || is_block_container(name)
                || name == "table" =>
            {
                flush_part(parts, buf);
                cell_walk(child_el, parts, buf, depth + 1);
                flush_part(parts, buf);
            }
            _ => cell_walk(child_el, parts, buf, depth + 1),
        }
    }
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

fn push_item(parts: &mut Vec<CellPart>, li: ElementRef<'_>) {
    let text = flat_text(li);
    if !text.is_empty() {
        parts.push(CellPart::Item(text));
    }
}

fn flush_part(parts: &mut Vec<CellPart>, buf: &mut TextBuf) {
    let text = std::mem::take(buf).finish();
    if !text.is_empty() {
        parts.push(CellPart::Text(text));
    }
}

/// The text of an element as one string: nested list items are joined with ` * `, the way the
/// Markdown reader flattens nested lists, so both renderings give the same item text.
fn flat_text(el: ElementRef<'_>) -> String {
    let mut buf = TextBuf::default();
    flat_walk(el, &mut buf, 0);
    buf.finish()
}

fn flat_walk(el: ElementRef<'_>, buf: &mut TextBuf, depth: usize) {
    if depth > MAX_DEPTH {
        buf.push_text(&el.text().collect::<String>());
        return;
    }
    for child in el.children() {
        let Some(child_el) = ElementRef::wrap(child) else {
            if let Node::Text(t) = child.value() {
                buf.push_text(t);
            }
            continue;
        };
        match child_el.value().name() {
            "script" | "style" | "template" => {}
            "br" => buf.newline(),
            "code" | "pre" => buf.push_verbatim(&verbatim_text(child_el)),
            "li" => {
                buf.push_text(" * ");
                flat_walk(child_el, buf, depth + 1);
            }
            name if name == "p" || is_block_container(name) => {
                buf.push_text(" ");
                flat_walk(child_el, buf, depth + 1);
                buf.push_text(" ");
            }
            _ => flat_walk(child_el, buf, depth + 1),
        }
    }
}

/// What `clean_text` does to raw text, for the characters that entities bring in after it ran.
fn unbreak(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200b}' | '\u{feff}' | '\u{200c}' | '\u{200d}'))
        .map(|c| {
            if matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// All text under an element as written, `<br>` as a newline.
fn verbatim_text(el: ElementRef<'_>) -> String {
    let mut out = String::new();
    for node in el.descendants() {
        match node.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if e.name() == "br" => out.push('\n'),
            _ => {}
        }
    }
    unbreak(&out)
}

/// Text collected under browser whitespace rules.
#[derive(Default)]
struct TextBuf {
    s: String,
}

impl TextBuf {
    fn push_text(&mut self, text: &str) {
        for (i, word) in text.split(|c: char| c.is_ascii_whitespace()).enumerate() {
            if i > 0 {
                self.space();
            }
            self.s.push_str(word);
        }
    }

    fn space(&mut self) {
        if !(self.s.is_empty() || self.s.ends_with(' ') || self.s.ends_with('\n')) {
            self.s.push(' ');
        }
    }

    fn push_verbatim(&mut self, text: &str) {
        self.s.push_str(text);
    }

    fn newline(&mut self) {
        let kept = self.s.trim_end_matches(' ').len();
        self.s.truncate(kept);
        self.s.push('\n');
    }

    /// Non-breaking spaces survive the folding above, as in a browser (samples are indented
    /// with them); only then do they become plain spaces, as `clean_text` makes them in the
    /// other renderings.
    fn finish(self) -> String {
        unbreak(&self.s).trim().to_string()
    }
}

/// Finds where blocks start in the raw source. scraper keeps no positions, so the locator looks
/// for each block's start tag after the previous one; blocks come in document order, so the
/// cursor only moves forward. A tag that cannot be found (html5ever invented it, or the source
/// is malformed) gets the line of the cursor.
struct Locator<'s> {
    src: &'s [u8],
    index: LineIndex,
    first_line: u32,
    cursor: usize,
}

impl<'s> Locator<'s> {
    fn new(src: &'s str, first_line: u32) -> Self {
        Locator {
            src: src.as_bytes(),
            index: LineIndex::new(src),
            first_line,
            cursor: 0,
        }
    }

    fn line_at(&self, offset: usize) -> u32 {
        self.index
            .line(offset)
            .saturating_add(self.first_line)
            .saturating_sub(1)
    }

    fn find_start(&mut self, tag: &str) -> u32 {
        let mut at = self.cursor;
        while let Some(lt) = find_byte(self.src, b'<', at) {
            if self.tag_at(lt + 1, tag) {
                self.cursor = lt + 1 + tag.len();
                return self.line_at(lt);
            }
            at = lt + 1;
        }
        self.line_at(self.cursor)
    }

    /// Moves the cursor past the end tag matching the start tag just found, so the next search
    /// does not land on tags nested inside this element.
    fn skip_past_end(&mut self, tag: &str) {
        let mut depth = 1usize;
        let mut at = self.cursor;
        while let Some(lt) = find_byte(self.src, b'<', at) {
            if self.src.get(lt + 1) == Some(&b'/') && self.tag_at(lt + 2, tag) {
                depth -= 1;
                if depth == 0 {
                    self.cursor = lt + 2 + tag.len();
                    return;
                }
            } else if self.tag_at(lt + 1, tag) {
                depth += 1;
            }
            at = lt + 1;
        }
    }

    /// Loose text has no tag: look for its first word instead. The cursor stays, since a word
    /// is a weaker clue than a tag and must not make the next block's tag unreachable.
    fn find_text(&self, text: &str) -> u32 {
        let word = text
            .split(|c: char| !c.is_ascii_alphanumeric())
            .find(|w| !w.is_empty());
        let hay = self.src.get(self.cursor..).unwrap_or_default();
        let pos = word.and_then(|w| hay.windows(w.len()).position(|h| h == w.as_bytes()));
        self.line_at(self.cursor + pos.unwrap_or(0))
    }

    /// Whether `tag` (case-insensitive) starts at `at` and is followed by a name boundary.
    fn tag_at(&self, at: usize, tag: &str) -> bool {
        let end = at + tag.len();
        let Some(name) = self.src.get(at..end) else {
            return false;
        };
        name.eq_ignore_ascii_case(tag.as_bytes())
            && self
                .src
                .get(end)
                .is_none_or(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
    }
}

fn find_byte(hay: &[u8], needle: u8, from: usize) -> Option<usize> {
    hay.get(from..)?
        .iter()
        .position(|b| *b == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(html: &str) -> Vec<BlockKind> {
        read(html, 1).into_iter().map(|b| b.kind).collect()
    }

    #[test]
    fn reads_blocks_in_order_with_lines() {
        let html = "<!DOCTYPE html>\n<html><head><title>T</title></head>\n<body>\n<h1>GET /x</h1>\n\
                    <p>Some  &amp;\n text.</p>\n<ul>\n<li>one</li>\n<li>two<ul><li>nested</li></ul></li>\n</ul>\n\
                    <pre>\n&lt;a&gt;\n  b\n</pre>\n</body></html>";
        let blocks = read(html, 10);
        let got: Vec<(u32, BlockKind)> = blocks.into_iter().map(|b| (b.line, b.kind)).collect();
        assert_eq!(
            got,
            vec![
                (
                    13,
                    BlockKind::Heading {
                        level: 1,
                        text: "GET /x".into()
                    }
                ),
                (14, BlockKind::Paragraph("Some & text.".into())),
                (17, BlockKind::Item("one".into())),
                (18, BlockKind::Item("two * nested".into())),
                (20, BlockKind::Code("<a>\n  b\n".into())),
            ]
        );
    }

    #[test]
    fn reads_tables_and_cells() {
        let html = "<table><thead><tr><th>Header</th><th>Description</th></tr></thead><tbody>\n\
                    <tr><td>Accept</td><td><p>Possible values:</p><ul><li>a</li><li>b</li></ul>\
                    <p>If absent,<br>XML.</p></td></tr></tbody></table>\n\
                    <table><tr><td>GET https://x/api</td></tr></table>";
        let k = kinds(html);
        let BlockKind::Table(t) = &k[0] else {
            panic!("{k:?}")
        };
        assert_eq!(t.header, vec!["Header", "Description"]);
        assert_eq!(t.rows.len(), 1);
        assert_eq!(
            t.rows[0].cells[1].parts,
            vec![
                CellPart::Text("Possible values:".into()),
                CellPart::Item("a".into()),
                CellPart::Item("b".into()),
                CellPart::Text("If absent,\nXML.".into()),
            ]
        );
        assert_eq!(t.rows[0].line, 2);
        let BlockKind::Table(b) = &k[1] else {
            panic!("{k:?}")
        };
        assert!(b.header.is_empty());
        assert_eq!(b.rows[0].cells[0].flat(), "GET https://x/api");
    }

    #[test]
    fn a_td_row_spelling_a_known_header_is_the_header() {
        let k = kinds("<table><tr><td><p>Header</p></td><td>Description</td></tr><tr><td>Accept</td><td>x</td></tr></table>");
        let BlockKind::Table(t) = &k[0] else {
            panic!("{k:?}")
        };
        assert_eq!(t.header, vec!["Header", "Description"]);
        assert_eq!(t.rows.len(), 1);
    }

    #[test]
    fn th_first_row_is_header_and_loose_text_is_a_paragraph() {
        let k = kinds(
            "<div>loose <b>text</b><table><tr><th>A</th></tr><tr><td>1</td></tr></table></div>",
        );
        assert_eq!(k[0], BlockKind::Paragraph("loose text".into()));
        let BlockKind::Table(t) = &k[1] else {
            panic!("{k:?}")
        };
        assert_eq!(t.header, vec!["A"]);
        assert_eq!(t.rows.len(), 1);
    }

    #[test]
    fn front_matter_from_head() {
        let html = "<html><head><title>GET /x</title><meta name=\"product_version\" content=\"13.0\">\
                    <link rel=\"canonical\" href=\"https://h/x.html\"></head><body><h1>Other</h1></body></html>";
        let mut front = FrontMatter::default();
        front_matter(html, &mut front);
        assert_eq!(front.title.as_deref(), Some("GET /x"));
        assert_eq!(front.product_version.as_deref(), Some("13.0"));
        assert_eq!(front.source_url.as_deref(), Some("https://h/x.html"));
        let mut front = FrontMatter::default();
        front_matter("<h1>Only &lt;h1&gt;</h1>", &mut front);
        assert_eq!(front.title.as_deref(), Some("Only <h1>"));
    }

    #[test]
    fn never_panics() {
        let samples = [
            "<table><tr><td><ul><li>x",
            "<p",
            "<h7>x</h7><h0>",
            "</table></tr><td>a</td>",
            "<pre>",
            "<",
            "<li><li><li>",
        ];
        for s in samples {
            let _ = read(s, 1);
            front_matter(s, &mut FrontMatter::default());
        }
        let deep = "<div>".repeat(5000) + "x" + &"<span>".repeat(5000);
        let _ = read(&deep, 1);
        for input in crate::read::pipe_text::fuzz::inputs() {
            let _ = read(&input, 1);
            front_matter(&input, &mut FrontMatter::default());
        }
    }
}
