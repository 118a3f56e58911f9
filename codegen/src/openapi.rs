//! The schema as an OpenAPI document (3.1 or 3.0), for tools other than this project's emitter.
//!
//! - Every operation is one OpenAPI operation with `operationId` = the generated method's name.
//!   OpenAPI has one operation per path and method; where several operations share both and
//!   differ by their fixed query (`POST /jobs/{ID}?action=start`, `GET /query?type=…`), the fixed
//!   query is part of the path key. Otherwise it is a required query parameter whose schema allows
//!   its one value (`enum` of one in 3.0, `const` in 3.1). Templated query parameters
//!   (`/lookup?host={hostUID}`) are optional.
//! - Security: the session header `X-RestSvcSessionId` is an `apiKey` scheme required by every
//!   operation except the logon (`POST /sessionMngr/`, HTTP Basic) and the API root.
//! - Bodies in both media types: `application/xml` (property `xml` objects give attribute and
//!   element names, list wrappers `wrapped: true`, item names) and `application/json` (property
//!   keys are the JSON names). A JSON list wrapped in an object (`"Links": {"Link": […]}`) is that
//!   object, whose XML form is the wrapper element. A struct's text content beside attributes is
//!   the JSON property the docs name (`Value`) marked `x-xml-text: true`.
//! - Every struct allows `additionalProperties`: the pages do not name every member a server
//!   sends (the generated crate keeps them in `unknown`).
//! - 3.0 and 3.1 differ in how a JSON `null` is allowed on an optional property (`nullable: true`
//!   vs a `"null"` type or `anyOf` member), in `const` vs a one-value `enum`, and in `$ref`
//!   siblings (3.1 allows a description beside `$ref`; 3.0 wraps the reference in `allOf`).
//!
//! Output is deterministic: object keys are sorted, lists keep the schema's order.

#![warn(missing_docs)]

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};

use crate::model::Model;
use crate::reconcile::schema::{
    FieldDef, JsonList, OperationDef, Schema, StructDef, ValueType, XmlPlacement,
};
use crate::versions::compare_versions;

/// Which OpenAPI version to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Version {
    /// OpenAPI 3.0.3.
    V3_0,
    /// OpenAPI 3.1.0.
    #[default]
    V3_1,
}

impl std::str::FromStr for Version {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "3.0" | "3.0.3" => Ok(Version::V3_0),
            "3.1" | "3.1.0" => Ok(Version::V3_1),
            other => Err(format!("unknown OpenAPI version {other:?}: use 3.1 or 3.0")),
        }
    }
}

/// Which media types bodies are described in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Media {
    /// `application/xml` and `application/json`.
    #[default]
    Both,
    /// `application/json` only, for generators that take one media type per body.
    Json,
}

/// What to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// 3.1 (the default) or 3.0.
    pub version: Version,
    /// Body media types.
    pub media: Media,
}

const SESSION: &str = "session";
/// The query service's answer (`GET /query?type=X`): the query pages' samples are all cut after
/// `<QueryResult>`, so its shape comes from the query concept pages and the client's
/// `flows::query`.
const QUERY_RESULT_COMPONENT: &str = "QueryResult";
/// The component of Enterprise Manager's error body when no page describes one.
const ERROR_COMPONENT: &str = "Error";
const BASIC: &str = "basic";
const HELP_CENTER: &str = "https://helpcenter.veeam.com/docs/vbr/em_rest/";

