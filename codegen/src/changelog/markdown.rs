//! The changelog as Markdown, ready for CHANGELOG.md.

#![warn(missing_docs)]

use std::fmt::Write;

use super::{Change, Changelog, Kind, Level};

fn version(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("unknown")
}

/// Renders `log`; the same changelog gives the same bytes.
pub fn render(log: &Changelog) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "## veeam-em: docs {} → {}\n",
        version(&log.old.newest_version),
        version(&log.new.newest_version)
    );
    let v = &log.verdict;
    let what = match v.level {
        Level::Major => "breaking changes to the generated API",
        Level::Minor => {
            "additions and wire or behaviour changes; code that compiled still compiles"
        }
        Level::Patch => "documentation only",
    };
    let _ = writeln!(
        s,
        "**SemVer: {}** — {what}. For this 0.x crate (Cargo's rules): release as {}.\n",
        v.level.as_str(),
        v.bump_0x
    );
    for r in &v.reasons {
        let _ = writeln!(s, "- {r}");
    }

    let _ = writeln!(s, "\n### Pages\n");
    let _ = writeln!(s, "| product version | old | new |\n| --- | ---: | ---: |");
    let mut versions: Vec<&String> = log
        .old
        .pages_by_version
        .keys()
        .chain(log.new.pages_by_version.keys())
        .collect();
    versions.sort();
    versions.dedup();
    for ver in versions {
        let count =
            |m: &std::collections::BTreeMap<String, usize>| m.get(ver).copied().unwrap_or(0);
        let _ = writeln!(
            s,
            "| {ver} | {} | {} |",
            count(&log.old.pages_by_version),
            count(&log.new.pages_by_version)
        );
    }
    let _ = writeln!(
        s,
        "| superseded by a newer version | {} | {} |",
        log.old.pages_superseded, log.new.pages_superseded
    );
    let _ = writeln!(
        s,
        "\nOperations {} → {}, types {} → {}, enums {} → {}.",
        log.old.operations,
        log.new.operations,
        log.old.types,
        log.new.types,
        log.old.enums,
        log.new.enums
    );
    for (title, pages) in [
        ("Pages updated", &log.pages.updated),
        ("Pages added", &log.pages.added),
        ("Pages removed", &log.pages.removed),
    ] {
        if pages.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n{title} ({}):\n", pages.len());
        for p in pages {
            let _ = writeln!(
                s,
                "- `{}` ({} → {})",
                p.file,
                version(&p.old_version),
                version(&p.new_version)
            );
        }
    }

    let _ = writeln!(s, "\n### Summary\n");
    if log.counts.is_empty() {
        let _ = writeln!(s, "No changes.");
    } else {
        let _ = writeln!(s, "| change | count | level |\n| --- | ---: | --- |");
        for (kind, n) in &log.counts {
            let _ = writeln!(s, "| {} | {n} | {} |", kind.as_str(), kind.level().as_str());
        }
    }

    for (title, level) in [
        ("Breaking changes", Level::Major),
        ("Additions, wire and behaviour changes", Level::Minor),
    ] {
        let changes: Vec<&Change> = log.changes.iter().filter(|c| c.level == level).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n### {title}\n");
        for c in changes {
            let _ = write!(s, "- {}: `{}`", label(c.kind), c.item);
            if !c.detail.is_empty() {
                let _ = write!(s, " — {}", c.detail);
            }
            s.push('\n');
        }
    }

    if !log.docs.is_empty() {
        let _ = writeln!(s, "\n### Documentation only ({})\n", log.docs.len());
        let items: Vec<String> = log.docs.iter().map(|c| format!("`{}`", c.item)).collect();
        let _ = writeln!(s, "{}", items.join(", "));
    }
    s
}

fn label(kind: Kind) -> &'static str {
    match kind {
        Kind::OperationAdded => "operation added",
        Kind::OperationRemoved => "operation removed",
        Kind::OperationRenamed => "method renamed",
        Kind::OperationPath => "path changed",
        Kind::OperationParameters => "parameters changed",
        Kind::OperationRequest => "request type changed",
        Kind::OperationResponse => "response type changed",
        Kind::OperationStatuses => "success statuses changed",
        Kind::OperationShape => "response shape changed",
        Kind::OperationFilters => "query fields changed",
        Kind::TypeAdded => "type added",
        Kind::TypeRemoved => "type removed",
        Kind::TypeRoots => "XML root changed",
        Kind::TypeText => "text content retyped",
        Kind::FieldAdded => "field added",
        Kind::FieldRemoved => "field removed",
        Kind::FieldRetyped => "field retyped",
        Kind::FieldRequired => "field made required",
        Kind::FieldOptional => "field made optional",
        Kind::FieldWireName => "wire name changed",
        Kind::FieldOrder => "field order changed",
        Kind::EnumAdded => "enum added",
        Kind::EnumRemoved => "enum removed",
        Kind::EnumValueAdded => "enum value added",
        Kind::EnumValueRemoved => "enum value removed",
        Kind::Doc => "documentation",
    }
}
