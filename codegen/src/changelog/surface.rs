//! The public surface of a generated crate, as the changelog compares it: what a user of
//! `veeam-em` sees (function names and signatures, struct fields and their Rust types, enum
//! variants), what goes on the wire (XML and JSON names), the documentation, and the pages with
//! their product versions. Built from the model and its schema; small and hand-constructible, so
//! the diff's unit tests do not depend on the schema's exact shape.

#![warn(missing_docs)]

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::Model;
use crate::reconcile::schema::{FieldDef, JsonList, OperationDef, Schema, ValueType, XmlPlacement};

/// One side of a comparison.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Surface {
    /// Every page read, superseded ones included, sorted by file name.
    pub pages: Vec<PageVersion>,
    /// Operations by key (`GET /path?fixed=value`).
    pub operations: BTreeMap<String, OpSurface>,
    /// Structs by name.
    pub types: BTreeMap<String, TypeSurface>,
    /// Enums by name.
    pub enums: BTreeMap<String, EnumSurface>,
}

/// A page and the product version it documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PageVersion {
    /// The file name (no folder: the same page compares equal wherever it was read from).
    pub file: String,
    /// The help-center URL, which identifies the page across versions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `13.0.1.1071`; `None` when the page does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_version: Option<String>,
    /// The file name of the newer page that replaced this one whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<String>,
}

impl PageVersion {
    /// What identifies the page across versions: its URL, else its file name.
    pub fn identity(&self) -> &str {
        self.url.as_deref().unwrap_or(&self.file)
    }
}

/// One operation: the generated method and what it sends and receives.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OpSurface {
    /// The method's name on `Client`.
    pub fn_name: String,
    /// `GET`, `POST`, `PUT`, `DELETE`.
    pub method: String,
    /// The path template (`/jobs/{ID}`).
    pub path: String,
    /// Path parameters, in order (one `&str` argument each).
    pub path_params: Vec<String>,
    /// Templated query parameters (one `&str` argument each).
    pub query_params: Vec<String>,
    /// Documented success statuses.
    pub success: Vec<u16>,
    /// The request body's type, when there is one.
    pub request: Option<String>,
    /// The response's type; `None` when the method returns the raw response.
    pub response: Option<String>,
    /// `entity`, `collection`, `task` or `none`.
    pub shape: String,
    /// Query-type fields (`name: type`), for `GET /query?type=…`.
    pub filters: Vec<String>,
    /// Help-center URL.
    pub doc_url: Option<String>,
    /// Title and description: documentation only.
    pub doc: String,
}

/// One struct.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TypeSurface {
    /// XML root elements.
    pub roots: Vec<String>,
    /// The Rust type of the text content beside attributes, if any.
    pub text: Option<String>,
    /// Fields in wire order.
    pub fields: Vec<FieldSurface>,
    /// Documentation only.
    pub doc: String,
}

/// One struct field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FieldSurface {
    /// The Rust field name.
    pub name: String,
    /// The value type without `Option`/`Vec` (`String`, `i64`, a struct or enum name).
    pub value: String,
    /// `one`, `list` (repeated elements) or `wrapped` (a wrapper element around the items).
    pub repeat: String,
    /// `T` rather than `Option<T>` (only meaningful when `repeat` is `one`).
    pub required: bool,
    /// XML placement: `@Name`, `<Name>`, `<Name>*`, `<Wrapper><Item>*`.
    pub xml: String,
    /// JSON key and list shape: `Key`, `Key[]`, `Key{Inner[]}`.
    pub json: String,
    /// Documentation only.
    pub doc: String,
}

impl FieldSurface {
    /// The field's Rust type as the emitter writes it.
    pub fn rust_type(&self) -> String {
        match self.repeat.as_str() {
            "list" => format!("List<{}>", self.value),
            "wrapped" => format!("Option<List<{}>>", self.value),
            _ if self.required => self.value.clone(),
            _ => format!("Option<{}>", self.value),
        }
    }
}

/// One enum.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EnumSurface {
    /// Wire values, in documented order.
    pub values: Vec<String>,
    /// Documentation only.
    pub doc: String,
}

