//! Fuzz-style tests: truncated, damaged and random pages must end in diagnostics, never in a
//! panic. Deterministic: `rand`'s ChaCha8 generator with fixed seeds (`seed_from_u64`; ChaCha8,
//! unlike `StdRng`, is a named algorithm that gives the same numbers on every platform). Every
//! case runs under `catch_unwind`, and a failure names the case (file, offset, seed, index) so it
//! can be replayed.
//!
//! The pages come from `../shared/seeds` and `../shared/veeam-docs/em_rest` beside the workspace
//! and are only read at run time; without them the tests say so and return.

use std::panic::{self, AssertUnwindSafe};
use std::path::Path;

use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};

use veeam_em_codegen::diag::{Code, Sink};
use veeam_em_codegen::extract::request_line;
use veeam_em_codegen::model::Model;
use veeam_em_codegen::{build_model, read, render, Input};

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/veeam-docs/em_rest"
);
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seeds");

// ---------------------------------------------------------------------------------------------
// Helpers

/// The generator of case `seed`: the same seed gives the same numbers on every machine.
fn rng(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}

/// A page read from disk: its base name and bytes.
struct Page {
    name: String,
    bytes: Vec<u8>,
}

impl Page {
    fn text(&self) -> &str {
        std::str::from_utf8(&self.bytes).expect("the stored pages are UTF-8")
    }
}

fn read_pages(dir: &str, keep: impl Fn(&str) -> bool) -> Option<Vec<Page>> {
    let path = Path::new(dir);
    if !path.is_dir() {
        return None;
    }
    let mut pages: Vec<Page> = std::fs::read_dir(path)
        .unwrap_or_else(|e| panic!("cannot list {dir}: {e}"))
        .map(|entry| entry.expect("directory entry").path())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_string();
            keep(&name).then(|| Page {
                bytes: std::fs::read(&p)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display())),
                name,
            })
        })
        .collect();
    pages.sort_by(|a, b| a.name.cmp(&b.name));
    Some(pages)
}

/// The five seed pages (`0*.txt`; the README is not a page).
fn seeds() -> Option<Vec<Page>> {
    let pages =
        read_pages(SEEDS, |n| n.starts_with('0') && n.ends_with(".txt")).filter(|p| !p.is_empty());
    if pages.is_none() {
        eprintln!("seeds not found at {SEEDS}; skipping");
    }
    pages
}

fn corpus() -> Option<Vec<Page>> {
    let pages = read_pages(CORPUS, |n| n.ends_with(".md")).filter(|p| !p.is_empty());
    if pages.is_none() {
        eprintln!("corpus not found at {CORPUS}; skipping");
    }
    pages
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(panic payload is not a string)".to_string()
    }
}

/// `bytes` shown for a failure message: short inputs in full, long ones by length only.
fn show(bytes: &[u8]) -> String {
    if bytes.len() <= 200 {
        format!("input {:?}", String::from_utf8_lossy(bytes))
    } else {
        format!("input of {} bytes", bytes.len())
    }
}

/// Runs cases under `catch_unwind` and collects what went wrong, so one run reports every
/// failing case rather than the first.
#[derive(Default)]
struct Cases {
    run: usize,
    failures: Vec<String>,
}

impl Cases {
    /// Builds the model of one file named `file` holding `bytes`. A panic is a failure; so is
    /// every message `check` returns. `case` says how to rebuild the input.
    fn run(
        &mut self,
        case: &str,
        file: &str,
        bytes: &[u8],
        check: impl FnOnce(&Model) -> Vec<String>,
    ) {
        self.run += 1;
        let input = Input {
            file: file.to_string(),
            bytes: bytes.to_vec(),
        };
        match panic::catch_unwind(AssertUnwindSafe(|| {
            build_model(std::slice::from_ref(&input))
        })) {
            Ok(model) => {
                let mut problems = common_problems(&model, file, bytes);
                problems.extend(check(&model));
                for p in problems {
                    self.failures.push(format!("{case}: {p}"));
                }
            }
            Err(payload) => {
                self.failures.push(format!(
                    "{case}: PANIC: {} ({})",
                    panic_message(&*payload),
                    show(bytes)
                ));
            }
        }
    }

