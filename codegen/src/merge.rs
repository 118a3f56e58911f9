//! Page facts → one model. Several pages or renderings describing the same operation or
//! resource merge: the richer copy fills what the poorer lacks; real disagreements become
//! `merge-conflict` diagnostics and the first page (in file order) wins.

mod fill;
mod naming;
pub mod types;

use std::collections::BTreeMap;

use crate::diag::{Code, Diagnostic, Source};
use crate::extract::facts::{OperationFacts, PageFacts};
use crate::extract::request_line::RequestLine;
use crate::model::{Body, MergedFrom, Model, Operation, PageEntry, Resource, SampleAt};
use fill::Merger;

/// The model's entry for one page.
pub fn page_entry(f: &PageFacts) -> PageEntry {
    PageEntry {
        file: f.source.file.clone(),
        kind: f.kind,
        title: f.title.clone(),
        rendering: f.rendering,
        source_url: f.source_url.clone(),
        product_version: f.product_version.clone(),
        superseded_by: None,
    }
}

pub fn build(mut facts: Vec<PageFacts>, mut diagnostics: Vec<Diagnostic>) -> Model {
    facts.sort_by(|a, b| crate::diag::file_order(&a.source.file, &b.source.file));
    let mut model = Model {
        pages: facts.iter().map(page_entry).collect(),
        ..Default::default()
    };
    let mut m = Merger::default();

    let keys = naming::resolve_operation_keys(&facts, &mut m.diagnostics);
    let mut ops: BTreeMap<(String, String, String), Operation> = BTreeMap::new();
    for (fact, line) in facts.iter().zip(&keys) {
        let (Some(op), Some(line)) = (&fact.operation, line) else {
            continue;
        };
        let new = operation(fact, op, line);
        let sort_key = (line.path.clone(), line.method.clone(), line.key());
        match ops.get_mut(&sort_key) {
            Some(existing) => m.operation(existing, new),
            None => {
                ops.insert(sort_key, new);
            }
        }
    }
    for fact in &facts {
        if let Some(res) = resource(fact, &mut m.diagnostics) {
            match model.resources.get_mut(&res.path) {
                Some(existing) => m.resource(existing, res),
                None => {
                    model.resources.insert(res.path.clone(), res);
                }
            }
        }
    }
    model.operations = ops.into_values().collect();
    for fact in &facts {
        let Some(c) = &fact.concept else { continue };
        model
            .concept_samples
            .extend(c.samples.iter().map(|s| SampleAt {
                source: s.source.clone(),
                sample: s.value.clone(),
            }));
        model
            .link_types
            .extend(c.link_types.iter().map(|r| crate::model::LinkType {
                source: r.source.clone(),
                link_types: r.value.link_types.clone(),
                root: r.value.root.clone(),
                schema_type: r.value.schema_type.clone(),
            }));
    }
    types::build(&facts, &keys, &mut model, &mut m);

    diagnostics.append(&mut m.diagnostics);
    diagnostics.sort();
    diagnostics.dedup();
    model.diagnostics = diagnostics;
    model
}

fn operation(fact: &PageFacts, op: &OperationFacts, line: &RequestLine) -> Operation {
    let request_samples: Vec<SampleAt> = op
        .body_samples
        .iter()
        .map(|b| SampleAt {
            source: b.source.clone(),
            sample: b.sample.clone(),
        })
        .chain(op.examples.iter().filter_map(|e| {
            e.request_body.clone().map(|sample| SampleAt {
                source: e.source.clone(),
                sample,
            })
        }))
        .collect();
    let response_samples: Vec<SampleAt> = op
        .examples
        .iter()
        .filter(|e| e.method.as_deref() == Some(line.method.as_str()) || e.method.is_none())
        .take(1)
        .filter_map(|e| {
            e.response_body.clone().map(|sample| SampleAt {
                source: e.source.clone(),
                sample,
            })
        })
        .collect();
    let has_request_body =
        !op.no_request_body && (!op.request_tables.is_empty() || !request_samples.is_empty());
    Operation {
        source: fact.source.clone(),
        method: line.method.clone(),
        path: line.path.clone(),
        path_params: line.path_params.clone(),
        fixed_query: line.fixed_query.clone(),
        query_params: line.query_params.clone(),
        kind: fact.kind,
        title: fact.title.clone(),
        description: fact.description.clone(),
        doc_url: fact.source_url.clone(),
        product_version: fact.product_version.clone(),
        platforms: op.platforms.clone(),
        request_headers: op.request_headers.clone(),
        request_body: has_request_body.then(|| Body {
            samples: request_samples,
            ..Default::default()
        }),
        success: op.response_codes.clone(),
        response_headers: op.response_headers.clone(),
        response_body: Some(Body {
            type_name: None,
            shape: Some(response_shape(op.response_summary.as_deref()).to_string()),
            summary: op.response_summary.clone(),
            samples: response_samples,
        }),
        links: op.links.clone(),
        filters: op.filters.clone(),
        examples: op.examples.clone(),
        merged_from: Vec::new(),
    }
}

/// What the `Response Body` prose says comes back.
fn response_shape(summary: Option<&str>) -> &'static str {
    let Some(s) = summary else { return "none" };
    let s = s.to_ascii_lowercase();
    if s.contains("returns a task") || s.contains("returns the task") {
        "task"
    } else if s.contains("collection") || s.contains("list of") {
        "collection"
    } else if s.contains("entity") || s.contains("representation") {
        "entity"
    } else if s.starts_with("none")
        || s.contains("does not return")
        || s.contains("no response body")
    {
        "none"
    } else {
        "unknown"
    }
}

