//! Model → Rust source of the generated crate (`generated/src/gen/`): the model is reconciled
//! with its samples ([`crate::reconcile`]), then written with quote → syn::File → prettyplease.
//! Output is deterministic: the same model gives the same bytes.

pub mod areas;
mod builders;
mod enums;
pub mod mock;
mod names;
mod operations;
mod types;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use crate::diag::Diagnostic;
use crate::model::Model;
use crate::reconcile::schema::Schema;

/// The first line of every generated file.
pub const HEADER: &str = "// @generated — do not edit; run `cargo xtask codegen`";

/// Generated files, by path relative to `generated/src/gen/`.
pub type Files = BTreeMap<String, String>;

#[derive(Debug, thiserror::Error)]
pub enum EmitError {
    /// The tokens the emitter built do not parse as Rust: a bug in the emitter.
    #[error("generated {file} is not valid Rust: {message}")]
    InvalidRust { file: String, message: String },
}

/// The whole generated module tree for `model`.
pub fn generate(model: &Model) -> Result<Files, EmitError> {
    generate_with_diagnostics(model).map(|(files, _)| files)
}

/// [`generate`], with the reconciliation diagnostics.
pub fn generate_with_diagnostics(model: &Model) -> Result<(Files, Vec<Diagnostic>), EmitError> {
    let (schema, diagnostics) = crate::reconcile::reconcile(model);
    Ok((files(model, &schema)?, diagnostics))
}

/// [`generate`], with the operations per area ([`areas`]): what the generated crate's Cargo
/// features must name.
pub fn generate_with_areas(
    model: &Model,
) -> Result<(Files, BTreeMap<&'static str, usize>), EmitError> {
    let generated = generate_all(model)?;
    Ok((generated.client, generated.areas))
}

/// Everything `cargo xtask codegen` writes, from one reconciliation.
#[derive(Debug, Clone)]
pub struct Generated {
    /// `generated/src/gen/`: the client crate's machine-written modules.
    pub client: Files,
    /// `mock/src/gen/`: the mock's operation table and typed calls ([`mock`]).
    pub mock: Files,
    /// `generated/tests/gen/`: what the client's own tests include (the by-name sample
    /// round trip), kept out of the library.
    pub client_tests: Files,
    /// Operations per area: the Cargo features the client crate's manifest must declare.
    pub areas: BTreeMap<&'static str, usize>,
}

/// The client's and the mock's files for `model`.
pub fn generate_all(model: &Model) -> Result<Generated, EmitError> {
    let (schema, _) = crate::reconcile::reconcile(model);
    Ok(Generated {
        client: files(model, &schema)?,
        mock: mock::files(&schema)?,
        client_tests: client_test_files(&schema)?,
        areas: areas::gates(&schema).areas,
    })
}

/// The structs and enums of `schema` as one file of Rust items, without the header line or
/// the feature-gate modules the crate spreads them over (`types/<gate>.rs`, `enums/<gate>.rs`):
/// every struct with its impls, in name order, then every enum with its impls: the items
/// [`generate`] writes for them, printed the same way, so that what a page turns into reads in
/// one place (the fixture tests of `tests/feature/` compare and compile it).
///
/// The items are written for the crate's layout: they name the runtime as `crate::runtime`,
/// enums as `super::enums::X` and other structs by their bare names, so a file including them
/// needs a `runtime` module at its crate root and an `enums` module beside the module that
/// holds them. The file has no inner attributes or `//!` docs, so `include!` takes it.
pub fn items_file(schema: &Schema) -> Result<String, EmitError> {
    let structs = schema
        .structs
        .values()
        .map(|s| types::struct_tokens(s, schema));
    let enums = schema.enums.values().map(enums::enum_tokens);
    let tokens = quote! {
        #(#structs)*
        #(#enums)*
    };
    render_items("items.rs", tokens)
}

/// The files of `generated/tests/gen/`.
fn client_test_files(schema: &Schema) -> Result<Files, EmitError> {
    let gates = areas::gates(schema);
    let mut files = Files::new();
    files.insert(
        "samples.rs".into(),
        render("samples.rs", samples(schema, &gates))?,
    );
    Ok(files)
}