/// The Rust spelling of a value type (what `emit` writes, without module paths).
pub fn value_type(ty: &ValueType) -> String {
    match ty {
        ValueType::String => "String".into(),
        ValueType::Bool => "bool".into(),
        ValueType::Int => "i64".into(),
        ValueType::Float => "f64".into(),
        ValueType::Uid => "Uid".into(),
        ValueType::DateTime => "DateTime".into(),
        ValueType::Url => "Url".into(),
        ValueType::Secret => "Secret".into(),
        ValueType::Empty => "Empty".into(),
        ValueType::Enum(name) | ValueType::Struct(name) => name.clone(),
    }
}

fn file_name(path: &str) -> String {
    path.rsplit(['/', '\\']).next().unwrap_or(path).to_string()
}

fn field(f: &FieldDef) -> FieldSurface {
    let (repeat, xml) = match &f.xml {
        XmlPlacement::Attribute { name } => ("one", format!("@{name}")),
        XmlPlacement::Element { name } => ("one", format!("<{name}>")),
        XmlPlacement::Elements { name } => ("list", format!("<{name}>*")),
        XmlPlacement::Wrapped { wrapper, item } => ("wrapped", format!("<{wrapper}><{item}>*")),
    };
    let json = match &f.json_list {
        None => f.json.clone(),
        Some(JsonList::Array) => format!("{}[]", f.json),
        Some(JsonList::Wrapped { inner }) => format!("{}{{{inner}[]}}", f.json),
    };
    FieldSurface {
        name: f.name.clone(),
        value: value_type(&f.ty),
        repeat: repeat.into(),
        required: f.required,
        xml,
        json,
        doc: f.doc.clone(),
    }
}

fn operation(op: &OperationDef) -> OpSurface {
    let doc = if op.doc.is_empty() {
        op.title.clone()
    } else {
        format!("{}\n\n{}", op.title, op.doc)
    };
    OpSurface {
        fn_name: op.fn_name.clone(),
        method: op.method.clone(),
        path: op.path.clone(),
        path_params: op.path_params.clone(),
        query_params: op.query_params.clone(),
        success: op.success.clone(),
        request: op.request.as_ref().map(|b| b.ty.clone()),
        response: op.response.as_ref().map(|b| b.ty.clone()),
        shape: op.shape.clone(),
        filters: op
            .filters
            .iter()
            .map(|f| format!("{}: {}", f.name, f.ty))
            .collect(),
        doc_url: op.doc_url.clone(),
        doc,
    }
}

/// `GET /path?k=v&k2=v2`: the key an operation is matched by.
pub fn operation_key(op: &OperationDef) -> String {
    let mut key = format!("{} {}", op.method, op.path);
    let mut sep = '?';
    for (k, v) in &op.fixed_query {
        key.push_str(&format!("{sep}{k}={v}"));
        sep = '&';
    }
    key
}

impl Surface {
    /// The surface of the crate generated from `model` (reconciled into `schema`).
    pub fn new(model: &Model, schema: &Schema) -> Surface {
        let mut pages: Vec<PageVersion> = model
            .pages
            .iter()
            .map(|p| PageVersion {
                file: file_name(&p.file),
                url: p.source_url.clone(),
                product_version: p.product_version.clone(),
                superseded_by: p.superseded_by.as_deref().map(file_name),
            })
            .collect();
        pages.sort_by(|a, b| (&a.file, &a.superseded_by).cmp(&(&b.file, &b.superseded_by)));
        Surface {
            pages,
            operations: schema
                .operations
                .iter()
                .map(|op| (operation_key(op), operation(op)))
                .collect(),
            types: schema
                .structs
                .values()
                .map(|s| {
                    let t = TypeSurface {
                        roots: s.roots.clone(),
                        text: s.text.as_ref().map(value_type),
                        fields: s.fields.iter().map(field).collect(),
                        doc: s.doc.clone(),
                    };
                    (s.name.clone(), t)
                })
                .collect(),
            enums: schema
                .enums
                .values()
                .map(|e| {
                    let def = EnumSurface {
                        values: e.values.clone(),
                        doc: e.doc.clone(),
                    };
                    (e.name.clone(), def)
                })
                .collect(),
        }
    }

    /// The surface of the crate generated from `model`.
    pub fn of_model(model: &Model) -> Surface {
        let (schema, _) = crate::reconcile::reconcile(model);
        Surface::new(model, &schema)
    }
}
