//! One async method on `Client` per operation.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::names::{doc_prose, docs, path_param_names, type_ident, value_ident};
use crate::reconcile::schema::{
    BodyDef, EntityForm, OperationDef, QueryDef, Schema, ValueType, XmlPlacement,
};

/// The methods that reach the same entities another way, by method name: a collection's
/// reference form ↔ its entity form ↔ the query type's calls ↔ the single-entity GET. What the
/// docs link between ("See also"). Only top-level collections (`/vmRestorePoints`, not
/// `/backupFiles/{ID}/vmRestorePoints`) and one page of each query form are offered, so the list
/// stays short.
#[derive(Debug, Default)]
pub struct Related {
    by_fn: BTreeMap<String, Vec<(String, String)>>,
    /// Every method's area (its Cargo feature): a link to a method of another area is shown
    /// only with that feature.
    area_of: BTreeMap<String, &'static str>,
    /// The structs that have a builder (`X::builder()`), named where they are a request body.
    builders: std::collections::BTreeSet<String>,
}

impl Related {
    /// Groups the methods of `schema` by the entity type they return.
    pub fn of(schema: &Schema) -> Related {
        // entity type → the methods offered for it, [(method, what it returns)]
        let mut offered: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        // method → the entity type it is about
        let mut about: BTreeMap<String, String> = BTreeMap::new();
        let mut area_of = BTreeMap::new();
        for op in &schema.operations {
            let area = super::areas::area_of(op);
            let query = op.query.iter().flat_map(|q| {
                [Some(&q.all_fn), q.entity.as_ref().map(|e| &e.fn_name)]
                    .into_iter()
                    .chain([q.entity.as_ref().map(|e| &e.all_fn)])
                    .flatten()
            });
            let form = op.entity_form.iter().map(|f| &f.fn_name);
            for f in std::iter::once(&op.fn_name).chain(query).chain(form) {
                area_of.insert(f.clone(), area);
            }
            if let Some(form) = &op.entity_form {
                if let Some(item) = list_item(schema, &form.response.ty) {
                    about.insert(op.fn_name.clone(), item.clone());
                    about.insert(form.fn_name.clone(), item.clone());
                    if !op.path.contains('{') {
                        let list = offered.entry(item).or_default();
                        list.push((op.fn_name.clone(), "every one, as references".into()));
                        list.push((form.fn_name.clone(), "every one, in full".into()));
                    }
                }
            }
            if let Some(q) = &op.query {
                if let Some(e) = &q.entity {
                    for f in [&op.fn_name, &q.all_fn, &e.fn_name, &e.all_fn] {
                        about.insert(f.clone(), e.ty.clone());
                    }
                    let list = offered.entry(e.ty.clone()).or_default();
                    list.push((op.fn_name.clone(), "a query, as references".into()));
                    list.push((e.fn_name.clone(), "a query, in full".into()));
                }
            }
            if wants_entity(op) && op.path.ends_with("/{ID}") {
                if let Some(r) = &op.response {
                    about.insert(op.fn_name.clone(), r.ty.clone());
                    offered
                        .entry(r.ty.clone())
                        .or_default()
                        .push((op.fn_name.clone(), "one, by its id".into()));
                }
            }
        }
        let by_fn = about
            .into_iter()
            .filter_map(|(f, ty)| {
                let list: Vec<(String, String)> = offered
                    .get(&ty)?
                    .iter()
                    .filter(|(g, _)| *g != f)
                    .cloned()
                    .collect();
                (!list.is_empty()).then_some((f, list))
            })
            .collect();
        let builders = schema
            .structs
            .values()
            .filter(|s| super::builders::has_builder(s))
            .map(|s| s.name.clone())
            .collect();
        Related {
            by_fn,
            area_of,
            builders,
        }
    }

