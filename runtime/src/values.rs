//! Value types the API's fields use: [`Uid`], [`DateTime`] (with [`Timestamp`]), [`Url`],
//! [`Secret`] (passwords), and the wire [`Format`].
//!
//! The three string newtypes keep the server's exact text, so a value read and written back is
//! byte-for-byte the same. Reading (XML, JSON) does not validate them; [`FromStr`] (for values a
//! program builds) rejects blank text, and `DateTime`'s also requires ISO 8601 (read by `jiff`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::error::DecodeError;
use super::xml::XmlText;

/// The body format of requests and responses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Format {
    /// `application/xml`, the server's default and the documented one.
    #[default]
    Xml,
    /// `application/json`.
    Json,
}

impl Format {
    /// The media type sent as `Accept` and `Content-Type`.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Xml => "application/xml",
            Format::Json => "application/json",
        }
    }
}

macro_rules! text_newtype {
    ($name:ident, $what:literal) => {
        impl $name {
            /// The value, from its text (kept exactly).
            pub fn new(text: impl Into<String>) -> Self {
                $name(text.into())
            }

            /// The text, exactly as received or given.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                $name(text.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                $name(text)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl XmlText for $name {
            /// Any text, kept as sent: an empty element (`<WanAcceleratorUid/>`) is a value the
            /// server sends and expects back, not an absent one.
            fn from_text(s: &str) -> Result<Self, DecodeError> {
                Ok($name(s.to_owned()))
            }

            fn to_text(&self) -> String {
                self.0.clone()
            }
        }
    };
}

/// An object's unique id, `urn:veeam:<Type>:<id>` (e.g.
/// `urn:veeam:VmRestorePoint:5acac742-…`); kept as text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Uid(pub String);

text_newtype!(Uid, "UID");

impl Uid {
    fn parts(&self) -> Option<(&str, &str)> {
        let prefix = self.0.get(..10)?;
        if !prefix.eq_ignore_ascii_case("urn:veeam:") {
            return None;
        }
        let (kind, id) = self.0.get(10..)?.split_once(':')?;
        if kind.is_empty() || id.is_empty() {
            return None;
        }
        Some((kind, id))
    }

    /// The `<Type>` of `urn:veeam:<Type>:<id>` (`VmRestorePoint`); `None` for any other shape
    /// (including other URN namespaces such as `urn:VMware:Vm:…`).
    pub fn kind(&self) -> Option<&str> {
        self.parts().map(|(kind, _)| kind)
    }

    /// The `<id>` of `urn:veeam:<Type>:<id>` (everything after the type, colons included); `None`
    /// for any other shape.
    pub fn id(&self) -> Option<&str> {
        self.parts().map(|(_, id)| id)
    }
}

impl FromStr for Uid {
    type Err = DecodeError;
    /// Any non-blank text (the server also uses other URN namespaces).
    fn from_str(s: &str) -> Result<Self, DecodeError> {
        if s.trim().is_empty() {
            return Err(DecodeError::new("empty text"));
        }
        <Uid as XmlText>::from_text(s)
    }
}

/// A link target (`Href`), kept as text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Url(pub String);

text_newtype!(Url, "URL");

impl FromStr for Url {
    type Err = DecodeError;
    /// Any non-blank text.
    fn from_str(s: &str) -> Result<Self, DecodeError> {
        if s.trim().is_empty() {
            return Err(DecodeError::new("empty text"));
        }
        <Url as XmlText>::from_text(s)
    }
}

/// A password member of a request or response (`CreateCloudTenantSpec.Password`): `Debug` and
/// `Display` print `<redacted>`, so no derived `Debug`, log line or error shows it, and the text
/// is zeroed when dropped ([`secrecy::SecretString`]). [`Secret::expose`] gives it; the codecs
/// write it on the wire as it is.
#[derive(Clone, Default)]
pub struct Secret(secrecy::SecretString);

impl Secret {
    /// A secret, from its text.
    pub fn new(text: impl Into<String>) -> Self {
        Secret(secrecy::SecretString::from(text.into()))
    }

    /// The text itself (what goes on the wire).
    pub fn expose(&self) -> &str {
        secrecy::ExposeSecret::expose_secret(&self.0)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Equal text (the generated structs compare by value).
impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl Eq for Secret {}

impl From<&str> for Secret {
    fn from(text: &str) -> Self {
        Secret::new(text)
    }
}

impl From<String> for Secret {
    fn from(text: String) -> Self {
        Secret::new(text)
    }
}

impl Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Any scalar as its text, like the other text members (`"Password": 1234`).
        super::json::wire_string(deserializer).map(Secret::new)
    }
}

impl XmlText for Secret {
    fn from_text(s: &str) -> Result<Self, DecodeError> {
        Ok(Secret::new(s))
    }

