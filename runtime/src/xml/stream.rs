//! The streaming fast path of XML decoding: generated types read themselves straight from
//! quick-xml's events ([`FromXml::read_xml`]), with no tree built in between.
//!
//! It reads only what the tree path reads the same way without keeping anything: every
//! attribute and child element named by the type, each element read once at most once, text
//! that reads as its type, nothing but white space where the type has no text, a well-formed
//! document. On anything else — an unknown member, a repeated element, an element read as text
//! with attributes or children, a value that does not read, malformed XML — a type's
//! `read_xml` gives up (`None`), and the element is read the tree way ([`parse`](super::parse)
//! and [`FromXml::from_xml`]), which keeps the unknown members in their place and reports
//! errors with their path. A nested element falls back alone (its parent goes on streaming); a
//! failure there, or at the root, sends the whole document down the tree path, so errors are
//! always the tree path's.
//!
//! Architecture invariant: when the fast path gives a value, it is the value the tree path
//! gives for the same bytes (the `xml_stream` tests and the `decode_xml` fuzz target compare
//! them).

use std::borrow::Cow;

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::Reader;

use super::{local_part, read_text, resolve_entity, xml_char, xml_chars, xml_name};
use super::{FromXml, XmlText, MAX_DEPTH};
use crate::list::List;

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
}

/// Whether an attribute is one the tree path drops: `xmlns`, `xmlns:*`, `xsi:*`, `*:xmlns`.
fn dropped(key: quick_xml::name::QName<'_>) -> bool {
    key.as_ref() == b"xmlns"
        || key
            .prefix()
            .is_some_and(|p| matches!(p.as_ref(), b"xmlns" | b"xsi"))
        || key.local_name().as_ref() == b"xmlns"
}

/// Whether a start tag has attributes the tree path keeps (so an element read as text is not
/// plain); `None` for a malformed one.
fn has_attributes(start: &BytesStart<'_>) -> Option<bool> {
    let mut any = false;
    for a in start.attributes() {
        let a = a.ok()?;
        any |= !dropped(a.key);
    }
    Some(any)
}

/// The character a reference stands for, as the tree path resolves it; `None` where it fails.
fn reference(r: &BytesRef<'_>) -> Option<char> {
    let c = if r.is_char_ref() {
        r.resolve_char_ref().ok().flatten()
    } else {
        resolve_entity(&r.decode().ok()?)
    };
    c.filter(|c| xml_char(*c))
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
        }
    }

    /// The element's attributes `names` (local names), each unescaped, or `None` when absent.
    /// Gives up on any other attribute (but those the tree path drops), a repeated one, or one
    /// that is malformed or holds a character XML does not allow.
    pub fn attrs<const N: usize>(&self, names: &[&str; N]) -> Option<[Option<Cow<'_, str>>; N]> {
        let mut out: [Option<Cow<'_, str>>; N] = std::array::from_fn(|_| None);
        // Without quick-xml's duplicate check, which allocates for every start tag: a repeated
        // name the type reads gives up below; a start tag with an attribute the tree path drops
        // (`xmlns`, rare: root elements) is checked again with it.
        let mut checked = false;
        for a in self.start.attributes().with_checks(false) {
            let a = a.ok()?;
            let raw = a.key.as_ref();
            // The common case: the name is one of the type's, unprefixed (and so a valid name).
            let i = match names.iter().position(|n| n.as_bytes() == raw) {
                Some(i) => i,
                None if dropped(a.key) => {
                    if !checked {
                        self.start.attributes().try_for_each(|a| a.map(drop)).ok()?;
                        checked = true;
                    }
                    continue;
                }
                None => {
                    let name = local_part(xml_name(raw, "").ok()?);
                    names.iter().position(|n| *n == name)?
                }
            };
            if out[i].is_some() {
                return None;
            }
            let value = a
                .decode_and_unescape_value(self.stream.reader.decoder())
                .ok()?;
            xml_chars(&value, "").ok()?;
            out[i] = Some(value);
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
    /// Gives up on a child `tags` does not name, a second occurrence of one read once, or
    /// malformed XML.
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
                Event::Start(s) => return self.named(tags, s, false, at),
                Event::Empty(s) => return self.named(tags, s, true, at),
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
                tags.iter().position(|t| t.name == name)?
            }
        };
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
        read_text(&text).ok()
    }

    /// The child read as a `T`: streamed by `T::read_xml`, or, where that gives up, parsed and
    /// read the tree way.
    pub fn elem<T: FromXml>(&mut self) -> Option<T> {
        let depth = self.stream.depth;
        let (start, empty, at) = self.take()?;
        let mut child = Reading::new(self.stream, start, empty);
        if let Some(value) = T::read_xml(&mut child) {
            if child.empty && child.child.is_none() {
                return Some(value);
            }
        }
        let (el, end) = super::parse_element(self.stream.bytes, at, depth).ok()?;
        let value = T::from_xml(&el).ok()?;
        self.stream.jump(end, depth)?;
        Some(value)
    }

    /// The child as a list wrapper holding only `item` elements, each read as a `T`.
    pub fn wrapped<T: FromXml>(&mut self, item: &'static str) -> Option<List<T>> {
        let mut items = Vec::new();
        self.wrapper(item, |w| {
            items.push(w.elem()?);
            Some(())
        })?;
        Some(List::from(items))
    }

    /// The child as a list wrapper holding only `item` elements, each read as the text of a `T`
    /// (blank ones that are not a `T` skipped).
    pub fn wrapped_text<T: XmlText>(&mut self, item: &'static str) -> Option<List<T>> {
        let mut items = Vec::new();
        self.wrapper(item, |w| {
            if let Some(v) = w.text()? {
                items.push(v);
            }
            Some(())
        })?;
        Some(List::from(items))
    }

    fn wrapper(
        &mut self,
        item: &'static str,
        mut each: impl FnMut(&mut Reading<'_, 'a>) -> Option<()>,
    ) -> Option<()> {
        let (start, empty, _) = self.take()?;
        if has_attributes(&start)? {
            return None;
        }
        let mut w = Reading::new(self.stream, start, empty);
        let tags = [Tag::many(item)];
        while w.next_child(&tags)?.is_some() {
            each(&mut w)?;
        }
        Some(())
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
