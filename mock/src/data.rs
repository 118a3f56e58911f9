//! The inventory the mock serves (backups → restore points → VM restore points, with
//! consistent IDs), and its representations built from the generated types.

use serde_json::{json, Value};
use veeam_em::api::types::{EntityReferences, Ref, RestorePoint, VmRestorePoint};

use crate::body::{escaped, through};

/// How much inventory the mock serves. Counts are clamped to 0..=20 backups, 0..=50 restore
/// points per backup and 0..=20 VMs per backup, so the largest answer stays bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataShape {
    /// Backups (one backup job each).
    pub backups: usize,
    /// Restore points in each backup, oldest first; the first is a full, the others increments.
    pub restore_points_per_backup: usize,
    /// VMs in each backup: every restore point has one VM restore point per VM.
    pub vms_per_backup: usize,
}

impl Default for DataShape {
    /// 2 backups × 3 restore points × 2 VMs: 6 restore points, 12 VM restore points.
    fn default() -> Self {
        DataShape {
            backups: 2,
            restore_points_per_backup: 3,
            vms_per_backup: 2,
        }
    }
}

/// The inventory a mock serves, for tests to know the IDs and names to expect. IDs are
/// deterministic: the same [`DataShape`] gives the same dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    /// The one backup server everything belongs to.
    pub backup_server: BackupServerInfo,
    /// The backups, in the order `GET /api/backups` lists them.
    pub backups: Vec<BackupInfo>,
}

/// The backup server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupServerInfo {
    /// Its ID (a UUID).
    pub id: String,
    /// Its name.
    pub name: String,
}

/// A backup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    /// Its ID (a UUID): `/api/backups/{id}`.
    pub id: String,
    /// Its name (the job's name).
    pub name: String,
    /// Its restore points, oldest first.
    pub restore_points: Vec<RestorePointInfo>,
}

/// A restore point of a backup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestorePointInfo {
    /// Its ID (a UUID): `/api/restorePoints/{id}`.
    pub id: String,
    /// Its name, the way Enterprise Manager writes it (`Mar  3 2025 10:00PM`).
    pub name: String,
    /// The backup it belongs to.
    pub backup_id: String,
    /// `BackupDateUTC`.
    pub backup_date_utc: String,
    /// The ID of the backup file holding it.
    pub backup_file_id: String,
    /// The name of that backup file.
    pub backup_file_name: String,
    /// One VM restore point per VM of the backup.
    pub vm_restore_points: Vec<VmRestorePointInfo>,
}

/// A VM restore point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VmRestorePointInfo {
    /// Its ID (a UUID): `/api/vmRestorePoints/{id}`.
    pub id: String,
    /// Its name, `<vm>@<YYYY-MM-DD HH:MM:SS>`.
    pub name: String,
    /// The VM's name (`VmName`; what the query's `VmDisplayName` filter compares).
    pub vm_name: String,
    /// The restore point it belongs to.
    pub restore_point_id: String,
    /// `CreationTimeUTC`.
    pub creation_time_utc: String,
    /// `Algorithm`: `Full` for the first restore point of a backup, `Incremental` after.
    pub algorithm: String,
    /// `PointType`: `Full` or `Increment`.
    pub point_type: String,
    /// `HierarchyObjRef`.
    pub hierarchy_obj_ref: String,
}

