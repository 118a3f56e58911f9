//! Interprets tables by their header: header tables, element tables, link tables, filter tables.

use std::collections::BTreeMap;

use super::facts::{ElementTable, Field, Filter, Header, Link, MaxOccurs};
use crate::diag::{Code, Sink};
use crate::doc::{Cell, Row, Table};
use crate::normalize::type_name;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// Header / (Required) / Description.
    Headers,
    /// Element / Type / Description / (Modifiable) / (Min/Max Occurrence), or with Required.
    Elements,
    /// Parameter / Type / (Required) / Description.
    Parameters,
    /// Reference / Relationship / Description.
    Links,
    /// A one-cell box or a header-less table.
    Box,
    /// Anything else: concept-page tables and unknown layouts.
    Other,
}

pub fn kind(table: &Table) -> TableKind {
    let h: Vec<String> = table
        .header
        .iter()
        .map(|s| s.to_ascii_lowercase())
        .collect();
    let first = h.first().map(String::as_str);
    match first {
        None => TableKind::Box,
        Some("header") if h.iter().any(|c| c == "description") => TableKind::Headers,
        Some("element") | Some("attribute") if h.get(1).map(String::as_str) == Some("type") => {
            TableKind::Elements
        }
        Some("parameter") if h.get(1).map(String::as_str) == Some("type") => TableKind::Parameters,
        Some("reference") if h.get(1).map(String::as_str) == Some("relationship") => {
            TableKind::Links
        }
        _ if h.iter().all(|c| c.is_empty()) => TableKind::Box,
        _ => TableKind::Other,
    }
}

/// Column index by header name (case-insensitive).
fn col(table: &Table, name: &str) -> Option<usize> {
    table
        .header
        .iter()
        .position(|h| h.eq_ignore_ascii_case(name))
}

fn cell(row: &Row, i: Option<usize>) -> Option<&Cell> {
    i.and_then(|i| row.cells.get(i))
}

fn check_width(table: &Table, row: &Row, sink: &mut Sink) -> bool {
    if row.cells.len() == table.header.len() {
        return true;
    }
    sink.push(
        row.line,
        Code::BadRow,
        format!(
            "row has {} cells, the table header ({}) has {}",
            row.cells.len(),
            table.header.join(" | "),
            table.header.len()
        ),
    );
    false
}

fn key_cell(row: &Row, i: Option<usize>, what: &str, sink: &mut Sink) -> Option<String> {
    let name = cell(row, i).map(|c| c.prose()).unwrap_or_default();
    // Keys are single tokens; a stray space inside one (`/security/accounts /{ID}`) is noise.
    let name: String = name.split_whitespace().collect::<Vec<_>>().join("");
    if name.is_empty() {
        sink.push(row.line, Code::BadRow, format!("row without a {what} name"));
        return None;
    }
    Some(name)
}

/// Values of a "Possible values" list: the token before any explanation.
pub fn enum_values(cell: &Cell) -> Vec<String> {
    let items = cell.items();
    let values: Vec<String> = items
        .iter()
        .map(|i| {
            let head = i.split([' ', '—', '–']).next().unwrap_or("");
            head.trim_end_matches([',', '.', ';']).to_string()
        })
        .filter(|v| !v.is_empty())
        .collect();
    // Only single-token items with no prose around them form an enum.
    let all_tokens = items.iter().zip(&values).all(|(item, v)| {
        item == v
            || item.starts_with(&format!("{v} —"))
            || item.starts_with(&format!("{v} -"))
            // `Direct (if clients have a direct connection to the cloud gateway)`
            || (item.starts_with(&format!("{v} (")) && item.ends_with(')'))
    });
    if values.is_empty() || !all_tokens {
        return Vec::new();
    }
    values
}

/// What a "Possible values" list says of each of its values (`Running — the task is in
/// progress.`, `Direct (if clients have a direct connection)`), as a sentence; bare values have
/// no entry. Only for lists [`enum_values`] reads as values.
pub fn enum_value_docs(cell: &Cell) -> BTreeMap<String, String> {
    let values = enum_values(cell);
    let mut docs = BTreeMap::new();
    for (item, value) in cell.items().iter().zip(&values) {
        let Some(rest) = item.strip_prefix(value.as_str()) else {
            continue;
        };
        let rest = rest.trim_start();
        let rest = rest
            .strip_prefix(['—', '–', '-'])
            .map(str::trim_start)
            .or_else(|| rest.strip_prefix('(')?.strip_suffix(')'))
            .unwrap_or(rest)
            .trim();
        if rest.is_empty() {
            continue;
        }
        let mut text: String = rest.chars().take(1).flat_map(char::to_uppercase).collect();
        text.push_str(&rest[rest.chars().next().map_or(0, char::len_utf8)..]);
        if !text.ends_with(['.', '!', '?']) {
            text.push('.');
        }
        docs.entry(value.clone()).or_insert(text);
    }
    docs
}