/// The OpenAPI document for `schema` (reconciled from `model`).
pub fn document(model: &Model, schema: &Schema, opts: Options) -> Value {
    let names = ComponentNames::new(schema);
    let w = Writer {
        schema,
        names: &names,
        opts,
    };
    let mut components = Map::new();
    for s in schema.structs.values() {
        components.insert(names.of_struct(&s.name), w.struct_schema(s));
    }
    if schema.operations.iter().any(|op| op.query.is_some())
        && !schema.structs.contains_key(QUERY_RESULT_COMPONENT)
    {
        components.insert(QUERY_RESULT_COMPONENT.into(), w.query_result_schema());
    }
    if !schema.structs.contains_key("Error") {
        // The error body every failed request carries (the conventions page "HTTP Response
        // Codes": "Response Body Content: Error"), `<Error Message="…" StatusCode="404"/>`;
        // no operation page describes it, so no schema struct holds it.
        components.insert(
            ERROR_COMPONENT.into(),
            json!({
                "type": "object",
                "description": "The error Enterprise Manager answers a failed request with \
                                (HTTP Response Codes: 400, 401, 403, 404, 405, 500, 501, 503).",
                "xml": { "name": "Error" },
                "additionalProperties": true,
                "properties": {
                    "Message": { "type": "string", "xml": { "attribute": true } },
                    "StatusCode": { "type": "integer", "xml": { "attribute": true } }
                }
            }),
        );
    }
    for e in schema.enums.values() {
        let mut v = json!({ "type": "string", "enum": e.values });
        if !e.doc.is_empty() {
            v["description"] = json!(e.doc);
        }
        components.insert(names.of_enum(&e.name), v);
    }

    // Operations sharing a method and path keep their fixed query in the path key.
    let mut shared: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for op in &schema.operations {
        *shared.entry((&op.method, &op.path)).or_default() += 1;
    }
    let mut paths: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    for op in &schema.operations {
        let query_in_key = shared[&(op.method.as_str(), op.path.as_str())] > 1;
        let mut key = path_template(op);
        if query_in_key && !op.fixed_query.is_empty() {
            let q: Vec<String> = op
                .fixed_query
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            key = format!("{key}?{}", q.join("&"));
        }
        paths.entry(key).or_default().insert(
            op.method.to_ascii_lowercase(),
            w.operation(op, query_in_key),
        );
    }

    let newest = model
        .pages
        .iter()
        .filter(|p| p.superseded_by.is_none())
        .filter_map(|p| p.product_version.as_deref())
        .max_by(|a, b| compare_versions(a, b))
        .unwrap_or("unknown");
    json!({
        "openapi": match opts.version { Version::V3_0 => "3.0.3", Version::V3_1 => "3.1.0" },
        "info": {
            "title": "Veeam Backup Enterprise Manager REST API",
            "version": newest,
            "description": format!(
                "Written by veeam-em-codegen from {} help-center pages (product version {newest}): \
                 {} operations, {} types, {} enums. Not published by Veeam.",
                model.pages.iter().filter(|p| p.superseded_by.is_none()).count(),
                schema.operations.len(),
                schema.structs.len(),
                schema.enums.len()
            ),
        },
        "externalDocs": { "url": HELP_CENTER },
        "servers": [{
            "url": "https://{host}:9398/api",
            "variables": { "host": { "default": "localhost" } }
        }],
        "security": [{ SESSION: [] }],
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": {
                SESSION: {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-RestSvcSessionId",
                    "description": "The session id the logon (`POST /sessionMngr/`) returns in \
                                    the X-RestSvcSessionId response header."
                },
                BASIC: {
                    "type": "http",
                    "scheme": "basic",
                    "description": "Credentials for the logon only."
                }
            }
        }
    })
}

/// `/a/{ID}/b/{ID}` with path parameters `[ID, ID2]` → `/a/{ID}/b/{ID2}`: the template's names are
/// the parameters', so each is declared once.
fn path_template(op: &OperationDef) -> String {
    let mut n = 0;
    let segments: Vec<String> = op
        .path
        .split('/')
        .map(|seg| {
            if seg.starts_with('{') && seg.ends_with('}') {
                let name = op
                    .path_params
                    .get(n)
                    .cloned()
                    .unwrap_or_else(|| seg[1..seg.len() - 1].to_string());
                n += 1;
                format!("{{{name}}}")
            } else {
                seg.to_string()
            }
        })
        .collect();
    segments.join("/")
}

/// Component names: the schema's, restricted to what OpenAPI allows, unique across structs and
/// enums.
struct ComponentNames {
    structs: BTreeMap<String, String>,
    enums: BTreeMap<String, String>,
}

impl ComponentNames {
    fn new(schema: &Schema) -> Self {
        let clean = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
                .collect()
        };
        let mut taken = BTreeSet::new();
        let mut claim = |base: String| {
            let mut name = base.clone();
            let mut n = 2;
            while !taken.insert(name.clone()) {
                name = format!("{base}{n}");
                n += 1;
            }
            name
        };
        let structs = schema
            .structs
            .keys()
            .map(|k| (k.clone(), claim(clean(k))))
            .collect();
        let enums = schema
            .enums
            .keys()
            .map(|k| (k.clone(), claim(clean(k))))
            .collect();
        ComponentNames { structs, enums }
    }

    fn of_struct(&self, name: &str) -> String {
        self.structs
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_string())
    }

    fn of_enum(&self, name: &str) -> String {
        self.enums
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_string())
    }
}

