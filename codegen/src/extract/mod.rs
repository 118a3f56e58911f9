//! Page facts from a page's blocks: kind, title, request line, tables, samples, examples.

pub mod concepts;
pub mod example;
pub mod facts;
pub mod request_line;
pub mod sample;
pub mod sections;
pub mod tables;

use facts::*;
use tables::TableKind;

use crate::diag::{Code, Sink};
use crate::doc::{collapse_ws, Block, BlockKind, Page};

/// Which part of an operation page a section belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Area {
    Intro,
    Request,
    Response,
    Example,
    Resource,
}

pub fn extract(page: &Page, sink: &mut Sink) -> PageFacts {
    let (title, title_line, body) = title_and_body(page);
    let sections = sections::split(body);
    let title_request = request_line::find(&title).map(|value| Located {
        source: sink.at(title_line),
        value,
    });
    let has = |name: &str| sections.iter().any(|s| s.key() == name);

    let kind = if has("http request") || (title_request.is_some() && !has("resource url")) {
        let is_query = title_request
            .as_ref()
            .is_some_and(|r| r.value.path == "/query" && r.value.fixed_query.contains_key("type"));
        if is_query {
            PageKind::QueryType
        } else {
            PageKind::Operation
        }
    } else if has("resource url")
        || (has("resource representation") && title.trim_start().starts_with('/'))
    {
        PageKind::Resource
    } else {
        PageKind::Concept
    };

    let mut op = OperationFacts {
        title_request,
        ..Default::default()
    };
    let mut res = ResourceFacts::default();
    let mut description = None;
    let mut area = Area::Intro;
    // "XML Representation" / "JSON Representation" sit inside the section whose table they
    // illustrate, before or after the table: they never own a table themselves.
    let mut owner = String::new();
    let mut type_tables = Vec::new();

    for section in &sections {
        let key = section.key();
        if key != "xml representation" && key != "json representation" {
            owner = section.heading.clone();
        }
        area = match key.as_str() {
            "" => Area::Intro,
            "request" | "http request" | "request headers" | "request header" | "request body" => {
                Area::Request
            }
            "response" | "response codes" | "response code" | "response headers"
            | "response header" | "response body" | "parameters" | "links" => Area::Response,
            "resource url" | "related resources" | "methods" | "resource representation" => {
                Area::Resource
            }
            k if k == "example" || k == "examples" || k.starts_with("example ") => Area::Example,
            _ => area,
        };
        if kind == PageKind::Concept {
            for b in section.blocks {
                if let Some(table) = b.table().filter(|t| tables::kind(t) == TableKind::Elements) {
                    type_tables.push(tables::elements(table, &owner, b.line, sink));
                }
            }
            continue;
        }
        let mut used = false;
        match key.as_str() {
            "" => {
                description = section.blocks.iter().find_map(|b| match &b.kind {
                    BlockKind::Paragraph(t) if !t.eq_ignore_ascii_case("In this article") => {
                        Some(collapse_ws(t))
                    }
                    _ => None,
                });
                used = true;
            }
            "http request" => {
                used = true;
                op.request = section_texts(section.blocks)
                    .into_iter()
                    .find_map(|(line, t)| {
                        request_line::find(&t).map(|value| Located {
                            source: sink.at(line),
                            value,
                        })
                    });
                if let Some(r) = op.request.as_ref().filter(|r| !r.value.standard_base) {
                    let line = r.source.line;
                    sink.push(
                        line,
                        Code::UnusualBaseUrl,
                        format!(
                            "request URL of {} does not go through https://<host>:9398/api",
                            r.value.key()
                        ),
                    );
                }
                if op.request.is_none() {
                    sink.push(
                        section.line,
                        Code::NoRequestLine,
                        "`HTTP Request` section without a `METHOD URL` line",
                    );
                }
            }
            "supported platforms" => {
                used = true;
                op.platforms = section
                    .blocks
                    .iter()
                    .filter_map(|b| match &b.kind {
                        BlockKind::Item(t) => Some(collapse_ws(t)),
                        _ => None,
                    })
                    .collect();
            }
            "request body" => {
                op.no_request_body = section_texts(section.blocks)
                    .iter()
                    .any(|(_, t)| t.trim() == "None.");
            }
            "response codes" | "response code" => {
                used = true;
                op.response_codes = response_codes(section.blocks, sink);
                if op.response_codes.is_empty() {
                    sink.push(
                        section.line,
                        Code::NoResponseCode,
                        "`Response Codes` names no status code",
                    );
                }
            }
            "response body" => {
                let prose: Vec<String> = section_texts(section.blocks)
                    .into_iter()
                    .map(|(_, t)| collapse_ws(&t))
                    .collect();
                if !prose.is_empty() {
                    op.response_summary = Some(prose.join(" "));
                }
            }
            "resource url" => {
                used = true;
                for (line, t) in section_texts(section.blocks) {
                    if let Some(url) = t.split_whitespace().find(|w| w.starts_with("http")) {
                        if let Some(r) = request_line::parse("GET", url) {
                            let mut path = r.path.clone();
                            if let Some((k, v)) = r.fixed_query.iter().next() {
                                path = format!("{path}?{k}={v}");
                            }
                            res.paths.push(Located {
                                source: sink.at(line),
                                value: path,
                            });
                        }
                    }
                }
            }
            "related resources" => {
                used = true;
                res.related = items(section.blocks);
            }
            "methods" => {
                used = true;
                res.methods = items(section.blocks);
            }
            "resource representation" => {
                used = true;
                for run in sample_runs(section.blocks) {
                    let Some(sample) = sample::classify(&run.text) else {
                        continue;
                    };
                    example::report_sample(&sample, run.line, sink);
                    let lead = run.lead.to_ascii_lowercase();
                    let form = if lead.contains("reference") {
                        "reference"
                    } else {
                        "entity"
                    };
                    res.representations.push(Representation {
                        source: sink.at(run.line),
                        form: form.to_string(),
                        sample,
                    });
                }
            }
            "xml representation" | "json representation" => {
                used = true;
                for run in sample_runs(section.blocks) {
                    if let Some(sample) = sample::classify(&run.text) {
                        example::report_sample(&sample, run.line, sink);
                        op.body_samples.push(BodySample {
                            source: sink.at(run.line),
                            section: owner.clone(),
                            sample,
                        });
                    }
                }
            }
            _ => {}
        }
        if area == Area::Example {
            used = true;
            op.examples.extend(example::examples(section.blocks, sink));
        }
        for b in section.blocks {
            let Some(table) = b.table() else {
                continue;
            };
            match tables::kind(table) {
                TableKind::Headers => {
                    used = true;
                    let hs = tables::headers(table, sink);
                    if area == Area::Response {
                        op.response_headers.extend(hs);
                    } else {
                        op.request_headers.extend(hs);
                    }
                }
                TableKind::Elements => {
                    used = true;
                    let t = tables::elements(table, &owner, b.line, sink);
                    match (kind, area) {
                        (PageKind::Resource, _) => res.tables.push(t),
                        (_, Area::Response) => op.response_tables.push(t),
                        (_, Area::Request) => op.request_tables.push(t),
                        // Sub-tables below the main sections follow the area they were reached from.
                        _ if !op.response_tables.is_empty() => op.response_tables.push(t),
                        _ => op.request_tables.push(t),
                    }
                }
                TableKind::Parameters => {
                    used = true;
                    op.filters.extend(tables::filters(table, sink));
                }
                TableKind::Links => {
                    used = true;
                    let ls = tables::links(table, sink);
                    if kind == PageKind::Resource {
                        res.links.extend(ls);
                    } else {
                        op.links.extend(ls);
                    }
                }
                TableKind::Box => {}
                TableKind::Other => {
                    let line = table.rows.first().map_or(b.line, |r| r.line);
                    sink.push(
                        line,
                        Code::UnknownTable,
                        format!(
                            "table with columns {:?} is not a known layout",
                            table.header
                        ),
                    );
                }
            }
        }
        let known = sections::KNOWN.contains(&key.as_str());
        if !used
            && !known
            && area != Area::Example
            && section_has_content(section.blocks)
            && !is_callout(section)
        {
            sink.push(
                section.line,
                Code::UnknownSection,
                format!("section {:?} was not understood", section.heading),
            );
        }
    }

    if matches!(kind, PageKind::Operation | PageKind::QueryType)
        && op.request.is_none()
        && !has("http request")
    {
        if op.title_request.is_some() {
            sink.push(
                title_line,
                Code::NoRequestLine,
                "no `HTTP Request` section; the operation is taken from the title",
            );
        } else {
            sink.push(
                title_line,
                Code::NoRequestLine,
                "operation page without an `HTTP Request` line",
            );
        }
    }

    PageFacts {
        source: sink.at(title_line),
        rendering: page.rendering,
        kind,
        title: collapse_ws(&title),
        source_url: page.front.source_url.clone(),
        product_version: page.front.product_version.clone(),
        description,
        operation: matches!(kind, PageKind::Operation | PageKind::QueryType).then_some(op),
        resource: (kind == PageKind::Resource).then_some(res),
        type_tables,
        concept: (kind == PageKind::Concept).then(|| concepts::facts(body, sink)),
    }
}

