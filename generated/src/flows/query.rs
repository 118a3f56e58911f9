//! The query service: `GET /query?type=<QueryType>[&format=…][&sortAsc|sortDesc=…][&pageSize=…]
//! [&page=…][&filter=…]` as a typed [`Query`], with [`Client::query_page`] for one page and
//! [`Client::query_all`] for every item across pages.
//!
//! The syntax follows the help center's *Queries* section:
//!
//! - `type` is one of the query types the *Type Parameter* page lists (`VmRestorePoint`, `Job`,
//!   `BackupJobSession`, …).
//! - `filter` is a logical expression of comparisons `<parameter><operator><value>` with the
//!   operators `==`, `!=`, `<`, `>`, `<=`, `>=` ([`Op`]), joined by `;` (AND) and `,` (OR) and
//!   grouped with `(` `)` ([`Filter`]). The parameters a type can be filtered and sorted on are
//!   in the *Optional Parameters* table of its `GET /query?type=<QueryType>` page (e.g.
//!   `VmDisplayName`, `CreationTime`, `BackupServerName` for `VmRestorePoint`), generated into
//!   [`api::query_types`](crate::api::query_types) (from the model's `operations[..].filters`
//!   of `GET /query?type=X`). For a documented type, [`Query::validate`] refuses a field that
//!   list lacks, naming it ([`Query::undocumented_fields`]; [`Query::allow_undocumented_fields`]
//!   lets it through).
//!
//! Each documented query type has generated calls on [`Client`] that take a [`Query`] without a
//! type ([`Query::default()`]) and return typed items: `get_query_vm_restore_point` (one page of
//! [`Ref`]s), `…_all` (every page, streamed), `…_entities` and
//! `…_entities_all` (the entity type, here `VmRestorePoint`, compiled with the `query` or the
//! `backups` feature). [`Client::query_page`] and
//! [`Client::query_all`] are what they use, for any type and item type.
//! - Values are written as the *Optional Parameters* page says (see [`quote_value`]).
//! - `format=Entities` returns entities instead of references ([`QueryFormat`]);
//!   `sortAsc`/`sortDesc` name a parameter; `pageSize` and `page` paginate, and the answer's
//!   `<PagingInfo PageNum="1" PageSize="100" PagesCount="3">` says where the page is.
//!
//! ```no_run
//! # async fn demo(client: veeam_em::Client) -> Result<(), veeam_em::Error> {
//! use futures_util::StreamExt;
//! use veeam_em::api::types::VmRestorePoint;
//! use veeam_em::flows::{Filter, Query, QueryFormat};
//!
//! let query = Query::new("VmRestorePoint")
//!     .format(QueryFormat::Entities)
//!     .filter(Filter::eq("VmDisplayName", "dbserver01"))
//!     .sort_desc("CreationTime")
//!     .page_size(50);
//! let points = client.query_all::<VmRestorePoint>(&query);
//! let mut points = std::pin::pin!(points);
//! while let Some(point) = points.next().await {
//!     println!("{:?}", point?.name);
//! }
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::collections::VecDeque;
use std::fmt;

use futures_util::Stream;
use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::api::query_types::{self, QueryType};
use crate::api::types::{Link, Ref};
use crate::runtime::xml::{self, Element, FromXml};
use crate::runtime::{DecodeError, Error, Members, Method, Request, StatusCode, UnknownMembers};
use crate::Client;

use super::links::{find_link, HasLinks};

/// The operation name query calls report in their errors.
pub const QUERY_OPERATION: &str = "GET /query";

/// The most pages [`Client::query_all`] reads for one query; a server that still reports more
/// pages after that ends the stream with an error rather than letting it run forever.
pub const MAX_PAGES: u32 = 10_000;

/// A comparison operator of a filter expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    /// `==`: equal.
    Eq,
    /// `!=`: does not equal.
    Ne,
    /// `<`: less.
    Lt,
    /// `>`: greater.
    Gt,
    /// `<=`: less or equal.
    Le,
    /// `>=`: greater or equal.
    Ge,
}

impl Op {
    /// The operator as the query syntax writes it (`==`, `!=`, `<`, `>`, `<=`, `>=`).
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Eq => "==",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Gt => ">",
            Op::Le => "<=",
            Op::Ge => ">=",
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A filter expression: comparisons combined with AND (`;`), OR (`,`) and parentheses.
///
/// Built with [`Filter::eq`] and friends, [`Filter::and`], [`Filter::or`], [`Filter::all`],
/// [`Filter::any`] and [`Filter::group`]; written out by `Display`. The syntax pages do not say
/// whether `;` binds tighter than `,`, so a combination nested in the other kind is always put in
/// parentheses: `a.and(b).or(c)` is `(a==1;b==2),c==3`, `a.and(b.or(c))` is `a==1;(b==2,c==3)`.
/// Empty combinations are left out; a combination of one is that one.
///
/// ```
/// use veeam_em::flows::Filter;
///
/// let f = Filter::eq("jobtype", "replica")
///     .and(Filter::eq("scheduleconfigured", false))
///     .or(Filter::eq("jobtype", "backup").and(Filter::eq("scheduleconfigured", true)));
/// assert_eq!(
///     f.to_string(),
///     "(jobtype==replica;scheduleconfigured==false),(jobtype==backup;scheduleconfigured==true)"
/// );
/// assert_eq!(Filter::eq("name", "Exchange Backup").to_string(), r#"name=="Exchange Backup""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// `<field><op><value>`; `value` is the raw value, quoted when written.
    Compare {
        /// The query parameter, e.g. `VmDisplayName`.
        field: String,
        /// The operator.
        op: Op,
        /// The value, unquoted.
        value: String,
    },
    /// All must hold: joined with `;`.
    All(Vec<Filter>),
    /// Any must hold: joined with `,`.
    Any(Vec<Filter>),
    /// An explicit group: `(…)`.
    Group(Box<Filter>),
}

impl Filter {
    /// `field op value`; the value is its `Display` text (`"dbserver01"`, `42`, `true`, a
    /// [`DateTime`](crate::DateTime), a [`Uid`](crate::Uid)).
    pub fn compare(field: impl Into<String>, op: Op, value: impl fmt::Display) -> Filter {
        Filter::Compare {
            field: field.into(),
            op,
            value: value.to_string(),
        }
    }

    /// `field==value`.
    pub fn eq(field: impl Into<String>, value: impl fmt::Display) -> Filter {
        Filter::compare(field, Op::Eq, value)
    }

    /// `field!=value`.
    pub fn ne(field: impl Into<String>, value: impl fmt::Display) -> Filter {
        Filter::compare(field, Op::Ne, value)
    }

    /// `field<value`.
    pub fn lt(field: impl Into<String>, value: impl fmt::Display) -> Filter {
        Filter::compare(field, Op::Lt, value)
    }

    /// `field>value`.
    pub fn gt(field: impl Into<String>, value: impl fmt::Display) -> Filter {
        Filter::compare(field, Op::Gt, value)
    }

    /// `field<=value`.
    pub fn le(field: impl Into<String>, value: impl fmt::Display) -> Filter {
        Filter::compare(field, Op::Le, value)
    }

    /// `field>=value`.
    pub fn ge(field: impl Into<String>, value: impl fmt::Display) -> Filter {
        Filter::compare(field, Op::Ge, value)
    }

    /// `self;other`: both must hold (an [`Filter::All`] grows instead of nesting).
    pub fn and(self, other: Filter) -> Filter {
        match self {
            Filter::All(mut all) => {
                all.push(other);
                Filter::All(all)
            }
            this => Filter::All(vec![this, other]),
        }
    }

    /// `self,other`: either must hold (an [`Filter::Any`] grows instead of nesting).
    pub fn or(self, other: Filter) -> Filter {
        match self {
            Filter::Any(mut any) => {
                any.push(other);
                Filter::Any(any)
            }
            this => Filter::Any(vec![this, other]),
        }
    }

    /// All of `filters` (`;`).
    pub fn all(filters: impl IntoIterator<Item = Filter>) -> Filter {
        Filter::All(filters.into_iter().collect())
    }

    /// Any of `filters` (`,`).
    pub fn any(filters: impl IntoIterator<Item = Filter>) -> Filter {
        Filter::Any(filters.into_iter().collect())
    }

    /// `(self)`, written in parentheses wherever it stands.
    pub fn group(self) -> Filter {
        Filter::Group(Box::new(self))
    }

