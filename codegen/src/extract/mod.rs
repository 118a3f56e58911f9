//! Page facts from a page's blocks: kind, title, request line, tables, samples, examples.

pub mod concepts;
pub mod example;
pub mod facts;
pub mod request_line;
pub mod sample;
pub mod sections;
pub mod tables;

use std::collections::BTreeSet;

use facts::*;
use sections::SectionKind;
use tables::TableKind;

use crate::diag::{Code, Sink};
use crate::doc::{collapse_ws, Block, BlockKind, CellPart, Page};

/// Which part of an operation page a section belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Area {
    Intro,
    Request,
    Response,
    Example,
    Resource,
}

impl SectionKind {
    /// The part of the page a section of this kind opens; `None` for sub-sections, which stay
    /// in the part they were reached from.
    fn area(self) -> Option<Area> {
        use SectionKind as K;
        Some(match self {
            K::Intro => Area::Intro,
            K::Request | K::HttpRequest | K::RequestHeaders | K::RequestBody => Area::Request,
            K::Response
            | K::ResponseCodes
            | K::ResponseHeaders
            | K::ResponseBody
            | K::Parameters
            | K::Links => Area::Response,
            K::ResourceUrl | K::RelatedResources | K::Methods | K::ResourceRepresentation => {
                Area::Resource
            }
            K::Example => Area::Example,
            K::SupportedPlatforms
            | K::OptionalParameters
            | K::XmlRepresentation
            | K::JsonRepresentation
            | K::Other => return None,
        })
    }
}

pub fn extract(page: &Page, sink: &mut Sink) -> PageFacts {
    let (title, title_line, body) = title_and_body(page);
    let sections = sections::split(body);
    let title_request = request_line::find(&title).map(|value| Located {
        source: sink.at(title_line),
        value,
    });
    let has = |kind: SectionKind| sections.iter().any(|s| s.kind == kind);

    let kind = if has(SectionKind::HttpRequest)
        || (title_request.is_some() && !has(SectionKind::ResourceUrl))
    {
        let is_query = title_request
            .as_ref()
            .is_some_and(|r| r.value.path == "/query" && r.value.fixed_query.contains_key("type"));
        if is_query {
            PageKind::QueryType
        } else {
            PageKind::Operation
        }
    } else if has(SectionKind::ResourceUrl)
        || (has(SectionKind::ResourceRepresentation) && title.trim_start().starts_with('/'))
    {
        PageKind::Resource
    } else {
        PageKind::Concept
    };

    let mut x = Extractor {
        sink,
        kind,
        op: OperationFacts {
            title_request,
            ..Default::default()
        },
        res: ResourceFacts::default(),
        description: None,
        area: Area::Intro,
        owner: String::new(),
        type_tables: Vec::new(),
        read: BTreeSet::new(),
    };
    for section in &sections {
        x.section(section);
    }
    for section in &sections {
        x.report_unread(section);
    }
    let Extractor {
        sink,
        op,
        res,
        description,
        type_tables,
        ..
    } = x;

    if matches!(kind, PageKind::Operation | PageKind::QueryType)
        && op.request.is_none()
        && !has(SectionKind::HttpRequest)
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

/// One page being extracted: the facts so far, and which blocks a rule has read.
struct Extractor<'s> {
    sink: &'s mut Sink,
    kind: PageKind,
    op: OperationFacts,
    res: ResourceFacts,
    description: Option<String>,
    area: Area,
    /// The heading of the section that owns the tables below it. "XML Representation" /
    /// "JSON Representation" sit inside the section whose table they illustrate, before or
    /// after the table: they never own a table themselves.
    owner: String,
    type_tables: Vec<ElementTable>,
    /// Blocks some rule consumed (by address; they all live in the page). What is left is
    /// reported by [`Extractor::report_unread`], so nothing is lost silently.
    read: BTreeSet<usize>,
}

fn addr(b: &Block) -> usize {
    std::ptr::from_ref(b) as usize
}

