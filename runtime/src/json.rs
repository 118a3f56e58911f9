//! JSON: serde derive on the generated types does the work; this module has the helpers they
//! name in `#[serde(deserialize_with = …)]` and the whole-body functions.

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use super::error::{DecodeError, Error};
use super::list::List;

/// A list field, whatever shape the server sent it in: `null` → `None`; an array; a single object
/// (→ a list of one); or a "wrapper" object whose only entry is an array (`{"Refs": […]}`,
/// `{"Links": […]}`). Enterprise Manager 12/13 and the documentation disagree on list shapes; the
/// [`List`] keeps the shape it came in, so encoding writes it back so.
///
/// Use with `#[serde(default, deserialize_with = "crate::json::list")]`.
pub fn list<'de, D, T>(d: D) -> Result<Option<List<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    super::list::read::<D, T>(Value::deserialize(d)?)
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

/// Writes `value` as `{"<inner>": [...]}`, the way the documentation wraps some lists, unless it
/// arrived in another shape (the generated per-shape serializers call this; see
/// [`list::serialize_documented`](super::list::serialize_documented)).
pub fn serialize_wrapped<S: serde::Serializer, T: Serialize>(
    inner: &'static str,
    value: &Option<List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    super::list::serialize_documented(inner, value, serializer)
}

/// [`list`] for repeated elements: absent, `null` and `[]` are all an empty list.
pub fn vec<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    deserializer: D,
) -> Result<List<T>, D::Error> {
    Ok(list(deserializer)?.unwrap_or_default())
}

/// A number, boolean or text from any JSON scalar: the docs' samples send `"389"` for numbers,
/// `"True"` for booleans, and `389` where the table says String.
pub fn lenient<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + std::str::FromStr,
{
    let value = Value::deserialize(deserializer)?;
    scalar_from_value(value).map_err(D::Error::custom)
}

/// [`lenient`] for optional fields; `null` is absent.
pub fn lenient_opt<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + std::str::FromStr,
{
    match Value::deserialize(deserializer)? {
        Value::Null => Ok(None),
        other => scalar_from_value(other).map(Some).map_err(D::Error::custom),
    }
}

/// The value as `T` directly, else its text parsed (booleans case-blind).
fn scalar_from_value<T>(value: Value) -> Result<T, String>
where
    T: DeserializeOwned + std::str::FromStr,
{
    let text = match &value {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => return serde_json::from_value(value).map_err(|e| e.to_string()),
    };
    serde_json::from_value(value)
        .or_else(|_| text.parse())
        .or_else(|_| text.to_ascii_lowercase().parse())
        .map_err(|_| format!("{text:?} is not a valid value"))
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
}
