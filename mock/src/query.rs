//! The query service: `GET /api/query?type=…` with `format`, `pageSize`/`page`, `filter` and
//! `sortAsc`/`sortDesc`, answering `<QueryResult>` with `<PagingInfo>`.

use http::{Method, StatusCode};
use serde_json::{json, Value};

use crate::body::{element, Body, El};
use crate::data::{BackupInfo, Dataset, Reps, RestorePointInfo, VmRestorePointInfo};
use crate::http::Request;
use crate::routes::{param, Reply};
use crate::Operation;
use crate::Shared;

/// A type the mock's query service knows.
struct QueryType {
    /// `type=` (any case).
    name: &'static str,
    /// The entity list element under `<Entities>`.
    list: &'static str,
    /// The entity element.
    entity: &'static str,
    /// The filter and sort parameters its docs page lists (lower case).
    fields: &'static [&'static str],
}

const QUERY_TYPES: [QueryType; 3] = [
    QueryType {
        name: "VmRestorePoint",
        list: "VmRestorePoints",
        entity: "VmRestorePoint",
        fields: &[
            "uid",
            "name",
            "creationtime",
            "type",
            "algorithm",
            "restorepointid",
            "restorepointname",
            "vmdisplayname",
            "backupserveruid",
            "backupservername",
        ],
    },
    QueryType {
        name: "RestorePoint",
        list: "RestorePoints",
        entity: "RestorePoint",
        fields: &[
            "uid",
            "name",
            "creationtime",
            "backupuid",
            "backupname",
            "backupserveruid",
            "backupservername",
        ],
    },
    QueryType {
        name: "Backup",
        list: "Backups",
        entity: "Backup",
        fields: &[
            "uid",
            "name",
            "jobname",
            "platform",
            "backuptype",
            "backupserveruid",
            "backupservername",
        ],
    },
];

/// One object a query can return.
#[derive(Clone, Copy)]
enum Item<'a> {
    Backup(&'a BackupInfo),
    RestorePoint(&'a BackupInfo, &'a RestorePointInfo),
    VmRestorePoint(&'a RestorePointInfo, &'a VmRestorePointInfo),
}

impl Item<'_> {
    /// The value of a filter or sort parameter (name in lower case).
    fn field(&self, data: &Dataset, name: &str) -> Option<String> {
        let server = &data.backup_server;
        match name {
            "backupservername" => return Some(server.name.clone()),
            "backupserveruid" => return Some(format!("urn:veeam:BackupServer:{}", server.id)),
            _ => {}
        }
        match self {
            Item::Backup(b) => match name {
                "uid" => Some(format!("urn:veeam:Backup:{}", b.id)),
                "name" | "jobname" => Some(b.name.clone()),
                "platform" => Some("VMware".to_owned()),
                "backuptype" => Some("Standard".to_owned()),
                _ => None,
            },
            Item::RestorePoint(b, rp) => match name {
                "uid" => Some(format!("urn:veeam:RestorePoint:{}", rp.id)),
                "name" => Some(rp.name.clone()),
                "creationtime" => Some(rp.backup_date_utc.clone()),
                "backupuid" => Some(format!("urn:veeam:Backup:{}", b.id)),
                "backupname" => Some(b.name.clone()),
                _ => None,
            },
            Item::VmRestorePoint(rp, vm) => match name {
                "uid" => Some(format!("urn:veeam:VmRestorePoint:{}", vm.id)),
                "name" => Some(vm.name.clone()),
                "creationtime" => Some(vm.creation_time_utc.clone()),
                "type" => Some(vm.point_type.clone()),
                "algorithm" => Some(vm.algorithm.clone()),
                "restorepointid" => Some(format!("urn:veeam:RestorePoint:{}", rp.id)),
                "restorepointname" => Some(rp.name.clone()),
                "vmdisplayname" => Some(vm.vm_name.clone()),
                _ => None,
            },
        }
    }
}