/// The title (H1, else front matter, else first line) and the blocks after it.
fn title_and_body(page: &Page) -> (String, u32, &[Block]) {
    match page.blocks.first() {
        Some(Block {
            line,
            kind: BlockKind::Heading { level: 1, text },
        }) => (text.clone(), *line, &page.blocks[1..]),
        first => (
            page.front.title.clone().unwrap_or_default(),
            first.map_or(1, |b| b.line.saturating_sub(1).max(1)),
            &page.blocks[..],
        ),
    }
}

/// Text of every block with its line; table cells one by one.
fn section_texts(blocks: &[Block]) -> Vec<(u32, String)> {
    blocks.iter().flat_map(block_raw).collect()
}

fn block_raw(b: &Block) -> Vec<(u32, String)> {
    match &b.kind {
        BlockKind::Table(t) => t
            .rows
            .iter()
            .flat_map(|r| r.cells.iter().map(move |c| (r.line, c.raw())))
            .collect(),
        BlockKind::Heading { text, .. }
        | BlockKind::Paragraph(text)
        | BlockKind::Item(text)
        | BlockKind::Code(text) => {
            vec![(b.line, text.clone())]
        }
    }
}

fn items(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Item(t) => Some(collapse_ws(t)),
            _ => None,
        })
        .collect()
}

