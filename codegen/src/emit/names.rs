//! Rust identifiers and doc text from wire names and doc prose.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if",
    "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static",
    "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn",
    "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized",
    "virtual", "yield", "try", "gen",
];
/// Keywords that cannot be raw identifiers.
const RESERVED: &[&str] = &["self", "Self", "super", "crate", "_"];

/// An identifier; keywords become raw (`r#type`), the few that cannot get a trailing `_`.
pub fn ident(name: &str) -> Ident {
    if RESERVED.contains(&name) {
        Ident::new(&format!("{name}_"), Span::call_site())
    } else if KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// Names the generated code must not shadow: the prelude's.
const PRELUDE: &[&str] = &[
    "Result",
    "Option",
    "String",
    "Vec",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "ToString",
    "From",
    "Into",
    "Eq",
    "PartialEq",
    "Ord",
    "PartialOrd",
    "Debug",
    "Hash",
    "ToOwned",
    "AsRef",
    "AsMut",
    "Extend",
    "IntoIterator",
];

/// A type or variant name from any text (`vCD` → `VCd`, `application/xml` → `ApplicationXml`).
pub fn type_ident(name: &str) -> Ident {
    let cleaned: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let mut camel = cleaned.to_upper_camel_case();
    if camel.is_empty() {
        camel = "Empty".to_string();
    }
    if camel.starts_with(|c: char| c.is_ascii_digit()) {
        camel = format!("V{camel}");
    }
    if PRELUDE.contains(&camel.as_str()) {
        camel.push_str("Type");
    }
    ident(&camel)
}

/// A snake_case value name (`ID2` → `id2`, `vmname` → `vmname`).
pub fn value_ident(name: &str) -> Ident {
    let mut s = name.to_snake_case();
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("p_{s}");
    }
    ident(&s)
}

/// The Rust names of a path's parameters, from the segment before each placeholder:
/// `/restorePoints/{ID}/vmRestorePoints/{ID2}` → `restore_point_id`, `vm_restore_point_id`.
/// A placeholder that is not an id (`{vmname}`, `{filepath}`) keeps its own name; a repeated
/// name gets `_2`, `_3`, … in path order, so the result is unique and deterministic.
pub fn path_param_names(path: &str, params: &[String]) -> Vec<String> {
    let segments: Vec<&str> = path.split('/').collect();
    let placeholders: Vec<usize> = segments
        .iter()
        .enumerate()
        .filter(|(_, s)| s.starts_with('{') && s.ends_with('}'))
        .map(|(i, _)| i)
        .collect();
    let mut out: Vec<String> = Vec::with_capacity(params.len());
    for (n, param) in params.iter().enumerate() {
        let is_id = param
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .eq_ignore_ascii_case("id");
        let before = placeholders
            .get(n)
            .and_then(|&i| i.checked_sub(1))
            .map(|i| segments[i])
            .filter(|s| !s.is_empty() && !s.starts_with('{'));
        let base = match (is_id, before) {
            (true, Some(seg)) => format!("{}_id", singular(&seg.to_snake_case())),
            _ => value_ident(param)
                .to_string()
                .trim_start_matches("r#")
                .to_string(),
        };
        let mut name = base.clone();
        let mut k = 2;
        while out.contains(&name) {
            name = format!("{base}_{k}");
            k += 1;
        }
        out.push(name);
    }
    out
}

/// The singular of a snake_case plural's last word (`cdp_policies` → `cdp_policy`,
/// `public_ip_addresses` → `public_ip_address`); a word that is not plural is kept.
pub fn singular(name: &str) -> String {
    if let Some(stem) = name.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = ["sses", "xes", "ches", "shes"]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix).map(|s| (s, suffix)))
        .map(|(stem, suffix)| format!("{stem}{}", &suffix[..suffix.len() - 2]))
    {
        stem
    } else if name.ends_with('s') && !name.ends_with("ss") && !name.ends_with("us") {
        name[..name.len() - 1].to_string()
    } else {
        name.to_string()
    }
}

/// Marks a doc line (see [`gated_line`]); a control character no page text keeps.
const GATE: char = '\u{1d}';

/// A doc line shown only when `feature` is on: a link to what another area compiles (a method
/// of the query service on a session's page) would not resolve without it. [`docs`] writes it
/// as `#[cfg_attr(feature = "…", doc = "…")]`.
pub fn gated_line(feature: &str, line: &str) -> String {
    gated_line_any(&[feature], line)
}

/// [`gated_line`] for a line shown when any of `features` is on (a heading over links to
/// several areas): `#[cfg_attr(any(feature = "a", feature = "b"), doc = "…")]`.
pub fn gated_line_any(features: &[&str], line: &str) -> String {
    format!("{GATE}{}{GATE}{line}", features.join(","))
}

