//! Members a server sent that the help-center pages do not name: JSON keys, XML attributes and
//! XML child elements. Every generated struct keeps them in its `unknown` field
//! ([`UnknownMembers`]) and writes them back on encode, XML elements in their place, so nothing a
//! server sends is lost between a decode and an encode.
//!
//! [`Members::unknown_members`] lists them for a whole decoded value (nested structs included);
//! the client reports them per response through `tracing` (see [`report`]).

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};
use serde_json::{Map, Value};

use super::xml::{Element, ElementWriter};

/// The members of one JSON object or XML element that its type does not name.
///
/// JSON: every key no field (nor its camelCase alias) claims, with its value as sent. XML: every
/// attribute no field claims; every child element no field claims, and the second and later
/// occurrences of an element the type reads once; non-blank text in an element whose type has
/// no text. Empty for documents that carry only documented members.
#[derive(Clone, Default, PartialEq)]
pub struct UnknownMembers {
    /// JSON keys with their values, in the order `serde_json` keeps them (sorted by key).
    pub json: Map<String, Value>,
    /// XML attributes, by local name, in document order.
    pub xml_attributes: Vec<(String, String)>,
    /// XML child elements, in document order, each with the name of the element it followed.
    pub xml_elements: Vec<UnknownElement>,
    /// XML text the type has no field for (whitespace-only text is not kept).
    pub xml_text: Option<String>,
}

/// An XML child element no field of its parent's type names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownElement {
    /// The local name of the sibling element it followed in the document; `None` when it came
    /// first. Encoding puts it back after the last element of that name written so far.
    pub after: Option<String>,
    /// The element as sent (namespaces dropped, as everywhere in this crate).
    pub element: Element,
}

impl UnknownMembers {
    /// Whether nothing unknown was seen.
    pub fn is_empty(&self) -> bool {
        self.json.is_empty()
            && self.xml_attributes.is_empty()
            && self.xml_elements.is_empty()
            && self.xml_text.is_none()
    }

    /// The unknown members' names: JSON keys, `@attribute`s, `<element>`s, and `#text`.
    pub fn names(&self) -> Vec<String> {
        let mut out: Vec<String> = self.json.keys().cloned().collect();
        out.extend(self.xml_attributes.iter().map(|(n, _)| format!("@{n}")));
        out.extend(
            self.xml_elements
                .iter()
                .map(|e| format!("<{}>", e.element.name)),
        );
        if self.xml_text.is_some() {
            out.push("#text".to_owned());
        }
        out
    }

    /// The unknown members of an XML element read as a type that names the attributes `attrs`,
    /// the elements `once` (the first occurrence is the field's, later ones are unknown) and the
    /// elements `many` (every occurrence is the field's). `has_text`: the type reads the
    /// element's own text.
    pub fn from_xml(
        el: &Element,
        attrs: &[&str],
        once: &[&str],
        many: &[&str],
        has_text: bool,
    ) -> UnknownMembers {
        let mut out = UnknownMembers::default();
        for (name, value) in &el.attrs {
            if !attrs.contains(&name.as_str()) {
                out.xml_attributes.push((name.clone(), value.clone()));
            }
        }
        let mut seen: Vec<&str> = Vec::new();
        let mut previous: Option<&str> = None;
        for child in &el.children {
            let name = child.name.as_str();
            let repeat = once.contains(&name) && seen.contains(&name);
            let known = many.contains(&name) || (once.contains(&name) && !repeat);
            if !known {
                // A repeat of an element the type reads once goes right after that element:
                // placed after another sibling, it could come first when written back (the
                // writer puts documented members in their documented order) and take the
                // documented member's place on the next decode.
                let after = if repeat { Some(name) } else { previous };
                out.xml_elements.push(UnknownElement {
                    after: after.map(str::to_owned),
                    element: child.clone(),
                });
            }
            seen.push(name);
            previous = Some(name);
        }
        if !has_text && !el.text.trim().is_empty() {
            out.xml_text = Some(el.text.clone());
        }
        out
    }

    /// Writes the XML members back into `w` after the type's own: attributes the writer does not
    /// hold yet, the text, and each element after the last written sibling it followed.
    pub fn write_xml(&self, w: &mut ElementWriter) {
        for (name, value) in &self.xml_attributes {
            w.attr_if_absent(name, value);
        }
        if let Some(text) = &self.xml_text {
            w.text(&Some(text.clone()));
        }
        for e in &self.xml_elements {
            w.insert_after(e.after.as_deref(), &e.element);
        }
    }
}

impl std::fmt::Debug for UnknownMembers {
    /// Names only: a member the pages do not name may be a secret, so its value is never printed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.names()).finish()
    }
}

impl Serialize for UnknownMembers {
    /// The JSON members, as a map: flattened into the owning struct's object.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.json.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for UnknownMembers {
    /// A JSON object, every key kept (the generated types fill `json` themselves, from the keys
    /// their field table does not name).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(UnknownMembers {
            json: Map::deserialize(deserializer)?,
            ..UnknownMembers::default()
        })
    }
}

/// A decoded value that can list the unknown members it and its nested values carry (generated
/// types implement it).
pub trait Members {
    /// Pushes `path` + the name of every unknown member found in `self` into `out`; nested values
    /// extend `path` with their field's wire name (`Links[2].Foo`).
    fn unknown_members(&self, path: &str, out: &mut Vec<String>);
}

impl<T: Members> Members for Box<T> {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        (**self).unknown_members(path, out)
    }
}

impl<T: Members> Members for Option<T> {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        if let Some(v) = self {
            v.unknown_members(path, out)
        }
    }
}

impl<T: Members> Members for Vec<T> {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        for (i, v) in self.iter().enumerate() {
            v.unknown_members(&format!("{path}[{}]", i + 1), out)
        }
    }
}

/// Pushes `unknown`'s names under `path` (the generated `unknown_members` calls this).
pub fn push_names(unknown: &UnknownMembers, path: &str, out: &mut Vec<String>) {
    for name in unknown.names() {
        if path.is_empty() {
            out.push(name);
        } else {
            out.push(format!("{path}.{name}"));
        }
    }
}

/// `path.field`, or `field` at the top.
pub fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

/// Every unknown member of `value`, by path: `["Links[2].Foo", "@VmDisplayName"]`.
pub fn unknown_members_of<T: Members>(value: &T) -> Vec<String> {
    let mut out = Vec::new();
    value.unknown_members("", &mut out);
    out
}

/// Reports the unknown members of a decoded response: one `tracing` event at `INFO` naming the
/// operation and the members, when there are any. Maintainers read these to learn what the pages
/// miss; they are never values, only names (values may be secrets).
pub fn report<T: Members>(operation: &str, value: &T) {
    if !tracing::enabled!(tracing::Level::INFO) {
        return;
    }
    let members = unknown_members_of(value);
    if !members.is_empty() {
        tracing::info!(
            operation,
            count = members.len(),
            members = %members.join(", "),
            "response carries members the documentation does not name"
        );
    }
}