    /// Whether the filter writes as nothing (only empty combinations).
    pub fn is_empty(&self) -> bool {
        match self {
            Filter::Compare { .. } => false,
            Filter::All(parts) | Filter::Any(parts) => parts.iter().all(Filter::is_empty),
            Filter::Group(inner) => inner.is_empty(),
        }
    }

    /// The fields the filter compares, in order.
    pub fn fields(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_fields(&mut out);
        out
    }

    fn collect_fields<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Filter::Compare { field, .. } => out.push(field),
            Filter::All(parts) | Filter::Any(parts) => {
                parts.iter().for_each(|p| p.collect_fields(out));
            }
            Filter::Group(inner) => inner.collect_fields(out),
        }
    }

    fn write(&self, within: Within, out: &mut String) {
        match self {
            Filter::Compare { field, op, value } => {
                out.push_str(field);
                out.push_str(op.as_str());
                out.push_str(&quote_value(value));
            }
            Filter::All(parts) => write_joined(parts, Within::All, ';', within, out),
            Filter::Any(parts) => write_joined(parts, Within::Any, ',', within, out),
            Filter::Group(inner) => {
                if !inner.is_empty() {
                    out.push('(');
                    inner.write(Within::Top, out);
                    out.push(')');
                }
            }
        }
    }
}

/// Where a filter is written: at the top, or inside an AND or an OR.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Within {
    Top,
    All,
    Any,
}

fn write_joined(parts: &[Filter], kind: Within, sep: char, within: Within, out: &mut String) {
    let parts: Vec<&Filter> = parts.iter().filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [] => {}
        [only] => only.write(within, out),
        _ => {
            let wrap = within != Within::Top && within != kind;
            if wrap {
                out.push('(');
            }
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    out.push(sep);
                }
                part.write(kind, out);
            }
            if wrap {
                out.push(')');
            }
        }
    }
}

impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.write(Within::Top, &mut out);
        f.write_str(&out)
    }
}

/// A filter value as the query syntax wants it (help center: *Optional Parameters*, the
/// "Important" note): a string of `A-Z a-z 0-9 _` goes as it is; a quote character in the value
/// is doubled; and a value with any other character (a space, `-`, `.`, `:`, `;`, `,`, …) or an
/// empty one is put in double quotes.
///
/// So `dbserver01` → `dbserver01`, `Exchange Backup` → `"Exchange Backup"`,
/// `2025-08-15T06:00:00Z` → `"2025-08-15T06:00:00Z"`, and — the page's own example — the job
/// name `"Backup"` (with its quotes) → `""Backup""`.
///
/// ```
/// use veeam_em::flows::query::quote_value;
///
/// assert_eq!(quote_value("dbserver01"), "dbserver01");
/// assert_eq!(quote_value("Fileserver Backup"), "\"Fileserver Backup\"");
/// assert_eq!(quote_value("\"Backup\""), "\"\"Backup\"\"");
/// assert_eq!(quote_value("say \"hi\""), "\"say \"\"hi\"\"\"");
/// ```
pub fn quote_value(value: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || c == '_';
    if !value.is_empty() && value.chars().all(plain) {
        return Cow::Borrowed(value);
    }
    let escaped = value.replace('"', "\"\"");
    let wrap = value.is_empty() || value.chars().any(|c| !plain(c) && c != '"');
    if wrap {
        Cow::Owned(format!("\"{escaped}\""))
    } else {
        Cow::Owned(escaped)
    }
}

/// Whether `name` can be a query type, parameter or sort field: `A-Z a-z 0-9 _`, not empty.
fn is_identifier(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// What a query returns: references (the server's default) or entities.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum QueryFormat {
    /// `<Refs><Ref/>…</Refs>`: references with their links; no `format` parameter is sent.
    #[default]
    Refs,
    /// `format=Entities`: `<Entities><VmRestorePoints><VmRestorePoint/>…</…></Entities>`.
    Entities,
}

/// A sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortOrder {
    /// `sortAsc=<field>`.
    Asc,
    /// `sortDesc=<field>`.
    Desc,
}

/// A `GET /query` request: a query type, an optional filter, sort, paging and format.
///
/// ```
/// use veeam_em::flows::{Filter, Query, QueryFormat};
///
/// let q = Query::new("VmRestorePoint")
///     .format(QueryFormat::Entities)
///     .sort_desc("CreationTime")
///     .page_size(3)
///     .page(1)
///     .filter(Filter::eq("VmDisplayName", "dbserver01"));
/// assert_eq!(
///     q.to_query_string(),
///     "type=VmRestorePoint&format=Entities&sortDesc=CreationTime&pageSize=3&page=1&filter=VmDisplayName==dbserver01"
/// );
/// let (path, pairs) = q.build();
/// assert_eq!(path, "/query");
/// assert_eq!(pairs[0], ("type", "VmRestorePoint".to_owned()));
/// ```
///
/// The query types the docs describe are constants in
/// [`api::query_types`](crate::api::query_types); `Query::new(query_types::VM_RESTORE_POINT)`
/// takes one as well as a name. For a documented type, [`Query::validate`] refuses a filter or
/// sort field its page does not list (naming it), unless
/// [`Query::allow_undocumented_fields`] says the server knows more than the docs.
///
/// The generated calls of each query type (`Client::get_query_vm_restore_point`, `…_entities`,
/// `…_all`, `…_entities_all`) take a query without a type, [`Query::default()`], and set it:
///
/// ```
/// use veeam_em::api::query_types;
/// use veeam_em::flows::{Filter, Query, QueryFormat};
///
/// let q = Query::default().filter(Filter::eq("VmDisplayName", "db01")).page_size(10);
/// let typed = q.for_type(&query_types::VM_RESTORE_POINT, QueryFormat::Entities).unwrap();
/// assert_eq!(
///     typed.to_query_string(),
///     "type=VmRestorePoint&format=Entities&pageSize=10&filter=VmDisplayName==db01"
/// );
/// // A field the VmRestorePoint page does not list is refused, by name.
/// let e = Query::new(query_types::VM_RESTORE_POINT)
///     .filter(Filter::eq("VmName", "db01"))
///     .validate()
///     .unwrap_err();
/// assert!(e.to_string().contains("\"VmName\""), "{e}");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    type_name: Option<String>,
    filter: Option<Filter>,
    sort: Option<(SortOrder, String)>,
    page_size: Option<u32>,
    page: Option<u32>,
    format: Option<QueryFormat>,
    allow_undocumented: bool,
}

impl Query {
    /// A query of `type_name`: a constant of [`api::query_types`](crate::api::query_types)
    /// (`query_types::VM_RESTORE_POINT`) or a name (`"VmRestorePoint"`, `"job"`: the *Type
    /// Parameter* page's list, or one the docs do not know); references, unfiltered, unsorted,
    /// the server's paging. [`Query::default()`] is a query without a type, for the generated
    /// per-type calls.
    pub fn new(type_name: impl AsRef<str>) -> Query {
        Query {
            type_name: Some(type_name.as_ref().to_owned()),
            ..Query::default()
        }
    }

    /// Sends filter and sort fields the type's page does not list (the server may know more
    /// than the docs); by default [`Query::validate`] refuses them for a documented type.
    pub fn allow_undocumented_fields(mut self, allow: bool) -> Query {
        self.allow_undocumented = allow;
        self
    }

    /// This query for the query type `ty` in `format`: what the generated per-type calls send.
    /// The type is set when the query has none; the format when none was chosen. A query of
    /// another type, or that chose another format, is an [`Error::Encode`] naming both (the
    /// type compared ASCII case-insensitively: the help center writes `type=job`).
    pub fn for_type(&self, ty: &QueryType, format: QueryFormat) -> Result<Query, Error> {
        let mut query = self.clone();
        match &query.type_name {
            None => query.type_name = Some(ty.name.to_owned()),
            Some(name) if name.eq_ignore_ascii_case(ty.name) => {}
            Some(name) => {
                return Err(Error::Encode(format!(
                    "query: a query of type {name:?} given to the call of type {:?}",
                    ty.name
                )))
            }
        }
        match query.format {
            None => query.format = Some(format),
            Some(chosen) if chosen == format => {}
            Some(chosen) => {
                return Err(Error::Encode(format!(
                    "query: a query in format {chosen:?} given to the {format:?} call of type {:?}",
                    ty.name
                )))
            }
        }
        Ok(query)
    }

