//! The generated code for the five seed pages: one snapshot per operation method and per type
//! (the struct or enum with its impls), cut out of the generated files with `syn` and printed
//! with `prettyplease`; that every generated file parses and carries the header; determinism.

use syn::{ImplItem, Item, Type};
use veeam_em_codegen::emit::{self, Files};
use veeam_em_codegen::model::Model;
use veeam_em_codegen::reconcile::schema::Schema;
use veeam_em_codegen::{build_model, Input};
use veeam_em_tests::seed;

const SEEDS: &[&str] = &[
    "get_vmrestorepoints_id.pipe-text.txt",
    "vmrestorepoints_id.older-layout.md",
    "get_restorepoints_id.md",
    "get_backups_id_restorepoints.cell-text.txt",
    "get_restorepoints_id_vmrestorepoints.md",
];

/// The first line of every generated file, spelled out here so a change to it is seen.
const HEADER: &str = "// @generated — do not edit; run `cargo xtask codegen`";

fn seed_inputs() -> Vec<Input> {
    SEEDS.iter().map(|f| seed(f)).collect()
}

fn seed_model() -> Model {
    build_model(&seed_inputs())
}

fn generate(model: &Model) -> Files {
    emit::generate(model).unwrap_or_else(|e| panic!("the seed model does not generate: {e}"))
}

fn parse(files: &Files, name: &str) -> syn::File {
    let text = files
        .get(name)
        .unwrap_or_else(|| panic!("no generated {name}; have {:?}", files.keys()));
    syn::parse_file(text).unwrap_or_else(|e| panic!("generated {name} does not parse: {e}"))
}

/// Every item of the files in `dir/` but its `mod.rs`, in file-name order: types, enums and
/// operations are split into one module per Cargo feature gate.
fn parse_dir(files: &Files, dir: &str) -> syn::File {
    let prefix = format!("{dir}/");
    let names: Vec<&String> = files
        .keys()
        .filter(|n| n.starts_with(&prefix) && n.as_str() != format!("{dir}/mod.rs"))
        .collect();
    assert!(
        files.contains_key(&format!("{dir}/mod.rs")),
        "no generated {dir}/mod.rs; have {:?}",
        files.keys()
    );
    let mut all = syn::File {
        shebang: None,
        attrs: Vec::new(),
        items: Vec::new(),
    };
    for name in names {
        all.items.extend(parse(files, name).items);
    }
    all
}

/// Items printed as a file of their own.
fn unparse(items: Vec<Item>) -> String {
    prettyplease::unparse(&syn::File {
        shebang: None,
        attrs: Vec::new(),
        items,
    })
}

/// The last segment of a path type (`crate::runtime::Client` → `Client`).
fn type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The name of the trait an impl is for (`crate::runtime::xml::FromXml` → `FromXml`).
fn trait_name(item: &syn::ItemImpl) -> Option<String> {
    item.trait_
        .as_ref()
        .and_then(|(_, path, _)| path.segments.last())
        .map(|s| s.ident.to_string())
}

/// The method `fn_name` of the generated `impl Client`, inside an `impl` of its own.
fn operation_item(file: &syn::File, fn_name: &str) -> Item {
    let mut found = Vec::new();
    for item in &file.items {
        let Item::Impl(imp) = item else { continue };
        for member in &imp.items {
            if matches!(member, ImplItem::Fn(f) if f.sig.ident == fn_name) {
                let mut alone = imp.clone();
                alone.attrs.clear();
                alone.items = vec![member.clone()];
                found.push(Item::Impl(alone));
            }
        }
    }
    assert_eq!(found.len(), 1, "want one method {fn_name} in operations/");
    found.remove(0)
}

/// The struct or enum `name` and every impl for it, in file order.
fn type_items(file: &syn::File, name: &str) -> Vec<Item> {
    file.items
        .iter()
        .filter(|item| match item {
            Item::Struct(s) => s.ident == name,
            Item::Enum(e) => e.ident == name,
            Item::Impl(i) => type_name(&i.self_ty).as_deref() == Some(name),
            _ => false,
        })
        .cloned()
        .collect()
}