impl Extractor<'_> {
    fn mark(&mut self, b: &Block) {
        self.read.insert(addr(b));
    }

    fn mark_all(&mut self, blocks: &[&Block]) {
        for b in blocks {
            self.mark(b);
        }
    }

    fn is_read(&self, b: &Block) -> bool {
        self.read.contains(&addr(b))
    }

    /// Marks the blocks that are prose (paragraphs, items): what a section's sentence-reading
    /// rule consumes. Tables, samples and the items of a "Possible values:" list are left for
    /// their own rules.
    fn mark_prose(&mut self, blocks: &[&Block]) {
        let mut in_values = false;
        for b in blocks {
            match &b.kind {
                BlockKind::Paragraph(t) => {
                    in_values = is_values_lead(t);
                    if !starts_sample(t) {
                        self.mark(b);
                    }
                }
                BlockKind::Item(t) => {
                    if !in_values && !starts_sample(t) {
                        self.mark(b);
                    }
                }
                _ => in_values = false,
            }
        }
    }

    /// One handler per section kind, then the tables (any section may hold them).
    fn section(&mut self, section: &sections::Section<'_>) {
        use SectionKind as K;
        if !matches!(section.kind, K::XmlRepresentation | K::JsonRepresentation) {
            self.owner = section.heading.clone();
        }
        if let Some(area) = section.kind.area() {
            self.area = area;
        }
        if self.kind == PageKind::Concept {
            self.concept_tables(section);
            return;
        }
        let blocks = &section.blocks[..];
        let used = match section.kind {
            K::Intro => self.intro(blocks),
            K::HttpRequest => self.http_request(section),
            K::SupportedPlatforms => self.supported_platforms(blocks),
            K::RequestBody => {
                // A sample right in `Request Body` (no `XML Representation` heading above it)
                // is the body's sample all the same.
                self.representation(blocks);
                self.request_body(blocks)
            }
            K::ResponseCodes => self.response_codes(section),
            K::ResponseBody => self.response_body(blocks),
            K::ResourceUrl => self.resource_url(blocks),
            K::RelatedResources => {
                self.res.related = self.items(blocks);
                true
            }
            K::Methods => {
                self.res.methods = self.items(blocks);
                true
            }
            K::ResourceRepresentation => self.resource_representation(blocks),
            K::XmlRepresentation | K::JsonRepresentation => self.representation(blocks),
            K::Request
            | K::RequestHeaders
            | K::Response
            | K::ResponseHeaders
            | K::Parameters
            | K::OptionalParameters
            | K::Links
            | K::Example => false,
            // A sub-section of the request ("Backup Job Clone Options") may show its fragment
            // without an `XML Representation` heading: it illustrates the sub-section's table.
            K::Other if self.area == Area::Request && self.kind != PageKind::Resource => {
                self.representation(blocks);
                false
            }
            K::Other => false,
        };
        let used = if self.area == Area::Example {
            self.mark_all(blocks);
            let examples = example::examples(blocks, self.sink);
            self.op.examples.extend(examples);
            true
        } else {
            used
        };
        let used = self.tables(blocks) || used;
        if !used && !section.kind.is_known() && section_has_content(blocks) && !is_callout(section)
        {
            self.sink.push(
                section.line,
                Code::UnknownSection,
                format!("section {:?} was not understood", section.heading),
            );
        }
    }

    fn intro(&mut self, blocks: &[&Block]) -> bool {
        self.mark_prose(blocks);
        self.description = blocks.iter().find_map(|b| match &b.kind {
            BlockKind::Paragraph(t) if !t.eq_ignore_ascii_case("In this article") => {
                Some(collapse_ws(t))
            }
            _ => None,
        });
        true
    }

    fn http_request(&mut self, section: &sections::Section<'_>) -> bool {
        self.mark_all(&section.blocks);
        let sink = &mut *self.sink;
        self.op.request = section_texts(&section.blocks)
            .into_iter()
            .find_map(|(line, t)| {
                request_line::find(&t).map(|value| Located {
                    source: sink.at(line),
                    value,
                })
            });
        if let Some(r) = self.op.request.as_ref().filter(|r| !r.value.standard_base) {
            let line = r.source.line;
            let message = format!(
                "request URL of {} does not go through https://<host>:9398/api",
                r.value.key()
            );
            self.sink.push(line, Code::UnusualBaseUrl, message);
        }
        if self.op.request.is_none() {
            self.sink.push(
                section.line,
                Code::NoRequestLine,
                "`HTTP Request` section without a `METHOD URL` line",
            );
        }
        true
    }

    fn supported_platforms(&mut self, blocks: &[&Block]) -> bool {
        self.mark_prose(blocks);
        self.op.platforms = self.items(blocks);
        true
    }

    fn request_body(&mut self, blocks: &[&Block]) -> bool {
        self.mark_prose(blocks);
        self.op.no_request_body = section_texts(blocks)
            .iter()
            .any(|(_, t)| t.trim() == "None.");
        false
    }

    fn response_codes(&mut self, section: &sections::Section<'_>) -> bool {
        self.mark_prose(&section.blocks);
        self.op.response_codes = response_codes(&section.blocks, self.sink);
        if self.op.response_codes.is_empty() {
            self.sink.push(
                section.line,
                Code::NoResponseCode,
                "`Response Codes` names no status code",
            );
        }
        true
    }

    fn response_body(&mut self, blocks: &[&Block]) -> bool {
        self.mark_prose(blocks);
        let prose: Vec<String> = section_texts(blocks)
            .into_iter()
            .map(|(_, t)| collapse_ws(&t))
            .collect();
        if !prose.is_empty() {
            self.op.response_summary = Some(prose.join(" "));
        }
        false
    }

    fn resource_url(&mut self, blocks: &[&Block]) -> bool {
        self.mark_all(blocks);
        for (line, t) in section_texts(blocks) {
            let Some(url) = t.split_whitespace().find(|w| w.starts_with("http")) else {
                continue;
            };
            if let Some(r) = request_line::parse("GET", url) {
                let mut path = r.path.clone();
                if let Some((k, v)) = r.fixed_query.iter().next() {
                    path = format!("{path}?{k}={v}");
                }
                self.res.paths.push(Located {
                    source: self.sink.at(line),
                    value: path,
                });
            }
        }
        true
    }

    fn resource_representation(&mut self, blocks: &[&Block]) -> bool {
        self.mark_prose(blocks);
        for run in sample_runs(blocks) {
            let Some(sample) = sample::classify(&run.text) else {
                continue;
            };
            self.mark_all(&run.blocks);
            example::report_sample(&sample, run.line, self.sink);
            let lead = run.lead.to_ascii_lowercase();
            let form = if lead.contains("reference") {
                RepresentationForm::Reference
            } else {
                RepresentationForm::Entity
            };
            self.res.representations.push(Representation {
                source: self.sink.at(run.line),
                form,
                sample,
            });
        }
        true
    }

    fn representation(&mut self, blocks: &[&Block]) -> bool {
        self.mark_prose(blocks);
        // Samples are boxes or loose text; a cell of a table with columns is not one.
        let loose: Vec<&Block> = blocks
            .iter()
            .copied()
            .filter(|b| b.table().is_none_or(|t| t.header.is_empty()))
            .collect();
        for run in sample_runs(&loose) {
            if let Some(sample) = sample::classify(&run.text) {
                self.mark_all(&run.blocks);
                example::report_sample(&sample, run.line, self.sink);
                self.op.body_samples.push(BodySample {
                    source: self.sink.at(run.line),
                    section: self.owner.clone(),
                    sample,
                });
            }
        }
        true
    }

    /// Concept pages define types ("Job Scheduling Options") with element tables; their other
    /// tables are for readers and are reported when unread.
    fn concept_tables(&mut self, section: &sections::Section<'_>) {
        for b in &section.blocks {
            if let Some(table) = b.table().filter(|t| tables::kind(t) == TableKind::Elements) {
                self.mark(b);
                let t = tables::elements(table, &self.owner, b.line, self.sink);
                self.type_tables.push(t);
            }
        }
    }

    /// The tables of a section, by their header. Returns whether one was understood.
    fn tables(&mut self, blocks: &[&Block]) -> bool {
        let mut used = false;
        for b in blocks {
            let Some(table) = b.table() else {
                continue;
            };
            let kind = tables::kind(table);
            if !matches!(kind, TableKind::Box) {
                // Unknown layouts get their own diagnostic below, not a second one.
                self.mark(b);
            }
            match kind {
                TableKind::Headers => {
                    used = true;
                    let hs = tables::headers(table, self.sink);
                    if self.area == Area::Response {
                        self.op.response_headers.extend(hs);
                    } else {
                        self.op.request_headers.extend(hs);
                    }
                }
                TableKind::Elements => {
                    used = true;
                    let t = tables::elements(table, &self.owner, b.line, self.sink);
                    match (self.kind, self.area) {
                        (PageKind::Resource, _) => self.res.tables.push(t),
                        (_, Area::Response) => self.op.response_tables.push(t),
                        (_, Area::Request) => self.op.request_tables.push(t),
                        // Sub-tables below the main sections follow the area they were reached
                        // from.
                        _ if !self.op.response_tables.is_empty() => self.op.response_tables.push(t),
                        _ => self.op.request_tables.push(t),
                    }
                }
                TableKind::Parameters => {
                    used = true;
                    let fs = tables::filters(table, self.sink);
                    self.op.filters.extend(fs);
                }
                TableKind::Links => {
                    used = true;
                    let ls = tables::links(table, self.sink);
                    if self.kind == PageKind::Resource {
                        self.res.links.extend(ls);
                    } else {
                        self.op.links.extend(ls);
                    }
                }
                TableKind::Box => {}
                TableKind::Other => {
                    let line = table.rows.first().map_or(b.line, |r| r.line);
                    self.sink.push(
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
        used
    }

    fn items(&mut self, blocks: &[&Block]) -> Vec<String> {
        blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Item(t) => {
                    self.mark(b);
                    Some(collapse_ws(t))
                }
                _ => None,
            })
            .collect()
    }

    /// What no rule read: tables with columns, samples (boxed or loose), and "Possible values"
    /// lists outside tables. Each is a diagnostic naming where it is, so a new layout in the docs
    /// is seen instead of silently dropped. Boxes of prose (notes, walk-throughs on concept
    /// pages) are not reported: the text renderings dissolve them into paragraphs, and a
    /// diagnostic must not depend on the rendering.
    fn report_unread(&mut self, section: &sections::Section<'_>) {
        let where_ = if section.heading.is_empty() {
            "before the first section".to_string()
        } else {
            format!("in section {:?}", section.heading)
        };
        let mut after_values = false;
        // Unread loose text and boxes, in runs broken by anything read or tabular.
        let mut loose: Vec<Vec<&Block>> = vec![Vec::new()];
        for b in &section.blocks {
            let read = self.is_read(b);
            let values_list = after_values && matches!(b.kind, BlockKind::Item(_));
            after_values = match &b.kind {
                BlockKind::Paragraph(t) => is_values_lead(t),
                BlockKind::Item(_) => values_list,
                _ => false,
            };
            let headed = b.table().is_some_and(|t| !t.header.is_empty());
            if read || headed {
                loose.push(Vec::new());
            } else if let Some(run) = loose.last_mut() {
                run.push(b);
            }
            if read {
                continue;
            }
            match &b.kind {
                BlockKind::Table(t) if headed => {
                    let message =
                        format!("table with columns {:?} {where_} was not read", t.header);
                    self.sink.push(b.line, Code::UnreadTable, message);
                }
                BlockKind::Item(t) if values_list => {
                    let message = format!(
                        "\"Possible values\" item {where_} was not read: {:?}",
                        collapse_ws(t)
                    );
                    self.sink.push(b.line, Code::UnreadValues, message);
                }
                // A box of prose is not reported, but a values list inside it is: the text
                // renderings dissolve the box and the list stands on its own there.
                BlockKind::Table(t) => {
                    for row in &t.rows {
                        for cell in &row.cells {
                            let mut in_values = false;
                            for part in &cell.parts {
                                match part {
                                    CellPart::Text(text) => in_values = is_values_lead(text),
                                    CellPart::Item(item) if in_values => {
                                        let message = format!(
                                            "\"Possible values\" item {where_} was not read: {:?}",
                                            collapse_ws(item)
                                        );
                                        self.sink.push(row.line, Code::UnreadValues, message);
                                    }
                                    CellPart::Item(_) => {}
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        for run in loose.iter().filter(|r| !r.is_empty()) {
            // Line by line: a walk-through box ("Request: ... Response Body: <Links>...") holds
            // its sample after the labels, and the text renderings put it on lines of its own.
            let lines: Vec<(u32, String)> = section_texts(run)
                .into_iter()
                .flat_map(|(line, t)| {
                    // Wide gaps are where a flattened box had its line breaks.
                    t.lines()
                        .flat_map(|l| l.split("   "))
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(|l| (line, l.to_string()))
                        .collect::<Vec<_>>()
                })
                .collect();
            // `<Enterprise-Manager>:9398/api` is the help center's host placeholder, not XML.
            let lines: Vec<(u32, String)> = lines
                .into_iter()
                .filter(|(_, l)| !l.starts_with("<Enterprise-Manager>"))
                .collect();
            for sample_run in text_runs(&lines) {
                let Some(sample) = sample::classify(&sample_run.text) else {
                    continue;
                };
                let what = match &sample.root {
                    Some(r) => format!("<{r}> sample"),
                    None => format!("{:?} sample", sample.format).to_lowercase(),
                };
                self.sink.push(
                    sample_run.line,
                    Code::UnreadSample,
                    format!("{what} {where_} was not read"),
                );
            }
        }
    }
}

/// A paragraph that opens a list of values ("Possible values:").
fn is_values_lead(text: &str) -> bool {
    let t = text.trim().to_ascii_lowercase();
    t.contains("possible values") && t.ends_with(':')
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
fn section_texts(blocks: &[&Block]) -> Vec<(u32, String)> {
    blocks.iter().flat_map(|b| block_raw(b)).collect()
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

fn section_has_content(blocks: &[&Block]) -> bool {
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
fn response_codes(blocks: &[&Block], sink: &mut Sink) -> Vec<facts::Status> {
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
struct SampleRun<'a> {
    line: u32,
    lead: String,
    text: String,
    /// The blocks the run was read from.
    blocks: Vec<&'a Block>,
}

fn starts_sample(text: &str) -> bool {
    text.trim_start()
        .starts_with(['<', '{', '[', '"', '}', ']'])
}

/// Runs of sample text among lines of text, as [`sample_runs`] finds them among blocks.
fn text_runs(lines: &[(u32, String)]) -> Vec<SampleRun<'static>> {
    let mut runs: Vec<SampleRun<'static>> = Vec::new();
    let mut open = false;
    for (line, text) in lines {
        if starts_sample(text) {
            match runs.last_mut() {
                Some(run) if open => {
                    run.text.push('\n');
                    run.text.push_str(text);
                }
                _ => runs.push(SampleRun {
                    line: *line,
                    lead: String::new(),
                    text: text.clone(),
                    blocks: Vec::new(),
                }),
            }
            open = true;
        } else {
            open = false;
        }
    }
    runs
}

fn sample_runs<'a>(blocks: &[&'a Block]) -> Vec<SampleRun<'a>> {
    let mut runs: Vec<SampleRun<'a>> = Vec::new();
    let mut lead = String::new();
    let mut open = false;
    for b in blocks {
        for (line, text) in block_raw(b) {
            if starts_sample(&text) {
                match runs.last_mut() {
                    Some(run) if open => {
                        run.text.push('\n');
                        run.text.push_str(&text);
                        if !run.blocks.iter().any(|r| std::ptr::eq(*r, *b)) {
                            run.blocks.push(b);
                        }
                    }
                    _ => runs.push(SampleRun {
                        line,
                        lead: std::mem::take(&mut lead),
                        text,
                        blocks: vec![b],
                    }),
                }
                open = true;
            } else {
                lead = collapse_ws(&text);
                open = false;
            }
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(md: &str) -> (PageFacts, Vec<(u32, &'static str, String)>) {
        let mut sink = Sink::new("p.md");
        let page = crate::read::read_page("p.md", md.as_bytes(), &mut sink);
        let facts = extract(&page, &mut sink);
        let diags = sink
            .diagnostics
            .into_iter()
            .map(|d| (d.source.line, d.code.as_str(), d.message))
            .collect();
        (facts, diags)
    }

    /// A sample with no `XML Representation` heading above it, in `Request Body` or in a
    /// request sub-section, is the body's sample of that section, not lost.
    #[test]
    fn samples_in_request_sections_are_read() {
        let md = "---\ntitle: \"POST /x\"\n---\n# POST /x\n\nHTTP Request\n\n|  |\n| --- |\n\
                  | POST https://h:9398/api/x |\n\nRequest Body\n\n|  |\n| --- |\n| <A><B>1</B></A> |\n\n\
                  Retry Options\n\n|  |\n| --- |\n| <Retry><Count>2</Count></Retry> |\n\n\
                  Response Codes\n\nReturns response code 201 Created.\n";
        let (facts, diags) = facts(md);
        let op = facts.operation.expect("an operation");
        let samples: Vec<(&str, Option<&str>)> = op
            .body_samples
            .iter()
            .map(|b| (b.section.as_str(), b.sample.root.as_deref()))
            .collect();
        assert_eq!(
            samples,
            vec![
                ("Request Body", Some("A")),
                ("Retry Options", Some("Retry"))
            ]
        );
        assert!(diags.is_empty(), "{diags:?}");
    }

    /// What no rule reads is a diagnostic naming its line: a table of another layout, a sample,
    /// a "Possible values" list outside a table. Notes and walk-through prose are not.
    #[test]
    fn unread_content_is_reported() {
        let md = "---\ntitle: \"Query Syntax\"\n---\n# Query Syntax\n\n\
                  |  |\n| --- |\n| Tip Use the query service. |\n\n\
                  | Operator | Meaning |\n| --- | --- |\n| == | equal |\n\n\
                  |  |\n| --- |\n| <Links>   <Link Rel=\"Up\" /> </Links> |\n\n\
                  Possible values:\n\n* Full\n* Increment\n";
        let (_, diags) = facts(md);
        let got: Vec<(u32, &str)> = diags.iter().map(|(l, c, _)| (*l, *c)).collect();
        assert_eq!(
            got,
            vec![
                (10, "unread-table"),
                (20, "unread-values"),
                (21, "unread-values"),
                (16, "unread-sample"),
            ],
            "{diags:#?}"
        );
        assert!(
            diags[0].2.contains("[\"Operator\", \"Meaning\"]"),
            "{diags:?}"
        );
        assert!(diags[3].2.contains("<Links> sample"), "{diags:?}");
        // On an operation page too: the intro's sentences are read, its values list is not.
        let md = "---\ntitle: \"GET /x\"\n---\n# GET /x\n\nReturns x. Possible values:\n\n* A\n\n\
                  HTTP Request\n\n|  |\n| --- |\n| GET https://h:9398/api/x |\n";
        let (_, diags) = facts(md);
        let got: Vec<(u32, &str)> = diags.iter().map(|(l, c, _)| (*l, *c)).collect();
        assert_eq!(got, vec![(8, "unread-values")], "{diags:#?}");
    }
}
