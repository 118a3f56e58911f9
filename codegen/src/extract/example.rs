//! Examples: `Request: GET ... Request Header: X-RestSvcSessionId ... Response: 200 OK
//! Response Body: <...>`. The labels survive every rendering; the boxes around them do not, so
//! the example text is read as one stream and split at the labels. Prose between boxes ("To
//! track the status of the operation, ...") starts the next example.

use super::facts::Example;
use super::request_line;
use super::sample::{classify, Completeness};
use crate::diag::{Code, Sink};
use crate::doc::{collapse_ws, Block, BlockKind};

const LABELS: &[(&str, Label)] = &[
    ("Request Headers:", Label::Headers),
    ("Request Header:", Label::Headers),
    ("Request Body:", Label::RequestBody),
    ("Request:", Label::Request),
    ("Response Headers:", Label::ResponseHeaders),
    ("Response Header:", Label::ResponseHeaders),
    ("Response Body:", Label::ResponseBody),
    ("Response:", Label::Response),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Request,
    Headers,
    RequestBody,
    Response,
    ResponseHeaders,
    ResponseBody,
}

/// A sentence, not part of a sample box.
fn is_prose(text: &str) -> bool {
    let t = text.trim();
    if t.starts_with(['<', '{', '[', '"']) || LABELS.iter().any(|(l, _)| t.starts_with(l)) {
        return false;
    }
    // A box cut at a wide gap leaves the rest of the stream after a value
    // (`NDRjZm…  Response:  200 OK  Response Body: …`): labels mean it is no sentence.
    if LABELS.iter().any(|(l, _)| t.contains(&format!(" {l}"))) {
        return false;
    }
    t.split_whitespace().count() >= 4
        && t.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && !request_line::METHODS
            .iter()
            .any(|m| t.starts_with(&format!("{m} ")))
}

/// Text pieces of the example blocks: (line, text, is_prose).
fn pieces(blocks: &[&Block]) -> Vec<(u32, String, bool)> {
    let mut out = Vec::new();
    for b in blocks {
        match &b.kind {
            BlockKind::Paragraph(t) | BlockKind::Item(t) | BlockKind::Heading { text: t, .. } => {
                out.push((b.line, t.clone(), is_prose(t)))
            }
            BlockKind::Code(t) => out.push((b.line, t.clone(), false)),
            BlockKind::Table(table) => {
                for row in &table.rows {
                    for cell in &row.cells {
                        let raw = cell.raw();
                        let prose = is_prose(&raw) && !raw.contains("Request:");
                        out.push((row.line, raw, prose));
                    }
                }
            }
        }
    }
    out
}

pub fn examples(blocks: &[&Block], sink: &mut Sink) -> Vec<Example> {
    let mut out = Vec::new();
    let mut description: Option<String> = None;
    let mut stream = String::new();
    let mut stream_line = 0;
    for (line, text, prose) in pieces(blocks) {
        if prose {
            flush(&mut stream, stream_line, &mut description, &mut out, sink);
            description = Some(collapse_ws(&text));
        } else {
            if stream.is_empty() {
                stream_line = line;
            }
            stream.push_str(&text);
            stream.push('\n');
        }
    }
    flush(&mut stream, stream_line, &mut description, &mut out, sink);
    out
}

