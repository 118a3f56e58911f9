//! Coverage report: pages by kind, operations, types, samples complete / cut short, diagnostics
//! by code.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::extract::sample::{Completeness, Format, Sample};
use crate::model::Model;

#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    pub pages: usize,
    pub pages_by_kind: BTreeMap<String, usize>,
    /// Product version (`13.0.1.1071`, or `unknown`) → pages used.
    pub pages_by_version: BTreeMap<String, usize>,
    /// Pages a newer version of the same page replaced whole.
    pub pages_superseded: usize,
    pub operations: usize,
    pub operations_by_method: BTreeMap<String, usize>,
    pub resources: usize,
    pub types: usize,
    pub types_with_fields: usize,
    pub fields: usize,
    pub enums: usize,
    pub examples: usize,
    /// (format, completeness) → count, over every sample in examples, body samples and
    /// resource representations.
    pub samples: BTreeMap<String, usize>,
    pub diagnostics_by_code: BTreeMap<String, usize>,
    pub errors: usize,
    pub warnings: usize,
    /// What the emitter writes: structs and enums after reconciling with the samples.
    pub emitted_structs: usize,
    pub emitted_enums: usize,
    pub emitted_operations: usize,
    /// Model enums merged for sharing a value set, and the enums they became.
    pub merged_enums: usize,
    pub merged_into: usize,
    /// Model enums whose values are `True | False`, read as `bool`.
    pub bool_enums: usize,
    /// Fields typed `Uid` / `DateTime` by their name and samples where the table said text.
    pub retyped_fields: BTreeMap<String, usize>,
    /// Reconciliation diagnostics (tables against samples), by code.
    pub reconciliation_by_code: BTreeMap<String, usize>,
    /// Operations whose call returns the raw response with no reason: goal none.
    pub untyped_operations: Vec<String>,
    /// Operations whose answer is a file or a stream, with the reason (the raw response is right).
    pub raw_operations: Vec<String>,
    /// Calls returning `()` (204 No Content).
    pub no_content_operations: usize,
    /// Operations whose answer's type the page does not give, typed from the conventions.
    pub convention_typed_operations: usize,
    /// Collection GETs (answering `EntityReferences`) and how many have an entity-form call.
    pub collections: usize,
    pub entity_form_calls: usize,
    /// Collections left without an entity-form call (their items are not known).
    pub collections_without_entity_form: Vec<String>,
    /// Structs the conventions or the link-type mapping added (no operation page gives them).
    pub convention_structs: usize,
    /// Query types (`GET /query?type=X`), and how many have a typed entity form.
    pub query_types: usize,
    pub query_entity_forms: usize,
    /// The generated query calls (page and stream, references and entities); each takes the
    /// typed query (filter, sort, page size, page).
    pub query_calls: usize,
    /// Query types whose entity type no page names (reference calls only).
    pub query_types_without_entity: Vec<String>,
}

impl Report {
    /// Adds what reconciling the model with its samples gives.
    pub fn add_reconciliation(
        &mut self,
        schema: &crate::reconcile::schema::Schema,
        diagnostics: &[crate::diag::Diagnostic],
    ) {
        self.emitted_structs = schema.structs.len();
        self.emitted_enums = schema.enums.len();
        self.emitted_operations = schema.operations.len();
        let merged = schema.enums.values().filter(|e| !e.merged_from.is_empty());
        self.merged_into = merged.clone().count();
        self.merged_enums = merged.map(|e| e.merged_from.len()).sum();
        self.bool_enums = schema.bool_enums.len();
        for r in &schema.retyped {
            *self
                .retyped_fields
                .entry(crate::changelog::surface::value_type(&r.to))
                .or_default() += 1;
        }
        let key = |o: &crate::reconcile::schema::OperationDef| {
            let mut k = format!("{} {}", o.method, o.path);
            let mut sep = '?';
            for (q, v) in &o.fixed_query {
                k.push_str(&format!("{sep}{q}={v}"));
                sep = '&';
            }
            k
        };
        for o in &schema.operations {
            if o.response.is_none() && !o.no_content {
                match &o.raw_reason {
                    Some(reason) => self.raw_operations.push(format!("{}: {reason}", key(o))),
                    None => self.untyped_operations.push(key(o)),
                }
            }
            if o.no_content {
                self.no_content_operations += 1;
            }
            if o.response.is_some() && o.response_evidence != "doc" {
                self.convention_typed_operations += 1;
            }
            let collection = o.method == "GET"
                && o.path != "/query"
                && o.fixed_query.is_empty()
                && o.response
                    .as_ref()
                    .is_some_and(|r| r.root == "EntityReferences");
            if let Some(q) = &o.query {
                self.query_types += 1;
                self.query_calls += 2;
                if q.entity.is_some() {
                    self.query_entity_forms += 1;
                    self.query_calls += 2;
                } else {
                    self.query_types_without_entity.push(q.type_name.clone());
                }
            }
            if collection {
                self.collections += 1;
                if o.entity_form.is_some() {
                    self.entity_form_calls += 1;
                } else {
                    self.collections_without_entity_form.push(key(o));
                }
            }
        }
        self.convention_structs = schema.convention_structs.len();
        for d in diagnostics {
            *self
                .reconciliation_by_code
                .entry(d.code.as_str().to_string())
                .or_default() += 1;
        }
    }
}

