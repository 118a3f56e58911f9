//! The model of the whole doc set: serde-serializable and deterministic (BTreeMap order, sorted
//! vectors). Every location sits under a key named `source`.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::diag::{Diagnostic, Source};
use crate::doc::Rendering;
use crate::extract::facts::{
    Example, Field, Filter, Header, Link, PageKind, Representation, Status,
};
use crate::extract::sample::Sample;

#[derive(Debug, Clone, Default, Serialize)]
pub struct Model {
    pub pages: Vec<PageEntry>,
    pub resources: BTreeMap<String, Resource>,
    /// Sorted by path, then method, then fixed query.
    pub operations: Vec<Operation>,
    pub types: BTreeMap<String, TypeDef>,
    pub enums: BTreeMap<String, EnumDef>,
    /// Samples of concept pages (a full `LogonSession`, `CloudTenants` as entities), by file.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub concept_samples: Vec<SampleAt>,
    /// The link-type table of `mapping_link_types_to_xml_schema`, in page order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub link_types: Vec<LinkType>,
    pub diagnostics: Vec<Diagnostic>,
}

/// One row of the link-type mapping: `BackupServerList` → `<BackupServers>` of
/// `BackupServerEntityListType`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkType {
    pub source: Source,
    pub link_types: Vec<String>,
    pub root: String,
    pub schema_type: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageEntry {
    pub file: String,
    pub kind: PageKind,
    pub title: String,
    pub rendering: Rendering,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The product build the page documents (front matter, `<meta name="product-version">`,
    /// or the footer "Page content applies to build ...").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_version: Option<String>,
    /// The file of a newer version of the same page, which replaced this one whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Resource {
    pub source: Source,
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_url: Option<String>,
    pub urls: Vec<String>,
    pub methods: Vec<String>,
    pub related: Vec<String>,
    /// Root element of the entity representation, e.g. `VmRestorePoint`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    pub representations: Vec<Representation>,
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    pub source: Source,
    pub method: String,
    pub path: String,
    pub path_params: Vec<String>,
    pub fixed_query: BTreeMap<String, String>,
    pub query_params: Vec<String>,
    pub kind: PageKind,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_version: Option<String>,
    pub platforms: Vec<String>,
    pub request_headers: Vec<Header>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_body: Option<Body>,
    pub success: Vec<Status>,
    pub response_headers: Vec<Header>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_body: Option<Body>,
    pub links: Vec<Link>,
    pub filters: Vec<Filter>,
    pub examples: Vec<Example>,
    /// Other pages (or renderings) that described the same operation.
    pub merged_from: Vec<MergedFrom>,
}

impl Operation {
    pub fn key(&self) -> String {
        crate::extract::request_line::operation_key(&self.method, &self.path, &self.fixed_query)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct MergedFrom {
    pub source: Source,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Body {
    /// The model type the body is, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `entity`, `collection`, `task`, `none` or `unknown`, from the prose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shape: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub samples: Vec<SampleAt>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SampleAt {
    pub source: Source,
    pub sample: Sample,
}

#[derive(Debug, Clone, Serialize)]
pub struct TypeDef {
    pub source: Source,
    pub name: String,
    pub fields: Vec<Field>,
    /// Operations (keys) whose request or response uses the type.
    pub used_by: BTreeSet<String>,
    /// Samples whose root element is this type.
    pub samples: Vec<SampleAt>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnumDef {
    pub source: Source,
    pub name: String,
    pub values: Vec<String>,
    /// What the pages say of each value (first page wins); bare values have no entry.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub value_docs: BTreeMap<String, String>,
    pub used_by: BTreeSet<String>,
}
