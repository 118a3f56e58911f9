//! A flattened table cell (`Possible values:   * a * b   More prose`, `• a • b`, `- a` per line)
//! split into prose and list items, and the enum values read from those items.
#![no_main]

use libfuzzer_sys::fuzz_target;
use veeam_em_codegen::doc::CellPart;
use veeam_em_codegen::extract::tables::enum_values;
use veeam_em_codegen::read::split_flat_cell;

fuzz_target!(|text: &str| {
    let cell = split_flat_cell(text);
    // Parts are trimmed and never empty: later stages compare them across renderings.
    for part in &cell.parts {
        let (CellPart::Text(s) | CellPart::Item(s)) = part;
        assert!(!s.is_empty(), "empty part in {:?}", cell.parts);
        assert_eq!(s.trim(), s, "untrimmed part in {:?}", cell.parts);
    }
    // An enum value is the first token of an item: a non-empty substring of the input.
    for v in enum_values(&cell) {
        assert!(
            !v.is_empty() && text.contains(&v),
            "value {v:?} not in {text:?}"
        );
    }
    let _ = (cell.flat(), cell.prose(), cell.raw());
});
