use crate::doc::Block; pub fn read(_body: &str, _first_line: u32) -> Vec<Block> { Vec::new() }
