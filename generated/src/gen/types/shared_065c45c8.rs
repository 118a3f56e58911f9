// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `cdp`, `jobs`, `query`, `replication`.
#[allow(unused_imports)]
use super::*;
/// The `GuestProcessingOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GuestProcessingOptions {
    /// XML element `<VssSnapshotOptions>`; JSON `"VssSnapshotOptions"`.
    #[serde(
        rename = "VssSnapshotOptions",
        alias = "vssSnapshotOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vss_snapshot_options: Option<VssSnapshotOptions>,
    /// XML element `<WindowsGuestFSIndexingOptions>`; JSON `"WindowsGuestFSIndexingOptions"`.
    #[serde(
        rename = "WindowsGuestFSIndexingOptions",
        alias = "windowsGuestFSIndexingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub windows_guest_fs_indexing_options: Option<WindowsGuestFsIndexingOptions>,
    /// XML element `<LinuxGuestFSIndexingOptions>`; JSON `"LinuxGuestFSIndexingOptions"`.
    #[serde(
        rename = "LinuxGuestFSIndexingOptions",
        alias = "linuxGuestFSIndexingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub linux_guest_fs_indexing_options: Option<LinuxGuestFsIndexingOptions>,
    /// XML element `<SqlBackupOptions>`; JSON `"SqlBackupOptions"`.
    #[serde(
        rename = "SqlBackupOptions",
        alias = "sqlBackupOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sql_backup_options: Option<SqlBackupOptions>,
    /// XML element `<WindowsCredentialsId>`; JSON `"WindowsCredentialsId"`.
    #[serde(
        rename = "WindowsCredentialsId",
        alias = "windowsCredentialsId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub windows_credentials_id: Option<String>,
    /// XML element `<LinuxCredentialsId>`; JSON `"LinuxCredentialsId"`.
    #[serde(
        rename = "LinuxCredentialsId",
        alias = "linuxCredentialsId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub linux_credentials_id: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for GuestProcessingOptions {
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "VssSnapshotOptions",
                    "WindowsGuestFSIndexingOptions",
                    "LinuxGuestFSIndexingOptions",
                    "SqlBackupOptions",
                    "WindowsCredentialsId",
                    "LinuxCredentialsId",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for GuestProcessingOptions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("VssSnapshotOptions", &self.vss_snapshot_options);
        w.elem("WindowsGuestFSIndexingOptions", &self.windows_guest_fs_indexing_options);
        w.elem("LinuxGuestFSIndexingOptions", &self.linux_guest_fs_indexing_options);
        w.elem("SqlBackupOptions", &self.sql_backup_options);
        w.elem_text("WindowsCredentialsId", &self.windows_credentials_id);
        w.elem_text("LinuxCredentialsId", &self.linux_credentials_id);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for GuestProcessingOptions {
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
    }
}
/// The `SqlBackupOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SqlBackupOptions {
    /// XML element `<TransactionLogsProcessing>`; JSON `"TransactionLogsProcessing"`.
    #[serde(
        rename = "TransactionLogsProcessing",
        alias = "transactionLogsProcessing",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub transaction_logs_processing: Option<String>,
    /// XML element `<BackupLogsFrequencyMin>`; JSON `"BackupLogsFrequencyMin"`.
    #[serde(
        rename = "BackupLogsFrequencyMin",
        alias = "backupLogsFrequencyMin",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_logs_frequency_min: Option<String>,
    /// XML element `<UseDbBackupRetention>`; JSON `"UseDbBackupRetention"`.
    #[serde(
        rename = "UseDbBackupRetention",
        alias = "useDbBackupRetention",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub use_db_backup_retention: Option<String>,
    /// XML element `<RetainDays>`; JSON `"RetainDays"`.
    #[serde(
        rename = "RetainDays",
        alias = "retainDays",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retain_days: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for SqlBackupOptions {
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
                    "TransactionLogsProcessing",
                    "BackupLogsFrequencyMin",
                    "UseDbBackupRetention",
                    "RetainDays",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for SqlBackupOptions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("TransactionLogsProcessing", &self.transaction_logs_processing);
        w.elem_text("BackupLogsFrequencyMin", &self.backup_logs_frequency_min);
        w.elem_text("UseDbBackupRetention", &self.use_db_backup_retention);
        w.elem_text("RetainDays", &self.retain_days);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for SqlBackupOptions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// The `VssSnapshotOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VssSnapshotOptions {
    /// XML element `<VssSnapshotMode>`; JSON `"VssSnapshotMode"`.
    #[serde(
        rename = "VssSnapshotMode",
        alias = "vssSnapshotMode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vss_snapshot_mode: Option<String>,
    /// XML element `<IsCopyOnly>`; JSON `"IsCopyOnly"`.
    #[serde(
        rename = "IsCopyOnly",
        alias = "isCopyOnly",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub is_copy_only: Option<String>,
    /// XML element `<UsePersistentGuestAgent>`; JSON `"UsePersistentGuestAgent"`.
    #[serde(
        rename = "UsePersistentGuestAgent",
        alias = "usePersistentGuestAgent",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub use_persistent_guest_agent: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VssSnapshotOptions {
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
                &["VssSnapshotMode", "IsCopyOnly", "UsePersistentGuestAgent"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VssSnapshotOptions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VssSnapshotMode", &self.vss_snapshot_mode);
        w.elem_text("IsCopyOnly", &self.is_copy_only);
        w.elem_text("UsePersistentGuestAgent", &self.use_persistent_guest_agent);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VssSnapshotOptions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// The `WindowsGuestFSIndexingOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WindowsGuestFsIndexingOptions {
    /// XML element `<FileSystemIndexingMode>`; JSON `"FileSystemIndexingMode"`.
    #[serde(
        rename = "FileSystemIndexingMode",
        alias = "fileSystemIndexingMode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub file_system_indexing_mode: Option<String>,
    /// XML element `<IncludedIndexingFolders>`; JSON `"IncludedIndexingFolders"`.
    #[serde(
        rename = "IncludedIndexingFolders",
        alias = "includedIndexingFolders",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub included_indexing_folders: Option<String>,
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": {"Paths": […]}`.
    #[serde(
        rename = "ExcludedIndexingFolders",
        alias = "Path",
        alias = "excludedIndexingFolders",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_paths"
    )]
    pub excluded_indexing_folders: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for WindowsGuestFsIndexingOptions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elem_text(el, "IncludedIndexingFolders")?,
            excluded_indexing_folders: xml::wrapped_text(
                    el,
                    "ExcludedIndexingFolders",
                    "Path",
                )?
                .map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "FileSystemIndexingMode",
                    "IncludedIndexingFolders",
                    "ExcludedIndexingFolders",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for WindowsGuestFsIndexingOptions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("FileSystemIndexingMode", &self.file_system_indexing_mode);
        w.elem_text("IncludedIndexingFolders", &self.included_indexing_folders);
        w.wrapped_text(
            "ExcludedIndexingFolders",
            "Path",
            self.excluded_indexing_folders.as_deref(),
        );
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for WindowsGuestFsIndexingOptions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