const VM_NAMES: [&str; 8] = [
    "sql01", "web01", "dc01", "exch01", "file01", "app01", "sql02", "web02",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// 2025-03-03, in days since 1970-01-01.
const NEWEST_DAY: i64 = 20_150;

impl Dataset {
    /// The dataset for `shape` (clamped, see [`DataShape`]).
    pub fn generate(shape: &DataShape) -> Dataset {
        let backups = shape.backups.min(20);
        let points = shape.restore_points_per_backup.min(50);
        let vms = shape.vms_per_backup.min(20);
        let backup_server = BackupServerInfo {
            id: "5e7fe000-0000-4000-8000-000000000001".to_owned(),
            name: "backup01.tech.local".to_owned(),
        };
        let backups = (0..backups)
            .map(|b| {
                let backup_id = format!("ba000000-0000-4000-8000-{:012x}", b + 1);
                let backup_name = format!("Backup Job {}", b + 1);
                let restore_points = (0..points)
                    .map(|r| {
                        let day = NEWEST_DAY - (points - 1 - r) as i64;
                        let at = Stamp {
                            day,
                            secs: 22 * 3600 + 5 * 60 * b as u32,
                            millis: 100 + r as u32,
                        };
                        let full = r == 0;
                        let rp_id = format!("7e000000-0000-4000-8000-{:06x}{:06x}", b + 1, r + 1);
                        let vm_restore_points = (0..vms)
                            .map(|v| {
                                let vm_name = VM_NAMES
                                    .get(b * vms + v)
                                    .map(|s| (*s).to_owned())
                                    .unwrap_or_else(|| format!("vm{:03}", b * vms + v + 1));
                                let created = Stamp {
                                    secs: at.secs + 11 + 17 * v as u32,
                                    ..at
                                };
                                VmRestorePointInfo {
                                    id: format!(
                                        "7a000000-0000-4000-8000-{:04x}{:04x}{:04x}",
                                        b + 1,
                                        r + 1,
                                        v + 1
                                    ),
                                    name: format!("{vm_name}@{}", created.plain()),
                                    restore_point_id: rp_id.clone(),
                                    creation_time_utc: created.iso(),
                                    algorithm: if full { "Full" } else { "Incremental" }.to_owned(),
                                    point_type: if full { "Full" } else { "Increment" }.to_owned(),
                                    hierarchy_obj_ref: format!(
                                        "urn:VMware:Vm:{}.vm-{}",
                                        backup_server.id,
                                        1000 + b * vms + v
                                    ),
                                    vm_name,
                                }
                            })
                            .collect();
                        RestorePointInfo {
                            name: at.dotnet(),
                            backup_id: backup_id.clone(),
                            backup_date_utc: at.iso(),
                            backup_file_id: format!(
                                "bf000000-0000-4000-8000-{:06x}{:06x}",
                                b + 1,
                                r + 1
                            ),
                            backup_file_name: format!(
                                "{backup_name}D{}.{}",
                                at.file(),
                                if full { "vbk" } else { "vib" }
                            ),
                            id: rp_id,
                            vm_restore_points,
                        }
                    })
                    .collect();
                BackupInfo {
                    id: backup_id,
                    name: backup_name,
                    restore_points,
                }
            })
            .collect();
        Dataset {
            backup_server,
            backups,
        }
    }

    /// The backup with this ID (ASCII case-insensitive).
    pub fn backup(&self, id: &str) -> Option<&BackupInfo> {
        self.backups.iter().find(|b| b.id.eq_ignore_ascii_case(id))
    }

    /// The restore point with this ID, with its backup.
    pub fn restore_point(&self, id: &str) -> Option<(&BackupInfo, &RestorePointInfo)> {
        self.backups.iter().find_map(|b| {
            b.restore_points
                .iter()
                .find(|rp| rp.id.eq_ignore_ascii_case(id))
                .map(|rp| (b, rp))
        })
    }

    /// The VM restore point with this ID, with its backup and restore point.
    pub fn vm_restore_point(
        &self,
        id: &str,
    ) -> Option<(&BackupInfo, &RestorePointInfo, &VmRestorePointInfo)> {
        self.backups.iter().find_map(|b| {
            b.restore_points.iter().find_map(|rp| {
                rp.vm_restore_points
                    .iter()
                    .find(|vm| vm.id.eq_ignore_ascii_case(id))
                    .map(|vm| (b, rp, vm))
            })
        })
    }

    /// Every restore point, backup by backup, oldest first.
    pub fn restore_points(&self) -> impl Iterator<Item = &RestorePointInfo> {
        self.backups.iter().flat_map(|b| b.restore_points.iter())
    }

    /// Every VM restore point, in the order the query and the collections list them.
    pub fn vm_restore_points(&self) -> impl Iterator<Item = &VmRestorePointInfo> {
        self.restore_points()
            .flat_map(|rp| rp.vm_restore_points.iter())
    }
}

/// A point in time: day since 1970, second of the day, milliseconds.
#[derive(Debug, Clone, Copy)]
struct Stamp {
    day: i64,
    secs: u32,
    millis: u32,
}

impl Stamp {
    fn parts(&self) -> (i64, u32, u32, u32, u32, u32) {
        let (y, m, d) = civil(self.day);
        let secs = self.secs % 86_400;
        (y, m, d, secs / 3600, secs / 60 % 60, secs % 60)
    }

    /// `2025-03-03T22:00:11.100Z`.
    fn iso(&self) -> String {
        let (y, m, d, h, min, s) = self.parts();
        format!(
            "{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}.{:03}Z",
            self.millis
        )
    }

    /// `2025-03-03 22:00:11`.
    fn plain(&self) -> String {
        let (y, m, d, h, min, s) = self.parts();
        format!("{y:04}-{m:02}-{d:02} {h:02}:{min:02}:{s:02}")
    }

    /// `2025-03-03T220011`.
    fn file(&self) -> String {
        let (y, m, d, h, min, s) = self.parts();
        format!("{y:04}-{m:02}-{d:02}T{h:02}{min:02}{s:02}")
    }

    /// `Mar  3 2025 10:00PM`, the way restore points are named.
    fn dotnet(&self) -> String {
        let (y, m, d, h, min, _) = self.parts();
        let (h12, half) = match h {
            0 => (12, "AM"),
            1..=11 => (h, "AM"),
            12 => (12, "PM"),
            _ => (h - 12, "PM"),
        };
        let month = MONTHS[(m as usize + 11) % 12];
        format!("{month} {d:>2} {y} {h12:>2}:{min:02}{half}")
    }
}

/// Days since 1970-01-01 → (year, month, day) in the proleptic Gregorian calendar.
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

// ---------------------------------------------------------------------------------------------
// Seeds: two of the docs' samples, with their IDs, names and host replaced

const SEED_VM_RESTORE_POINT: &str =
    include_str!("../../docs-src/vmrestorepoints_id.older-layout.md");
const SEED_RESTORE_POINTS: &str =
    include_str!("../../docs-src/get_backups_id_restorepoints.cell-text.txt");

const SAMPLE_BASE: &str = "https://localhost:9398/api";

/// The seed samples, cut out of the seed pages.
#[derive(Debug, Clone)]
pub(crate) struct Templates {
    /// `<VmRestorePoint …>…</VmRestorePoint>` from `vmrestorepoints_id.older-layout.md`.
    vm_restore_point: String,
    /// `<EntityReferences …>…</EntityReferences>` (one `RestorePointReference` ref) from
    /// `get_backups_id_restorepoints.cell-text.txt`, the docs' `...` elision dropped.
    restore_point_refs: String,
}

/// The sample IDs and names the VM restore point sample uses.
mod vm_sample {
    pub(super) const ID: &str = "5acac742-ee17-4080-8e89-a6ea67adfcf3";
    pub(super) const NAME: &str = "oracle03@2016-10-06 13:59:50";
    pub(super) const SERVER_ID: &str = "00fd67d9-2b4c-4c56-8a95-0b3dbec7ae43";
    pub(super) const SERVER_NAME: &str = "172.17.53.1";
    pub(super) const RP_ID: &str = "dc216c04-2e34-478e-8b9b-49a3397ef6f8";
    pub(super) const RP_NAME: &str = "Oct  6 2016  1:59PM";
    pub(super) const FILE_ID: &str = "e86f61f9-4220-4f55-820b-e41a38abce90";
    pub(super) const FILE_NAME: &str = "Oracle BackupD2016-10-06T165918.vib";
    pub(super) const CREATED: &str = "2016-10-06T13:59:50.783Z";
    pub(super) const ALGORITHM: &str = "<Algorithm>Incremental</Algorithm>";
    pub(super) const POINT_TYPE: &str = "<PointType>Increment</PointType>";
    pub(super) const OBJ_REF: &str =
        "urn:HyperV:Vm:757baa80-d19b-4607-a592-98e15d45d9b2.e3e47ce3-ace6-4f06-9aaf-f52cf2e11234";
}

/// The sample IDs and names the restore point references sample uses.
mod rp_sample {
    pub(super) const ID: &str = "ec940768-5428-41af-b9b6-afad2aefe9d6";
    pub(super) const NAME: &str = "Jan 17 2019  5:21PM";
    pub(super) const SERVER_ID: &str = "4ad6fa62-9164-4ea0-87c8-1e2d071d60de";
    pub(super) const SERVER_NAME: &str = "srv30";
    pub(super) const BACKUP_ID: &str = "7b6a400c-452c-41d1-bb81-ea682e89492d";
    pub(super) const BACKUP_NAME: &str = "WindowsFileLevelRestoreFromCatalog";
}

fn cut<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)?;
    let to = text[from..].find(end)? + from + end.len();
    Some(&text[from..to])
}