fn section_has_content(blocks: &[Block]) -> bool {
    blocks
        .iter()
        .any(|b| !matches!(&b.kind, BlockKind::Paragraph(t) if t.trim().is_empty()))
}

/// "Important" / "Note" boxes and the like: prose for readers, nothing for the model.
fn is_callout(section: &sections::Section<'_>) -> bool {
    section.blocks.iter().all(|b| match &b.kind {
        BlockKind::Paragraph(_) | BlockKind::Item(_) => true,
        BlockKind::Table(t) => tables::kind(t) == TableKind::Box,
        _ => false,
    })
}

/// "A successfully completed operation returns response code 200 OK."
fn response_codes(blocks: &[Block], sink: &mut Sink) -> Vec<facts::Status> {
    let mut out = Vec::new();
    for (line, text) in section_texts(blocks) {
        let words: Vec<&str> = text.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let w = w.trim_end_matches(['.', ',']);
            if w.len() == 3
                && w.starts_with(['1', '2', '3', '4', '5'])
                && w.chars().all(|c| c.is_ascii_digit())
            {
                let code: u16 = w.parse().unwrap_or(0);
                let reason: Vec<&str> = words[i + 1..]
                    .iter()
                    .take_while(|r| r.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
                    .map(|r| r.trim_end_matches(['.', ',']))
                    .collect();
                if out.iter().all(|s: &facts::Status| s.code != code) {
                    out.push(facts::Status {
                        source: sink.at(line),
                        code,
                        reason: reason.join(" "),
                    });
                }
            }
        }
    }
    out
}

/// Consecutive sample text (a box, or the lines a text rendering made of it) and the prose line
/// before it ("Entity reference resource representation:").
struct SampleRun {
    line: u32,
    lead: String,
    text: String,
}

fn starts_sample(text: &str) -> bool {
    text.trim_start()
        .starts_with(['<', '{', '[', '"', '}', ']'])
}

fn sample_runs(blocks: &[Block]) -> Vec<SampleRun> {
    let mut runs: Vec<SampleRun> = Vec::new();
    let mut lead = String::new();
    let mut open = false;
    for (line, text) in section_texts(blocks) {
        if starts_sample(&text) {
            match runs.last_mut() {
                Some(run) if open => {
                    run.text.push('\n');
                    run.text.push_str(&text);
                }
                _ => runs.push(SampleRun {
                    line,
                    lead: std::mem::take(&mut lead),
                    text,
                }),
            }
            open = true;
        } else {
            lead = collapse_ws(&text);
            open = false;
        }
    }
    runs
}
