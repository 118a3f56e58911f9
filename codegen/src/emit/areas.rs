//! Areas of the API: the generated crate's Cargo features. Every operation belongs to exactly one
//! area, decided by its path (the first segment, with a rule for restore actions); a type is
//! compiled when any area whose operations reach it (through fields, transitively) is on. The
//! few types the hand-written flows name (`Link`, `Ref`, `Task`, …) are always compiled.
//!
//! The table is fixed rather than derived from the pages so that a feature name never changes
//! when a page is added; a path no entry claims goes to [`FALLBACK`], which `cargo xtask codegen`
//! then asks the maintainer to declare (or to place in the table).

use std::collections::{BTreeMap, BTreeSet};

use crate::reconcile::schema::{OperationDef, Schema, ValueType};

/// One area: a Cargo feature of the generated crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    /// The feature's name (kebab-case).
    pub name: &'static str,
    /// What it covers, for the generated docs.
    pub doc: &'static str,
    /// The first path segments it claims (`/jobs/{ID}` → `jobs`).
    segments: &'static [&'static str],
}

/// Restore-point collections: reading them is `backups`, acting on them (restore, mounts) is
/// `restore`.
const RESTORE_POINT_SEGMENTS: &[&str] = &["restorePoints", "vmRestorePoints", "vAppRestorePoints"];

/// The areas, in feature order. Names are stable: renaming one breaks users' `Cargo.toml`.
pub const AREAS: &[Area] = &[
    Area {
        name: "agents",
        doc: "Veeam Agent backups, jobs, protection groups and discovered computers",
        segments: &["agents"],
    },
    Area {
        name: "backup-servers",
        doc: "backup servers and what hangs on them",
        segments: &["backupServers"],
    },
    Area {
        name: "backups",
        doc: "backups, backup files and restore points (reading)",
        segments: &["backups", "backupFiles"],
    },
    Area {
        name: "cdp",
        doc: "continuous data protection: policies, replicas and their sessions",
        segments: &[
            "cdpPolicies",
            "cdpReplica",
            "cdpReplicas",
            "cdpReplicaSessions",
            "cdpReplicaTaskSessions",
        ],
    },
    Area {
        name: "cloud",
        doc: "Veeam Cloud Connect: tenants, gateways, hardware plans, failover",
        segments: &["cloud"],
    },
    Area {
        name: "inventory",
        doc: "managed servers, hierarchy roots and the lookup service",
        segments: &["managedServers", "hierarchyRoots", "lookup", "lookupSvc"],
    },
    Area {
        name: "jobs",
        doc: "jobs: list, edit, start, stop, included objects",
        segments: &["jobs"],
    },
    Area {
        name: "logon",
        doc: "logon sessions (the client logs on by itself; this is their resource)",
        segments: &["sessionMngr", "logonSessions"],
    },
    Area {
        name: "nas",
        doc: "file share (NAS) backups, jobs and restore",
        segments: &["nas"],
    },
    Area {
        name: "query",
        doc: "the query service (`GET /query?type=…`) and its typed calls",
        segments: &["query", "querySvc"],
    },
    Area {
        name: "replication",
        doc: "replicas, replica restore points and failover plans",
        segments: &[
            "replicas",
            "vmReplicaPoints",
            "vAppReplicaPoints",
            "failoverPlans",
        ],
    },
    Area {
        name: "reports",
        doc: "summary reports",
        segments: &["reports"],
    },
    Area {
        name: "repositories",
        doc: "backup repositories, external repositories and WAN accelerators",
        segments: &["repositories", "externalRepositories", "wanAccelerators"],
    },
    Area {
        name: "restore",
        doc: "restore: restore actions on restore points, mounts, the guest file catalog",
        segments: &["catalog"],
    },
    Area {
        name: "security",
        doc: "security: accounts, roles and scopes",
        segments: &["security"],
    },
    Area {
        name: "self-service",
        doc: "self-service portals: vCloud Director organizations, vSphere self-service",
        segments: &["vCloud", "selfService"],
    },
    Area {
        name: "sessions",
        doc: "job, task, replica, restore and system sessions, and tasks",
        segments: &[
            "backupSessions",
            "backupTaskSessions",
            "replicaSessions",
            "replicaTaskSessions",
            "restoreSessions",
            "systemSessions",
            "tasks",
        ],
    },
    Area {
        name: DOCUMENTED_ONLY,
        doc: "types the pages describe that no operation sends or returns (and what they use)",
        segments: &[],
    },
];

