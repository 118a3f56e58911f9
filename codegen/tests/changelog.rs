//! The changelog: every kind of change on small hand-made surfaces, the seed pages through the
//! whole pipeline, and the 13.0 → 13.0 + 13.1-partial update of the reference (snapshots).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use veeam_em_codegen::changelog::surface::{
    EnumSurface, FieldSurface, OpSurface, PageVersion, TypeSurface,
};
use veeam_em_codegen::changelog::{compare, compare_models, Changelog, Kind, Level, Surface};

fn field(name: &str, value: &str, required: bool) -> FieldSurface {
    FieldSurface {
        name: name.into(),
        value: value.into(),
        repeat: "one".into(),
        required,
        xml: format!("<{name}>"),
        json: name.into(),
        doc: String::new(),
    }
}

fn op(fn_name: &str, method: &str, path: &str) -> OpSurface {
    OpSurface {
        fn_name: fn_name.into(),
        method: method.into(),
        path: path.into(),
        success: vec![200],
        response: Some("Job".into()),
        shape: "entity".into(),
        doc_url: Some(format!("https://help.example/{fn_name}.html")),
        doc: "Get a job.".into(),
        ..OpSurface::default()
    }
}

/// A small API: one operation, one struct with two fields, one enum.
fn base() -> Surface {
    let mut s = Surface::default();
    s.pages.push(PageVersion {
        file: "get_jobs_id.md".into(),
        url: Some("https://help.example/get_jobs_id.html".into()),
        product_version: Some("13.0.1.1071".into()),
        superseded_by: None,
    });
    let mut get = op("get_jobs_by_id", "GET", "/jobs/{ID}");
    get.path_params = vec!["ID".into()];
    s.operations.insert("GET /jobs/{ID}".into(), get);
    s.types.insert(
        "Job".into(),
        TypeSurface {
            roots: vec!["Job".into()],
            text: None,
            fields: vec![field("name", "String", true), field("port", "i64", false)],
            doc: "A job.".into(),
        },
    );
    s.enums.insert(
        "JobType".into(),
        EnumSurface {
            values: vec!["Backup".into(), "Replica".into()],
            doc: "Job types.".into(),
        },
    );
    s
}

/// The kinds found, and the verdict, when `edit` is applied to the base.
fn diff(edit: impl FnOnce(&mut Surface)) -> Changelog {
    let old = base();
    let mut new = base();
    edit(&mut new);
    compare(&old, &new)
}

fn kinds(log: &Changelog) -> Vec<(Kind, String)> {
    log.changes
        .iter()
        .chain(&log.docs)
        .map(|c| (c.kind, c.item.clone()))
        .collect()
}

fn job(s: &mut Surface) -> &mut TypeSurface {
    s.types.get_mut("Job").expect("Job")
}

fn get(s: &mut Surface) -> &mut OpSurface {
    s.operations.get_mut("GET /jobs/{ID}").expect("GET")
}

#[test]
fn nothing_changed_is_patch() {
    let log = diff(|_| {});
    assert!(log.changes.is_empty() && log.docs.is_empty());
    assert_eq!(log.verdict.level, Level::Patch);
    assert_eq!(log.verdict.reasons, vec!["nothing changed"]);
}

#[test]
fn operations_added_removed_and_moved() {
    let log = diff(|s| {
        s.operations.insert(
            "DELETE /jobs/{ID}".into(),
            op("delete_jobs_by_id", "DELETE", "/jobs/{ID}"),
        );
    });
    assert_eq!(
        kinds(&log),
        vec![(Kind::OperationAdded, "DELETE /jobs/{ID}".into())]
    );
    assert_eq!(log.verdict.level, Level::Minor);
    assert_eq!(log.verdict.bump_0x, "0.x.(y+1)");

    let log = diff(|s| {
        s.operations.clear();
    });
    assert_eq!(
        kinds(&log),
        vec![(Kind::OperationRemoved, "GET /jobs/{ID}".into())]
    );
    assert_eq!(log.verdict.level, Level::Major);
    assert_eq!(log.verdict.bump_0x, "0.(x+1).0");

    // Same help-center page, new path: a path change (and so a rename), not remove + add.
    let log = diff(|s| {
        let mut moved = s.operations.remove("GET /jobs/{ID}").expect("GET");
        moved.path = "/backupJobs/{ID}".into();
        moved.fn_name = "get_backup_jobs_by_id".into();
        s.operations.insert("GET /backupJobs/{ID}".into(), moved);
    });
    assert_eq!(
        kinds(&log),
        vec![
            (Kind::OperationRenamed, "GET /jobs/{ID}".into()),
            (Kind::OperationPath, "GET /jobs/{ID}".into()),
        ]
    );
    assert_eq!(log.changes[1].detail, "/jobs/{ID} → /backupJobs/{ID}");
}