/// Replaces every `(needle, value)`; each needle must be there.
fn substitute(template: &str, pairs: &[(&str, String)]) -> Result<String, String> {
    let mut out = template.to_owned();
    for (needle, value) in pairs {
        if !out.contains(needle) {
            return Err(format!("the seed sample no longer contains {needle:?}"));
        }
        out = out.replace(needle, value);
    }
    Ok(out)
}

impl Templates {
    /// Cuts the samples out of the seed pages.
    pub(crate) fn load() -> Result<Templates, String> {
        let vm_restore_point = cut(
            SEED_VM_RESTORE_POINT,
            "<VmRestorePoint ",
            "</VmRestorePoint>",
        )
        .ok_or("no <VmRestorePoint> sample in docs-src/vmrestorepoints_id.older-layout.md")?
        // The page keeps the non-breaking spaces of the help center's rendering.
        .replace('\u{a0}', " ");
        let refs = cut(
            SEED_RESTORE_POINTS,
            "<EntityReferences",
            "</EntityReferences>",
        )
        .ok_or(
            "no <EntityReferences> sample in docs-src/get_backups_id_restorepoints.cell-text.txt",
        )?;
        let restore_point_refs = refs
            .lines()
            .filter(|line| line.trim() != "...")
            .collect::<Vec<_>>()
            .join("\n")
            .replace('\u{a0}', " ");
        Ok(Templates {
            vm_restore_point,
            restore_point_refs,
        })
    }
}

