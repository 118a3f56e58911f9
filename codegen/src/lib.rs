//! veeam-em-codegen: reads the Veeam Backup Enterprise Manager REST API help-center pages into one
//! model of the API. See ARCHITECTURE.md at the repository root for the pipeline.

pub mod diag;
pub mod doc;
pub mod normalize;
pub mod read;