/// The pseudo-area of the types no operation reaches. Compiled always, they pulled everything
/// they use into every build (a quarter of the `monitoring` subset's types); as an area of their
/// own, on by default, a subset leaves them out.
pub const DOCUMENTED_ONLY: &str = "documented-only";

/// The area of an operation whose path no entry of [`AREAS`] claims.
pub const FALLBACK: &str = "other";

/// What a status dashboard reads: the areas of the documented `monitoring` feature. Sessions
/// say what ran, how it ended and what runs now (job, task, replica, restore and system sessions;
/// tasks; a backup job session names its job, `JobName` and `JobUid`, and links up to it and to
/// its backup server); summary reports give the overview, job statistics, processed VMs and
/// repository capacity. Listing and editing jobs and backup servers is management, not
/// monitoring: `jobs` alone compiles the job entity with all its schedule, retention and
/// guest-processing settings, twice the generated code of `reports` and `sessions` together.
pub const MONITORING: &[&str] = &["reports", "sessions"];

/// Features the generated crate's manifest declares besides the areas.
pub const GROUPS: &[&str] = &["default", "monitoring"];

/// Types the hand-written flows name: compiled whatever the features.
const ALWAYS: &[&str] = &["Link", "Ref", "Task", "TaskState"];

/// The area `op` belongs to.
pub fn area_of(op: &OperationDef) -> &'static str {
    let segment = op
        .path
        .trim_start_matches('/')
        .split(['/', '?'])
        .next()
        .unwrap_or("");
    if RESTORE_POINT_SEGMENTS.contains(&segment) {
        let acts = op.method != "GET" || op.path.contains("/mounts");
        return if acts { "restore" } else { "backups" };
    }
    AREAS
        .iter()
        .find(|a| a.segments.contains(&segment))
        .map_or(FALLBACK, |a| a.name)
}

/// The Rust module name of an area (`backup-servers` → `backup_servers`).
pub fn module_name(area: &str) -> String {
    area.replace('-', "_")
}

/// When an item is compiled: always, or when any of these areas is on.
pub type Gate = Option<BTreeSet<&'static str>>;

/// Every struct and enum (by schema name) with its gate, and the areas that have operations.
#[derive(Debug, Default)]
pub struct Gates {
    pub items: BTreeMap<String, Gate>,
    /// Areas with at least one operation, with their operation count ([`DOCUMENTED_ONLY`],
    /// when some type is in it, with 0).
    pub areas: BTreeMap<&'static str, usize>,
}

impl Gates {
    /// The gate of a struct or enum; unknown names are always compiled.
    pub fn of(&self, name: &str) -> Gate {
        self.items.get(name).cloned().flatten()
    }
}

/// The types an operation names directly.
fn operation_roots(op: &OperationDef) -> Vec<&str> {
    let mut roots = Vec::new();
    for body in [&op.request, &op.response].into_iter().flatten() {
        roots.push(body.ty.as_str());
    }
    if let Some(form) = &op.entity_form {
        roots.push(form.response.ty.as_str());
    }
    if let Some(entity) = op.query.as_ref().and_then(|q| q.entity.as_ref()) {
        roots.push(entity.ty.as_str());
    }
    roots
}

