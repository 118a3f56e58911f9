//! The streaming fast path of XML decoding: generated types read themselves straight from
//! quick-xml's events ([`FromXml::read_xml`]), with no tree built for what they name.
//!
//! It reads every attribute and child element the type names, and keeps the others among the
//! unknown members the way the tree path does (an unknown element is parsed into an
//! [`Element`](super::Element) alone, placed after the last child written back). It gives up
//! (`None`) where the tree path's rules take more than that: an element read once that comes
//! again, an element read as text that has attributes or elements, text in an element whose type
//! has none, unknown elements among members out of their documented order, a value that does
//! not read, malformed XML. The element is then read the tree way ([`parse`](super::parse) and
//! [`FromXml::from_xml`]). A nested element falls back alone (its parent goes on streaming); a
//! failure there, or at the root, sends the whole document down the tree path, so errors are
//! always the tree path's.
//!
//! Architecture invariant: when the fast path gives a value, it is the value the tree path
//! gives for the same bytes (the `xml_stream` tests and the `decode_xml` fuzz target compare
//! them).

use std::borrow::Cow;

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::Reader;

use super::{
    dropped_attribute, local_part, read_text, reference_char, xml_char, xml_chars, xml_name,
};
use super::{FromXml, XmlText, MAX_DEPTH};
use crate::list::List;
use crate::unknown::{UnknownElement, UnknownMembers};

/// A child element a generated type reads: its name and whether it may repeat (a list member
/// read at every occurrence) or is read once (a second occurrence is the tree path's to keep).
#[derive(Clone, Copy, Debug)]
pub struct Tag {
    name: &'static str,
    many: bool,
}

impl Tag {
    /// An element read once.
    pub const fn once(name: &'static str) -> Self {
        Tag { name, many: false }
    }

    /// An element read at every occurrence.
    pub const fn many(name: &'static str) -> Self {
        Tag { name, many: true }
    }
}

/// The document being read: the bytes and a reader somewhere in them.
pub(crate) struct Stream<'a> {
    bytes: &'a [u8],
    reader: Reader<&'a [u8]>,
    /// Where `reader`'s input starts in `bytes` (it restarts after a fallback).
    base: usize,
    /// Start tags open around the reader's position, as the tree parser counts them.
    depth: usize,
}

fn reader_at(bytes: &[u8]) -> Reader<&[u8]> {
    let mut reader = Reader::from_reader(bytes);
    let config = reader.config_mut();
    config.trim_text(false);
    // A reader restarted after a fallback has not seen the start tags open around it: end tags
    // are matched by the readings instead.
    config.check_end_names = false;
    config.allow_unmatched_ends = true;
    reader
}

impl<'a> Stream<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Stream {
            bytes,
            reader: reader_at(bytes),
            base: 0,
            depth: 0,
        }
    }

    fn position(&self) -> usize {
        self.base + self.reader.buffer_position() as usize
    }

    fn next(&mut self) -> Option<Event<'a>> {
        self.reader.read_event().ok()
    }

    /// The element starting at `at`, with `depth` start tags open around it, read the tree way;
    /// the reader goes on after it.
    fn tree(&mut self, at: usize, depth: usize) -> Option<super::Element> {
        let (element, end) = super::parse_element(self.bytes, at, depth).ok()?;
        self.jump(end, depth)?;
        Some(element)
    }

    /// Restarts the reader at `at`, with `depth` start tags open around it. Gives up where the
    /// text there starts with U+FEFF: a new quick-xml reader would drop it as a byte order mark.
    /// (Found by the `decode_xml` fuzz target: a U+FEFF after a fallen-back element was lost.)
    fn jump(&mut self, at: usize, depth: usize) -> Option<()> {
        let rest = &self.bytes[at..];
        if rest.starts_with(b"\xEF\xBB\xBF") {
            return None;
        }
        self.reader = reader_at(rest);
        self.base = at;
        self.depth = depth;
        Some(())
    }
}

