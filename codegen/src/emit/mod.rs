//! Model → Rust source of the generated crate (`generated/src/gen/`): quote → syn::File →
//! prettyplease. Output is deterministic: the same model gives the same bytes.

use std::collections::BTreeMap;

use crate::model::Model;

/// The first line of every generated file.
pub const HEADER: &str = "// @generated — do not edit; run `cargo xtask codegen`";

/// Generated files, by path relative to `generated/src/gen/`.
pub type Files = BTreeMap<String, String>;

#[derive(Debug, thiserror::Error)]
pub enum EmitError {
    /// The tokens the emitter built do not parse as Rust: a bug in the emitter.
    #[error("generated {file} is not valid Rust: {message}")]
    InvalidRust { file: String, message: String },
}

/// The whole generated module tree for `model`.
pub fn generate(model: &Model) -> Result<Files, EmitError> {
    let mut files = Files::new();
    let body = format!(
        "{HEADER}\n//! Generated from {} pages: {} operations.\n",
        model.pages.len(),
        model.operations.len()
    );
    files.insert("mod.rs".to_string(), body);
    Ok(files)
}
