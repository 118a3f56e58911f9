//! The emitter's input: Rust-shaped types with their wire names, reconciled from tables and
//! samples. Serializable so it can be dumped (`veeam-em-codegen schema`).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::diag::Source;

#[derive(Debug, Clone, Default, Serialize)]
pub struct Schema {
    pub structs: BTreeMap<String, StructDef>,
    pub enums: BTreeMap<String, EnumDef>,
    pub operations: Vec<OperationDef>,
    /// Structs no operation page gives: added from the conventions or the link-type mapping
    /// (each named by a `convention` diagnostic and its docs).
    pub convention_structs: std::collections::BTreeSet<String>,
    /// Model enums whose value set is `True | False`: their fields are `bool`.
    #[serde(skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub bool_enums: std::collections::BTreeSet<String>,
    /// Fields typed by their name and samples (`…Uid` holding `urn:veeam:` values → `Uid`,
    /// `…TimeUTC` holding date-times → `DateTime`) where the table said text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub retyped: Vec<Retyped>,
}

/// A field [`Schema::retyped`] names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Retyped {
    /// `Struct.field_name`.
    pub field: String,
    pub from: ValueType,
    pub to: ValueType,
    /// Why: the field's own sample values, or those of fields of the same name elsewhere.
    pub evidence: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StructDef {
    pub source: Source,
    /// Rust name, also the model type name.
    pub name: String,
    pub doc: String,
    /// Element names this type was seen as the root of.
    pub roots: Vec<String>,
    /// Wire order: attributes first, then elements in document order.
    pub fields: Vec<FieldDef>,
    /// Text content beside attributes (`<Day Name="Sunday">1,1,…</Day>`).
    pub text: Option<ValueType>,
    /// The JSON key of that text: `Value`, or `#text` where the docs' JSON samples write so.
    pub text_json: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldDef {
    /// snake_case Rust name, unique in the struct.
    pub name: String,
    pub xml: XmlPlacement,
    /// JSON key (PascalCase, as Enterprise Manager 12 writes it).
    pub json: String,
    /// For lists: how JSON writes them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub json_list: Option<JsonList>,
    pub ty: ValueType,
    /// `T` rather than `Option<T>`: the docs say at least one occurs.
    pub required: bool,
    pub doc: String,
    /// Where the field comes from: `table`, `sample` or `both`.
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum XmlPlacement {
    Attribute {
        name: String,
    },
    Element {
        name: String,
    },
    /// Repeated direct children.
    Elements {
        name: String,
    },
    /// `<wrapper><item/>…</wrapper>`.
    Wrapped {
        wrapper: String,
        item: String,
    },
}

impl XmlPlacement {
    pub fn is_list(&self) -> bool {
        matches!(
            self,
            XmlPlacement::Elements { .. } | XmlPlacement::Wrapped { .. }
        )
    }

    /// The name the field is matched by in tables and samples.
    pub fn key(&self) -> &str {
        match self {
            XmlPlacement::Attribute { name }
            | XmlPlacement::Element { name }
            | XmlPlacement::Elements { name } => name,
            XmlPlacement::Wrapped { wrapper, .. } => wrapper,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum JsonList {
    /// `"Key": [ … ]`
    Array,
    /// `"Key": { "Inner": [ … ] }`
    Wrapped { inner: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "name", rename_all = "snake_case")]
pub enum ValueType {
    String,
    Bool,
    Int,
    Float,
    Uid,
    DateTime,
    Url,
    /// A password: `runtime::Secret`, redacted in `Debug`.
    Secret,
    /// There or not, nothing inside: an empty element in XML, `{}` in JSON (`runtime::Empty`).
    Empty,
    Enum(String),
    Struct(String),
}

#[derive(Debug, Clone, Serialize)]
pub struct EnumDef {
    pub source: Source,
    pub name: String,
    pub doc: String,
    pub values: Vec<String>,
    /// What the pages say of each value (`Running`: `The task is in progress.`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub value_docs: BTreeMap<String, String>,
    /// The model enums with this value set merged into this one, by name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub merged_from: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OperationDef {
    pub source: Source,
    /// snake_case function name, unique.
    pub fn_name: String,
    pub method: String,
    pub path: String,
    pub path_params: Vec<String>,
    pub fixed_query: BTreeMap<String, String>,
    pub query_params: Vec<String>,
    pub title: String,
    pub doc: String,
    pub doc_url: Option<String>,
    pub request: Option<BodyDef>,
    pub response: Option<BodyDef>,
    /// The documented success statuses.
    pub success: Vec<u16>,
    /// What comes back: `entity`, `collection`, `task`, `none`.
    pub shape: String,
    /// For `GET /query?type=X`: the fields the query can filter and sort on.
    pub filters: Vec<FilterDef>,
    /// How the answer was typed: `doc` (the page's body), or a convention naming its page.
    pub response_evidence: String,
    /// `201 Created` whose page says `None.` but whose convention is the created representation:
    /// the call returns `Option<T>`, `None` for an empty body.
    pub response_optional: bool,
    /// `204 No Content`: the call returns `()`.
    pub no_content: bool,
    /// Why the call returns the raw response (a file or a stream), when it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw_reason: Option<String>,
    /// For a collection: the call that asks for its entities (`?format=Entity`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_form: Option<EntityForm>,
    /// For `GET /query?type=X`: the typed query calls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<QueryDef>,
}

/// The calls of one query type (`GET /query?type=X`): the page (`fn_name` of the operation) and
/// the stream of references, and, where the entity type is known, the page and the stream of
/// entities (`format=Entities`).
#[derive(Debug, Clone, Serialize)]
pub struct QueryDef {
    /// The `type` parameter, as the page writes it (`VmRestorePoint`, `vAppRestorePoint`).
    pub type_name: String,
    /// Its constant in `api::query_types` (`VM_RESTORE_POINT`).
    pub konst: String,
    /// The stream of references (`get_query_vm_restore_point_all`).
    pub all_fn: String,
    /// The entity form, when the entity type is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<QueryEntity>,
}

/// The entity form of a query type.
#[derive(Debug, Clone, Serialize)]
pub struct QueryEntity {
    /// The entity struct (`VmRestorePoint`).
    pub ty: String,
    /// Where it comes from.
    pub evidence: String,
    /// One page of entities (`get_query_vm_restore_point_entities`).
    pub fn_name: String,
    /// Every entity (`get_query_vm_restore_point_entities_all`).
    pub all_fn: String,
}

/// The entity form of a collection GET: the same request with `?format=Entity`.
#[derive(Debug, Clone, Serialize)]
pub struct EntityForm {
    /// `get_backup_servers` → `get_backup_servers_entities`.
    pub fn_name: String,
    /// The entity list (`<BackupServers>` of `BackupServer` items).
    pub response: BodyDef,
    /// Where the list and item types come from.
    pub evidence: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FilterDef {
    pub name: String,
    /// The documented type (`String`, `DateTime`, `UidType`, …).
    pub ty: String,
    pub description: String,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BodyDef {
    /// The struct, by name.
    pub ty: String,
    /// The XML root element name.
    pub root: String,
    /// Other roots the page's own samples show for this answer, when the type came from a
    /// fallback (`EntityReferences` for a "collection" whose sample is `<SystemSessions>`):
    /// the answer is still accepted under them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sample_roots: Vec<String>,
}