    fn to_text(&self) -> String {
        self.expose().to_owned()
    }
}

/// A point in time as the server wrote it (`2016-10-06T13:59:50.783Z`), kept as text;
/// [`DateTime::parse`] reads it.
///
/// Not ordered: the text does not sort as the instants do (`…:00.5Z` sorts before `…:00Z`, and
/// an offset moves the instant, not the text). Compare `parse()?.instant()` (a
/// [`jiff::Timestamp`]); equality is of the text.
///
/// ```compile_fail
/// use veeam_em_runtime::DateTime;
/// let _ = DateTime::from("2026-11-30T01:30:00.5Z") < DateTime::from("2026-11-30T01:30:00Z");
/// ```
///
/// ```
/// use veeam_em_runtime::DateTime;
/// let instant = |t: &str| DateTime::from(t).parse().ok()?.instant();
/// assert!(instant("2026-11-30T01:30:00.5Z") > instant("2026-11-30T01:30:00Z"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DateTime(pub String);

text_newtype!(DateTime, "date-time");

impl DateTime {
    /// The text read as ISO 8601 / RFC 3339 / XML Schema `dateTime` (by [`jiff`]'s Temporal
    /// grammar): `YYYY-MM-DDThh:mm[:ss[.fraction]][Z|±hh:mm|±hhmm|±hh]` (`T` may be `t` or a
    /// space; at most nine fraction digits; offsets within ±14:00; a leap second reads as
    /// `:59`). The text itself is not changed: encoding a value
    /// read writes back the same characters.
    pub fn parse(&self) -> Result<Timestamp, DecodeError> {
        Timestamp::parse(&self.0)
    }
}

impl FromStr for DateTime {
    type Err = DecodeError;
    /// The text, when [`DateTime::parse`] accepts it.
    fn from_str(s: &str) -> Result<Self, DecodeError> {
        Timestamp::parse(s)?;
        Ok(DateTime(s.to_owned()))
    }
}

impl From<Timestamp> for DateTime {
    fn from(t: Timestamp) -> Self {
        DateTime(t.to_string())
    }
}

impl From<jiff::Timestamp> for DateTime {
    /// RFC 3339 in UTC (`2016-10-06T13:59:50.783Z`).
    fn from(t: jiff::Timestamp) -> Self {
        DateTime(t.to_string())
    }
}

/// A [`DateTime`] read: the civil date and time as written, and the offset from UTC when the
/// text gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp {
    /// The date and time of day, as written (not moved to UTC).
    pub civil: jiff::civil::DateTime,
    /// The offset from UTC (`Z`: zero); `None` when the text has none (a local time).
    pub offset: Option<jiff::tz::Offset>,
}

impl Timestamp {
    /// Reads ISO 8601 text; see [`DateTime::parse`].
    pub fn parse(text: &str) -> Result<Timestamp, DecodeError> {
        let fail = |why: &dyn fmt::Display| {
            DecodeError::new(format!("not an ISO 8601 date-time: {text:?} ({why})"))
        };
        let pieces = jiff::fmt::temporal::Pieces::parse(text.trim()).map_err(|e| fail(&e))?;
        let Some(time) = pieces.time() else {
            return Err(fail(&"no time of day"));
        };
        // `[America/New_York]` and the like are RFC 9557, which the server does not write.
        if pieces.time_zone_annotation().is_some() {
            return Err(fail(&"a time zone annotation"));
        }
        let offset = pieces.offset().map(|o| o.to_numeric_offset());
        // jiff takes up to ±25:59:59; XML Schema's `dateTime` (and every real zone) ±14:00.
        if offset.is_some_and(|o| o.seconds().abs() > 14 * 3600) {
            return Err(fail(&"an offset beyond ±14:00"));
        }
        Ok(Timestamp {
            civil: pieces.date().to_datetime(time),
            offset,
        })
    }

    /// The instant, when the text gives an offset (a local time is no instant).
    pub fn instant(&self) -> Option<jiff::Timestamp> {
        self.offset?.to_timestamp(self.civil).ok()
    }

    /// The instant, a time without an offset read as UTC: for members the pages document as UTC
    /// (`CreationTimeUTC`, `EndTimeUTC`), which a server may write without the `Z`. `None` only
    /// outside jiff's range of instants.
    pub fn instant_or_utc(&self) -> Option<jiff::Timestamp> {
        self.offset
            .unwrap_or(jiff::tz::Offset::UTC)
            .to_timestamp(self.civil)
            .ok()
    }
}

