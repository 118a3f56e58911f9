//! JSON: the generated types' `Deserialize` is table-driven: each struct lists its members'
//! wire names ([`Field`]) and reads them through an [`Object`], which finds a key's field
//! (camelCase aliases included), keeps every key no field names in the struct's
//! [`UnknownMembers`], refuses duplicates and names the member in errors.
//! Scalars are read leniently ([`Object::lenient`]) straight from the parser's events, never
//! through a `serde_json::Value`. `Serialize` writes member by member through an
//! [`ObjectWriter`]. This module also has the whole-body functions.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::{
    DeserializeOwned, DeserializeSeed, Error as _, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use super::error::{DecodeError, Error};
use super::list::{JsonShape, List};
use super::unknown::UnknownMembers;

/// One member of a generated struct as JSON names it: the wire name and the other spellings
/// accepted on decode (Enterprise Manager 13's camelCase, the XML element name of a list item).
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The name written on encode (`"JobUid"`).
    pub name: &'static str,
    /// Other names accepted on decode (`"jobUid"`); none of them is another field's name.
    pub aliases: &'static [&'static str],
}

impl Field {
    /// A field named `name`, also read as any of `aliases`.
    pub const fn new(name: &'static str, aliases: &'static [&'static str]) -> Self {
        Field { name, aliases }
    }
}

/// The most members one struct may have: an [`Object`] tracks the members it has seen in a
/// fixed bit set (the generator refuses a larger struct).
pub const MAX_FIELDS: usize = 256;

/// Reads `d` as an object with the members `fields`, through `read`: the generated
/// `Deserialize` of every struct is this call with its field table and a `read` that matches
/// field indexes to the field's reader.
pub fn object<'de, D, T>(
    d: D,
    expecting: &'static str,
    fields: &'static [Field],
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: ReadObject,
{
    d.deserialize_map(ObjectVisitor::<T> {
        expecting,
        fields,
        marker: PhantomData,
    })
}

/// A struct read member by member from an [`Object`] (generated types implement it).
pub trait ReadObject: Sized {
    /// Reads the struct's members from `object` until it has no more, then builds the value.
    fn read_object<'de, A: MapAccess<'de>>(object: Object<'de, A>) -> Result<Self, A::Error>;
}

struct ObjectVisitor<T> {
    expecting: &'static str,
    fields: &'static [Field],
    marker: PhantomData<T>,
}

impl<'de, T: ReadObject> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} object", self.expecting)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read_object(Object {
            map,
            fields: self.fields,
            seen: [0; MAX_FIELDS / 64],
            current: 0,
            unknown: Map::new(),
            marker: PhantomData,
        })
    }
}

/// The members of one JSON object as a generated struct reads them: [`next_field`](Self::next_field) gives
/// the index (in the struct's [`Field`] table) of the next member a field names, after keeping
/// any member no field names; the reader methods then read that member's value, and errors
/// name it (`Links: item 2: Rel: …`).
pub struct Object<'de, A> {
    map: A,
    fields: &'static [Field],
    seen: [u64; MAX_FIELDS / 64],
    current: usize,
    unknown: Map<String, Value>,
    marker: PhantomData<&'de ()>,
}

/// A key: a field's index, or a name no field has.
enum Key {
    Field(usize),
    Unknown(String),
}

