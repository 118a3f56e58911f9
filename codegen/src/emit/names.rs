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

/// `#[doc = " line"]` attributes, one per line, so they print as `/// line`.
pub fn docs(text: &str) -> proc_macro2::TokenStream {
    let lines = text.lines().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote::quote!(#[doc = #l])
    });
    quote::quote!(#(#lines)*)
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
    fn doc_text_is_safe() {
        assert_eq!(
            doc_text("GET https://<Enterprise-Manager>:9398/api [x] see https://a.b/c."),
            "GET https://&lt;Enterprise-Manager&gt;:9398/api \\[x\\] see <https://a.b/c>."
        );
    }
}
