// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `jobs`, `query`.

#[allow(unused_imports)]
use super::*;

/// The `BackupJobInfo` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BackupJobInfo {
    /// XML `<Includes><ObjectInJob/>…</Includes>`; JSON `"Includes": {"ObjectInJobs": […]}`.
    pub includes: Option<crate::runtime::List<ObjectInJob>>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    pub guest_processing_options: Option<GuestProcessingOptions>,
    /// XML `<AdvancedStorageOptions><PasswordKeyId/>…</AdvancedStorageOptions>`; JSON `"AdvancedStorageOptions": {"PasswordKeyIds": […]}`.
    pub advanced_storage_options: Option<crate::runtime::List<String>>,
    /// XML element `<GfsRetentionPolicy>`; JSON `"GfsRetentionPolicy"`.
    pub gfs_retention_policy: Option<GfsRetentionPolicy>,
    /// XML element `<SimpleRetentionPolicy>`; JSON `"SimpleRetentionPolicy"`.
    pub simple_retention_policy: Option<SimpleRetentionPolicy>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for BackupJobInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.documented("Includes", "ObjectInJobs", &self.includes)?;
        o.opt("GuestProcessingOptions", &self.guest_processing_options)?;
        o.documented(
            "AdvancedStorageOptions",
            "PasswordKeyIds",
            &self.advanced_storage_options,
        )?;
        o.opt("GfsRetentionPolicy", &self.gfs_retention_policy)?;
        o.opt("SimpleRetentionPolicy", &self.simple_retention_policy)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for BackupJobInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Includes", &["ObjectInJob", "includes"]),
            F::new("GuestProcessingOptions", &["guestProcessingOptions"]),
            F::new(
                "AdvancedStorageOptions",
                &["PasswordKeyId", "advancedStorageOptions"],
            ),
            F::new("GfsRetentionPolicy", &["gfsRetentionPolicy"]),
            F::new("SimpleRetentionPolicy", &["simpleRetentionPolicy"]),
        ];
        crate::runtime::json::object(deserializer, "BackupJobInfo", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for BackupJobInfo {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.includes = o.list_of("ObjectInJob")?,
                1 => out.guest_processing_options = o.value()?,
                2 => out.advanced_storage_options = o.list_of("PasswordKeyId")?,
                3 => out.gfs_retention_policy = o.value()?,
                4 => out.simple_retention_policy = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for BackupJobInfo {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            includes: xml::wrapped(el, "Includes", "ObjectInJob")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            advanced_storage_options: xml::wrapped_text(
                el,
                "AdvancedStorageOptions",
                "PasswordKeyId",
            )?,
            gfs_retention_policy: xml::elem(el, "GfsRetentionPolicy")?,
            simple_retention_policy: xml::elem(el, "SimpleRetentionPolicy")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once("Includes"),
                    xml::Child::once("GuestProcessingOptions"),
                    xml::Child::once("AdvancedStorageOptions"),
                    xml::Child::once("GfsRetentionPolicy"),
                    xml::Child::once("SimpleRetentionPolicy"),
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
            xml::Tag::once("Includes"),
            xml::Tag::once("GuestProcessingOptions"),
            xml::Tag::once("AdvancedStorageOptions"),
            xml::Tag::once("GfsRetentionPolicy"),
            xml::Tag::once("SimpleRetentionPolicy"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.includes = Some(el_.wrapped("ObjectInJob")?),
                1 => out.guest_processing_options = Some(el_.elem()?),
                2 => {
                    out.advanced_storage_options = Some(
                        el_.wrapped_text("PasswordKeyId")?,
                    );
                }
                3 => out.gfs_retention_policy = Some(el_.elem()?),
                4 => out.simple_retention_policy = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for BackupJobInfo {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped("Includes", "ObjectInJob", self.includes.as_ref());
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        w.wrapped_text(
            "AdvancedStorageOptions",
            "PasswordKeyId",
            self.advanced_storage_options.as_ref(),
        );
        w.elem("GfsRetentionPolicy", &self.gfs_retention_policy);
        w.elem("SimpleRetentionPolicy", &self.simple_retention_policy);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for BackupJobInfo {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.includes,
            &crate::runtime::unknown::join(path, "Includes"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.guest_processing_options,
            &crate::runtime::unknown::join(path, "GuestProcessingOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.gfs_retention_policy,
            &crate::runtime::unknown::join(path, "GfsRetentionPolicy"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.simple_retention_policy,
            &crate::runtime::unknown::join(path, "SimpleRetentionPolicy"),
            out,
        );
    }
}

/// Used by PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_jobs_id_actionedit.html>
///
/// XML root element: `<GfsRetentionPolicy>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GfsRetentionPolicy {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// Weekly GFS retention policy options set for the job. For details, see Weekly GFS Retention Policy Options.
    ///
    /// XML element `<Weekly>`; JSON `"Weekly"`.
    pub weekly: Option<WeeklyOptionsInfoType>,
    /// Monthly GFS retention policy options set for the job. For details, see Monthly GFS Retention Policy Options.
    ///
    /// XML element `<Monthly>`; JSON `"Monthly"`.
    pub monthly: Option<MonthlyOptionsInfoType>,
    /// Yearly GFS retention policy options set for the job. For details, see Yearly GFS Retention Policy Options.
    ///
    /// XML element `<Yearly>`; JSON `"Yearly"`.
    pub yearly: Option<YearlyOptionsInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for GfsRetentionPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("Weekly", &self.weekly)?;
        o.opt("Monthly", &self.monthly)?;
        o.opt("Yearly", &self.yearly)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for GfsRetentionPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Weekly", &["weekly"]),
            F::new("Monthly", &["monthly"]),
            F::new("Yearly", &["yearly"]),
        ];
        crate::runtime::json::object(deserializer, "GfsRetentionPolicy", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for GfsRetentionPolicy {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.weekly = o.value()?,
                2 => out.monthly = o.value()?,
                3 => out.yearly = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for GfsRetentionPolicy {
    const ROOTS: &'static [&'static str] = &["GfsRetentionPolicy"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            weekly: xml::elem(el, "Weekly")?,
            monthly: xml::elem(el, "Monthly")?,
            yearly: xml::elem(el, "Yearly")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[
                    xml::Child::once("Weekly"),
                    xml::Child::once("Monthly"),
                    xml::Child::once("Yearly"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Weekly"),
            xml::Tag::once("Monthly"),
            xml::Tag::once("Yearly"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.weekly = Some(el_.elem()?),
                1 => out.monthly = Some(el_.elem()?),
                2 => out.yearly = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for GfsRetentionPolicy {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem("Weekly", &self.weekly);
        w.elem("Monthly", &self.monthly);
        w.elem("Yearly", &self.yearly);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for GfsRetentionPolicy {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.weekly,
            &crate::runtime::unknown::join(path, "Weekly"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.monthly,
            &crate::runtime::unknown::join(path, "Monthly"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.yearly,
            &crate::runtime::unknown::join(path, "Yearly"),
            out,
        );
    }
}

/// The `ImmediateBackupCopyJobInfo` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImmediateBackupCopyJobInfo {
    /// XML `<LinkedJobIncludes><LinkedJobObject/>…</LinkedJobIncludes>`; JSON `"LinkedJobIncludes": {"LinkedJobObjects": […]}`.
    pub linked_job_includes: Option<crate::runtime::List<LinkedJobObject>>,
    /// XML element `<LinkedBackupIncludes>`; JSON `"LinkedBackupIncludes"`.
    pub linked_backup_includes: Option<String>,
    /// XML `<LinkedBackupRepositoryIncludes><LinkedBackupRepository/>…</LinkedBackupRepositoryIncludes>`; JSON `"LinkedBackupRepositoryIncludes": {"LinkedBackupRepositories": […]}`.
    pub linked_backup_repository_includes: Option<
        crate::runtime::List<LinkedBackupRepository>,
    >,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ImmediateBackupCopyJobInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.documented(
            "LinkedJobIncludes",
            "LinkedJobObjects",
            &self.linked_job_includes,
        )?;
        o.opt("LinkedBackupIncludes", &self.linked_backup_includes)?;
        o.documented(
            "LinkedBackupRepositoryIncludes",
            "LinkedBackupRepositories",
            &self.linked_backup_repository_includes,
        )?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ImmediateBackupCopyJobInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("LinkedJobIncludes", &["LinkedJobObject", "linkedJobIncludes"]),
            F::new("LinkedBackupIncludes", &["linkedBackupIncludes"]),
            F::new(
                "LinkedBackupRepositoryIncludes",
                &["LinkedBackupRepository", "linkedBackupRepositoryIncludes"],
            ),
        ];
        crate::runtime::json::object(deserializer, "ImmediateBackupCopyJobInfo", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ImmediateBackupCopyJobInfo {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.linked_job_includes = o.list_of("LinkedJobObject")?,
                1 => out.linked_backup_includes = o.lenient()?,
                2 => {
                    out.linked_backup_repository_includes = o
                        .list_of("LinkedBackupRepository")?;
                }
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ImmediateBackupCopyJobInfo {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            linked_job_includes: xml::wrapped(
                el,
                "LinkedJobIncludes",
                "LinkedJobObject",
            )?,
            linked_backup_includes: xml::elem_text(el, "LinkedBackupIncludes")?,
            linked_backup_repository_includes: xml::wrapped(
                el,
                "LinkedBackupRepositoryIncludes",
                "LinkedBackupRepository",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once("LinkedJobIncludes"),
                    xml::Child::once_text::<String>("LinkedBackupIncludes"),
                    xml::Child::once("LinkedBackupRepositoryIncludes"),
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
            xml::Tag::once("LinkedJobIncludes"),
            xml::Tag::once("LinkedBackupIncludes"),
            xml::Tag::once("LinkedBackupRepositoryIncludes"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.linked_job_includes = Some(el_.wrapped("LinkedJobObject")?),
                1 => out.linked_backup_includes = el_.text()?,
                2 => {
                    out.linked_backup_repository_includes = Some(
                        el_.wrapped("LinkedBackupRepository")?,
                    );
                }
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ImmediateBackupCopyJobInfo {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped(
            "LinkedJobIncludes",
            "LinkedJobObject",
            self.linked_job_includes.as_ref(),
        );
        w.elem_text("LinkedBackupIncludes", &self.linked_backup_includes);
        w.wrapped(
            "LinkedBackupRepositoryIncludes",
            "LinkedBackupRepository",
            self.linked_backup_repository_includes.as_ref(),
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ImmediateBackupCopyJobInfo {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.linked_job_includes,
            &crate::runtime::unknown::join(path, "LinkedJobIncludes"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.linked_backup_repository_includes,
            &crate::runtime::unknown::join(path, "LinkedBackupRepositoryIncludes"),
            out,
        );
    }
}

/// The `JobInfo` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobInfo {
    /// XML `<Includes><ObjectInAgentBackupJob/>…</Includes>`; JSON `"Includes": {"ObjectInAgentBackupJobs": […]}`.
    pub includes: Option<crate::runtime::List<ObjectInAgentBackupJob>>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    pub guest_processing_options: Option<GuestProcessingOptions>,
    /// XML element `<GfsRetentionPolicy>`; JSON `"GfsRetentionPolicy"`.
    pub gfs_retention_policy: Option<GfsRetentionPolicy>,
    /// XML element `<SimpleRetentionPolicy>`; JSON `"SimpleRetentionPolicy"`.
    pub simple_retention_policy: Option<SimpleRetentionPolicy>,
    /// XML element `<ImmediateBackupCopyJobInfo>`; JSON `"ImmediateBackupCopyJobInfo"`.
    pub immediate_backup_copy_job_info: Option<ImmediateBackupCopyJobInfo>,
    /// XML element `<BackupJobInfo>`; JSON `"BackupJobInfo"`.
    pub backup_job_info: Option<BackupJobInfo>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.documented("Includes", "ObjectInAgentBackupJobs", &self.includes)?;
        o.opt("GuestProcessingOptions", &self.guest_processing_options)?;
        o.opt("GfsRetentionPolicy", &self.gfs_retention_policy)?;
        o.opt("SimpleRetentionPolicy", &self.simple_retention_policy)?;
        o.opt("ImmediateBackupCopyJobInfo", &self.immediate_backup_copy_job_info)?;
        o.opt("BackupJobInfo", &self.backup_job_info)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Includes", &["ObjectInAgentBackupJob", "includes"]),
            F::new("GuestProcessingOptions", &["guestProcessingOptions"]),
            F::new("GfsRetentionPolicy", &["gfsRetentionPolicy"]),
            F::new("SimpleRetentionPolicy", &["simpleRetentionPolicy"]),
            F::new("ImmediateBackupCopyJobInfo", &["immediateBackupCopyJobInfo"]),
            F::new("BackupJobInfo", &["backupJobInfo"]),
        ];
        crate::runtime::json::object(deserializer, "JobInfo", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for JobInfo {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.includes = o.list_of("ObjectInAgentBackupJob")?,
                1 => out.guest_processing_options = o.value()?,
                2 => out.gfs_retention_policy = o.value()?,
                3 => out.simple_retention_policy = o.value()?,
                4 => out.immediate_backup_copy_job_info = o.value()?,
                5 => out.backup_job_info = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobInfo {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            includes: xml::wrapped(el, "Includes", "ObjectInAgentBackupJob")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            gfs_retention_policy: xml::elem(el, "GfsRetentionPolicy")?,
            simple_retention_policy: xml::elem(el, "SimpleRetentionPolicy")?,
            immediate_backup_copy_job_info: xml::elem(el, "ImmediateBackupCopyJobInfo")?,
            backup_job_info: xml::elem(el, "BackupJobInfo")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once("Includes"),
                    xml::Child::once("GuestProcessingOptions"),
                    xml::Child::once("GfsRetentionPolicy"),
                    xml::Child::once("SimpleRetentionPolicy"),
                    xml::Child::once("ImmediateBackupCopyJobInfo"),
                    xml::Child::once("BackupJobInfo"),
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
            xml::Tag::once("Includes"),
            xml::Tag::once("GuestProcessingOptions"),
            xml::Tag::once("GfsRetentionPolicy"),
            xml::Tag::once("SimpleRetentionPolicy"),
            xml::Tag::once("ImmediateBackupCopyJobInfo"),
            xml::Tag::once("BackupJobInfo"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.includes = Some(el_.wrapped("ObjectInAgentBackupJob")?),
                1 => out.guest_processing_options = Some(el_.elem()?),
                2 => out.gfs_retention_policy = Some(el_.elem()?),
                3 => out.simple_retention_policy = Some(el_.elem()?),
                4 => out.immediate_backup_copy_job_info = Some(el_.elem()?),
                5 => out.backup_job_info = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobInfo {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped("Includes", "ObjectInAgentBackupJob", self.includes.as_ref());
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        w.elem("GfsRetentionPolicy", &self.gfs_retention_policy);
        w.elem("SimpleRetentionPolicy", &self.simple_retention_policy);
        w.elem("ImmediateBackupCopyJobInfo", &self.immediate_backup_copy_job_info);
        w.elem("BackupJobInfo", &self.backup_job_info);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobInfo {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.includes,
            &crate::runtime::unknown::join(path, "Includes"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.guest_processing_options,
            &crate::runtime::unknown::join(path, "GuestProcessingOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.gfs_retention_policy,
            &crate::runtime::unknown::join(path, "GfsRetentionPolicy"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.simple_retention_policy,
            &crate::runtime::unknown::join(path, "SimpleRetentionPolicy"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.immediate_backup_copy_job_info,
            &crate::runtime::unknown::join(path, "ImmediateBackupCopyJobInfo"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.backup_job_info,
            &crate::runtime::unknown::join(path, "BackupJobInfo"),
            out,
        );
    }
}

/// The `LinkedBackupRepository` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinkedBackupRepository {
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    pub object_in_job_id: Option<String>,
    /// XML element `<LinkedBackupRepositoryUid>`; JSON `"LinkedBackupRepositoryUid"`.
    pub linked_backup_repository_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for LinkedBackupRepository {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ObjectInJobId", &self.object_in_job_id)?;
        o.opt("LinkedBackupRepositoryUid", &self.linked_backup_repository_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for LinkedBackupRepository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ObjectInJobId", &["objectInJobId"]),
            F::new("LinkedBackupRepositoryUid", &["linkedBackupRepositoryUid"]),
        ];
        crate::runtime::json::object(deserializer, "LinkedBackupRepository", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for LinkedBackupRepository {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.object_in_job_id = o.lenient()?,
                1 => out.linked_backup_repository_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for LinkedBackupRepository {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            linked_backup_repository_uid: xml::elem_text(
                el,
                "LinkedBackupRepositoryUid",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("ObjectInJobId"),
                    xml::Child::once_text::<
                        crate::runtime::Uid,
                    >("LinkedBackupRepositoryUid"),
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
            xml::Tag::once("ObjectInJobId"),
            xml::Tag::once("LinkedBackupRepositoryUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.object_in_job_id = el_.text()?,
                1 => out.linked_backup_repository_uid = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for LinkedBackupRepository {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("LinkedBackupRepositoryUid", &self.linked_backup_repository_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for LinkedBackupRepository {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `LinkedJobObject` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinkedJobObject {
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    pub object_in_job_id: Option<String>,
    /// XML element `<LinkedJobUid>`; JSON `"LinkedJobUid"`.
    pub linked_job_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for LinkedJobObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ObjectInJobId", &self.object_in_job_id)?;
        o.opt("LinkedJobUid", &self.linked_job_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for LinkedJobObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ObjectInJobId", &["objectInJobId"]),
            F::new("LinkedJobUid", &["linkedJobUid"]),
        ];
        crate::runtime::json::object(deserializer, "LinkedJobObject", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for LinkedJobObject {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.object_in_job_id = o.lenient()?,
                1 => out.linked_job_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for LinkedJobObject {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            linked_job_uid: xml::elem_text(el, "LinkedJobUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("ObjectInJobId"),
                    xml::Child::once_text::<crate::runtime::Uid>("LinkedJobUid"),
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
            xml::Tag::once("ObjectInJobId"),
            xml::Tag::once("LinkedJobUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.object_in_job_id = el_.text()?,
                1 => out.linked_job_uid = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for LinkedJobObject {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("LinkedJobUid", &self.linked_job_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for LinkedJobObject {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `ObjectInAgentBackupJob` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectInAgentBackupJob {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    pub object_in_job_id: Option<String>,
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    pub display_name: Option<String>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    pub guest_processing_options: Option<GuestProcessingOptions>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ObjectInAgentBackupJob {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("ObjectInJobId", &self.object_in_job_id)?;
        o.opt("Name", &self.name)?;
        o.opt("DisplayName", &self.display_name)?;
        o.opt("GuestProcessingOptions", &self.guest_processing_options)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ObjectInAgentBackupJob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("ObjectInJobId", &["objectInJobId"]),
            F::new("Name", &["name"]),
            F::new("DisplayName", &["displayName"]),
            F::new("GuestProcessingOptions", &["guestProcessingOptions"]),
        ];
        crate::runtime::json::object(deserializer, "ObjectInAgentBackupJob", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ObjectInAgentBackupJob {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.object_in_job_id = o.lenient()?,
                3 => out.name = o.lenient()?,
                4 => out.display_name = o.lenient()?,
                5 => out.guest_processing_options = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ObjectInAgentBackupJob {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            name: xml::elem_text(el, "Name")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &[
                    xml::Child::once_text::<String>("ObjectInJobId"),
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("DisplayName"),
                    xml::Child::once("GuestProcessingOptions"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Type", "Href"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("ObjectInJobId"),
            xml::Tag::once("Name"),
            xml::Tag::once("DisplayName"),
            xml::Tag::once("GuestProcessingOptions"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.object_in_job_id = el_.text()?,
                1 => out.name = el_.text()?,
                2 => out.display_name = el_.text()?,
                3 => out.guest_processing_options = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ObjectInAgentBackupJob {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("Name", &self.name);
        w.elem_text("DisplayName", &self.display_name);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ObjectInAgentBackupJob {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.guest_processing_options,
            &crate::runtime::unknown::join(path, "GuestProcessingOptions"),
            out,
        );
    }
}

/// Used by PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_jobs_id_actionedit.html>
///
/// XML root element: `<SimpleRetentionPolicy>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimpleRetentionPolicy {
    /// Number restore points to keep.
    ///
    /// XML element `<RetainCycles>`; JSON `"RetainCycles"`.
    pub retain_cycles: Option<i64>,
    /// Number of days for which to keep restore points.
    ///
    /// XML element `<RetainDaysToKeep>`; JSON `"RetainDaysToKeep"`.
    pub retain_days_to_keep: Option<i64>,
    /// Defines whether to keep a specific number of restore points or restore points created during a specific number of days: Possible values:
    ///
    /// - `Cycles` — keep the last &lt;N&gt; restore points, where &lt;N&gt; is the specified number of restore points.
    /// - `Days` — keep restore points created during the last &lt;N&gt; days, where &lt;N&gt; is the specified number of days.
    ///
    /// XML element `<RetainLimitType>`; JSON `"RetainLimitType"`.
    pub retain_limit_type: Option<super::enums::RetainLimitType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for SimpleRetentionPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("RetainCycles", &self.retain_cycles)?;
        o.opt("RetainDaysToKeep", &self.retain_days_to_keep)?;
        o.opt("RetainLimitType", &self.retain_limit_type)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for SimpleRetentionPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("RetainCycles", &["retainCycles"]),
            F::new("RetainDaysToKeep", &["retainDaysToKeep"]),
            F::new("RetainLimitType", &["retainLimitType"]),
        ];
        crate::runtime::json::object(deserializer, "SimpleRetentionPolicy", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for SimpleRetentionPolicy {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.retain_cycles = o.lenient()?,
                1 => out.retain_days_to_keep = o.lenient()?,
                2 => out.retain_limit_type = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for SimpleRetentionPolicy {
    const ROOTS: &'static [&'static str] = &["SimpleRetentionPolicy"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            retain_cycles: xml::elem_text(el, "RetainCycles")?,
            retain_days_to_keep: xml::elem_text(el, "RetainDaysToKeep")?,
            retain_limit_type: xml::elem_text(el, "RetainLimitType")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<i64>("RetainCycles"),
                    xml::Child::once_text::<i64>("RetainDaysToKeep"),
                    xml::Child::once_text::<
                        super::enums::RetainLimitType,
                    >("RetainLimitType"),
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
            xml::Tag::once("RetainCycles"),
            xml::Tag::once("RetainDaysToKeep"),
            xml::Tag::once("RetainLimitType"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.retain_cycles = el_.text()?,
                1 => out.retain_days_to_keep = el_.text()?,
                2 => out.retain_limit_type = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for SimpleRetentionPolicy {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RetainCycles", &self.retain_cycles);
        w.elem_text("RetainDaysToKeep", &self.retain_days_to_keep);
        w.elem_text("RetainLimitType", &self.retain_limit_type);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for SimpleRetentionPolicy {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