struct KeySeed(&'static [Field]);

impl KeySeed {
    fn find(&self, key: &str) -> Option<usize> {
        // Wire names first: an alias never shadows another field's name.
        self.0
            .iter()
            .position(|f| f.name == key)
            .or_else(|| self.0.iter().position(|f| f.aliases.contains(&key)))
    }
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Key, E> {
        Ok(match self.find(v) {
            Some(i) => Key::Field(i),
            None => Key::Unknown(v.to_owned()),
        })
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Key, E> {
        Ok(match self.find(&v) {
            Some(i) => Key::Field(i),
            None => Key::Unknown(v),
        })
    }
}

impl<'de, A: MapAccess<'de>> Object<'de, A> {
    /// The index of the next member a field names; `None` at the end of the object. Members no
    /// field names are kept for [`finish`](Self::finish) on the way; a member given twice (under
    /// its name or an alias) is an error.
    pub fn next_field(&mut self) -> Result<Option<usize>, A::Error> {
        loop {
            match self.map.next_key_seed(KeySeed(self.fields))? {
                None => return Ok(None),
                Some(Key::Field(i)) => {
                    let (word, bit) = (i / 64, 1u64 << (i % 64));
                    if self.seen[word] & bit != 0 {
                        return Err(A::Error::custom(format_args!(
                            "duplicate field `{}`",
                            self.fields[i].name
                        )));
                    }
                    self.seen[word] |= bit;
                    self.current = i;
                    return Ok(Some(i));
                }
                Some(Key::Unknown(key)) => {
                    let value: Value = self.map.next_value()?;
                    self.unknown.insert(key, value);
                }
            }
        }
    }

    fn at(&self, e: A::Error) -> A::Error {
        // serde_json takes the position back off the end of the message, so it is not doubled.
        A::Error::custom(format_args!("{}: {e}", self.fields[self.current].name))
    }

    /// The member's value as `T` (`Option<T>` reads `null` as `None`).
    pub fn value<T: Deserialize<'de>>(&mut self) -> Result<T, A::Error> {
        self.map.next_value().map_err(|e| self.at(e))
    }

    /// The member's value as a `T`, from any JSON scalar ([`Lenient`]); `null` is `None`.
    pub fn lenient<T: DeserializeOwned + FromStr>(&mut self) -> Result<Option<T>, A::Error> {
        self.map
            .next_value_seed(Lenient(PhantomData))
            .map_err(|e| self.at(e))
    }

    /// [`lenient`](Self::lenient) for a required member: `null` is an error.
    pub fn lenient_req<T: DeserializeOwned + FromStr>(&mut self) -> Result<T, A::Error> {
        match self.lenient()? {
            Some(v) => Ok(v),
            None => Err(self.at(A::Error::custom("null where a value is required"))),
        }
    }

    /// A list member in any of its shapes (see [`List`]); `null` is `None`.
    pub fn list<T: DeserializeOwned>(&mut self) -> Result<Option<List<T>>, A::Error> {
        self.list_of("")
    }

    /// [`list`](Self::list) for a list whose items are named `item` in XML
    /// (`<Refs><Ref/>…</Refs>`): an object holding one item under that name, any case
    /// (`{"Ref": {…}}`, as XML converted to JSON writes a list of one), is that item.
    pub fn list_of<T: DeserializeOwned>(
        &mut self,
        item: &'static str,
    ) -> Result<Option<List<T>>, A::Error> {
        self.map
            .next_value_seed(ListSeed(item, PhantomData))
            .map_err(|e| self.at(e))
    }

    /// [`list`](Self::list) for repeated elements: `null` is an empty list.
    pub fn vec<T: DeserializeOwned>(&mut self) -> Result<List<T>, A::Error> {
        Ok(self.list()?.unwrap_or_default())
    }

    /// [`list_of`](Self::list_of) for repeated elements named `item`: `null` is an empty list.
    pub fn vec_of<T: DeserializeOwned>(&mut self, item: &'static str) -> Result<List<T>, A::Error> {
        Ok(self.list_of(item)?.unwrap_or_default())
    }

    /// `value` of the required member `index`, or a "missing field" error naming it.
    pub fn required<T>(&self, value: Option<T>, index: usize) -> Result<T, A::Error> {
        value.ok_or_else(|| A::Error::missing_field(self.fields[index].name))
    }

    /// The members no field named, for the struct's `unknown`.
    pub fn finish(self) -> UnknownMembers {
        UnknownMembers::from_json(self.unknown)
    }
}

/// A `T` from any JSON scalar, `null` as `None`: the docs' samples send `"389"` for numbers,
/// `"True"` for booleans, and `389` where the table says String. The value is read as `T`
/// directly first, else its text is parsed (booleans case-blind). Read from the parser's
/// events: no `serde_json::Value` in between.
pub struct Lenient<T>(PhantomData<T>);

impl<T> Default for Lenient<T> {
    fn default() -> Self {
        Lenient(PhantomData)
    }
}

impl<'de, T: DeserializeOwned + FromStr> DeserializeSeed<'de> for Lenient<T> {
    type Value = Option<T>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        d.deserialize_any(self)
    }
}