impl fmt::Display for Timestamp {
    /// `YYYY-MM-DDThh:mm:ss[.fff…][Z|±hh:mm]`: the fraction with trailing zeros dropped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.civil)?;
        match self.offset {
            None => Ok(()),
            Some(o) if o == jiff::tz::Offset::UTC => f.write_str("Z"),
            Some(o) => write!(f, "{o}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uid_parts() {
        let uid = Uid::from("urn:veeam:VmRestorePoint:5acac742-1b4e-4b2e-9f1a-0c1d2e3f4a5b");
        assert_eq!(uid.kind(), Some("VmRestorePoint"));
        assert_eq!(uid.id(), Some("5acac742-1b4e-4b2e-9f1a-0c1d2e3f4a5b"));
        let nested = Uid::new("urn:veeam:HierarchyItem:abc:vm-12");
        assert_eq!(nested.kind(), Some("HierarchyItem"));
        assert_eq!(nested.id(), Some("abc:vm-12"));
        for other in [
            "urn:VMware:Vm:x.vm-1",
            "urn:veeam:Job",
            "urn:veeam::x",
            "",
            "urn:ve",
        ] {
            let uid = Uid::from(other);
            assert_eq!(uid.kind(), None, "{other}");
            assert_eq!(uid.id(), None, "{other}");
        }
        assert_eq!(uid.to_string(), uid.as_str());
        assert!("  ".parse::<Uid>().is_err());
        assert_eq!(
            "urn:veeam:Job:1".parse::<Uid>(),
            Ok(Uid::new("urn:veeam:Job:1"))
        );
    }

    /// `DateTime` has no order (its text would give the wrong one); instants order.
    #[test]
    fn date_times_order_by_their_instants_not_their_text() {
        let instant = |text: &str| DateTime::from(text).parse().unwrap().instant().unwrap();
        let (half, whole) = ("2026-11-30T01:30:00.5Z", "2026-11-30T01:30:00Z");
        assert!(half < whole, "as text");
        assert!(instant(half) > instant(whole));
        let (offset, utc) = ("2026-11-30T03:00:00+02:00", "2026-11-30T01:30:00Z");
        assert!(offset > utc, "as text");
        assert!(instant(offset) < instant(utc));
    }

    #[test]
    fn datetime_parses_iso_8601() {
        use jiff::civil::date;
        use jiff::tz::Offset;

        let t = DateTime::from("2016-10-06T13:59:50.783Z").parse().unwrap();
        assert_eq!(t.civil, date(2016, 10, 6).at(13, 59, 50, 783_000_000));
        assert_eq!(t.offset, Some(Offset::UTC));
        assert_eq!(t.to_string(), "2016-10-06T13:59:50.783Z");
        assert_eq!(
            t.instant().unwrap(),
            "2016-10-06T13:59:50.783Z"
                .parse::<jiff::Timestamp>()
                .unwrap()
        );

        let t = Timestamp::parse("2024-02-29T23:05:01.1234567-05:30").unwrap();
        assert_eq!(t.civil.subsec_nanosecond(), 123_456_700);
        assert_eq!(t.offset.unwrap().seconds(), -330 * 60);
        assert_eq!(t.to_string(), "2024-02-29T23:05:01.1234567-05:30");

        let t = Timestamp::parse("2016-10-06 13:59").unwrap();
        assert_eq!((t.civil.second(), t.offset), (0, None));
        assert_eq!(t.instant(), None);
        assert_eq!(
            t.instant_or_utc(),
            Some("2016-10-06T13:59:00Z".parse::<jiff::Timestamp>().unwrap())
        );
        let u = Timestamp::parse("2016-10-06T13:59:00+02:00").unwrap();
        assert_eq!(u.instant_or_utc(), u.instant());
        assert_eq!(
            u.instant_or_utc().unwrap().to_string(),
            "2016-10-06T11:59:00Z"
        );
        assert_eq!(t.to_string(), "2016-10-06T13:59:00");
        let t = Timestamp::parse("2016-10-06T13:59:50+0200").unwrap();
        assert_eq!(t.offset, Some(Offset::constant(2)));
        let t = Timestamp::parse("2016-10-06t13:59:50.123456789+02").unwrap();
        assert_eq!(t.civil.subsec_nanosecond(), 123_456_789);
        assert_eq!(t.offset, Some(Offset::constant(2)));

        for bad in [
            "",
            "2016-10-06",
            "2016-13-01T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2016-10-06T24:00:00Z",
            "2016-10-06T13:59:50.Z",
            "2016-10-06T13:59:50Zjunk",
            "2016-10-06T13:59:50+25:00",
            "2016-10-06T13:59:50+14:01",
            "2016-10-06T13:59:50.1234567891Z",
            "2016-1-06T13:59:50Z",
            "２０１６-10-06T13:59:50Z",
            "2016-10-06T13:59:50Z[Europe/Paris]",
        ] {
            let e = Timestamp::parse(bad).unwrap_err();
            assert!(e.reason().starts_with("not an ISO 8601"), "{bad}: {e}");
        }
        // Reading keeps any text; FromStr checks it.
        assert_eq!(DateTime::from_text("soon").unwrap().as_str(), "soon");
        assert!("soon".parse::<DateTime>().is_err());
        assert!("2016-10-06T13:59:50Z".parse::<DateTime>().is_ok());
        // The text is what is written back, however it was spelled.
        let odd = DateTime::from_text("2016-10-06 13:59:50.7830000+02:00").unwrap();
        assert!(odd.parse().is_ok());
        assert_eq!(odd.to_text(), "2016-10-06 13:59:50.7830000+02:00");
        let json: DateTime = serde_json::from_str("\"2016-10-06T13:59:50.7830000Z\"").unwrap();
        assert_eq!(
            serde_json::to_string(&json).unwrap(),
            "\"2016-10-06T13:59:50.7830000Z\""
        );
        assert_eq!(
            DateTime::from(
                "2016-10-06T13:59:50.783Z"
                    .parse::<jiff::Timestamp>()
                    .unwrap()
            )
            .as_str(),
            "2016-10-06T13:59:50.783Z"
        );
    }

    #[test]
    fn secrets_are_redacted_but_kept() {
        let secret: Secret = serde_json::from_str("\"hunter2\"").unwrap();
        let digits: Secret = serde_json::from_str("1234").unwrap();
        assert_eq!(digits.expose(), "1234");
        assert_eq!(secret.expose(), "hunter2");
        assert_eq!(format!("{secret:?} {secret}"), "<redacted> <redacted>");
        assert_eq!(serde_json::to_string(&secret).unwrap(), "\"hunter2\"");
        assert_eq!(Secret::from_text("p w").unwrap().to_text(), "p w");
        assert_eq!(secret, Secret::from("hunter2"));
        assert_ne!(secret, Secret::default());
        let shown = format!("{:?}", Some(Secret::new("hunter2")));
        assert!(!shown.contains("hunter2"), "{shown}");
    }

    #[test]
    fn serde_is_transparent() {
        let uid: Uid = serde_json::from_str("\"urn:veeam:Job:1\"").unwrap();
        assert_eq!(uid.as_str(), "urn:veeam:Job:1");
        assert_eq!(serde_json::to_string(&uid).unwrap(), "\"urn:veeam:Job:1\"");
        let url = Url::from("https://em:9398/api/jobs");
        assert_eq!(url.to_text(), "https://em:9398/api/jobs");
        assert_eq!(Format::Json.content_type(), "application/json");
        assert_eq!(Format::default().content_type(), "application/xml");
    }
}

/// A member that is there or not, with nothing inside: an empty element in XML
/// (`<ForDirectDownload/>`), an empty object in JSON (`"ForDirectDownload": {}`), as the pages'
/// request samples write the restore options that are chosen by their presence. A member of
/// this type is `Option<Empty>`: `Some(Empty)` sends the empty element (or `{}`).
///
/// Reads: XML, an element with blank text (text inside is an error, not dropped); JSON, `{}`
/// (an object with members is an error), `null` as absent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Empty;

impl Serialize for Empty {
    /// `{}`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        serializer.serialize_map(Some(0))?.end()
    }
}