fn resource(fact: &PageFacts, diags: &mut Vec<Diagnostic>) -> Option<Resource> {
    let res = fact.resource.as_ref()?;
    let from_urls = res
        .paths
        .iter()
        .map(|p| p.value.split('?').next().unwrap_or("").to_string())
        .find(|p| !p.is_empty());
    let from_title = fact
        .title
        .split_whitespace()
        .find(|w| w.starts_with('/'))
        .map(str::to_string);
    let path = match (from_urls, from_title) {
        // The URL boxes are copied between pages more carelessly than titles
        // (`jobs_id_linked_jobs.md` shows the URL of `/jobs/{ID}/includes/{ID}`).
        (Some(u), Some(t)) if u != t => {
            diags.push(Diagnostic::new(
                fact.source.clone(),
                Code::TitleMismatch,
                format!(
                    "resource page title names {t}, its Resource URL names {u}; using the title"
                ),
            ));
            t
        }
        (Some(u), _) => u,
        (None, Some(t)) => t,
        (None, None) => {
            diags.push(Diagnostic::new(
                fact.source.clone(),
                Code::NoRequestLine,
                "resource page names no resource path",
            ));
            return None;
        }
    };
    let entity_type = res
        .representations
        .iter()
        .find(|r| r.form == "entity")
        .and_then(|r| r.sample.root.clone());
    Some(Resource {
        source: fact.source.clone(),
        path,
        description: fact.description.clone(),
        doc_url: fact.source_url.clone(),
        urls: res.paths.iter().map(|p| p.value.clone()).collect(),
        methods: res.methods.clone(),
        related: res.related.clone(),
        entity_type,
        representations: res.representations.clone(),
        links: res.links.clone(),
    })
}

impl Merger {
    /// Description and help-center URL, which operations and resources both carry.
    fn page_text(
        &mut self,
        into: [&mut Option<String>; 2],
        from: [Option<String>; 2],
        at: &Source,
        other: &str,
    ) {
        let [description, doc_url] = into;
        let [from_description, from_doc_url] = from;
        self.opt_text(description, from_description, at, other, "description");
        self.opt_text(doc_url, from_doc_url, at, other, "help-center URL");
    }

    fn operation(&mut self, into: &mut Operation, from: Operation) {
        let at = from.source.clone();
        let other = into.source.file.clone();
        self.page_text(
            [&mut into.description, &mut into.doc_url],
            [from.description, from.doc_url],
            &at,
            &other,
        );
        self.opt_text(
            &mut into.product_version,
            from.product_version,
            &at,
            &other,
            "product version",
        );
        self.list(
            &mut into.platforms,
            from.platforms,
            &at,
            &other,
            "supported platforms",
        );
        self.headers(&mut into.request_headers, from.request_headers, &at, &other);
        self.headers(
            &mut into.response_headers,
            from.response_headers,
            &at,
            &other,
        );
        self.statuses(&mut into.success, from.success, &at, &other);
        self.links(&mut into.links, from.links, &at, &other);
        self.filters(&mut into.filters, from.filters, &at, &other);
        self.examples(&mut into.examples, from.examples);
        self.body(&mut into.request_body, from.request_body);
        self.body(&mut into.response_body, from.response_body);
        into.merged_from.push(MergedFrom { source: at });
        into.merged_from
            .sort_by(|a, b| crate::diag::source_order(&a.source, &b.source));
    }

    fn resource(&mut self, into: &mut Resource, from: Resource) {
        let at = from.source.clone();
        let other = into.source.file.clone();
        self.page_text(
            [&mut into.description, &mut into.doc_url],
            [from.description, from.doc_url],
            &at,
            &other,
        );
        self.opt_text(
            &mut into.entity_type,
            from.entity_type,
            &at,
            &other,
            "entity type",
        );
        for url in from.urls {
            if !into.urls.contains(&url) {
                into.urls.push(url);
            }
        }
        self.list(&mut into.methods, from.methods, &at, &other, "methods");
        self.list(
            &mut into.related,
            from.related,
            &at,
            &other,
            "related resources",
        );
        self.links(&mut into.links, from.links, &at, &other);
        for rep in from.representations {
            match into.representations.iter_mut().find(|r| r.form == rep.form) {
                Some(r) if rep.sample.completeness.rank() > r.sample.completeness.rank() => {
                    *r = rep
                }
                Some(_) => {}
                None => into.representations.push(rep),
            }
        }
    }

    fn body(&mut self, into: &mut Option<Body>, from: Option<Body>) {
        let Some(from) = from else { return };
        let Some(body) = into.as_mut() else {
            *into = Some(from);
            return;
        };
        let informative = |s: Option<&str>| s.is_some_and(|s| s != "none" && s != "unknown");
        if !informative(body.shape.as_deref()) && informative(from.shape.as_deref()) {
            body.shape = from.shape;
        }
        if body
            .summary
            .as_ref()
            .is_none_or(|s| from.summary.as_ref().is_some_and(|f| f.len() > s.len()))
            && from.summary.is_some()
        {
            body.summary = from.summary;
        }
        for s in from.samples {
            fill::merge_sample(&mut body.samples, s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::response_shape;

    #[test]
    fn shapes() {
        assert_eq!(
            response_shape(Some(
                "In the response body, the REST API returns a task that has been created"
            )),
            "task"
        );
        assert_eq!(
            response_shape(Some(
                "returns a representation of the /backups resource collection."
            )),
            "collection"
        );
        assert_eq!(response_shape(None), "none");
    }
}
