//! The committed crate (`generated/src/gen/`, kept in step with the generator by `cargo xtask
//! codegen --check`) is easy to call and to read: methods' docs lead with a summary and link what
//! they take and return, path parameters are named and take any text or `Uid`, every request body
//! with required members has a builder, lists are named in the plural, page prose keeps no
//! folded bullet lists and no stray token spacing.

use std::collections::BTreeSet;

use quote::ToTokens;
use syn::{FnArg, ImplItem, Item, Pat, Type};
use veeam_em_tests::root;

/// A generated file, or (for `types.rs`, `enums.rs`, `operations.rs`, now one module per area
/// or gate) every file of its folder, items in file-name order.
fn gen_file(name: &str) -> (String, syn::File) {
    let gen = root().join("generated/src/gen");
    let single = gen.join(name);
    let paths = if single.is_file() {
        vec![single]
    } else {
        let dir = gen.join(name.trim_end_matches(".rs"));
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .map(|entry| entry.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        paths.sort();
        paths
    };
    let mut text = String::new();
    let mut items = Vec::new();
    for path in paths {
        let one = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let file = syn::parse_file(&one)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()));
        items.extend(file.items);
        text.push_str(&one);
    }
    let file = syn::File {
        shebang: None,
        attrs: Vec::new(),
        items,
    };
    (text, file)
}

/// The `///` lines of an item, without the leading space.
/// The doc lines, a line shown only with a feature (`#[cfg_attr(feature = "x", doc = "…")]`)
/// prefixed `[x] `.
fn doc_lines(attrs: &[syn::Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter_map(|a| {
            if a.path().is_ident("doc") {
                return match &a.meta {
                    syn::Meta::NameValue(nv) => match &nv.value {
                        syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        }) => Some(s.value().trim_start().to_string()),
                        _ => None,
                    },
                    _ => None,
                };
            }
            if !a.path().is_ident("cfg_attr") {
                return None;
            }
            // `feature = "x", doc = "…"`
            let args = a
                .parse_args_with(
                    syn::punctuated::Punctuated::<syn::MetaNameValue, syn::Token![,]>::parse_terminated,
                )
                .ok()?;
            let text = |name: &str| {
                args.iter()
                    .find(|nv| nv.path.is_ident(name))
                    .and_then(|nv| match &nv.value {
                        syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        }) => Some(s.value()),
                        _ => None,
                    })
            };
            Some(format!("[{}] {}", text("feature")?, text("doc")?.trim_start()))
        })
        .collect()
}

fn methods(file: &syn::File) -> Vec<&syn::ImplItemFn> {
    file.items
        .iter()
        .filter_map(|i| match i {
            Item::Impl(imp) => Some(imp),
            _ => None,
        })
        .flat_map(|imp| &imp.items)
        .filter_map(|i| match i {
            ImplItem::Fn(f) => Some(f),
            _ => None,
        })
        .collect()
}

fn tokens(ty: &Type) -> String {
    ty.to_token_stream().to_string().replace(' ', "")
}

#[test]
fn method_docs_lead_with_a_summary_and_link_what_they_return() {
    let (_, ops) = gen_file("operations.rs");
    let methods = methods(&ops);
    assert!(methods.len() > 300, "{} methods", methods.len());
    for m in &methods {
        let name = m.sig.ident.to_string();
        let doc = doc_lines(&m.attrs);
        let first = doc.first().map(String::as_str).unwrap_or("");
        assert!(
            !first.is_empty() && !first.starts_with('`'),
            "{name}: the first doc line is not a summary: {first:?}"
        );
        let text = doc.join("\n");
        let line = format!("`{} /", name.split('_').next().unwrap_or("").to_uppercase());
        assert!(text.contains(&line), "{name}: no request line in its docs");
        assert!(
            !text.contains("# Returns")
                || text.contains("](crate::")
                || text.contains("`()`")
                || text.contains("raw response"),
            "{name}: its answer type is not linked"
        );
    }
    // A by-id GET links its collection (both forms) and the query type's calls, those only with
    // the `query` feature (without it the links would not resolve).
    let by_id = methods
        .iter()
        .find(|m| m.sig.ident == "get_vm_restore_points_by_id")
        .expect("get_vm_restore_points_by_id");
    let text = doc_lines(&by_id.attrs).join("\n");
    for related in [
        "- [`Self::get_vm_restore_points`]",
        "- [`Self::get_vm_restore_points_entities`]",
        "[query] - [`Self::get_query_vm_restore_point`]",
        "[query] - [`Self::get_query_vm_restore_point_entities`]",
    ] {
        assert!(text.contains(related), "no {related} in:\n{text}");
    }
}