    /// Adds `filter`; several calls are joined with AND (`;`).
    pub fn filter(mut self, filter: Filter) -> Query {
        self.filter = Some(match self.filter.take() {
            Some(previous) => previous.and(filter),
            None => filter,
        });
        self
    }

    /// `sortAsc=<field>` (replaces an earlier sort).
    pub fn sort_asc(mut self, field: impl Into<String>) -> Query {
        self.sort = Some((SortOrder::Asc, field.into()));
        self
    }

    /// `sortDesc=<field>` (replaces an earlier sort).
    pub fn sort_desc(mut self, field: impl Into<String>) -> Query {
        self.sort = Some((SortOrder::Desc, field.into()));
        self
    }

    /// `pageSize=<n>`: items per page (at least 1).
    pub fn page_size(mut self, n: u32) -> Query {
        self.page_size = Some(n);
        self
    }

    /// `page=<n>`: the page to return, from 1.
    pub fn page(mut self, n: u32) -> Query {
        self.page = Some(n);
        self
    }

    /// The representation: references (default) or entities.
    pub fn format(mut self, format: QueryFormat) -> Query {
        self.format = Some(format);
        self
    }

    /// The query type; empty for a query without one ([`Query::default()`]).
    pub fn type_name(&self) -> &str {
        self.type_name.as_deref().unwrap_or_default()
    }

    /// The representation asked for: [`QueryFormat::Refs`] unless chosen.
    pub fn query_format(&self) -> QueryFormat {
        self.format.unwrap_or_default()
    }

    /// The filter, when there is one.
    pub fn filter_expr(&self) -> Option<&Filter> {
        self.filter.as_ref()
    }

    /// The requested page, when one is set.
    pub fn page_number(&self) -> Option<u32> {
        self.page
    }

    /// The query type as [`api::query_types`](crate::api::query_types) documents it: its name
    /// exactly, else ASCII case-insensitively (the help center writes `type=job`,
    /// `type=backupServer`).
    pub fn documented_type(&self) -> Option<&'static QueryType> {
        let name = self.type_name.as_deref()?;
        query_types::by_name(name).or_else(|| {
            query_types::ALL
                .iter()
                .find(|t| t.name.eq_ignore_ascii_case(name))
        })
    }

    /// The filter and sort fields the type's help-center page does not list (compared
    /// case-insensitively, in order, repeated as used); `None` when the type itself is not
    /// documented. [`Query::validate`] refuses them unless
    /// [`Query::allow_undocumented_fields`] is set.
    pub fn undocumented_fields(&self) -> Option<Vec<&str>> {
        let documented = self.documented_type()?;
        let mut fields = self.filter.as_ref().map(Filter::fields).unwrap_or_default();
        if let Some((_, field)) = &self.sort {
            fields.push(field);
        }
        fields.retain(|f| documented.field(f).is_none());
        Some(fields)
    }

    /// Checks what the server would refuse or misread: there is a type; the type, every filter
    /// field and the sort field are identifiers (`A-Z a-z 0-9 _`); for a type
    /// [`api::query_types`](crate::api::query_types) documents, every filter and sort field is
    /// one its page lists (unless [`Query::allow_undocumented_fields`]); `pageSize` and `page`
    /// are at least 1. Failures are [`Error::Encode`] naming the field. [`Client::query_page`]
    /// calls it.
    pub fn validate(&self) -> Result<(), Error> {
        let bad = |what: &str, name: &str| {
            Err(Error::Encode(format!(
                "query: {what} {name:?} is not a name of letters, digits and _"
            )))
        };
        let Some(type_name) = &self.type_name else {
            return Err(Error::Encode(
                "query: no query type (Query::new(query_types::…), or a generated \
                 get_query_… call, sets it)"
                    .to_owned(),
            ));
        };
        if !is_identifier(type_name) {
            return bad("the type", type_name);
        }
        if let Some(filter) = &self.filter {
            if let Some(field) = filter.fields().into_iter().find(|f| !is_identifier(f)) {
                return bad("the filter field", field);
            }
        }
        if let Some((_, field)) = &self.sort {
            if !is_identifier(field) {
                return bad("the sort field", field);
            }
        }
        if !self.allow_undocumented {
            if let (Some(ty), Some(fields)) = (self.documented_type(), self.undocumented_fields()) {
                if let Some(field) = fields.first() {
                    let known: Vec<&str> = ty.fields.iter().map(|f| f.name).collect();
                    return Err(Error::Encode(format!(
                        "query: {field:?} is not a filter or sort field of query type {} (its \
                         page lists {}); Query::allow_undocumented_fields(true) sends it anyway",
                        ty.name,
                        known.join(", ")
                    )));
                }
            }
        }
        if self.page_size == Some(0) {
            return Err(Error::Encode(
                "query: pageSize must be at least 1".to_owned(),
            ));
        }
        if self.page == Some(0) {
            return Err(Error::Encode("query: page must be at least 1".to_owned()));
        }
        Ok(())
    }

    /// The request's path (`/query`) and query pairs, unencoded (the client percent-encodes
    /// them), in the order the help center's examples use: `type`, `format`, `sortAsc`/`sortDesc`,
    /// `pageSize`, `page`, `filter`. An empty filter is left out.
    pub fn build(&self) -> (String, Vec<(&'static str, String)>) {
        let mut pairs = vec![("type", self.type_name().to_owned())];
        if self.query_format() == QueryFormat::Entities {
            pairs.push(("format", "Entities".to_owned()));
        }
        match &self.sort {
            Some((SortOrder::Asc, field)) => pairs.push(("sortAsc", field.clone())),
            Some((SortOrder::Desc, field)) => pairs.push(("sortDesc", field.clone())),
            None => {}
        }
        if let Some(n) = self.page_size {
            pairs.push(("pageSize", n.to_string()));
        }
        if let Some(n) = self.page {
            pairs.push(("page", n.to_string()));
        }
        if let Some(filter) = self.filter.as_ref().filter(|f| !f.is_empty()) {
            pairs.push(("filter", filter.to_string()));
        }
        ("/query".to_owned(), pairs)
    }

    /// The query string as the help center writes it, unencoded:
    /// `type=VmRestorePoint&format=Entities&…&filter=VmDisplayName==dbserver01` (for reading and
    /// logs; requests go through [`Query::build`]).
    pub fn to_query_string(&self) -> String {
        let (_, pairs) = self.build();
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// The `<PagingInfo PageNum="1" PageSize="100" PagesCount="3">` of a query result, with its
/// `First`/`Previous`/`Next`/`Last` links.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PagingInfo {
    /// `PageNum`: this page, from 1.
    pub page_num: Option<u32>,
    /// `PageSize`: items per page.
    pub page_size: Option<u32>,
    /// `PagesCount`: how many pages there are.
    pub pages_count: Option<u32>,
    /// `<Links>`: `First`, `Previous`, `Next`, `Last` pages (with whatever else the XML wrapper
    /// held, see [`List::wrapper_unknown`](crate::runtime::List::wrapper_unknown)).
    pub links: Option<crate::runtime::List<Link>>,
    /// Members of `<PagingInfo>` the documentation does not name, kept as sent.
    pub unknown: UnknownMembers,
}

impl Members for PagingInfo {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        self.links
            .unknown_members(&crate::runtime::unknown::join(path, "Links"), out);
    }
}

