//! Fields typed by their name where the tables say text: a member named `…Uid`/`…UID` holding
//! `urn:veeam:` values is a [`ValueType::Uid`], one named `…Time`/`…TimeUTC` holding date-times
//! a [`ValueType::DateTime`], in every struct it occurs in. Samples are the truth: a field whose
//! own sample values are not UIDs (date-times) stays text, with a diagnostic; a field no sample
//! shows takes what the samples of the same member name elsewhere show, when they all agree.
//! A member named `…Password` is a [`ValueType::Secret`] (redacted in `Debug`).

use std::collections::BTreeMap;

use super::schema::{Retyped, Schema, ValueType, XmlPlacement};
use crate::diag::{Code, Diagnostic};

/// The scalar values the XML samples show, by (struct, element or attribute name).
pub type SampleValues = BTreeMap<(String, String), Vec<String>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Uid,
    DateTime,
}

impl Kind {
    /// What a member's name says it holds.
    fn of(name: &str) -> Option<Kind> {
        if name.ends_with("Uid") || name.ends_with("UID") {
            Some(Kind::Uid)
        } else if ["Time", "TimeUTC", "TimeUtc"]
            .iter()
            .any(|s| name.ends_with(s))
        {
            Some(Kind::DateTime)
        } else {
            None
        }
    }

    fn ty(self) -> ValueType {
        match self {
            Kind::Uid => ValueType::Uid,
            Kind::DateTime => ValueType::DateTime,
        }
    }

    fn what(self) -> &'static str {
        match self {
            Kind::Uid => "a UID (urn:veeam:…)",
            Kind::DateTime => "a date-time",
        }
    }

    /// Whether a sample value is one; empty text (`<WanAcceleratorUid/>`) says nothing.
    fn fits(self, v: &str) -> Option<bool> {
        let v = v.trim();
        if v.is_empty() {
            return None;
        }
        Some(match self {
            Kind::Uid => v
                .get(..10)
                .is_some_and(|p| p.eq_ignore_ascii_case("urn:veeam:")),
            Kind::DateTime => is_date_time(v),
        })
    }
}

/// `YYYY-MM-DDThh:mm…`: what the samples write (`2016-10-06T13:59:50.783Z`); the runtime's
/// `DateTime::parse` reads the rest.
fn is_date_time(v: &str) -> bool {
    let b = v.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && matches!(b.get(10), Some(b'T' | b't' | b' '))
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
}

/// What the samples say of a set of values: `Some(true)` all fit (at least one), `Some(false)`
/// one does not, `None` nothing to go by.
fn verdict<'a>(kind: Kind, values: impl Iterator<Item = &'a String>) -> Option<bool> {
    let mut any = false;
    for v in values {
        match kind.fits(v) {
            Some(false) => return Some(false),
            Some(true) => any = true,
            None => {}
        }
    }
    any.then_some(true)
}

