//! Doc versions: when the same help-center page is read in two product versions (the 13.0
//! reference and a 13.1 update beside it), the newer page wins whole. The older one fills
//! nothing: a merge would let a stale table or sample pass as current. Each override is a
//! `version-override` diagnostic naming both files and versions.
//!
//! A page is identified by its help-center URL (front matter `source_url`, HTML canonical link);
//! pages without one, or without a product version, are never overridden (there is nothing to
//! compare), and renderings of the same version all stay (they merge as before).

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::diag::{Code, Diagnostic};
use crate::extract::facts::PageFacts;

/// A superseded page: its file, its version and the file that replaces it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Superseded {
    pub file: String,
    pub version: String,
    pub by_file: String,
    pub by_version: String,
}

/// Splits `facts` into the pages to build from and the pages a newer version replaces (with what
/// replaces them), with one diagnostic per replaced page. Order of the kept pages is preserved.
pub fn newest_pages(
    facts: Vec<PageFacts>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<PageFacts>, Vec<(PageFacts, Superseded)>) {
    // The newest version of each page, and the first file that has it.
    let mut newest: BTreeMap<String, (String, String)> = BTreeMap::new();
    for f in &facts {
        let (Some(key), Some(version)) = (page_key(f), f.product_version.as_deref()) else {
            continue;
        };
        let newer = newest
            .get(&key)
            .is_none_or(|(v, _)| compare_versions(version, v) == Ordering::Greater);
        if newer {
            newest.insert(key, (version.to_owned(), f.source.file.clone()));
        }
    }
    let mut kept = Vec::with_capacity(facts.len());
    let mut superseded = Vec::new();
    for f in facts {
        let replaced_by = match (page_key(&f), f.product_version.as_deref()) {
            (Some(key), Some(version)) => newest
                .get(&key)
                .filter(|(v, _)| compare_versions(version, v) == Ordering::Less),
            _ => None,
        };
        match replaced_by {
            Some((by_version, by_file)) => {
                let version = f.product_version.clone().unwrap_or_default();
                diagnostics.push(Diagnostic::new(
                    f.source.clone(),
                    Code::VersionOverride,
                    format!(
                        "superseded by {by_file} (product version {by_version} over {version}); \
                         nothing of this page is used"
                    ),
                ));
                let entry = Superseded {
                    file: f.source.file.clone(),
                    version,
                    by_file: by_file.clone(),
                    by_version: by_version.clone(),
                };
                superseded.push((f, entry));
            }
            None => kept.push(f),
        }
    }
    (kept, superseded)
}

/// The page's identity: its help-center URL without scheme, `www.`, fragment, query or trailing
/// `/`, lower-cased (the help center's paths are case-insensitive).
fn page_key(f: &PageFacts) -> Option<String> {
    let url = f.source_url.as_deref()?.trim();
    let url = url.split(['#', '?']).next().unwrap_or(url);
    let url = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let url = url.strip_prefix("www.").unwrap_or(url);
    let url = url.trim_end_matches('/');
    (!url.is_empty()).then(|| url.to_ascii_lowercase())
}

/// Compares dotted versions number by number (`13.1.0.411` > `13.0.1.1071`, `13.10` > `13.9`);
/// a missing part counts as 0; parts that are not numbers compare as text.
pub fn compare_versions(a: &str, b: &str) -> Ordering {
    let parts = |s: &str| -> Vec<String> { s.trim().split('.').map(str::to_owned).collect() };
    let (pa, pb) = (parts(a), parts(b));
    for i in 0..pa.len().max(pb.len()) {
        let x = pa.get(i).map(String::as_str).unwrap_or("0");
        let y = pb.get(i).map(String::as_str).unwrap_or("0");
        let order = match (x.parse::<u64>(), y.parse::<u64>()) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            _ => x.cmp(y),
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    Ordering::Equal
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Source;
    use crate::doc::Rendering;
    use crate::extract::facts::PageKind;

    fn page(file: &str, url: Option<&str>, version: Option<&str>) -> PageFacts {
        PageFacts {
            source: Source::new(file, 1),
            rendering: Rendering::Markdown,
            kind: PageKind::Concept,
            title: file.to_owned(),
            source_url: url.map(str::to_owned),
            product_version: version.map(str::to_owned),
            description: None,
            operation: None,
            resource: None,
            type_tables: Vec::new(),
            concept: Default::default(),
        }
    }

    #[test]
    fn versions_compare_as_numbers() {
        assert_eq!(
            compare_versions("13.1.0.411", "13.0.1.1071"),
            Ordering::Greater
        );
        assert_eq!(compare_versions("13.10", "13.9"), Ordering::Greater);
        assert_eq!(compare_versions("13.0", "13.0.0.0"), Ordering::Equal);
        assert_eq!(compare_versions("12.3", "13"), Ordering::Less);
    }

    #[test]
    fn the_newer_page_wins_and_the_override_is_reported() {
        let url = "https://helpcenter.veeam.com/docs/vbr/em_rest/cloud.html";
        let facts = vec![
            page("a/cloud.md", Some(url), Some("13.0.1.1071")),
            page(
                "b/cloud.md",
                Some("http://helpcenter.veeam.com/docs/vbr/em_rest/Cloud.html/"),
                Some("13.1.0.411"),
            ),
            page(
                "a/jobs.md",
                Some("https://helpcenter.veeam.com/docs/vbr/em_rest/jobs.html"),
                Some("13.0.1.1071"),
            ),
            page("seed.txt", None, None),
        ];
        let mut diags = Vec::new();
        let (kept, superseded) = newest_pages(facts, &mut diags);
        let files: Vec<&str> = kept.iter().map(|f| f.source.file.as_str()).collect();
        assert_eq!(files, ["b/cloud.md", "a/jobs.md", "seed.txt"]);
        let superseded: Vec<Superseded> = superseded.into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            superseded,
            [Superseded {
                file: "a/cloud.md".into(),
                version: "13.0.1.1071".into(),
                by_file: "b/cloud.md".into(),
                by_version: "13.1.0.411".into(),
            }]
        );
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, Code::VersionOverride);
        assert!(
            diags[0].message.contains("b/cloud.md"),
            "{}",
            diags[0].message
        );
    }

    #[test]
    fn same_version_renderings_and_unversioned_pages_all_stay() {
        let url = "https://helpcenter.veeam.com/docs/vbr/em_rest/cloud.html";
        let facts = vec![
            page("a/cloud.md", Some(url), Some("13.0.1.1071")),
            page("a/cloud.html", Some(url), Some("13.0.1.1071")),
            page("a/cloud.txt", Some(url), None),
        ];
        let mut diags = Vec::new();
        let (kept, superseded) = newest_pages(facts, &mut diags);
        assert_eq!(kept.len(), 3);
        assert!(superseded.is_empty() && diags.is_empty());
    }
}