/// Positions of labels in the stream: (start, end of label, label).
fn find_labels(s: &str) -> Vec<(usize, usize, Label)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let at_boundary = i == 0 || s[..i].ends_with(char::is_whitespace);
        if at_boundary {
            if let Some((l, label)) = LABELS.iter().find(|(l, _)| s[i..].starts_with(l)) {
                found.push((i, i + l.len(), *label));
                i += l.len();
                continue;
            }
        }
        i += s[i..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

fn flush(
    stream: &mut String,
    line: u32,
    description: &mut Option<String>,
    out: &mut Vec<Example>,
    sink: &mut Sink,
) {
    if stream.trim().is_empty() {
        stream.clear();
        return;
    }
    let text = std::mem::take(stream);
    let labels = find_labels(&text);
    if labels.is_empty() {
        // A bare sample box: an example of the response representation alone.
        match classify(&text) {
            Some(sample) => {
                report_sample(&sample, line, sink);
                out.push(Example {
                    source: sink.at(line),
                    description: description.take(),
                    response_body: Some(sample),
                    ..Example::default()
                });
            }
            None => sink.push(
                line,
                Code::BadExample,
                format!(
                    "example text without Request:/Response: labels: {:?}",
                    short(&text)
                ),
            ),
        }
        return;
    }
    let mut current: Option<Example> = None;
    for (n, &(_, end, label)) in labels.iter().enumerate() {
        let value_end = labels.get(n + 1).map_or(text.len(), |l| l.0);
        let value = text[end..value_end].trim();
        if label == Label::Request || current.is_none() {
            if let Some(done) = current.take() {
                out.push(done);
            }
            current = Some(Example {
                source: sink.at(line),
                description: description.take(),
                ..Example::default()
            });
        }
        let Some(ex) = current.as_mut() else { continue };
        match label {
            Label::Request => match request_line::find(value) {
                Some(_) => {
                    let mut words = value.split_whitespace();
                    ex.method = words.next().map(str::to_string);
                    ex.url = words.next().map(str::to_string);
                }
                None => sink.push(
                    line,
                    Code::BadExample,
                    format!("example request is not `METHOD URL`: {:?}", short(value)),
                ),
            },
            Label::Headers => {
                let words: Vec<&str> = value.split_whitespace().collect();
                for pair in words.chunks(2) {
                    match pair {
                        [name, value] => ex.headers.push((name.to_string(), value.to_string())),
                        [name] => sink.push(
                            line,
                            Code::BadExample,
                            format!("example header {name} has no value"),
                        ),
                        _ => {}
                    }
                }
            }
            Label::Response => {
                let code = value
                    .split_whitespace()
                    .next()
                    .and_then(|w| w.parse::<u16>().ok());
                if code.is_none() {
                    sink.push(
                        line,
                        Code::BadExample,
                        format!("example response status is {:?}", short(value)),
                    );
                }
                ex.status = code;
            }
            Label::ResponseHeaders => {}
            Label::RequestBody | Label::ResponseBody => {
                if value.is_empty() || value.trim_end_matches('.').eq_ignore_ascii_case("none") {
                    continue;
                }
                let Some(sample) = classify(value) else {
                    sink.push(
                        line,
                        Code::BadExample,
                        format!("example body is neither XML nor JSON: {:?}", short(value)),
                    );
                    continue;
                };
                report_sample(&sample, line, sink);
                if label == Label::RequestBody {
                    ex.request_body = Some(sample);
                } else {
                    ex.response_body = Some(sample);
                }
            }
        }
    }
    if let Some(done) = current {
        out.push(done);
    }
}

pub fn report_sample(sample: &super::sample::Sample, line: u32, sink: &mut Sink) {
    let what = match &sample.root {
        Some(r) => format!("<{r}> sample"),
        None => format!("{:?} sample", sample.format).to_lowercase(),
    };
    match sample.completeness {
        Completeness::Truncated => sink.push(
            line,
            Code::TruncatedSample,
            format!(
                "{what} cut short by the rendering ({})",
                sample.problem.as_deref().unwrap_or("incomplete")
            ),
        ),
        Completeness::Malformed => sink.push(
            line,
            Code::MalformedSample,
            format!(
                "{what} is not well-formed: {}",
                sample.problem.as_deref().unwrap_or("?")
            ),
        ),
        _ => {}
    }
}

pub(crate) fn short(s: &str) -> String {
    let c = collapse_ws(s);
    if c.chars().count() > 60 {
        format!("{}…", c.chars().take(60).collect::<String>())
    } else {
        c
    }
}
