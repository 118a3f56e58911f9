//! One async method on `Client` per operation.

use proc_macro2::TokenStream;
use quote::quote;

use super::names::{doc_text, docs, type_ident, value_ident};
use crate::reconcile::schema::{BodyDef, EntityForm, OperationDef, QueryDef};

fn method_tokens(method: &str) -> TokenStream {
    match method {
        "POST" => quote!(crate::runtime::Method::Post),
        "PUT" => quote!(crate::runtime::Method::Put),
        "DELETE" => quote!(crate::runtime::Method::Delete),
        _ => quote!(crate::runtime::Method::Get),
    }
}

fn reason(code: u16) -> &'static str {
    match code {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        _ => "",
    }
}

fn doc(op: &OperationDef) -> String {
    let mut key = format!("{} {}", op.method, op.path);
    let mut sep = '?';
    for (k, v) in &op.fixed_query {
        key.push_str(&format!("{sep}{k}={v}"));
        sep = '&';
    }
    let mut out = format!("`{key}`");
    let description = doc_text(&op.doc);
    if !description.is_empty() {
        out.push_str(&format!("\n\n{description}"));
    }
    let mut args = Vec::new();
    for p in &op.path_params {
        args.push(format!(
            "- `{}`: the `{{{}}}` path parameter.",
            value_ident(p),
            p.trim_end_matches(char::is_numeric)
        ));
    }
    for q in &op.query_params {
        args.push(format!(
            "- `{}`: the `{q}` query parameter.",
            value_ident(q)
        ));
    }
    if let Some(req) = &op.request {
        args.push(format!(
            "- `body`: the request body, `<{}>` in XML.",
            req.root
        ));
    }
    if !args.is_empty() {
        out.push_str(&format!("\n\n# Arguments\n\n{}", args.join("\n")));
    }
    let success: Vec<String> = op
        .success
        .iter()
        .map(|c| format!("{c} {}", reason(*c)).trim().to_string())
        .collect();
    let returns = match (&op.response, op.no_content, &op.raw_reason) {
        (Some(r), _, _) if op.response_optional => format!(
            "`Some({})` (`<{}>` in XML), or `None` when the body is empty",
            r.ty, r.root
        ),
        (Some(r), _, _) => format!("`{}` (`<{}>` in XML)", r.ty, r.root),
        (None, true, _) => "`()`: the answer has no body".to_string(),
        (None, _, Some(reason)) => format!("the raw response: {reason}"),
        (None, _, None) => "the raw response (the docs name no body type)".to_string(),
    };
    out.push_str(&format!(
        "\n\n# Returns\n\n{returns}, on {}.",
        if success.is_empty() {
            "any 2xx".to_string()
        } else {
            success.join(" or ")
        }
    ));
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
    if let Some(url) = &op.doc_url {
        out.push_str(&format!("\n\nHelp center: <{url}>"));
    }
    out
}