/// Retypes the text fields whose names and samples agree; records each in
/// [`Schema::retyped`].
pub fn apply(schema: &mut Schema, values: &SampleValues, diagnostics: &mut Vec<Diagnostic>) {
    // Every sample value of each member name, whatever the struct.
    let mut by_name: BTreeMap<&str, Vec<&String>> = BTreeMap::new();
    for ((_, member), vs) in values {
        by_name.entry(member).or_default().extend(vs);
    }
    let mut retyped = Vec::new();
    for s in schema.structs.values_mut() {
        for f in &mut s.fields {
            if f.ty != ValueType::String {
                continue;
            }
            // A password is a secret whatever the samples show.
            if f.xml.key().to_ascii_lowercase().ends_with("password") {
                retyped.push(Retyped {
                    field: format!("{}.{}", s.name, f.name),
                    from: f.ty.clone(),
                    to: ValueType::Secret,
                    evidence: "its name".to_string(),
                });
                f.ty = ValueType::Secret;
                continue;
            }
            let names: Vec<&str> = match &f.xml {
                XmlPlacement::Wrapped { wrapper, item } => vec![item, wrapper],
                p => vec![p.key()],
            };
            let Some((kind, member)) = names
                .iter()
                .chain(std::iter::once(&f.json.as_str()))
                .find_map(|n| Kind::of(n).map(|k| (k, *n)))
            else {
                continue;
            };
            let own = names
                .iter()
                .filter_map(|n| values.get(&(s.name.clone(), n.to_string())))
                .flatten();
            let evidence = match verdict(kind, own.clone()) {
                Some(true) => "its samples".to_string(),
                Some(false) => {
                    let bad = own.into_iter().find(|v| kind.fits(v) == Some(false));
                    diagnostics.push(Diagnostic::new(
                        s.source.clone(),
                        Code::TableSampleMismatch,
                        format!(
                            "{}.{member}: named like {}, a sample has {:?}; carried as text",
                            s.name,
                            kind.what(),
                            bad.map_or("", String::as_str)
                        ),
                    ));
                    continue;
                }
                None => {
                    let elsewhere = names.iter().filter_map(|n| by_name.get(n)).flatten();
                    if verdict(kind, elsewhere.copied()) != Some(true) {
                        continue;
                    }
                    format!("the samples of {member} in other structs")
                }
            };
            retyped.push(Retyped {
                field: format!("{}.{}", s.name, f.name),
                from: f.ty.clone(),
                to: kind.ty(),
                evidence,
            });
            f.ty = kind.ty();
        }
    }
    schema.retyped = retyped;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Source;
    use crate::reconcile::schema::{FieldDef, StructDef};

    fn field(name: &str) -> FieldDef {
        FieldDef {
            name: name.to_lowercase(),
            xml: XmlPlacement::Element { name: name.into() },
            json: name.into(),
            json_list: None,
            ty: ValueType::String,
            required: false,
            doc: String::new(),
            evidence: "sample".into(),
        }
    }

    fn schema(structs: &[(&str, &[&str])]) -> Schema {
        let mut schema = Schema::default();
        for (name, fields) in structs {
            schema.structs.insert(
                name.to_string(),
                StructDef {
                    source: Source::default(),
                    name: name.to_string(),
                    doc: String::new(),
                    roots: Vec::new(),
                    fields: fields.iter().map(|f| field(f)).collect(),
                    text: None,
                    text_json: "Value".into(),
                },
            );
        }
        schema
    }

    fn ty(schema: &Schema, s: &str, f: &str) -> ValueType {
        let f = f.to_lowercase();
        schema.structs[s]
            .fields
            .iter()
            .find(|x| x.name == f)
            .unwrap()
            .ty
            .clone()
    }

    #[test]
    fn names_and_samples_agree() {
        let mut schema = schema(&[
            (
                "Job",
                &[
                    "RepositoryUid",
                    "CreationTimeUTC",
                    "NextRunTime",
                    "Name",
                    "Password",
                    "PasswordKeyId",
                ],
            ),
            (
                "Session",
                &["RepositoryUid", "CreationTimeUTC", "HostUid", "StartTime"],
            ),
            ("Other", &["HostUid"]),
        ]);
        let values = SampleValues::from([
            (
                ("Job".into(), "RepositoryUid".into()),
                vec!["urn:veeam:Repository:1".into(), String::new()],
            ),
            (
                ("Job".into(), "CreationTimeUTC".into()),
                vec!["2016-10-06T13:59:50.783Z".into()],
            ),
            // A schedule's time of day is no date-time.
            (("Job".into(), "NextRunTime".into()), vec!["10:00".into()]),
            (("Job".into(), "Name".into()), vec!["urn:veeam:x".into()]),
            // Not a UID: stays text, whatever other structs' fields of that name hold.
            (("Session".into(), "HostUid".into()), vec!["42".into()]),
            (
                ("Other".into(), "HostUid".into()),
                vec!["urn:veeam:Host:1".into()],
            ),
        ]);
        let mut diags = Vec::new();
        apply(&mut schema, &values, &mut diags);
        assert_eq!(ty(&schema, "Job", "RepositoryUid"), ValueType::Uid);
        assert_eq!(ty(&schema, "Job", "CreationTimeUTC"), ValueType::DateTime);
        assert_eq!(ty(&schema, "Job", "NextRunTime"), ValueType::String);
        assert_eq!(ty(&schema, "Job", "Name"), ValueType::String);
        // No samples of its own: the same member elsewhere decides.
        assert_eq!(ty(&schema, "Session", "RepositoryUid"), ValueType::Uid);
        assert_eq!(
            ty(&schema, "Session", "CreationTimeUTC"),
            ValueType::DateTime
        );
        // Nothing anywhere says what StartTime holds.
        assert_eq!(ty(&schema, "Session", "StartTime"), ValueType::String);
        assert_eq!(ty(&schema, "Session", "HostUid"), ValueType::String);
        assert_eq!(ty(&schema, "Other", "HostUid"), ValueType::Uid);
        assert_eq!(ty(&schema, "Job", "Password"), ValueType::Secret);
        assert_eq!(ty(&schema, "Job", "PasswordKeyId"), ValueType::String);
        assert_eq!(schema.retyped.len(), 6);
        assert_eq!(schema.retyped[0].evidence, "its samples");
        let messages: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with("Job.NextRunTime: named like a date-time"));
        assert!(messages[1].contains("Session.HostUid: named like a UID"));
    }
}
