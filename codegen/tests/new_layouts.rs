//! Issue 8: layouts of the 13.1 update the readers were not tuned on, in every rendering. The
//! inputs are small hand-written pages in the shape of the help center's; each is read as
//! Markdown, as the HTML pulldown-cmark's own writer makes of it, as the two text styles made
//! from that HTML, and as the project's own renderings.

use veeam_em_codegen::diag::Sink;
use veeam_em_codegen::extract::sample::Completeness;
use veeam_em_codegen::model::{Model, Operation};
use veeam_em_codegen::{build_model, read, render, Input};

/// A page with the two header tables written without their `| --- |` row, each heading
/// repeated as a plain paragraph, an example whose sample writes `&` as `&amp;`, and the
/// help center's footer.
const PAGE: &str = r#"---
title: "GET /reports/summary/overview"
source_url: "https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_overview.html"
product_version: "13.1.0.411"
---

# GET /reports/summary/overview

Returns an overview report.

HTTP Request

|  |
| --- |
| GET https://<Enterprise-Manager>:9398/api/reports/summary/overview |

Request Header

The request contains the following headers:

Request Header

| Header | Required | Description |
| X-RestSvcSessionId | True | The request requires authorization. |
| Accept | False | Identifies the format of the response. Possible values:   * application/xml * application/json |

Request Body

None.

Response

Response Codes

A successfully completed operation returns response code 200 OK.

Response Headers

Response Headers

| Header | Description |
| Content-type | The media type. Possible values:   * application/xml * application/json |

Example

The example below returns an overview report.

|  |
| --- |
| Request:  GET https://localhost:9398/api/reports/summary/overview  Request Header:  X-RestSvcSessionId   NDRj  Response:  200 OK  Response Body:  <VmsOverviewReportFrame xmlns="http://www.veeam.com/ent/v1.0">   <ProtectedVmsReportLink>Workspace/ViewReport.aspx?definition=1&amp;ShowParams=1</ProtectedVmsReportLink> </VmsOverviewReportFrame> |

Page updated 2026-07-29
"#;

/// The page's body as pulldown-cmark's `push_html` writes it, under a help-center `<head>`.
/// Raw HTML (the samples, `<Enterprise-Manager>`) goes to the writer as text: the help center
/// shows it as text.
fn pulldown_html(md: &str) -> String {
    use pulldown_cmark::{html, Event, Options, Parser};
    let body = md.splitn(3, "---\n").nth(2).unwrap_or(md);
    let mut out = String::from(
        "<!DOCTYPE html>\n<html><head><title>GET /reports/summary/overview</title>\n\
         <link rel=\"canonical\" href=\"https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_overview.html\">\n\
         <meta name=\"product-version\" content=\"13.1.0.411\"></head>\n<body>\n",
    );
    let events = Parser::new_ext(body, Options::ENABLE_TABLES).map(|e| match e {
        Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
        e => e,
    });
    html::push_html(&mut out, events);
    out.push_str("</body></html>\n");
    out
}

/// The page in every rendering: (name, text).
fn renderings(md: &str) -> Vec<(&'static str, String)> {
    let html = pulldown_html(md);
    let from_html = read::read_page("p.html", html.as_bytes(), &mut Sink::new("p.html"));
    let own = read::read_page("p.md", md.as_bytes(), &mut Sink::new("p.md"));
    vec![
        ("markdown", md.to_string()),
        ("pulldown html", html),
        ("pipe text from that html", render::to_pipe_text(&from_html)),
        ("cell text from that html", render::to_cell_text(&from_html)),
        ("own html", render::to_html(&own)),
        ("own pipe text", render::to_pipe_text(&own)),
        ("own cell text", render::to_cell_text(&own)),
    ]
}

fn model_of(name: &str, text: &str) -> Model {
    build_model(&[Input {
        file: name.to_string(),
        bytes: text.as_bytes().to_vec(),
    }])
}

fn the_operation<'m>(model: &'m Model, name: &str) -> &'m Operation {
    assert_eq!(
        model.operations.len(),
        1,
        "{name}: {:#?}",
        model.diagnostics
    );
    &model.operations[0]
}

