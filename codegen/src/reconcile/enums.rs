//! The model's enums as the crate has them: only those a field uses; a `True | False` value set
//! is a `bool`; enums with the same value set are one enum (the pages give one per field: ten
//! copies of `Success | Warning | Failed`), named by what their fields share.

use std::collections::{BTreeMap, BTreeSet};

use super::schema::{EnumDef, StructDef, ValueType};
use crate::model::Model;

/// What [`build`] did, beside the enums: recorded in the schema so dumps show it.
#[derive(Debug, Default)]
pub struct Outcome {
    pub enums: BTreeMap<String, EnumDef>,
    /// Model enums whose values are `True | False`, read as `bool`.
    pub as_bool: BTreeSet<String>,
}

/// Builds the schema's enums from the model's and retypes the fields that use them.
pub fn build(model: &Model, structs: &mut BTreeMap<String, StructDef>) -> Outcome {
    let used: BTreeSet<&str> = structs
        .values()
        .flat_map(|s| s.fields.iter())
        .filter_map(|f| match &f.ty {
            ValueType::Enum(e) => Some(e.as_str()),
            _ => None,
        })
        .collect();
    let mut out = Outcome::default();
    // Value set (sorted) → the model enums that have it, by name.
    let mut groups: BTreeMap<Vec<&str>, Vec<&crate::model::EnumDef>> = BTreeMap::new();
    for e in model
        .enums
        .values()
        .filter(|e| used.contains(e.name.as_str()))
    {
        if is_bool(&e.values) {
            out.as_bool.insert(e.name.clone());
            continue;
        }
        let mut set: Vec<&str> = e.values.iter().map(String::as_str).collect();
        set.sort_unstable();
        set.dedup();
        groups.entry(set).or_default().push(e);
    }

    // Names no merged enum may take: structs, and enums that stay as they are.
    let mut taken: BTreeSet<String> = structs.keys().cloned().collect();
    taken.extend(
        groups
            .values()
            .filter(|g| g.len() == 1)
            .map(|g| g[0].name.clone()),
    );
    // Field names shared by the users of more than one value set: too vague alone (`State`).
    let mut field_sets: BTreeMap<&str, BTreeSet<&Vec<&str>>> = BTreeMap::new();
    for (set, members) in &groups {
        for user in members.iter().flat_map(|e| &e.used_by) {
            field_sets.entry(field_of(user)).or_default().insert(set);
        }
    }
    let ambiguous: BTreeSet<&str> = field_sets
        .into_iter()
        .filter(|(_, sets)| sets.len() > 1)
        .map(|(f, _)| f)
        .collect();

    // Renames: model enum name → schema enum name.
    let mut renamed: BTreeMap<String, String> = BTreeMap::new();
    // Larger groups name themselves first; then by value set: deterministic.
    let mut order: Vec<(&Vec<&str>, &Vec<&crate::model::EnumDef>)> = groups.iter().collect();
    order.sort_by_key(|(set, members)| (std::cmp::Reverse(members.len()), *set));
    for (_, members) in order {
        let name = if members.len() == 1 {
            members[0].name.clone()
        } else {
            let name = merged_name(members, &taken, &ambiguous);
            taken.insert(name.clone());
            name
        };
        let first = members[0];
        let mut used_by: BTreeSet<&str> = BTreeSet::new();
        // A value the members' pages describe differently (a vSphere portal's tenant, a Cloud
        // Director organization's members) keeps each text, as paragraphs.
        let mut value_docs: BTreeMap<String, String> = BTreeMap::new();
        for e in members.iter() {
            used_by.extend(e.used_by.iter().map(String::as_str));
            for (v, d) in &e.value_docs {
                let doc = value_docs.entry(v.clone()).or_default();
                if !doc.split("\n\n").any(|p| p == d) {
                    if !doc.is_empty() {
                        doc.push_str("\n\n");
                    }
                    doc.push_str(d);
                }
            }
            renamed.insert(e.name.clone(), name.clone());
        }
        let def = EnumDef {
            source: first.source.clone(),
            name: name.clone(),
            doc: format!(
                "Possible values of {}.",
                used_by.into_iter().collect::<Vec<_>>().join(", ")
            ),
            values: first.values.clone(),
            value_docs,
            merged_from: if members.len() > 1 {
                members.iter().map(|e| e.name.clone()).collect()
            } else {
                Vec::new()
            },
        };
        out.enums.insert(name, def);
    }

    for f in structs.values_mut().flat_map(|s| s.fields.iter_mut()) {
        let ValueType::Enum(e) = &f.ty else { continue };
        f.ty = if out.as_bool.contains(e) {
            ValueType::Bool
        } else {
            match renamed.get(e) {
                Some(name) => ValueType::Enum(name.clone()),
                // A field whose enum did not survive (no model enum of that name) is text.
                None => ValueType::String,
            }
        };
    }
    out
}