impl HasLinks for PagingInfo {
    fn links(&self) -> &[Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

impl FromXml for PagingInfo {
    fn from_xml(el: &Element) -> Result<Self, DecodeError> {
        Ok(PagingInfo {
            page_num: xml::attr(el, "PageNum")?,
            page_size: xml::attr(el, "PageSize")?,
            pages_count: xml::attr(el, "PagesCount")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: UnknownMembers::from_xml(
                el,
                &["PageNum", "PageSize", "PagesCount"],
                &[xml::Child::once("Links")],
                false,
            ),
        })
    }
}

impl<'de> Deserialize<'de> for PagingInfo {
    /// `{"PageNum": 1, "PageSize": 100, "PagesCount": 3, "Links": […]}`: names in any case,
    /// numbers as numbers or strings, `null` as absent, `Links` in any list shape.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let Value::Object(map) = Value::deserialize(d)? else {
            return Err(D::Error::custom("PagingInfo: not an object"));
        };
        let mut fields: Vec<(String, Value)> = map.into_iter().collect();
        let number =
            |fields: &mut Vec<(String, Value)>, name: &str| -> Result<Option<u32>, D::Error> {
                match take(fields, name) {
                    None | Some(Value::Null) => Ok(None),
                    Some(Value::Number(n)) => n
                        .as_u64()
                        .and_then(|n| u32::try_from(n).ok())
                        .map(Some)
                        .ok_or_else(|| {
                            D::Error::custom(format!("PagingInfo.{name}: not a page number: {n}"))
                        }),
                    Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
                    Some(Value::String(s)) => s.trim().parse().map(Some).map_err(|_| {
                        D::Error::custom(format!("PagingInfo.{name}: not a page number: {s:?}"))
                    }),
                    Some(other) => Err(D::Error::custom(format!(
                        "PagingInfo.{name}: not a page number: {other}"
                    ))),
                }
            };
        let page_num = number(&mut fields, "PageNum")?;
        let page_size = number(&mut fields, "PageSize")?;
        let pages_count = number(&mut fields, "PagesCount")?;
        let links = match take(&mut fields, "Links") {
            None | Some(Value::Null) => None,
            Some(value) => Some(
                list_items(value)
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| {
                        Link::deserialize(v).map_err(|e| {
                            D::Error::custom(format!("PagingInfo.Links item {i}: {e}"))
                        })
                    })
                    .collect::<Result<crate::runtime::List<_>, _>>()?,
            ),
        };
        Ok(PagingInfo {
            page_num,
            page_size,
            pages_count,
            links,
            unknown: UnknownMembers::from_json(fields.into_iter().collect()),
        })
    }
}

/// One page of a query: its items and its [`PagingInfo`].
///
/// `T` is what the items are read as: [`Ref`] for references (the
/// default format), the entity type (`VmRestorePoint`, `Job`, …) for
/// [`QueryFormat::Entities`]. Reads the XML `<QueryResult>` (`<Refs><Ref/>…</Refs>`,
/// `<Entities><Xs><X/>…</Xs></Entities>`, `<PagingInfo>`) and its JSON form (the same names in
/// any case, lists in any of the shapes the server uses).
#[derive(Debug, Clone, PartialEq)]
pub struct QueryResult<T> {
    /// The references under `Refs`, then the entities under `Entities`, in document order.
    pub items: Vec<T>,
    /// Where this page is, when the server said.
    pub paging_info: Option<PagingInfo>,
    /// Members of `<QueryResult>` the documentation does not name, kept as sent.
    pub unknown: UnknownMembers,
}

impl<T: Members> Members for QueryResult<T> {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        self.items
            .unknown_members(&crate::runtime::unknown::join(path, "items"), out);
        self.paging_info
            .unknown_members(&crate::runtime::unknown::join(path, "PagingInfo"), out);
    }
}

impl<T> Default for QueryResult<T> {
    fn default() -> Self {
        QueryResult {
            items: Vec::new(),
            paging_info: None,
            unknown: UnknownMembers::default(),
        }
    }
}

impl<T> QueryResult<T> {
    /// Whether no page follows: `PageNum >= PagesCount`, or, without those numbers, no `Next`
    /// link; a result without `PagingInfo` is a last page.
    pub fn is_last_page(&self) -> bool {
        match &self.paging_info {
            None => true,
            Some(info) => match (info.page_num, info.pages_count) {
                (Some(num), Some(count)) => num >= count,
                _ => self.next_page_link().is_none(),
            },
        }
    }

    /// The `Next` link of the paging info, when there is one.
    pub fn next_page_link(&self) -> Option<&Link> {
        self.paging_info
            .as_ref()
            .and_then(|info| find_link(info, "Next", None))
    }
}

impl<T: FromXml> FromXml for QueryResult<T> {
    fn from_xml(el: &Element) -> Result<Self, DecodeError> {
        let mut items = Vec::new();
        if let Some(refs) = el.child("Refs") {
            read_items(refs, &mut items).map_err(|e| e.at("Refs"))?;
        }
        if let Some(entities) = el.child("Entities") {
            for list in &entities.children {
                read_items(list, &mut items).map_err(|e| e.at(&list.name).at("Entities"))?;
            }
        }
        Ok(QueryResult {
            items,
            paging_info: xml::elem(el, "PagingInfo")?,
            unknown: UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once("Refs"),
                    xml::Child::once("Entities"),
                    xml::Child::once("PagingInfo"),
                ],
                false,
            ),
        })
    }
}

/// Every child of `list` read as `T`, numbered by name from 1 in errors.
fn read_items<T: FromXml>(list: &Element, out: &mut Vec<T>) -> Result<(), DecodeError> {
    for (i, child) in list.children.iter().enumerate() {
        out.push(T::from_xml(child).map_err(|e| e.at(&format!("{}[{}]", child.name, i + 1)))?);
    }
    Ok(())
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for QueryResult<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let Value::Object(map) = Value::deserialize(d)? else {
            return Err(D::Error::custom("QueryResult: not an object"));
        };
        let mut fields: Vec<(String, Value)> = map.into_iter().collect();
        let mut items = Vec::new();
        let mut read = |name: &str, values: Vec<Value>| -> Result<(), D::Error> {
            for (i, value) in values.into_iter().enumerate() {
                let item = T::deserialize(value)
                    .map_err(|e| D::Error::custom(format!("QueryResult.{name} item {i}: {e}")))?;
                items.push(item);
            }
            Ok(())
        };
        if let Some(refs) = take(&mut fields, "Refs") {
            read("Refs", list_items(refs))?;
        }
        match take(&mut fields, "Entities") {
            Some(Value::Object(lists)) => {
                for (name, list) in lists {
                    read(&format!("Entities.{name}"), list_items(list))?;
                }
            }
            Some(other) => read("Entities", list_items(other))?,
            None => {}
        }
        let paging_info = match take(&mut fields, "PagingInfo") {
            None | Some(Value::Null) => None,
            Some(value) => Some(PagingInfo::deserialize(value).map_err(D::Error::custom)?),
        };
        let unknown = UnknownMembers::from_json(fields.into_iter().collect());
        Ok(QueryResult {
            items,
            paging_info,
            unknown,
        })
    }
}

/// Removes and returns the field named `name` (ASCII case-insensitively).
fn take(fields: &mut Vec<(String, Value)>, name: &str) -> Option<Value> {
    let at = fields
        .iter()
        .position(|(k, _)| k.eq_ignore_ascii_case(name))?;
    Some(fields.swap_remove(at).1)
}

/// The items of a JSON list in any shape the server uses: `null` → none; an array; a wrapper
/// object whose only entry is an array or `null` (`{"Refs": […]}`); any other value → one item.
fn list_items(value: Value) -> Vec<Value> {
    match value {
        Value::Null => Vec::new(),
        Value::Array(items) => items,
        Value::Object(map)
            if map.len() == 1 && map.values().all(|v| v.is_array() || v.is_null()) =>
        {
            match map.into_iter().next() {
                Some((_, Value::Array(items))) => items,
                _ => Vec::new(),
            }
        }
        single => vec![single],
    }
}

/// One page of a query's answer, or why there is none: what the generated `get_query_<type>` and
/// `get_query_<type>_entities` calls return.
pub type QueryPage<T> = Result<QueryResult<T>, Error>;

/// Every item of a query, page after page: what the generated `get_query_<type>_all` and
/// `get_query_<type>_entities_all` calls return. It is a [`Stream`] of `Result<T, Error>` (any
/// such stream is one); pin it (`std::pin::pin!`) to call `next`.
pub trait QueryStream<T>: Stream<Item = Result<T, Error>> {}

impl<T, S: Stream<Item = Result<T, Error>> + ?Sized> QueryStream<T> for S {}

/// The state of a [`Client::query_all`] stream.
struct Pages<T> {
    /// An error to yield before anything else (the query was not one for the call).
    error: Option<Error>,
    query: Query,
    next_page: Option<u32>,
    buffer: VecDeque<T>,
    fetched: u32,
    max_pages: u32,
}

impl Client {
    /// One page of `query` (after [`Query::validate`]), its items read as `T`: [`Ref`] for
    /// references, the entity type for [`QueryFormat::Entities`].
    pub async fn query_page<T: FromXml + DeserializeOwned + Members>(
        &self,
        query: &Query,
    ) -> Result<QueryResult<T>, Error> {
        query.validate()?;
        let (path, pairs) = query.build();
        let response = self
            .send(Request {
                operation: QUERY_OPERATION,
                method: Method::GET,
                path,
                query: pairs,
                body: None,
                expect: &[StatusCode::OK],
            })
            .await?;
        response.decode(QUERY_OPERATION, self.format())
    }

