//! [`List`]: the items of a list member, and the JSON shape the server sent them in.
//!
//! Enterprise Manager and its documentation write one list several ways in JSON: a bare array
//! (`"Links": […]`), an object wrapping the array (`"Refs": {"Ref": […]}`), or, for a list of one,
//! the item alone (`"DayOfWeek": "Saturday"`) or wrapped alone (`"Refs": {"Ref": {…}}`).
//! Decoding accepts every shape; the shape is kept so that encoding writes the list back as it
//! came, and a list built in code is written in the shape the documentation gives. In XML, a
//! list wrapped in an element (`<Links><Link/>…</Links>`) keeps what that wrapper carried beside
//! its items (attributes, other elements, text: see [`List::wrapper_unknown`]), written back
//! with it. Everything else about a `List` is a `Vec`:
//! it dereferences to a slice, iterates and collects; it compares by its items and what its
//! wrapper kept, not by its JSON shape.

use std::fmt;
use std::ops::{Deref, DerefMut};

use serde::de::DeserializeOwned;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use super::unknown::{Members, UnknownMembers};

/// How a list came in JSON, so that it goes back the same way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum JsonShape {
    /// Built in code or read from XML: written in the documented shape.
    #[default]
    Documented,
    /// A bare array.
    Array,
    /// One item without an array around it.
    Single,
    /// An object whose only member, named so, is the array.
    Wrapped(String),
    /// An object whose only member, named so (the item's name), is the one item: how XML
    /// converted to JSON writes a list of one (`{"Ref": {…}}`; `{"Ref": […]}` for more).
    WrappedOne(String),
    /// `{}`: a wrapper without its array (the pages' JSON request samples send
    /// `"CloudTenants": {}` for no tenants), when an item cannot be read from `{}`.
    EmptyObject,
}

/// The items of a list member (see the [module docs](self)).
#[derive(Clone)]
pub struct List<T> {
    items: Vec<T>,
    shape: JsonShape,
    /// What the XML wrapper element held beside the items (a null pointer when nothing, as for
    /// nearly every list).
    wrapper: UnknownMembers,
}

impl<T> List<T> {
    /// An empty list, written in the documented shape.
    pub fn new() -> Self {
        List {
            items: Vec::new(),
            shape: JsonShape::Documented,
            wrapper: UnknownMembers::default(),
        }
    }

    /// Whether there are no items (what `skip_serializing_if` asks).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Appends an item.
    pub fn push(&mut self, item: T) {
        self.items.push(item)
    }

    /// The items' `Vec`, to change (the shape is kept; a single item that grew is written as an
    /// array).
    pub fn as_mut_vec(&mut self) -> &mut Vec<T> {
        &mut self.items
    }

    /// The items, as a `Vec`.
    pub fn into_vec(self) -> Vec<T> {
        self.items
    }

    /// The JSON shape the list arrived in ([`JsonShape::Documented`] when built in code or read
    /// from XML).
    pub fn json_shape(&self) -> &JsonShape {
        &self.shape
    }

    /// The same items, to be written in `shape`.
    pub fn with_json_shape(mut self, shape: JsonShape) -> Self {
        self.shape = shape;
        self
    }

    /// What the XML element wrapping the items held beside them (`<Links Count="2"><Link/>
    /// <Note/></Links>`: the attribute `Count` and the element `<Note>`), when it held anything;
    /// encoding writes it back in place.
    pub fn wrapper_unknown(&self) -> Option<&UnknownMembers> {
        (!self.wrapper.is_empty()).then_some(&self.wrapper)
    }

    /// The same items, with `unknown` as what their XML wrapper held beside them.
    pub fn with_wrapper_unknown(mut self, unknown: UnknownMembers) -> Self {
        self.wrapper = unknown;
        self
    }
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List::new()
    }
}

impl<T> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.items
    }
}

impl<T> DerefMut for List<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.items
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        List {
            items,
            shape: JsonShape::Documented,
            wrapper: UnknownMembers::default(),
        }
    }
}

impl<T> From<List<T>> for Vec<T> {
    fn from(list: List<T>) -> Self {
        list.items
    }
}

impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Vec::from_iter(iter).into()
    }
}

impl<T> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<T: PartialEq> PartialEq for List<T> {
    /// Items and what the XML wrapper kept; not the JSON shape, which is how the list was
    /// written, not what it holds.
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items && self.wrapper == other.wrapper
    }
}