    fn finish(self, what: &str) {
        eprintln!(
            "{what}: {} case(s), {} failure(s)",
            self.run,
            self.failures.len()
        );
        if !self.failures.is_empty() {
            let shown: Vec<&str> = self.failures.iter().take(40).map(String::as_str).collect();
            panic!(
                "{what}: {} of {} case(s) failed (first {} shown):\n  {}",
                self.failures.len(),
                self.run,
                shown.len(),
                shown.join("\n  ")
            );
        }
    }
}

/// What holds for the model of any single file, however damaged.
fn common_problems(model: &Model, file: &str, bytes: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    // Line ends as the readers count them: `\n`, `\r\n` or a lone `\r`.
    let last_line = 1 + bytes
        .iter()
        .enumerate()
        .filter(|&(i, b)| *b == b'\n' || (*b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count();
    if model.pages.len() != 1 {
        out.push(format!(
            "expected 1 page in the model, found {}",
            model.pages.len()
        ));
    }
    for d in &model.diagnostics {
        if d.source.file != file {
            out.push(format!(
                "diagnostic names file {:?}, not {file:?}: {d}",
                d.source.file
            ));
        }
        if d.source.line == 0 || d.source.line as usize > last_line {
            out.push(format!("diagnostic outside lines 1..={last_line}: {d}"));
        }
    }
    out
}

/// Byte offset where the line holding the request line of the page's `HTTP Request` section
/// starts, and the 1-based line of that section's heading.
fn request_line_start(text: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    let mut heading = None;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let t = line.trim().trim_start_matches('#').trim();
        if heading.is_none() && t.eq_ignore_ascii_case("http request") {
            heading = Some(i + 1);
        } else if let Some(h) = heading {
            if request_line::find(line).is_some() {
                return Some((offset, h));
            }
        }
        offset += line.len();
    }
    None
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    1 + bytes[..offset].iter().filter(|b| **b == b'\n').count()
}

fn has_code(model: &Model, code: Code) -> bool {
    model.diagnostics.iter().any(|d| d.code == code)
}

fn codes(model: &Model) -> Vec<&'static str> {
    model.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

/// The single operation key of an undamaged page, if it describes exactly one.
fn operation_key(file: &str, bytes: &[u8]) -> Option<String> {
    let model = build_model(&[Input {
        file: file.to_string(),
        bytes: bytes.to_vec(),
    }]);
    match model.operations.as_slice() {
        [op] => Some(op.key()),
        _ => None,
    }
}

/// Every 97th byte, the end, cuts inside multi-byte characters, and cuts around the request line.
fn cut_offsets(bytes: &[u8], request_at: Option<usize>) -> Vec<usize> {
    let mut cuts: Vec<usize> = (0..bytes.len()).step_by(97).collect();
    cuts.push(bytes.len());
    let inside: Vec<usize> = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b >= 0xC0)
        .flat_map(|(i, b)| {
            if *b >= 0xE0 {
                vec![i + 1, i + 2]
            } else {
                vec![i + 1]
            }
        })
        .collect();
    let step = (inside.len() / 12).max(1);
    cuts.extend(inside.iter().step_by(step).copied());
    if let Some(r) = request_at {
        cuts.extend([
            r.saturating_sub(2),
            r.saturating_sub(1),
            r,
            r + 1,
            r + 5,
            r + 30,
        ]);
    }
    cuts.retain(|c| *c <= bytes.len());
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

/// The pages to truncate: the seeds, and 20 corpus pages spread over operation pages (15, the
/// largest among them) and other pages (5, the largest among them).
fn pages_to_cut() -> Vec<Page> {
    let mut pages = seeds().unwrap_or_default();
    if let Some(corpus) = corpus() {
        let (ops, others): (Vec<Page>, Vec<Page>) = corpus
            .into_iter()
            .partition(|p| request_line_start(p.text()).is_some());
        pages.extend(spread(ops, 15));
        pages.extend(spread(others, 5));
    }
    pages
}

/// `n` pages spread evenly over `pages` (sorted by name), always including the largest.
fn spread(pages: Vec<Page>, n: usize) -> Vec<Page> {
    if pages.is_empty() {
        return pages;
    }
    let largest = (0..pages.len())
        .max_by_key(|&i| pages[i].bytes.len())
        .unwrap_or(0);
    let step = (pages.len() / n.saturating_sub(1).max(1)).max(1);
    let mut chosen: Vec<usize> = (0..pages.len())
        .step_by(step)
        .take(n.saturating_sub(1))
        .collect();
    chosen.push(largest);
    chosen.sort_unstable();
    chosen.dedup();
    let mut out = Vec::new();
    for (i, p) in pages.into_iter().enumerate() {
        if chosen.contains(&i) {
            out.push(p);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Tests

/// Cuts `bytes` (a page named `name`) at many offsets; returns how many cuts removed the
/// request line.
fn cut_page(cases: &mut Cases, name: &str, bytes: &[u8]) -> usize {
    let text = String::from_utf8_lossy(bytes);
    let at = request_line_start(&text).filter(|_| std::str::from_utf8(bytes).is_ok());
    let key = at.and_then(|_| operation_key(name, bytes));
    let mut request_cuts = 0;
    for cut in cut_offsets(bytes, at.map(|(o, _)| o)) {
        let piece = &bytes[..cut];
        // Cutting at or before the start of the request line removes it: the piece then
        // either reports the missing line or does not hold the page's operation.
        let removes_request = matches!((at, &key), (Some((start, _)), Some(_)) if cut <= start);
        request_cuts += usize::from(removes_request);
        cases.run(&format!("{name} cut at byte {cut}"), name, piece, |model| {
            let mut problems = Vec::new();
            if removes_request {
                let key = key.as_deref().unwrap_or_default();
                if !has_code(model, Code::NoRequestLine)
                    && model.operations.iter().any(|o| o.key() == key)
                {
                    problems.push(format!(
                        "request line removed, yet operation {key} is in the model and there is no \
                         no-request-line diagnostic (diagnostics: {:?})",
                        codes(model)
                    ));
                }
            }
            problems
        });
    }
    request_cuts
}

#[test]
fn truncated_pages_end_in_diagnostics() {
    let pages = pages_to_cut();
    if pages.is_empty() {
        eprintln!("neither seeds nor corpus found; skipping");
        return;
    }
    let mut cases = Cases::default();
    let mut request_cuts = 0;
    for page in &pages {
        request_cuts += cut_page(&mut cases, &page.name, &page.bytes);
    }
    eprintln!(
        "{} page(s), {request_cuts} cut(s) removing a request line",
        pages.len()
    );
    cases.finish("truncated pages");
}

/// The corpus has only Markdown: render a few pages as HTML, pipe text and cell text (the
/// library's own renderers) and cut those, so every reader meets truncated input.
#[test]
fn truncated_renderings_end_in_diagnostics() {
    let Some(corpus) = corpus() else { return };
    let (ops, others): (Vec<Page>, Vec<Page>) = corpus
        .into_iter()
        .partition(|p| request_line_start(p.text()).is_some());
    let mut pages = spread(ops, 5);
    pages.extend(spread(others, 2));
    let mut cases = Cases::default();
    let mut request_cuts = 0;
    for page in &pages {
        let mut sink = Sink::new(page.name.clone());
        let read = read::read_page(&page.name, &page.bytes, &mut sink);
        let stem = page.name.trim_end_matches(".md");
        for (ext, text) in [
            ("html", render::to_html(&read)),
            ("pipe.txt", render::to_pipe_text(&read)),
            ("cell.txt", render::to_cell_text(&read)),
        ] {
            request_cuts += cut_page(&mut cases, &format!("{stem}.{ext}"), text.as_bytes());
        }
    }
    eprintln!(
        "{} page(s) x 3 renderings, {request_cuts} cut(s) removing a request line",
        pages.len()
    );
    cases.finish("truncated renderings");
}

#[test]
fn dropped_rows_still_build() {
    let Some(corpus) = corpus() else { return };
    // Table-heavy pages: the 8 with the most table rows.
    let mut by_rows: Vec<(usize, &Page)> = corpus
        .iter()
        .map(|p| {
            (
                p.text()
                    .lines()
                    .filter(|l| l.trim_start().starts_with('|'))
                    .count(),
                p,
            )
        })
        .collect();
    by_rows.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.name.cmp(&b.1.name)));
    let mut cases = Cases::default();
    for (page_no, (_, page)) in by_rows.iter().take(8).enumerate() {
        let lines: Vec<&str> = page.text().split_inclusive('\n').collect();
        let rows: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].trim_start().starts_with('|'))
            .collect();
        for variant in 0..25u64 {
            let seed = 1000 + page_no as u64 * 100 + variant;
            let mut rng = rng(seed);
            let mut dropped = Vec::new();
            for _ in 0..rng.random_range(1..=8) {
                // Mostly table rows (headers and separators included), sometimes any line.
                let line = if !rows.is_empty() && rng.random_ratio(3, 4) {
                    rows[rng.random_range(..rows.len())]
                } else {
                    rng.random_range(..lines.len())
                };
                dropped.push(line);
            }
            dropped.sort_unstable();
            dropped.dedup();
            let text: String = lines
                .iter()
                .enumerate()
                .filter(|(i, _)| !dropped.contains(i))
                .map(|(_, l)| *l)
                .collect();
            let shown: Vec<usize> = dropped.iter().map(|i| i + 1).collect();
            cases.run(
                &format!("{} (seed {seed}) without lines {shown:?}", page.name),
                &page.name,
                text.as_bytes(),
                |_| Vec::new(),
            );
        }
    }
    cases.finish("dropped rows");
}

