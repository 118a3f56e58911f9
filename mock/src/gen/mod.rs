// @generated — do not edit; run `cargo xtask codegen`
//! What `cargo xtask codegen` writes for the mock from the schema.

pub mod calls;

pub mod operations;

pub(crate) mod requests;