impl<T: fmt::Debug> fmt::Debug for List<T> {
    /// As the items' `Vec`, then what the XML wrapper kept, if anything.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.items.fmt(f)?;
        match self.wrapper_unknown() {
            Some(unknown) => write!(f, " + wrapper {unknown:?}"),
            None => Ok(()),
        }
    }
}

impl<T: Members> Members for List<T> {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        if let Some(unknown) = self.wrapper_unknown() {
            super::unknown::push_names(unknown, path, out);
        }
        self.items.unknown_members(path, out)
    }
}

impl<T: Serialize> Serialize for List<T> {
    /// In the shape it arrived in; a bare array when built in code (see [`serialize_documented`]
    /// for lists the documentation wraps).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.shape {
            JsonShape::Single if self.items.len() == 1 => self.items[0].serialize(serializer),
            JsonShape::Wrapped(key) => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry(key, &self.items)?;
                map.end()
            }
            JsonShape::WrappedOne(key) => {
                let mut map = serializer.serialize_map(Some(1))?;
                match self.items.as_slice() {
                    [one] => map.serialize_entry(key, one)?,
                    items => map.serialize_entry(key, items)?,
                }
                map.end()
            }
            JsonShape::EmptyObject if self.items.is_empty() => {
                serializer.serialize_map(Some(0))?.end()
            }
            _ => self.items.serialize(serializer),
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for List<T> {
    /// Any of the shapes in the [module docs](self); `null` is an empty list.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(super::json::list(deserializer)?.unwrap_or_default())
    }
}

/// Reads a list in a shape other than an array, from its buffered value; `null` is `None`.
/// `item` is the items' XML name (`""` when not known). Item errors name the item's index.
pub(crate) fn read_value<T: DeserializeOwned>(
    value: Value,
    item: &str,
) -> Result<Option<List<T>>, String> {
    let wraps_one = |map: &Map<String, Value>| {
        !item.is_empty()
            && map.len() == 1
            && map
                .iter()
                .all(|(key, value)| value.is_object() && key.eq_ignore_ascii_case(item))
    };
    let (items, shape) = match value {
        Value::Null => return Ok(None),
        Value::Array(items) => (items, JsonShape::Array),
        Value::Object(map) if map.len() == 1 && map.values().all(Value::is_array) => {
            match map.into_iter().next() {
                Some((key, Value::Array(items))) => (items, JsonShape::Wrapped(key)),
                _ => (Vec::new(), JsonShape::Array),
            }
        }
        Value::Object(map) if wraps_one(&map) => match map.into_iter().next() {
            Some((key, one)) => (vec![one], JsonShape::WrappedOne(key)),
            None => (Vec::new(), JsonShape::Array),
        },
        // `{}` is one item when an item can be read from it, else a wrapper without its array.
        Value::Object(map)
            if map.is_empty() && T::deserialize(Value::Object(Map::new())).is_err() =>
        {
            (Vec::new(), JsonShape::EmptyObject)
        }
        single => (vec![single], JsonShape::Single),
    };
    let items = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| T::deserialize(item).map_err(|e| format!("item {i}: {e}")))
        .collect::<Result<Vec<T>, String>>()?;
    Ok(Some(List {
        items,
        shape,
        wrapper: UnknownMembers::default(),
    }))
}