/// What each impl is: `FromXml`, `ToXml`, `inherent`, …
fn impl_kinds(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(i) => Some(trait_name(i).unwrap_or_else(|| "inherent".into())),
            _ => None,
        })
        .collect()
}

fn schema() -> Schema {
    veeam_em_codegen::reconcile::reconcile(&seed_model()).0
}

#[test]
fn seed_operations_snapshot() {
    let schema = schema();
    let keys: Vec<String> = schema
        .operations
        .iter()
        .map(|o| format!("{} {}", o.method, o.path))
        .collect();
    assert_eq!(
        keys,
        vec![
            "GET /backups/{ID}/restorePoints",
            "GET /restorePoints/{ID}",
            "GET /restorePoints/{ID}/vmRestorePoints",
            "GET /vmRestorePoints/{ID}",
        ]
    );
    let files = generate(&seed_model());
    let ops = parse_dir(&files, "operations");
    for op in &schema.operations {
        let source = unparse(vec![operation_item(&ops, &op.fn_name)]);
        insta::assert_snapshot!(format!("operation_{}", op.fn_name), source);
    }
}

#[test]
fn seed_types_snapshot() {
    let schema = schema();
    let files = generate(&seed_model());
    let types = parse_dir(&files, "types");
    let enums = parse_dir(&files, "enums");

    // types/ holds exactly the schema's structs, enums/ exactly its enums.
    let mut struct_names: Vec<String> = types
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Struct(s) => Some(s.ident.to_string()),
            _ => None,
        })
        .collect();
    let mut enum_names: Vec<String> = enums
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    struct_names.sort();
    enum_names.sort();
    assert_eq!(
        struct_names,
        schema.structs.keys().cloned().collect::<Vec<_>>()
    );
    assert_eq!(enum_names, schema.enums.keys().cloned().collect::<Vec<_>>());
    insta::assert_debug_snapshot!("seed_type_names", (&struct_names, &enum_names));

    for name in schema.structs.keys() {
        let items = type_items(&types, name);
        assert!(
            matches!(items.first(), Some(Item::Struct(_))),
            "struct {name} first"
        );
        assert_eq!(
            impl_kinds(&items),
            [
                "Serialize",
                "Deserialize",
                "ReadObject",
                "FromXml",
                "ToXml",
                "Members"
            ],
            "impls of {name}"
        );
        insta::assert_snapshot!(format!("type_{name}"), unparse(items));
    }
    for name in schema.enums.keys() {
        let items = type_items(&enums, name);
        assert!(
            matches!(items.first(), Some(Item::Enum(_))),
            "enum {name} first"
        );
        insta::assert_snapshot!(format!("enum_{name}"), unparse(items));
    }
}

#[test]
fn seed_code_parses_and_carries_the_header() {
    let files = generate(&seed_model());
    assert_eq!(
        files.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "builders.rs",
            "enums/mod.rs",
            "links.rs",
            "mod.rs",
            "operations/backups.rs",
            "operations/mod.rs",
            "query_types.rs",
            "types/backups.rs",
            "types/common.rs",
            "types/mod.rs",
        ]
    );
    assert_eq!(emit::HEADER, HEADER);
    for (name, text) in &files {
        assert_eq!(
            text.lines().next(),
            Some(HEADER),
            "{name} starts with the header"
        );
        parse(&files, name);
    }
}

/// Asserts two generations are byte-identical, naming the first file that differs.
fn assert_same(a: &Files, b: &Files, what: &str) {
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "{what}"
    );
    for (name, text) in a {
        assert!(text == &b[name], "{what}: {name} differs");
    }
}

#[test]
fn generating_twice_gives_the_same_bytes() {
    let once = generate(&seed_model());
    let model = seed_model();
    let twice = generate(&model);
    assert_same(&once, &twice, "two models of the same pages");
    assert_same(&twice, &generate(&model), "one model generated twice");
    // The order the pages come in does not matter either.
    let mut reversed = seed_inputs();
    reversed.reverse();
    assert_same(
        &once,
        &generate(&build_model(&reversed)),
        "the seeds in reverse order",
    );
}