#[test]
fn operation_signature_changes_are_major() {
    for (edit, kind) in [
        (
            (|o: &mut OpSurface| o.query_params.push("filter".into())) as fn(&mut OpSurface),
            Kind::OperationParameters,
        ),
        (
            |o: &mut OpSurface| o.path_params.push("ID2".into()),
            Kind::OperationParameters,
        ),
        (
            |o: &mut OpSurface| o.request = Some("JobSpec".into()),
            Kind::OperationRequest,
        ),
        (
            |o: &mut OpSurface| o.response = Some("Task".into()),
            Kind::OperationResponse,
        ),
        (
            |o: &mut OpSurface| o.response = None,
            Kind::OperationResponse,
        ),
    ] {
        let log = diff(|s| edit(get(s)));
        assert_eq!(kinds(&log), vec![(kind, "GET /jobs/{ID}".into())]);
        assert_eq!(log.verdict.level, Level::Major, "{kind:?}");
    }
    // A renamed path parameter is not an API change (arguments are positional).
    let log = diff(|s| get(s).path_params = vec!["ID1".into()]);
    assert!(log.changes.is_empty(), "{:?}", log.changes);
}

#[test]
fn operation_behaviour_changes_are_minor() {
    let log = diff(|s| {
        let o = get(s);
        o.success = vec![200, 202];
        o.shape = "task".into();
        o.filters = vec!["Name: String".into()];
    });
    assert_eq!(
        kinds(&log),
        vec![
            (Kind::OperationStatuses, "GET /jobs/{ID}".into()),
            (Kind::OperationShape, "GET /jobs/{ID}".into()),
            (Kind::OperationFilters, "GET /jobs/{ID}".into()),
        ]
    );
    assert_eq!(log.changes[0].detail, "200 → 200, 202");
    assert_eq!(log.changes[2].detail, "+Name: String");
    assert_eq!(log.verdict.level, Level::Minor);
}

#[test]
fn documentation_is_counted_apart() {
    let log = diff(|s| {
        get(s).doc = "Get one job.".into();
        get(s).doc_url = Some("https://help.example/v13/get_jobs_id.html".into());
        job(s).doc = "One job.".into();
        job(s).fields[0].doc = "The job's name.".into();
        s.enums.get_mut("JobType").expect("enum").doc = "Kinds.".into();
    });
    assert!(log.changes.is_empty());
    assert_eq!(log.docs.len(), 4);
    assert_eq!(log.counts.get(&Kind::Doc), Some(&4));
    assert_eq!(log.verdict.level, Level::Patch);
    assert!(log.verdict.reasons[0].starts_with("4 doc: documentation only"));
    assert!(log.to_markdown().contains("### Documentation only (4)"));
}

#[test]
fn types_added_and_removed() {
    let log = diff(|s| {
        s.types.insert("Task".into(), TypeSurface::default());
    });
    assert_eq!(kinds(&log), vec![(Kind::TypeAdded, "Task".into())]);
    assert_eq!(log.verdict.level, Level::Minor);

    let log = diff(|s| {
        s.types.remove("Job");
    });
    assert_eq!(kinds(&log), vec![(Kind::TypeRemoved, "Job".into())]);
    assert_eq!(log.verdict.level, Level::Major);
}

#[test]
fn fields_added_removed_retyped() {
    // Adding even an optional field breaks struct literals of the exhaustive struct.
    let log = diff(|s| job(s).fields.push(field("description", "String", false)));
    assert_eq!(
        kinds(&log),
        vec![(Kind::FieldAdded, "Job.description".into())]
    );
    assert_eq!(
        log.changes[0].detail,
        "`Option<String>` (XML `<description>`, JSON `description`)"
    );
    assert_eq!(log.verdict.level, Level::Major);

    let log = diff(|s| {
        job(s).fields.remove(1);
    });
    assert_eq!(kinds(&log), vec![(Kind::FieldRemoved, "Job.port".into())]);

    let log = diff(|s| job(s).fields[1].value = "String".into());
    assert_eq!(kinds(&log), vec![(Kind::FieldRetyped, "Job.port".into())]);
    assert_eq!(log.changes[0].detail, "`Option<i64>` → `Option<String>`");

    // One element becoming a list is a retype too.
    let log = diff(|s| job(s).fields[1].repeat = "list".into());
    assert_eq!(log.changes[0].detail, "`Option<i64>` → `List<i64>`");
    assert_eq!(log.verdict.level, Level::Major);
}