#[test]
fn header_tables_without_a_delimiter_row() {
    for (name, text) in renderings(PAGE) {
        let model = model_of(name, &text);
        let op = the_operation(&model, name);
        let headers: Vec<(&str, Option<bool>, Vec<&str>)> = op
            .request_headers
            .iter()
            .map(|h| {
                let values = h.values.iter().map(String::as_str).collect();
                (h.name.as_str(), h.required, values)
            })
            .collect();
        assert_eq!(
            headers,
            vec![
                ("X-RestSvcSessionId", Some(true), vec![]),
                (
                    "Accept",
                    Some(false),
                    vec!["application/xml", "application/json"]
                ),
            ],
            "{name}"
        );
        let response: Vec<(&str, Vec<&str>)> = op
            .response_headers
            .iter()
            .map(|h| {
                (
                    h.name.as_str(),
                    h.values.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            response,
            vec![("Content-type", vec!["application/xml", "application/json"])],
            "{name}"
        );
        // Nothing unread, no section seen twice, nothing cut short.
        assert!(
            model.diagnostics.is_empty(),
            "{name}: {:#?}",
            model.diagnostics
        );
        assert_eq!(op.product_version.as_deref(), Some("13.1.0.411"), "{name}");
        assert_eq!(
            model.pages[0].product_version.as_deref(),
            Some("13.1.0.411"),
            "{name}"
        );
    }
}

/// The decoded text of the first `<name>` element of an XML body.
fn element_text(body: &str, name: &str) -> Option<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(body);
    let mut inside = false;
    let mut out = String::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.name().as_ref() == name.as_bytes() => inside = true,
            Event::End(e) if e.name().as_ref() == name.as_bytes() => return Some(out),
            Event::Text(t) if inside => out.push_str(&t.decode().ok()?),
            Event::GeneralRef(r) if inside => match r.as_ref() {
                b"amp" => out.push('&'),
                b"lt" => out.push('<'),
                b"gt" => out.push('>'),
                other => out.push_str(&format!("&{};", String::from_utf8_lossy(other))),
            },
            Event::Eof => return None,
            _ => {}
        }
    }
}

#[test]
fn an_ampersand_written_as_an_entity_in_a_sample_cell_is_decoded_once() {
    for (name, text) in renderings(PAGE) {
        let model = model_of(name, &text);
        let op = the_operation(&model, name);
        let example = op
            .examples
            .first()
            .unwrap_or_else(|| panic!("{name}: no example"));
        let sample = example
            .response_body
            .as_ref()
            .unwrap_or_else(|| panic!("{name}: no response body"));
        assert_eq!(
            sample.completeness,
            Completeness::Complete,
            "{name}: {sample:?}"
        );
        assert_eq!(
            element_text(&sample.body, "ProtectedVmsReportLink").as_deref(),
            Some("Workspace/ViewReport.aspx?definition=1&ShowParams=1"),
            "{name}: {}",
            sample.body
        );
        // The footer is page metadata, not text after the sample.
        assert!(!sample.body.contains("Page updated"), "{name}");
    }
}

/// "Possible values" lists inside cells, in every marker style: inline `*` and `•`, one item a
/// line with `-`, and `<li>`; and a header row written with `<td>`.
#[test]
fn lists_in_cells_in_every_marker_style() {
    let cells = [
        "Possible values:   * Running — in progress. * Finished",
        "Possible values: • Running — in progress. • Finished",
    ];
    for cell in cells {
        let md = PAGE.replace(
            "Identifies the format of the response. Possible values:   * application/xml * application/json",
            cell,
        );
        for (name, text) in renderings(&md) {
            let model = model_of(name, &text);
            let op = the_operation(&model, name);
            assert_eq!(
                op.request_headers[1].values,
                vec!["Running", "Finished"],
                "{name}: {cell}"
            );
        }
    }
    let html = "<html><head><title>GET /x</title></head><body><h1>GET /x</h1>\n\
                <p>HTTP Request</p><table><tr><td>GET https://h:9398/api/x</td></tr></table>\n\
                <p>Request Headers</p><table><tr><td>Header</td><td>Description</td></tr>\n\
                <tr><td>Accept</td><td>Possible values:<ul><li>application/xml</li><li>application/json</li></ul></td></tr>\n\
                <tr><td>Kind</td><td>Possible values:\n- Full\n- Increment</td></tr></table>\n\
                <p>Response Codes</p><p>A successfully completed operation returns response code 200 OK.</p></body></html>";
    let model = model_of("x.html", html);
    let op = the_operation(&model, "html");
    let values: Vec<&Vec<String>> = op.request_headers.iter().map(|h| &h.values).collect();
    assert_eq!(
        values,
        vec![
            &vec![
                "application/xml".to_string(),
                "application/json".to_string()
            ],
            &vec!["Full".to_string(), "Increment".to_string()]
        ]
    );
}