pub fn report(model: &Model) -> Report {
    let mut r = Report {
        pages: model.pages.len(),
        operations: model.operations.len(),
        resources: model.resources.len(),
        types: model.types.len(),
        types_with_fields: model
            .types
            .values()
            .filter(|t| !t.fields.is_empty())
            .count(),
        fields: model.types.values().map(|t| t.fields.len()).sum(),
        enums: model.enums.len(),
        ..Default::default()
    };
    for p in &model.pages {
        if p.superseded_by.is_some() {
            r.pages_superseded += 1;
            continue;
        }
        let version = p.product_version.as_deref().unwrap_or("unknown");
        *r.pages_by_version.entry(version.to_string()).or_default() += 1;
        *r.pages_by_kind
            .entry(p.kind.as_str().to_string())
            .or_default() += 1;
    }
    let mut count = |s: &Sample| {
        let f = match s.format {
            Format::Xml => "xml",
            Format::Json => "json",
        };
        let c = match s.completeness {
            Completeness::Complete => "complete",
            Completeness::Elided => "elided",
            Completeness::Truncated => "cut short",
            Completeness::Malformed => "malformed",
        };
        *r.samples.entry(format!("{f} {c}")).or_default() += 1;
    };
    for op in &model.operations {
        *r.operations_by_method.entry(op.method.clone()).or_default() += 1;
        r.examples += op.examples.len();
        for e in &op.examples {
            e.request_body
                .iter()
                .chain(&e.response_body)
                .for_each(&mut count);
        }
        if let Some(b) = &op.request_body {
            // Example request bodies are already counted above.
            b.samples
                .iter()
                .filter(|s| !op.examples.iter().any(|e| e.source == s.source))
                .for_each(|s| count(&s.sample));
        }
    }
    for res in model.resources.values() {
        res.representations
            .iter()
            .for_each(|rep| count(&rep.sample));
    }
    for d in &model.diagnostics {
        *r.diagnostics_by_code
            .entry(d.code.as_str().to_string())
            .or_default() += 1;
        match d.severity {
            crate::diag::Severity::Error => r.errors += 1,
            crate::diag::Severity::Warning => r.warnings += 1,
        }
    }
    r
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        let kinds: Vec<String> = self
            .pages_by_kind
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        let _ = writeln!(s, "pages        {} ({})", self.pages, kinds.join(", "));
        let versions: Vec<String> = self
            .pages_by_version
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        let _ = writeln!(
            s,
            "versions     {} (superseded by a newer version: {})",
            versions.join(", "),
            self.pages_superseded
        );
        let methods: Vec<String> = self
            .operations_by_method
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        let _ = writeln!(
            s,
            "operations   {} ({})",
            self.operations,
            methods.join(", ")
        );
        let _ = writeln!(s, "resources    {}", self.resources);
        let _ = writeln!(
            s,
            "types        {} ({} with fields, {} fields in all)",
            self.types, self.types_with_fields, self.fields
        );
        let _ = writeln!(s, "enums        {}", self.enums);
        let _ = writeln!(s, "examples     {}", self.examples);
        let _ = writeln!(s, "samples");
        for (k, v) in &self.samples {
            let _ = writeln!(s, "  {k:<22} {v}");
        }
        let _ = writeln!(
            s,
            "diagnostics  {} ({} errors, {} warnings)",
            self.errors + self.warnings,
            self.errors,
            self.warnings
        );
        for (k, v) in &self.diagnostics_by_code {
            let _ = writeln!(s, "  {k:<22} {v}");
        }
        if self.emitted_operations > 0 {
            let _ = writeln!(
                s,
                "emitted      {} operations, {} structs, {} enums",
                self.emitted_operations, self.emitted_structs, self.emitted_enums
            );
            let retyped: Vec<String> = self
                .retyped_fields
                .iter()
                .map(|(t, n)| format!("{n} → {t}"))
                .collect();
            let _ = writeln!(
                s,
                "value types  {} enums sharing a value set merged into {}, {} `True | False` enums as bool, {} fields typed by their names (UIDs and date-times where the samples agree: {})",
                self.merged_enums,
                self.merged_into,
                self.bool_enums,
                self.retyped_fields.values().sum::<usize>(),
                retyped.join(", ")
            );
            let _ = writeln!(
                s,
                "answers      {} untyped (goal 0), {} raw file/stream, {} `()` (204), {} typed from the conventions",
                self.untyped_operations.len(),
                self.raw_operations.len(),
                self.no_content_operations,
                self.convention_typed_operations
            );
            for o in &self.untyped_operations {
                let _ = writeln!(s, "  untyped              {o}");
            }
            for o in &self.raw_operations {
                let _ = writeln!(s, "  raw                  {o}");
            }
            let _ = writeln!(
                s,
                "collections  {} GETs answering EntityReferences, {} with an entity-form call (?format=Entity)",
                self.collections, self.entity_form_calls
            );
            for o in &self.collections_without_entity_form {
                let _ = writeln!(s, "  no entity form       {o}");
            }
            let _ = writeln!(
                s,
                "queries      {} query types, {} with a typed entity form; {} calls taking the typed query (filter, sort, paging), none without",
                self.query_types, self.query_entity_forms, self.query_calls
            );
            for t in &self.query_types_without_entity {
                let _ = writeln!(s, "  no entity type       {t}");
            }
            let _ = writeln!(
                s,
                "conventions  {} structs added from the conventions and the link-type mapping",
                self.convention_structs
            );
            let n: usize = self.reconciliation_by_code.values().sum();
            let _ = writeln!(s, "reconciled   {n} diagnostics (tables against samples)");
            for (k, v) in &self.reconciliation_by_code {
                let _ = writeln!(s, "  {k:<22} {v}");
            }
        }
        f.write_str(&s)
    }
}