/// `True | False` in any case, and nothing else: a boolean the table calls a string.
fn is_bool(values: &[String]) -> bool {
    let lower: BTreeSet<String> = values.iter().map(|v| v.to_ascii_lowercase()).collect();
    lower.len() == 2 && lower.contains("true") && lower.contains("false")
}

/// `BackupJobSession.Result` → `Result`.
fn field_of(user: &str) -> &str {
    user.rsplit_once('.').map_or(user, |(_, f)| f)
}

fn owner_of(user: &str) -> &str {
    user.rsplit_once('.').map_or("", |(o, _)| o)
}

/// The name of enums merged for sharing a value set, the first of these that no struct or
/// other enum has:
/// 1. a name a table gave (the field's type, `DaysOfWeekEnumeration`), most used first;
/// 2. the field name most users have (`JobSchedulerType`), unless a prelude name (`Result`) or
///    one the users of another value set have too (`State`);
/// 3. that field name after the longest run of words every owner's name has (`Session` +
///    `Result`, `TaskSession` + `State`);
/// 4. the most used member's name (then the shortest, then the first by name).
fn merged_name(
    members: &[&crate::model::EnumDef],
    taken: &BTreeSet<String>,
    ambiguous: &BTreeSet<&str>,
) -> String {
    let free = |n: &str| !taken.contains(n) && !PRELUDE.contains(&n);
    let users: Vec<&str> = members
        .iter()
        .flat_map(|e| e.used_by.iter().map(String::as_str))
        .collect();
    // Most used first, then by name.
    let mut by_use: Vec<&crate::model::EnumDef> = members.to_vec();
    by_use.sort_by_key(|e| {
        (
            std::cmp::Reverse(e.used_by.len()),
            e.name.len(),
            e.name.clone(),
        )
    });

    let documented = by_use.iter().find(|e| {
        e.used_by
            .iter()
            .all(|u| format!("{}{}", owner_of(u), field_of(u)) != e.name)
    });
    if let Some(e) = documented.filter(|e| free(&e.name)) {
        return e.name.clone();
    }
    // The field name most users have (then the longest: the pages' typos drop letters,
    // `PoinType`), then the first by name.
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for u in &users {
        *counts.entry(field_of(u)).or_default() += 1;
    }
    let field = counts
        .into_iter()
        .max_by_key(|(f, n)| (*n, f.len(), std::cmp::Reverse(*f)));
    if let Some((field, n)) = field {
        // Alone, only when most fields have that name.
        if n * 2 > users.len() && free(field) && !ambiguous.contains(field) {
            return field.to_string();
        }
        let owners: Vec<Vec<&str>> = users.iter().map(|u| words(owner_of(u))).collect();
        if let Some(run) = common_run(&owners) {
            let name = format!("{run}{field}");
            if free(&name) {
                return name;
            }
        }
    }
    by_use
        .iter()
        .map(|e| e.name.clone())
        .find(|n| free(n))
        .unwrap_or_else(|| by_use[0].name.clone())
}

/// Names the generated code would rename (`Result` → `ResultType`): a merged enum takes a name
/// it keeps.
const PRELUDE: &[&str] = &[
    "Result", "Option", "Box", "String", "Vec", "Some", "None", "Ok", "Err", "Self",
];

/// `CloudFailoverTaskSessionInfoListType` → `Cloud`, `Failover`, `Task`, `Session`, … (an
/// uppercase run keeps its last letter for the next word: `VSphere` → `V`, `Sphere`).
fn words(name: &str) -> Vec<&str> {
    let b = name.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..b.len() {
        let boundary = b[i].is_ascii_uppercase()
            && (b[i - 1].is_ascii_lowercase()
                || b[i - 1].is_ascii_digit()
                || (b[i - 1].is_ascii_uppercase()
                    && b.get(i + 1).is_some_and(u8::is_ascii_lowercase)));
        if boundary {
            out.push(&name[start..i]);
            start = i;
        }
    }
    if start < name.len() {
        out.push(&name[start..]);
    }
    out
}

