//! The whole pipeline (read → extract → versions → merge) on one page.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| veeam_em_fuzz::model_of(data));