/// A "Possible values" list that gave no values is content the model lost: a diagnostic.
/// (Boolean fields list `true`/`false` in prose; their type says it all.)
fn check_values(row: &Row, name: &str, desc: Option<&Cell>, values: &[String], sink: &mut Sink) {
    let Some(desc) = desc else { return };
    if !values.is_empty()
        || !desc
            .prose()
            .to_ascii_lowercase()
            .contains("possible values")
    {
        return;
    }
    let items = desc.items();
    let message = if items.is_empty() {
        format!("\"Possible values\" of {name} lists no values")
    } else {
        format!(
            "\"Possible values\" of {name} are not single values: {:?}",
            items
        )
    };
    sink.push(row.line, Code::UnreadValues, message);
}

/// "For details, see X." → X.
pub fn details_reference(description: &str) -> Option<String> {
    let i = description.rfind("see ")?;
    let after = &description[i + 4..];
    let end = after.find(['.', ',', ';', '(']).unwrap_or(after.len());
    let name = after[..end].trim();
    if name.is_empty() || name.split_whitespace().count() > 8 {
        return None;
    }
    Some(name.to_string())
}

fn flag(row: &Row, c: Option<&Cell>, column: &str, sink: &mut Sink) -> Option<bool> {
    let text = c?.prose();
    match text.to_ascii_lowercase().as_str() {
        "yes" | "true" => Some(true),
        "no" | "false" => Some(false),
        "" | "—" | "-" | "n/a" => None,
        other => {
            sink.push(
                row.line,
                Code::BadFlag,
                format!("{column} cell is {other:?}, expected Yes/No/True/False"),
            );
            None
        }
    }
}

fn occurrence(row: &Row, c: Option<&Cell>, sink: &mut Sink) -> (Option<u32>, Option<MaxOccurs>) {
    let Some(text) = c.map(|c| c.prose()) else {
        return (None, None);
    };
    if matches!(text.as_str(), "" | "—" | "-" | "n/a") {
        return (None, None);
    }
    let parsed = text.split_once('/').and_then(|(min, max)| {
        let min: u32 = min.trim().parse().ok()?;
        let max = match max.trim().to_ascii_lowercase().as_str() {
            "unbounded" | "n" | "*" => Some(MaxOccurs::Unbounded),
            "-" | "—" => None,
            m => Some(MaxOccurs::Bounded(m.parse().ok()?)),
        };
        Some((min, max))
    });
    match parsed {
        Some((min, max)) => (Some(min), max),
        None => {
            sink.push(
                row.line,
                Code::BadOccurrence,
                format!("Min/Max Occurrence is {text:?}, expected `min/max`"),
            );
            (None, None)
        }
    }
}

pub fn headers(table: &Table, sink: &mut Sink) -> Vec<Header> {
    let (name_col, req_col, desc_col) = (
        col(table, "Header"),
        col(table, "Required"),
        col(table, "Description"),
    );
    let mut out = Vec::new();
    for row in &table.rows {
        check_width(table, row, sink);
        let Some(name) = key_cell(row, name_col, "header", sink) else {
            continue;
        };
        let desc = cell(row, desc_col);
        let values = desc.map(enum_values).unwrap_or_default();
        check_values(row, &name, desc, &values, sink);
        out.push(Header {
            source: sink.at(row.line),
            required: flag(row, cell(row, req_col), "Required", sink),
            description: desc.map(|c| c.flat()).unwrap_or_default(),
            name,
            values,
        });
    }
    out
}

