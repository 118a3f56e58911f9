// @generated — do not edit; run `cargo xtask codegen`
//!Generated from 653 help-center pages: 349 operations, 328 types, 61 enums.
pub mod builders;
pub mod enums;
pub mod operations;
pub mod query_types;
#[doc(hidden)]
pub mod samples;
#[doc(hidden)]
pub(crate) mod serde_helpers;
pub mod types;