/// Fragments that steer random input into each reader's corners.
const TOKENS: &[&str] = &[
    "|",
    " | ",
    "| --- |",
    "|---|---|",
    "|  |\n| --- |\n",
    "\n",
    "\n\n",
    "   ",
    "---\n",
    "# ",
    "## ",
    "* ",
    "• ",
    "- ",
    "```\n",
    "<",
    ">",
    "</",
    "<table>",
    "<tr>",
    "<td>",
    "</td>",
    "<th>",
    "<pre>",
    "<h1>",
    "<h2>",
    "<p>",
    "<li>",
    "<br>",
    "&amp;",
    "&#",
    "<!--",
    "-->",
    "GET ",
    "POST ",
    "PUT ",
    "DELETE ",
    "https://<Enterprise-Manager>:9398/api",
    "/vmRestorePoints/{ID}",
    "?format=Entity",
    "&action=",
    "{",
    "}",
    "HTTP Request\n",
    "Request Headers\n",
    "Request Body\n",
    "Response Codes\n",
    "Response Body\n",
    "Example\n",
    "Resource URL\n",
    "Header | Required | Description\n",
    "Element | Type | Min/Max Occurrence | Description\n",
    "0/1",
    "1/n",
    "Request:",
    "Response:",
    "Response Body:",
    "<?xml version=\"1.0\"?>",
    "<Foo xmlns=\"x\">",
    "</Foo>",
    "{\"a\":",
    "200 OK",
    "For details, see ",
    "title: \"x\"\n",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "—",
    "é",
    "😀",
    "\\_",
    "\r\n",
    "\t",
];