/// Builds the representations of one dataset under one base URL.
pub(crate) struct Reps<'a> {
    pub(crate) base: &'a str,
    pub(crate) data: &'a Dataset,
    pub(crate) templates: &'a Templates,
}

/// A `Link` as the docs' JSON writes it (`Rel`, `Href`, then `Type` and `Name` when given).
pub(crate) fn link(rel: &str, kind: Option<&str>, href: String, name: Option<&str>) -> Value {
    let mut link = json!({ "Rel": rel, "Href": href });
    if let Some(kind) = kind {
        link["Type"] = json!(kind);
    }
    if let Some(name) = name {
        link["Name"] = json!(name);
    }
    link
}

impl Reps<'_> {
    fn server_link(&self) -> Value {
        let server = &self.data.backup_server;
        link(
            "Up",
            Some("BackupServerReference"),
            format!("{}/backupServers/{}", self.base, server.id),
            Some(&server.name),
        )
    }

    /// A backup's reference (`BackupReference`).
    pub(crate) fn backup_ref(&self, b: &BackupInfo) -> Result<Ref, String> {
        let href = format!("{}/backups/{}", self.base, b.id);
        let links = vec![
            self.server_link(),
            link(
                "Alternate",
                Some("Backup"),
                format!("{href}?format=Entity"),
                Some(&b.name),
            ),
            link(
                "Down",
                Some("RestorePointReferenceList"),
                format!("{href}/restorePoints"),
                None,
            ),
            link(
                "Down",
                Some("BackupFileReferenceList"),
                format!("{href}/backupFiles"),
                None,
            ),
        ];
        through(
            "backup reference",
            json!({
                "UID": format!("urn:veeam:Backup:{}", b.id),
                "Name": b.name,
                "Href": href,
                "Type": "BackupReference",
                "Links": links,
            }),
        )
    }

    /// A restore point's reference (`RestorePointReference`), from the seed sample of
    /// `GET /backups/{ID}/restorePoints`.
    pub(crate) fn restore_point_ref(
        &self,
        b: &BackupInfo,
        rp: &RestorePointInfo,
    ) -> Result<Ref, String> {
        let server = &self.data.backup_server;
        let xml = substitute(
            &self.templates.restore_point_refs,
            &[
                (SAMPLE_BASE, escaped(self.base)),
                (rp_sample::ID, rp.id.clone()),
                (rp_sample::NAME, escaped(&rp.name)),
                (rp_sample::SERVER_ID, server.id.clone()),
                (rp_sample::SERVER_NAME, escaped(&server.name)),
                (rp_sample::BACKUP_ID, b.id.clone()),
                (rp_sample::BACKUP_NAME, escaped(&b.name)),
            ],
        )?;
        let refs: EntityReferences = veeam_em::runtime::xml::from_document(xml.as_bytes())
            .map_err(|e| format!("restore point reference sample: {e}"))?;
        refs.refs
            .into_iter()
            .next()
            .ok_or_else(|| "the restore point reference sample has no <Ref>".to_owned())
    }

    /// A restore point's entity (`RestorePoint`), from the docs' parameter and link tables.
    pub(crate) fn restore_point(
        &self,
        b: &BackupInfo,
        rp: &RestorePointInfo,
    ) -> Result<RestorePoint, String> {
        let href = format!("{}/restorePoints/{}", self.base, rp.id);
        let links = vec![
            link(
                "Up",
                Some("BackupReference"),
                format!("{}/backups/{}", self.base, b.id),
                Some(&b.name),
            ),
            self.server_link(),
            link(
                "Alternate",
                Some("RestorePointReference"),
                href.clone(),
                Some(&rp.name),
            ),
            link(
                "Down",
                Some("VmRestorePointReferenceList"),
                format!("{href}/vmRestorePoints"),
                None,
            ),
            link(
                "Down",
                Some("BackupFileReferenceList"),
                format!("{href}/backupFiles"),
                None,
            ),
        ];
        through(
            "restore point",
            json!({
                "Type": "RestorePoint",
                "Href": format!("{href}?format=Entity"),
                "Name": rp.name,
                "UID": format!("urn:veeam:RestorePoint:{}", rp.id),
                "Links": links,
                "BackupDateUTC": rp.backup_date_utc,
            }),
        )
    }

    /// A VM restore point's reference (`VmRestorePointReference`).
    pub(crate) fn vm_restore_point_ref(
        &self,
        rp: &RestorePointInfo,
        vm: &VmRestorePointInfo,
    ) -> Result<Ref, String> {
        let href = format!("{}/vmRestorePoints/{}", self.base, vm.id);
        let links = vec![
            self.server_link(),
            link(
                "Up",
                Some("RestorePointReference"),
                format!("{}/restorePoints/{}", self.base, rp.id),
                Some(&rp.name),
            ),
            link(
                "Up",
                Some("BackupFileReference"),
                format!("{}/backupFiles/{}", self.base, rp.backup_file_id),
                Some(&rp.backup_file_name),
            ),
            link(
                "Alternate",
                Some("VmRestorePoint"),
                format!("{href}?format=Entity"),
                Some(&vm.name),
            ),
            link(
                "Down",
                Some("VmRestorePointMountList"),
                format!("{href}/mounts"),
                None,
            ),
        ];
        through(
            "VM restore point reference",
            json!({
                "UID": format!("urn:veeam:VmRestorePoint:{}", vm.id),
                "Name": vm.name,
                "Href": href,
                "Type": "VmRestorePointReference",
                "Links": links,
            }),
        )
    }

    /// A VM restore point's entity (`VmRestorePoint`), from the seed sample of
    /// `/vmRestorePoints/{ID}` (older layout), with `VmName` added.
    pub(crate) fn vm_restore_point(
        &self,
        rp: &RestorePointInfo,
        vm: &VmRestorePointInfo,
    ) -> Result<VmRestorePoint, String> {
        let server = &self.data.backup_server;
        let xml = substitute(
            &self.templates.vm_restore_point,
            &[
                (SAMPLE_BASE, escaped(self.base)),
                (vm_sample::ID, vm.id.clone()),
                (vm_sample::NAME, escaped(&vm.name)),
                (vm_sample::SERVER_ID, server.id.clone()),
                (vm_sample::SERVER_NAME, escaped(&server.name)),
                (vm_sample::RP_ID, rp.id.clone()),
                (vm_sample::RP_NAME, escaped(&rp.name)),
                (vm_sample::FILE_ID, rp.backup_file_id.clone()),
                (vm_sample::FILE_NAME, escaped(&rp.backup_file_name)),
                (vm_sample::CREATED, vm.creation_time_utc.clone()),
                (
                    vm_sample::ALGORITHM,
                    format!("<Algorithm>{}</Algorithm>", escaped(&vm.algorithm)),
                ),
                (
                    vm_sample::POINT_TYPE,
                    format!("<PointType>{}</PointType>", escaped(&vm.point_type)),
                ),
                (vm_sample::OBJ_REF, escaped(&vm.hierarchy_obj_ref)),
            ],
        )?;
        let point: VmRestorePoint = veeam_em::runtime::xml::from_document(xml.as_bytes())
            .map_err(|e| format!("VM restore point sample: {e}"))?;
        // The sample predates VmName: add it through the type's own JSON names.
        let mut value =
            serde_json::to_value(&point).map_err(|e| format!("VM restore point: {e}"))?;
        if let Value::Object(map) = &mut value {
            map.insert("VmName".to_owned(), json!(vm.vm_name));
        }
        through("VM restore point", value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(NEWEST_DAY), (2025, 3, 3));
        assert_eq!(civil(11_016), (2000, 2, 29));
        let at = Stamp {
            day: NEWEST_DAY,
            secs: 22 * 3600 + 5 * 60,
            millis: 100,
        };
        assert_eq!(at.iso(), "2025-03-03T22:05:00.100Z");
        assert_eq!(at.dotnet(), "Mar  3 2025 10:05PM");
        assert_eq!(
            Stamp {
                day: NEWEST_DAY,
                secs: 0,
                millis: 0
            }
            .dotnet(),
            "Mar  3 2025 12:00AM"
        );
    }

    #[test]
    fn dataset_ids_are_consistent_and_unique() {
        let data = Dataset::generate(&DataShape::default());
        assert_eq!(data.backups.len(), 2);
        assert_eq!(data.restore_points().count(), 6);
        assert_eq!(data.vm_restore_points().count(), 12);
        let mut ids: Vec<&str> = data.vm_restore_points().map(|v| v.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 12);
        for vm in data.vm_restore_points() {
            let (b, rp, found) = data.vm_restore_point(&vm.id).unwrap();
            assert_eq!(found, vm);
            assert_eq!(rp.id, vm.restore_point_id);
            assert_eq!(rp.backup_id, b.id);
        }
        assert_eq!(data, Dataset::generate(&DataShape::default()));
        let big = Dataset::generate(&DataShape {
            backups: 1000,
            restore_points_per_backup: 1000,
            vms_per_backup: 1000,
        });
        assert_eq!(big.vm_restore_points().count(), 20 * 50 * 20);
    }

    #[test]
    fn seeds_give_the_generated_types() {
        let templates = Templates::load().unwrap();
        let data = Dataset::generate(&DataShape::default());
        let reps = Reps {
            base: "http://127.0.0.1:1/api",
            data: &data,
            templates: &templates,
        };
        let b = &data.backups[1];
        let rp = &b.restore_points[2];
        let vm = &rp.vm_restore_points[1];

        let point = reps.vm_restore_point(rp, vm).unwrap();
        assert_eq!(point.name.as_deref(), Some(vm.name.as_str()));
        assert_eq!(point.vm_name.as_deref(), Some(vm.vm_name.as_str()));
        assert_eq!(
            point.uid.as_ref().map(|u| u.as_str().to_owned()),
            Some(format!("urn:veeam:VmRestorePoint:{}", vm.id))
        );
        let links = point.links.unwrap();
        assert_eq!(links.len(), 7);
        assert!(links.iter().all(|l| l
            .href
            .as_ref()
            .unwrap()
            .as_str()
            .starts_with("http://127.0.0.1:1/api/")));
        assert!(links.iter().any(|l| l.href.as_ref().unwrap().as_str()
            == format!("http://127.0.0.1:1/api/restorePoints/{}", rp.id)));

        let rp_ref = reps.restore_point_ref(b, rp).unwrap();
        assert_eq!(rp_ref.name.as_deref(), Some(rp.name.as_str()));
        assert_eq!(rp_ref.links.as_ref().unwrap().len(), 5);
        assert!(rp_ref
            .links
            .unwrap()
            .iter()
            .any(|l| l.href.as_ref().unwrap().as_str()
                == format!(
                    "http://127.0.0.1:1/api/restorePoints/{}/vmRestorePoints",
                    rp.id
                )));

        reps.restore_point(b, rp).unwrap();
        reps.backup_ref(b).unwrap();
        reps.vm_restore_point_ref(rp, vm).unwrap();
    }
}
