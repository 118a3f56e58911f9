//! The mock crate's machine-written part (`mock/src/gen/`): every documented operation as a
//! variant of `Operation` with its route and a skeleton answer, and the typed call of each (what
//! the end-to-end test drives through the real client).
//!
//! A skeleton is built from the schema alone, never from a page's sample: the root element (or
//! JSON object) with every attribute and every required member, each holding a placeholder of
//! its type, so that the typed call decodes it. Documented examples are served over it when the
//! mock is given them (`veeam-em-codegen mock-examples`): the reference pages are not committed.

use std::collections::BTreeSet;

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{json, Map, Value};

use super::names::{path_param_names, type_ident, value_ident};
use super::operations::{method_tokens, status_tokens};
use super::{render, EmitError, Files};
use crate::reconcile::schema::{
    BodyDef, FieldDef, JsonList, OperationDef, Schema, StructDef, ValueType, XmlPlacement,
};

/// The namespace of every Enterprise Manager document.
const NAMESPACE: &str = "http://www.veeam.com/ent/v1.0";
/// The base URL the skeletons' links use; the mock rewrites it to its own.
pub const PLACEHOLDER_BASE: &str = "https://localhost:9398/api";
/// How deep a skeleton follows required struct members.
const MAX_DEPTH: usize = 8;

/// One route of the mock: an operation's call, or the entity form of a collection.
#[derive(Debug, Clone)]
pub struct Route {
    /// The call on `veeam_em::Client` (`get_backups`, `get_backups_entities`).
    pub fn_name: String,
    pub method: String,
    pub path: String,
    /// Query parameters the route is known by (`action=start`, `format=Entity`, `type=Job`).
    pub fixed_query: Vec<(String, String)>,
    /// The first documented success status.
    pub status: u16,
    pub request: Option<BodyDef>,
    pub response: Option<BodyDef>,
    /// `GET /query?type=X`: answered by the query service, not by a skeleton.
    pub query: bool,
    pub doc_url: Option<String>,
    /// The page's first sentence, else its title.
    pub title: String,
    /// Its operation's index in `Schema::operations`.
    pub op: usize,
}

/// Every route, in the schema's operation order, each entity form right after its collection.
pub fn routes(schema: &Schema) -> Vec<Route> {
    let mut out = Vec::new();
    for (i, op) in schema.operations.iter().enumerate() {
        out.push(route(i, op, &op.fn_name, op.response.clone(), None));
        if let Some(form) = &op.entity_form {
            out.push(route(
                i,
                op,
                &form.fn_name,
                Some(form.response.clone()),
                Some(("format", "Entity")),
            ));
        }
        if let Some(entity) = op.query.as_ref().and_then(|q| q.entity.as_ref()) {
            out.push(route(
                i,
                op,
                &entity.fn_name,
                None,
                Some(("format", "Entities")),
            ));
        }
    }
    out
}

/// The first sentence of a page's description, on one line.
fn summary(doc: &str) -> Option<String> {
    let line = doc.split_whitespace().collect::<Vec<_>>().join(" ");
    let end = line.find(". ").map_or(line.len(), |i| i + 1);
    let first = line[..end].trim();
    (!first.is_empty()).then(|| first.to_owned())
}

fn route(
    index: usize,
    op: &OperationDef,
    fn_name: &str,
    response: Option<BodyDef>,
    extra: Option<(&str, &str)>,
) -> Route {
    let mut fixed_query: Vec<(String, String)> = op
        .fixed_query
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if let Some((k, v)) = extra {
        fixed_query.push((k.to_owned(), v.to_owned()));
    }
    Route {
        fn_name: fn_name.to_owned(),
        method: op.method.clone(),
        path: op.path.clone(),
        fixed_query,
        status: op.success.first().copied().unwrap_or(200),
        request: op.request.clone(),
        response: if op.query.is_some() { None } else { response },
        query: op.query.is_some(),
        doc_url: op.doc_url.clone(),
        title: summary(&op.doc).unwrap_or_else(|| op.title.clone()),
        op: index,
    }
}