/// `GET /api/query?type=…[&format=Refs|Entities][&pageSize=N&page=P][&filter=…]
/// [&sortAsc|sortDesc=…]`.
pub(crate) fn query(
    shared: &Shared,
    reps: &Reps<'_>,
    request: &Request,
    params: &[(String, String)],
) -> Reply {
    let data = &shared.data;
    let Some(type_name) = param(params, "type") else {
        return Reply::error(StatusCode::BAD_REQUEST, "The query has no type parameter.");
    };
    let kind = QUERY_TYPES
        .iter()
        .find(|t| t.name.eq_ignore_ascii_case(type_name));
    let entities = match param(params, "format") {
        None => false,
        Some(f) if f.eq_ignore_ascii_case("Refs") => false,
        Some(f) if f.eq_ignore_ascii_case("Entities") => true,
        Some(f) => {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                format!("The value '{f}' of the format parameter is not valid (Refs, Entities)."),
            )
        }
    };
    let Some(kind) = kind else {
        // A documented query type the mock holds no inventory for: an empty page.
        if documented_query_type(type_name) {
            return empty_page(shared, request, entities);
        }
        return Reply::error(
            StatusCode::BAD_REQUEST,
            format!("The query type '{type_name}' is not a documented query type."),
        );
    };
    if entities && kind.name == "Backup" {
        // The inventory holds no backup entities: an empty page, like a server without any.
        return empty_page(shared, request, true);
    }
    let page_size = match param(params, "pageSize").map(|s| s.trim().parse::<usize>()) {
        None | Some(Ok(0)) => None,
        Some(Ok(n)) => Some(n),
        Some(Err(_)) => {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                "The pageSize parameter must be a number.",
            )
        }
    };
    let page = match param(params, "page").map(|s| s.trim().parse::<usize>()) {
        None => 1,
        Some(Ok(n)) if n >= 1 => n,
        _ => {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                "The page parameter must be a number from 1.",
            )
        }
    };
    let unknown = |name: &str, what: &str| {
        Reply::error(
            StatusCode::BAD_REQUEST,
            format!(
                "'{name}' is not a {what} parameter of type {} (or not one the mock serves).",
                kind.name
            ),
        )
    };

    let mut items: Vec<Item<'_>> = match kind.name {
        "Backup" => data.backups.iter().map(Item::Backup).collect(),
        "RestorePoint" => data
            .backups
            .iter()
            .flat_map(|b| {
                b.restore_points
                    .iter()
                    .map(move |rp| Item::RestorePoint(b, rp))
            })
            .collect(),
        _ => data
            .restore_points()
            .flat_map(|rp| {
                rp.vm_restore_points
                    .iter()
                    .map(move |vm| Item::VmRestorePoint(rp, vm))
            })
            .collect(),
    };

    if let Some(text) = param(params, "filter") {
        let filter = match Expr::parse(text) {
            Ok(filter) => filter,
            Err(why) => {
                return Reply::error(
                    StatusCode::BAD_REQUEST,
                    format!("The filter is not valid: {why}"),
                )
            }
        };
        let mut names = Vec::new();
        filter.names(&mut names);
        if let Some(name) = names.iter().find(|n| !kind.fields.contains(&n.as_str())) {
            return unknown(name, "filter");
        }
        items.retain(|item| filter.accepts(&|name| item.field(data, name)));
    }

    let sort = match (param(params, "sortAsc"), param(params, "sortDesc")) {
        (Some(name), None) => Some((name.trim().to_ascii_lowercase(), false)),
        (None, Some(name)) => Some((name.trim().to_ascii_lowercase(), true)),
        (None, None) => None,
        (Some(_), Some(_)) => {
            return Reply::error(StatusCode::BAD_REQUEST, "Use either sortAsc or sortDesc.")
        }
    };
    if let Some((name, descending)) = sort {
        if !kind.fields.contains(&name.as_str()) {
            return unknown(&name, "sort");
        }
        items.sort_by_cached_key(|item| comparable(&item.field(data, &name).unwrap_or_default()));
        if descending {
            items.reverse();
        }
    }

    let total = items.len();
    let size = page_size.unwrap_or(total);
    let pages = if size == 0 {
        1
    } else {
        total.div_ceil(size).max(1)
    };
    let shown = items
        .into_iter()
        .skip(size.saturating_mul(page - 1))
        .take(size);

    // The results in both formats.
    let mut elements = String::new();
    let mut values = Vec::new();
    for item in shown {
        let built = if entities {
            match item {
                Item::VmRestorePoint(rp, vm) => reps
                    .vm_restore_point(rp, vm)
                    .and_then(|v| element_and_value(kind.entity, &v)),
                Item::RestorePoint(b, rp) => reps
                    .restore_point(b, rp)
                    .and_then(|v| element_and_value(kind.entity, &v)),
                Item::Backup(_) => Err("no backup entities".to_owned()),
            }
        } else {
            let reference = match item {
                Item::VmRestorePoint(rp, vm) => reps.vm_restore_point_ref(rp, vm),
                Item::RestorePoint(b, rp) => reps.restore_point_ref(b, rp),
                Item::Backup(b) => reps.backup_ref(b),
            };
            reference.and_then(|r| element_and_value("Ref", &r))
        };
        match built {
            Ok((xml, value)) => {
                elements.push_str(&xml);
                values.push(value);
            }
            Err(e) => {
                return Reply::error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    format!("The mock could not build its answer: {e}"),
                )
            }
        }
    }

    let (paging_xml, paging_json) = paging_info(shared, request, page, size, pages);
    let (results_xml, mut json) = if entities {
        (
            El::new("Entities").child(El::new(kind.list).raw(elements)),
            json!({ "Refs": null, "Entities": { kind.list: { kind.list: values } } }),
        )
    } else {
        (
            El::new("Refs").raw(elements),
            json!({ "Refs": { "Refs": values }, "Entities": null }),
        )
    };
    json["PagingInfo"] = paging_json;
    Reply::ok(Body::literal(
        El::new("QueryResult").child(results_xml).child(paging_xml),
        json,
    ))
}