/// The longest run of whole words every name has (the first such run of the first name).
fn common_run(names: &[Vec<&str>]) -> Option<String> {
    let (first, rest) = names.split_first()?;
    for len in (1..=first.len()).rev() {
        for run in first.windows(len) {
            if rest.iter().all(|w| w.windows(len).any(|x| x == run)) {
                return Some(run.concat());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Source;

    fn model_enum(name: &str, values: &[&str], users: &[&str]) -> crate::model::EnumDef {
        crate::model::EnumDef {
            source: Source::default(),
            name: name.into(),
            values: values.iter().map(|v| v.to_string()).collect(),
            value_docs: BTreeMap::new(),
            used_by: users.iter().map(|u| u.to_string()).collect(),
        }
    }

    #[test]
    fn words_split_camel_case() {
        assert_eq!(
            words("VSphereSelfServiceConfig"),
            ["V", "Sphere", "Self", "Service", "Config"]
        );
        assert_eq!(
            words("CloudTenantVCloud"),
            ["Cloud", "Tenant", "V", "Cloud"]
        );
        assert_eq!(words("UIDType"), ["UID", "Type"]);
    }

    #[test]
    fn merged_names() {
        let none = BTreeSet::new();
        let nothing = BTreeSet::new();
        let a = model_enum(
            "BackupJobSessionResult",
            &["Success"],
            &["BackupJobSession.Result"],
        );
        let b = model_enum(
            "RestoreSessionResult",
            &["Success"],
            &["RestoreSession.Result"],
        );
        // `Result` is the prelude's: qualified by what the owners share.
        assert_eq!(merged_name(&[&a, &b], &none, &nothing), "SessionResult");
        let c = model_enum("JobScheduleOs", &["Linux"], &["JobSchedule.Os"]);
        let d = model_enum("MountSpecOs", &["Linux"], &["MountSpec.Os"]);
        assert_eq!(merged_name(&[&c, &d], &none, &nothing), "Os");
        // A field name another value set's fields have too is qualified, or else the most used.
        let ambiguous = BTreeSet::from(["Os"]);
        assert_eq!(merged_name(&[&c, &d], &none, &ambiguous), "MountSpecOs");
        // A name a table gave wins.
        let e = model_enum("DaysOfWeek", &["Monday"], &["Daily.Days"]);
        let f = model_enum("WeeklySelectedDay", &["Monday"], &["Weekly.SelectedDay"]);
        assert_eq!(merged_name(&[&e, &f], &none, &nothing), "DaysOfWeek");
        let taken = BTreeSet::from(["DaysOfWeek".to_string()]);
        assert_eq!(
            merged_name(&[&e, &f], &taken, &nothing),
            "WeeklySelectedDay"
        );
    }

    #[test]
    fn build_merges_and_retypes() {
        use crate::reconcile::schema::{FieldDef, XmlPlacement};
        let field = |name: &str, e: &str| FieldDef {
            name: name.to_lowercase(),
            xml: XmlPlacement::Element { name: name.into() },
            json: name.into(),
            json_list: None,
            ty: ValueType::Enum(e.into()),
            required: false,
            doc: String::new(),
            evidence: "table".into(),
        };
        let strukt = |name: &str, fields: Vec<FieldDef>| StructDef {
            source: Source::default(),
            name: name.into(),
            doc: String::new(),
            roots: Vec::new(),
            fields,
            text: None,
            text_json: "Value".into(),
        };
        let mut model = Model::default();
        let mut a = model_enum("JobResult", &["Success", "Failed"], &["Job.Result"]);
        a.value_docs
            .insert("Success".into(), "The job worked.".into());
        let mut b = model_enum("TaskResult", &["Failed", "Success"], &["Task.Result"]);
        b.value_docs
            .insert("Success".into(), "The task worked.".into());
        b.value_docs.insert("Failed".into(), "It did not.".into());
        let c = model_enum("JobFlag", &["True", "False"], &["Job.Flag"]);
        let d = model_enum("Unused", &["Success", "Failed"], &["Nobody.Result"]);
        for e in [a, b, c, d] {
            model.enums.insert(e.name.clone(), e);
        }
        let mut structs = BTreeMap::from([
            (
                "Job".to_string(),
                strukt(
                    "Job",
                    vec![
                        field("Result", "JobResult"),
                        field("Flag", "JobFlag"),
                        field("Kind", "NoSuchEnum"),
                    ],
                ),
            ),
            (
                "Task".to_string(),
                strukt("Task", vec![field("Result", "TaskResult")]),
            ),
        ]);
        let out = build(&model, &mut structs);
        // `Result` is the prelude's and the owners share no word: the shorter member's name.
        assert_eq!(out.enums.keys().collect::<Vec<_>>(), ["JobResult"]);
        let merged = &out.enums["JobResult"];
        assert_eq!(merged.merged_from, ["JobResult", "TaskResult"]);
        assert_eq!(merged.values, ["Success", "Failed"]);
        assert_eq!(
            merged.value_docs["Success"],
            "The job worked.\n\nThe task worked."
        );
        assert_eq!(merged.value_docs["Failed"], "It did not.");
        assert_eq!(merged.doc, "Possible values of Job.Result, Task.Result.");
        assert_eq!(out.as_bool, BTreeSet::from(["JobFlag".to_string()]));
        let ty = |s: &str, i: usize| structs[s].fields[i].ty.clone();
        assert_eq!(ty("Job", 0), ValueType::Enum("JobResult".into()));
        assert_eq!(ty("Task", 0), ValueType::Enum("JobResult".into()));
        assert_eq!(ty("Job", 1), ValueType::Bool);
        assert_eq!(ty("Job", 2), ValueType::String);
    }

    #[test]
    fn booleans() {
        assert!(is_bool(&["True".into(), "False".into()]));
        assert!(is_bool(&["false".into(), "TRUE".into()]));
        assert!(!is_bool(&["True".into(), "False".into(), "Auto".into()]));
        assert!(!is_bool(&["True".into()]));
    }
}
