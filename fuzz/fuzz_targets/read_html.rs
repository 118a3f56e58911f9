//! The html reader on arbitrary bytes (whatever `detect` would choose), then the extractor.
#![no_main]

use libfuzzer_sys::fuzz_target;
use veeam_em_codegen::doc::Rendering;

fuzz_target!(|data: &[u8]| veeam_em_fuzz::read_as(data, Rendering::Html));