/// The rustdoc of the entity form of a collection GET.
fn entity_doc(op: &OperationDef, form: &EntityForm) -> String {
    let mut out = format!(
        "`{} {}?format=Entity`\n\nThe entity form of [`Self::{}`]: every entity of the \
         collection in full rather than as a reference.",
        op.method, op.path, op.fn_name
    );
    let args: Vec<String> = op
        .path_params
        .iter()
        .map(|p| {
            format!(
                "- `{}`: the `{{{}}}` path parameter.",
                value_ident(p),
                p.trim_end_matches(char::is_numeric)
            )
        })
        .collect();
    if !args.is_empty() {
        out.push_str(&format!("\n\n# Arguments\n\n{}", args.join("\n")));
    }
    out.push_str(&format!(
        "\n\n# Returns\n\n`{}` (`<{}>` in XML), on {}. Typed from the conventions: {}.",
        form.response.ty,
        form.response.root,
        if op.success.is_empty() {
            "any 2xx".to_string()
        } else {
            op.success
                .iter()
                .map(|c| format!("{c} {}", reason(*c)).trim().to_string())
                .collect::<Vec<_>>()
                .join(" or ")
        },
        form.evidence
    ));
    if let Some(url) = &op.doc_url {
        out.push_str(&format!("\n\nHelp center: <{url}>"));
    }
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
pub fn operation_tokens(op: &OperationDef) -> TokenStream {
    if let Some(q) = &op.query {
        return query_tokens(op, q);
    }
    let answer = match (&op.response, op.no_content) {
        (Some(r), _) if op.response_optional => Answer::Optional(r),
        (Some(r), _) => Answer::Typed(r),
        (None, true) => Answer::Nothing,
        (None, false) => Answer::Raw,
    };
    let main = method_tokens_for(op, &op.fn_name, &doc(op), answer, wants_entity(op));
    let entity = op.entity_form.as_ref().map(|form| {
        method_tokens_for(
            op,
            &form.fn_name,
            &entity_doc(op, form),
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
    let params = op.path_params.iter().map(|p| {
        let p = value_ident(p);
        quote!(#p: &str)
    });
    let query_params = op.query_params.iter().map(|q| {
        let q = value_ident(q);
        quote!(#q: &str)
    });
    let body_param = op.request.as_ref().map(|r| {
        let ty = type_ident(&r.ty);
        quote!(body: &super::types::#ty)
    });
    // `/vmRestorePoints/{ID}` → format!("/vmRestorePoints/{}", path_segment(id))
    let mut template = String::new();
    let mut args = Vec::new();
    let mut n = 0;
    for seg in op.path.split('/').skip(1) {
        template.push('/');
        if seg.starts_with('{') && seg.ends_with('}') {
            template.push_str("{}");
            let p = value_ident(op.path_params.get(n).map(String::as_str).unwrap_or("id"));
            args.push(quote!(crate::runtime::path_segment(#p)));
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
    let method = method_tokens(&op.method);
    let expect = op
        .success
        .iter()
        .map(|c| proc_macro2::Literal::u16_unsuffixed(*c));
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
fn query_tokens(op: &OperationDef, q: &QueryDef) -> TokenStream {
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
        let page_doc = docs(&query_doc(op, q, form, false));
        let all_doc = docs(&query_doc(op, q, form, true));
        let page_fn = value_ident(form.fn_name);
        let all_fn = value_ident(form.all_fn);
        let item = type_ident(form.item);
        let format = if form.entities {
            quote!(crate::flows::QueryFormat::Entities)
        } else {
            quote!(crate::flows::QueryFormat::Refs)
        };
        quote! {
            #page_doc
            pub async fn #page_fn(&self, query: &crate::flows::Query) -> Result<crate::flows::QueryResult<super::types::#item>, crate::runtime::Error> {
                self.query_page_of(&super::query_types::#konst, #format, query).await
            }
            #all_doc
            pub fn #all_fn(&self, query: &crate::flows::Query) -> impl futures_util::Stream<Item = Result<super::types::#item, crate::runtime::Error>> + '_ {
                self.query_all_of(&super::query_types::#konst, #format, query)
            }
        }
    });
    quote!(#(#calls)*)
}

/// The rustdoc of one query call.
fn query_doc(op: &OperationDef, q: &QueryDef, form: &QueryForm<'_>, all: bool) -> String {
    let ty = &q.type_name;
    let format = if form.entities {
        "&format=Entities"
    } else {
        ""
    };
    let mut out = format!("`GET /query?type={ty}{format}`");
    let description = doc_text(&op.doc);
    if !description.is_empty() {
        out.push_str(&format!("\n\n{description}"));
    }
    out.push_str(&format!(
        "\n\n# Arguments\n\n- `query`: the filter, sort, page size and page \
         ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of \
         type `{ty}`, in no other format. Its filter and sort fields must be ones \
         [`query_types::{}`](super::query_types::{}) lists (the page's *Optional Parameters*), \
         unless it allows undocumented fields.",
        q.konst, q.konst
    ));
    out.push_str("\n\n[`Query::default()`]: crate::flows::Query::default");
    let what = if form.entities {
        let item = type_ident(form.item);
        format!("entities, [`{item}`](super::types::{item}) (`<QueryResult><Entities>` in XML)")
    } else {
        "references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML)".to_string()
    };
    if all {
        out.push_str(&format!(
            "\n\n# Returns\n\nEvery item across pages, as a stream of {what}: pages are read one \
             after the other from the query's page (or 1) as \
             [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. \
             One page: [`Self::{}`].",
            form.fn_name
        ));
    } else {
        out.push_str(&format!(
            "\n\n# Returns\n\nOne page of {what} in a [`QueryResult`](crate::flows::QueryResult) \
             with its paging info, on 200 OK. Every page: [`Self::{}`].",
            form.all_fn
        ));
    }
    match (&q.entity, form.entities) {
        (Some(e), false) => out.push_str(&format!(
            "\n\nThe entities themselves: [`Self::{}`] (`format=Entities`).",
            e.fn_name
        )),
        (Some(e), true) => out.push_str(&format!("\n\nThe entity type from {}.", e.evidence)),
        (None, _) => out.push_str(
            "\n\nNo page names this query type's entity type, so there is no typed entity \
             call; `Client::query_page` reads `format=Entities` as any type.",
        ),
    }
    if let Some(url) = &op.doc_url {
        out.push_str(&format!("\n\nHelp center: <{url}>"));
    }
    out
}