/// Random input for case `i`: raw bytes, printable ASCII, or a soup of structural tokens, after
/// one of the prefixes that select a reader.
fn random_input(i: u64) -> Vec<u8> {
    const PREFIXES: &[&[u8]] = &[b"", b"---\n", b"<html>", b"| a |"];
    let mut rng = rng(0xF0F0 + i);
    let len = rng.random_range(..4096);
    let mut out = PREFIXES[(i % 4) as usize].to_vec();
    match (i / 4) % 3 {
        0 => {
            while out.len() < len {
                out.push(rng.random());
            }
        }
        1 => {
            while out.len() < len {
                let b = match rng.random_range(..10u8) {
                    0 => b'\n',
                    1 => b'|',
                    _ => rng.random_range(b' '..=b'~'),
                };
                out.push(b);
            }
        }
        _ => {
            while out.len() < len {
                out.extend_from_slice(TOKENS[rng.random_range(..TOKENS.len())].as_bytes());
            }
        }
    }
    out
}

#[test]
fn random_bytes_end_in_diagnostics() {
    let mut cases = Cases::default();
    for i in 0..500 {
        let bytes = random_input(i);
        cases.run(
            &format!("random input {i} (random_input({i}))"),
            "random.txt",
            &bytes,
            |_| Vec::new(),
        );
    }
    cases.finish("random bytes");
}