/// One element being read by a generated type's [`FromXml::read_xml`]: its start tag, then its
/// children one by one through [`next_child`](Reading::next_child), each taken by one of
/// [`text`](Reading::text), [`elem`](Reading::elem), [`wrapped`](Reading::wrapped) or
/// [`wrapped_text`](Reading::wrapped_text). Every method gives `None` where the tree path must
/// take over.
pub struct Reading<'s, 'a> {
    stream: &'s mut Stream<'a>,
    start: BytesStart<'a>,
    /// `<Name/>`: no content, no end tag.
    empty: bool,
    /// The child [`next_child`](Reading::next_child) named, not taken yet: its start tag, whether
    /// it is empty, and where it starts.
    child: Option<(BytesStart<'a>, bool, usize)>,
    /// Which once-read children were seen (the first 128; later ones are never plain).
    seen: u128,
    /// Where the last child matched in the tag list: the next one is usually the one after.
    hint: usize,
    /// The element's own text, when its type reads it.
    text: Option<String>,
    /// The name and index of the member taken last.
    tag: (&'static str, usize),
    /// The member of the last child written back on encode (its index + 1; 0 before any) and
    /// its name: an unknown element that follows belongs to it, as in `unknown::kept_elements`.
    group: (usize, &'static str),
    /// The last unknown element kept: its group and its index among the kept ones.
    last_unknown: Option<(usize, usize)>,
    /// The index of the member read last, and whether members came in their documented order.
    last_index: usize,
    ordered: bool,
    /// What the type does not name: attributes and child elements.
    unknown: UnknownMembers,
}

/// Whether a start tag has attributes the tree path keeps (so an element read as text is not
/// plain); `None` for a malformed one.
fn has_attributes(start: &BytesStart<'_>) -> Option<bool> {
    let mut any = false;
    for a in start.attributes() {
        let a = a.ok()?;
        any |= !dropped_attribute(a.key);
    }
    Some(any)
}

/// The character a reference stands for, as the tree path resolves it; `None` where it fails.
fn reference(r: &BytesRef<'_>) -> Option<char> {
    reference_char(r, &r.decode().ok()?).filter(|c| xml_char(*c))
}

/// Text as the tree path collects it: pieces appended, borrowed while there is one.
fn append<'t>(text: &mut Option<Cow<'t, str>>, piece: Cow<'t, str>) {
    match text {
        None => *text = Some(piece),
        Some(t) => t.to_mut().push_str(&piece),
    }
}

impl<'s, 'a> Reading<'s, 'a> {
    fn new(stream: &'s mut Stream<'a>, start: BytesStart<'a>, empty: bool) -> Self {
        Reading {
            stream,
            start,
            empty,
            child: None,
            seen: 0,
            hint: 0,
            text: None,
            tag: ("", 0),
            group: (0, ""),
            last_unknown: None,
            last_index: 0,
            ordered: true,
            unknown: UnknownMembers::default(),
        }
    }

    /// The element's attributes `names` (local names), each unescaped, or `None` when absent;
    /// any other attribute (but those the tree path drops) is kept among the unknown members.
    /// Gives up on a repeated one, or one that is malformed or holds a character XML does not
    /// allow.
    pub fn attrs<const N: usize>(
        &mut self,
        names: &[&str; N],
    ) -> Option<[Option<Cow<'_, str>>; N]> {
        let mut out: [Option<Cow<'_, str>>; N] = std::array::from_fn(|_| None);
        // Without quick-xml's duplicate check, which allocates for every start tag: a repeated
        // name the type reads gives up below; a start tag with any other attribute (`xmlns` on
        // a root, one no page names: rare) is checked again with it, once.
        let mut checked = false;
        for a in self.start.attributes().with_checks(false) {
            let a = a.ok()?;
            let raw = a.key.as_ref();
            // The common case: the name is one of the type's, unprefixed (and so a valid name).
            let (slot, name) = match names.iter().position(|n| n.as_bytes() == raw) {
                Some(i) => (Some(i), ""),
                None => {
                    if !checked {
                        self.start.attributes().try_for_each(|a| a.map(drop)).ok()?;
                        checked = true;
                    }
                    if dropped_attribute(a.key) {
                        continue;
                    }
                    let name = local_part(xml_name(raw, "").ok()?);
                    (names.iter().position(|n| *n == name), name)
                }
            };
            let value = a
                .decode_and_unescape_value(self.stream.reader.decoder())
                .ok()?;
            xml_chars(&value, "").ok()?;
            match slot {
                Some(i) if out[i].is_some() => return None,
                Some(i) => out[i] = Some(value),
                None => {
                    // As the tree refuses it (`element_from`): one local name twice.
                    if self.unknown.xml_attributes.iter().any(|(n, _)| n == name) {
                        return None;
                    }
                    let kept = (name.to_owned(), value.into_owned());
                    self.unknown.xml_attributes.push(kept);
                }
            }
        }
        Some(out)
    }

    /// Keeps the element's own text (for a type that reads it, see [`own_text`](Self::own_text)).
    pub fn keep_text(&mut self) {
        self.text = Some(String::new());
    }

    /// The element's own text, read after its children: `None` when there is none.
    pub fn own_text(&mut self) -> Option<String> {
        self.text.take().filter(|t| !t.is_empty())
    }

    /// The index in `tags` of the next child element, `Some(None)` after the end tag. Text
    /// between children is kept (see [`keep_text`](Self::keep_text)) or must be white space.
    /// A child `tags` does not name is kept among the unknown members, read the tree way. Gives
    /// up on a second occurrence of one read once, or malformed XML.
    pub fn next_child(&mut self, tags: &[Tag]) -> Option<Option<usize>> {
        if self.child.is_some() {
            return None;
        }
        if self.empty {
            return Some(None);
        }
        loop {
            let at = self.stream.position();
            match self.stream.next()? {
                Event::Start(s) => {
                    if let Some(i) = self.named(tags, s, false, at)? {
                        return Some(Some(i));
                    }
                }
                Event::Empty(s) => {
                    if let Some(i) = self.named(tags, s, true, at)? {
                        return Some(Some(i));
                    }
                }
                Event::End(e) => {
                    if e.name() != self.start.name() {
                        return None;
                    }
                    self.stream.depth -= 1;
                    self.empty = true;
                    return Some(None);
                }
                Event::Text(t) => {
                    let t = t.xml10_content().ok()?;
                    self.text_piece(&t)?;
                }
                Event::CData(t) => {
                    let t = t.xml10_content().ok()?;
                    self.text_piece(&t)?;
                }
                Event::GeneralRef(r) => {
                    let c = reference(&r)?;
                    self.text_piece(c.encode_utf8(&mut [0; 4]))?;
                }
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
                Event::Eof => return None,
            }
        }
    }

    fn text_piece(&mut self, piece: &str) -> Option<()> {
        xml_chars(piece, "").ok()?;
        match &mut self.text {
            Some(text) => text.push_str(piece),
            None if piece.trim().is_empty() => {}
            None => return None,
        }
        Some(())
    }

    /// The index of the child starting at `at`, `Some(None)` for one kept as unknown.
    fn named(
        &mut self,
        tags: &[Tag],
        start: BytesStart<'a>,
        empty: bool,
        at: usize,
    ) -> Option<Option<usize>> {
        if !empty && self.stream.depth >= MAX_DEPTH {
            return None;
        }
        let n = tags.len();
        let mut rotated = (0..n).map(|k| (self.hint + k) % n);
        // The common case: the name is one of the type's, unprefixed (and so a valid name).
        let raw = start.name().into_inner();
        let i = match rotated.find(|&i| tags[i].name.as_bytes() == raw) {
            Some(i) => i,
            None => {
                let name = local_part(xml_name(raw, "").ok()?);
                match tags.iter().position(|t| t.name == name) {
                    Some(i) => i,
                    None => {
                        self.keep(at)?;
                        return Some(None);
                    }
                }
            }
        };
        if i < self.last_index {
            self.ordered = false;
        }
        self.last_index = i;
        self.tag = (tags[i].name, i);
        if !tags[i].many {
            let bit = 1u128.checked_shl(i as u32)?;
            if self.seen & bit != 0 {
                return None;
            }
            self.seen |= bit;
        }
        self.hint = i;
        self.child = Some((start, empty, at));
        Some(Some(i))
    }

    /// Keeps the child element starting at `at` among the unknown members, read the tree way,
    /// after the last child written back.
    fn keep(&mut self, at: usize) -> Option<()> {
        let element = self.stream.tree(at, self.stream.depth)?;
        // After the last one kept for the same member, else after the member's element.
        let kept = &self.unknown.xml_elements;
        let after = match (self.last_unknown, self.group) {
            (Some((group, i)), _) if group == self.group.0 => Some(kept[i].element.name.clone()),
            (_, (0, _)) => None,
            (_, (_, name)) => Some(name.to_owned()),
        };
        self.last_unknown = Some((self.group.0, kept.len()));
        self.unknown
            .xml_elements
            .push(UnknownElement { after, element });
        Some(())
    }

    /// What the element holds that its type does not name; gives up where the tree path would
    /// place the unknown elements otherwise (members out of their documented order).
    pub fn unknown(&mut self) -> Option<UnknownMembers> {
        if !self.ordered && !self.unknown.xml_elements.is_empty() {
            return None;
        }
        Some(std::mem::take(&mut self.unknown))
    }

    /// The member taken last is written back on encode: what follows belongs to it.
    fn written(&mut self) {
        self.group = (self.tag.1 + 1, self.tag.0);
    }

    /// Takes the child [`next_child`](Self::next_child) named, opening it.
    fn take(&mut self) -> Option<(BytesStart<'a>, bool, usize)> {
        let (start, empty, at) = self.child.take()?;
        if !empty {
            self.stream.depth += 1;
        }
        Some((start, empty, at))
    }

    /// The child's text as a `T`: `Some(None)` for blank text that is not a `T`. Gives up on a
    /// child with attributes or elements, or text that does not read as a `T`.
    pub fn text<T: XmlText>(&mut self) -> Option<Option<T>> {
        let (start, empty, _) = self.take()?;
        if has_attributes(&start)? {
            return None;
        }
        let mut text: Option<Cow<'a, str>> = None;
        if !empty {
            loop {
                match self.stream.next()? {
                    Event::Text(t) => append(&mut text, t.xml10_content().ok()?),
                    Event::CData(t) => append(&mut text, t.xml10_content().ok()?),
                    Event::GeneralRef(r) => {
                        append(&mut text, Cow::Owned(reference(&r)?.to_string()))
                    }
                    Event::End(e) if e.name() == start.name() => break,
                    Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
                    _ => return None,
                }
            }
            self.stream.depth -= 1;
        }
        let text = text.unwrap_or_default();
        xml_chars(&text, "").ok()?;
        let value = read_text(&text).ok()?;
        // One that reads as absent is not written back: it anchors nothing.
        if value.is_some() {
            self.written();
        }
        Some(value)
    }

    /// The child read as a `T`: streamed by `T::read_xml`, or, where that gives up, parsed and
    /// read the tree way.
    pub fn elem<T: FromXml>(&mut self) -> Option<T> {
        self.written();
        let depth = self.stream.depth;
        let (start, empty, at) = self.take()?;
        let mut child = Reading::new(self.stream, start, empty);
        if let Some(value) = T::read_xml(&mut child) {
            if child.empty && child.child.is_none() {
                return Some(value);
            }
        }
        T::from_xml(&self.stream.tree(at, depth)?).ok()
    }

    /// The child as a list wrapper holding only `item` elements, each read as a `T`.
    pub fn wrapped<T: FromXml>(&mut self, item: &'static str) -> Option<List<T>> {
        let mut items = Vec::new();
        let unknown = self.wrapper(item, |w| {
            items.push(w.elem()?);
            Some(())
        })?;
        Some(List::from(items).with_wrapper_unknown(unknown))
    }

    /// The child as a list wrapper holding only `item` elements, each read as the text of a `T`
    /// (blank ones that are not a `T` skipped).
    pub fn wrapped_text<T: XmlText>(&mut self, item: &'static str) -> Option<List<T>> {
        let mut items = Vec::new();
        let unknown = self.wrapper(item, |w| {
            if let Some(v) = w.text()? {
                items.push(v);
            }
            Some(())
        })?;
        Some(List::from(items).with_wrapper_unknown(unknown))
    }

    /// Reads the child as a list wrapper, `each` item in turn; returns what else it holds (by
    /// the rules of [`UnknownMembers`], the items one repeated member).
    fn wrapper(
        &mut self,
        item: &'static str,
        mut each: impl FnMut(&mut Reading<'_, 'a>) -> Option<()>,
    ) -> Option<UnknownMembers> {
        self.written();
        let (start, empty, _) = self.take()?;
        let mut w = Reading::new(self.stream, start, empty);
        w.attrs(&[])?;
        let tags = [Tag::many(item)];
        while w.next_child(&tags)?.is_some() {
            each(&mut w)?;
        }
        w.unknown()
    }
}

/// An attribute's value (from [`Reading::attrs`]) as a `T`: `Some(None)` when absent, or blank
/// and not a `T`; `None` (give up) when it does not read.
pub fn attr_value<T: XmlText>(value: &Option<Cow<'_, str>>) -> Option<Option<T>> {
    match value {
        None => Some(None),
        Some(v) => read_text(v).ok(),
    }
}

/// White space the tree path lets through outside the root.
fn blank(text: &str) -> bool {
    text.trim().is_empty() && xml_chars(text, "").is_ok()
}

/// Reads a whole document as `T` the streaming way; `None` where the tree path must.
pub(crate) fn document<T: FromXml>(bytes: &[u8]) -> Option<T> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut stream = Stream::new(bytes);
    let (start, empty) = loop {
        match stream.next()? {
            Event::Start(s) => break (s, false),
            Event::Empty(s) => break (s, true),
            Event::Text(t) if blank(&t.xml10_content().ok()?) => {}
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            _ => return None,
        }
    };
    xml_name(start.name().into_inner(), "").ok()?;
    if !empty {
        stream.depth = 1;
    }
    let mut root = Reading::new(&mut stream, start, empty);
    let value = T::read_xml(&mut root)?;
    if !root.empty || root.child.is_some() {
        return None;
    }
    loop {
        match stream.next()? {
            Event::Eof => return Some(value),
            Event::Text(t) if blank(&t.xml10_content().ok()?) => {}
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            _ => return None,
        }
    }
}