fn files(model: &Model, schema: &Schema) -> Result<Files, EmitError> {
    let mut files = Files::new();
    let gates = areas::gates(schema);
    let summary = format!(
        "Generated from {} help-center pages: {} operations, {} types, {} enums.",
        model.pages.len(),
        schema.operations.len(),
        schema.structs.len(),
        schema.enums.len()
    );
    let features = gates.areas.iter().map(|(area, ops)| {
        let doc = areas::AREAS
            .iter()
            .find(|a| a.name == *area)
            .map_or("operations no area claims", |a| a.doc);
        if *ops == 0 {
            format!("- `{area}`: {doc}")
        } else {
            format!("- `{area}` ({ops} operations): {doc}")
        }
    });
    let features = format!(
        "Each area of the API is a Cargo feature, all on by default: an operation is compiled \
         with its area, a type with any area whose operations reach it (`Link`, `Ref`, `Task` \
         and what they use always; a type no operation reaches with \
         `documented-only`). `monitoring` turns on {}.\n\n{}",
        areas::MONITORING.join(", "),
        features.collect::<Vec<_>>().join("\n")
    );
    // One `#![doc]` per line: prettyplease writes a multi-line one as a `/*! */` block.
    let doc_lines = std::iter::once(summary)
        .chain(std::iter::once(String::new()))
        .chain(features.lines().map(str::to_string))
        .map(|line| {
            if line.is_empty() {
                line
            } else {
                format!(" {line}")
            }
        });
    let module = quote! {
        #(#![doc = #doc_lines])*
        pub mod builders;
        pub mod enums;
        mod links;
        pub mod operations;
        pub mod query_types;
        pub mod types;
    };
    files.insert("mod.rs".into(), render("mod.rs", module)?);

    // Types and enums go to one module per gate, so that `#[cfg]` sits on modules and the item
    // emitters stay unaware of features.
    let mut structs: BTreeMap<String, (areas::Gate, Vec<TokenStream>)> = BTreeMap::new();
    for s in schema.structs.values() {
        let gate = gates.of(&s.name);
        let entry = structs
            .entry(areas::gate_module(&gate))
            .or_insert_with(|| (gate, Vec::new()));
        entry.1.push(types::struct_tokens(s, schema));
    }
    gated_modules(
        &mut files,
        "types",
        quote! {
            //! The API's types: XML through `FromXml`/`ToXml`, JSON through serde, from the same
            //! struct. Fields a document may leave out are `Option`; lists are `Vec`. Each type is
            //! compiled with the features whose operations use it (see [`crate::api`]).
        },
        structs,
    )?;

    let mut enums: BTreeMap<String, (areas::Gate, Vec<TokenStream>)> = BTreeMap::new();
    for e in schema.enums.values() {
        let gate = gates.of(&e.name);
        enums
            .entry(areas::gate_module(&gate))
            .or_insert_with(|| (gate, Vec::new()))
            .1
            .push(enums::enum_tokens(e));
    }
    gated_modules(
        &mut files,
        "enums",
        quote! {
            //! Enums from the documented "Possible values"; each keeps unknown values in `Other`.
        },
        enums,
    )?;

    let related = operations::Related::of(schema);
    let mut ops: BTreeMap<String, (areas::Gate, Vec<TokenStream>)> = BTreeMap::new();
    for op in &schema.operations {
        let area = areas::area_of(op);
        ops.entry(areas::module_name(area))
            .or_insert_with(|| (Some([area].into()), Vec::new()))
            .1
            .push(operations::operation_tokens(op, &related));
    }
    let ops = ops
        .into_iter()
        .map(|(module, (gate, methods))| {
            (
                module,
                (gate, vec![quote!(impl crate::Client { #(#methods)* })]),
            )
        })
        .collect();
    gated_modules(
        &mut files,
        "operations",
        quote! {
            //! One method on [`Client`](crate::Client) per documented operation, in one module per
            //! area of the API, each behind its Cargo feature (see [`crate::api`]).
        },
        ops,
    )?;
    let links = schema.structs.values().filter_map(|s| {
        let cfg = cfg_attr(&gates.of(&s.name));
        has_links(s).map(|tokens| quote!(#cfg #tokens))
    });
    let links_file = quote! {
        //! [`HasLinks`](crate::flows::HasLinks) for every type with a `Links` list, each compiled
        //! when its type is.
        #(#links)*
    };
    files.insert("links.rs".into(), render("links.rs", links_file)?);
    files.insert(
        "builders.rs".into(),
        render(
            "builders.rs",
            builders::file_tokens(schema, |name| cfg_attr(&gates.of(name))),
        )?,
    );
    files.insert(
        "query_types.rs".into(),
        render("query_types.rs", query_types(schema))?,
    );
    Ok(files)
}

/// `#[cfg(feature = "jobs")]` or `#[cfg(any(feature = "a", feature = "b"))]`; nothing when
/// always compiled.
fn cfg_attr(gate: &areas::Gate) -> TokenStream {
    match gate {
        None => quote!(),
        Some(set) if set.len() == 1 => {
            let area = set.iter().next().map(|a| a.to_string()).unwrap_or_default();
            quote!(#[cfg(feature = #area)])
        }
        Some(set) => {
            let areas = set.iter().map(|a| a.to_string());
            quote!(#[cfg(any(#(feature = #areas),*))])
        }
    }
}

/// `dir/mod.rs` declaring one module per gate (re-exported, so paths stay `types::Job`) and
/// `dir/<module>.rs` with its items. The children see their siblings' items and the other
/// generated modules through `use super::*`: the item emitters write `super::enums::X` and plain
/// type names as they did when each kind was one file.
fn gated_modules(
    files: &mut Files,
    dir: &str,
    doc: TokenStream,
    modules: BTreeMap<String, (areas::Gate, Vec<TokenStream>)>,
) -> Result<(), EmitError> {
    let mut decls = Vec::new();
    for (module, (gate, items)) in &modules {
        let ident = proc_macro2::Ident::new(module, proc_macro2::Span::call_site());
        let cfg = cfg_attr(gate);
        let what = match gate {
            None => " Always compiled.".to_string(),
            Some(set) => format!(
                " Compiled with the feature{} {}.",
                if set.len() == 1 { "" } else { "s (any of)" },
                set.iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        decls.push(quote! {
            #cfg
            mod #ident;
            #cfg
            #[allow(unused_imports)]
            pub use #ident::*;
        });
        let file = format!("{dir}/{module}.rs");
        let body = quote! {
            #![doc = #what]
            #[allow(unused_imports)]
            use super::*;
            #(#items)*
        };
        files.insert(file.clone(), render(&file, body)?);
    }
    let module = quote! {
        #doc
        #[allow(unused_imports)]
        use super::*;
        #(#decls)*
    };
    let file = format!("{dir}/mod.rs");
    files.insert(file.clone(), render(&file, module)?);
    Ok(())
}

/// `HasLinks` for a struct whose `links` member is an optional list of `Link`: generated so
/// that it is compiled exactly when the type is.
fn has_links(def: &crate::reconcile::schema::StructDef) -> Option<TokenStream> {
    let links = def.fields.iter().find(|f| f.name == "links")?;
    let is_links = links.ty == crate::reconcile::schema::ValueType::Struct("Link".into())
        && links.xml.is_list()
        && !links.required;
    if !is_links {
        return None;
    }
    let ty = names::type_ident(&def.name);
    Some(quote! {
        impl crate::flows::HasLinks for super::types::#ty {
            fn links(&self) -> &[super::types::Link] {
                self.links.as_deref().unwrap_or_default()
            }
        }
    })
}

/// The query types of `GET /query?type=…` with their filterable fields, from the query-type
/// pages: what the query builder checks field names against.
fn query_types(schema: &Schema) -> TokenStream {
    let mut consts = Vec::new();
    let mut names = Vec::new();
    for op in schema.operations.iter().filter(|o| o.path == "/query") {
        let Some(ty) = op.fixed_query.get("type") else {
            continue;
        };
        let konst = proc_macro2::Ident::new(
            &crate::reconcile::query::const_name(ty),
            proc_macro2::Span::call_site(),
        );
        let fields = op.filters.iter().map(|f| {
            let (name, kind, values) = (&f.name, &f.ty, &f.values);
            quote!(QueryField { name: #name, kind: #kind, values: &[#(#values),*] })
        });
        let mut doc =
            format!("`GET /query?type={ty}`: the fields it can be filtered and sorted on.");
        let entity = op.query.as_ref().and_then(|q| q.entity.as_ref());
        if let Some(q) = &op.query {
            let mut calls = format!(
                "\n\nCalls: [`Client::{}`](crate::Client::{}) (one page of references), \
                 [`Client::{}`](crate::Client::{}) (every page)",
                op.fn_name, op.fn_name, q.all_fn, q.all_fn
            );
            if let Some(e) = entity {
                let item = names::type_ident(&e.ty);
                calls.push_str(&format!(
                    "; entities as [`{item}`](super::types::{item}): [`Client::{}`](crate::Client::{}), \
                     [`Client::{}`](crate::Client::{})",
                    e.fn_name, e.fn_name, e.all_fn, e.all_fn
                ));
            }
            calls.push('.');
            // The calls and the entity type are compiled with the query service's area.
            let area = areas::area_of(op);
            let (blank, line) = calls.split_at(2);
            doc.push_str(blank);
            doc.push_str(&names::gated_line(area, line));
        }
        if let Some(url) = &op.doc_url {
            doc.push_str(&format!("\n\nHelp center: <{url}>"));
        }
        let doc = names::docs(&doc);
        let entity = match entity {
            Some(e) => {
                let name = names::type_ident(&e.ty).to_string();
                quote!(Some(#name))
            }
            None => quote!(None),
        };
        consts.push(quote! {
            #doc
            pub const #konst: QueryType = QueryType { name: #ty, entity: #entity, fields: &[#(#fields),*] };
        });
        names.push(konst);
    }
    quote! {
        //! The query service's types (`GET /query?type=…`) and their filterable fields: what
        //! [`Query`](crate::flows::Query) checks filter and sort fields against, and what the
        //! generated `Client::get_query_<type>…` calls send.

        /// A query type and the fields the docs list for filtering and sorting.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct QueryType {
            /// The `type` parameter, e.g. `VmRestorePoint`.
            pub name: &'static str,
            /// The type of the entities `format=Entities` returns, in
            /// [`api::types`](crate::api::types) (`VmRestorePoint`), when a page names it.
            pub entity: Option<&'static str>,
            /// The fields, as the docs name them.
            pub fields: &'static [QueryField],
        }

        /// One filterable field.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct QueryField {
            /// The name used in `filter=` and `sortAsc=`.
            pub name: &'static str,
            /// The documented type (`String`, `DateTime`, `UidType`, …).
            pub kind: &'static str,
            /// The documented values, when the docs list them.
            pub values: &'static [&'static str],
        }

        impl QueryType {
            /// The field named `name` (exact, then case-insensitive).
            pub fn field(&self, name: &str) -> Option<&'static QueryField> {
                self.fields
                    .iter()
                    .find(|f| f.name == name)
                    .or_else(|| self.fields.iter().find(|f| f.name.eq_ignore_ascii_case(name)))
            }
        }

        /// `Query::new(query_types::JOB)` takes a query type as its name.
        impl AsRef<str> for QueryType {
            fn as_ref(&self) -> &str {
                self.name
            }
        }

        #(#consts)*

        /// Every query type, by name.
        pub const ALL: &[QueryType] = &[#(#names),*];

        /// The query type named `name`.
        pub fn by_name(name: &str) -> Option<&'static QueryType> {
            ALL.iter().find(|q| q.name == name)
        }
    }
}

/// Decode-and-encode by type name, for the tests that run every documented sample through the
/// generated types (`generated/tests/samples.rs` includes it).
/// A type left out by the features is unknown here (`None`), like a name no type has.
///
/// It lives with the tests, not in the library: each arm instantiates both codecs for its type,
/// and in the library that table was most of the crate's release build (1.8M of LLVM's lines
/// against 0.5M without it); a user's crate instantiates only the types its calls return.
fn samples(schema: &Schema, gates: &areas::Gates) -> TokenStream {
    let names: Vec<&String> = schema.structs.keys().collect();
    let xml_arms = names.iter().map(|n| {
        let ty = names::type_ident(n);
        let cfg = cfg_attr(&gates.of(n));
        quote!(#cfg #n => decode::<veeam_em::api::types::#ty>(document, tree).map(|v| xml::to_document(root, &v)),)
    });
    let json_arms = names.iter().map(|n| {
        let ty = names::type_ident(n);
        let cfg = cfg_attr(&gates.of(n));
        quote!(#cfg #n => json::from_slice::<veeam_em::api::types::#ty>(document).map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned()),)
    });
    quote! {
        //! Decoding and re-encoding any generated type by its name: what the sample round-trip
        //! tests drive. `None` when no type has that name.
        use veeam_em::runtime::{json, xml};

        /// Decodes an XML document as the type named `type_name` and encodes it again with the
        /// root element `root`; `tree`: through the tree alone, not the streaming fast path.
        pub fn xml_round_trip(type_name: &str, root: &str, document: &[u8], tree: bool) -> Option<Result<String, veeam_em::runtime::DecodeError>> {
            Some(match type_name {
                #(#xml_arms)*
                _ => return None,
            })
        }

        fn decode<T: xml::FromXml>(document: &[u8], tree: bool) -> Result<T, veeam_em::runtime::DecodeError> {
            if tree {
                xml::from_tree(document)
            } else {
                xml::from_document(document)
            }
        }

        /// Decodes a JSON document as the type named `type_name` and encodes it again.
        pub fn json_round_trip(type_name: &str, document: &[u8]) -> Option<Result<String, veeam_em::runtime::DecodeError>> {
            Some(match type_name {
                #(#json_arms)*
                _ => return None,
            })
        }
    }
}

fn render(file: &str, tokens: TokenStream) -> Result<String, EmitError> {
    Ok(format!("{HEADER}\n{}", render_items(file, tokens)?))
}

/// [`render`] without the header line.
fn render_items(file: &str, tokens: TokenStream) -> Result<String, EmitError> {
    let parsed: syn::File = syn::parse2(tokens).map_err(|e| EmitError::InvalidRust {
        file: file.to_string(),
        message: e.to_string(),
    })?;
    let text = prettyplease::unparse(&parsed);
    let spaced = blank_lines_between_items(&text);
    // The blank lines only go between lines at column 0; a multi-line literal holding such a line
    // would change. Then the text without them is written instead.
    // Compared as re-read from text: one doc attribute holding a line break prints as several.
    let tokens_of = |t: &str| {
        syn::parse_file(t)
            .map(|f| f.to_token_stream().to_string())
            .ok()
    };
    let spaced_tokens = tokens_of(&spaced);
    let same = spaced_tokens.is_some() && spaced_tokens == tokens_of(&text);
    Ok(if same { spaced } else { text })
}

/// `text` (prettyplease's output, which has none) with one blank line between top-level items:
/// before a line at column 0 that starts an item (a doc comment, an attribute or the item
/// itself) when the line before it ends one (`}` or a `;` at column 0, or the last `//!` line);
/// and between the members of an `impl` (one indent deep, after a member's closing `}`).
fn blank_lines_between_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 20);
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        let starts_item = !line.is_empty()
            && !line.starts_with(char::is_whitespace)
            && !line.starts_with('}')
            && !line.starts_with(')')
            && !line.starts_with(']');
        let ends_item = previous.is_some_and(|p| {
            p == "}"
                || (p.ends_with(';') && !p.starts_with(char::is_whitespace))
                || (p.starts_with("//!") && !line.starts_with("//!"))
        });
        // Methods in an `impl` block: a member item after one that closed at the same depth.
        let member = [
            "    ///",
            "    #[",
            "    pub ",
            "    fn ",
            "    async ",
            "    const ",
        ]
        .iter()
        .any(|start| line.starts_with(start));
        let member_after_member = member && previous == Some("    }");
        if (starts_item && ends_item) || member_after_member {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_and_impl_members_are_separated_by_one_blank_line() {
        let tokens = quote! {
            //! A file.
            use std::fmt;
            /// A struct.
            pub struct A { pub x: i64 }
            impl A {
                /// One.
                pub fn one(&self) -> i64 { if self.x > 0 { 1 } else { 0 } }
                /// Two.
                pub fn two(&self) -> i64 { 2 }
            }
            const S: &str = "a\n}\nb";
        };
        let text = render("x.rs", tokens).expect("valid Rust");
        let expected = "//! A file.\n\nuse std::fmt;\n\n/// A struct.\npub struct A {\n    pub x: i64,\n}\n\nimpl A {\n    /// One.\n";
        assert!(text.contains(expected), "{text}");
        assert!(text.contains("    }\n\n    /// Two.\n"), "{text}");
        assert!(text.contains("}\n\nconst S"), "{text}");
        assert!(!text.contains("\n\n\n"), "{text}");
    }

    #[test]
    fn a_literal_that_blank_lines_would_change_keeps_the_text_unspaced() {
        // A multi-line string with a line at column 0 after `}`: spacing would edit the string.
        let tokens: TokenStream = "const S: &str = \"x\n}\ny\"; const T: i64 = 1;"
            .parse()
            .expect("tokens");
        let text = render("x.rs", tokens).expect("valid Rust");
        assert!(text.contains("}\ny"), "{text}");
    }
}