/// Whether some documented `GET /query?type=X` names `type_name` (case aside): the operation
/// table's own routing says.
fn documented_query_type(type_name: &str) -> bool {
    let query = [("type".to_owned(), type_name.to_owned())];
    Operation::find(&Method::GET, "/api/query", &query).is_some_and(|op| op.info().query)
}

/// `<QueryResult>` with no item and one page.
fn empty_page(shared: &Shared, request: &Request, entities: bool) -> Reply {
    let (paging_xml, paging_json) = paging_info(shared, request, 1, 0, 1);
    let (results_xml, mut json) = if entities {
        (El::new("Entities"), json!({ "Refs": null, "Entities": {} }))
    } else {
        (
            El::new("Refs"),
            json!({ "Refs": { "Refs": [] }, "Entities": null }),
        )
    };
    json["PagingInfo"] = paging_json;
    Reply::ok(Body::literal(
        El::new("QueryResult").child(results_xml).child(paging_xml),
        json,
    ))
}

fn element_and_value<T: serde::Serialize + veeam_em::runtime::xml::ToXml>(
    name: &str,
    value: &T,
) -> Result<(String, Value), String> {
    let json = serde_json::to_value(value).map_err(|e| e.to_string())?;
    Ok((element(name, value), json))
}

/// `<PagingInfo PageNum PageSize PagesCount>` with First, Previous, Next and Last links: the
/// request's query with `page` replaced.
fn paging_info(
    shared: &Shared,
    request: &Request,
    page: usize,
    size: usize,
    pages: usize,
) -> (El, Value) {
    let href = |n: usize| {
        let page = format!("page={n}");
        let pairs: Vec<&str> = request
            .query
            .as_deref()
            .unwrap_or_default()
            .split('&')
            .filter(|pair| {
                let name = pair.split('=').next().unwrap_or_default();
                !pair.is_empty() && !name.eq_ignore_ascii_case("page")
            })
            .chain(std::iter::once(page.as_str()))
            .collect();
        format!("{}/query?{}", shared.base_url, pairs.join("&"))
    };
    let mut links: Vec<(&str, String)> = vec![("First", href(1))];
    if page > 1 {
        links.push(("Previous", href((page - 1).min(pages))));
    }
    if page < pages {
        links.push(("Next", href(page + 1)));
    }
    links.push(("Last", href(pages)));
    let mut links_xml = El::new("Links");
    let mut links_json = Vec::new();
    for (rel, target) in links {
        links_xml.push(
            El::new("Link")
                .attr("Rel", rel)
                .attr("Href", target.clone()),
        );
        links_json.push(json!({ "Rel": rel, "Href": target }));
    }
    (
        El::new("PagingInfo")
            .attr("PageNum", page.to_string())
            .attr("PageSize", size.to_string())
            .attr("PagesCount", pages.to_string())
            .child(links_xml),
        json!({
            "Links": links_json,
            "PageNum": page,
            "PageSize": size,
            "PagesCount": pages,
        }),
    )
}

