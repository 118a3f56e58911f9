//! Page facts: what one page says, before pages are merged into the model.

use serde::Serialize;

use super::request_line::RequestLine;
use super::sample::Sample;
use crate::diag::Source;
use crate::doc::Rendering;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PageKind {
    Operation,
    QueryType,
    Resource,
    Concept,
}

impl PageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Operation => "operation",
            PageKind::QueryType => "query-type",
            PageKind::Resource => "resource",
            PageKind::Concept => "concept",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct PageFacts {
    pub source: Source,
    pub rendering: Rendering,
    pub kind: PageKind,
    pub title: String,
    pub source_url: Option<String>,
    pub product_version: Option<String>,
    pub description: Option<String>,
    pub operation: Option<OperationFacts>,
    pub resource: Option<ResourceFacts>,
    /// Element tables of concept pages that define types ("Job Scheduling Options"); fields on
    /// other pages reach them through "For details, see `<page title>`".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub type_tables: Vec<ElementTable>,
    /// Concept pages: their samples and the link-type mapping table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concept: Option<ConceptFacts>,
}

/// What a concept page contributes beside element tables.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ConceptFacts {
    /// Every XML or JSON sample on the page, whole or cut short.
    pub samples: Vec<Located<Sample>>,
    /// Rows of the link-type mapping (`mapping_link_types_to_xml_schema`).
    pub link_types: Vec<Located<LinkTypeRow>>,
}

/// `BackupServerList` → `<xs:element name="BackupServers" type="BackupServerEntityListType" />`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkTypeRow {
    /// The link types of the row (`FileSystemItems, DirectoryEntry, FileEntry` gives three).
    pub link_types: Vec<String>,
    /// The root element.
    pub root: String,
    /// The XML schema type.
    pub schema_type: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct OperationFacts {
    /// From the `HTTP Request` section.
    pub request: Option<Located<RequestLine>>,
    /// From the page title, when it names an operation.
    pub title_request: Option<Located<RequestLine>>,
    pub platforms: Vec<String>,
    pub request_headers: Vec<Header>,
    /// `Request Body` says `None.`
    pub no_request_body: bool,
    pub request_tables: Vec<ElementTable>,
    pub body_samples: Vec<BodySample>,
    pub response_codes: Vec<Status>,
    pub response_headers: Vec<Header>,
    /// The prose of `Response Body`.
    pub response_summary: Option<String>,
    pub response_tables: Vec<ElementTable>,
    pub links: Vec<Link>,
    pub filters: Vec<Filter>,
    pub examples: Vec<Example>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ResourceFacts {
    pub paths: Vec<Located<String>>,
    pub related: Vec<String>,
    pub methods: Vec<String>,
    pub representations: Vec<Representation>,
    pub links: Vec<Link>,
    pub tables: Vec<ElementTable>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Located<T> {
    pub source: Source,
    pub value: T,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Header {
    pub source: Source,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
}

/// An element table with the section heading it sits under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ElementTable {
    pub source: Source,
    pub section: String,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    pub source: Source,
    pub name: String,
    #[serde(rename = "type")]
    pub type_name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modifiable: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_occurs: Option<u32>,
    /// `None` for unbounded or not given; see `occurs_given`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_occurs: Option<MaxOccurs>,
    /// Enum values from "Possible values".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    /// What the "Possible values" list says of each value (`Running — the task is in
    /// progress.` → `Running`: `The task is in progress.`); values given bare have no entry.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub value_docs: std::collections::BTreeMap<String, String>,
    /// The section heading a "For details, see X" in the description points to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MaxOccurs {
    Bounded(u32),
    Unbounded,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BodySample {
    pub source: Source,
    /// Heading of the table section the sample illustrates.
    pub section: String,
    pub sample: Sample,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    pub source: Source,
    pub code: u16,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub source: Source,
    pub reference: String,
    pub relationship: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Filter {
    pub source: Source,
    pub name: String,
    #[serde(rename = "type")]
    pub type_name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Example {
    pub source: Source,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<(String, String)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_body: Option<Sample>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_body: Option<Sample>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Representation {
    pub source: Source,
    pub form: RepresentationForm,
    pub sample: Sample,
}

/// Which representation of a resource a sample shows. Serialized as `reference` / `entity`,
/// and comparable with those strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RepresentationForm {
    /// The entity reference (`<Ref>` with links), introduced as "reference resource
    /// representation".
    Reference,
    /// The full entity.
    Entity,
}

impl RepresentationForm {
    /// The serialized name.
    pub fn as_str(self) -> &'static str {
        match self {
            RepresentationForm::Reference => "reference",
            RepresentationForm::Entity => "entity",
        }
    }
}

impl PartialEq<&str> for RepresentationForm {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for RepresentationForm {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl std::fmt::Display for RepresentationForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