/// The structs and enums a struct's fields name.
fn references<'a>(schema: &'a Schema, name: &str) -> Vec<&'a str> {
    let Some(def) = schema.structs.get(name) else {
        return Vec::new();
    };
    def.fields
        .iter()
        .map(|f| &f.ty)
        .chain(def.text.as_ref())
        .filter_map(|ty| match ty {
            ValueType::Struct(n) | ValueType::Enum(n) => Some(n.as_str()),
            _ => None,
        })
        .collect()
}

/// `start` and everything its fields reach.
fn closure<'a>(schema: &'a Schema, start: impl IntoIterator<Item = &'a str>) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<&str> = start.into_iter().collect();
    while let Some(name) = stack.pop() {
        if seen.insert(name) {
            stack.extend(references(schema, name));
        }
    }
    seen
}

/// Gates every struct and enum of `schema`: the union of the areas whose operations reach it;
/// always for what the flows name (and what that reaches); [`DOCUMENTED_ONLY`] for what no
/// operation reaches (a user may still build it by hand) and what that uses.
pub fn gates(schema: &Schema) -> Gates {
    let mut reached: BTreeMap<&str, BTreeSet<&'static str>> = BTreeMap::new();
    let mut areas = BTreeMap::new();
    for op in &schema.operations {
        let area = area_of(op);
        *areas.entry(area).or_insert(0) += 1;
        for name in closure(schema, operation_roots(op)) {
            reached.entry(name).or_default().insert(area);
        }
    }
    let unreached: Vec<&str> = schema
        .structs
        .keys()
        .chain(schema.enums.keys())
        .map(String::as_str)
        .filter(|name| !reached.contains_key(name))
        .collect();
    if !unreached.is_empty() {
        // Reached by no operation: an area of their own, as if one operation named them all.
        areas.insert(DOCUMENTED_ONLY, 0);
        for name in closure(schema, unreached) {
            reached.entry(name).or_default().insert(DOCUMENTED_ONLY);
        }
    }
    // What is always compiled compiles what it uses.
    let always = closure(schema, ALWAYS.iter().copied());
    let items = schema
        .structs
        .keys()
        .chain(schema.enums.keys())
        .map(|name| {
            let gate = if always.contains(name.as_str()) {
                None
            } else {
                reached.get(name.as_str()).cloned()
            };
            (name.clone(), gate)
        })
        .collect();
    Gates { items, areas }
}

/// The module holding the items of `gate`: `common`, the area's own, or one per set of areas
/// (`jobs_sessions`; past four areas a stable digest of their names, the module's docs list them).
pub fn gate_module(gate: &Gate) -> String {
    let Some(areas) = gate else {
        return "common".to_string();
    };
    let names: Vec<String> = areas.iter().map(|a| module_name(a)).collect();
    if names.len() <= 4 {
        return names.join("_");
    }
    // FNV-1a: the name must be the same on every machine and every run.
    let mut hash: u32 = 0x811c_9dc5;
    for byte in names.join(",").bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("shared_{hash:08x}")
}

/// The features declared in a Cargo manifest's `[features]` table, each with what it enables.
/// Only what `generated/Cargo.toml` needs is read: `name = [ "a", "b" ]`, on one line or several.
pub fn manifest_features(manifest: &str) -> Result<BTreeMap<String, Vec<String>>, String> {
    let mut features = BTreeMap::new();
    let mut in_features = false;
    let mut current: Option<(String, String)> = None;
    for (number, raw) in manifest.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if let Some((name, mut list)) = current.take() {
            list.push_str(line);
            if line.contains(']') {
                features.insert(name, parse_list(&list, number + 1)?);
            } else {
                current = Some((name, list));
            }
            continue;
        }
        if line.starts_with('[') {
            in_features = line == "[features]";
            continue;
        }
        if !in_features || line.is_empty() {
            continue;
        }
        let Some((name, value)) = line.split_once('=') else {
            return Err(format!(
                "line {}: expected `name = [...]` in [features]",
                number + 1
            ));
        };
        let name = name.trim().trim_matches('"').to_string();
        let value = value.trim().to_string();
        if !value.starts_with('[') {
            return Err(format!(
                "line {}: feature `{name}` is not a list",
                number + 1
            ));
        }
        if value.contains(']') {
            features.insert(name, parse_list(&value, number + 1)?);
        } else {
            current = Some((name, value));
        }
    }
    if let Some((name, _)) = current {
        return Err(format!("feature `{name}`: its list is not closed"));
    }
    Ok(features)
}