/// A value as compared and sorted: lower case, and a date-time cut to whole seconds without its
/// zone letter (`2025-03-03T22:00:11.100Z` → `2025-03-03t22:00:11`), so `2025-03-03T22:00:11Z`
/// and `2025-03-03` compare with it as dates do.
fn comparable(value: &str) -> String {
    let v = value.trim();
    let bytes = v.as_bytes();
    let is_datetime = bytes.len() >= 19
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && matches!(bytes[10], b'T' | b't' | b' ')
        && bytes[13] == b':';
    let v = if is_datetime { &v[..19] } else { v };
    v.to_lowercase()
}

// ---------------------------------------------------------------------------------------------
// Filters

/// A filter expression: comparisons, `;` (AND, binding tighter), `,` (OR) and parentheses
/// (help center: *Comparison Expressions*, *Logical Operators*, *Grouping Operators*). Values
/// may be quoted (`Name=="a b"`); a quote inside a value is doubled (`""Backup""`); unquoted
/// values lose their spaces, as the docs say the server ignores them.
#[derive(Debug, PartialEq)]
enum Expr {
    Compare(Condition),
    All(Vec<Expr>),
    Any(Vec<Expr>),
}

#[derive(Debug, PartialEq)]
struct Condition {
    /// The parameter, lower case.
    name: String,
    op: Op,
    value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, PartialEq)]
enum Token {
    Open,
    Close,
    And,
    Or,
    Comparison(String),
}

/// The filter's tokens: separators and parentheses outside quotes, comparisons between them.
fn tokens(text: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let flush = |current: &mut String, out: &mut Vec<Token>| {
        if !current.trim().is_empty() {
            out.push(Token::Comparison(std::mem::take(current)));
        } else {
            current.clear();
        }
    };
    for c in text.chars() {
        if c == '"' {
            quoted = !quoted;
            current.push(c);
            continue;
        }
        if quoted {
            current.push(c);
            continue;
        }
        let token = match c {
            '(' => Token::Open,
            ')' => Token::Close,
            ';' => Token::And,
            ',' => Token::Or,
            c => {
                current.push(c);
                continue;
            }
        };
        flush(&mut current, &mut out);
        out.push(token);
    }
    if quoted {
        return Err("unterminated quote".to_owned());
    }
    flush(&mut current, &mut out);
    Ok(out)
}

/// At most this much nesting of parentheses.
const MAX_NESTING: usize = 32;

impl Expr {
    fn parse(text: &str) -> Result<Expr, String> {
        let tokens = tokens(text)?;
        let mut pos = 0;
        let expr = Expr::parse_any(&tokens, &mut pos, 0)?;
        if pos != tokens.len() {
            return Err("unbalanced parentheses or a stray separator".to_owned());
        }
        Ok(expr)
    }