    /// The "See also" section of `fn_name`, empty when nothing is related.
    fn see_also(&self, fn_name: &str) -> String {
        match self.by_fn.get(fn_name) {
            Some(list) => {
                let here = self.area_of.get(fn_name);
                // The other area a link needs, `None` for one of this method's own.
                let gates: Vec<Option<&str>> = list
                    .iter()
                    .map(|(f, _)| self.area_of.get(f).filter(|a| Some(*a) != here).copied())
                    .collect();
                let items: Vec<String> = list
                    .iter()
                    .zip(&gates)
                    .map(|((f, what), gate)| {
                        let line = format!("- [`Self::{f}`]: {what}");
                        match gate {
                            Some(area) => super::names::gated_line(area, &line),
                            None => line,
                        }
                    })
                    .collect();
                // A heading over links all shown with other features goes with them.
                let others: Option<std::collections::BTreeSet<&str>> =
                    gates.iter().copied().collect();
                let heading = match others {
                    Some(others) => {
                        let others: Vec<&str> = others.into_iter().collect();
                        super::names::gated_line_any(&others, "# See also")
                    }
                    None => "# See also".to_owned(),
                };
                format!("\n\n{heading}\n\n{}", items.join("\n"))
            }
            None => String::new(),
        }
    }
}

/// The struct type of the one list member of `list_ty` (`VmRestorePoints` → `VmRestorePoint`).
fn list_item(schema: &Schema, list_ty: &str) -> Option<String> {
    let def = schema.structs.get(list_ty)?;
    let mut items = def.fields.iter().filter_map(|f| match (&f.xml, &f.ty) {
        (XmlPlacement::Elements { .. } | XmlPlacement::Wrapped { .. }, ValueType::Struct(t))
            if t != "Link" =>
        {
            Some(t.clone())
        }
        _ => None,
    });
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

/// An intra-doc link to a generated type: ``[`VmRestorePoint`](crate::api::types::VmRestorePoint)``.
fn type_link(ty: &str) -> String {
    let t = type_ident(ty);
    format!("[`{t}`](crate::api::types::{t})")
}

/// Whether a path parameter is an id (`{ID}`, `{ID2}`): sent through `runtime::id_segment`, so
/// a `Uid` sends its id.
fn is_id_param(p: &str) -> bool {
    p.trim_end_matches(|c: char| c.is_ascii_digit())
        .eq_ignore_ascii_case("id")
}

/// The `http::Method` constant of a documented method (`POST` → `Method::POST`); the API uses
/// `GET`, `POST`, `PUT` and `DELETE`, and anything else is sent as `GET`, as before.
pub(crate) fn method_tokens(method: &str, runtime: &TokenStream) -> TokenStream {
    match method {
        "POST" => quote!(#runtime::Method::POST),
        "PUT" => quote!(#runtime::Method::PUT),
        "DELETE" => quote!(#runtime::Method::DELETE),
        _ => quote!(#runtime::Method::GET),
    }
}

/// The success statuses the pages document: code, `http::StatusCode` constant, reason phrase.
const SUCCESS_STATUSES: &[(u16, &str, &str)] = &[
    (200, "OK", "OK"),
    (201, "CREATED", "Created"),
    (202, "ACCEPTED", "Accepted"),
    (204, "NO_CONTENT", "No Content"),
];

/// A status as an `http::StatusCode` constant (`204` → `StatusCode::NO_CONTENT`); a code without
/// one in [`SUCCESS_STATUSES`] as an inline `const` built from the number.
pub(crate) fn status_tokens(code: u16, runtime: &TokenStream) -> TokenStream {
    match SUCCESS_STATUSES.iter().find(|(c, _, _)| *c == code) {
        Some((_, name, _)) => {
            let name = quote::format_ident!("{}", name);
            quote!(#runtime::StatusCode::#name)
        }
        None => {
            let code = proc_macro2::Literal::u16_unsuffixed(code);
            quote!(const {
                match #runtime::StatusCode::from_u16(#code) {
                    Ok(status) => status,
                    Err(_) => panic!("not an HTTP status"),
                }
            })
        }
    }
}

fn reason(code: u16) -> &'static str {
    SUCCESS_STATUSES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map_or("", |(_, _, reason)| reason)
}

/// `GET /query?type=Job`: the request line as the page writes it, with the fixed query.
fn request_line(op: &OperationDef, extra: &str) -> String {
    let mut key = format!("{} {}", op.method, op.path);
    let mut sep = '?';
    for (k, v) in &op.fixed_query {
        key.push_str(&format!("{sep}{k}={v}"));
        sep = '&';
    }
    if !extra.is_empty() {
        key.push(sep);
        key.push_str(extra);
    }
    key
}

/// The head every method's docs share: the page's description (a human summary), the request
/// line, the help-center page.
fn head(op: &OperationDef, summary: &str, extra_query: &str) -> String {
    let mut out = String::new();
    let description = doc_prose(&op.doc);
    if !summary.is_empty() {
        out.push_str(summary);
        if !description.is_empty() {
            out.push_str("\n\n");
        }
    }
    out.push_str(&description);
    if !out.is_empty() {
        out.push_str("\n\n");
    }
    out.push_str(&format!("`{}`", request_line(op, extra_query)));
    if let Some(url) = &op.doc_url {
        out.push_str(&format!("\n\nHelp center: <{url}>"));
    }
    out
}

fn path_args(op: &OperationDef) -> Vec<String> {
    let names = path_param_names(&op.path, &op.path_params);
    op.path_params
        .iter()
        .zip(&names)
        .map(|(p, name)| {
            let placeholder = p.trim_end_matches(char::is_numeric);
            if is_id_param(p) {
                format!(
                    "- `{name}`: the `{{{placeholder}}}` of the path: the id, or a \
                     [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id)."
                )
            } else {
                format!("- `{name}`: the `{{{p}}}` of the path.")
            }
        })
        .collect()
}

fn statuses(op: &OperationDef) -> String {
    if op.success.is_empty() {
        return "any 2xx".to_string();
    }
    op.success
        .iter()
        .map(|c| format!("{c} {}", reason(*c)).trim().to_string())
        .collect::<Vec<_>>()
        .join(" or ")
}

fn doc(op: &OperationDef, related: &Related) -> String {
    let mut out = head(op, "", "");
    let mut args = path_args(op);
    for q in &op.query_params {
        args.push(format!(
            "- `{}`: the `{q}` query parameter.",
            value_ident(q)
        ));
    }
    if let Some(req) = &op.request {
        let build = if related.builders.contains(&req.ty) {
            let t = type_ident(&req.ty);
            format!(" Build it with [`{t}::builder`](crate::api::types::{t}::builder).")
        } else {
            String::new()
        };
        args.push(format!(
            "- `body`: the request body, {} (`<{}>` in XML).{build}",
            type_link(&req.ty),
            req.root
        ));
    }
    if !args.is_empty() {
        out.push_str(&format!("\n\n# Arguments\n\n{}", args.join("\n")));
    }
    let returns = match (&op.response, op.no_content, &op.raw_reason) {
        (Some(r), _, _) if op.response_optional => format!(
            "`Some(`{}`)` (`<{}>` in XML), or `None` when the body is empty",
            type_link(&r.ty),
            r.root
        ),
        (Some(r), _, _) => format!("{} (`<{}>` in XML)", type_link(&r.ty), r.root),
        (None, true, _) => "`()`: the answer has no body".to_string(),
        (None, _, Some(reason)) => format!("the raw response: {reason}"),
        (None, _, None) => "the raw response (the docs name no body type)".to_string(),
    };
    out.push_str(&format!("\n\n# Returns\n\n{returns}, on {}.", statuses(op)));
    if op.response_evidence != "doc" {
        out.push_str(&format!(
            "\n\nThe answer's type is not on the page; from {}.",
            op.response_evidence
        ));
    }
    if let Some(e) = &op.entity_form {
        out.push_str(&format!(
            "\n\nThe entities themselves: [`Self::{}`] (`?format=Entity`).",
            e.fn_name
        ));
    }
    out.push_str(&related.see_also(&op.fn_name));
    out
}

/// The rustdoc of the entity form of a collection GET.
fn entity_doc(op: &OperationDef, form: &EntityForm, related: &Related) -> String {
    let mut out = head(
        op,
        &format!(
            "The entity form of [`Self::{}`]: every entity of the collection in full rather \
             than as a reference.",
            op.fn_name
        ),
        "format=Entity",
    );
    let args = path_args(op);
    if !args.is_empty() {
        out.push_str(&format!("\n\n# Arguments\n\n{}", args.join("\n")));
    }
    out.push_str(&format!(
        "\n\n# Returns\n\n{} (`<{}>` in XML), on {}. Typed from the conventions: {}.",
        type_link(&form.response.ty),
        form.response.root,
        statuses(op),
        form.evidence
    ));
    out.push_str(&related.see_also(&form.fn_name));
    out
}

/// Whether the call asks for the entity rather than its reference (`?format=Entity`).
fn wants_entity(op: &OperationDef) -> bool {
    op.method == "GET"
        && op.shape == "entity"
        && !op.fixed_query.contains_key("format")
        && op.response.as_ref().is_some_and(|r| r.root != "EntityRef")
        && op.path.ends_with('}')
}

/// The method of `op`, and of its entity form when it has one.
pub fn operation_tokens(op: &OperationDef, related: &Related) -> TokenStream {
    if let Some(q) = &op.query {
        return query_tokens(op, q, related);
    }
    let answer = match (&op.response, op.no_content) {
        (Some(r), _) if op.response_optional => Answer::Optional(r),
        (Some(r), _) => Answer::Typed(r),
        (None, true) => Answer::Nothing,
        (None, false) => Answer::Raw,
    };
    let main = method_tokens_for(op, &op.fn_name, &doc(op, related), answer, wants_entity(op));
    let entity = op.entity_form.as_ref().map(|form| {
        method_tokens_for(
            op,
            &form.fn_name,
            &entity_doc(op, form, related),
            Answer::Typed(&form.response),
            true,
        )
    });
    quote! {
        #main
        #entity
    }
}

/// What a method returns.
enum Answer<'a> {
    Typed(&'a BodyDef),
    /// `Option<T>`: `None` for an empty body.
    Optional(&'a BodyDef),
    /// `()`.
    Nothing,
    /// The raw response.
    Raw,
}

fn method_tokens_for(
    op: &OperationDef,
    fn_name: &str,
    doc_text: &str,
    answer: Answer<'_>,
    entity: bool,
) -> TokenStream {
    let fn_name = value_ident(fn_name);
    let key = format!("{} {}", op.method, op.path);
    let doc = docs(doc_text);
    let names: Vec<proc_macro2::Ident> = path_param_names(&op.path, &op.path_params)
        .iter()
        .map(|n| value_ident(n))
        .collect();
    let params = names.iter().map(|p| quote!(#p: impl AsRef<str>));
    let query_params = op.query_params.iter().map(|q| {
        let q = value_ident(q);
        quote!(#q: &str)
    });
    let body_param = op.request.as_ref().map(|r| {
        let ty = type_ident(&r.ty);
        quote!(body: &super::types::#ty)
    });
    // Each parameter becomes its encoded segment before `format!`, whose arguments prettyplease
    // prints as raw tokens (`crate ::runtime::…`).
    let segments = op.path_params.iter().zip(&names).map(|(p, name)| {
        if is_id_param(p) {
            quote!(let #name = crate::runtime::id_segment(#name.as_ref());)
        } else {
            quote!(let #name = crate::runtime::path_segment(#name.as_ref());)
        }
    });
    // `/vmRestorePoints/{ID}` → format!("/vmRestorePoints/{}", vm_restore_point_id)
    let mut template = String::new();
    let mut args = Vec::new();
    let mut n = 0;
    for seg in op.path.split('/').skip(1) {
        template.push('/');
        if seg.starts_with('{') && seg.ends_with('}') {
            template.push_str("{}");
            if let Some(p) = names.get(n) {
                args.push(quote!(#p));
            }
            n += 1;
        } else {
            template.push_str(&seg.replace('{', "{{").replace('}', "}}"));
        }
    }
    if op.path.ends_with('/') && !template.ends_with('/') {
        template.push('/');
    }
    let path = if args.is_empty() {
        quote!(#template.to_string())
    } else {
        quote!(format!(#template, #(#args),*))
    };
    let mut query = Vec::new();
    for (k, v) in &op.fixed_query {
        query.push(quote!((#k, #v.to_string())));
    }
    if entity {
        query.push(quote!(("format", "Entity".to_string())));
    }
    for q in &op.query_params {
        let qi = value_ident(q);
        query.push(quote!((#q, #qi.to_string())));
    }
    let body = match &op.request {
        Some(r) => {
            let root = &r.root;
            quote!(Some(crate::runtime::encode(self.format(), #root, body)))
        }
        None => quote!(None),
    };
    let runtime = quote!(crate::runtime);
    let method = method_tokens(&op.method, &runtime);
    let expect = op.success.iter().map(|c| status_tokens(*c, &runtime));
    // The response decodes itself, so a decode error names the request's URL.
    let decode = quote!(response.decode(OPERATION, self.format()));
    let (ret, finish) = match answer {
        Answer::Typed(r) => {
            let ty = type_ident(&r.ty);
            (quote!(super::types::#ty), decode)
        }
        Answer::Optional(r) => {
            let ty = type_ident(&r.ty);
            (
                quote!(Option<super::types::#ty>),
                quote! {
                    if response.body.iter().all(u8::is_ascii_whitespace) {
                        Ok(None)
                    } else {
                        #decode.map(Some)
                    }
                },
            )
        }
        Answer::Nothing => (quote!(()), quote!(let _ = response; Ok(()))),
        Answer::Raw => (quote!(crate::runtime::Response), quote!(Ok(response))),
    };
    quote! {
        #doc
        pub async fn #fn_name(&self, #(#params,)* #(#query_params,)* #body_param) -> Result<#ret, crate::runtime::Error> {
            const OPERATION: &str = #key;
            #(#segments)*
            let request = crate::runtime::Request {
                operation: OPERATION,
                method: #method,
                path: #path,
                query: vec![#(#query),*],
                body: #body,
                expect: &[#(#expect),*],
            };
            let response = self.send(request).await?;
            #finish
        }
    }
}

/// What a query call returns: references or the entity type.
struct QueryForm<'a> {
    fn_name: &'a str,
    all_fn: &'a str,
    /// The item type (`Ref`, `VmRestorePoint`).
    item: &'a str,
    entities: bool,
}

/// The calls of a query type (`GET /query?type=X`): one page and every page, of references and,
/// when the entity type is known, of entities. Each takes the typed query (filter, sort, page
/// size, page) and sets the type and the format.
fn query_tokens(op: &OperationDef, q: &QueryDef, related: &Related) -> TokenStream {
    let mut forms = vec![QueryForm {
        fn_name: &op.fn_name,
        all_fn: &q.all_fn,
        item: "Ref",
        entities: false,
    }];
    if let Some(e) = &q.entity {
        forms.push(QueryForm {
            fn_name: &e.fn_name,
            all_fn: &e.all_fn,
            item: &e.ty,
            entities: true,
        });
    }
    let konst = proc_macro2::Ident::new(&q.konst, proc_macro2::Span::call_site());
    let calls = forms.iter().map(|form| {
        let page_doc = docs(&query_doc(op, q, form, false, related));
        let all_doc = docs(&query_doc(op, q, form, true, related));
        let page_fn = value_ident(form.fn_name);
        let all_fn = value_ident(form.all_fn);
        let item = type_ident(form.item);
        // The shared shape is in `flows::query`: each call is one delegation.
        let (page_call, all_call) = if form.entities {
            (quote!(query_entities_of), quote!(query_all_entities_of))
        } else {
            (quote!(query_refs_of), quote!(query_all_refs_of))
        };
        quote! {
            #page_doc
            pub async fn #page_fn(&self, query: &crate::flows::Query) -> crate::flows::QueryPage<super::types::#item> {
                self.#page_call(&super::query_types::#konst, query).await
            }
            #all_doc
            pub fn #all_fn(&self, query: &crate::flows::Query) -> impl crate::flows::QueryStream<super::types::#item> + '_ {
                self.#all_call(&super::query_types::#konst, query)
            }
        }
    });
    quote!(#(#calls)*)
}

/// The rustdoc of one query call. What every query call shares (the query's type and format,
/// field checks, paging) is said once, on `Query::for_type` in the flows, and linked.
fn query_doc(
    op: &OperationDef,
    q: &QueryDef,
    form: &QueryForm<'_>,
    all: bool,
    related: &Related,
) -> String {
    let fn_name = if all { form.all_fn } else { form.fn_name };
    let item = type_link(form.item);
    let (one, many) = if form.entities {
        ("entity", "entities")
    } else {
        ("reference", "references")
    };
    let summary = if all {
        format!(
            "Every {one} ({item}) of the query, across pages, as a stream; an error ends it. \
             One page: [`Self::{}`].",
            form.fn_name
        )
    } else {
        format!(
            "One page of {many} ({item}) of the query, with its paging info. Every page: \
             [`Self::{}`].",
            form.all_fn
        )
    };
    let mut out = head(
        op,
        &summary,
        if form.entities { "format=Entities" } else { "" },
    );
    out.push_str(&format!(
        "\n\n`query` ([`Query`](crate::flows::Query)) is sent as type `{}` \
         ([`query_types::{}`](crate::api::query_types::{})), as \
         [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields \
         must be ones that type lists unless it allows undocumented fields.",
        q.type_name, q.konst, q.konst
    ));
    match (&q.entity, form.entities) {
        (Some(e), false) => out.push_str(&format!(
            "\n\nThe entities themselves: [`Self::{}`] (`format=Entities`).",
            e.fn_name
        )),
        (Some(e), true) => out.push_str(&format!("\n\nThe entity type from {}.", e.evidence)),
        (None, _) => out.push_str(
            "\n\nNo page names this query type's entity type, so there is no typed entity \
             call; [`Client::query_page`](crate::Client::query_page) reads `format=Entities` as \
             any type.",
        ),
    }
    out.push_str(&related.see_also(fn_name));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_and_statuses_are_http_constants() {
        let runtime = quote!(crate::runtime);
        let text = |t: TokenStream| t.to_string().replace(' ', "");
        assert_eq!(
            text(method_tokens("DELETE", &runtime)),
            "crate::runtime::Method::DELETE"
        );
        assert_eq!(
            text(method_tokens("GET", &quote!(http))),
            "http::Method::GET"
        );
        assert_eq!(
            text(status_tokens(204, &runtime)),
            "crate::runtime::StatusCode::NO_CONTENT"
        );
        // A status without a named constant here is built from its number at compile time.
        let other = text(status_tokens(206, &runtime));
        assert!(
            other.starts_with("const{matchcrate::runtime::StatusCode::from_u16(206)"),
            "{other}"
        );
        assert_eq!(reason(204), "No Content");
        assert_eq!(reason(206), "");
    }
}