/// `T` from its text: the text as it is, trimmed, then lowercased (`"True"`).
fn parse_text<T: FromStr, E: serde::de::Error>(text: &str) -> Result<T, E> {
    let t = text.trim();
    t.parse()
        .or_else(|_| t.to_ascii_lowercase().parse())
        .map_err(|_| E::custom(format_args!("{t:?} is not a valid value")))
}

impl<'de, T: DeserializeOwned + FromStr> Visitor<'de> for Lenient<T> {
    type Value = Option<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, number or boolean")
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Option<T>, E> {
        let direct: Result<T, serde::de::value::Error> = T::deserialize(v.into_deserializer());
        match direct {
            Ok(t) => Ok(Some(t)),
            Err(_) => parse_text(v).map(Some),
        }
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Option<T>, E> {
        let direct: Result<T, serde::de::value::Error> = T::deserialize(v.into_deserializer());
        match direct {
            Ok(t) => Ok(Some(t)),
            Err(_) => parse_text(if v { "true" } else { "false" }).map(Some),
        }
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Option<T>, E> {
        let direct: Result<T, serde::de::value::Error> = T::deserialize(v.into_deserializer());
        match direct {
            Ok(t) => Ok(Some(t)),
            Err(_) => parse_text(&v.to_string()).map(Some),
        }
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Option<T>, E> {
        let direct: Result<T, serde::de::value::Error> = T::deserialize(v.into_deserializer());
        match direct {
            Ok(t) => Ok(Some(t)),
            Err(_) => parse_text(&v.to_string()).map(Some),
        }
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Option<T>, E> {
        let direct: Result<T, serde::de::value::Error> = T::deserialize(v.into_deserializer());
        // `-4.0` for an integer member: an integer in JSON Schema's sense (what schemathesis
        // sends from the OpenAPI export), so an integer here.
        let integral = (v.fract() == 0.0 && v.abs() < 9.0e15)
            .then(|| {
                let d: serde::de::value::I64Deserializer<serde::de::value::Error> =
                    (v as i64).into_deserializer();
                T::deserialize(d).ok()
            })
            .flatten();
        match direct.or_else(|e| integral.ok_or(e)) {
            Ok(t) => Ok(Some(t)),
            // JSON's spelling of the number (`1e20`), as the value would be written back.
            Err(_) => match serde_json::Number::from_f64(v) {
                Some(n) => parse_text(&n.to_string()).map(Some),
                None => Err(E::custom("not a finite number")),
            },
        }
    }
}

/// A list in any of the shapes [`List`] keeps. Arrays, the usual shape, are read item by item
/// from the parser; a single item or a wrapping object (rare) is buffered as a `Value` first,
/// since which of the two an object is shows only once it has been read whole.
/// The item's XML name, `""` when not known (see [`Object::list_of`]).
struct ListSeed<T>(&'static str, PhantomData<T>);

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for ListSeed<T> {
    type Value = Option<List<T>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<T: DeserializeOwned> ListSeed<T> {
    fn other<E: serde::de::Error>(&self, value: Value) -> Result<Option<List<T>>, E> {
        super::list::read_value(value, self.0).map_err(E::custom)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for ListSeed<T> {
    type Value = Option<List<T>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list: an array, one item, or an object wrapping an array")
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        loop {
            let i = items.len();
            match seq.next_element::<T>() {
                Ok(Some(item)) => items.push(item),
                Ok(None) => break,
                Err(e) => return Err(S::Error::custom(format_args!("item {i}: {e}"))),
            }
        }
        Ok(Some(List::from(items).with_json_shape(JsonShape::Array)))
    }
    fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Self::Value, M::Error> {
        let value = Value::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        self.other(value)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        self.other(Value::from(v))
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
        self.other(Value::from(v))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
        self.other(Value::from(v))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
        self.other(Value::from(v))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
        self.other(Value::from(v))
    }
}

/// A list field read by serde: see [`List`]'s shapes; `null` → `None`.
pub fn list<'de, D, T>(d: D) -> Result<Option<List<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    ListSeed("", PhantomData).deserialize(d)
}

/// `bytes` without a leading UTF-8 byte order mark.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Reads a whole body as `T` (a leading byte order mark is skipped). The error's reason has the
/// line and column.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    serde_json::from_slice(strip_bom(bytes)).map_err(|e| DecodeError::new(e.to_string()))
}

/// `value` as a JSON body, or [`Error::Encode`] when its `Serialize` fails (generated types
/// never do: that takes a map with non-string keys or a failing custom `Serialize`).
pub fn try_to_vec<T: Serialize>(value: &T) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(value).map_err(|e| Error::Encode(e.to_string()))
}

/// `value` as a JSON body; empty (which the server refuses) in the case where
/// [`try_to_vec`] fails.
pub fn to_vec<T: Serialize>(value: &T) -> Vec<u8> {
    try_to_vec(value).unwrap_or_default()
}

/// Writes a generated struct as a JSON object, member by member: the generated `Serialize` of
/// every struct is [`ObjectWriter::new`], one call per member in declaration order, then
/// [`ObjectWriter::end`] with the struct's unknown members (written last, as received).
///
/// One line per member instead of a derive: the derive's expansion was the largest part of the
/// generated crate's code (2.2 KB per struct), and the writer produces the same output.
pub struct ObjectWriter<M> {
    map: M,
}

impl<M: serde::ser::SerializeMap> ObjectWriter<M> {
    /// Starts the object (a map of unknown length).
    pub fn new<S: serde::Serializer<SerializeMap = M>>(serializer: S) -> Result<Self, S::Error> {
        Ok(ObjectWriter {
            map: serializer.serialize_map(None)?,
        })
    }

    /// A required member: always written.
    pub fn req<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        self.map.serialize_entry(name, value)
    }

    /// An optional member: not written when `None`.
    pub fn opt<T: Serialize>(
        &mut self,
        name: &'static str,
        value: &Option<T>,
    ) -> Result<(), M::Error> {
        match value {
            Some(_) => self.map.serialize_entry(name, value),
            None => Ok(()),
        }
    }

    /// A list read from repeated elements: not written when empty.
    pub fn elems<T: Serialize>(
        &mut self,
        name: &'static str,
        value: &List<T>,
    ) -> Result<(), M::Error> {
        if value.is_empty() {
            Ok(())
        } else {
            self.map.serialize_entry(name, value)
        }
    }

    /// A list the documentation writes `{"<inner>": […]}`: in that shape unless it arrived in
    /// another (see [`list::serialize_documented`](super::list::serialize_documented)); not
    /// written when `None`.
    pub fn documented<T: Serialize>(
        &mut self,
        name: &'static str,
        inner: &'static str,
        value: &Option<List<T>>,
    ) -> Result<(), M::Error> {
        match value {
            Some(_) => self.map.serialize_entry(name, &Documented { inner, value }),
            None => Ok(()),
        }
    }

    /// Writes the unknown members (as if flattened into the object) and closes it.
    pub fn end(mut self, unknown: &UnknownMembers) -> Result<M::Ok, M::Error> {
        for (key, value) in &unknown.json {
            self.map.serialize_entry(key, value)?;
        }
        self.map.end()
    }
}

/// A list in the documentation's `{"<inner>": […]}` shape, for [`ObjectWriter::documented`].
struct Documented<'a, T> {
    inner: &'static str,
    value: &'a Option<List<T>>,
}

impl<T: Serialize> Serialize for Documented<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        super::list::serialize_documented(self.inner, self.value, serializer)
    }
}

