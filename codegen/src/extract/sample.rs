//! XML and JSON samples: what they are, whether the rendering cut them short, and a canonical
//! form so the same sample read from two renderings compares equal.

use quick_xml::events::Event;
use quick_xml::Reader;
use serde::Serialize;

use crate::doc::collapse_ws;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Xml,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Completeness {
    /// Well-formed and whole.
    Complete,
    /// Well-formed, but the docs elide part of it with `...`.
    Elided,
    /// Cut short by the rendering (typically only `<?xml ...?>` or the root's start tag survive).
    Truncated,
    /// Not well-formed for another reason.
    Malformed,
}

impl Completeness {
    /// Higher is better when two copies of a sample are merged.
    pub fn rank(self) -> u8 {
        match self {
            Completeness::Complete => 3,
            Completeness::Elided => 2,
            Completeness::Malformed => 1,
            Completeness::Truncated => 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sample {
    pub format: Format,
    pub completeness: Completeness,
    /// The root element (XML) — present even in most truncated samples.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root: Option<String>,
    /// Canonical text when well-formed, whitespace-collapsed text otherwise.
    pub body: String,
    /// Why the sample is not complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// Classifies text as an XML or JSON sample; `None` when it is neither.
pub fn classify(text: &str) -> Option<Sample> {
    let t = text.trim().trim_start_matches('\u{feff}');
    if t.starts_with('<') {
        Some(xml(t))
    } else if t.starts_with('{') || t.starts_with('[') || t.starts_with('"') {
        Some(json(t))
    } else {
        None
    }
}

/// Escapes every `&` that does not start a reference (`&name;`, `&#10;`, `&#x1F;`). Renderings
/// decode the page's own entities once, so a sample that wrote `&amp;` inside its cell arrives
/// with a bare `&`: that is the character the sample means, not a second entity to decode.
fn escape_bare_ampersands(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        out.push(c);
        if c == '&' && !starts_reference(&text[i + 1..]) {
            out.push_str("amp;");
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `rest` (what follows a `&`) is the remainder of an entity or character reference.
fn starts_reference(rest: &str) -> bool {
    let Some(end) = rest.find(';') else {
        return false;
    };
    let name = &rest[..end];
    if let Some(num) = name.strip_prefix('#') {
        return match num.strip_prefix(['x', 'X']) {
            Some(hex) => !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()),
            None => !num.is_empty() && num.chars().all(|c| c.is_ascii_digit()),
        };
    }
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

fn xml(text: &str) -> Sample {
    let escaped = escape_bare_ampersands(text);
    let mut reader = Reader::from_str(&escaped);
    let mut depth = 0usize;
    let mut root: Option<String> = None;
    let mut out = String::new();
    let mut elided = false;
    let mut closed_root = false;
    let mut problem = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                if depth == 0 && root.is_none() {
                    root = Some(name.clone());
                }
                depth += 1;
                out.push('<');
                out.push_str(&name);
                push_attrs(&mut out, &e);
                out.push('>');
            }
            Ok(Event::Empty(e)) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                if depth == 0 {
                    if root.is_none() {
                        root = Some(name.clone());
                    }
                    closed_root = true;
                }
                out.push('<');
                out.push_str(&name);
                push_attrs(&mut out, &e);
                out.push_str("/>");
            }
            Ok(Event::End(e)) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    closed_root = true;
                }
                out.push_str("</");
                out.push_str(&String::from_utf8_lossy(e.name().as_ref()));
                out.push('>');
            }
            Ok(Event::Text(t)) => {
                let raw = String::from_utf8_lossy(t.as_ref()).into_owned();
                let s = collapse_ws(&raw);
                // Words after the root element are not the sample's (a page footer, a sentence
                // the rendering glued on); keeping them would pass them off as XML.
                if depth == 0 && closed_root && !s.is_empty() {
                    problem = Some(format!("text after the root element: {s:?}"));
                    break;
                }
                // `...` stays in the body: it says which list the docs shortened.
                if s == "..." || s == "…" {
                    elided = true;
                }
                out.push_str(&s);
            }
            Ok(Event::CData(t)) => out.push_str(&String::from_utf8_lossy(t.as_ref())),
            // Entity and character references come apart from the text around them.
            Ok(Event::GeneralRef(r)) => {
                out.push('&');
                out.push_str(&String::from_utf8_lossy(r.as_ref()));
                out.push(';');
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => {
                problem = Some(without_position(&e.to_string()));
                break;
            }
        }
    }
    let (completeness, body) = match (&problem, depth, closed_root) {
        (None, 0, true) if elided => (Completeness::Elided, out),
        (None, 0, true) => (Completeness::Complete, out),
        (None, _, _) => {
            problem = Some(match &root {
                Some(r) => format!("<{r}> is never closed"),
                None => "no root element".to_string(),
            });
            (Completeness::Truncated, collapse_ws(text))
        }
        // quick-xml reports an unclosed tag at end of input as an error too.
        (Some(p), _, _) if p.contains("nclosed") || p.contains("end of") || p.contains("EOF") => {
            (Completeness::Truncated, collapse_ws(text))
        }
        (Some(_), _, _) => (Completeness::Malformed, collapse_ws(text)),
    };
    Sample {
        format: Format::Xml,
        completeness,
        root,
        body,
        problem,
    }
}

fn push_attrs(out: &mut String, e: &quick_xml::events::BytesStart<'_>) {
    for attr in e.attributes().with_checks(false).flatten() {
        out.push(' ');
        out.push_str(&String::from_utf8_lossy(attr.key.as_ref()));
        out.push_str("=\"");
        out.push_str(&String::from_utf8_lossy(&attr.value));
        out.push('"');
    }
}

fn json(text: &str) -> Sample {
    // Fragments such as `"Resources": { ... }` are whole objects once wrapped in braces.
    let fragment = text.starts_with('"');
    let text = if fragment {
        format!("{{{text}}}")
    } else {
        text.to_string()
    };
    let parsed = serde_json::from_str::<serde_json::Value>(&text).or_else(|e| {
        // The Markdown rendering turns `\\` into `\`, leaving `DOMAIN\user`: put the escape back.
        if e.to_string().contains("escape") {
            serde_json::from_str(&repair_escapes(&text)).map_err(|_| e)
        } else {
            Err(e)
        }
    });
    match parsed {
        Ok(v) => Sample {
            format: Format::Json,
            completeness: Completeness::Complete,
            root: None,
            body: v.to_string(),
            problem: None,
        },
        Err(e) => {
            // A fragment cut short ends inside the braces we added: ask the parser without them.
            let eof = e.is_eof()
                || (fragment
                    && serde_json::from_str::<serde_json::Value>(&text[..text.len() - 1])
                        .err()
                        .is_some_and(|e| e.is_eof()));
            Sample {
                format: Format::Json,
                completeness: if eof {
                    Completeness::Truncated
                } else {
                    Completeness::Malformed
                },
                root: None,
                body: collapse_ws(&text),
                problem: Some(without_position(&e.to_string())),
            }
        }
    }
}

/// Parser messages carry line and column, which depend on how a rendering laid the sample out;
/// the model keeps only what is wrong.
fn without_position(message: &str) -> String {
    let cut = [" at line ", " at position "]
        .iter()
        .filter_map(|p| message.find(p))
        .min()
        .unwrap_or(message.len());
    message[..cut].to_string()
}

/// The root element's attribute names and direct child element names, in document order
/// (duplicates removed). `None` when the body is not well-formed XML.
pub fn xml_root_shape(body: &str) -> Option<(Vec<String>, Vec<String>)> {
    let mut reader = Reader::from_str(body);
    let mut depth = 0usize;
    let mut attrs = Vec::new();
    let mut children: Vec<String> = Vec::new();
    loop {
        let (e, opens) = match reader.read_event().ok()? {
            Event::Start(e) => (e, true),
            Event::Empty(e) => (e, false),
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        if depth == 0 {
            for a in e.attributes().with_checks(false).flatten() {
                let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
                if !key.starts_with("xmlns") {
                    attrs.push(key);
                }
            }
        } else if depth == 1 {
            let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
            if !children.contains(&name) {
                children.push(name);
            }
        }
        if opens {
            depth += 1;
        }
    }
    Some((attrs, children))
}

/// Doubles every backslash that does not start a valid JSON escape.
fn repair_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '\\' {
            match chars.peek() {
                Some('"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't' | 'u') => {
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                }
                _ => out.push('\\'),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_completeness() {
        let s = classify("<?xml version=\"1.0\" encoding=\"utf-8\"?>").unwrap();
        assert_eq!(s.completeness, Completeness::Truncated);
        assert_eq!(s.root, None);
        let s = classify("<QueryResult xmlns=\"http://www.veeam.com/ent/v1.0\">").unwrap();
        assert_eq!(s.completeness, Completeness::Truncated);
        assert_eq!(s.root.as_deref(), Some("QueryResult"));
        let s = classify("<A x=\"1\">\n  <B>t</B>\n</A>").unwrap();
        assert_eq!(s.completeness, Completeness::Complete);
        assert_eq!(s.body, "<A x=\"1\"><B>t</B></A>");
        let s = classify("<A><B/> ... </A>").unwrap();
        assert_eq!(s.completeness, Completeness::Elided);
        let s = classify("<A></B>").unwrap();
        assert_ne!(s.completeness, Completeness::Complete);
        let s = classify("<A>x</A>\nPage updated 2026-07-29").unwrap();
        assert_eq!(s.completeness, Completeness::Malformed);
    }

    /// Issue 8: the cell wrote `&amp;`, the rendering decoded it once; the sample is whole and
    /// its text is the one `&`, not a reference cut short.
    #[test]
    fn an_ampersand_decoded_once_is_a_complete_sample() {
        let s = classify(
            "<VmsOverviewReportFrame xmlns=\"http://www.veeam.com/ent/v1.0\">   \
             <ProtectedVmsReportLink>Workspace/ViewReport.aspx?definition=1&ShowParams=1</ProtectedVmsReportLink> \
             </VmsOverviewReportFrame>",
        )
        .unwrap();
        assert_eq!(s.completeness, Completeness::Complete, "{s:?}");
        assert_eq!(
            xml_text(&s.body, "ProtectedVmsReportLink").as_deref(),
            Some("Workspace/ViewReport.aspx?definition=1&ShowParams=1")
        );
        // A real reference stays one reference.
        let s = classify("<A>a&amp;b&#38;c&lt;</A>").unwrap();
        assert_eq!(s.completeness, Completeness::Complete);
        assert_eq!(xml_text(&s.body, "A").as_deref(), Some("a&b&c<"));
        assert_eq!(
            escape_bare_ampersands("a & b &x &#1; &#x; &;"),
            "a &amp; b &amp;x &#1; &amp;#x; &amp;;"
        );
    }

    /// The decoded text of the first element named `name`.
    fn xml_text(body: &str, name: &str) -> Option<String> {
        let mut reader = Reader::from_str(body);
        let mut inside = false;
        let mut out = String::new();
        loop {
            match reader.read_event().ok()? {
                Event::Start(e) if e.name().as_ref() == name.as_bytes() => inside = true,
                Event::End(e) if e.name().as_ref() == name.as_bytes() => return Some(out),
                Event::Text(t) if inside => out.push_str(&t.decode().ok()?),
                Event::GeneralRef(r) if inside => {
                    let r = String::from_utf8_lossy(r.as_ref()).into_owned();
                    out.push_str(match r.as_str() {
                        "amp" | "#38" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        other => return Some(format!("&{other};")),
                    });
                }
                Event::Eof => return None,
                _ => {}
            }
        }
    }

    #[test]
    fn root_shape() {
        let (attrs, children) = xml_root_shape(
            "<A xmlns=\"u\" UID=\"1\" Name=\"n\"><Links><Link/></Links><B/><B/><C>t</C></A>",
        )
        .unwrap();
        assert_eq!(attrs, vec!["UID", "Name"]);
        assert_eq!(children, vec!["Links", "B", "C"]);
    }

    #[test]
    fn json_completeness() {
        let s = classify("{ \"OsKind\": \"Windows\" }").unwrap();
        assert_eq!(s.completeness, Completeness::Complete);
        let s = classify("{ \"Name\": \"x\", \"Res\": {").unwrap();
        assert_eq!(s.completeness, Completeness::Truncated);
        let s = classify("\"Resources\": { \"Q\": 1 }").unwrap();
        assert_eq!(s.completeness, Completeness::Complete);
        let s = classify("\"Creds\": { \"UserName\": \"fs01\\administrator\" }").unwrap();
        assert_eq!(s.completeness, Completeness::Complete);
        assert!(s.body.contains("fs01\\\\administrator"), "{}", s.body);
        let s = classify("\"Plan\": { \"Ref\": \"x\",").unwrap();
        assert_eq!(s.completeness, Completeness::Truncated);
    }
}
