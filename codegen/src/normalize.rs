//! Normalisation applied on the way in, the same for every rendering.

/// Replaces non-breaking and zero-width spaces, drops a BOM, and normalises line ends.
/// Markdown escapes are left for [`unescape_underscores`].
pub fn clean_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{a0}' | '\u{2007}' | '\u{202f}' => out.push(' '),
            '\u{200b}' | '\u{feff}' | '\u{200c}' | '\u{200d}' => {}
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Undoes the `\_` escape the Markdown renderings leave behind. Not applied to Markdown before
/// it is parsed: there `_2_11_2020 6_15_44 PM_` without its escapes would read as emphasis and
/// lose its underscores; the Markdown parser undoes the escapes itself, and the reader applies
/// this only to what the parser passes through raw (inline HTML such as the samples, code).
pub fn unescape_underscores(s: &str) -> String {
    s.replace("\\_", "_")
}

/// A type name as the tables give it, with the stray spaces and markup some pages carry removed
/// (`CreateCloudTenant ResourceSpecType` → `CreateCloudTenantResourceSpecType`).
/// Returns the name and whether anything was removed.
pub fn type_name(raw: &str) -> (String, bool) {
    let trimmed = raw.trim();
    let name: String = trimmed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '*' && *c != '`')
        .collect();
    let changed = name != trimmed;
    (name, changed)
}

/// Maps byte offsets to 1-based line numbers.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    pub fn line(&self, offset: usize) -> u32 {
        let idx = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        u32::try_from(idx + 1).unwrap_or(u32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_nbsp_and_escapes() {
        assert_eq!(clean_text("a\u{a0}b v1\\_7\r\n"), "a b v1\\_7\n");
        assert_eq!(unescape_underscores("v1\\_7 \\\\"), "v1_7 \\\\");
    }

    #[test]
    fn type_names_lose_stray_spaces() {
        assert_eq!(
            type_name("CreateCloudTenant ResourceSpecType"),
            ("CreateCloudTenantResourceSpecType".to_string(), true)
        );
        assert_eq!(type_name("UidType"), ("UidType".to_string(), false));
    }

    #[test]
    fn line_index() {
        let idx = LineIndex::new("a\nbc\n\nd");
        assert_eq!(idx.line(0), 1);
        assert_eq!(idx.line(2), 2);
        assert_eq!(idx.line(5), 3);
        assert_eq!(idx.line(6), 4);
    }
}
