//! JSON: serde derive on the generated types does the work; this module has the helpers they
//! name in `#[serde(deserialize_with = …)]` and the whole-body functions.

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use super::error::{DecodeError, Error};

/// A list field, whatever shape the server sent it in: `null` → `None`; an array; a single object
/// (→ a list of one); or a "wrapper" object whose only entry is an array (`{"Refs": […]}`,
/// `{"Links": […]}`). Enterprise Manager 12/13 and the documentation disagree on list shapes.
///
/// Use with `#[serde(default, deserialize_with = "crate::runtime::json::list")]`.
pub fn list<'de, D, T>(d: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let value = Value::deserialize(d)?;
    let items = match value {
        Value::Null => return Ok(None),
        Value::Array(items) => items,
        Value::Object(map) if map.len() == 1 && map.values().all(Value::is_array) => {
            match map.into_iter().next() {
                Some((_, Value::Array(items))) => items,
                _ => Vec::new(),
            }
        }
        single => vec![single],
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            T::deserialize(item).map_err(|e| D::Error::custom(format!("item {i}: {e}")))
        })
        .collect::<Result<Vec<T>, D::Error>>()
        .map(Some)
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
        refs: Option<Vec<Ref>>,
    }

    fn refs(json: &str) -> Option<Vec<Ref>> {
        from_slice::<Holder>(json.as_bytes()).unwrap().refs
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
    fn list_errors_name_the_item() {
        let e = from_slice::<Holder>(br#"{"Refs": [{"Name": "a"}, {"Name": 3}]}"#).unwrap_err();
        assert!(e.to_string().contains("item 1"), "{e}");
    }

    #[test]
    fn bom_is_tolerated() {
        let body = b"\xEF\xBB\xBF{\"Refs\": [{\"Name\": \"a\"}]}";
        assert_eq!(from_slice::<Holder>(body).unwrap().refs, Some(vec![r("a")]));
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
}
