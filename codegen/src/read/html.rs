use crate::doc::Block; pub fn read(_body: &str, _first_line: u32) -> Vec<Block> { Vec::new() }
pub fn front_matter(_body: &str, _front: &mut crate::doc::FrontMatter) {}