#[test]
fn fields_made_required_or_optional() {
    let log = diff(|s| job(s).fields[1].required = true);
    assert_eq!(kinds(&log), vec![(Kind::FieldRequired, "Job.port".into())]);
    assert_eq!(log.changes[0].detail, "`Option<i64>` → `i64`");
    let log = diff(|s| job(s).fields[0].required = false);
    assert_eq!(kinds(&log), vec![(Kind::FieldOptional, "Job.name".into())]);
    assert_eq!(log.verdict.level, Level::Major);
    // A list's Rust type does not depend on `required`.
    let log = diff(|s| {
        job(s).fields[1].repeat = "wrapped".into();
    });
    let old_list = {
        let mut s = base();
        job(&mut s).fields[1].repeat = "wrapped".into();
        s
    };
    let mut new_list = old_list.clone();
    job(&mut new_list).fields[1].required = true;
    assert!(compare(&old_list, &new_list).changes.is_empty());
    assert_eq!(log.changes[0].kind, Kind::FieldRetyped);
}

#[test]
fn wire_names_and_order_are_minor() {
    let log = diff(|s| {
        let f = &mut job(s).fields[0];
        f.xml = "@Name".into();
        f.json = "JobName".into();
    });
    assert_eq!(kinds(&log), vec![(Kind::FieldWireName, "Job.name".into())]);
    assert_eq!(
        log.changes[0].detail,
        "XML `<name>` → `@Name`; JSON `name` → `JobName`"
    );
    assert_eq!(log.verdict.level, Level::Minor);

    let log = diff(|s| job(s).fields.reverse());
    assert_eq!(kinds(&log), vec![(Kind::FieldOrder, "Job".into())]);
    assert_eq!(log.changes[0].detail, "name, port → port, name");

    let log = diff(|s| job(s).roots = vec!["BackupJob".into()]);
    assert_eq!(kinds(&log), vec![(Kind::TypeRoots, "Job".into())]);
    assert_eq!(log.verdict.level, Level::Minor);

    let log = diff(|s| job(s).text = Some("String".into()));
    assert_eq!(kinds(&log), vec![(Kind::TypeText, "Job".into())]);
    assert_eq!(log.verdict.level, Level::Major);
}

#[test]
fn enums_and_values() {
    let log = diff(|s| {
        s.enums
            .get_mut("JobType")
            .expect("enum")
            .values
            .push("Copy".into());
    });
    assert_eq!(
        kinds(&log),
        vec![(Kind::EnumValueAdded, "JobType::Copy".into())]
    );
    // The generated enums are exhaustive.
    assert_eq!(log.verdict.level, Level::Major);

    let log = diff(|s| {
        s.enums.get_mut("JobType").expect("enum").values.remove(0);
    });
    assert_eq!(
        kinds(&log),
        vec![(Kind::EnumValueRemoved, "JobType::Backup".into())]
    );

    let log = diff(|s| {
        s.enums.insert("State".into(), EnumSurface::default());
    });
    assert_eq!(kinds(&log), vec![(Kind::EnumAdded, "State".into())]);
    assert_eq!(log.verdict.level, Level::Minor);

    let log = diff(|s| {
        s.enums.clear();
    });
    assert_eq!(kinds(&log), vec![(Kind::EnumRemoved, "JobType".into())]);
    assert_eq!(log.verdict.level, Level::Major);
}

#[test]
fn pages_by_product_version() {
    let log = diff(|s| {
        let old = &mut s.pages[0];
        old.file = "get_jobs_id.md".into();
        old.superseded_by = Some("get_jobs_id.13-1.md".into());
        s.pages.push(PageVersion {
            file: "get_jobs_id.13-1.md".into(),
            url: Some("https://help.example/get_jobs_id.html".into()),
            product_version: Some("13.1.0.411".into()),
            superseded_by: None,
        });
        s.pages.push(PageVersion {
            file: "intro.md".into(),
            ..PageVersion::default()
        });
    });
    assert_eq!(log.pages.updated.len(), 1);
    let u = &log.pages.updated[0];
    assert_eq!(
        (
            u.file.as_str(),
            u.old_version.as_deref(),
            u.new_version.as_deref()
        ),
        (
            "get_jobs_id.13-1.md",
            Some("13.0.1.1071"),
            Some("13.1.0.411")
        )
    );
    assert_eq!(log.pages.added.len(), 1);
    assert_eq!(log.pages.added[0].page, "intro.md");
    assert_eq!(log.new.pages_superseded, 1);
    assert_eq!(log.new.newest_version.as_deref(), Some("13.1.0.411"));
    assert_eq!(
        log.new.pages_by_version,
        BTreeMap::from([("13.1.0.411".into(), 1), ("unknown".into(), 1)])
    );
    let md = log.to_markdown();
    assert!(
        md.starts_with("## veeam-em: docs 13.0.1.1071 → 13.1.0.411\n"),
        "{md}"
    );
    assert!(
        md.contains("- `get_jobs_id.13-1.md` (13.0.1.1071 → 13.1.0.411)"),
        "{md}"
    );
}