/// `#[doc = " line"]` attributes, one per line, so they print as `/// line`; a line made by
/// [`gated_line`] as `#[cfg_attr(feature = "…", doc = " line")]`.
pub fn docs(text: &str) -> proc_macro2::TokenStream {
    let lines = text.lines().map(|l| {
        let gate = l.strip_prefix(GATE).and_then(|rest| rest.split_once(GATE));
        let (feature, l) = match gate {
            Some((feature, rest)) => (Some(feature), rest),
            None => (None, l),
        };
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        match feature.map(|f| f.split(',').collect::<Vec<_>>()) {
            Some(features) if features.len() == 1 => {
                let feature = features[0];
                quote::quote!(#[cfg_attr(feature = #feature, doc = #l)])
            }
            Some(features) => {
                quote::quote!(#[cfg_attr(any(#(feature = #features),*), doc = #l)])
            }
            None => quote::quote!(#[doc = #l]),
        }
    });
    quote::quote!(#(#lines)*)
}

/// Doc prose from a page, made safe ([`doc_text`]), with its bullet lists ("Possible values:
/// • a • b", which the pages' tables fold into one line) as Markdown lists, one item per line, a
/// value's own text after it (`` - `Backup` — VM backup job session. ``).
pub fn doc_prose(s: &str) -> String {
    let Some(at) = s.find('•') else {
        return doc_text(s);
    };
    let (before, rest) = s.split_at(at);
    let items: Vec<&str> = rest
        .split('•')
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    let mut out = doc_text(before.trim_end());
    if !out.is_empty() {
        out.push_str("\n\n");
    }
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        out.push_str("- ");
        match item.split_once(" — ").or_else(|| item.split_once(" - ")) {
            Some((value, text)) if !value.contains(' ') => {
                out.push_str(&format!("`{value}` — {}", doc_text(text)));
            }
            _ if !item.contains(' ') => out.push_str(&format!("`{item}`")),
            _ => out.push_str(&doc_text(item)),
        }
    }
    out
}

/// Doc prose made safe for rustdoc: no stray HTML (`<Enterprise-Manager>`), no accidental
/// intra-doc links (`[x]`), URLs as autolinks.
pub fn doc_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, word) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let trimmed = word.trim_end_matches(['.', ',', ';', ')']);
        if (trimmed.starts_with("http://") || trimmed.starts_with("https://"))
            && !trimmed.contains(['<', '>'])
        {
            out.push('<');
            out.push_str(trimmed);
            out.push('>');
            out.push_str(&word[trimmed.len()..]);
            continue;
        }
        for c in word.chars() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '[' => out.push_str("\\["),
                ']' => out.push_str("\\]"),
                '`' => out.push('\''),
                '\\' => out.push_str("\\\\"),
                '*' => out.push_str("\\*"),
                '_' => out.push_str("\\_"),
                _ => out.push(c),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gated_doc_line_is_shown_with_its_feature_only() {
        let text = format!(
            "Summary.\n\n{}\n- plain",
            gated_line("query", "- [`Self::get_query_x`]: a query")
        );
        let tokens = docs(&text).to_string();
        assert!(
            tokens.starts_with("# [doc = \" Summary.\"] # [doc = \"\"]"),
            "{tokens}"
        );
        assert!(
            tokens.contains(
                "# [cfg_attr (feature = \"query\" , doc = \" - [`Self::get_query_x`]: a query\")]"
            ),
            "{tokens}"
        );
        assert!(tokens.ends_with("# [doc = \" - plain\"]"), "{tokens}");
        assert!(!tokens.contains('\u{1d}'), "{tokens}");
    }

    #[test]
    fn identifiers() {
        assert_eq!(ident("type").to_string(), "r#type");
        assert_eq!(ident("self").to_string(), "self_");
        assert_eq!(type_ident("vCD").to_string(), "VCd");
        assert_eq!(type_ident("application/xml").to_string(), "ApplicationXml");
        assert_eq!(type_ident("7z").to_string(), "V7z");
        assert_eq!(value_ident("ID2").to_string(), "id2");
        assert_eq!(type_ident("Result").to_string(), "ResultType");
    }

    #[test]
    fn path_parameters_are_named_from_their_segment() {
        let p = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            path_param_names("/backups/{ID}/restorePoints", &p(&["ID"])),
            ["backup_id"]
        );
        assert_eq!(
            path_param_names(
                "/restorePoints/{ID}/vmRestorePoints/{ID2}",
                &p(&["ID", "ID2"])
            ),
            ["restore_point_id", "vm_restore_point_id"]
        );
        assert_eq!(
            path_param_names(
                "/cdpPolicies/{ID}/publicIpAddresses/{ID2}",
                &p(&["ID", "ID2"])
            ),
            ["cdp_policy_id", "public_ip_address_id"]
        );
        assert_eq!(
            path_param_names(
                "/vms/{vmname}/mounts/{ID}/{filepath}",
                &p(&["vmname", "ID", "filepath"])
            ),
            ["vmname", "mount_id", "filepath"]
        );
        assert_eq!(
            path_param_names("/jobs/{ID}/jobs/{ID2}", &p(&["ID", "ID2"])),
            ["job_id", "job_id_2"]
        );
        assert_eq!(path_param_names("/{ID}", &p(&["ID"])), ["id"]);
        assert_eq!(singular("credentials"), "credential");
        assert_eq!(singular("v_apps"), "v_app");
        assert_eq!(singular("status"), "status");
    }

    #[test]
    fn possible_values_are_a_list() {
        assert_eq!(
            doc_prose("Type of it. Possible values: • Backup — VM job_x. • Full • Two words"),
            "Type of it. Possible values:\n\n- `Backup` — VM job\\_x.\n- `Full`\n- Two words"
        );
        assert_eq!(doc_prose("No list: a_b"), "No list: a\\_b");
        assert_eq!(
            doc_prose("Possible values: a single sentence"),
            "Possible values: a single sentence"
        );
        assert_eq!(
            doc_prose("Status: • Online • Offline (later)"),
            "Status:\n\n- `Online`\n- Offline (later)"
        );
    }

    #[test]
    fn doc_text_is_safe() {
        assert_eq!(
            doc_text("GET https://<Enterprise-Manager>:9398/api [x] see https://a.b/c."),
            "GET https://&lt;Enterprise-Manager&gt;:9398/api \\[x\\] see <https://a.b/c>."
        );
    }
}