impl<'de> Deserialize<'de> for Empty {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Empty;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an empty object {}")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Empty, A::Error> {
                match map.next_key::<String>()? {
                    None => Ok(Empty),
                    Some(key) => Err(serde::de::Error::custom(format_args!(
                        "an empty object was expected, it has {key:?}"
                    ))),
                }
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl XmlText for Empty {
    fn from_text(s: &str) -> Result<Self, DecodeError> {
        if s.trim().is_empty() {
            Ok(Empty)
        } else {
            Err(DecodeError::new(format!(
                "an empty element was expected, it holds {s:?}"
            )))
        }
    }

    fn to_text(&self) -> String {
        String::new()
    }
}

#[cfg(test)]
mod empty_tests {
    use super::Empty;
    use crate::xml::XmlText;

    #[test]
    fn empty_is_an_empty_element_and_an_empty_object() {
        assert_eq!(serde_json::to_string(&Empty).unwrap(), "{}");
        assert_eq!(serde_json::from_str::<Empty>("{}").unwrap(), Empty);
        assert!(serde_json::from_str::<Empty>(r#"{"a": 1}"#).is_err());
        assert!(serde_json::from_str::<Empty>("\"x\"").is_err());
        assert_eq!(Empty::from_text("  ").unwrap(), Empty);
        assert!(Empty::from_text("x").is_err());
        assert_eq!(Empty.to_text(), "");
    }
}
