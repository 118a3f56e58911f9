//! Writes a page in the other renderings the help center produces (HTML, pipe text, cell text).
//! Tests use them to check that every reader gets the same information out of every rendering:
//! Markdown → blocks → render → read back.
//!
//! Each renderer writes what its reader expects and nothing more. The text renderings carry
//! the front matter only as the title line and the help center's footer lines (product build,
//! date), not the source URL nor heading levels, and the cell-text rendering dissolves boxes
//! into plain lines, as seed 003 shows them.

use crate::doc::{BlockKind, Cell, CellPart, Page, Table};

pub fn to_html(page: &Page) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
    let title = page
        .front
        .title
        .as_deref()
        .or_else(|| first_heading(page))
        .unwrap_or("");
    // The head as the help center writes it: the page URL only as the canonical link, the
    // build and the date as hyphenated meta names. What `cargo xtask fetch-docs` saves must read
    // to the same model as the Markdown, so its tests serve this rendering.
    out.push_str(&format!("<title>{}</title>\n", escape(title)));
    if let Some(url) = &page.front.source_url {
        out.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\">\n",
            escape(url)
        ));
    }
    for (name, value) in [
        ("product-version", &page.front.product_version),
        ("last-updated", &page.front.last_updated),
    ] {
        if let Some(v) = value {
            out.push_str(&format!(
                "<meta name=\"{name}\" content=\"{}\">\n",
                escape(v)
            ));
        }
    }
    out.push_str("</head>\n<body>\n");
    let mut in_list = false;
    for block in &page.blocks {
        let is_item = matches!(block.kind, BlockKind::Item(_));
        if in_list && !is_item {
            out.push_str("</ul>\n");
        }
        if is_item && !in_list {
            out.push_str("<ul>\n");
        }
        in_list = is_item;
        match &block.kind {
            BlockKind::Heading { level, text } => {
                let level = (*level).clamp(1, 6);
                out.push_str(&format!("<h{level}>{}</h{level}>\n", html_lines(text)));
            }
            BlockKind::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", html_lines(text))),
            BlockKind::Item(text) => out.push_str(&format!("<li>{}</li>\n", html_lines(text))),
            // html5ever drops one newline right after `<pre>`; the one written here keeps a
            // leading newline of the code.
            BlockKind::Code(code) => out.push_str(&format!("<pre>\n{}</pre>\n", escape(code))),
            BlockKind::Table(table) => html_table(&mut out, table),
        }
    }
    if in_list {
        out.push_str("</ul>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn html_table(out: &mut String, table: &Table) {
    out.push_str("<table>\n");
    if !table.header.is_empty() {
        out.push_str("<thead><tr>");
        for h in &table.header {
            out.push_str(&format!("<th>{}</th>", html_lines(h)));
        }
        out.push_str("</tr></thead>\n");
    }
    out.push_str("<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for cell in &row.cells {
            out.push_str("<td>");
            html_cell(out, cell);
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn html_cell(out: &mut String, cell: &Cell) {
    let mut in_list = false;
    for part in &cell.parts {
        match part {
            CellPart::Text(s) => {
                if in_list {
                    out.push_str("</ul>");
                    in_list = false;
                }
                out.push_str(&format!("<p>{}</p>", html_lines(s)));
            }
            CellPart::Item(s) => {
                if !in_list {
                    out.push_str("<ul>");
                    in_list = true;
                }
                out.push_str(&format!("<li>{}</li>", html_lines(s)));
            }
        }
    }
    if in_list {
        out.push_str("</ul>");
    }
}

/// Escaped text with line breaks kept as `<br>` and runs of spaces as `&nbsp;`, since HTML
/// would fold both (the boxes' `Request:  GET` and indented samples keep their spacing).
fn html_lines(text: &str) -> String {
    text.split('\n')
        .map(keep_spaces)
        .collect::<Vec<_>>()
        .join("<br>\n")
}

/// A space stays a space only where HTML would not fold or drop it: between two other
/// characters, after a character that is not a space.
fn keep_spaces(line: &str) -> String {
    let escaped = escape(line);
    let mut out = String::with_capacity(escaped.len());
    let mut previous = None;
    let mut chars = escaped.chars().peekable();
    while let Some(c) = chars.next() {
        let foldable = c == ' '
            && (previous.is_none_or(|p| p == ' ') || chars.peek().is_none_or(|n| *n == ' '));
        if foldable {
            out.push_str("&nbsp;");
        } else {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn first_heading(page: &Page) -> Option<&str> {
    page.blocks.iter().find_map(|b| match &b.kind {
        BlockKind::Heading { text, .. } => Some(text.as_str()),
        _ => None,
    })
}

/// The title line the text readers turn into the page heading: the page's own first heading,
/// or the front-matter title when the page does not start with one.
fn title_line(page: &Page) -> Option<&str> {
    match page.blocks.first().map(|b| &b.kind) {
        Some(BlockKind::Heading { .. }) => None,
        _ => page.front.title.as_deref(),
    }
}

/// Like seed 000: one line per block, tables as pipe rows whose cells keep their paragraphs and
/// list items on lines of their own.
pub fn to_pipe_text(page: &Page) -> String {
    let mut lines: Vec<String> = title_line(page).map(one_line).into_iter().collect();
    let mut previous_was_table = false;
    for block in &page.blocks {
        match &block.kind {
            BlockKind::Heading { text, .. } => lines.push(one_line(text)),
            BlockKind::Paragraph(text) | BlockKind::Code(text) => {
                lines.extend(
                    text.lines()
                        .filter(|l| !l.trim().is_empty())
                        .map(|l| l.trim_end().to_string()),
                );
            }
            BlockKind::Item(text) => lines.push(format!("- {}", one_line(text))),
            BlockKind::Table(table) => {
                // Adjacent tables would merge into one without a blank line between.
                if previous_was_table {
                    lines.push(String::new());
                }
                pipe_table(&mut lines, table);
            }
        }
        previous_was_table = matches!(block.kind, BlockKind::Table(_));
    }
    lines.extend(footer(page));
    lines.join("\n") + "\n"
}

/// The footer the help center prints under a page, from the front matter: the only place a
/// text rendering can say which build the page documents.
fn footer(page: &Page) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(v) = &page.front.product_version {
        lines.push(format!("Page content applies to build {}", one_line(v)));
    }
    if let Some(v) = &page.front.last_updated {
        lines.push(format!("Page updated {}", one_line(v)));
    }
    lines
}

fn pipe_table(lines: &mut Vec<String>, table: &Table) {
    if !table.header.is_empty() {
        let cells: Vec<String> = table
            .header
            .iter()
            .map(|h| pipe_escape(&one_line(h)))
            .collect();
        lines.push(format!("| {} |", cells.join(" | ")));
        lines.push(format!("|{}", "---|".repeat(table.header.len())));
    }
    for row in &table.rows {
        let cells: Vec<String> = row.cells.iter().map(pipe_cell).collect();
        lines.push(format!("| {} |", cells.join(" | ")));
    }
}

/// A cell's parts one per line, items as `• ` lines: the pipe reader splits cells at line
/// breaks and recognises the bullets.
fn pipe_cell(cell: &Cell) -> String {
    let mut lines = Vec::new();
    for part in &cell.parts {
        match part {
            CellPart::Text(s) => lines.extend(
                s.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| pipe_escape(l.trim())),
            ),
            CellPart::Item(s) => lines.push(format!("• {}", pipe_escape(&one_line(s)))),
        }
    }
    lines.join("\n")
}

fn pipe_escape(s: &str) -> String {
    s.replace('|', "\\|")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Like seed 003: blank lines between blocks, table cells one per line after their header
/// names, boxes dissolved into their lines, list items as `  • x` lines kept together.
pub fn to_cell_text(page: &Page) -> String {
    // Groups of lines written without blank lines between them.
    let mut groups: Vec<Vec<String>> = title_line(page)
        .map(|t| vec![one_line(t)])
        .into_iter()
        .collect();
    let mut previous_was_item = false;
    for block in &page.blocks {
        let is_item = matches!(block.kind, BlockKind::Item(_));
        match &block.kind {
            BlockKind::Heading { text, .. } => groups.push(vec![one_line(text)]),
            BlockKind::Paragraph(text) | BlockKind::Code(text) => {
                let lines: Vec<String> = text
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| l.trim_end().to_string())
                    .collect();
                if !lines.is_empty() {
                    groups.push(lines);
                }
            }
            BlockKind::Item(text) => {
                let line = format!("  • {}", one_line(text));
                match groups.last_mut() {
                    Some(group) if previous_was_item => group.push(line),
                    _ => groups.push(vec![line]),
                }
            }
            BlockKind::Table(table) => {
                groups.extend(table.header.iter().map(|h| vec![one_line(h)]));
                for row in &table.rows {
                    for cell in &row.cells {
                        cell_groups(&mut groups, cell);
                    }
                }
            }
        }
        previous_was_item = is_item;
    }
    groups.extend(footer(page).into_iter().map(|l| vec![l]));
    let mut out = String::new();
    for group in groups {
        if !out.is_empty() {
            out.push('\n');
        }
        for line in group {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

fn cell_groups(groups: &mut Vec<Vec<String>>, cell: &Cell) {
    let mut in_items = false;
    for part in &cell.parts {
        match part {
            CellPart::Text(s) => {
                in_items = false;
                let lines: Vec<String> = s
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| l.trim().to_string())
                    .collect();
                if !lines.is_empty() {
                    groups.push(lines);
                }
            }
            CellPart::Item(s) => {
                let line = format!("  • {}", one_line(s));
                match groups.last_mut() {
                    Some(group) if in_items => group.push(line),
                    _ => groups.push(vec![line]),
                }
                in_items = true;
            }
        }
    }
}
