//! Model → Rust source of the generated crate (`generated/src/gen/`): the model is reconciled
//! with its samples ([`crate::reconcile`]), then written with quote → syn::File → prettyplease.
//! Output is deterministic: the same model gives the same bytes.

mod builders;
mod enums;
mod names;
mod operations;
mod types;

use std::collections::{BTreeMap, BTreeSet};

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::quote;

use crate::diag::Diagnostic;
use crate::model::Model;
use crate::reconcile::schema::{JsonList, Schema};

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

/// `wrapped_backup_resources`: the serializer for a JSON list wrapped in an object.
fn helper_name(inner: &str) -> String {
    format!("wrapped_{}", inner.to_snake_case())
}

fn files(model: &Model, schema: &Schema) -> Result<Files, EmitError> {
    let mut files = Files::new();
    let summary = format!(
        "Generated from {} help-center pages: {} operations, {} types, {} enums.",
        model.pages.len(),
        schema.operations.len(),
        schema.structs.len(),
        schema.enums.len()
    );
    let module = quote! {
        #![doc = #summary]
        pub mod builders;
        pub mod enums;
        pub mod operations;
        pub mod query_types;
        #[doc(hidden)]
        pub mod samples;
        #[doc(hidden)]
        pub(crate) mod serde_helpers;
        pub mod types;
    };
    files.insert("mod.rs".into(), render("mod.rs", module)?);

    let structs = schema
        .structs
        .values()
        .map(|s| types::struct_tokens(s, schema));
    let types_file = quote! {
        //! The API's types: XML through `FromXml`/`ToXml`, JSON through serde, from the same
        //! struct. Fields a document may leave out are `Option`; lists are `Vec`.
        #(#structs)*
    };
    files.insert("types.rs".into(), render("types.rs", types_file)?);

    let enums = schema.enums.values().map(enums::enum_tokens);
    let enums_file = quote! {
        //! Enums from the documented "Possible values"; each keeps unknown values in `Other`.
        #(#enums)*
    };
    files.insert("enums.rs".into(), render("enums.rs", enums_file)?);

    let related = operations::Related::of(schema);
    let ops = schema
        .operations
        .iter()
        .map(|op| operations::operation_tokens(op, &related));
    let ops_file = quote! {
        //! One method per documented operation.
        impl crate::Client {
            #(#ops)*
        }
    };
    files.insert("operations.rs".into(), render("operations.rs", ops_file)?);
    files.insert(
        "serde_helpers.rs".into(),
        render("serde_helpers.rs", serde_helpers(schema))?,
    );
    files.insert("samples.rs".into(), render("samples.rs", samples(schema))?);
    files.insert(
        "builders.rs".into(),
        render("builders.rs", builders::file_tokens(schema))?,
    );
    files.insert(
        "query_types.rs".into(),
        render("query_types.rs", query_types(schema))?,
    );
    Ok(files)
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
            doc.push_str(&calls);
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
/// generated types.
fn samples(schema: &Schema) -> TokenStream {
    let names: Vec<&String> = schema.structs.keys().collect();
    let xml_arms = names.iter().map(|n| {
        let ty = names::type_ident(n);
        quote!(#n => xml::from_document::<super::types::#ty>(document).map(|v| xml::to_document(root, &v)),)
    });
    let json_arms = names.iter().map(|n| {
        let ty = names::type_ident(n);
        quote!(#n => json::from_slice::<super::types::#ty>(document).map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned()),)
    });
    quote! {
        //! Decoding and re-encoding any generated type by its name: what the sample round-trip
        //! tests drive. `None` when no type has that name.
        use crate::runtime::{json, xml};

        /// Decodes an XML document as the type named `type_name` and encodes it again with the
        /// root element `root`.
        pub fn xml_round_trip(type_name: &str, root: &str, document: &[u8]) -> Option<Result<String, crate::runtime::DecodeError>> {
            Some(match type_name {
                #(#xml_arms)*
                _ => return None,
            })
        }

        /// Decodes a JSON document as the type named `type_name` and encodes it again.
        pub fn json_round_trip(type_name: &str, document: &[u8]) -> Option<Result<String, crate::runtime::DecodeError>> {
            Some(match type_name {
                #(#json_arms)*
                _ => return None,
            })
        }
    }
}

/// The per-shape JSON serializers (`{"Inner": [...]}`); the shape-independent adapters live in
/// the hand-written `runtime::json`.
fn serde_helpers(schema: &Schema) -> TokenStream {
    let inners: BTreeSet<String> = schema
        .structs
        .values()
        .flat_map(|s| &s.fields)
        .filter_map(|f| match &f.json_list {
            Some(JsonList::Wrapped { inner }) => Some(inner.clone()),
            _ => None,
        })
        .collect();
    let wrapped = inners.iter().map(|inner| {
        let name = proc_macro2::Ident::new(&helper_name(inner), proc_macro2::Span::call_site());
        let doc = names::docs(&format!("Writes a list as `{{\"{inner}\": […]}}`."));
        quote! {
            #doc
            pub fn #name<S: serde::Serializer, T: serde::Serialize>(value: &Option<crate::runtime::List<T>>, serializer: S) -> Result<S::Ok, S::Error> {
                crate::runtime::json::serialize_wrapped(#inner, value, serializer)
            }
        }
    });
    quote! {
        //! JSON serializers for the list shapes the docs show, one per inner key.
        #(#wrapped)*
    }
}

fn render(file: &str, tokens: TokenStream) -> Result<String, EmitError> {
    let parsed: syn::File = syn::parse2(tokens).map_err(|e| EmitError::InvalidRust {
        file: file.to_string(),
        message: e.to_string(),
    })?;
    Ok(format!("{HEADER}\n{}", prettyplease::unparse(&parsed)))
}