fn parse_list(text: &str, line: usize) -> Result<Vec<String>, String> {
    let inner = text
        .trim()
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .ok_or_else(|| format!("line {line}: expected a list `[...]`"))?;
    inner
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .map(str::to_string)
                .ok_or_else(|| format!("line {line}: {s} is not a quoted feature name"))
        })
        .collect()
}

/// How a manifest's features disagree with the areas that have operations.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FeatureMismatch {
    /// Areas with operations the manifest does not declare.
    pub missing: Vec<String>,
    /// Features the manifest declares that are neither such an area nor a group ([`GROUPS`]).
    pub extra: Vec<String>,
    /// Areas `default` does not enable (every area is on by default).
    pub not_default: Vec<String>,
    /// What `monitoring` enables, when that is not [`MONITORING`] (the generated docs say it is).
    pub monitoring: Option<Vec<String>>,
}

impl FeatureMismatch {
    pub fn is_empty(&self) -> bool {
        self.missing.is_empty()
            && self.extra.is_empty()
            && self.not_default.is_empty()
            && self.monitoring.is_none()
    }
}

impl std::fmt::Display for FeatureMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts = Vec::new();
        if !self.missing.is_empty() {
            parts.push(format!(
                "missing (areas with operations; add `{} = []`): {}",
                self.missing[0],
                self.missing.join(", ")
            ));
        }
        if !self.extra.is_empty() {
            parts.push(format!(
                "extra (no operation is in that area): {}",
                self.extra.join(", ")
            ));
        }
        if !self.not_default.is_empty() {
            parts.push(format!(
                "not in `default` (every area is on by default): {}",
                self.not_default.join(", ")
            ));
        }
        if let Some(declared) = &self.monitoring {
            parts.push(format!(
                "`monitoring` enables [{}], the generator documents [{}] (areas::MONITORING)",
                declared.join(", "),
                MONITORING.join(", ")
            ));
        }
        f.write_str(&parts.join("; "))
    }
}