    /// or := and (',' and)*
    fn parse_any(tokens: &[Token], pos: &mut usize, depth: usize) -> Result<Expr, String> {
        let mut parts = vec![Expr::parse_all(tokens, pos, depth)?];
        while tokens.get(*pos) == Some(&Token::Or) {
            *pos += 1;
            parts.push(Expr::parse_all(tokens, pos, depth)?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::Any(parts)
        })
    }

    /// and := primary (';' primary)*
    fn parse_all(tokens: &[Token], pos: &mut usize, depth: usize) -> Result<Expr, String> {
        let mut parts = vec![Expr::parse_primary(tokens, pos, depth)?];
        while tokens.get(*pos) == Some(&Token::And) {
            *pos += 1;
            parts.push(Expr::parse_primary(tokens, pos, depth)?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::All(parts)
        })
    }

    /// primary := '(' or ')' | comparison
    fn parse_primary(tokens: &[Token], pos: &mut usize, depth: usize) -> Result<Expr, String> {
        match tokens.get(*pos) {
            Some(Token::Open) => {
                if depth >= MAX_NESTING {
                    return Err("parentheses nested too deep".to_owned());
                }
                *pos += 1;
                let inner = Expr::parse_any(tokens, pos, depth + 1)?;
                if tokens.get(*pos) != Some(&Token::Close) {
                    return Err("a '(' is not closed".to_owned());
                }
                *pos += 1;
                Ok(inner)
            }
            Some(Token::Comparison(text)) => {
                *pos += 1;
                Ok(Expr::Compare(Condition::parse(text)?))
            }
            Some(_) => Err("a separator or ')' where a comparison was expected".to_owned()),
            None => Err("the filter ends where a comparison was expected".to_owned()),
        }
    }

    fn names(&self, out: &mut Vec<String>) {
        match self {
            Expr::Compare(c) => out.push(c.name.clone()),
            Expr::All(parts) | Expr::Any(parts) => parts.iter().for_each(|p| p.names(out)),
        }
    }

    fn accepts(&self, field: &dyn Fn(&str) -> Option<String>) -> bool {
        match self {
            Expr::Compare(c) => field(&c.name).is_some_and(|actual| c.holds(&actual)),
            Expr::All(parts) => parts.iter().all(|p| p.accepts(field)),
            Expr::Any(parts) => parts.iter().any(|p| p.accepts(field)),
        }
    }
}

