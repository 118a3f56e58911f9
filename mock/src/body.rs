//! Response bodies: one representation held in both XML and JSON; each request gets the one its
//! `Accept` header asks for, JSON keys in the configured case.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};
use veeam_em::runtime::xml::{ElementWriter, ToXml};

use crate::JsonCase;

/// The XML namespace of every Enterprise Manager document.
pub(crate) const NAMESPACE: &str = "http://www.veeam.com/ent/v1.0";

/// The representation a request asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Xml,
    Json,
}

impl Format {
    /// XML unless `Accept` names JSON before (or without) XML: Enterprise Manager answers XML
    /// when the header is absent.
    pub(crate) fn from_accept(accept: Option<&str>) -> Format {
        let Some(accept) = accept else {
            return Format::Xml;
        };
        let accept = accept.to_ascii_lowercase();
        match (accept.find("json"), accept.find("xml")) {
            (Some(json), Some(xml)) if json < xml => Format::Json,
            (Some(_), None) => Format::Json,
            _ => Format::Xml,
        }
    }

    /// The `Content-Type` of a body in this format.
    pub(crate) fn content_type(self) -> &'static str {
        match self {
            Format::Xml => "application/xml; charset=utf-8",
            Format::Json => "application/json; charset=utf-8",
        }
    }

    /// The other format.
    pub(crate) fn other(self) -> Format {
        match self {
            Format::Xml => Format::Json,
            Format::Json => Format::Xml,
        }
    }
}

/// One representation in both formats. `json` is in PascalCase, as Enterprise Manager 12 and
/// earlier write it; [`Body::render`] converts keys for Enterprise Manager 13.
#[derive(Debug, Clone)]
pub(crate) struct Body {
    /// The whole XML document, declaration included.
    pub(crate) xml: String,
    /// The JSON document, PascalCase keys.
    pub(crate) json: Value,
}

impl Body {
    /// A body from a generated type: `pascal_json` (wire names, as the docs' JSON samples spell
    /// them) is read into `T` and `T` writes both documents, so what is sent is exactly what the
    /// generated types can say.
    pub(crate) fn typed<T>(root: &str, pascal_json: Value) -> Result<Body, String>
    where
        T: DeserializeOwned + Serialize + ToXml,
    {
        let value: T = serde_json::from_value(pascal_json).map_err(|e| format!("{root}: {e}"))?;
        Ok(Body::from_value(root, &value))
    }

    /// A body from a value of a generated type.
    pub(crate) fn from_value<T: Serialize + ToXml>(root: &str, value: &T) -> Body {
        Body {
            xml: veeam_em::runtime::xml::to_document(root, value),
            json: serde_json::to_value(value).unwrap_or(Value::Null),
        }
    }

    /// A body written by hand (no generated type fits): the XML root and the JSON document.
    pub(crate) fn literal(root: El, json: Value) -> Body {
        Body {
            xml: root.document(),
            json,
        }
    }

    /// The bytes of the body in `format`.
    pub(crate) fn render(&self, format: Format, case: JsonCase) -> Vec<u8> {
        match format {
            Format::Xml => self.xml.clone().into_bytes(),
            Format::Json => {
                let json = match case {
                    JsonCase::Pascal => self.json.clone(),
                    JsonCase::Camel => camel_keys(self.json.clone()),
                };
                serde_json::to_vec(&json).unwrap_or_default()
            }
        }
    }
}

/// An Enterprise Manager error body: `<Error Message="…" StatusCode="401"/>`, or
/// `{"Message": "…", "StatusCode": 401}`.
pub(crate) fn error_body(status: http::StatusCode, message: &str) -> Body {
    let status = status.as_u16();
    Body::literal(
        El::new("Error")
            .attr("Message", message)
            .attr("StatusCode", status.to_string()),
        serde_json::json!({ "Message": message, "StatusCode": status }),
    )
}

/// A value of a generated type as one element named `name` (no declaration, no namespace), to be
/// placed inside a hand-written document.
pub(crate) fn element<T: ToXml>(name: &str, value: &T) -> String {
    let mut w = ElementWriter::new(name);
    value.write_xml(&mut w);
    w.finish()
}

/// A value read into a generated type and back: normalises a hand-built JSON value to what the
/// type says (and fails when the type cannot hold it).
pub(crate) fn through<T: DeserializeOwned + Serialize>(
    what: &str,
    json: Value,
) -> Result<T, String> {
    serde_json::from_value(json).map_err(|e| format!("{what}: {e}"))
}

// ---------------------------------------------------------------------------------------------
// camelCase

/// Every object key of `value` in camelCase (Enterprise Manager 13).
pub(crate) fn camel_keys(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (camel_key(&k), camel_keys(v)))
                .collect::<Map<String, Value>>(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(camel_keys).collect()),
        other => other,
    }
}