#[test]
fn path_parameters_are_named_and_take_any_text_or_uid() {
    let (_, ops) = gen_file("operations.rs");
    let mut named = 0;
    for m in methods(&ops) {
        for arg in &m.sig.inputs {
            let FnArg::Typed(arg) = arg else { continue };
            let Pat::Ident(p) = &*arg.pat else { continue };
            let name = p.ident.to_string();
            assert!(
                name != "id" && name != "id2",
                "{}: a path parameter is still named {name}",
                m.sig.ident
            );
            if name.ends_with("_id") {
                assert_eq!(tokens(&arg.ty), "implAsRef<str>", "{}: {name}", m.sig.ident);
                named += 1;
            }
        }
    }
    assert!(named > 250, "{named} id parameters");
    let params = |fn_name: &str| -> Vec<String> {
        let m = methods(&ops)
            .into_iter()
            .find(|m| m.sig.ident == fn_name)
            .unwrap_or_else(|| panic!("no {fn_name}"));
        m.sig
            .inputs
            .iter()
            .filter_map(|a| match a {
                FnArg::Typed(t) => Some(t.pat.to_token_stream().to_string()),
                _ => None,
            })
            .collect()
    };
    // DELETE /vmRestorePoints/{ID}/mounts/{ID2}
    assert_eq!(
        params("delete_vm_restore_points_by_id_mounts_by_id"),
        ["vm_restore_point_id", "mount_id"]
    );
    // GET /catalog/vms/{vmname}/vmRestorePoints/{ID}
    assert_eq!(
        params("get_catalog_vms_by_vmname_vm_restore_points_by_id"),
        ["vmname", "vm_restore_point_id"]
    );
}

#[test]
fn every_request_body_with_required_members_has_a_builder() {
    let (_, ops) = gen_file("operations.rs");
    let (_, types) = gen_file("types.rs");
    let (_, builders) = gen_file("builders.rs");
    let defaults: BTreeSet<String> = types
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Struct(s)
                if s.attrs.iter().any(|a| {
                    a.path().is_ident("derive")
                        && a.to_token_stream().to_string().contains("Default")
                }) =>
            {
                Some(s.ident.to_string())
            }
            _ => None,
        })
        .collect();
    let built: BTreeSet<String> = builders
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Impl(imp) if imp.trait_.is_none() => {
                let ty = tokens(&imp.self_ty);
                ty.strip_prefix("super::types::").map(str::to_string)
            }
            _ => None,
        })
        .collect();
    let mut bodies = BTreeSet::new();
    for m in methods(&ops) {
        for arg in &m.sig.inputs {
            let FnArg::Typed(arg) = arg else { continue };
            if arg.pat.to_token_stream().to_string() == "body" {
                let ty = tokens(&arg.ty);
                bodies.insert(ty.trim_start_matches("&super::types::").to_string());
            }
        }
    }
    assert!(bodies.len() > 40, "{} request bodies", bodies.len());
    let without: Vec<&String> = bodies
        .iter()
        .filter(|b| !defaults.contains(*b) && !built.contains(*b))
        .collect();
    assert!(without.is_empty(), "no Default and no builder: {without:?}");
    // A builder is only for a type that needs one.
    assert!(
        built.is_disjoint(&defaults),
        "{:?}",
        built.intersection(&defaults).collect::<Vec<_>>()
    );
}

#[test]
fn repeated_element_lists_are_named_in_the_plural() {
    let (_, types) = gen_file("types.rs");
    let mut lists = 0;
    for item in &types.items {
        let Item::Struct(s) = item else { continue };
        for f in &s.fields {
            // `List<T>` (not in an Option) is a repeated element; a wrapped list is named by its
            // wrapper, as the pages name it.
            if tokens(&f.ty).starts_with("crate::runtime::List<") {
                let name = f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
                assert!(name.ends_with('s'), "{}.{name} is a list", s.ident);
                lists += 1;
            }
        }
    }
    assert!(lists > 50, "{lists} lists");
}

#[test]
fn page_prose_has_no_folded_lists_and_code_no_stray_spacing() {
    for name in ["operations.rs", "types.rs", "builders.rs", "query_types.rs"] {
        let (text, _) = gen_file(name);
        for (n, line) in text.lines().enumerate() {
            assert!(!line.contains("crate ::"), "{name}:{}: {line}", n + 1);
            assert!(
                !(line.trim_start().starts_with("///") && line.contains('•')),
                "{name}:{}: a folded list: {line}",
                n + 1
            );
        }
    }
}