/// Writes a list the documentation wraps (`{"<inner>": […]}`): so when it was built in code or
/// read from XML, as it arrived otherwise (the generated per-field serializers call this).
pub fn serialize_documented<S: Serializer, T: Serialize>(
    inner: &'static str,
    value: &Option<List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(list) if list.shape == JsonShape::Documented => {
            let mut map = serializer.serialize_map(Some(1))?;
            map.serialize_entry(inner, &list.items)?;
            map.end()
        }
        other => other.serialize(serializer),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(json: &str) -> (List<String>, String) {
        let list: List<String> = serde_json::from_str(json).unwrap();
        let back = serde_json::to_string(&list).unwrap();
        (list, back)
    }

    #[test]
    fn every_shape_comes_back_as_it_came() {
        for json in [r#"["a","b"]"#, r#""a""#, r#"{"Day":["a","b"]}"#, "[]", "{}"] {
            assert_eq!(round_trip(json).1, json);
        }
        let (list, back) = round_trip("null");
        assert!(list.is_empty());
        assert_eq!(back, "[]");
    }

    /// Found by a fresh user: `{"backupTaskSession": {…}}` read as one item holding nothing,
    /// the session kept among that empty item's unknown members.
    #[test]
    fn an_object_holding_one_item_under_the_items_name_is_that_item() {
        type Item = std::collections::BTreeMap<String, String>;
        let read = |json: &str, item: &str| {
            read_value::<Item>(serde_json::from_str(json).unwrap(), item)
                .unwrap()
                .unwrap()
        };
        for (json, key) in [
            (r#"{"Ref":{"Name":"a"}}"#, "Ref"),
            (r#"{"ref":{"Name":"a"}}"#, "ref"),
        ] {
            let list = read(json, "Ref");
            assert_eq!(list.len(), 1);
            assert_eq!(list[0]["Name"], "a");
            assert_eq!(list.json_shape(), &JsonShape::WrappedOne(key.to_owned()));
            assert_eq!(serde_json::to_string(&list).unwrap(), json);
        }
        // Grown, it is written as the array such a wrapper holds for more than one.
        let mut list = read(r#"{"Ref":{"Name":"a"}}"#, "Ref");
        list.push(Item::from([("Name".to_owned(), "b".to_owned())]));
        assert_eq!(
            serde_json::to_string(&list).unwrap(),
            r#"{"Ref":[{"Name":"a"},{"Name":"b"}]}"#
        );
        // Under another name, or with the name not known, the object is the item itself.
        for (json, item) in [
            (r#"{"Other":{"Name":"a"}}"#, "Ref"),
            (r#"{"Ref":{"Name":"a"}}"#, ""),
        ] {
            let list = read_value::<serde_json::Value>(serde_json::from_str(json).unwrap(), item)
                .unwrap()
                .unwrap();
            assert_eq!(list.json_shape(), &JsonShape::Single, "{json}");
            assert_eq!(serde_json::to_string(&list).unwrap(), json);
        }
    }

    #[test]
    fn an_empty_object_is_an_empty_wrapper_unless_it_is_an_item() {
        let (list, _) = round_trip("{}");
        assert!(list.is_empty());
        // An item that `{}` reads as (every member optional) stays one item.
        let maps: List<std::collections::BTreeMap<String, String>> =
            serde_json::from_str("{}").unwrap();
        assert_eq!(maps.len(), 1);
    }

    #[test]
    fn a_list_behaves_as_its_items() {
        let (list, _) = round_trip(r#"{"Day":["a","b"]}"#);
        assert_eq!(list, List::from(vec!["a".to_owned(), "b".to_owned()]));
        assert_eq!(list.len(), 2);
        assert_eq!(format!("{list:?}"), r#"["a", "b"]"#);
        let upper: List<String> = list.iter().map(|s| s.to_uppercase()).collect();
        assert_eq!(upper.into_vec(), ["A", "B"]);
    }

    #[test]
    fn a_single_item_list_that_grew_is_an_array() {
        let (mut list, _) = round_trip(r#""a""#);
        list.push("b".into());
        assert_eq!(serde_json::to_string(&list).unwrap(), r#"["a","b"]"#);
    }

    #[test]
    fn documented_wrapping_applies_to_lists_built_in_code() {
        #[derive(Serialize)]
        struct Holder {
            #[serde(serialize_with = "wrapped")]
            refs: Option<List<u8>>,
        }
        fn wrapped<S: Serializer>(v: &Option<List<u8>>, s: S) -> Result<S::Ok, S::Error> {
            serialize_documented("Ref", v, s)
        }
        let built = Holder {
            refs: Some(vec![1, 2].into()),
        };
        assert_eq!(
            serde_json::to_string(&built).unwrap(),
            r#"{"refs":{"Ref":[1,2]}}"#
        );
        let bare = Holder {
            refs: Some(List::from(vec![1]).with_json_shape(JsonShape::Array)),
        };
        assert_eq!(serde_json::to_string(&bare).unwrap(), r#"{"refs":[1]}"#);
    }

    #[test]
    fn item_errors_name_the_index() {
        let e = serde_json::from_str::<List<u8>>("[1, \"x\"]").unwrap_err();
        assert!(e.to_string().contains("item 1"), "{e}");
    }
}