impl Condition {
    fn parse(text: &str) -> Result<Condition, String> {
        const OPS: [(&str, Op); 6] = [
            ("==", Op::Eq),
            ("!=", Op::Ne),
            ("<=", Op::Le),
            (">=", Op::Ge),
            ("<", Op::Lt),
            (">", Op::Gt),
        ];
        // The leftmost operator; at one place, the longer one (`<=` before `<`).
        let (at, token, op) = OPS
            .iter()
            .filter_map(|(token, op)| text.find(token).map(|at| (at, *token, *op)))
            .min_by_key(|(at, token, _)| (*at, usize::MAX - token.len()))
            .ok_or_else(|| format!("no comparison in '{text}'"))?;
        let name = text[..at].trim();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("'{name}' is not a parameter name"));
        }
        let raw = text[at + token.len()..].trim();
        let value = match raw.strip_prefix('"') {
            Some(inner) if raw.len() >= 2 && raw.ends_with('"') => {
                inner[..inner.len() - 1].replace("\"\"", "\"")
            }
            Some(_) => return Err(format!("unterminated quote in '{text}'")),
            None => raw
                .chars()
                .filter(|c| *c != ' ')
                .collect::<String>()
                .replace("\"\"", "\""),
        };
        Ok(Condition {
            name: name.to_ascii_lowercase(),
            op,
            value,
        })
    }

    /// Whether `actual` compares with the value as the operator says, case-insensitively. A UID
    /// (`urn:veeam:Type:id`) also matches its bare id.
    fn holds(&self, actual: &str) -> bool {
        let actual = if actual.starts_with("urn:") && !self.value.starts_with("urn:") {
            actual.rsplit(':').next().unwrap_or(actual)
        } else {
            actual
        };
        let ord = comparable(actual).cmp(&comparable(&self.value));
        match self.op {
            Op::Eq => ord.is_eq(),
            Op::Ne => ord.is_ne(),
            Op::Lt => ord.is_lt(),
            Op::Le => ord.is_le(),
            Op::Gt => ord.is_gt(),
            Op::Ge => ord.is_ge(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(vm: &'static str, kind: &'static str) -> impl Fn(&str) -> Option<String> {
        move |name: &str| match name {
            "vmdisplayname" => Some(vm.to_owned()),
            "type" => Some(kind.to_owned()),
            "name" => Some("x".to_owned()),
            "uid" => Some("urn:veeam:VmRestorePoint:abc".to_owned()),
            _ => None,
        }
    }

    #[test]
    fn and_binds_tighter_than_or() {
        let f = Expr::parse("VmDisplayName==sql01;Type!=Full,Name==\"a \"\"b\"\" c\"").unwrap();
        let Expr::Any(parts) = &f else {
            panic!("{f:?}")
        };
        assert_eq!(parts.len(), 2);
        let Expr::Compare(last) = &parts[1] else {
            panic!("{f:?}")
        };
        assert_eq!(last.value, "a \"b\" c");
        assert!(f.accepts(&field("SQL01", "Increment")));
        assert!(!f.accepts(&field("sql01", "Full")));
        assert!(!f.accepts(&field("web01", "Increment")));
    }

    #[test]
    fn parentheses_group() {
        // The docs' example, and the client's way of writing a nested combination.
        let f =
            Expr::parse("(type==Full;vmdisplayname==sql01),(type==Increment;vmdisplayname==web01)")
                .unwrap();
        assert!(f.accepts(&field("sql01", "Full")));
        assert!(f.accepts(&field("web01", "Increment")));
        assert!(!f.accepts(&field("web01", "Full")));
        let f = Expr::parse("name==x;(type==Full,type==Increment)").unwrap();
        assert!(f.accepts(&field("a", "Increment")));
        assert!(Expr::parse("((((name==x))))")
            .unwrap()
            .accepts(&field("a", "b")));
        let deep = format!("{}name==x{}", "(".repeat(40), ")".repeat(40));
        assert!(Expr::parse(&deep).is_err());
    }

    #[test]
    fn values_dates_and_uids() {
        assert!(Expr::parse("CreationTime>=\"2025-01-01T00:00:00Z\"")
            .unwrap()
            .accepts(&|_| Some("2025-03-03T22:00:00.100Z".to_owned())));
        assert!(Expr::parse("CreationTime==\"2025-03-03T22:00:00Z\"")
            .unwrap()
            .accepts(&|_| Some("2025-03-03T22:00:00.100Z".to_owned())));
        assert!(Expr::parse("uid==abc").unwrap().accepts(&field("a", "b")));
        assert!(Expr::parse("uid==\"urn:veeam:VmRestorePoint:ABC\"")
            .unwrap()
            .accepts(&field("a", "b")));
        // The docs' doubled quotes for a name that has quotes: `""Backup""` is `"Backup"`.
        let Expr::Compare(c) = Expr::parse("name==\"\"Backup\"\"").unwrap() else {
            panic!()
        };
        assert_eq!(c.value, "\"Backup\"");
        let Expr::Compare(c) = Expr::parse("name==Exchange Backup").unwrap() else {
            panic!()
        };
        assert_eq!(c.value, "ExchangeBackup");
    }

    #[test]
    fn bad_filters() {
        for bad in [
            "Name",
            "==x",
            "(Name==x",
            "Name==x)",
            "Name==\"x",
            "Na me==x",
            ";",
            "a==1;",
            ",a==1",
            "()",
        ] {
            assert!(Expr::parse(bad).is_err(), "{bad}");
        }
    }
}
