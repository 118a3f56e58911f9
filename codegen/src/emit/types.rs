//! Structs: one per schema struct, serde (JSON) and FromXml/ToXml (XML) from the same type.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::names::{doc_prose, docs, ident, type_ident};
use crate::reconcile::schema::{FieldDef, JsonList, Schema, StructDef, ValueType, XmlPlacement};

/// The Rust type of one value (no Option/Vec).
pub fn value_type(ty: &ValueType) -> TokenStream {
    match ty {
        ValueType::String => quote!(String),
        ValueType::Bool => quote!(bool),
        ValueType::Int => quote!(i64),
        ValueType::Float => quote!(f64),
        ValueType::Uid => quote!(crate::runtime::Uid),
        ValueType::DateTime => quote!(crate::runtime::DateTime),
        ValueType::Url => quote!(crate::runtime::Url),
        ValueType::Secret => quote!(crate::runtime::Secret),
        ValueType::Empty => quote!(crate::runtime::Empty),
        ValueType::Enum(e) => {
            let e = type_ident(e);
            quote!(super::enums::#e)
        }
        ValueType::Struct(s) => {
            let s = type_ident(s);
            quote!(#s)
        }
    }
}

fn is_struct(ty: &ValueType) -> bool {
    matches!(ty, ValueType::Struct(_))
}

/// Numbers and booleans arrive as JSON strings in some samples (`"Port": "389"`), and text
/// fields as numbers or booleans (`"Port": 389` where the table says String).
fn lenient(ty: &ValueType) -> bool {
    matches!(
        ty,
        ValueType::Bool
            | ValueType::Int
            | ValueType::Float
            | ValueType::String
            | ValueType::Uid
            | ValueType::DateTime
            | ValueType::Url
    )
}

fn field_type(f: &FieldDef, boxed: bool) -> TokenStream {
    let mut v = value_type(&f.ty);
    if boxed {
        v = quote!(Box<#v>);
    }
    match &f.xml {
        XmlPlacement::Elements { .. } => quote!(crate::runtime::List<#v>),
        XmlPlacement::Wrapped { .. } => quote!(Option<crate::runtime::List<#v>>),
        _ if f.required => v,
        _ => quote!(Option<#v>),
    }
}

/// camelCase spellings Enterprise Manager 13 uses: `VmName` → `vmName`, `UID` → `uid`.
fn camel_aliases(json: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = json.chars();
    if let Some(first) = chars.next() {
        out.push(format!("{}{}", first.to_ascii_lowercase(), chars.as_str()));
    }
    let upper_run = json.chars().take_while(|c| c.is_ascii_uppercase()).count();
    if upper_run > 1 {
        // `UIDs` → `uiDs` is not what .NET writes; `UID` → `uid`, `VMName` → `vmName`.
        let keep = if upper_run == json.len() {
            upper_run
        } else {
            upper_run - 1
        };
        out.push(format!(
            "{}{}",
            json[..keep].to_ascii_lowercase(),
            &json[keep..]
        ));
    }
    out
}

/// The other JSON names a field is read under: camelCase, the XML name, a list item's name.
/// `taken` holds every JSON name already claimed in the struct: an alias may not shadow another
/// field's name.
fn json_aliases(f: &FieldDef, taken: &mut BTreeSet<String>) -> Vec<String> {
    let mut aliases: BTreeSet<String> = camel_aliases(&f.json).into_iter().collect();
    aliases.insert(f.xml.key().to_string());
    if let XmlPlacement::Wrapped { item, .. } | XmlPlacement::Elements { name: item } = &f.xml {
        aliases.insert(item.clone());
    }
    aliases.remove(&f.json);
    aliases.retain(|a| !taken.contains(a));
    taken.extend(aliases.iter().cloned());
    aliases.into_iter().collect()
}

/// The field's line in the generated `Serialize` (see `runtime::json::ObjectWriter`): how its
/// value is written, or skipped when absent.
fn json_write_stmt(f: &FieldDef) -> TokenStream {
    let name = ident(&f.name);
    let key = &f.json;
    match (&f.xml, &f.json_list) {
        (XmlPlacement::Elements { .. }, _) => quote!(o.elems(#key, &self.#name)?;),
        (XmlPlacement::Wrapped { .. }, Some(JsonList::Wrapped { inner })) => {
            quote!(o.documented(#key, #inner, &self.#name)?;)
        }
        (XmlPlacement::Wrapped { .. }, _) => quote!(o.opt(#key, &self.#name)?;),
        _ if f.required => quote!(o.req(#key, &self.#name)?;),
        _ => quote!(o.opt(#key, &self.#name)?;),
    }
}

/// `impl Serialize`: one line per member through the runtime's `ObjectWriter`, the unknown
/// members last.
fn serialize_impl(def: &StructDef) -> TokenStream {
    let name = type_ident(&def.name);
    let members = def.fields.iter().map(json_write_stmt);
    let text = def.text.as_ref().map(|_| {
        let key = &def.text_json;
        quote!(o.opt(#key, &self.text)?;)
    });
    let o = if def.fields.is_empty() && def.text.is_none() {
        quote!(o)
    } else {
        quote!(mut o)
    };
    quote! {
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let #o = crate::runtime::json::ObjectWriter::new(serializer)?;
                #(#members)*
                #text
                o.end(&self.unknown)
            }
        }
    }
}

/// The roots a document of `def` has: its samples' ([`StructDef::roots`]) and the roots of the
/// samples of answers typed as it by a fallback ([`sample_roots`](crate::reconcile::schema::BodyDef::sample_roots)). Not the root an
/// operation names from the type when no sample shows one: a guess must not refuse an answer.
fn answered_roots(def: &StructDef, schema: &Schema) -> Vec<String> {
    let mut roots: Vec<String> = def.roots.clone();
    let answers = schema.operations.iter().flat_map(|op| {
        op.response
            .iter()
            .chain(op.entity_form.as_ref().map(|f| &f.response))
    });
    for body in answers.filter(|b| b.ty == def.name) {
        for root in &body.sample_roots {
            if !roots.contains(root) {
                roots.push(root.clone());
            }
        }
    }
    roots
}

/// How the field's value is read from an `Object` (see `runtime::json`).
fn json_read_expr(f: &FieldDef) -> TokenStream {
    match &f.xml {
        XmlPlacement::Elements { name } => quote!(o.vec_of(#name)?),
        XmlPlacement::Wrapped { item, .. } => quote!(o.list_of(#item)?),
        _ if f.required && lenient(&f.ty) => quote!(Some(o.lenient_req()?)),
        _ if f.required => quote!(Some(o.value()?)),
        _ if lenient(&f.ty) => quote!(o.lenient()?),
        _ => quote!(o.value()?),
    }
}

/// `impl Deserialize` through the runtime's table-driven reader: the members' wire names and
/// aliases, and a `match` from a member's index to the reader of its field.
fn read_object_impl(def: &StructDef) -> TokenStream {
    let name = type_ident(&def.name);
    let label = def.name.clone();
    // Most structs start from `Default` and have their fields set as members come; those with
    // required members keep each field in a local until the end, where a missing one is named.
    let in_place = defaultable(def);
    let mut taken: BTreeSet<String> = def.fields.iter().map(|f| f.json.clone()).collect();
    let mut table = Vec::new();
    let mut locals = Vec::new();
    let mut arms = Vec::new();
    let mut build = Vec::new();
    for (i, f) in def.fields.iter().enumerate() {
        let wire = &f.json;
        let aliases = json_aliases(f, &mut taken);
        table.push(quote!(F::new(#wire, &[#(#aliases),*])));
        let local = ident(&f.name);
        let read = json_read_expr(f);
        let index = proc_macro2::Literal::usize_unsuffixed(i);
        if in_place {
            arms.push((index, quote!(out.#local = #read)));
            continue;
        }
        locals.push(quote!(let mut #local = Default::default();));
        arms.push((index.clone(), quote!(#local = #read)));
        if f.required && !f.xml.is_list() {
            build.push(quote!(#local: o.required(#local, #index)?,));
        } else {
            build.push(quote!(#local,));
        }
    }
    if def.text.is_some() {
        let key = &def.text_json;
        let aliases: Vec<&str> = ["Value", "value", "#text"]
            .into_iter()
            .filter(|a| a != key && !taken.contains(*a))
            .collect();
        let index = proc_macro2::Literal::usize_unsuffixed(def.fields.len());
        table.push(quote!(F::new(#key, &[#(#aliases),*])));
        if in_place {
            arms.push((index, quote!(out.text = o.value()?)));
        } else {
            locals.push(quote!(let mut text = None;));
            arms.push((index, quote!(text = o.value()?)));
            build.push(quote!(text,));
        }
    }
    assert!(
        table.len() <= 256,
        "{}: more members than runtime::json::MAX_FIELDS",
        def.name
    );
    // One member needs no `match` (clippy's `single_match`): every index is that member's.
    let read_loop = match arms.as_slice() {
        [(_, only)] => quote! {
            while o.next_field()?.is_some() {
                #only;
            }
        },
        _ => {
            let arms = arms.iter().map(|(i, read)| quote!(#i => #read,));
            quote! {
                while let Some(i) = o.next_field()? {
                    match i {
                        #(#arms)*
                        _ => {}
                    }
                }
            }
        }
    };
    let body = if in_place {
        if arms.is_empty() {
            quote! {
                while o.next_field()?.is_some() {}
                Ok(Self { unknown: o.finish() })
            }
        } else {
            quote! {
                let mut out = Self::default();
                #read_loop
                Ok(Self { unknown: o.finish(), ..out })
            }
        }
    } else {
        quote! {
            #(#locals)*
            #read_loop
            Ok(Self {
                #(#build)*
                unknown: o.finish(),
            })
        }
    };
    quote! {
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                use crate::runtime::json::Field as F;
                const FIELDS: &[F] = &[#(#table),*];
                crate::runtime::json::object(deserializer, #label, FIELDS)
            }
        }

        impl crate::runtime::json::ReadObject for #name {
            fn read_object<'de, A: serde::de::MapAccess<'de>>(
                mut o: crate::runtime::json::Object<'de, A>,
            ) -> Result<Self, A::Error> {
                #body
            }
        }
    }
}

fn field_doc(f: &FieldDef) -> String {
    let wire = match &f.xml {
        XmlPlacement::Attribute { name } => format!("XML attribute `{name}`"),
        XmlPlacement::Element { name } => format!("XML element `<{name}>`"),
        XmlPlacement::Elements { name } => format!("repeated XML element `<{name}>`"),
        XmlPlacement::Wrapped { wrapper, item } => {
            format!("XML `<{wrapper}><{item}/>…</{wrapper}>`")
        }
    };
    let json = match &f.json_list {
        Some(JsonList::Wrapped { inner }) => format!("JSON `\"{}\": {{\"{inner}\": […]}}`", f.json),
        Some(JsonList::Array) => format!("JSON `\"{}\": […]`", f.json),
        None => format!("JSON `\"{}\"`", f.json),
    };
    let text = doc_prose(&f.doc);
    if text.is_empty() {
        format!("{wire}; {json}.")
    } else {
        format!("{text}\n\n{wire}; {json}.")
    }
}

fn from_xml_expr(f: &FieldDef) -> TokenStream {
    let scalar = !is_struct(&f.ty);
    let opt = match &f.xml {
        XmlPlacement::Attribute { name } => quote!(xml::attr(el, #name)?),
        XmlPlacement::Element { name } if scalar => quote!(xml::elem_text(el, #name)?),
        XmlPlacement::Element { name } => quote!(xml::elem(el, #name)?),
        XmlPlacement::Elements { name } if scalar => {
            return quote!(xml::elems_text(el, #name)?.into())
        }
        XmlPlacement::Elements { name } => return quote!(xml::elems(el, #name)?.into()),
        XmlPlacement::Wrapped { wrapper, item } if scalar => {
            return quote!(xml::wrapped_text(el, #wrapper, #item)?)
        }
        XmlPlacement::Wrapped { wrapper, item } => {
            return quote!(xml::wrapped(el, #wrapper, #item)?)
        }
    };
    if f.required {
        let key = match &f.xml {
            XmlPlacement::Attribute { name } => format!("@{name}"),
            other => other.key().to_string(),
        };
        quote!(#opt.ok_or_else(|| crate::runtime::DecodeError::missing(#key))?)
    } else {
        opt
    }
}

fn to_xml_stmt(f: &FieldDef) -> TokenStream {
    let name = ident(&f.name);
    let scalar = !is_struct(&f.ty);
    match (&f.xml, f.required) {
        (XmlPlacement::Attribute { name: n }, false) => quote!(w.attr(#n, &self.#name);),
        (XmlPlacement::Attribute { name: n }, true) => quote!(w.attr_req(#n, &self.#name);),
        (XmlPlacement::Element { name: n }, false) if scalar => {
            quote!(w.elem_text(#n, &self.#name);)
        }
        (XmlPlacement::Element { name: n }, true) if scalar => {
            quote!(w.elem_text_req(#n, &self.#name);)
        }
        (XmlPlacement::Element { name: n }, false) => quote!(w.elem(#n, &self.#name);),
        (XmlPlacement::Element { name: n }, true) => quote!(w.elem_req(#n, &self.#name);),
        (XmlPlacement::Elements { name: n }, _) if scalar => quote!(w.elems_text(#n, &self.#name);),
        (XmlPlacement::Elements { name: n }, _) => quote!(w.elems(#n, &self.#name);),
        (XmlPlacement::Wrapped { wrapper, item }, _) if scalar => {
            quote!(w.wrapped_text(#wrapper, #item, self.#name.as_ref());)
        }
        (XmlPlacement::Wrapped { wrapper, item }, _) => {
            quote!(w.wrapped(#wrapper, #item, self.#name.as_ref());)
        }
    }
}

/// Whether `Default` can be derived: only when no field is required.
fn defaultable(def: &StructDef) -> bool {
    def.fields.iter().all(|f| !f.required || f.xml.is_list())
}

/// Fields that make a struct contain itself (through other structs, not through a `Vec`): they
/// are boxed.
pub fn boxed_fields(def: &StructDef, schema: &Schema) -> BTreeSet<String> {
    let direct = |s: &StructDef| -> Vec<String> {
        s.fields
            .iter()
            .filter(|f| !f.xml.is_list())
            .filter_map(|f| match &f.ty {
                ValueType::Struct(t) => Some(t.clone()),
                _ => None,
            })
            .collect()
    };
    let reaches_self = |start: &str| -> bool {
        let mut stack = vec![start.to_string()];
        let mut seen = BTreeSet::new();
        while let Some(t) = stack.pop() {
            if t == def.name {
                return true;
            }
            if !seen.insert(t.clone()) {
                continue;
            }
            if let Some(s) = schema.structs.get(&t) {
                stack.extend(direct(s));
            }
        }
        false
    };
    def.fields
        .iter()
        .filter(|f| !f.xml.is_list())
        .filter(|f| matches!(&f.ty, ValueType::Struct(t) if reaches_self(t)))
        .map(|f| f.name.clone())
        .collect()
}

/// A struct, its codecs and its `Members`.
///
/// The XML codecs and `Members` are `#[inline]`: like serde's generic impls, they are then
/// compiled by the crate that decodes the type, and only for the types it reaches, instead of
/// all of them in `veeam-em` itself. Non-generic and not inline, they were four fifths of the
/// code LLVM compiled for the crate (`cargo llvm-lines --release -p veeam-em`: 497k lines →
/// 90k; debug 423k → 82k).
pub fn struct_tokens(def: &StructDef, schema: &Schema) -> TokenStream {
    let boxed = boxed_fields(def, schema);
    let name = type_ident(&def.name);
    let mut doc = doc_prose(&def.doc);
    if !def.roots.is_empty() {
        let roots: Vec<String> = def.roots.iter().map(|r| format!("`<{r}>`")).collect();
        let line = format!("XML root element: {}.", roots.join(", "));
        doc = if doc.is_empty() {
            line
        } else {
            format!("{doc}\n\n{line}")
        };
    }
    if doc.is_empty() {
        doc = format!(
            "The `{}` type of the Enterprise Manager REST API.",
            def.name
        );
    }
    let doc = docs(&doc);
    let fields = def.fields.iter().map(|f| {
        let fname = ident(&f.name);
        let ty = field_type(f, boxed.contains(&f.name));
        let doc = docs(&field_doc(f));
        quote! {
            #doc
            pub #fname: #ty,
        }
    });
    let text_field = def.text.as_ref().map(|_| {
        let key = &def.text_json;
        let doc = docs(&format!(
            "The element's own text, beside its attributes; JSON `\"{key}\"`."
        ));
        quote! {
            #doc
            pub text: Option<String>,
        }
    });
    let unknown_doc = docs(
        "Members the server sent that the documentation does not name (JSON keys, XML \
         attributes and elements), kept so that encoding writes them back; see \
         [`UnknownMembers`](crate::runtime::UnknownMembers).",
    );
    let from = def.fields.iter().map(|f| {
        let fname = ident(&f.name);
        let expr = from_xml_expr(f);
        quote!(#fname: #expr,)
    });
    let from_text = def.text.as_ref().map(|_| quote!(text: xml::text(el)?,));
    let from_unknown = unknown_from_xml(def);
    let to = def.fields.iter().map(to_xml_stmt);
    let to_text = def.text.as_ref().map(|_| quote!(w.text(&self.text);));
    let members = members_impl(def);
    // Secrets never reach Debug output: structs with a password field print it redacted.
    let secret = |f: &FieldDef| {
        let n = f.name.to_ascii_lowercase();
        n.contains("password") || n.contains("secret") || n == "session_id"
    };
    let redacting = def.fields.iter().any(secret);
    let debug_derive = (!redacting).then(|| quote!(Debug,));
    let derives = if defaultable(def) {
        quote!(#[derive(#debug_derive Clone, PartialEq, Default)])
    } else {
        quote!(#[derive(#debug_derive Clone, PartialEq)])
    };
    let read_object = read_object_impl(def);
    let read_xml = read_xml_fn(def);
    let serialize = serialize_impl(def);
    let debug_impl = redacting.then(|| {
        let label = name.to_string();
        let entries = def.fields.iter().map(|f| {
            let key = f.name.clone();
            if secret(f) {
                quote!(.field(#key, &"<redacted>"))
            } else {
                let fname = ident(&f.name);
                quote!(.field(#key, &self.#fname))
            }
        });
        let text = def
            .text
            .as_ref()
            .map(|_| quote!(.field("text", &self.text)));
        quote! {
            impl std::fmt::Debug for #name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.debug_struct(#label)
                        #(#entries)*
                        #text
                        .field("unknown", &self.unknown)
                        .finish()
                }
            }
        }
    });
    let el = quote!(el);
    // A document of another root is another answer (an `<Error>` sent with 200, another
    // resource's representation): decoding it as this type would read nothing and say so not.
    let roots = answered_roots(def, schema);
    let roots = (!roots.is_empty()).then(|| {
        quote!(
            const ROOTS: &'static [&'static str] = &[#(#roots),*];
        )
    });
    let use_xml = (!def.fields.is_empty() || def.text.is_some()).then(|| {
        quote!(
            use crate::runtime::xml;
        )
    });
    quote! {
        #doc
        #derives
        pub struct #name {
            #(#fields)*
            #text_field
            #unknown_doc
            pub unknown: crate::runtime::UnknownMembers,
        }

        #debug_impl

        #serialize

        #read_object

        impl crate::runtime::xml::FromXml for #name {
            #roots

            #[inline]
            fn from_xml(#el: &crate::runtime::xml::Element) -> Result<Self, crate::runtime::DecodeError> {
                #use_xml
                Ok(Self {
                    #(#from)*
                    #from_text
                    unknown: #from_unknown,
                })
            }

            #read_xml
        }

        impl crate::runtime::xml::ToXml for #name {
            #[inline]
            fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
                #(#to)*
                #to_text
                self.unknown.write_xml(w);
            }
        }

        #members
    }
}

/// `FromXml::read_xml`, the streaming fast path: the attributes named, then every child element
/// by its index in the struct's tag list. Like `ReadObject`, a struct without required members
/// starts from `Default` and has its fields set in place; one with required members keeps each
/// field in a local until the end (`None` for a missing one: the tree path names it in its error).
///
/// The locals are the fields' names; the reading, its attributes and the index are `el_`,
/// `at_` and `ix_`, which no field name (snake case, no trailing `_`) can be.
fn read_xml_fn(def: &StructDef) -> TokenStream {
    let in_place = defaultable(def);
    // Where a field's value goes: `out.field` or the local `field`.
    let place = |f: &FieldDef| {
        let local = ident(&f.name);
        if in_place {
            quote!(out.#local)
        } else {
            quote!(#local)
        }
    };
    let mut attr_names = Vec::new();
    let mut attr_places = Vec::new();
    let mut attr_reads = Vec::new();
    let mut tags = Vec::new();
    let mut locals = Vec::new();
    let mut arms = Vec::new();
    let mut build = Vec::new();
    for f in &def.fields {
        let local = ident(&f.name);
        let to = place(f);
        let scalar = !is_struct(&f.ty);
        let required = f.required && !f.xml.is_list();
        build.push(if required {
            quote!(#local: #local?,)
        } else {
            quote!(#local,)
        });
        let read = match &f.xml {
            XmlPlacement::Attribute { name } => {
                let i = proc_macro2::Literal::usize_unsuffixed(attr_names.len());
                attr_names.push(name.clone());
                attr_places.push(to);
                attr_reads.push(quote!(xml::attr_value(&at_[#i])?));
                continue;
            }
            XmlPlacement::Element { name } => {
                tags.push(quote!(xml::Tag::once(#name)));
                locals.push(quote!(let mut #local = None;));
                if scalar {
                    quote!(#to = el_.text()?)
                } else {
                    quote!(#to = Some(el_.elem()?))
                }
            }
            XmlPlacement::Elements { name } => {
                tags.push(quote!(xml::Tag::many(#name)));
                locals.push(quote!(let mut #local = crate::runtime::List::new();));
                if scalar {
                    quote!(if let Some(v) = el_.text()? { #to.push(v) })
                } else {
                    quote!(#to.push(el_.elem()?))
                }
            }
            XmlPlacement::Wrapped { wrapper, item } => {
                tags.push(quote!(xml::Tag::once(#wrapper)));
                locals.push(quote!(let mut #local = None;));
                if scalar {
                    quote!(#to = Some(el_.wrapped_text(#item)?))
                } else {
                    quote!(#to = Some(el_.wrapped(#item)?))
                }
            }
        };
        arms.push(read);
    }
    // The reading matches names in these lists by their first occurrence, as the tree does.
    let distinct = |names: Vec<String>| names.iter().collect::<BTreeSet<_>>().len() == names.len();
    let element_names = def
        .fields
        .iter()
        .filter(|f| !matches!(f.xml, XmlPlacement::Attribute { .. }))
        .map(|f| f.xml.key().to_string())
        .collect();
    assert!(
        distinct(attr_names.clone()) && distinct(element_names),
        "{}: two members with one XML name",
        def.name
    );
    let attrs = match (attr_places.as_slice(), in_place) {
        ([], _) => quote!(el_.attrs(&[])?;),
        (_, true) => quote! {
            {
                let at_ = el_.attrs(&[#(#attr_names),*])?;
                #(#attr_places = #attr_reads;)*
            }
        },
        ([one], false) => {
            let read = &attr_reads[0];
            quote! {
                let #one = {
                    let at_ = el_.attrs(&[#(#attr_names),*])?;
                    #read
                };
            }
        }
        (_, false) => quote! {
            let (#(#attr_places),*) = {
                let at_ = el_.attrs(&[#(#attr_names),*])?;
                (#(#attr_reads),*)
            };
        },
    };
    let keep_text = def.text.as_ref().map(|_| quote!(el_.keep_text();));
    let read_loop = match arms.as_slice() {
        [] => quote!(while el_.next_child(&[])?.is_some() {}),
        [only] => quote! {
            while el_.next_child(&[#(#tags),*])?.is_some() {
                #only;
            }
        },
        _ => {
            let arms = arms.iter().enumerate().map(|(i, read)| {
                let i = proc_macro2::Literal::usize_unsuffixed(i);
                quote!(#i => #read,)
            });
            quote! {
                const TAGS: &[xml::Tag] = &[#(#tags),*];
                while let Some(ix_) = el_.next_child(TAGS)? {
                    match ix_ {
                        #(#arms)*
                        _ => {}
                    }
                }
            }
        }
    };
    let use_xml = (!def.fields.is_empty()).then(|| {
        quote!(
            use crate::runtime::xml;
        )
    });
    let body = if in_place {
        let text = def
            .text
            .as_ref()
            .map(|_| quote!(out.text = el_.own_text();));
        quote! {
            let mut out = Self::default();
            #attrs
            #keep_text
            #read_loop
            #text
            out.unknown = el_.unknown()?;
            Some(out)
        }
    } else {
        let text = def.text.as_ref().map(|_| quote!(text: el_.own_text(),));
        quote! {
            #attrs
            #keep_text
            #(#locals)*
            #read_loop
            Some(Self {
                #(#build)*
                #text
                unknown: el_.unknown()?,
            })
        }
    };
    quote! {
        #[inline]
        fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
            #use_xml
            #body
        }
    }
}

/// `UnknownMembers::from_xml(el, attributes, child elements, text)`: the names the struct's
/// fields claim, so everything else is kept. The child elements go in the order `write_xml`
/// writes them, each saying whether it is read once or at every occurrence and, for text, as
/// which type (an element whose blank text reads as absent is not written back).
fn unknown_from_xml(def: &StructDef) -> TokenStream {
    let mut attrs = Vec::new();
    let mut children = Vec::new();
    for f in &def.fields {
        let scalar = !is_struct(&f.ty);
        let ty = value_type(&f.ty);
        children.push(match &f.xml {
            XmlPlacement::Attribute { name } => {
                attrs.push(name.clone());
                continue;
            }
            XmlPlacement::Element { name } if scalar => {
                quote!(xml::Child::once_text::<#ty>(#name))
            }
            XmlPlacement::Element { name } => quote!(xml::Child::once(#name)),
            XmlPlacement::Wrapped { wrapper, .. } => quote!(xml::Child::once(#wrapper)),
            XmlPlacement::Elements { name } if scalar => {
                quote!(xml::Child::many_text::<#ty>(#name))
            }
            XmlPlacement::Elements { name } => quote!(xml::Child::many(#name)),
        });
    }
    let has_text = def.text.is_some();
    quote!(crate::runtime::UnknownMembers::from_xml(el, &[#(#attrs),*], &[#(#children),*], #has_text))
}

/// `impl Members`: the struct's own unknown members, then those of its struct-typed fields under
/// their wire names.
fn members_impl(def: &StructDef) -> TokenStream {
    let name = type_ident(&def.name);
    let nested: Vec<TokenStream> = def
        .fields
        .iter()
        .filter(|f| is_struct(&f.ty))
        .map(|f| {
            let fname = ident(&f.name);
            let wire = f.xml.key();
            quote!(crate::runtime::Members::unknown_members(&self.#fname, &crate::runtime::unknown::join(path, #wire), out);)
        })
        .collect();
    quote! {
        impl crate::runtime::Members for #name {
            #[inline]
            fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
                crate::runtime::unknown::push_names(&self.unknown, path, out);
                #(#nested)*
            }
        }
    }
}
