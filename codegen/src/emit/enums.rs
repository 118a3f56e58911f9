//! Enums from "Possible values", each with a catch-all for values the docs do not list.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::names::{doc_text, docs, type_ident};
use crate::reconcile::schema::EnumDef;

pub fn enum_tokens(def: &EnumDef) -> TokenStream {
    let name = type_ident(&def.name);
    let mut seen = BTreeSet::new();
    let mut variants = Vec::new();
    for value in &def.values {
        let mut v = type_ident(value).to_string();
        if v == "Other" {
            v = "OtherValue".to_string();
        }
        let mut candidate = v.clone();
        let mut n = 2;
        while !seen.insert(candidate.clone()) {
            candidate = format!("{v}{n}");
            n += 1;
        }
        variants.push((
            proc_macro2::Ident::new(&candidate, proc_macro2::Span::call_site()),
            value.clone(),
        ));
    }
    let doc = docs(&doc_text(&def.doc));
    // Each value's text from the "Possible values" list; a value given bare, its wire name.
    let decl = variants.iter().map(|(v, wire)| {
        let d = match def.value_docs.get(wire) {
            Some(text) => docs(&doc_text(text)),
            None => docs(&format!("`{wire}`")),
        };
        quote!(#d #v,)
    });
    let as_str = variants.iter().map(|(v, wire)| quote!(Self::#v => #wire,));
    let from = variants.iter().map(|(v, wire)| quote!(#wire => Self::#v,));
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #(#decl)*
            /// A value the documentation does not list, kept as sent.
            Other(String),
        }

        impl #name {
            /// The value as it goes on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#as_str)*
                    Self::Other(s) => s,
                }
            }

            /// The variant for a wire value; unknown values become [`Self::Other`].
            pub fn from_wire(s: &str) -> Self {
                match s {
                    #(#from)*
                    other => Self::Other(other.to_string()),
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for #name {
            type Err = std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(Self::from_wire(s))
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::runtime::json::wire(deserializer)
            }
        }

        impl crate::runtime::xml::XmlText for #name {
            fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
                Ok(Self::from_wire(s))
            }
            fn to_text(&self) -> String {
                self.as_str().to_string()
            }
        }
    }
}