/// JSON text with every object key in camelCase, everything else (order, spacing, values) as
/// it was: the documented examples are served as written, only the keys change. Text that is
/// not JSON is returned as it is.
pub(crate) fn camel_keys_in_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        // The end of the string: the first `"` not escaped.
        let mut end = None;
        let mut escaped = false;
        for (i, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        let Some(end) = end else {
            out.push_str(&rest[start..]);
            return out;
        };
        let content = &after[..end];
        let tail = &after[end + 1..];
        let is_key = tail.trim_start().starts_with(':');
        out.push('"');
        if is_key && !content.contains('\\') {
            out.push_str(&camel_key(content));
        } else {
            out.push_str(content);
        }
        out.push('"');
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// A PascalCase key in camelCase the way .NET's camelCase naming policy writes it: the first
/// letter lower-cased, and a leading run of capitals lower-cased but for the last one when a
/// lower-case letter follows it (`UID` → `uid`, `VmName` → `vmName`, `HTTPSUrl` → `httpsUrl`,
/// `CreationTimeUTC` → `creationTimeUTC`).
pub(crate) fn camel_key(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    let mut out = chars.clone();
    for i in 0..chars.len() {
        if i == 1 && !chars[i].is_uppercase() {
            break;
        }
        let next = chars.get(i + 1);
        if i > 0 {
            if let Some(&next) = next {
                if !next.is_uppercase() {
                    if next == ' ' {
                        out[i] = lower(chars[i]);
                    }
                    break;
                }
            }
        }
        out[i] = lower(chars[i]);
    }
    out.into_iter().collect()
}

fn lower(c: char) -> char {
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

// ---------------------------------------------------------------------------------------------
// A small XML builder for the documents no generated type fits

/// One element of a hand-written XML document.
#[derive(Debug, Clone)]
pub(crate) struct El {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
}

#[derive(Debug, Clone)]
enum Node {
    El(El),
    Text(String),
    Raw(String),
}

impl El {
    /// `<name/>`.
    pub(crate) fn new(name: &str) -> El {
        El {
            name: name.to_owned(),
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    /// With attribute `name="value"`.
    pub(crate) fn attr(mut self, name: &str, value: impl Into<String>) -> El {
        self.attrs.push((name.to_owned(), value.into()));
        self
    }

    /// With a child element.
    pub(crate) fn child(mut self, child: El) -> El {
        self.children.push(Node::El(child));
        self
    }

    /// With a child `<name>text</name>`.
    pub(crate) fn text_child(self, name: &str, text: impl Into<String>) -> El {
        let child = El {
            name: name.to_owned(),
            attrs: Vec::new(),
            children: vec![Node::Text(text.into())],
        };
        self.child(child)
    }

    /// With already written XML as content (elements from [`element`]).
    pub(crate) fn raw(mut self, xml: String) -> El {
        if !xml.is_empty() {
            self.children.push(Node::Raw(xml));
        }
        self
    }

    /// Adds a child element.
    pub(crate) fn push(&mut self, child: El) {
        self.children.push(Node::El(child));
    }

    fn write(&self, out: &mut String) {
        out.push('<');
        out.push_str(&self.name);
        for (name, value) in &self.attrs {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            escape(value, true, out);
            out.push('"');
        }
        if self.children.is_empty() {
            out.push_str(" />");
            return;
        }
        out.push('>');
        for child in &self.children {
            match child {
                Node::El(el) => el.write(out),
                Node::Text(text) => escape(text, false, out),
                Node::Raw(xml) => out.push_str(xml),
            }
        }
        out.push_str("</");
        out.push_str(&self.name);
        out.push('>');
    }

    /// The element as the root of a document: XML declaration, and the Enterprise Manager
    /// namespace as its first attribute.
    pub(crate) fn document(mut self) -> String {
        self.attrs
            .insert(0, ("xmlns".to_owned(), NAMESPACE.to_owned()));
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        self.write(&mut out);
        out
    }
}

/// `s` escaped for XML text, or for a double-quoted attribute value.
pub(crate) fn escape(s: &str, attr: bool, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            c if c < ' ' && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// `s` escaped for XML (attribute or text).
pub(crate) fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape(s, true, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_like_dotnet() {
        for (pascal, camel) in [
            ("UID", "uid"),
            ("ID", "id"),
            ("VmName", "vmName"),
            ("CreationTimeUTC", "creationTimeUTC"),
            ("HTTPSUrl", "httpsUrl"),
            ("CPUCount", "cpuCount"),
            ("vCloudTenant", "vCloudTenant"),
            ("Links", "links"),
            ("A", "a"),
            ("", ""),
            ("PagesCount", "pagesCount"),
        ] {
            assert_eq!(camel_key(pascal), camel, "{pascal}");
        }
    }

    #[test]
    fn camel_keys_recurse_and_leave_values() {
        let v = serde_json::json!({"Refs": {"Refs": [{"UID": "UID", "Links": [{"Rel": "Up"}]}]}});
        assert_eq!(
            camel_keys(v),
            serde_json::json!({"refs": {"refs": [{"uid": "UID", "links": [{"rel": "Up"}]}]}})
        );
    }

    #[test]
    fn accept_picks_the_format() {
        assert_eq!(Format::from_accept(None), Format::Xml);
        assert_eq!(Format::from_accept(Some("*/*")), Format::Xml);
        assert_eq!(Format::from_accept(Some("application/json")), Format::Json);
        assert_eq!(
            Format::from_accept(Some("application/xml, application/json")),
            Format::Xml
        );
        assert_eq!(
            Format::from_accept(Some("application/json, application/xml;q=0.5")),
            Format::Json
        );
    }

    #[test]
    fn error_body_in_both_formats() {
        let b = error_body(http::StatusCode::UNAUTHORIZED, "a \"b\" & c");
        assert_eq!(
            b.xml,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error xmlns=\"http://www.veeam.com/ent/v1.0\" \
             Message=\"a &quot;b&quot; &amp; c\" StatusCode=\"401\" />"
        );
        assert_eq!(
            b.json,
            serde_json::json!({"Message": "a \"b\" & c", "StatusCode": 401})
        );
    }
}
