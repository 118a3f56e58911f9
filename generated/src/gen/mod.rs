// @generated — do not edit; run `cargo xtask codegen`
//!Generated from 653 help-center pages: 349 operations, 328 types, 61 enums.
pub mod enums;
pub mod operations;
pub mod query_types;
pub mod samples;
pub(crate) mod serde_helpers;
pub mod types;