    /// Every item of `query`, page after page, from the query's `page` (or 1) on.
    ///
    /// Pages are requested with `page=1, 2, …` (the query's other parameters unchanged; the
    /// server pages by 100 when `pageSize` is not set). The stream ends after a page that is
    /// empty, that is the last per its [`PagingInfo`] ([`QueryResult::is_last_page`]), or that
    /// the server numbered lower than asked; after an error, which it yields; and after
    /// [`MAX_PAGES`] pages (yielding an [`Error::Decode`] if the server still reports more).
    /// The stream is not `Unpin`: pin it (`std::pin::pin!`) to call `next`.
    pub fn query_all<'a, T>(&'a self, query: &Query) -> impl Stream<Item = Result<T, Error>> + 'a
    where
        T: FromXml + DeserializeOwned + Members + 'a,
    {
        self.query_pages(Ok(query.clone()), MAX_PAGES)
    }

    /// One page of `query` as the query type `ty` in `format` ([`Query::for_type`]): the shape
    /// every generated `get_query_<type>…` page call shares.
    // Only the generated query calls use it; without the `query` feature there are none.
    #[cfg_attr(not(feature = "query"), allow(dead_code))]
    async fn query_page_of<T>(
        &self,
        ty: &QueryType,
        format: QueryFormat,
        query: &Query,
    ) -> QueryPage<T>
    where
        T: FromXml + DeserializeOwned + Members,
    {
        self.query_page(&query.for_type(ty, format)?).await
    }

    /// One page of references of the query type `ty`: what `get_query_<type>` sends.
    // Only the generated query calls use it; without the `query` feature there are none.
    #[cfg_attr(not(feature = "query"), allow(dead_code))]
    pub(crate) async fn query_refs_of(&self, ty: &QueryType, query: &Query) -> QueryPage<Ref> {
        self.query_page_of(ty, QueryFormat::Refs, query).await
    }

    /// One page of entities of the query type `ty`: what `get_query_<type>_entities` sends.
    // Only the generated query calls use it; without the `query` feature there are none.
    #[cfg_attr(not(feature = "query"), allow(dead_code))]
    pub(crate) async fn query_entities_of<T>(&self, ty: &QueryType, query: &Query) -> QueryPage<T>
    where
        T: FromXml + DeserializeOwned + Members,
    {
        self.query_page_of(ty, QueryFormat::Entities, query).await
    }

    /// Every reference of the query type `ty`: what `get_query_<type>_all` streams.
    // Only the generated query calls use it; without the `query` feature there are none.
    #[cfg_attr(not(feature = "query"), allow(dead_code))]
    pub(crate) fn query_all_refs_of(
        &self,
        ty: &QueryType,
        query: &Query,
    ) -> impl QueryStream<Ref> + '_ {
        self.query_pages(query.for_type(ty, QueryFormat::Refs), MAX_PAGES)
    }

    /// Every entity of the query type `ty`: what `get_query_<type>_entities_all` streams.
    // Only the generated query calls use it; without the `query` feature there are none.
    #[cfg_attr(not(feature = "query"), allow(dead_code))]
    pub(crate) fn query_all_entities_of<'a, T>(
        &'a self,
        ty: &QueryType,
        query: &Query,
    ) -> impl QueryStream<T> + 'a
    where
        T: FromXml + DeserializeOwned + Members + 'a,
    {
        self.query_pages(query.for_type(ty, QueryFormat::Entities), MAX_PAGES)
    }

    fn query_pages<'a, T>(
        &'a self,
        query: Result<Query, Error>,
        max_pages: u32,
    ) -> impl Stream<Item = Result<T, Error>> + 'a
    where
        T: FromXml + DeserializeOwned + Members + 'a,
    {
        let (query, error) = match query {
            Ok(query) => (query, None),
            Err(e) => (Query::default(), Some(e)),
        };
        let state = Pages {
            error,
            next_page: Some(query.page.unwrap_or(1).max(1)),
            query,
            buffer: VecDeque::new(),
            fetched: 0,
            max_pages,
        };
        futures_util::stream::unfold(state, move |mut st| async move {
            if let Some(e) = st.error.take() {
                st.next_page = None;
                return Some((Err(e), st));
            }
            loop {
                if let Some(item) = st.buffer.pop_front() {
                    return Some((Ok(item), st));
                }
                let page = st.next_page.take()?;
                if st.fetched >= st.max_pages {
                    let error = DecodeError::new(format!(
                        "the server reports more than {} pages",
                        st.max_pages
                    ))
                    .at("PagingInfo")
                    .at("QueryResult");
                    return Some((
                        // No one request is at fault (the pages so far each decoded), so no
                        // method or URL.
                        Err(Error::Decode {
                            operation: QUERY_OPERATION,
                            method: None,
                            url: None,
                            error: Box::new(error),
                            excerpt: String::new(),
                        }),
                        st,
                    ));
                }
                st.fetched += 1;
                let query = st.query.clone().page(page);
                match self.query_page::<T>(&query).await {
                    Err(e) => return Some((Err(e), st)),
                    Ok(result) => {
                        let went_back = result
                            .paging_info
                            .as_ref()
                            .and_then(|info| info.page_num)
                            .is_some_and(|num| num < page);
                        if !result.items.is_empty() && !result.is_last_page() && !went_back {
                            st.next_page = page.checked_add(1);
                        }
                        st.buffer.extend(result.items);
                    }
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::types::{Ref, VmRestorePoint};
    use crate::Format;
    use futures_util::StreamExt;
    use veeam_em_test_server::{serve, Reply};

    #[test]
    fn filters_from_the_help_center() {
        // GET /query?type=VmRestorePoint example.
        assert_eq!(
            Filter::eq("VmDisplayName", "dbserver01").to_string(),
            "VmDisplayName==dbserver01"
        );
        // Comparison Expressions example.
        assert_eq!(
            Filter::eq("name", "Exchange Backup").to_string(),
            r#"name=="Exchange Backup""#
        );
        // Logical Operators example.
        assert_eq!(
            Filter::eq("jobtype", "backup")
                .and(Filter::eq("platform", "hyperv"))
                .to_string(),
            "jobtype==backup;platform==hyperv"
        );
        // Grouping Operators example.
        assert_eq!(
            Filter::eq("jobtype", "replica")
                .and(Filter::eq("scheduleconfigured", false))
                .or(Filter::eq("jobtype", "backup").and(Filter::eq("scheduleconfigured", true)))
                .to_string(),
            "(jobtype==replica;scheduleconfigured==false),(jobtype==backup;scheduleconfigured==true)"
        );
        // Optional Parameters: spaces are quoted, quotes doubled.
        assert_eq!(
            Filter::eq("Name", "Fileserver Backup").to_string(),
            r#"Name=="Fileserver Backup""#
        );
        assert_eq!(
            Filter::eq("Name", "\"Backup\"").to_string(),
            r#"Name==""Backup"""#
        );
        // GET /query?type=BackupJobSession example.
        assert_eq!(
            Filter::eq("Result", "Failed")
                .and(Filter::ge("CreationTime", "2025-08-15T06:00:00Z"))
                .and(Filter::le(
                    "CreationTime",
                    crate::DateTime::new("2025-08-16T13:00:00Z")
                ))
                .to_string(),
            r#"Result==Failed;CreationTime>="2025-08-15T06:00:00Z";CreationTime<="2025-08-16T13:00:00Z""#
        );
        // GET /query?type=Repository and GET /query?type=BackupFile examples.
        assert_eq!(
            Filter::lt("FreeSpace", 107_374_182_400u64).to_string(),
            "FreeSpace<107374182400"
        );
        assert_eq!(
            Filter::eq(
                "BackupUid",
                crate::Uid::new("urn:veeam:Backup:39cb6675-8930-436a-8ac3-8a4ae6195cb1")
            )
            .and(Filter::eq("FileType", "vbk"))
            .to_string(),
            r#"BackupUid=="urn:veeam:Backup:39cb6675-8930-436a-8ac3-8a4ae6195cb1";FileType==vbk"#
        );
        assert_eq!(
            Filter::eq("Version", "11.0.0.837").to_string(),
            r#"Version=="11.0.0.837""#
        );
        assert_eq!(Filter::ne("Type", "Full").to_string(), "Type!=Full");
        assert_eq!(Filter::gt("Size", 0).to_string(), "Size>0");
    }

    #[test]
    fn grouping_and_precedence() {
        let a = || Filter::eq("a", 1);
        let b = || Filter::eq("b", 2);
        let c = || Filter::eq("c", 3);
        assert_eq!(a().and(b()).or(c()).to_string(), "(a==1;b==2),c==3");
        assert_eq!(a().and(b().or(c())).to_string(), "a==1;(b==2,c==3)");
        assert_eq!(a().or(b()).or(c()).to_string(), "a==1,b==2,c==3");
        assert_eq!(
            Filter::all([a(), Filter::all([b(), c()])]).to_string(),
            "a==1;b==2;c==3"
        );
        assert_eq!(a().and(b()).group().to_string(), "(a==1;b==2)");
        assert_eq!(a().group().or(b()).to_string(), "(a==1),b==2");
        // Empty combinations vanish; a combination of one is that one.
        assert_eq!(Filter::all([]).to_string(), "");
        assert!(Filter::any([Filter::all([])]).is_empty());
        assert_eq!(
            Filter::any([Filter::all([a().or(b())]), c()]).to_string(),
            "a==1,b==2,c==3"
        );
        assert_eq!(
            Filter::all([Filter::any([]), a(), Filter::all([]).group()]).to_string(),
            "a==1"
        );
        assert_eq!(
            Filter::all([Filter::any([a(), b()]), c()]).fields(),
            vec!["a", "b", "c"]
        );
    }

    #[test]
    fn values_are_quoted_as_the_docs_say() {
        assert_eq!(quote_value("abc_123"), "abc_123");
        assert_eq!(quote_value(""), "\"\"");
        assert_eq!(quote_value("a;b"), "\"a;b\"");
        assert_eq!(quote_value("a,b"), "\"a,b\"");
        assert_eq!(quote_value("(x)"), "\"(x)\"");
        assert_eq!(quote_value("a==b"), "\"a==b\"");
        assert_eq!(quote_value("virt03-ubuntu01"), "\"virt03-ubuntu01\"");
        assert_eq!(quote_value("a\"b"), "a\"\"b");
        assert_eq!(quote_value("\""), "\"\"");
        assert_eq!(quote_value("a \"b\""), "\"a \"\"b\"\"\"");
        assert_eq!(quote_value("ünï"), "\"ünï\"");
    }

    #[test]
    fn query_pairs_and_validation() {
        let q = Query::new("VmRestorePoint")
            .format(QueryFormat::Entities)
            .sort_desc("CreationTime")
            .page_size(3)
            .page(1)
            .filter(Filter::eq("VmDisplayName", "dbserver01"));
        let (path, pairs) = q.build();
        assert_eq!(path, "/query");
        assert_eq!(
            pairs,
            vec![
                ("type", "VmRestorePoint".to_owned()),
                ("format", "Entities".to_owned()),
                ("sortDesc", "CreationTime".to_owned()),
                ("pageSize", "3".to_owned()),
                ("page", "1".to_owned()),
                ("filter", "VmDisplayName==dbserver01".to_owned()),
            ]
        );
        assert!(q.validate().is_ok());
        assert_eq!(q.type_name(), "VmRestorePoint");
        assert_eq!(q.page_number(), Some(1));

        // Optional Parameters example; references send no format.
        assert_eq!(
            Query::new("job")
                .format(QueryFormat::Entities)
                .sort_asc("Name")
                .to_query_string(),
            "type=job&format=Entities&sortAsc=Name"
        );
        assert_eq!(
            Query::new("backupServer")
                .page_size(1)
                .page(2)
                .to_query_string(),
            "type=backupServer&pageSize=1&page=2"
        );
        assert_eq!(
            Query::new("backupServer")
                .sort_asc("x")
                .sort_desc("name")
                .to_query_string(),
            "type=backupServer&sortDesc=name"
        );
        // Filters add up with AND; an empty one is not sent.
        let q = Query::new("BackupJobSession")
            .filter(Filter::eq("Result", "Failed"))
            .filter(Filter::eq("JobName", "a b").or(Filter::eq("JobName", "c")));
        assert_eq!(
            q.to_query_string(),
            r#"type=BackupJobSession&filter=Result==Failed;(JobName=="a b",JobName==c)"#
        );
        assert!(q.filter_expr().is_some());
        assert_eq!(
            Query::new("Job").filter(Filter::all([])).to_query_string(),
            "type=Job"
        );

        // The fields against the generated list of the docs' filterable fields.
        let q = Query::new("VmRestorePoint")
            .filter(Filter::eq("VmDisplayName", "db").and(Filter::eq("Nope", 1)))
            .sort_desc("creationtime");
        assert_eq!(q.documented_type().map(|t| t.name), Some("VmRestorePoint"));
        assert_eq!(q.undocumented_fields(), Some(vec!["Nope"]));
        let q = Query::new("job")
            .filter(Filter::eq("jobtype", "backup").and(Filter::eq("platform", "hyperv")));
        assert_eq!(q.undocumented_fields(), Some(vec![]));
        assert_eq!(Query::new("NoSuchType").undocumented_fields(), None);

        for bad in [
            Query::new(""),
            Query::new("Vm RestorePoint"),
            Query::new("Job").filter(Filter::eq("Name;x", 1)),
            Query::new("Job").filter(Filter::eq("a", 1).or(Filter::eq("", 1))),
            Query::new("Job").sort_asc("Name desc"),
            Query::new("Job").page_size(0),
            Query::new("Job").page(0),
        ] {
            assert!(matches!(bad.validate(), Err(Error::Encode(_))), "{bad:?}");
        }
    }

    #[test]
    fn documented_types_refuse_undocumented_fields() {
        use crate::api::query_types;

        // By constant or by name (any case): the documented fields pass, others are named.
        for q in [
            Query::new(query_types::VM_RESTORE_POINT),
            Query::new("vmrestorepoint"),
        ] {
            let ok = q
                .clone()
                .filter(Filter::eq("vmdisplayname", "db").or(Filter::ge("CreationTime", 1)))
                .sort_desc("CreationTime");
            assert!(ok.validate().is_ok(), "{ok:?}");
            let bad = q.clone().filter(Filter::eq("VmName", "db"));
            match bad.validate() {
                Err(Error::Encode(m)) => {
                    assert!(m.contains("\"VmName\""), "{m}");
                    assert!(m.contains("VmRestorePoint"), "{m}");
                    assert!(
                        m.contains("VmDisplayName"),
                        "lists the documented fields: {m}"
                    );
                }
                other => panic!("{other:?}"),
            }
            let bad = q.clone().sort_asc("Size");
            assert!(matches!(bad.validate(), Err(Error::Encode(m)) if m.contains("\"Size\"")));
            assert!(bad.allow_undocumented_fields(true).validate().is_ok());
        }
        // A type the docs do not list is sent as it is.
        assert!(Query::new("FutureType")
            .filter(Filter::eq("Anything", 1))
            .validate()
            .is_ok());
        // A query without a type cannot be sent.
        assert!(
            matches!(Query::default().validate(), Err(Error::Encode(m)) if m.contains("no query type"))
        );
        assert_eq!(Query::default().type_name(), "");
        assert_eq!(Query::new(query_types::JOB).type_name(), "Job");
        assert_eq!(query_types::VM_RESTORE_POINT.entity, Some("VmRestorePoint"));
    }

    #[test]
    fn for_type_sets_type_and_format_and_refuses_others() {
        use crate::api::query_types::{JOB, VM_RESTORE_POINT};

        let q = Query::default().page_size(5);
        let typed = q
            .for_type(&VM_RESTORE_POINT, QueryFormat::Entities)
            .unwrap();
        assert_eq!(
            typed.to_query_string(),
            "type=VmRestorePoint&format=Entities&pageSize=5"
        );
        assert_eq!(typed.query_format(), QueryFormat::Entities);
        let typed = q.for_type(&VM_RESTORE_POINT, QueryFormat::Refs).unwrap();
        assert_eq!(typed.to_query_string(), "type=VmRestorePoint&pageSize=5");
        // The same type in another spelling keeps the spelling; the same format is fine.
        let typed = Query::new("job")
            .format(QueryFormat::Refs)
            .for_type(&JOB, QueryFormat::Refs)
            .unwrap();
        assert_eq!(typed.to_query_string(), "type=job");
        let e = Query::new("Job")
            .for_type(&VM_RESTORE_POINT, QueryFormat::Refs)
            .unwrap_err();
        assert!(e.to_string().contains("\"Job\"") && e.to_string().contains("VmRestorePoint"));
        let e = Query::default()
            .format(QueryFormat::Entities)
            .for_type(&JOB, QueryFormat::Refs)
            .unwrap_err();
        assert!(e.to_string().contains("Entities"), "{e}");
    }

    #[test]
    fn paging_info_and_result_keep_unknown_members() {
        let xml = r#"<QueryResult Extra="1"><Refs><Ref Name="a" Odd="x"/></Refs><Total>7</Total><PagingInfo PageNum="1" PagesCount="1" TotalCount="7"><Links/><Cursor>c1</Cursor></PagingInfo></QueryResult>"#;
        let page: QueryResult<Ref> = xml::from_document(xml.as_bytes()).unwrap();
        let mut names = Vec::new();
        page.unknown_members("", &mut names);
        for name in [
            "@Extra",
            "<Total>",
            "items[1].@Odd",
            "PagingInfo.@TotalCount",
            "PagingInfo.<Cursor>",
        ] {
            assert!(names.iter().any(|n| n == name), "{name} not in {names:?}");
        }
        let info = page.paging_info.as_ref().unwrap();
        assert_eq!(
            info.unknown.xml_attributes,
            [("TotalCount".to_owned(), "7".to_owned())]
        );

        // JSON, Enterprise Manager 13's camelCase.
        let json = r#"{"refs": {"refs": [{"name": "a", "odd": 1}]}, "total": 7,
                       "pagingInfo": {"pageNum": 1, "pagesCount": 1, "totalCount": 7, "links": null}}"#;
        let page: QueryResult<Ref> = crate::runtime::json::from_slice(json.as_bytes()).unwrap();
        assert_eq!(page.items[0].name.as_deref(), Some("a"));
        assert_eq!(page.unknown.json["total"], 7);
        let info = page.paging_info.as_ref().unwrap();
        assert_eq!(info.unknown.json["totalCount"], 7);
        assert_eq!((info.page_num, info.pages_count), (Some(1), Some(1)));
        let mut names = Vec::new();
        page.unknown_members("", &mut names);
        assert!(names.iter().any(|n| n.contains("totalCount")), "{names:?}");
    }

    /// The `format=Entities` answer of GET /query?type=VmRestorePoint, shortened.
    const ENTITIES: &str = r#"<QueryResult xmlns="http://www.veeam.com/ent/v1.0">
  <Entities>
    <VmRestorePoints>
      <VmRestorePoint Type="VmRestorePoint" Href="https://localhost:9398/api/vmRestorePoints/f45e5f83?format=Entity" Name="dbserver01@2025-06-16 04:00:52" VmDisplayName="dbserver01" UID="urn:veeam:VmRestorePoint:f45e5f83">
        <Links>
          <Link Rel="Restore" Href="https://localhost:9398/api/vmRestorePoints/f45e5f83?action=restore" />
          <Link Rel="Up" Type="BackupServerReference" Href="https://localhost:9398/api/backupServers/7445e6ce" Name="enterprise06.tech.local" />
        </Links>
        <CreationTimeUTC>2025-06-16T04:00:52Z</CreationTimeUTC>
        <Algorithm>Increment</Algorithm>
        <PointType>Incremental</PointType>
      </VmRestorePoint>
      <VmRestorePoint Type="VmRestorePoint" Name="dbserver01@2025-06-15 04:00:40" UID="urn:veeam:VmRestorePoint:a1"/>
    </VmRestorePoints>
  </Entities>
  <PagingInfo PageNum="1" PageSize="3" PagesCount="4">
    <Links>
      <Link Rel="First" Href="https://localhost:9398/api/query?type=VmRestorePoint&amp;format=Entities&amp;pageSize=3&amp;page=1" />
      <Link Rel="Next" Href="https://localhost:9398/api/query?type=VmRestorePoint&amp;format=Entities&amp;pageSize=3&amp;page=2" />
      <Link Rel="Last" Href="https://localhost:9398/api/query?type=VmRestorePoint&amp;format=Entities&amp;pageSize=3&amp;page=4" />
    </Links>
  </PagingInfo>
</QueryResult>"#;

    #[test]
    fn query_results_decode_in_both_formats() {
        let page: QueryResult<VmRestorePoint> = xml::from_document(ENTITIES.as_bytes()).unwrap();
        assert_eq!(page.items.len(), 2);
        assert_eq!(
            page.items[0].name.as_deref(),
            Some("dbserver01@2025-06-16 04:00:52")
        );
        assert!(page.items[0].find_link("Restore", None).is_some());
        let info = page.paging_info.as_ref().unwrap();
        assert_eq!(
            (info.page_num, info.page_size, info.pages_count),
            (Some(1), Some(3), Some(4))
        );
        assert!(!page.is_last_page());
        assert!(page
            .next_page_link()
            .unwrap()
            .href
            .as_ref()
            .unwrap()
            .as_str()
            .ends_with("page=2"));

        let refs = r#"<QueryResult><Refs><Ref Type="BackupServerReference" Name="172.17.53.47" UID="urn:veeam:BackupServer:e42211aa"><Links><Link Rel="Alternate" Type="BackupServer" Href="https://localhost:9398/api/backupServers/e42211aa?format=Entity"/></Links></Ref></Refs><PagingInfo PageNum="1" PageSize="100" PagesCount="1"/></QueryResult>"#;
        let page: QueryResult<Ref> = xml::from_document(refs.as_bytes()).unwrap();
        assert_eq!(page.items.len(), 1);
        assert!(page.items[0]
            .find_link("Alternate", Some("BackupServer"))
            .is_some());
        assert!(page.is_last_page());

        let e = xml::from_document::<QueryResult<Ref>>(
            br#"<QueryResult><PagingInfo PageNum="x"/></QueryResult>"#,
        )
        .unwrap_err();
        assert_eq!(e.path(), "QueryResult/PagingInfo@PageNum");
        let e = xml::from_document::<QueryResult<Ref>>(
            br#"<QueryResult><Entities><Refs><Ref/><Ref><Links><Link/></Links></Ref></Refs></Entities></QueryResult>"#,
        );
        assert!(e.is_ok());

        // JSON: references as a wrapper or an array, entities as a wrapper of a wrapper, paging
        // numbers as numbers or strings.
        let json = r#"{"Refs": {"Refs": [{"Name": "a", "Links": [{"Rel": "Alternate", "Href": "h"}]}, {"Name": "b"}]},
                       "Entities": null,
                       "PagingInfo": {"PageNum": 2, "PageSize": "2", "PagesCount": 2, "Links": {"Links": [{"Rel": "First", "Href": "f"}]}}}"#;
        let page: QueryResult<Ref> = crate::runtime::json::from_slice(json.as_bytes()).unwrap();
        assert_eq!(page.items.len(), 2);
        assert_eq!(page.items[1].name.as_deref(), Some("b"));
        assert!(page.is_last_page());
        assert_eq!(page.paging_info.as_ref().unwrap().links().len(), 1);
        let json = r#"{"entities": {"Jobs": null, "VmRestorePoints": {"VmRestorePoints": [{"Name": "p1"}, {"Name": "p2"}]}},
                       "pagingInfo": {"pageNum": 1, "pagesCount": null, "links": [{"Rel": "Next", "Href": "n"}]}}"#;
        let page: QueryResult<VmRestorePoint> =
            crate::runtime::json::from_slice(json.as_bytes()).unwrap();
        assert_eq!(page.items.len(), 2);
        assert!(!page.is_last_page());
        let json = r#"{"Entities": {"VmRestorePoints": [{"Name": "p1"}]}}"#;
        let page: QueryResult<VmRestorePoint> =
            crate::runtime::json::from_slice(json.as_bytes()).unwrap();
        assert_eq!(page.items.len(), 1);
        assert!(page.is_last_page());
        for bad in [
            r#"[]"#,
            r#"{"PagingInfo": {"PageNum": -1}}"#,
            r#"{"PagingInfo": {"PageNum": "one"}}"#,
            r#"{"PagingInfo": {"PageNum": true}}"#,
            r#"{"PagingInfo": 3}"#,
            r#"{"Refs": [{"Name": "a"}, "x"]}"#,
        ] {
            assert!(
                crate::runtime::json::from_slice::<QueryResult<Ref>>(bad.as_bytes()).is_err(),
                "{bad}"
            );
        }
        assert_eq!(QueryResult::<Ref>::default().items.len(), 0);
    }

    fn refs_page(names: &[&str], page: u32, pages: u32) -> String {
        let refs: String = names
            .iter()
            .map(|n| format!(r#"<Ref Type="JobReference" Name="{n}" UID="urn:veeam:Job:{n}"/>"#))
            .collect();
        format!(
            r#"<?xml version="1.0" encoding="utf-8"?><QueryResult xmlns="http://www.veeam.com/ent/v1.0"><Refs>{refs}</Refs><PagingInfo PageNum="{page}" PageSize="2" PagesCount="{pages}"/></QueryResult>"#
        )
    }

    fn names(items: &[Result<Ref, Error>]) -> Vec<String> {
        items
            .iter()
            .map(|r| match r {
                Ok(r) => r.name.clone().unwrap_or_default(),
                Err(e) => format!("error: {e}"),
            })
            .collect()
    }

    #[tokio::test]
    async fn query_page_sends_the_pairs() {
        let server =
            serve(|n, _| (n == 0).then(|| Reply::xml_or_json(200, refs_page(&["a"], 1, 1))));
        let client = Client::new(server.base_url()).unwrap();
        let q = Query::new("VmRestorePoint")
            .format(QueryFormat::Entities)
            .sort_desc("CreationTime")
            .page_size(3)
            .page(1)
            .filter(
                Filter::eq("VmDisplayName", "db server")
                    .and(Filter::ge("CreationTime", "2025-01-01")),
            );
        let page: QueryResult<Ref> = client.query_page(&q).await.unwrap();
        assert_eq!(page.items.len(), 1);
        let e = client
            .query_page::<Ref>(&Query::new("Job").page(0))
            .await
            .unwrap_err();
        assert!(matches!(e, Error::Encode(_)), "{e:?}");
        let requests = server.requests();
        assert_eq!(requests.len(), 1);
        assert_eq!(
            requests[0].target(),
            "/api/query?type=VmRestorePoint&format=Entities&sortDesc=CreationTime&pageSize=3&page=1&filter=VmDisplayName%3D%3D%22db%20server%22%3BCreationTime%3E%3D%222025-01-01%22"
        );
    }

    /// A filter value holding URL syntax (`&`, `=`, `#`, `+`, `?`, `%`), a space and non-ASCII
    /// text goes on the wire percent-encoded (a space `%20`, never `+`) and reads back whole.
    #[tokio::test]
    async fn filter_values_with_url_syntax_reach_the_server_whole() {
        let server =
            serve(|n, _| (n == 0).then(|| Reply::xml_or_json(200, refs_page(&["a"], 1, 1))));
        let client = Client::new(server.base_url()).unwrap();
        let name = "a b&c=d#e+f?g%h Ünïcødé 日本";
        let q = Query::new("Job").filter(Filter::eq("Name", name));
        let page: QueryResult<Ref> = client.query_page(&q).await.unwrap();
        assert_eq!(page.items.len(), 1);
        let requests = server.requests();
        let sent = requests[0].target();
        assert_eq!(
            sent,
            "/api/query?type=Job&filter=Name%3D%3D%22a%20b%26c%3Dd%23e%2Bf%3Fg%25h%20\
             %C3%9Cn%C3%AFc%C3%B8d%C3%A9%20%E6%97%A5%E6%9C%AC%22"
        );
        let (_, query) = sent.split_once('?').unwrap();
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        assert_eq!(
            pairs,
            [
                ("type".to_owned(), "Job".to_owned()),
                ("filter".to_owned(), format!("Name==\"{name}\""))
            ]
        );
    }

    #[tokio::test]
    async fn query_all_walks_every_page() {
        let server = serve(|_, request| {
            let t = request.target();
            let page = if t.ends_with("page=1") {
                refs_page(&["a", "b"], 1, 3)
            } else if t.ends_with("page=2") {
                refs_page(&["c", "d"], 2, 3)
            } else if t.ends_with("page=3") {
                refs_page(&["e"], 3, 3)
            } else {
                return None;
            };
            Some(Reply::xml_or_json(200, page))
        });
        let client = Client::new(server.base_url()).unwrap();
        let q = Query::new("Job").page_size(2);
        let items: Vec<Result<Ref, Error>> = client.query_all(&q).collect().await;
        assert_eq!(names(&items), ["a", "b", "c", "d", "e"]);
        let requests = server.requests();
        let targets: Vec<String> = requests.iter().map(|r| r.target()).collect();
        assert_eq!(
            targets,
            [
                "/api/query?type=Job&pageSize=2&page=1",
                "/api/query?type=Job&pageSize=2&page=2",
                "/api/query?type=Job&pageSize=2&page=3",
            ]
        );
    }

    #[tokio::test]
    async fn query_all_stops_on_empty_pages_errors_and_missing_paging() {
        // Page 2 is empty although PagesCount says 5.
        let server = serve(|n, _| match n {
            0 => Some(Reply::xml_or_json(200, refs_page(&["a"], 1, 5))),
            1 => Some(Reply::xml_or_json(200, refs_page(&[], 2, 5))),
            _ => None,
        });
        let client = Client::new(server.base_url()).unwrap();
        let items: Vec<Result<Ref, Error>> = client.query_all(&Query::new("Job")).collect().await;
        assert_eq!(names(&items), ["a"]);
        assert_eq!(server.requests().len(), 2);

        // No PagingInfo: one page. Starting from the query's page.
        let server = serve(|n, _| {
            (n == 0).then(|| {
                Reply::xml_or_json(
                    200,
                    r#"<QueryResult><Refs><Ref Name="x"/></Refs></QueryResult>"#.to_owned(),
                )
            })
        });
        let client = Client::new(server.base_url()).unwrap();
        let items: Vec<Result<Ref, Error>> =
            client.query_all(&Query::new("Job").page(4)).collect().await;
        assert_eq!(names(&items), ["x"]);
        let requests = server.requests();
        assert_eq!(requests.len(), 1);
        assert!(requests[0].target().ends_with("page=4"));

        // The server answers page 1 when asked for page 2: stop.
        let server =
            serve(|n, _| (n < 5).then(|| Reply::xml_or_json(200, refs_page(&["a"], 1, 9))));
        let client = Client::new(server.base_url()).unwrap();
        let items: Vec<Result<Ref, Error>> = client.query_all(&Query::new("Job")).collect().await;
        assert_eq!(names(&items), ["a", "a"]);
        assert_eq!(server.requests().len(), 2);

        // An error ends the stream after the items before it.
        let server = serve(|n, _| match n {
            0 => Some(Reply::xml_or_json(200, refs_page(&["a"], 1, 2))),
            1 => Some(Reply::xml_or_json(500, "boom".to_owned())),
            _ => None,
        });
        let client = Client::new(server.base_url()).unwrap();
        let items: Vec<Result<Ref, Error>> = client.query_all(&Query::new("Job")).collect().await;
        assert_eq!(items.len(), 2);
        assert!(matches!(
            items[1],
            Err(Error::Status {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                ..
            })
        ));

        // An invalid query is one error, without a request.
        let client = Client::new("http://127.0.0.1:9/api").unwrap();
        let items: Vec<Result<Ref, Error>> = client
            .query_all(&Query::new("no such type"))
            .collect()
            .await;
        assert_eq!(items.len(), 1);
        assert!(matches!(items[0], Err(Error::Encode(_))));
    }

    #[tokio::test]
    async fn query_all_is_bounded_and_reads_json() {
        // A server that never runs out of pages.
        let server = serve(|n, request| {
            let page = n as u32 + 1;
            assert!(request.target().ends_with(&format!("page={page}")));
            Some(Reply::xml_or_json(
                200,
                format!(
                    r#"{{"Refs": [{{"Name": "p{page}"}}], "PagingInfo": {{"PageNum": {page}, "PagesCount": 4294967295}}}}"#
                ),
            ))
        });
        let client = Client::new(server.base_url())
            .unwrap()
            .with_format(Format::Json);
        let items: Vec<Result<Ref, Error>> =
            client.query_pages(Ok(Query::new("Job")), 3).collect().await;
        assert_eq!(names(&items)[..3], ["p1", "p2", "p3"]);
        assert_eq!(items.len(), 4);
        match &items[3] {
            Err(Error::Decode { error, .. }) => {
                assert_eq!(error.path(), "QueryResult/PagingInfo");
                assert!(error.reason().contains("more than 3 pages"), "{error}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(server.requests().len(), 3);
    }
}