/// A number, boolean or text from any JSON scalar ([`Lenient`]); `null` is an error.
pub fn lenient<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + FromStr,
{
    Lenient(PhantomData)
        .deserialize(deserializer)?
        .ok_or_else(|| D::Error::custom("null where a value is required"))
}

/// [`lenient`] for optional fields; `null` is absent.
pub fn lenient_opt<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + FromStr,
{
    Lenient(PhantomData).deserialize(deserializer)
}

/// An enum value from any scalar (enum values arrive as strings, numbers or booleans), through
/// its `FromStr`, which takes any text (an unknown value is kept as it came).
pub fn wire<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr<Err = std::convert::Infallible>,
{
    struct Wire<T>(PhantomData<T>);
    impl<T: FromStr<Err = std::convert::Infallible>> Visitor<'_> for Wire<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string, number or boolean")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            let Ok(t) = v.parse();
            Ok(t)
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<T, E> {
            self.visit_str(&v.to_string())
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<T, E> {
            self.visit_str(&v.to_string())
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<T, E> {
            self.visit_str(&v.to_string())
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<T, E> {
            self.visit_str(if v { "true" } else { "false" })
        }
    }
    deserializer.deserialize_any(Wire(PhantomData))
}

/// Any scalar as its text: enum values arrive as strings, numbers or booleans.
pub fn wire_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    struct Wire;
    impl serde::de::Visitor<'_> for Wire {
        type Value = String;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string, number or boolean")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<String, E> {
            Ok(v.to_string())
        }
    }
    deserializer.deserialize_any(Wire)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Ref {
        #[serde(rename = "Name")]
        name: String,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Holder {
        #[serde(rename = "Refs", default, deserialize_with = "list")]
        refs: Option<List<Ref>>,
    }

    fn refs(json: &str) -> Option<Vec<Ref>> {
        from_slice::<Holder>(json.as_bytes())
            .unwrap()
            .refs
            .map(List::into_vec)
    }

    fn r(name: &str) -> Ref {
        Ref { name: name.into() }
    }

    #[test]
    fn list_accepts_every_shape() {
        assert_eq!(refs(r#"{}"#), None);
        assert_eq!(refs(r#"{"Refs": null}"#), None);
        assert_eq!(refs(r#"{"Refs": []}"#), Some(vec![]));
        assert_eq!(
            refs(r#"{"Refs": [{"Name": "a"}, {"Name": "b"}]}"#),
            Some(vec![r("a"), r("b")])
        );
        assert_eq!(refs(r#"{"Refs": {"Name": "a"}}"#), Some(vec![r("a")]));
        assert_eq!(
            refs(r#"{"Refs": {"Refs": [{"Name": "a"}]}}"#),
            Some(vec![r("a")])
        );
        assert_eq!(refs(r#"{"Refs": {"Ref": []}}"#), Some(vec![]));
    }

    #[test]
    fn an_integral_float_is_an_integer_and_a_fraction_is_not() {
        let read = |json: &str| -> Result<Option<i64>, serde_json::Error> {
            let mut d = serde_json::Deserializer::from_str(json);
            Lenient::<i64>::default().deserialize(&mut d)
        };
        assert_eq!(read("-4.0").unwrap(), Some(-4));
        assert_eq!(read("389").unwrap(), Some(389));
        assert_eq!(read("\"389\"").unwrap(), Some(389));
        assert!(read("4.5").is_err());
        assert!(read("1e300").is_err());
    }

    #[test]
    fn list_errors_name_the_item() {
        let e = from_slice::<Holder>(br#"{"Refs": [{"Name": "a"}, {"Name": 3}]}"#).unwrap_err();
        assert!(e.to_string().contains("item 1"), "{e}");
    }

    #[test]
    fn bom_is_tolerated() {
        let body = b"\xEF\xBB\xBF{\"Refs\": [{\"Name\": \"a\"}]}";
        assert_eq!(
            from_slice::<Holder>(body).unwrap().refs,
            Some(List::from(vec![r("a")]))
        );
        assert_eq!(strip_bom(b"x"), b"x");
        let e = from_slice::<Holder>(b"{").unwrap_err();
        assert!(e.reason().contains("line 1"), "{e}");
    }

    #[test]
    fn to_vec_writes_json() {
        assert_eq!(to_vec(&vec![1, 2]), b"[1,2]");
        let mut bad = std::collections::HashMap::new();
        bad.insert(vec![1u8], 1);
        assert!(matches!(try_to_vec(&bad), Err(Error::Encode(_))));
        assert!(to_vec(&bad).is_empty());
    }

    /// What the generator writes for a struct with a lenient optional number, a required text,
    /// a list and a nested struct.
    #[derive(Debug, PartialEq)]
    struct Session {
        progress: Option<i64>,
        retried: Option<bool>,
        name: String,
        links: Option<List<Ref>>,
        inner: Option<Box<Session>>,
        unknown: UnknownMembers,
    }

    const FIELDS: &[Field] = &[
        Field::new("Progress", &["progress"]),
        Field::new("IsRetry", &["isRetry"]),
        Field::new("Name", &["name"]),
        Field::new("Links", &["Link", "links"]),
        Field::new("Inner", &["inner"]),
    ];

    impl<'de> Deserialize<'de> for Session {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            object(d, "Session", FIELDS)
        }
    }

    impl ReadObject for Session {
        fn read_object<'de, A: MapAccess<'de>>(mut o: Object<'de, A>) -> Result<Self, A::Error> {
            let (mut progress, mut retried, mut name, mut links, mut inner) =
                (None, None, None, None, None);
            while let Some(i) = o.next_field()? {
                match i {
                    0 => progress = o.lenient()?,
                    1 => retried = o.lenient()?,
                    2 => name = Some(o.lenient_req()?),
                    3 => links = o.list()?,
                    4 => inner = o.value()?,
                    _ => {}
                }
            }
            Ok(Session {
                progress,
                retried,
                name: o.required(name, 2)?,
                links,
                inner,
                unknown: o.finish(),
            })
        }
    }

    fn session(json: &str) -> Result<Session, DecodeError> {
        from_slice(json.as_bytes())
    }

    #[test]
    fn objects_read_members_by_name_or_alias_and_keep_the_rest() {
        let s = session(
            r#"{"progress": "389", "IsRetry": "True", "name": 7, "Extra": {"a": [1]},
                "links": [{"Name": "a"}], "Inner": {"Name": "in", "Progress": null}}"#,
        )
        .unwrap();
        assert_eq!(s.progress, Some(389));
        assert_eq!(s.retried, Some(true));
        assert_eq!(s.name, "7");
        assert_eq!(s.links.as_deref(), Some(&[r("a")][..]));
        assert_eq!(
            s.links.as_ref().map(List::json_shape),
            Some(&JsonShape::Array)
        );
        let inner = s.inner.as_deref().unwrap();
        assert_eq!((inner.name.as_str(), inner.progress), ("in", None));
        assert_eq!(s.unknown.names(), ["Extra"]);
        assert_eq!(s.unknown.json["Extra"], serde_json::json!({"a": [1]}));
    }

    #[test]
    fn object_errors_name_the_member() {
        let e = session(r#"{"Progress": 1}"#).unwrap_err();
        assert!(e.to_string().contains("missing field `Name`"), "{e}");
        let e = session(r#"{"Name": "a", "name": "b"}"#).unwrap_err();
        assert!(e.to_string().contains("duplicate field `Name`"), "{e}");
        let e = session(r#"{"Name": "a", "Progress": "many"}"#).unwrap_err();
        assert!(
            e.to_string()
                .contains("Progress: \"many\" is not a valid value"),
            "{e}"
        );
        let e = session(r#"{"Name": "a", "Links": [{"Name": "x"}, {"Name": [1]}]}"#).unwrap_err();
        assert!(e.to_string().contains("Links: item 1:"), "{e}");
        let e =
            session(r#"{"Name": "a", "Inner": {"Name": "b", "IsRetry": "maybe"}}"#).unwrap_err();
        assert!(e.to_string().contains("Inner: IsRetry: "), "{e}");
        assert!(
            e.to_string().contains("line 1"),
            "the position is kept: {e}"
        );
        let e = session(r#"{"Name": null}"#).unwrap_err();
        assert!(e.to_string().contains("Name: null"), "{e}");
        assert!(session("[1]").is_err());
    }

    #[test]
    fn lenient_scalars_take_any_scalar() {
        let read = |json: &str| -> Option<String> {
            let mut de = serde_json::Deserializer::from_str(json);
            lenient_opt(&mut de).unwrap()
        };
        assert_eq!(read("389").as_deref(), Some("389"));
        assert_eq!(read("true").as_deref(), Some("true"));
        assert_eq!(read("1.5").as_deref(), Some("1.5"));
        assert_eq!(read("null"), None);
        let mut de = serde_json::Deserializer::from_str("\" 12 \"");
        assert_eq!(lenient::<_, u16>(&mut de).unwrap(), 12);
        let mut de = serde_json::Deserializer::from_str("{}");
        assert!(lenient_opt::<_, i64>(&mut de).is_err());
    }
}
