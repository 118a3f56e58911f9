//! Value types the API's fields use: [`Uid`], [`DateTime`] (with [`Timestamp`]), [`Url`], and the
//! wire [`Format`].
//!
//! The three string newtypes keep the server's exact text, so a value read and written back is
//! byte-for-byte the same. Reading (XML, JSON) does not validate them; [`FromStr`] (for values a
//! program builds) rejects blank text, and `DateTime`'s also requires ISO 8601.

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

/// A point in time as the server wrote it (`2016-10-06T13:59:50.783Z`), kept as text;
/// [`DateTime::parse`] reads its fields.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DateTime(pub String);

text_newtype!(DateTime, "date-time");

impl DateTime {
    /// The fields of the text, read as ISO 8601 / XML Schema `dateTime`:
    /// `YYYY-MM-DDThh:mm:ss[.fraction][Z|±hh:mm|±hhmm|±hh]` (`T` may be `t` or a space; the
    /// seconds may be absent; fraction digits past nanoseconds are dropped).
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

/// The fields of a [`DateTime`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp {
    /// Year (`2016`).
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
    /// Second, 0–60 (60: a leap second).
    pub second: u8,
    /// Fraction of the second, in nanoseconds.
    pub nanos: u32,
    /// Offset from UTC in minutes (`Z`: `Some(0)`); `None` when the text has none (local time).
    pub offset_minutes: Option<i32>,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Reads exactly `n` ASCII digits at `*pos`.
fn digits(b: &[u8], pos: &mut usize, n: usize) -> Option<u32> {
    let chunk = b.get(*pos..*pos + n)?;
    let mut v: u32 = 0;
    for &c in chunk {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(c - b'0');
    }
    *pos += n;
    Some(v)
}

fn expect(b: &[u8], pos: &mut usize, what: &[u8]) -> Option<()> {
    let c = *b.get(*pos)?;
    if what.contains(&c) {
        *pos += 1;
        Some(())
    } else {
        None
    }
}

impl Timestamp {
    /// Reads ISO 8601 text; see [`DateTime::parse`].
    pub fn parse(text: &str) -> Result<Timestamp, DecodeError> {
        Self::parse_inner(text.trim())
            .ok_or_else(|| DecodeError::new(format!("not an ISO 8601 date-time: {text:?}")))
    }

    fn parse_inner(s: &str) -> Option<Timestamp> {
        let b = s.as_bytes();
        let mut p = 0;
        let negative = b.first() == Some(&b'-');
        if negative {
            p += 1;
        }
        let year = digits(b, &mut p, 4)? as i32;
        let year = if negative { -year } else { year };
        expect(b, &mut p, b"-")?;
        let month = digits(b, &mut p, 2)? as u8;
        expect(b, &mut p, b"-")?;
        let day = digits(b, &mut p, 2)? as u8;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        expect(b, &mut p, b"Tt ")?;
        let hour = digits(b, &mut p, 2)? as u8;
        expect(b, &mut p, b":")?;
        let minute = digits(b, &mut p, 2)? as u8;
        let mut second = 0;
        let mut nanos = 0;
        if b.get(p) == Some(&b':') {
            p += 1;
            second = digits(b, &mut p, 2)? as u8;
            if matches!(b.get(p), Some(b'.') | Some(b',')) {
                p += 1;
                let start = p;
                let mut scale = 100_000_000;
                while let Some(c) = b.get(p).filter(|c| c.is_ascii_digit()) {
                    nanos += u32::from(c - b'0') * scale;
                    scale /= 10;
                    p += 1;
                }
                if p == start {
                    return None;
                }
            }
        }
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        let offset_minutes = match b.get(p) {
            None => None,
            Some(b'Z') | Some(b'z') => {
                p += 1;
                Some(0)
            }
            Some(&sign @ (b'+' | b'-')) => {
                p += 1;
                let h = digits(b, &mut p, 2)? as i32;
                let m = if b.get(p) == Some(&b':') {
                    p += 1;
                    digits(b, &mut p, 2)? as i32
                } else if p < b.len() {
                    digits(b, &mut p, 2)? as i32
                } else {
                    0
                };
                if h > 23 || m > 59 {
                    return None;
                }
                let total = h * 60 + m;
                Some(if sign == b'-' { -total } else { total })
            }
            Some(_) => return None,
        };
        if p != b.len() {
            return None;
        }
        Some(Timestamp {
            year,
            month,
            day,
            hour,
            minute,
            second,
            nanos,
            offset_minutes,
        })
    }
}

impl fmt::Display for Timestamp {
    /// `YYYY-MM-DDThh:mm:ss[.fff…][Z|±hh:mm]`: the fraction with trailing zeros dropped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year < 0 {
            write!(f, "-{:04}", self.year.unsigned_abs())?;
        } else {
            write!(f, "{:04}", self.year)?;
        }
        write!(
            f,
            "-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.month, self.day, self.hour, self.minute, self.second
        )?;
        if self.nanos != 0 {
            let fraction = format!("{:09}", self.nanos);
            write!(f, ".{}", fraction.trim_end_matches('0'))?;
        }
        match self.offset_minutes {
            None => Ok(()),
            Some(0) => f.write_str("Z"),
            Some(m) => {
                let sign = if m < 0 { '-' } else { '+' };
                let m = m.unsigned_abs();
                write!(f, "{sign}{:02}:{:02}", m / 60, m % 60)
            }
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

    #[test]
    fn datetime_parses_iso_8601() {
        let t = DateTime::from("2016-10-06T13:59:50.783Z").parse().unwrap();
        assert_eq!(
            t,
            Timestamp {
                year: 2016,
                month: 10,
                day: 6,
                hour: 13,
                minute: 59,
                second: 50,
                nanos: 783_000_000,
                offset_minutes: Some(0),
            }
        );
        assert_eq!(t.to_string(), "2016-10-06T13:59:50.783Z");

        let t = Timestamp::parse("2024-02-29T23:05:01.1234567-05:30").unwrap();
        assert_eq!((t.nanos, t.offset_minutes), (123_456_700, Some(-330)));
        assert_eq!(t.to_string(), "2024-02-29T23:05:01.1234567-05:30");

        let t = Timestamp::parse("2016-10-06 13:59").unwrap();
        assert_eq!((t.second, t.offset_minutes), (0, None));
        let t = Timestamp::parse("2016-10-06T13:59:50+0200").unwrap();
        assert_eq!(t.offset_minutes, Some(120));
        let t = Timestamp::parse("2016-10-06T13:59:50.1234567891+02").unwrap();
        assert_eq!((t.nanos, t.offset_minutes), (123_456_789, Some(120)));

        for bad in [
            "",
            "2016-10-06",
            "2016-13-01T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2016-10-06T24:00:00Z",
            "2016-10-06T13:59:50.Z",
            "2016-10-06T13:59:50Zjunk",
            "2016-10-06T13:59:50+25:00",
            "2016-1-06T13:59:50Z",
            "２０１６-10-06T13:59:50Z",
        ] {
            let e = Timestamp::parse(bad).unwrap_err();
            assert!(e.reason().starts_with("not an ISO 8601"), "{bad}: {e}");
        }
        // Reading keeps any text; FromStr checks it.
        assert_eq!(DateTime::from_text("soon").unwrap().as_str(), "soon");
        assert!("soon".parse::<DateTime>().is_err());
        assert!("2016-10-06T13:59:50Z".parse::<DateTime>().is_ok());
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
