//! What concept pages say that the model uses: their complete samples (a `LogonSession` with its
//! links, `CloudTenants` as entities) and the link-type table of
//! `mapping_link_types_to_xml_schema` (link type → root element → XML schema type).
//!
//! Both are read from the text stream of the page (table cells one by one), so a rendering that
//! lost its tables gives the same facts.

use super::facts::{ConceptFacts, LinkTypeRow, Located};
use super::sample;
use crate::diag::Sink;
use crate::doc::{collapse_ws, Block};

pub fn facts(blocks: &[Block], sink: &mut Sink) -> ConceptFacts {
    let blocks: Vec<&Block> = blocks.iter().collect();
    let blocks = blocks.as_slice();
    let mut out = ConceptFacts::default();
    let mut previous = String::new();
    for (line, text) in super::section_texts(blocks) {
        if let Some((root, schema_type)) = schema_element(&text) {
            let link_types = link_types(&previous);
            out.link_types.push(Located {
                source: sink.at(line),
                value: LinkTypeRow {
                    link_types,
                    root,
                    schema_type,
                },
            });
        }
        previous = text;
    }
    for run in super::sample_runs(blocks) {
        // A run right after text that already holds a sample (`Response Body:  <LogonSession …>`)
        // is the rest of an example that a text rendering split into lines, not a sample.
        // Likewise a body under its example label (`Response Body:`), which Markdown keeps in
        // the example's cell, and the closing tail of a split sample.
        let lead = run.lead.trim_end().to_ascii_lowercase();
        if run.lead.contains(['<', '{'])
            || lead.ends_with("body:")
            || run.text.trim_start().starts_with("</")
        {
            continue;
        }
        if let Some(s) = sample::classify(&run.text) {
            out.samples.push(Located {
                source: sink.at(run.line),
                value: s,
            });
        }
    }
    out
}

/// `<xs:element name="BackupServers" type="BackupServerEntityListType" />` → the two names.
pub fn schema_element(text: &str) -> Option<(String, String)> {
    let at = text.find("xs:element")?;
    let rest = &text[at..];
    Some((attr(rest, "name")?, attr(rest, "type")?))
}

fn attr(text: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(i) = text[from..].find(name) {
        let start = from + i;
        let after = text[start + name.len()..].trim_start();
        let before_ok = start == 0 || text[..start].ends_with(char::is_whitespace);
        if before_ok {
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start().strip_prefix('"')?;
                let end = v.find('"')?;
                return Some(v[..end].trim().to_string());
            }
        }
        from = start + name.len();
    }
    None
}

/// `FileSystemItems, DirectoryEntry, FileEntry` → three names; `\*`, `—` and the
/// `<Resource>Reference` pattern kept as written.
fn link_types(cell: &str) -> Vec<String> {
    collapse_ws(cell)
        .split(',')
        .map(|s| s.trim().trim_start_matches('\\').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_elements() {
        assert_eq!(
            schema_element(
                r#"<xs:element name="BackupServers" type="BackupServerEntityListType" />"#
            ),
            Some(("BackupServers".into(), "BackupServerEntityListType".into()))
        );
        assert_eq!(
            schema_element(r#"<xs:element name="VCloudService" type ="VCloudServiceType" />"#),
            Some(("VCloudService".into(), "VCloudServiceType".into()))
        );
        assert_eq!(schema_element("BackupServerList"), None);
        assert_eq!(
            link_types("FileSystemItems, DirectoryEntry, FileEntry"),
            vec!["FileSystemItems", "DirectoryEntry", "FileEntry"]
        );
    }
}