/// `line` is the table's own line: a table cut after its header has no rows to point at.
pub fn elements(table: &Table, section: &str, line: u32, sink: &mut Sink) -> ElementTable {
    let name_col = col(table, "Element").or_else(|| col(table, "Attribute"));
    let type_col = col(table, "Type");
    let desc_col = col(table, "Description");
    let modifiable_col = col(table, "Modifiable");
    let required_col = col(table, "Required");
    let occurs_col = col(table, "Min/Max Occurrence");
    let mut fields = Vec::new();
    for row in &table.rows {
        check_width(table, row, sink);
        let Some(name) = key_cell(row, name_col, "element", sink) else {
            continue;
        };
        let raw_type = cell(row, type_col).map(|c| c.prose()).unwrap_or_default();
        let (mut ty, changed) = type_name(&raw_type);
        if matches!(ty.as_str(), "—" | "-" | "–" | "n/a") {
            ty.clear();
        }
        if changed {
            sink.push(
                row.line,
                Code::TypeNameNormalized,
                format!("type of {name} written {raw_type:?}, read as {ty:?}"),
            );
        }
        let desc = cell(row, desc_col);
        let description = desc.map(|c| c.flat()).unwrap_or_default();
        let (min_occurs, max_occurs) = occurrence(row, cell(row, occurs_col), sink);
        let (values, value_docs) = if ty.eq_ignore_ascii_case("boolean") {
            (Vec::new(), BTreeMap::new())
        } else {
            let values = desc.map(enum_values).unwrap_or_default();
            check_values(row, &name, desc, &values, sink);
            (values, desc.map(enum_value_docs).unwrap_or_default())
        };
        fields.push(Field {
            source: sink.at(row.line),
            name,
            type_name: ty,
            details: details_reference(&desc.map(|c| c.prose()).unwrap_or_default()),
            description,
            modifiable: flag(row, cell(row, modifiable_col), "Modifiable", sink),
            required: flag(row, cell(row, required_col), "Required", sink),
            min_occurs,
            max_occurs,
            values,
            value_docs,
        });
    }
    ElementTable {
        source: sink.at(table.rows.first().map_or(line, |r| r.line)),
        section: section.to_string(),
        fields,
    }
}

pub fn links(table: &Table, sink: &mut Sink) -> Vec<Link> {
    let (r, rel, d) = (
        col(table, "Reference"),
        col(table, "Relationship"),
        col(table, "Description"),
    );
    let mut out = Vec::new();
    for row in &table.rows {
        check_width(table, row, sink);
        let Some(reference) = key_cell(row, r, "reference", sink) else {
            continue;
        };
        out.push(Link {
            source: sink.at(row.line),
            reference,
            relationship: cell(row, rel).map(|c| c.prose()).unwrap_or_default(),
            description: cell(row, d).map(|c| c.flat()).unwrap_or_default(),
        });
    }
    out
}

pub fn filters(table: &Table, sink: &mut Sink) -> Vec<Filter> {
    let (p, t, d) = (
        col(table, "Parameter"),
        col(table, "Type"),
        col(table, "Description"),
    );
    let mut out = Vec::new();
    for row in &table.rows {
        check_width(table, row, sink);
        let Some(name) = key_cell(row, p, "parameter", sink) else {
            continue;
        };
        let desc = cell(row, d);
        let (ty, _) = type_name(&cell(row, t).map(|c| c.prose()).unwrap_or_default());
        let values = desc.map(enum_values).unwrap_or_default();
        check_values(row, &name, desc, &values, sink);
        out.push(Filter {
            source: sink.at(row.line),
            type_name: ty,
            description: desc.map(|c| c.flat()).unwrap_or_default(),
            name,
            values,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::CellPart;

    #[test]
    fn enum_values_take_the_leading_token() {
        let c = Cell {
            parts: vec![
                CellPart::Text("Possible values:".into()),
                CellPart::Item("application/xml — the client can send this".into()),
                CellPart::Item("application/json".into()),
            ],
        };
        assert_eq!(enum_values(&c), vec!["application/xml", "application/json"]);
        let c = Cell {
            parts: vec![CellPart::Item("VMware vSphere".into())],
        };
        assert!(enum_values(&c).is_empty());
        let c = Cell {
            parts: vec![
                CellPart::Item("Direct (if clients have a direct connection)".into()),
                CellPart::Item("NAT (if the gateway is behind the NAT)".into()),
            ],
        };
        assert_eq!(enum_values(&c), vec!["Direct", "NAT"]);
        let c = Cell {
            parts: vec![CellPart::Item("Direct (if clients) connect".into())],
        };
        assert!(enum_values(&c).is_empty());
    }

    #[test]
    fn enum_value_docs_are_sentences() {
        let c = Cell {
            parts: vec![
                CellPart::Text("State. Possible values:".into()),
                CellPart::Item("Running — the task is in progress".into()),
                CellPart::Item("Finished".into()),
                CellPart::Item("1 - No compression.".into()),
                CellPart::Item("NAT (if the gateway is behind the NAT)".into()),
            ],
        };
        let docs = enum_value_docs(&c);
        assert_eq!(docs.len(), 3, "{docs:?}");
        assert_eq!(docs["Running"], "The task is in progress.");
        assert_eq!(docs["1"], "No compression.");
        assert_eq!(docs["NAT"], "If the gateway is behind the NAT.");
        // Prose items are no enum, so they describe no values either.
        let c = Cell {
            parts: vec![CellPart::Item("VMware vSphere".into())],
        };
        assert!(enum_value_docs(&c).is_empty());
    }

    #[test]
    fn details() {
        assert_eq!(
            details_reference("Specifies options. For details, see Backup Resource Options."),
            Some("Backup Resource Options".into())
        );
    }
}