/// `mock/src/gen/`: `mod.rs`, `operations.rs` (the `Operation` enum and its routes) and
/// `calls.rs` (each operation's typed call).
pub fn files(schema: &Schema) -> Result<Files, EmitError> {
    let routes = routes(schema);
    let mut files = Files::new();
    let module = quote! {
        //! What `cargo xtask codegen` writes for the mock from the schema.
        pub mod calls;
        pub mod operations;
        pub(crate) mod requests;
    };
    files.insert("mod.rs".into(), render("mod.rs", module)?);
    files.insert(
        "operations.rs".into(),
        render("operations.rs", operations_file(schema, &routes))?,
    );
    files.insert(
        "calls.rs".into(),
        render("calls.rs", calls_file(schema, &routes))?,
    );
    files.insert(
        "requests.rs".into(),
        render("requests.rs", requests_file(&routes))?,
    );
    Ok(files)
}

fn variant(fn_name: &str) -> proc_macro2::Ident {
    format_ident!("{}", fn_name.to_upper_camel_case())
}

fn operations_file(schema: &Schema, routes: &[Route]) -> TokenStream {
    let variants = routes.iter().map(|r| {
        let v = variant(&r.fn_name);
        let query: Vec<String> = r
            .fixed_query
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let line = if query.is_empty() {
            format!("`{} {}`", r.method, r.path)
        } else {
            format!("`{} {}?{}`", r.method, r.path, query.join("&"))
        };
        let summary = format!(" {}", r.title.trim());
        let call = format!(" {line}, `Client::{}`.", r.fn_name);
        // One `#[doc]` per line: prettyplease writes a multi-line one as a `/** */` block.
        quote! {
            #[doc = #summary]
            #[doc = ""]
            #[doc = #call]
            #v
        }
    });
    let all = routes.iter().map(|r| {
        let v = variant(&r.fn_name);
        quote!(Operation::#v)
    });
    let infos = routes.iter().map(|r| {
        let v = variant(&r.fn_name);
        let fn_name = &r.fn_name;
        let http = quote!(http);
        let method = method_tokens(&r.method, &http);
        let path = &r.path;
        let fixed = r.fixed_query.iter().map(|(k, v)| quote!((#k, #v)));
        let status = status_tokens(r.status, &http);
        let opt = |s: Option<&String>| match s {
            Some(s) => quote!(Some(#s)),
            None => quote!(None),
        };
        let request_root = opt(r.request.as_ref().map(|b| &b.root));
        let response_root = opt(r.response.as_ref().map(|b| &b.root));
        let doc_url = opt(r.doc_url.as_ref());
        let (xml, json) = match &r.response {
            Some(body) => {
                let (x, j) = (skeleton_xml(schema, body), skeleton_json(schema, body));
                (quote!(Some(#x)), quote!(Some(#j)))
            }
            None => (quote!(None), quote!(None)),
        };
        let request_xml = match &r.request {
            Some(body) => {
                let x = skeleton_xml(schema, body);
                quote!(Some(#x))
            }
            None => quote!(None),
        };
        let query = r.query;
        quote! {
            OperationInfo {
                operation: Operation::#v,
                fn_name: #fn_name,
                method: #method,
                path: #path,
                fixed_query: &[#(#fixed),*],
                status: #status,
                request_root: #request_root,
                response_root: #response_root,
                skeleton_xml: #xml,
                skeleton_json: #json,
                request_skeleton_xml: #request_xml,
                query: #query,
                doc_url: #doc_url,
            }
        }
    });
    let count = routes.len();
    quote! {
        //! Every documented operation of Enterprise Manager's REST API, as the generated client
        //! names its call, with its route and a skeleton answer built from the schema.

        use crate::operation::OperationInfo;

        /// An Enterprise Manager operation, named after its call on `veeam_em::Client`
        /// (`Operation::GetBackups` is `Client::get_backups`); a collection's entity form
        /// (`?format=Entity`) and a query type's entity pages (`format=Entities`) are
        /// operations of their own.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Operation {
            #(#variants,)*
        }

        impl Operation {
            /// Every operation, in the order of the documentation's model.
            pub const ALL: &'static [Operation] = &[#(#all),*];

            /// Its route, status and skeleton answer.
            pub fn info(self) -> &'static OperationInfo {
                &OPERATIONS[self as usize]
            }
        }

        /// One entry per [`Operation`], in declaration order.
        pub(crate) static OPERATIONS: [OperationInfo; #count] = [#(#infos),*];
    }
}

fn calls_file(schema: &Schema, routes: &[Route]) -> TokenStream {
    let arms = routes.iter().map(|r| call_arm(schema, r));
    quote! {
        //! Each operation's typed call on `veeam_em::Client` with placeholder arguments, the
        //! request body decoded from an XML document (the documented example, or the
        //! skeleton), the answer encoded again in the client's format: what the end-to-end test
        //! of every operation drives. Plumbing, not API.

        use veeam_em::runtime::{encode, json, xml, Error};

        use super::operations::Operation;

        /// The answer of a typed call, encoded again in the client's format (`None`: the call
        /// returns no body, or a query page, whose item count is given instead).
        #[derive(Debug)]
        pub enum Called {
            /// The typed answer, encoded again.
            Encoded(Vec<u8>),
            /// `()`, or `Option::None` for a 201 without a body.
            Nothing,
            /// A query page: its items.
            Items(usize),
            /// The raw answer (a file or a stream).
            Raw(Vec<u8>),
        }

        /// A request body to read as the operation's request type.
        #[derive(Debug, Clone, Copy)]
        pub enum Body<'a> {
            /// An XML document.
            Xml(&'a [u8]),
            /// A JSON document (PascalCase or camelCase keys).
            Json(&'a [u8]),
        }

        impl Body<'_> {
            fn read<T: xml::FromXml + serde::de::DeserializeOwned>(self) -> Result<T, CallError> {
                match self {
                    Body::Xml(bytes) => xml::from_document(bytes),
                    Body::Json(bytes) => json::from_slice(bytes),
                }
                .map_err(CallError::Body)
            }
        }

        /// Why a typed call could not be made or failed.
        #[derive(Debug)]
        pub enum CallError {
            /// The request body did not decode as the operation's request type.
            Body(veeam_em::runtime::DecodeError),
            /// The operation has a request body and none was given.
            NoBody,
            /// The call failed.
            Call(Error),
        }

        impl From<Error> for CallError {
            fn from(e: Error) -> Self {
                CallError::Call(e)
            }
        }

        /// Calls `operation` through its typed method: `{ID}`-like path parameters are `id`
        /// (`"1"`), other parameters their name; `body` is a document of the request type.
        /// Each operation's future is boxed on its own: one future holding every call would be
        /// too large for a thread's stack.
        pub fn call<'a>(
            client: &'a veeam_em::Client,
            operation: Operation,
            id: &'a str,
            body: Option<Body<'a>>,
        ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Called, CallError>> + Send + 'a>> {
            let _ = (&id, &body);
            #[allow(unreachable_patterns)]
            match operation {
                #(#arms)*
                _ => unreachable!("every operation has an arm"),
            }
        }
    }
}

fn requests_file(routes: &[Route]) -> TokenStream {
    let arms = routes.iter().filter_map(|r| {
        let body = r.request.as_ref()?;
        let v = variant(&r.fn_name);
        let ty = type_ident(&body.ty);
        Some(quote! {
            Operation::#v => Some(decode::<veeam_em::api::types::#ty>(format, body)),
        })
    });
    quote! {
        //! The request body each operation takes, read as its type: what the mock refuses with
        //! 400, like Enterprise Manager ("The request body is malformed, incomplete or otherwise
        //! invalid").

        use veeam_em::runtime::{json, xml, DecodeError, Format};

        use super::operations::Operation;

        /// Reads `body` as `operation`'s request type in `format`; `None` when the operation
        /// takes no body.
        pub(crate) fn check(operation: Operation, format: Format, body: &[u8]) -> Option<Result<(), DecodeError>> {
            #[allow(unreachable_patterns)]
            match operation {
                #(#arms)*
                _ => None,
            }
        }

        fn decode<T: xml::FromXml + serde::de::DeserializeOwned>(format: Format, body: &[u8]) -> Result<(), DecodeError> {
            match format {
                Format::Json => json::from_slice::<T>(body).map(drop),
                _ => xml::from_document::<T>(body).map(drop),
            }
        }
    }
}

fn call_arm(schema: &Schema, r: &Route) -> TokenStream {
    let v = variant(&r.fn_name);
    let fn_name = value_ident(&r.fn_name);
    if r.query {
        return quote! {
            Operation::#v => Box::pin(async move {
                let page = client.#fn_name(&veeam_em::flows::Query::default()).await?;
                Ok(Called::Items(page.items.len()))
            }),
        };
    }
    let op = schema.operations.get(r.op);
    let params = op
        .map(|o| path_param_names(&o.path, &o.path_params))
        .unwrap_or_default();
    let args = params.iter().map(|_| quote!(id));
    let query_args: Vec<TokenStream> = op
        .map(|o| {
            o.query_params
                .iter()
                .map(|q| quote!(#q))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let (decode_body, body_arg) = match &r.request {
        Some(b) => {
            let ty = type_ident(&b.ty);
            (
                quote! {
                    let body: veeam_em::api::types::#ty = body.ok_or(CallError::NoBody)?.read()?;
                },
                quote!(&body),
            )
        }
        None => (quote!(), quote!()),
    };
    let call = quote!(client.#fn_name(#(#args,)* #(#query_args,)* #body_arg).await?);
    let finish = match (&r.response, op) {
        (Some(b), Some(o)) if o.response_optional && r.fn_name == o.fn_name => {
            let root = &b.root;
            quote! {
                Ok(match #call {
                    Some(value) => Called::Encoded(encode(client.format(), #root, &value)),
                    None => Called::Nothing,
                })
            }
        }
        (Some(b), _) => {
            let root = &b.root;
            quote!(Ok(Called::Encoded(encode(client.format(), #root, &#call))))
        }
        (None, Some(o)) if o.no_content => quote! {
            #call;
            Ok(Called::Nothing)
        },
        (None, _) => quote!(Ok(Called::Raw(#call.body))),
    };
    quote! {
        Operation::#v => Box::pin(async move {
            #decode_body
            #finish
        }),
    }
}

// ---------------------------------------------------------------------------------------------
// Skeletons

/// The XML document of `body`'s skeleton.
pub fn skeleton_xml(schema: &Schema, body: &BodyDef) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    xml_element(
        schema,
        &body.ty,
        &body.root,
        true,
        0,
        &mut BTreeSet::new(),
        &mut xml,
    );
    xml
}

/// The JSON text (PascalCase keys) of `body`'s skeleton.
pub fn skeleton_json(schema: &Schema, body: &BodyDef) -> String {
    let json = json_object(schema, &body.ty, 0, &mut BTreeSet::new());
    serde_json::to_string(&json).unwrap_or_else(|_| "{}".to_owned())
}

fn struct_def<'a>(schema: &'a Schema, ty: &str) -> Option<&'a StructDef> {
    schema.structs.get(ty)
}

/// The members a skeleton carries: attributes always, elements when required.
fn carried(field: &FieldDef) -> bool {
    matches!(field.xml, XmlPlacement::Attribute { .. }) || field.required
}

fn xml_element(
    schema: &Schema,
    ty: &str,
    name: &str,
    root: bool,
    depth: usize,
    seen: &mut BTreeSet<String>,
    out: &mut String,
) {
    out.push('<');
    out.push_str(name);
    if root {
        out.push_str(&format!(" xmlns=\"{NAMESPACE}\""));
    }
    let Some(def) = struct_def(schema, ty) else {
        out.push_str("/>");
        return;
    };
    for f in &def.fields {
        if let XmlPlacement::Attribute { name } = &f.xml {
            out.push_str(&format!(
                " {name}=\"{}\"",
                escape(&scalar_text(schema, &f.ty, def, name))
            ));
        }
    }
    out.push('>');
    if let Some(text) = &def.text {
        out.push_str(&escape(&scalar_text(schema, text, def, "Value")));
    }
    let recurse = depth < MAX_DEPTH && seen.insert(ty.to_owned());
    if recurse {
        for f in def.fields.iter().filter(|f| carried(f)) {
            match &f.xml {
                XmlPlacement::Attribute { .. } => {}
                XmlPlacement::Element { name } | XmlPlacement::Elements { name } => {
                    xml_value(schema, def, &f.ty, name, depth, seen, out)
                }
                XmlPlacement::Wrapped { wrapper, item } => {
                    out.push_str(&format!("<{wrapper}>"));
                    xml_value(schema, def, &f.ty, item, depth, seen, out);
                    out.push_str(&format!("</{wrapper}>"));
                }
            }
        }
        seen.remove(ty);
    }
    out.push_str(&format!("</{name}>"));
}

fn xml_value(
    schema: &Schema,
    owner: &StructDef,
    ty: &ValueType,
    name: &str,
    depth: usize,
    seen: &mut BTreeSet<String>,
    out: &mut String,
) {
    match ty {
        ValueType::Struct(inner) => xml_element(schema, inner, name, false, depth + 1, seen, out),
        scalar => out.push_str(&format!(
            "<{name}>{}</{name}>",
            escape(&scalar_text(schema, scalar, owner, name))
        )),
    }
}

fn json_object(schema: &Schema, ty: &str, depth: usize, seen: &mut BTreeSet<String>) -> Value {
    let mut map = Map::new();
    let Some(def) = struct_def(schema, ty) else {
        return Value::Object(map);
    };
    if let Some(text) = &def.text {
        map.insert(
            def.text_json.clone(),
            json_scalar(schema, text, def, "Value"),
        );
    }
    if depth < MAX_DEPTH && seen.insert(ty.to_owned()) {
        for f in def.fields.iter().filter(|f| carried(f)) {
            let one = match &f.ty {
                ValueType::Struct(inner) => json_object(schema, inner, depth + 1, seen),
                scalar => json_scalar(schema, scalar, def, f.xml.key()),
            };
            let value = if f.xml.is_list() {
                match &f.json_list {
                    Some(JsonList::Wrapped { inner }) => json!({ inner.as_str(): [one] }),
                    _ => json!([one]),
                }
            } else {
                one
            };
            map.insert(f.json.clone(), value);
        }
        seen.remove(ty);
    }
    Value::Object(map)
}

fn json_scalar(schema: &Schema, ty: &ValueType, owner: &StructDef, name: &str) -> Value {
    match ty {
        ValueType::Bool => Value::Bool(false),
        ValueType::Int => json!(0),
        ValueType::Float => json!(0.0),
        ValueType::Empty => json!({}),
        other => Value::String(scalar_text(schema, other, owner, name)),
    }
}

/// A placeholder of a scalar type: what a typed decode accepts.
fn scalar_text(schema: &Schema, ty: &ValueType, owner: &StructDef, name: &str) -> String {
    match ty {
        ValueType::String => match name {
            "Type" => owner
                .roots
                .first()
                .cloned()
                .unwrap_or_else(|| owner.name.clone()),
            "Name" => format!("{} 1", owner.name),
            _ => name.to_owned(),
        },
        ValueType::Bool => "false".to_owned(),
        ValueType::Int => "0".to_owned(),
        ValueType::Float => "0".to_owned(),
        ValueType::Uid => format!(
            "urn:veeam:{}:00000000-0000-0000-0000-000000000001",
            owner.name
        ),
        ValueType::DateTime => "2026-01-01T00:00:00Z".to_owned(),
        ValueType::Url => format!("{PLACEHOLDER_BASE}/"),
        ValueType::Secret => "secret".to_owned(),
        ValueType::Empty => String::new(),
        ValueType::Enum(e) => schema
            .enums
            .get(e)
            .and_then(|e| e.values.first().cloned())
            .unwrap_or_default(),
        ValueType::Struct(s) => s.clone(),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

// ---------------------------------------------------------------------------------------------
// Documented examples

/// One operation's documented answer, as `veeam_em_mock::Examples` reads it
/// (`veeam-em-codegen mock-examples`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MockExample {
    /// The operation's first documented success status.
    pub status: u16,
    /// The first complete XML answer of the page (its examples, then its response body).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub xml: Option<String>,
    /// The first complete JSON answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub json: Option<String>,
    /// The first complete XML request body: what replaying the example sends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_xml: Option<String>,
    /// The first complete JSON request body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_json: Option<String>,
    /// The page, `file:line`.
    pub source: String,
}

/// Every route's documented example, by its call's name. An answer is taken only when complete
/// (not elided, not cut short) and rooted where the typed answer is (a page showing another
/// operation's answer is not this one's); a collection's example asked `?format=Entity` goes to
/// its entity form.
pub fn examples(
    model: &crate::model::Model,
    schema: &Schema,
) -> std::collections::BTreeMap<String, MockExample> {
    use crate::extract::sample::{Completeness, Format, Sample};

    let complete = |s: &&Sample, format: Format| {
        s.format == format && s.completeness == Completeness::Complete
    };
    let mut out = std::collections::BTreeMap::new();
    for route in routes(schema) {
        let Some(def) = schema.operations.get(route.op) else {
            continue;
        };
        let Some(op) = model
            .operations
            .iter()
            .find(|o| o.source == def.source && o.method == def.method && o.path == def.path)
        else {
            continue;
        };
        let entity = route.fixed_query.iter().any(|(k, _)| k == "format");
        let wanted = |url: Option<&String>| {
            let asks_entity = url.is_some_and(|u| u.to_ascii_lowercase().contains("format=entit"));
            asks_entity == entity
        };
        let root = route.response.as_ref().map(|b| b.root.as_str());
        let rooted = |s: &Sample| match (s.format, root) {
            (Format::Xml, Some(root)) => s.root.as_deref() == Some(root),
            _ => true,
        };
        let examples = op.examples.iter().filter(|e| wanted(e.url.as_ref()));
        let mut answers: Vec<&Sample> = examples
            .clone()
            .filter_map(|e| e.response_body.as_ref())
            .collect();
        if !entity {
            if let Some(body) = &op.response_body {
                answers.extend(body.samples.iter().map(|s| &s.sample));
            }
        }
        let pick = |format: Format| {
            answers
                .iter()
                .find(|s| complete(s, format) && rooted(s))
                .map(|s| s.body.clone())
        };
        let xml = pick(Format::Xml);
        let json = pick(Format::Json);
        let request = |format: Format| {
            examples
                .clone()
                .filter_map(|e| e.request_body.as_ref())
                .chain(
                    op.request_body
                        .iter()
                        .flat_map(|b| b.samples.iter().map(|s| &s.sample)),
                )
                .find(|s| complete(s, format))
                .map(|s| s.body.clone())
        };
        let request_xml = request(Format::Xml);
        let request_json = request(Format::Json);
        if xml.is_none() && json.is_none() && request_xml.is_none() && request_json.is_none() {
            continue;
        }
        // The operation's documented status: an example's own is often another step's (a 202
        // call's example ends with the task's `GET`, answered 200).
        let status = route.status;
        out.insert(
            route.fn_name.clone(),
            MockExample {
                status,
                xml,
                json,
                request_xml,
                request_json,
                source: format!("{}:{}", op.source.file, op.source.line),
            },
        );
    }
    out
}