#[test]
fn verdict_lists_reasons_at_its_level_most_frequent_first() {
    let log = diff(|s| {
        job(s).fields.push(field("a", "String", false));
        job(s).fields.push(field("b", "String", false));
        s.types.remove("Job").map(|_| ()).unwrap_or(());
        s.enums
            .get_mut("JobType")
            .expect("enum")
            .values
            .push("Copy".into());
        s.types.insert("Task".into(), TypeSurface::default());
    });
    assert_eq!(log.verdict.level, Level::Major);
    assert_eq!(log.verdict.reasons.len(), 2, "{:?}", log.verdict.reasons);
    assert!(log.verdict.reasons[0].starts_with("1 type-removed"));
    assert!(log.verdict.reasons[1].starts_with("1 enum-value-added"));
    let md = log.to_markdown();
    assert!(md.contains("**SemVer: major**"));
    assert!(md.contains("### Breaking changes"));
    assert!(md.contains("- type added: `Task` — 0 fields"), "{md}");
}

// Through the whole pipeline: pages → model → schema → surface.

fn docs_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs-src")
}

fn model_of(files: &[PathBuf]) -> veeam_em_codegen::model::Model {
    let inputs = veeam_em_codegen::load(&[], files).expect("pages load");
    veeam_em_codegen::build_model(&inputs)
}

#[test]
fn seed_pages_same_pages_no_change_one_page_more_adds_an_operation() {
    let all: Vec<PathBuf> = [
        "get_restorepoints_id.md",
        "get_restorepoints_id_vmrestorepoints.md",
    ]
    .iter()
    .map(|f| docs_src().join(f))
    .collect();
    let both = model_of(&all);
    let log = compare_models(&both, &both);
    assert!(log.changes.is_empty() && log.docs.is_empty());
    assert_eq!(log.old.operations, 2);

    let one = model_of(&all[..1]);
    let log = compare_models(&one, &both);
    let added: Vec<&str> = log
        .changes
        .iter()
        .filter(|c| c.kind == Kind::OperationAdded)
        .map(|c| c.item.as_str())
        .collect();
    assert_eq!(added, vec!["GET /restorePoints/{ID}/vmRestorePoints"]);
    assert_eq!(log.pages.added.len(), 1);
    assert_eq!(
        log.pages.added[0].file,
        "get_restorepoints_id_vmrestorepoints.md"
    );
}

// The reference and its 13.1 update.

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/veeam-docs")
}

#[test]
fn reference_13_0_to_13_1_partial() {
    let (reference, update) = (
        shared().join("em_rest"),
        shared().join("em_rest-13.1-partial"),
    );
    if !reference.is_dir() || !update.is_dir() {
        println!(
            "SKIPPED: {} or {} is absent",
            reference.display(),
            update.display()
        );
        return;
    }
    let old_dirs = vec![docs_src(), reference.clone()];
    let new_dirs = vec![docs_src(), reference, update];
    let old = veeam_em_codegen::build_model(&veeam_em_codegen::load(&old_dirs, &[]).expect("old"));
    let new = veeam_em_codegen::build_model(&veeam_em_codegen::load(&new_dirs, &[]).expect("new"));
    let log = compare_models(&old, &new);
    assert_eq!(log.pages.updated.len(), 30, "{:?}", log.pages.updated);
    assert_eq!(log.new.pages_superseded, 30);
    // Deterministic: the same docs give the same bytes.
    assert_eq!(compare_models(&old, &new).to_markdown(), log.to_markdown());
    insta::assert_snapshot!("changelog_13_0_to_13_1_partial_md", log.to_markdown());
    insta::assert_json_snapshot!("changelog_13_0_to_13_1_partial_json", log);
}
