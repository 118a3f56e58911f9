//! Diagnostics: everything the parser did not understand or found inconsistent.
//!
//! Every diagnostic names a file and a line, carries a stable code (tests and tooling match on
//! it, so codes are never renamed) and a human message.

use serde::Serialize;

/// Where a fact came from. Every location in the model sits under a key named `source`, so two
/// models can be compared with locations dropped.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Default)]
pub struct Source {
    pub file: String,
    pub line: u32,
}

impl Source {
    pub fn new(file: impl Into<String>, line: u32) -> Self {
        Source {
            file: file.into(),
            line,
        }
    }
}

/// The order of files in everything the model decides by "first file wins": by the name of the
/// folder a page is in, then its file name, then the whole path. Never the whole path first: the
/// checkout's own location (`/work/main/docs-src` against `/work/shared/...`) must not change
/// which page wins, or the generated crate would depend on where it was generated.
pub fn file_order(a: &str, b: &str) -> std::cmp::Ordering {
    fn key(path: &str) -> (&str, &str) {
        let path = path.trim_end_matches(['/', '\\']);
        let (dir, name) = path.rsplit_once(['/', '\\']).unwrap_or(("", path));
        let dir = dir.rsplit_once(['/', '\\']).map_or(dir, |(_, d)| d);
        (dir, name)
    }
    key(a).cmp(&key(b)).then_with(|| a.cmp(b))
}

/// [`file_order`], then line.
pub fn source_order(a: &Source, b: &Source) -> std::cmp::Ordering {
    file_order(&a.file, &b.file).then_with(|| a.line.cmp(&b.line))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The docs disagree with themselves; the model took one side.
    Warning,
    /// Something was not understood and is missing from the model.
    Error,
}

/// Stable diagnostic codes. The string form is part of the CLI's contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Code {
    /// Bytes that are not UTF-8 were replaced.
    InvalidUtf8,
    /// The file is empty or holds no recognisable page.
    EmptyPage,
    /// The front matter could not be read.
    FrontMatter,
    /// A section heading the extractor does not know.
    UnknownSection,
    /// A table whose header is not one of the known layouts.
    UnknownTable,
    /// A table row with the wrong number of cells, or an empty key cell.
    BadRow,
    /// An operation page without a readable `HTTP Request` line.
    NoRequestLine,
    /// The page title and the `HTTP Request` line name different operations.
    TitleMismatch,
    /// A request URL that does not start with `https://<host>:9398/api`.
    UnusualBaseUrl,
    /// A Min/Max Occurrence cell that is not `n/m`.
    BadOccurrence,
    /// A Modifiable or Required cell that is not yes/no/true/false.
    BadFlag,
    /// A response code sentence without a status code.
    NoResponseCode,
    /// An example that could not be split into request, headers, status and body.
    BadExample,
    /// An XML or JSON sample cut short by the rendering.
    TruncatedSample,
    /// A sample that is not well-formed XML or JSON.
    MalformedSample,
    /// A `For details, see ...` reference to a section that is not on the page.
    DanglingReference,
    /// Two pages or renderings disagree about the same fact.
    MergeConflict,
    /// A type name that had stray spaces or other noise removed.
    TypeNameNormalized,
    /// A table names an element the sample spells differently (or the other way round).
    TableSampleMismatch,
    /// A table whose type no sample, field or resource names; the name was made up.
    UnnamedType,
    /// A page read in two product versions: the newer one is used, this one is not.
    VersionOverride,
    /// A type or an answer the pages do not spell out, taken from the conventions
    /// (`format.md`, `representation_collections.md`) or the link-type mapping page.
    Convention,
    /// A page says otherwise than the conventions or another page (a 202 operation whose example
    /// answers 201, a "representation of the resource" whose sample is a reference list).
    ConventionConflict,
    /// A table or box that no rule read (its content is not in the model).
    UnreadTable,
    /// A sample-like box or paragraph that no rule read.
    UnreadSample,
    /// A "Possible values" list that gave no values (items that are not values, or none).
    UnreadValues,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidUtf8 => "invalid-utf8",
            Code::EmptyPage => "empty-page",
            Code::FrontMatter => "front-matter",
            Code::UnknownSection => "unknown-section",
            Code::UnknownTable => "unknown-table",
            Code::BadRow => "bad-row",
            Code::NoRequestLine => "no-request-line",
            Code::TitleMismatch => "title-mismatch",
            Code::UnusualBaseUrl => "unusual-base-url",
            Code::BadOccurrence => "bad-occurrence",
            Code::BadFlag => "bad-flag",
            Code::NoResponseCode => "no-response-code",
            Code::BadExample => "bad-example",
            Code::TruncatedSample => "truncated-sample",
            Code::MalformedSample => "malformed-sample",
            Code::DanglingReference => "dangling-reference",
            Code::MergeConflict => "merge-conflict",
            Code::TypeNameNormalized => "type-name-normalized",
            Code::TableSampleMismatch => "table-sample-mismatch",
            Code::UnnamedType => "unnamed-type",
            Code::VersionOverride => "version-override",
            Code::Convention => "convention",
            Code::ConventionConflict => "convention-conflict",
            Code::UnreadTable => "unread-table",
            Code::UnreadSample => "unread-sample",
            Code::UnreadValues => "unread-values",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Code::InvalidUtf8
            | Code::EmptyPage
            | Code::FrontMatter
            | Code::UnknownTable
            | Code::BadRow
            | Code::NoRequestLine
            | Code::BadExample
            | Code::MalformedSample
            | Code::UnreadTable
            | Code::UnreadSample
            | Code::UnreadValues => Severity::Error,
            _ => Severity::Warning,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Diagnostic {
    pub source: Source,
    #[serde(serialize_with = "code_str")]
    pub code: Code,
    pub severity: Severity,
    pub message: String,
}

fn code_str<S: serde::Serializer>(code: &Code, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(code.as_str())
}

impl Diagnostic {
    pub fn new(source: Source, code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            source,
            code,
            severity: code.severity(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sev = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(
            f,
            "{}:{}: {sev}[{}]: {}",
            self.source.file,
            self.source.line,
            self.code.as_str(),
            self.message
        )
    }
}

/// Collects diagnostics for one file.
#[derive(Debug, Default)]
pub struct Sink {
    pub file: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl Sink {
    pub fn new(file: impl Into<String>) -> Self {
        Sink {
            file: file.into(),
            diagnostics: Vec::new(),
        }
    }

    pub fn at(&self, line: u32) -> Source {
        Source::new(self.file.clone(), line)
    }

    pub fn push(&mut self, line: u32, code: Code, message: impl Into<String>) {
        let source = self.at(line);
        self.diagnostics
            .push(Diagnostic::new(source, code, message));
    }
}

#[cfg(test)]
mod order_tests {
    use super::*;
    use std::cmp::Ordering::{Greater, Less};

    #[test]
    fn file_order_ignores_where_the_folders_are() {
        // The seeds' folder sorts before the reference's wherever either is.
        assert_eq!(
            file_order("/work/main/docs-src/a.md", "/work/shared/em_rest/a.md"),
            Less
        );
        assert_eq!(
            file_order("/work/zz/docs-src/a.md", "/work/shared/em_rest/a.md"),
            Less
        );
        assert_eq!(
            file_order("/x/em_rest/a.md", "/a/em_rest-13.1-partial/a.md"),
            Less
        );
        assert_eq!(file_order("em_rest/a.md", "em_rest/b.md"), Less);
        assert_eq!(
            source_order(&Source::new("/z/d/a.md", 9), &Source::new("/a/d/a.md", 10)),
            Greater
        );
    }
}
