// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `cdp`, `jobs`, `query`, `replication`.

#[allow(unused_imports)]
use super::*;

/// The `GuestProcessingOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GuestProcessingOptions {
    /// XML element `<VssSnapshotOptions>`; JSON `"VssSnapshotOptions"`.
    pub vss_snapshot_options: Option<VssSnapshotOptions>,
    /// XML element `<WindowsGuestFSIndexingOptions>`; JSON `"WindowsGuestFSIndexingOptions"`.
    pub windows_guest_fs_indexing_options: Option<WindowsGuestFsIndexingOptions>,
    /// XML element `<LinuxGuestFSIndexingOptions>`; JSON `"LinuxGuestFSIndexingOptions"`.
    pub linux_guest_fs_indexing_options: Option<LinuxGuestFsIndexingOptions>,
    /// XML element `<SqlBackupOptions>`; JSON `"SqlBackupOptions"`.
    pub sql_backup_options: Option<SqlBackupOptions>,
    /// XML element `<WindowsCredentialsId>`; JSON `"WindowsCredentialsId"`.
    pub windows_credentials_id: Option<String>,
    /// XML element `<LinuxCredentialsId>`; JSON `"LinuxCredentialsId"`.
    pub linux_credentials_id: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for GuestProcessingOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VssSnapshotOptions", &self.vss_snapshot_options)?;
        o.opt("WindowsGuestFSIndexingOptions", &self.windows_guest_fs_indexing_options)?;
        o.opt("LinuxGuestFSIndexingOptions", &self.linux_guest_fs_indexing_options)?;
        o.opt("SqlBackupOptions", &self.sql_backup_options)?;
        o.opt("WindowsCredentialsId", &self.windows_credentials_id)?;
        o.opt("LinuxCredentialsId", &self.linux_credentials_id)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for GuestProcessingOptions {
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
        ];
        crate::runtime::json::object(deserializer, "GuestProcessingOptions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for GuestProcessingOptions {
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
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for GuestProcessingOptions {
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
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.vss_snapshot_options = Some(el_.elem()?),
                1 => out.windows_guest_fs_indexing_options = Some(el_.elem()?),
                2 => out.linux_guest_fs_indexing_options = Some(el_.elem()?),
                3 => out.sql_backup_options = Some(el_.elem()?),
                4 => out.windows_credentials_id = el_.text()?,
                5 => out.linux_credentials_id = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for GuestProcessingOptions {
    #[inline]
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
    }
}

/// The `SqlBackupOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SqlBackupOptions {
    /// XML element `<TransactionLogsProcessing>`; JSON `"TransactionLogsProcessing"`.
    pub transaction_logs_processing: Option<String>,
    /// XML element `<BackupLogsFrequencyMin>`; JSON `"BackupLogsFrequencyMin"`.
    pub backup_logs_frequency_min: Option<String>,
    /// XML element `<UseDbBackupRetention>`; JSON `"UseDbBackupRetention"`.
    pub use_db_backup_retention: Option<String>,
    /// XML element `<RetainDays>`; JSON `"RetainDays"`.
    pub retain_days: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for SqlBackupOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("TransactionLogsProcessing", &self.transaction_logs_processing)?;
        o.opt("BackupLogsFrequencyMin", &self.backup_logs_frequency_min)?;
        o.opt("UseDbBackupRetention", &self.use_db_backup_retention)?;
        o.opt("RetainDays", &self.retain_days)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for SqlBackupOptions {
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
        crate::runtime::json::object(deserializer, "SqlBackupOptions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for SqlBackupOptions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.transaction_logs_processing = o.lenient()?,
                1 => out.backup_logs_frequency_min = o.lenient()?,
                2 => out.use_db_backup_retention = o.lenient()?,
                3 => out.retain_days = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for SqlBackupOptions {
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
                    xml::Child::once_text::<String>("TransactionLogsProcessing"),
                    xml::Child::once_text::<String>("BackupLogsFrequencyMin"),
                    xml::Child::once_text::<String>("UseDbBackupRetention"),
                    xml::Child::once_text::<String>("RetainDays"),
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

impl crate::runtime::xml::ToXml for SqlBackupOptions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("TransactionLogsProcessing", &self.transaction_logs_processing);
        w.elem_text("BackupLogsFrequencyMin", &self.backup_logs_frequency_min);
        w.elem_text("UseDbBackupRetention", &self.use_db_backup_retention);
        w.elem_text("RetainDays", &self.retain_days);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for SqlBackupOptions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `VssSnapshotOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VssSnapshotOptions {
    /// XML element `<VssSnapshotMode>`; JSON `"VssSnapshotMode"`.
    pub vss_snapshot_mode: Option<String>,
    /// XML element `<IsCopyOnly>`; JSON `"IsCopyOnly"`.
    pub is_copy_only: Option<String>,
    /// XML element `<UsePersistentGuestAgent>`; JSON `"UsePersistentGuestAgent"`.
    pub use_persistent_guest_agent: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VssSnapshotOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VssSnapshotMode", &self.vss_snapshot_mode)?;
        o.opt("IsCopyOnly", &self.is_copy_only)?;
        o.opt("UsePersistentGuestAgent", &self.use_persistent_guest_agent)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VssSnapshotOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VssSnapshotMode", &["vssSnapshotMode"]),
            F::new("IsCopyOnly", &["isCopyOnly"]),
            F::new("UsePersistentGuestAgent", &["usePersistentGuestAgent"]),
        ];
        crate::runtime::json::object(deserializer, "VssSnapshotOptions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VssSnapshotOptions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.vss_snapshot_mode = o.lenient()?,
                1 => out.is_copy_only = o.lenient()?,
                2 => out.use_persistent_guest_agent = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VssSnapshotOptions {
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
                    xml::Child::once_text::<String>("VssSnapshotMode"),
                    xml::Child::once_text::<String>("IsCopyOnly"),
                    xml::Child::once_text::<String>("UsePersistentGuestAgent"),
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

impl crate::runtime::xml::ToXml for VssSnapshotOptions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VssSnapshotMode", &self.vss_snapshot_mode);
        w.elem_text("IsCopyOnly", &self.is_copy_only);
        w.elem_text("UsePersistentGuestAgent", &self.use_persistent_guest_agent);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VssSnapshotOptions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `WindowsGuestFSIndexingOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WindowsGuestFsIndexingOptions {
    /// XML element `<FileSystemIndexingMode>`; JSON `"FileSystemIndexingMode"`.
    pub file_system_indexing_mode: Option<String>,
    /// XML element `<IncludedIndexingFolders>`; JSON `"IncludedIndexingFolders"`.
    pub included_indexing_folders: Option<String>,
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": {"Paths": […]}`.
    pub excluded_indexing_folders: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for WindowsGuestFsIndexingOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("FileSystemIndexingMode", &self.file_system_indexing_mode)?;
        o.opt("IncludedIndexingFolders", &self.included_indexing_folders)?;
        o.documented(
            "ExcludedIndexingFolders",
            "Paths",
            &self.excluded_indexing_folders,
        )?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for WindowsGuestFsIndexingOptions {
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
            "WindowsGuestFSIndexingOptions",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for WindowsGuestFsIndexingOptions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.file_system_indexing_mode = o.lenient()?,
                1 => out.included_indexing_folders = o.lenient()?,
                2 => out.excluded_indexing_folders = o.list_of("Path")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for WindowsGuestFsIndexingOptions {
    #[inline]
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
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("FileSystemIndexingMode"),
                    xml::Child::once_text::<String>("IncludedIndexingFolders"),
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
            xml::Tag::once("IncludedIndexingFolders"),
            xml::Tag::once("ExcludedIndexingFolders"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.file_system_indexing_mode = el_.text()?,
                1 => out.included_indexing_folders = el_.text()?,
                2 => out.excluded_indexing_folders = Some(el_.wrapped_text("Path")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for WindowsGuestFsIndexingOptions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("FileSystemIndexingMode", &self.file_system_indexing_mode);
        w.elem_text("IncludedIndexingFolders", &self.included_indexing_folders);
        w.wrapped_text(
            "ExcludedIndexingFolders",
            "Path",
            self.excluded_indexing_folders.as_ref(),
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for WindowsGuestFsIndexingOptions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
