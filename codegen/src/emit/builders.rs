//! Builders for the structs with required members (`gen/builders.rs`): such a struct has no
//! `Default`, so without a builder a user writes every optional member as `None`. `X::builder()`
//! gives an `XBuilder` with one setter per member (taking `impl Into<T>`, optional members by
//! their value, not `Some(..)`), and `build()` fails with `runtime::MissingMembers` naming every
//! required member not set, by wire name.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::names::{docs, ident, type_ident};
use super::types::{boxed_fields, value_type};
use crate::reconcile::schema::{FieldDef, Schema, StructDef, XmlPlacement};

/// Whether `def` gets a builder: it has a member that must be set (a list may be empty).
pub fn has_builder(def: &StructDef) -> bool {
    def.fields.iter().any(|f| f.required && !f.xml.is_list())
}

/// The wire name a missing member is reported by: the XML name (`@Name` is not used: the pages
/// name attributes and elements alike).
fn wire_name(f: &FieldDef) -> &str {
    f.xml.key()
}

/// The setter of a member; `build` is the builder's own method.
fn setter_name(f: &FieldDef) -> proc_macro2::Ident {
    if f.name == "build" {
        ident("build_member")
    } else {
        ident(&f.name)
    }
}

/// The builder of one struct.
pub fn builder_tokens(def: &StructDef, schema: &Schema) -> TokenStream {
    let boxed = boxed_fields(def, schema);
    let name = type_ident(&def.name);
    let builder = format_ident!("{}Builder", name);
    let type_name = name.to_string();
    // The type a setter stores: the member's type without its `Option`.
    let stored = |f: &FieldDef| -> TokenStream {
        let mut v = value_type(&f.ty);
        if boxed.contains(&f.name) {
            v = quote!(Box<#v>);
        }
        if f.xml.is_list() {
            quote!(crate::runtime::List<#v>)
        } else {
            v
        }
    };
    let slots = def.fields.iter().map(|f| {
        let field = ident(&f.name);
        let ty = stored(f);
        quote!(#field: Option<#ty>,)
    });
    let text_slot = def.text.as_ref().map(|_| quote!(text: Option<String>,));
    let setters = def.fields.iter().map(|f| {
        let field = ident(&f.name);
        let setter = setter_name(f);
        let ty = stored(f);
        let what = if f.required && !f.xml.is_list() {
            "required"
        } else {
            "optional"
        };
        let doc = docs(&format!(
            "Sets [`{type_name}::{}`] (`{}`, {what}).",
            field.to_string().trim_start_matches("r#"),
            wire_name(f)
        ));
        quote! {
            #doc
            pub fn #setter(mut self, value: impl Into<#ty>) -> Self {
                self.#field = Some(value.into());
                self
            }
        }
    });
    let text_setter = def.text.as_ref().map(|_| {
        let doc = docs(&format!(
            "Sets [`{type_name}::text`], the element's own text."
        ));
        quote! {
            #doc
            pub fn text(mut self, value: impl Into<String>) -> Self {
                self.text = Some(value.into());
                self
            }
        }
    });
    let required: Vec<&FieldDef> = def
        .fields
        .iter()
        .filter(|f| f.required && !f.xml.is_list())
        .collect();
    let checks = required.iter().map(|f| {
        let field = ident(&f.name);
        let wire = wire_name(f);
        quote!((self.#field.is_none(), #wire))
    });
    let taken = required.iter().map(|f| {
        let field = ident(&f.name);
        quote!(self.#field)
    });
    let bound = required.iter().map(|f| {
        let field = ident(&f.name);
        quote!(Some(#field))
    });
    let members = def.fields.iter().map(|f| {
        let field = ident(&f.name);
        match &f.xml {
            _ if f.required && !f.xml.is_list() => quote!(#field,),
            XmlPlacement::Elements { .. } => quote!(#field: self.#field.unwrap_or_default(),),
            _ => quote!(#field: self.#field,),
        }
    });
    let text_member = def.text.as_ref().map(|_| quote!(text: self.text,));
    let struct_doc = docs(&format!(
        "Builds a [`{type_name}`] ([`{type_name}::builder`]): one setter per member, then \
         [`build`](Self::build), which names every required member not set."
    ));
    let builder_fn_doc = docs(&format!(
        "A [`{builder}`]: set the members, then [`build`]({builder}::build). Required: {}.",
        required
            .iter()
            .map(|f| format!("`{}`", wire_name(f)))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let build_doc = docs(&format!(
        "The [`{type_name}`]; an error naming (by wire name) every required member not set. \
         Members never set are absent (lists empty), and it carries no unknown members."
    ));
    quote! {
        impl super::types::#name {
            #builder_fn_doc
            pub fn builder() -> #builder {
                #builder::default()
            }
        }

        #struct_doc
        #[derive(Clone, Default)]
        #[must_use]
        pub struct #builder {
            #(#slots)*
            #text_slot
        }

        /// Names the builder only: the members may hold secrets.
        impl std::fmt::Debug for #builder {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!(#builder)).finish_non_exhaustive()
            }
        }

        impl #builder {
            #(#setters)*
            #text_setter

            #build_doc
            pub fn build(self) -> Result<super::types::#name, crate::runtime::MissingMembers> {
                let members: Vec<&'static str> = [#(#checks),*]
                    .into_iter()
                    .filter_map(|(missing, wire)| missing.then_some(wire))
                    .collect();
                let (#(#bound,)*) = (#(#taken,)*) else {
                    return Err(crate::runtime::MissingMembers { type_name: #type_name, members });
                };
                Ok(super::types::#name {
                    #(#members)*
                    #text_member
                    unknown: Default::default(),
                })
            }
        }
    }
}

/// `gen/builders.rs`: a builder per struct with required members.
/// `cfg` gives the `#[cfg]` of a type (empty when always compiled): its builder's items carry it.
pub fn file_tokens(schema: &Schema, cfg: impl Fn(&str) -> TokenStream) -> TokenStream {
    let builders = schema
        .structs
        .values()
        .filter(|s| has_builder(s))
        .map(|s| gate_items(builder_tokens(s, schema), cfg(&s.name)));
    quote! {
        //! Builders for the types with required members: `X::builder()` → `XBuilder`, one setter
        //! per member (optional ones by their value), and `build()`, which fails with
        //! [`MissingMembers`](crate::runtime::MissingMembers) naming every required member not
        //! set.
        // Every builder is gated: with no area on, none is compiled and nothing is used.
        #[allow(unused_imports)]
        use super::types::*;
        #(#builders)*
    }
}

/// `items` with `cfg` (an attribute, or nothing) on each of them.
fn gate_items(items: TokenStream, cfg: TokenStream) -> TokenStream {
    if cfg.is_empty() {
        return items;
    }
    match syn::parse2::<syn::File>(items.clone()) {
        Ok(file) => {
            let items = file.items.iter();
            quote!(#(#cfg #items)*)
        }
        // Not items: left to `render`, which reports tokens that do not parse as Rust.
        Err(_) => items,
    }
}
