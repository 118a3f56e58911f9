// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `cdp`, `documented-only`, `jobs`, `query`, `replication`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<FSFileExcludeOptions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FsFileExcludeOptionsType {
    /// Guest OS file exclusion mode. Possible values:
    ///
    /// - `1`
    /// - `2`
    ///
    /// XML element `<BackupScope>`; JSON `"BackupScope"`.
    pub backup_scope: Option<super::enums::FsFileExcludeOptionsTypeBackupScope>,
    /// List of files and folders that must be included in the backup. This parameter should be specified if the 1 value is passed in the BackupScope parameter.
    ///
    /// repeated XML element `<IncludeList>`; JSON `"IncludeLists": […]`.
    pub include_lists: crate::runtime::List<String>,
    /// List of files and folders that must be excluded from the backup. This parameter should be specified if the 2 value is passed in the BackupScope parameter.
    ///
    /// XML `<ExcludeList><Path/>…</ExcludeList>`; JSON `"ExcludeLists": […]`.
    pub exclude_list: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FsFileExcludeOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("BackupScope", &self.backup_scope)?;
        o.elems("IncludeLists", &self.include_lists)?;
        o.opt("ExcludeLists", &self.exclude_list)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FsFileExcludeOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("BackupScope", &["backupScope"]),
            F::new("IncludeLists", &["IncludeList", "includeLists"]),
            F::new("ExcludeLists", &["ExcludeList", "Path", "excludeLists"]),
        ];
        crate::runtime::json::object(deserializer, "FSFileExcludeOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FsFileExcludeOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.backup_scope = o.value()?,
                1 => out.include_lists = o.vec_of("IncludeList")?,
                2 => out.exclude_list = o.list_of("Path")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FsFileExcludeOptionsType {
    const ROOTS: &'static [&'static str] = &["FSFileExcludeOptions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_scope: xml::elem_text(el, "BackupScope")?,
            include_lists: xml::elems_text(el, "IncludeList")?.into(),
            exclude_list: xml::wrapped_text(el, "ExcludeList", "Path")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<
                        super::enums::FsFileExcludeOptionsTypeBackupScope,
                    >("BackupScope"),
                    xml::Child::many_text::<String>("IncludeList"),
                    xml::Child::once("ExcludeList"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("BackupScope"),
            xml::Tag::many("IncludeList"),
            xml::Tag::once("ExcludeList"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.backup_scope = el_.text()?,
                1 => {
                    if let Some(v) = el_.text()? {
                        out.include_lists.push(v)
                    }
                }
                2 => out.exclude_list = Some(el_.wrapped_text("Path")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FsFileExcludeOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("BackupScope", &self.backup_scope);
        w.elems_text("IncludeList", &self.include_lists);
        w.wrapped_text("ExcludeList", "Path", self.exclude_list.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FsFileExcludeOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /cdpPolicies/{ID}/includes, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GuestProcessingOptionsType {
    /// Application-aware processing options. For details, see Application-Aware Processing Options.
    ///
    /// XML element `<VssSnapshotOptions>`; JSON `"VssSnapshotOptions"`.
    pub vss_snapshot_options: Option<VssSnapshotOptionsType>,
    /// Options for Microsoft Windows OS file indexing. For details, see File Indexing Options.
    ///
    /// XML element `<WindowsGuestFSIndexingOptions>`; JSON `"WindowsGuestFSIndexingOptions"`.
    pub windows_guest_fs_indexing_options: Option<WindowsGuestFsIndexingOptionsType>,
    /// Options for Linux OS file indexing. For details, see File Indexing Options.
    ///
    /// XML element `<LinuxGuestFSIndexingOptions>`; JSON `"LinuxGuestFSIndexingOptions"`.
    pub linux_guest_fs_indexing_options: Option<LinuxGuestFsIndexingOptions>,
    /// Options for Microsoft SQL and Oracle database transaction logs backup. For details, see SQL Backup Options.
    ///
    /// XML element `<SqlBackupOptions>`; JSON `"SqlBackupOptions"`.
    pub sql_backup_options: Option<SqlBackupOptionsType>,
    /// ID of guest OS credentials for starting the indexing runtime process in Microsoft Windows OS.
    ///
    /// XML element `<WindowsCredentialsId>`; JSON `"WindowsCredentialsId"`.
    pub windows_credentials_id: Option<String>,
    /// ID of guest OS credentials for starting the indexing runtime process in Linux OS.
    ///
    /// XML element `<LinuxCredentialsId>`; JSON `"LinuxCredentialsId"`.
    pub linux_credentials_id: Option<String>,
    /// File exclusion options. For details, see File Exclusion Options.
    ///
    /// XML element `<FSFileExcludeOptions>`; JSON `"FsFileExcludeOptions"`.
    pub fs_file_exclude_options: Option<FsFileExcludeOptionsType>,
    /// Options for Oracle database backup. For details, see Oracle Backup Options.
    ///
    /// XML element `<OracleBackupOptions>`; JSON `"OracleBackupOptions"`.
    pub oracle_backup_options: Option<OracleBackupOptionsType>,
    /// XML element `<AppAwareProcessingMode>`; JSON `"AppAwareProcessingMode"`.
    pub app_aware_processing_mode: Option<String>,
    /// XML element `<FileSystemIndexingMode>`; JSON `"FileSystemIndexingMode"`.
    pub file_system_indexing_mode: Option<String>,
    /// repeated XML element `<IncludedIndexingFolders>`; JSON `"IncludedIndexingFolders": […]`.
    pub included_indexing_folders: crate::runtime::List<String>,
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": […]`.
    pub excluded_indexing_folders: Option<crate::runtime::List<String>>,
    /// XML element `<CredentialsId>`; JSON `"CredentialsId"`.
    pub credentials_id: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for GuestProcessingOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VssSnapshotOptions", &self.vss_snapshot_options)?;
        o.opt("WindowsGuestFSIndexingOptions", &self.windows_guest_fs_indexing_options)?;
        o.opt("LinuxGuestFSIndexingOptions", &self.linux_guest_fs_indexing_options)?;
        o.opt("SqlBackupOptions", &self.sql_backup_options)?;
        o.opt("WindowsCredentialsId", &self.windows_credentials_id)?;
        o.opt("LinuxCredentialsId", &self.linux_credentials_id)?;
        o.opt("FsFileExcludeOptions", &self.fs_file_exclude_options)?;
        o.opt("OracleBackupOptions", &self.oracle_backup_options)?;
        o.opt("AppAwareProcessingMode", &self.app_aware_processing_mode)?;
        o.opt("FileSystemIndexingMode", &self.file_system_indexing_mode)?;
        o.elems("IncludedIndexingFolders", &self.included_indexing_folders)?;
        o.opt("ExcludedIndexingFolders", &self.excluded_indexing_folders)?;
        o.opt("CredentialsId", &self.credentials_id)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for GuestProcessingOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VssSnapshotOptions", &["vssSnapshotOptions"]),
            F::new("WindowsGuestFSIndexingOptions", &["windowsGuestFSIndexingOptions"]),
            F::new("LinuxGuestFSIndexingOptions", &["linuxGuestFSIndexingOptions"]),
            F::new("SqlBackupOptions", &["sqlBackupOptions"]),
            F::new("WindowsCredentialsId", &["windowsCredentialsId"]),
            F::new("LinuxCredentialsId", &["linuxCredentialsId"]),
            F::new(
                "FsFileExcludeOptions",
                &["FSFileExcludeOptions", "fsFileExcludeOptions"],
            ),
            F::new("OracleBackupOptions", &["oracleBackupOptions"]),
            F::new("AppAwareProcessingMode", &["appAwareProcessingMode"]),
            F::new("FileSystemIndexingMode", &["fileSystemIndexingMode"]),
            F::new("IncludedIndexingFolders", &["includedIndexingFolders"]),
            F::new("ExcludedIndexingFolders", &["Path", "excludedIndexingFolders"]),
            F::new("CredentialsId", &["credentialsId"]),
        ];
        crate::runtime::json::object(deserializer, "GuestProcessingOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for GuestProcessingOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.vss_snapshot_options = o.value()?,
                1 => out.windows_guest_fs_indexing_options = o.value()?,
                2 => out.linux_guest_fs_indexing_options = o.value()?,
                3 => out.sql_backup_options = o.value()?,
                4 => out.windows_credentials_id = o.lenient()?,
                5 => out.linux_credentials_id = o.lenient()?,
                6 => out.fs_file_exclude_options = o.value()?,
                7 => out.oracle_backup_options = o.value()?,
                8 => out.app_aware_processing_mode = o.lenient()?,
                9 => out.file_system_indexing_mode = o.lenient()?,
                10 => {
                    out.included_indexing_folders = o.vec_of("IncludedIndexingFolders")?;
                }
                11 => out.excluded_indexing_folders = o.list_of("Path")?,
                12 => out.credentials_id = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for GuestProcessingOptionsType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vss_snapshot_options: xml::elem(el, "VssSnapshotOptions")?,
            windows_guest_fs_indexing_options: xml::elem(
                el,
                "WindowsGuestFSIndexingOptions",
            )?,
            linux_guest_fs_indexing_options: xml::elem(
                el,
                "LinuxGuestFSIndexingOptions",
            )?,
            sql_backup_options: xml::elem(el, "SqlBackupOptions")?,
            windows_credentials_id: xml::elem_text(el, "WindowsCredentialsId")?,
            linux_credentials_id: xml::elem_text(el, "LinuxCredentialsId")?,
            fs_file_exclude_options: xml::elem(el, "FSFileExcludeOptions")?,
            oracle_backup_options: xml::elem(el, "OracleBackupOptions")?,
            app_aware_processing_mode: xml::elem_text(el, "AppAwareProcessingMode")?,
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elems_text(el, "IncludedIndexingFolders")?
                .into(),
            excluded_indexing_folders: xml::wrapped_text(
                el,
                "ExcludedIndexingFolders",
                "Path",
            )?,
            credentials_id: xml::elem_text(el, "CredentialsId")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once("VssSnapshotOptions"),
                    xml::Child::once("WindowsGuestFSIndexingOptions"),
                    xml::Child::once("LinuxGuestFSIndexingOptions"),
                    xml::Child::once("SqlBackupOptions"),
                    xml::Child::once_text::<String>("WindowsCredentialsId"),
                    xml::Child::once_text::<String>("LinuxCredentialsId"),
                    xml::Child::once("FSFileExcludeOptions"),
                    xml::Child::once("OracleBackupOptions"),
                    xml::Child::once_text::<String>("AppAwareProcessingMode"),
                    xml::Child::once_text::<String>("FileSystemIndexingMode"),
                    xml::Child::many_text::<String>("IncludedIndexingFolders"),
                    xml::Child::once("ExcludedIndexingFolders"),
                    xml::Child::once_text::<String>("CredentialsId"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("VssSnapshotOptions"),
            xml::Tag::once("WindowsGuestFSIndexingOptions"),
            xml::Tag::once("LinuxGuestFSIndexingOptions"),
            xml::Tag::once("SqlBackupOptions"),
            xml::Tag::once("WindowsCredentialsId"),
            xml::Tag::once("LinuxCredentialsId"),
            xml::Tag::once("FSFileExcludeOptions"),
            xml::Tag::once("OracleBackupOptions"),
            xml::Tag::once("AppAwareProcessingMode"),
            xml::Tag::once("FileSystemIndexingMode"),
            xml::Tag::many("IncludedIndexingFolders"),
            xml::Tag::once("ExcludedIndexingFolders"),
            xml::Tag::once("CredentialsId"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.vss_snapshot_options = Some(el_.elem()?),
                1 => out.windows_guest_fs_indexing_options = Some(el_.elem()?),
                2 => out.linux_guest_fs_indexing_options = Some(el_.elem()?),
                3 => out.sql_backup_options = Some(el_.elem()?),
                4 => out.windows_credentials_id = el_.text()?,
                5 => out.linux_credentials_id = el_.text()?,
                6 => out.fs_file_exclude_options = Some(el_.elem()?),
                7 => out.oracle_backup_options = Some(el_.elem()?),
                8 => out.app_aware_processing_mode = el_.text()?,
                9 => out.file_system_indexing_mode = el_.text()?,
                10 => {
                    if let Some(v) = el_.text()? {
                        out.included_indexing_folders.push(v)
                    }
                }
                11 => out.excluded_indexing_folders = Some(el_.wrapped_text("Path")?),
                12 => out.credentials_id = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for GuestProcessingOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("VssSnapshotOptions", &self.vss_snapshot_options);
        w.elem("WindowsGuestFSIndexingOptions", &self.windows_guest_fs_indexing_options);
        w.elem("LinuxGuestFSIndexingOptions", &self.linux_guest_fs_indexing_options);
        w.elem("SqlBackupOptions", &self.sql_backup_options);
        w.elem_text("WindowsCredentialsId", &self.windows_credentials_id);
        w.elem_text("LinuxCredentialsId", &self.linux_credentials_id);
        w.elem("FSFileExcludeOptions", &self.fs_file_exclude_options);
        w.elem("OracleBackupOptions", &self.oracle_backup_options);
        w.elem_text("AppAwareProcessingMode", &self.app_aware_processing_mode);
        w.elem_text("FileSystemIndexingMode", &self.file_system_indexing_mode);
        w.elems_text("IncludedIndexingFolders", &self.included_indexing_folders);
        w.wrapped_text(
            "ExcludedIndexingFolders",
            "Path",
            self.excluded_indexing_folders.as_ref(),
        );
        w.elem_text("CredentialsId", &self.credentials_id);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for GuestProcessingOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vss_snapshot_options,
            &crate::runtime::unknown::join(path, "VssSnapshotOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.windows_guest_fs_indexing_options,
            &crate::runtime::unknown::join(path, "WindowsGuestFSIndexingOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.linux_guest_fs_indexing_options,
            &crate::runtime::unknown::join(path, "LinuxGuestFSIndexingOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.sql_backup_options,
            &crate::runtime::unknown::join(path, "SqlBackupOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.fs_file_exclude_options,
            &crate::runtime::unknown::join(path, "FSFileExcludeOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.oracle_backup_options,
            &crate::runtime::unknown::join(path, "OracleBackupOptions"),
            out,
        );
    }
}

/// The `LinuxGuestFSIndexingOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinuxGuestFsIndexingOptions {
    /// XML element `<FileSystemIndexingMode>`; JSON `"FileSystemIndexingMode"`.
    pub file_system_indexing_mode: Option<String>,
    /// repeated XML element `<IncludedIndexingFolders>`; JSON `"IncludedIndexingFolders": […]`.
    pub included_indexing_folders: crate::runtime::List<String>,
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": […]`.
    pub excluded_indexing_folders: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for LinuxGuestFsIndexingOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("FileSystemIndexingMode", &self.file_system_indexing_mode)?;
        o.elems("IncludedIndexingFolders", &self.included_indexing_folders)?;
        o.opt("ExcludedIndexingFolders", &self.excluded_indexing_folders)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for LinuxGuestFsIndexingOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("FileSystemIndexingMode", &["fileSystemIndexingMode"]),
            F::new("IncludedIndexingFolders", &["includedIndexingFolders"]),
            F::new("ExcludedIndexingFolders", &["Path", "excludedIndexingFolders"]),
        ];
        crate::runtime::json::object(deserializer, "LinuxGuestFSIndexingOptions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for LinuxGuestFsIndexingOptions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.file_system_indexing_mode = o.lenient()?,
                1 => out.included_indexing_folders = o.vec_of("IncludedIndexingFolders")?,
                2 => out.excluded_indexing_folders = o.list_of("Path")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for LinuxGuestFsIndexingOptions {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elems_text(el, "IncludedIndexingFolders")?
                .into(),
            excluded_indexing_folders: xml::wrapped_text(
                el,
                "ExcludedIndexingFolders",
                "Path",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("FileSystemIndexingMode"),
                    xml::Child::many_text::<String>("IncludedIndexingFolders"),
                    xml::Child::once("ExcludedIndexingFolders"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("FileSystemIndexingMode"),
            xml::Tag::many("IncludedIndexingFolders"),
            xml::Tag::once("ExcludedIndexingFolders"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.file_system_indexing_mode = el_.text()?,
                1 => {
                    if let Some(v) = el_.text()? {
                        out.included_indexing_folders.push(v)
                    }
                }
                2 => out.excluded_indexing_folders = Some(el_.wrapped_text("Path")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for LinuxGuestFsIndexingOptions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("FileSystemIndexingMode", &self.file_system_indexing_mode);
        w.elems_text("IncludedIndexingFolders", &self.included_indexing_folders);
        w.wrapped_text(
            "ExcludedIndexingFolders",
            "Path",
            self.excluded_indexing_folders.as_ref(),
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for LinuxGuestFsIndexingOptions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<OracleBackupOptions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OracleBackupOptionsType {
    /// Defines whether transaction logs backup is enabled. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<BackupLogsEnabled>`; JSON `"BackupLogsEnabled"`.
    pub backup_logs_enabled: Option<bool>,
    /// Frequency for transaction logs backup in minutes. This parameter should be specified if the BackupLogsEnabled option is set to True.
    ///
    /// XML element `<BackupLogsFrequencyMin>`; JSON `"BackupLogsFrequencyMin"`.
    pub backup_logs_frequency_min: Option<i64>,
    /// Defines whether retention policy is set for transaction logs backup.
    ///
    /// XML element `<UseDbBackupRetention>`; JSON `"UseDbBackupRetention"`.
    pub use_db_backup_retention: Option<bool>,
    /// Number of days for transaction logs to be kept. This parameter should be specified if the UseDbBackupRetention option is set to True.
    ///
    /// XML element `<RetainDays>`; JSON `"RetainDays"`.
    pub retain_days: Option<i64>,
    /// Archived logs truncation mode. Possible values:
    ///
    /// - `ByAge`
    /// - `BySize`
    ///
    /// XML element `<ArchivedLogsTruncation>`; JSON `"ArchivedLogsTruncation"`.
    pub archived_logs_truncation: Option<
        super::enums::OracleBackupOptionsTypeArchivedLogsTruncation,
    >,
    /// Time period in hours for archived logs to be kept. This parameter should be specified if the ByAge option is passed in the ArchivedLogsTruncation parameter.
    ///
    /// XML element `<ArchivedLogsMaxAgeHours>`; JSON `"ArchivedLogsMaxAgeHours"`.
    pub archived_logs_max_age_hours: Option<i64>,
    /// Maximum size for archived logs in gigabytes. This parameter should be specified if the BySize option is passed in the ArchivedLogsTruncation parameter.
    ///
    /// XML element `<ArchivedLogsMaxSizeMb>`; JSON `"ArchivedLogsMaxSizeMb"`.
    pub archived_logs_max_size_mb: Option<i64>,
    /// Credentials of the account that has SYSDBA rights on the Oracle database. This parameter should be specified if you use separate accounts to access the VM guest OS and to connect to the Oracle database. Otherwise, credentials passed in the WindowsCredentialsId/LinuxCredentialsId parameter will be used.
    ///
    /// XML element `<SysdbaCredsId>`; JSON `"SysdbaCredsId"`.
    pub sysdba_creds_id: Option<String>,
    /// Defines whether automatic log shipping server selection is enabled.
    ///
    /// XML element `<ProxyAutoSelect>`; JSON `"ProxyAutoSelect"`.
    pub proxy_auto_select: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for OracleBackupOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("BackupLogsEnabled", &self.backup_logs_enabled)?;
        o.opt("BackupLogsFrequencyMin", &self.backup_logs_frequency_min)?;
        o.opt("UseDbBackupRetention", &self.use_db_backup_retention)?;
        o.opt("RetainDays", &self.retain_days)?;
        o.opt("ArchivedLogsTruncation", &self.archived_logs_truncation)?;
        o.opt("ArchivedLogsMaxAgeHours", &self.archived_logs_max_age_hours)?;
        o.opt("ArchivedLogsMaxSizeMb", &self.archived_logs_max_size_mb)?;
        o.opt("SysdbaCredsId", &self.sysdba_creds_id)?;
        o.opt("ProxyAutoSelect", &self.proxy_auto_select)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for OracleBackupOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("BackupLogsEnabled", &["backupLogsEnabled"]),
            F::new("BackupLogsFrequencyMin", &["backupLogsFrequencyMin"]),
            F::new("UseDbBackupRetention", &["useDbBackupRetention"]),
            F::new("RetainDays", &["retainDays"]),
            F::new("ArchivedLogsTruncation", &["archivedLogsTruncation"]),
            F::new("ArchivedLogsMaxAgeHours", &["archivedLogsMaxAgeHours"]),
            F::new("ArchivedLogsMaxSizeMb", &["archivedLogsMaxSizeMb"]),
            F::new("SysdbaCredsId", &["sysdbaCredsId"]),
            F::new("ProxyAutoSelect", &["proxyAutoSelect"]),
        ];
        crate::runtime::json::object(deserializer, "OracleBackupOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for OracleBackupOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.backup_logs_enabled = o.lenient()?,
                1 => out.backup_logs_frequency_min = o.lenient()?,
                2 => out.use_db_backup_retention = o.lenient()?,
                3 => out.retain_days = o.lenient()?,
                4 => out.archived_logs_truncation = o.value()?,
                5 => out.archived_logs_max_age_hours = o.lenient()?,
                6 => out.archived_logs_max_size_mb = o.lenient()?,
                7 => out.sysdba_creds_id = o.lenient()?,
                8 => out.proxy_auto_select = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for OracleBackupOptionsType {
    const ROOTS: &'static [&'static str] = &["OracleBackupOptions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_logs_enabled: xml::elem_text(el, "BackupLogsEnabled")?,
            backup_logs_frequency_min: xml::elem_text(el, "BackupLogsFrequencyMin")?,
            use_db_backup_retention: xml::elem_text(el, "UseDbBackupRetention")?,
            retain_days: xml::elem_text(el, "RetainDays")?,
            archived_logs_truncation: xml::elem_text(el, "ArchivedLogsTruncation")?,
            archived_logs_max_age_hours: xml::elem_text(el, "ArchivedLogsMaxAgeHours")?,
            archived_logs_max_size_mb: xml::elem_text(el, "ArchivedLogsMaxSizeMb")?,
            sysdba_creds_id: xml::elem_text(el, "SysdbaCredsId")?,
            proxy_auto_select: xml::elem_text(el, "ProxyAutoSelect")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("BackupLogsEnabled"),
                    xml::Child::once_text::<i64>("BackupLogsFrequencyMin"),
                    xml::Child::once_text::<bool>("UseDbBackupRetention"),
                    xml::Child::once_text::<i64>("RetainDays"),
                    xml::Child::once_text::<
                        super::enums::OracleBackupOptionsTypeArchivedLogsTruncation,
                    >("ArchivedLogsTruncation"),
                    xml::Child::once_text::<i64>("ArchivedLogsMaxAgeHours"),
                    xml::Child::once_text::<i64>("ArchivedLogsMaxSizeMb"),
                    xml::Child::once_text::<String>("SysdbaCredsId"),
                    xml::Child::once_text::<bool>("ProxyAutoSelect"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("BackupLogsEnabled"),
            xml::Tag::once("BackupLogsFrequencyMin"),
            xml::Tag::once("UseDbBackupRetention"),
            xml::Tag::once("RetainDays"),
            xml::Tag::once("ArchivedLogsTruncation"),
            xml::Tag::once("ArchivedLogsMaxAgeHours"),
            xml::Tag::once("ArchivedLogsMaxSizeMb"),
            xml::Tag::once("SysdbaCredsId"),
            xml::Tag::once("ProxyAutoSelect"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.backup_logs_enabled = el_.text()?,
                1 => out.backup_logs_frequency_min = el_.text()?,
                2 => out.use_db_backup_retention = el_.text()?,
                3 => out.retain_days = el_.text()?,
                4 => out.archived_logs_truncation = el_.text()?,
                5 => out.archived_logs_max_age_hours = el_.text()?,
                6 => out.archived_logs_max_size_mb = el_.text()?,
                7 => out.sysdba_creds_id = el_.text()?,
                8 => out.proxy_auto_select = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for OracleBackupOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("BackupLogsEnabled", &self.backup_logs_enabled);
        w.elem_text("BackupLogsFrequencyMin", &self.backup_logs_frequency_min);
        w.elem_text("UseDbBackupRetention", &self.use_db_backup_retention);
        w.elem_text("RetainDays", &self.retain_days);
        w.elem_text("ArchivedLogsTruncation", &self.archived_logs_truncation);
        w.elem_text("ArchivedLogsMaxAgeHours", &self.archived_logs_max_age_hours);
        w.elem_text("ArchivedLogsMaxSizeMb", &self.archived_logs_max_size_mb);
        w.elem_text("SysdbaCredsId", &self.sysdba_creds_id);
        w.elem_text("ProxyAutoSelect", &self.proxy_auto_select);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for OracleBackupOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<SqlBackupOptions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SqlBackupOptionsType {
    /// Transaction logs processing mode. Possible values:
    ///
    /// - `OnlyOnSuccessJob`
    /// - `Backup`
    ///
    /// XML element `<TransactionLogsProcessing>`; JSON `"TransactionLogsProcessing"`.
    pub transaction_logs_processing: Option<
        super::enums::SqlBackupOptionsTypeTransactionLogsProcessing,
    >,
    /// Frequency for transaction logs backup in minutes.
    ///
    /// XML element `<BackupLogsFrequencyMin>`; JSON `"BackupLogsFrequencyMin"`.
    pub backup_logs_frequency_min: Option<i64>,
    /// Defines whether retention policy is set for transaction logs backup.
    ///
    /// XML element `<UseDbBackupRetention>`; JSON `"UseDbBackupRetention"`.
    pub use_db_backup_retention: Option<bool>,
    /// Number of days for transaction logs to be kept. This parameter should be specified if the UseDbBackupRetention option is set to True.
    ///
    /// XML element `<RetainDays>`; JSON `"RetainDays"`.
    pub retain_days: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for SqlBackupOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("TransactionLogsProcessing", &self.transaction_logs_processing)?;
        o.opt("BackupLogsFrequencyMin", &self.backup_logs_frequency_min)?;
        o.opt("UseDbBackupRetention", &self.use_db_backup_retention)?;
        o.opt("RetainDays", &self.retain_days)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for SqlBackupOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("TransactionLogsProcessing", &["transactionLogsProcessing"]),
            F::new("BackupLogsFrequencyMin", &["backupLogsFrequencyMin"]),
            F::new("UseDbBackupRetention", &["useDbBackupRetention"]),
            F::new("RetainDays", &["retainDays"]),
        ];
        crate::runtime::json::object(deserializer, "SqlBackupOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for SqlBackupOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.transaction_logs_processing = o.value()?,
                1 => out.backup_logs_frequency_min = o.lenient()?,
                2 => out.use_db_backup_retention = o.lenient()?,
                3 => out.retain_days = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for SqlBackupOptionsType {
    const ROOTS: &'static [&'static str] = &["SqlBackupOptions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            transaction_logs_processing: xml::elem_text(
                el,
                "TransactionLogsProcessing",
            )?,
            backup_logs_frequency_min: xml::elem_text(el, "BackupLogsFrequencyMin")?,
            use_db_backup_retention: xml::elem_text(el, "UseDbBackupRetention")?,
            retain_days: xml::elem_text(el, "RetainDays")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<
                        super::enums::SqlBackupOptionsTypeTransactionLogsProcessing,
                    >("TransactionLogsProcessing"),
                    xml::Child::once_text::<i64>("BackupLogsFrequencyMin"),
                    xml::Child::once_text::<bool>("UseDbBackupRetention"),
                    xml::Child::once_text::<i64>("RetainDays"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("TransactionLogsProcessing"),
            xml::Tag::once("BackupLogsFrequencyMin"),
            xml::Tag::once("UseDbBackupRetention"),
            xml::Tag::once("RetainDays"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.transaction_logs_processing = el_.text()?,
                1 => out.backup_logs_frequency_min = el_.text()?,
                2 => out.use_db_backup_retention = el_.text()?,
                3 => out.retain_days = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for SqlBackupOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("TransactionLogsProcessing", &self.transaction_logs_processing);
        w.elem_text("BackupLogsFrequencyMin", &self.backup_logs_frequency_min);
        w.elem_text("UseDbBackupRetention", &self.use_db_backup_retention);
        w.elem_text("RetainDays", &self.retain_days);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for SqlBackupOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /cdpPolicies/{ID}/includes, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<VssSnapshotOptions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VssSnapshotOptionsType {
    /// Mode of application-aware image processing. Possible values:
    ///
    /// - `RequireSuccess`
    /// - `IgnoreFailures`
    /// - `Disabled`
    ///
    /// XML element `<VssSnapshotMode>`; JSON `"VssSnapshotMode"`.
    pub vss_snapshot_mode: Option<super::enums::VssSnapshotOptionsTypeVssSnapshotMode>,
    /// Defines whether copy-only backups must be created or transaction logs for Microsoft Exchange, Microsoft SQL and Oracle VMs must be processed. Possible values:
    ///
    /// - `True`
    /// - False If you set this option to False, you should pass parameters for transaction log handling:
    /// - In the SqlBackupOptions element — for Microsoft SQL VMs
    /// - In the OracleBackupOptions element — for Oracle VMs
    ///
    /// XML element `<IsCopyOnly>`; JSON `"IsCopyOnly"`.
    pub is_copy_only: Option<bool>,
    /// Defines whether to use persistent guest agents on the protected VM for application-aware processing. Possible values:
    ///
    /// - `True`
    /// - False The default value is False.
    ///
    /// XML element `<UsePersistentGuestAgent>`; JSON `"UsePersistentGuestAgent"`.
    pub use_persistent_guest_agent: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VssSnapshotOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VssSnapshotMode", &self.vss_snapshot_mode)?;
        o.opt("IsCopyOnly", &self.is_copy_only)?;
        o.opt("UsePersistentGuestAgent", &self.use_persistent_guest_agent)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VssSnapshotOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VssSnapshotMode", &["vssSnapshotMode"]),
            F::new("IsCopyOnly", &["isCopyOnly"]),
            F::new("UsePersistentGuestAgent", &["usePersistentGuestAgent"]),
        ];
        crate::runtime::json::object(deserializer, "VssSnapshotOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VssSnapshotOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.vss_snapshot_mode = o.value()?,
                1 => out.is_copy_only = o.lenient()?,
                2 => out.use_persistent_guest_agent = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VssSnapshotOptionsType {
    const ROOTS: &'static [&'static str] = &["VssSnapshotOptions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vss_snapshot_mode: xml::elem_text(el, "VssSnapshotMode")?,
            is_copy_only: xml::elem_text(el, "IsCopyOnly")?,
            use_persistent_guest_agent: xml::elem_text(el, "UsePersistentGuestAgent")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<
                        super::enums::VssSnapshotOptionsTypeVssSnapshotMode,
                    >("VssSnapshotMode"),
                    xml::Child::once_text::<bool>("IsCopyOnly"),
                    xml::Child::once_text::<bool>("UsePersistentGuestAgent"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("VssSnapshotMode"),
            xml::Tag::once("IsCopyOnly"),
            xml::Tag::once("UsePersistentGuestAgent"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.vss_snapshot_mode = el_.text()?,
                1 => out.is_copy_only = el_.text()?,
                2 => out.use_persistent_guest_agent = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VssSnapshotOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VssSnapshotMode", &self.vss_snapshot_mode);
        w.elem_text("IsCopyOnly", &self.is_copy_only);
        w.elem_text("UsePersistentGuestAgent", &self.use_persistent_guest_agent);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VssSnapshotOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<WindowsGuestFSIndexingOptions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WindowsGuestFsIndexingOptionsType {
    /// File indexing options. Possible values:
    ///
    /// - `EveryFolders`
    /// - `SpecifiedFolders`
    /// - `ExceptSpecifiedFolders`
    ///
    /// XML element `<FileSystemIndexingMode>`; JSON `"FileSystemIndexingMode"`.
    pub file_system_indexing_mode: Option<
        super::enums::WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode,
    >,
    /// List of folders that must be indexed. This parameter should be specified if the SpecifiedFolders option is passed in the FileSystemIndexingMode parameter.
    ///
    /// repeated XML element `<IncludedIndexingFolders>`; JSON `"IncludedIndexingFolders": […]`.
    pub included_indexing_folders: crate::runtime::List<String>,
    /// List of folders that must be excluded from indexing. This parameter should be specified if the ExceptSpecifiedFolders option is passed in the FileSystemIndexingMode parameter.
    ///
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": […]`.
    pub excluded_indexing_folders: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for WindowsGuestFsIndexingOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("FileSystemIndexingMode", &self.file_system_indexing_mode)?;
        o.elems("IncludedIndexingFolders", &self.included_indexing_folders)?;
        o.opt("ExcludedIndexingFolders", &self.excluded_indexing_folders)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for WindowsGuestFsIndexingOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("FileSystemIndexingMode", &["fileSystemIndexingMode"]),
            F::new("IncludedIndexingFolders", &["includedIndexingFolders"]),
            F::new("ExcludedIndexingFolders", &["Path", "excludedIndexingFolders"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "WindowsGuestFSIndexingOptionsType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for WindowsGuestFsIndexingOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.file_system_indexing_mode = o.value()?,
                1 => out.included_indexing_folders = o.vec_of("IncludedIndexingFolders")?,
                2 => out.excluded_indexing_folders = o.list_of("Path")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for WindowsGuestFsIndexingOptionsType {
    const ROOTS: &'static [&'static str] = &["WindowsGuestFSIndexingOptions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elems_text(el, "IncludedIndexingFolders")?
                .into(),
            excluded_indexing_folders: xml::wrapped_text(
                el,
                "ExcludedIndexingFolders",
                "Path",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<
                        super::enums::WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode,
                    >("FileSystemIndexingMode"),
                    xml::Child::many_text::<String>("IncludedIndexingFolders"),
                    xml::Child::once("ExcludedIndexingFolders"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("FileSystemIndexingMode"),
            xml::Tag::many("IncludedIndexingFolders"),
            xml::Tag::once("ExcludedIndexingFolders"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.file_system_indexing_mode = el_.text()?,
                1 => {
                    if let Some(v) = el_.text()? {
                        out.included_indexing_folders.push(v)
                    }
                }
                2 => out.excluded_indexing_folders = Some(el_.wrapped_text("Path")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for WindowsGuestFsIndexingOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("FileSystemIndexingMode", &self.file_system_indexing_mode);
        w.elems_text("IncludedIndexingFolders", &self.included_indexing_folders);
        w.wrapped_text(
            "ExcludedIndexingFolders",
            "Path",
            self.excluded_indexing_folders.as_ref(),
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for WindowsGuestFsIndexingOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