/// Compares the declared features with the areas that have operations.
pub fn compare_features(
    declared: &BTreeMap<String, Vec<String>>,
    areas: &BTreeMap<&'static str, usize>,
) -> FeatureMismatch {
    let default: BTreeSet<&str> = declared
        .get("default")
        .map(|d| d.iter().map(String::as_str).collect())
        .unwrap_or_default();
    FeatureMismatch {
        missing: areas
            .keys()
            .filter(|a| !declared.contains_key(**a))
            .map(|a| a.to_string())
            .collect(),
        extra: declared
            .keys()
            .filter(|f| !areas.contains_key(f.as_str()) && !GROUPS.contains(&f.as_str()))
            .cloned()
            .collect(),
        not_default: areas
            .keys()
            .filter(|a| declared.contains_key(**a) && !default.contains(**a))
            .map(|a| a.to_string())
            .collect(),
        monitoring: declared.get("monitoring").and_then(|m| {
            let mut sorted = m.clone();
            sorted.sort();
            (sorted != MONITORING).then_some(sorted)
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reconcile::schema::{BodyDef, FieldDef, StructDef, XmlPlacement};

    fn op(method: &str, path: &str) -> OperationDef {
        OperationDef {
            source: crate::diag::Source::default(),
            fn_name: String::new(),
            method: method.into(),
            path: path.into(),
            path_params: vec![],
            fixed_query: Default::default(),
            query_params: vec![],
            title: String::new(),
            doc: String::new(),
            doc_url: None,
            request: None,
            response: None,
            success: vec![200],
            shape: String::new(),
            filters: vec![],
            response_evidence: String::new(),
            response_optional: false,
            no_content: false,
            raw_reason: None,
            entity_form: None,
            query: None,
        }
    }

    #[test]
    fn operations_go_to_their_area() {
        assert_eq!(area_of(&op("GET", "/jobs/{ID}")), "jobs");
        assert_eq!(area_of(&op("GET", "/vmRestorePoints/{ID}")), "backups");
        assert_eq!(area_of(&op("POST", "/vmRestorePoints/{ID}")), "restore");
        assert_eq!(
            area_of(&op("GET", "/vmRestorePoints/{ID}/mounts")),
            "restore"
        );
        assert_eq!(area_of(&op("GET", "/catalog/vms")), "restore");
        assert_eq!(area_of(&op("GET", "/tasks/{ID}")), "sessions");
        assert_eq!(area_of(&op("POST", "/sessionMngr/")), "logon");
        assert_eq!(area_of(&op("GET", "/query")), "query");
        assert_eq!(area_of(&op("GET", "/somethingNew")), FALLBACK);
        assert_eq!(area_of(&op("GET", "/")), FALLBACK);
    }

    #[test]
    fn the_table_is_sound() {
        let names: BTreeSet<&str> = AREAS.iter().map(|a| a.name).collect();
        assert_eq!(names.len(), AREAS.len(), "area names are unique");
        let mut segments = BTreeSet::new();
        for area in AREAS {
            for s in area.segments {
                assert!(segments.insert(*s), "segment {s} is claimed twice");
                assert!(!RESTORE_POINT_SEGMENTS.contains(s));
            }
            // Set modules join module names with `_`: no area's name may be two others joined.
            for part in area.name.split('-') {
                assert!(!names.contains(part) || part == area.name, "{}", area.name);
            }
            assert!(!GROUPS.contains(&area.name) && area.name != FALLBACK);
        }
        for m in MONITORING {
            assert!(names.contains(m), "{m}");
        }
        assert!(
            MONITORING.windows(2).all(|w| w[0] < w[1]),
            "sorted, as compared"
        );
        assert!(names.contains("restore") && names.contains("backups"));
    }

    /// A struct named `name` whose fields are the structs `uses`.
    fn struct_using(name: &str, uses: &[&str]) -> (String, StructDef) {
        let fields = uses
            .iter()
            .map(|u| FieldDef {
                name: u.to_lowercase(),
                xml: XmlPlacement::Element {
                    name: u.to_string(),
                },
                json: u.to_string(),
                json_list: None,
                ty: ValueType::Struct(u.to_string()),
                required: false,
                doc: String::new(),
                evidence: "table".into(),
            })
            .collect();
        let def = StructDef {
            source: crate::diag::Source::default(),
            name: name.into(),
            doc: String::new(),
            roots: vec![],
            fields,
            text: None,
            text_json: String::new(),
        };
        (name.to_string(), def)
    }

    #[test]
    fn what_no_operation_reaches_is_its_own_area_not_always_compiled() {
        let mut get_job = op("GET", "/jobs/{ID}");
        get_job.response = Some(BodyDef {
            ty: "Job".into(),
            root: "Job".into(),
            sample_roots: Vec::new(),
        });
        let schema = Schema {
            structs: [
                struct_using("Job", &["Settings", "Link"]),
                struct_using("Settings", &[]),
                // Reached by nothing; it uses what `Job` uses, and a type of its own.
                struct_using("Orphan", &["Settings", "Part"]),
                struct_using("Part", &[]),
                struct_using("Link", &[]),
            ]
            .into_iter()
            .collect(),
            operations: vec![get_job],
            ..Schema::default()
        };
        let gates = gates(&schema);
        let set = |a: &[&'static str]| Some(a.iter().copied().collect::<BTreeSet<_>>());
        assert_eq!(gates.of("Job"), set(&["jobs"]));
        assert_eq!(gates.of("Settings"), set(&[DOCUMENTED_ONLY, "jobs"]));
        assert_eq!(gates.of("Orphan"), set(&[DOCUMENTED_ONLY]));
        assert_eq!(gates.of("Part"), set(&[DOCUMENTED_ONLY]));
        assert_eq!(gates.of("Link"), None, "the flows name it");
        assert_eq!(gates.areas.get(DOCUMENTED_ONLY), Some(&0));
        assert_eq!(gates.areas.get("jobs"), Some(&1));
    }

    #[test]
    fn gate_modules_are_named_by_their_areas() {
        assert_eq!(gate_module(&None), "common");
        let set = |a: &[&'static str]| Some(a.iter().copied().collect::<BTreeSet<_>>());
        assert_eq!(gate_module(&set(&["jobs"])), "jobs");
        assert_eq!(
            gate_module(&set(&["sessions", "backup-servers"])),
            "backup_servers_sessions"
        );
        let many = gate_module(&set(&["a", "b", "c", "d", "e"]));
        assert!(
            many.starts_with("shared_") && many.len() == "shared_".len() + 8,
            "{many}"
        );
        assert_eq!(many, gate_module(&set(&["e", "d", "c", "b", "a"])));
        assert_ne!(many, gate_module(&set(&["a", "b", "c", "d", "f"])));
    }

    #[test]
    fn manifest_features_are_read() {
        let manifest = "[package]\nname = \"x\"\n\n[features]\n# all of them\ndefault = [\n  \"jobs\",\n  \"sessions\", # the dashboard\n]\njobs = []\n\"sessions\" = []\nmonitoring = [\"jobs\", \"sessions\"]\n\n[dependencies]\nserde = \"1\"\n";
        let f = manifest_features(manifest).unwrap();
        assert_eq!(
            f.keys().collect::<Vec<_>>(),
            ["default", "jobs", "monitoring", "sessions"]
        );
        assert_eq!(f["default"], ["jobs", "sessions"]);
        assert!(f["jobs"].is_empty());
        assert!(manifest_features("[features]\njobs = [\"a\"\n")
            .unwrap_err()
            .contains("jobs"));
        assert!(manifest_features("[features]\njobs\n")
            .unwrap_err()
            .contains("line 2"));
        assert!(manifest_features("[features]\njobs = 3\n")
            .unwrap_err()
            .contains("not a list"));
        assert!(manifest_features("[features]\njobs = [a]\n")
            .unwrap_err()
            .contains("quoted"));
        assert!(manifest_features("[package]\nname = \"x\"\n")
            .unwrap()
            .is_empty());
    }

    #[test]
    fn features_are_compared_with_the_areas() {
        let declared = manifest_features(
            "[features]\ndefault = [\"jobs\"]\njobs = []\nsessions = []\nstale = []\nmonitoring = [\"jobs\"]\n",
        )
        .unwrap();
        let areas: BTreeMap<&'static str, usize> =
            [("jobs", 3), ("sessions", 1), ("cloud", 2)].into();
        let m = compare_features(&declared, &areas);
        assert_eq!(m.missing, ["cloud"]);
        assert_eq!(m.extra, ["stale"]);
        assert_eq!(m.not_default, ["sessions"]);
        assert_eq!(m.monitoring.as_deref(), Some(&["jobs".to_string()][..]));
        let text = m.to_string();
        assert!(
            text.contains("missing") && text.contains("cloud") && text.contains("stale"),
            "{text}"
        );
        let declared = manifest_features("[features]\ndefault = [\"jobs\"]\njobs = []\n").unwrap();
        let areas: BTreeMap<&'static str, usize> = [("jobs", 3)].into();
        assert!(compare_features(&declared, &areas).is_empty());
    }
}