struct Writer<'a> {
    schema: &'a Schema,
    names: &'a ComponentNames,
    opts: Options,
}

fn reason(code: u16) -> &'static str {
    match code {
        200 => "OK",
        201 => "Created",
        202 => "Accepted (a task)",
        204 => "No Content",
        _ => "Success",
    }
}

impl Writer<'_> {
    /// `<QueryResult>`: `Refs` (references; JSON: an array, or wrapped as `{"Refs": […]}`),
    /// `Entities` (one list of the query type's entities) and `PagingInfo`; each may be absent
    /// or `null`.
    fn query_result_schema(&self) -> Value {
        let reference =
            json!({ "$ref": format!("#/components/schemas/{}", self.names.of_struct("Ref")) });
        let refs = json!({ "type": "array", "items": reference });
        let nullable = |mut v: Value| {
            if self.v31() {
                json!({ "anyOf": [v, { "type": "null" }] })
            } else {
                v["nullable"] = json!(true);
                v
            }
        };
        let link = json!({
            "type": "object",
            "properties": {
                "Rel": { "type": "string", "xml": { "attribute": true } },
                "Href": { "type": "string", "xml": { "attribute": true } }
            }
        });
        json!({
            "type": "object",
            "xml": { "name": "QueryResult" },
            "additionalProperties": true,
            "description": "The answer of the query service (`GET /query?type=X`): one page of \
                            references or entities, and where the page is.",
            "properties": {
                "Refs": nullable(json!({ "anyOf": [
                    refs.clone(),
                    { "type": "object", "properties": { "Refs": refs } }
                ] })),
                "Entities": nullable(json!({ "type": "object" })),
                "PagingInfo": nullable(json!({
                    "type": "object",
                    "properties": {
                        "PageNum": { "type": "integer", "xml": { "attribute": true } },
                        "PageSize": { "type": "integer", "xml": { "attribute": true } },
                        "PagesCount": { "type": "integer", "xml": { "attribute": true } },
                        "Links": { "type": "array", "items": link }
                    }
                }))
            }
        })
    }

    fn v31(&self) -> bool {
        self.opts.version == Version::V3_1
    }

    /// The XML element name a struct's component gives its values.
    fn struct_xml_name(&self, name: &str) -> String {
        self.schema
            .structs
            .get(name)
            .and_then(|s| s.roots.first().cloned())
            .unwrap_or_else(|| name.to_string())
    }

    fn reference(&self, ty: &ValueType) -> Option<String> {
        match ty {
            ValueType::Struct(s) if self.schema.structs.contains_key(s) => {
                Some(format!("#/components/schemas/{}", self.names.of_struct(s)))
            }
            ValueType::Enum(e) if self.schema.enums.contains_key(e) => {
                Some(format!("#/components/schemas/{}", self.names.of_enum(e)))
            }
            _ => None,
        }
    }

    /// The schema of one value (no list), with `xml` and `description` when given; `null`
    /// allowed when `nullable`.
    fn value(
        &self,
        ty: &ValueType,
        xml: Option<Value>,
        description: Option<&str>,
        nullable: bool,
    ) -> Value {
        let description = description.filter(|d| !d.is_empty());
        if let Some(r) = self.reference(ty) {
            // A reference keeps the component's element name unless told otherwise.
            let xml = xml.filter(|x| match (ty, x.get("name")) {
                (ValueType::Struct(s), Some(Value::String(n))) => {
                    *n != self.struct_xml_name(s) || x.get("attribute").is_some()
                }
                _ => true,
            });
            if xml.is_none() && description.is_none() && !nullable {
                return json!({ "$ref": r });
            }
            let mut v = if nullable && self.v31() {
                json!({ "anyOf": [{ "$ref": r }, { "type": "null" }] })
            } else if self.v31() {
                json!({ "$ref": r })
            } else {
                json!({ "allOf": [{ "$ref": r }] })
            };
            if nullable && !self.v31() {
                v["nullable"] = json!(true);
            }
            if let Some(x) = xml {
                v["xml"] = x;
            }
            if let Some(d) = description {
                v["description"] = json!(d);
            }
            return v;
        }
        let (t, format) = match ty {
            ValueType::Bool => ("boolean", None),
            ValueType::Int => ("integer", Some("int64")),
            ValueType::Float => ("number", Some("double")),
            ValueType::DateTime => ("string", Some("date-time")),
            ValueType::Url => ("string", Some("uri")),
            ValueType::Secret => ("string", Some("password")),
            // `{}` in JSON, an empty element in XML.
            ValueType::Empty => ("object", None),
            // `urn:veeam:Type:id`; enums whose values did not survive are text too.
            ValueType::Uid | ValueType::String | ValueType::Enum(_) | ValueType::Struct(_) => {
                ("string", None)
            }
        };
        let mut v = json!({ "type": t });
        if nullable {
            if self.v31() {
                v["type"] = json!([t, "null"]);
            } else {
                v["nullable"] = json!(true);
            }
        }
        if let Some(f) = format {
            v["format"] = json!(f);
        }
        if *ty == ValueType::Empty {
            v["maxProperties"] = json!(0);
        }
        if let Some(x) = xml {
            v["xml"] = x;
        }
        if let Some(d) = description {
            v["description"] = json!(d);
        }
        v
    }

    /// `owner`: the struct the field belongs to, which names an inline wrapper object.
    fn field(&self, owner: &str, f: &FieldDef) -> Value {
        let doc = Some(f.doc.as_str());
        let nullable = !f.required;
        match &f.xml {
            XmlPlacement::Attribute { name } => self.value(
                &f.ty,
                Some(json!({ "name": name, "attribute": true })),
                doc,
                nullable,
            ),
            XmlPlacement::Element { name } => {
                let xml = (*name != f.json).then(|| json!({ "name": name }));
                self.value(&f.ty, xml, doc, nullable)
            }
            XmlPlacement::Elements { name } => {
                let items = self.value(&f.ty, Some(json!({ "name": name })), None, false);
                let mut v = json!({ "type": "array", "items": items });
                if !f.doc.is_empty() {
                    v["description"] = json!(f.doc);
                }
                v
            }
            XmlPlacement::Wrapped { wrapper, item } => {
                let items = self.value(&f.ty, Some(json!({ "name": item })), None, false);
                let array = json!({ "type": "array", "items": items });
                let mut v = match &f.json_list {
                    // The title names the inline type: generators that name it from the owner
                    // and the property (progenitor: `CloudTenant` + `ComputeResources`) can
                    // otherwise collide with a schema of that name.
                    Some(JsonList::Wrapped { inner }) => json!({
                        "type": "object",
                        "title": format!("{owner}{}List", f.json),
                        "xml": { "name": wrapper },
                        "properties": { inner: array },
                        // A wrapper holds its list and nothing else: the client reads an
                        // object with other keys as one item of the list, not as a wrapper.
                        "additionalProperties": false
                    }),
                    _ => {
                        let mut a = array;
                        a["xml"] = json!({ "name": wrapper, "wrapped": true });
                        a
                    }
                };
                if !f.doc.is_empty() {
                    v["description"] = json!(f.doc);
                }
                v
            }
        }
    }

    fn struct_schema(&self, s: &StructDef) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        for f in &s.fields {
            properties.insert(f.json.clone(), self.field(&s.name, f));
            if f.required && !f.xml.is_list() {
                required.push(f.json.clone());
            }
        }
        if let Some(text) = &s.text {
            let mut v = self.value(text, None, Some("The element's text content."), false);
            v["x-xml-text"] = json!(true);
            properties.insert(s.text_json.clone(), v);
        }
        let mut v = json!({
            "type": "object",
            "properties": properties,
            "additionalProperties": true,
        });
        if !required.is_empty() {
            v["required"] = json!(required);
        }
        if let Some(root) = s.roots.first() {
            v["xml"] = json!({ "name": root });
        }
        if !s.doc.is_empty() {
            v["description"] = json!(s.doc);
        }
        v
    }

    /// The content of a body described by a component of the export's own (not a schema struct).
    fn component_content(&self, component: &str) -> Value {
        let r = json!({ "$ref": format!("#/components/schemas/{component}") });
        self.media(r.clone(), r)
    }

    /// `{"application/xml": …, "application/json": …}` (XML only with [`Media::Both`]).
    fn media(&self, xml_schema: Value, json_schema: Value) -> Value {
        let mut content = Map::new();
        if self.opts.media == Media::Both {
            content.insert("application/xml".into(), json!({ "schema": xml_schema }));
        }
        content.insert("application/json".into(), json!({ "schema": json_schema }));
        Value::Object(content)
    }

    /// A request or response body's content, by media type.
    fn content(&self, ty: &str, root: &str) -> Value {
        let r = format!("#/components/schemas/{}", self.names.of_struct(ty));
        let json_schema = json!({ "$ref": r });
        let xml_schema = if root == self.struct_xml_name(ty) {
            json_schema.clone()
        } else {
            json!({ "allOf": [{ "$ref": r }], "xml": { "name": root } })
        };
        self.media(xml_schema, json_schema)
    }

    fn operation(&self, op: &OperationDef, query_in_key: bool) -> Value {
        let mut params = Vec::new();
        for p in &op.path_params {
            params.push(json!({
                "name": p, "in": "path", "required": true, "schema": { "type": "string" }
            }));
        }
        if !query_in_key {
            for (k, v) in &op.fixed_query {
                let schema = if self.v31() {
                    json!({ "type": "string", "const": v })
                } else {
                    json!({ "type": "string", "enum": [v] })
                };
                params.push(json!({
                    "name": k, "in": "query", "required": true, "schema": schema
                }));
            }
        }
        for q in &op.query_params {
            params.push(json!({
                "name": q, "in": "query", "required": false, "schema": { "type": "string" }
            }));
        }
        let mut responses = Map::new();
        let codes: Vec<String> = if op.success.is_empty() {
            vec!["2XX".to_string()]
        } else {
            op.success.iter().map(u16::to_string).collect()
        };
        for code in codes {
            let reason = code.parse::<u16>().map(reason).unwrap_or("Success");
            let mut r = json!({ "description": reason });
            if op.query.is_some() && !self.schema.structs.contains_key(QUERY_RESULT_COMPONENT) {
                r["content"] = self.component_content(QUERY_RESULT_COMPONENT);
            } else if let Some(body) = &op.response {
                if code != "204" {
                    r["content"] = self.content(&body.ty, &body.root);
                }
            }
            responses.insert(code, r);
        }
        let error = if self.schema.structs.contains_key("Error") {
            self.content("Error", &self.struct_xml_name("Error"))
        } else {
            self.component_content(ERROR_COMPONENT)
        };
        // As status ranges, not `default`: progenitor counts `default` among the successes and
        // refuses an operation whose successes have two types.
        for range in ["4XX", "5XX"] {
            responses.insert(
                range.into(),
                json!({
                    "description": "An error, described by Enterprise Manager.",
                    "content": error
                }),
            );
        }
        let mut v = json!({
            "operationId": op.fn_name,
            "summary": op.title,
            "responses": responses,
        });
        if !params.is_empty() {
            v["parameters"] = json!(params);
        }
        if !op.doc.is_empty() {
            v["description"] = json!(op.doc);
        }
        if let Some(tag) = op
            .path
            .split('/')
            .find(|s| !s.is_empty() && !s.starts_with('{'))
        {
            v["tags"] = json!([tag]);
        }
        if let Some(url) = &op.doc_url {
            v["externalDocs"] = json!({ "url": url });
        }
        if let Some(body) = &op.request {
            v["requestBody"] = json!({
                "required": true,
                "content": self.content(&body.ty, &body.root)
            });
        }
        if op.method == "POST" && op.path == "/sessionMngr/" {
            v["security"] = json!([{ BASIC: [] }]);
        } else if op.method == "GET" && (op.path == "/" || op.path.is_empty()) {
            v["security"] = json!([]);
        }
        v
    }
}

/// The document as pretty JSON with a final newline.
pub fn to_json(doc: &Value) -> String {
    let mut s = serde_json::to_string_pretty(doc).unwrap_or_default();
    s.push('\n');
    s
}