#[test]
fn invalid_utf8_is_reported_at_its_line() {
    let Some(seeds) = seeds() else { return };
    let mut cases = Cases::default();
    for page in &seeds {
        let text = page.text();
        let mut positions = vec![0, page.bytes.len()];
        // The start of line 4, the middle of the file, and the request line when there is one.
        positions.extend(text.match_indices('\n').nth(2).map(|(i, _)| i + 1));
        let mut mid = page.bytes.len() / 2;
        while !text.is_char_boundary(mid) {
            mid += 1;
        }
        positions.push(mid);
        positions.extend(request_line_start(text).map(|(o, _)| o + 3));
        for crlf in [false, true] {
            for &pos in &positions {
                let (text, pos) = if crlf {
                    let before = text[..pos].replace('\n', "\r\n");
                    let after = text[pos..].replace('\n', "\r\n");
                    let pos = before.len();
                    (before + &after, pos)
                } else {
                    (text.to_string(), pos)
                };
                let mut bytes = text.into_bytes();
                let expected = line_of(&bytes, pos);
                bytes.splice(pos..pos, [0xFF, 0xFE]);
                let case = format!(
                    "{} with 0xFF 0xFE at byte {pos}{}",
                    page.name,
                    if crlf { " (CRLF)" } else { "" }
                );
                cases.run(&case, &page.name, &bytes, |model| {
                    let found: Vec<_> = model.diagnostics.iter().filter(|d| d.code == Code::InvalidUtf8).collect();
                    if found.iter().any(|d| d.source.file == page.name && d.source.line as usize == expected) {
                        Vec::new()
                    } else {
                        vec![format!(
                            "expected an invalid-utf8 diagnostic for {} at line {expected}, found {:?}",
                            page.name,
                            found.iter().map(|d| d.to_string()).collect::<Vec<_>>()
                        )]
                    }
                });
            }
        }
    }
    cases.finish("invalid UTF-8");
}

#[test]
fn empty_file_is_an_empty_page() {
    let mut cases = Cases::default();
    cases.run("empty file", "empty.md", b"", |model| {
        let ok = model.diagnostics.iter().any(|d| {
            d.code == Code::EmptyPage && d.source.file == "empty.md" && d.source.line == 1
        });
        if ok {
            Vec::new()
        } else {
            vec![format!(
                "expected empty-page at empty.md:1, found {:?}",
                codes(model)
            )]
        }
    });
    cases.finish("empty file");
}

/// A made-up operation page (no corpus text) whose `HTTP Request` box holds no request line.
const NO_REQUEST_LINE_PAGE: &str = "\
---
title: \"GET /widgets/{ID}\"
---

# GET /widgets/{ID}

Returns a widget.

Request

To get a widget, send the GET HTTP request.

HTTP Request

|  |
| --- |
| The request line is missing here. |

Request Body

None.

Response Codes

A successfully completed operation returns response code 200 OK.
";

fn expect_no_request_line(
    cases: &mut Cases,
    case: &str,
    file: &str,
    bytes: &[u8],
    heading_line: usize,
) {
    cases.run(case, file, bytes, |model| {
        let found: Vec<_> = model.diagnostics.iter().filter(|d| d.code == Code::NoRequestLine).collect();
        if found
            .iter()
            .any(|d| d.source.file == file && d.source.line as usize == heading_line)
        {
            Vec::new()
        } else {
            vec![format!(
                "expected no-request-line at {file}:{heading_line} (the HTTP Request heading), found {:?}",
                found.iter().map(|d| d.to_string()).collect::<Vec<_>>()
            )]
        }
    });
}

#[test]
fn http_request_without_request_line() {
    let mut cases = Cases::default();
    let heading = NO_REQUEST_LINE_PAGE
        .lines()
        .position(|l| l == "HTTP Request")
        .unwrap()
        + 1;
    expect_no_request_line(
        &mut cases,
        "made-up page",
        "get_widgets_id.md",
        NO_REQUEST_LINE_PAGE.as_bytes(),
        heading,
    );
    // Each seed operation page with its request line taken out, whatever the rendering.
    if let Some(seeds) = seeds() {
        for page in &seeds {
            let text = page.text();
            let Some((start, heading)) = request_line_start(text) else {
                continue;
            };
            let end = text[start..]
                .find('\n')
                .map_or(text.len(), |n| start + n + 1);
            let damaged = format!("{}{}", &text[..start], &text[end..]);
            let case = format!(
                "{} without its request line (bytes {start}..{end})",
                page.name
            );
            expect_no_request_line(&mut cases, &case, &page.name, damaged.as_bytes(), heading);
        }
    }
    cases.finish("no request line");
}
