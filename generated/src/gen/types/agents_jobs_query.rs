// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `jobs`, `query`.
#[allow(unused_imports)]
use super::*;
/// The `BackupJobInfo` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BackupJobInfo {
    /// XML `<Includes><ObjectInJob/>…</Includes>`; JSON `"Includes": {"ObjectInJobs": […]}`.
    #[serde(
        rename = "Includes",
        alias = "ObjectInJob",
        alias = "includes",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_object_in_jobs"
    )]
    pub includes: Option<crate::runtime::List<ObjectInJob>>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    #[serde(
        rename = "GuestProcessingOptions",
        alias = "guestProcessingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guest_processing_options: Option<GuestProcessingOptions>,
    /// XML `<AdvancedStorageOptions><PasswordKeyId/>…</AdvancedStorageOptions>`; JSON `"AdvancedStorageOptions": {"PasswordKeyIds": […]}`.
    #[serde(
        rename = "AdvancedStorageOptions",
        alias = "PasswordKeyId",
        alias = "advancedStorageOptions",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_password_key_ids"
    )]
    pub advanced_storage_options: Option<crate::runtime::List<String>>,
    /// XML element `<GfsRetentionPolicy>`; JSON `"GfsRetentionPolicy"`.
    #[serde(
        rename = "GfsRetentionPolicy",
        alias = "gfsRetentionPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gfs_retention_policy: Option<GfsRetentionPolicy>,
    /// XML element `<SimpleRetentionPolicy>`; JSON `"SimpleRetentionPolicy"`.
    #[serde(
        rename = "SimpleRetentionPolicy",
        alias = "simpleRetentionPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub simple_retention_policy: Option<SimpleRetentionPolicy>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for BackupJobInfo {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            includes: xml::wrapped(el, "Includes", "ObjectInJob")?.map(Into::into),
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            advanced_storage_options: xml::wrapped_text(
                    el,
                    "AdvancedStorageOptions",
                    "PasswordKeyId",
                )?
                .map(Into::into),
            gfs_retention_policy: xml::elem(el, "GfsRetentionPolicy")?,
            simple_retention_policy: xml::elem(el, "SimpleRetentionPolicy")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "Includes",
                    "GuestProcessingOptions",
                    "AdvancedStorageOptions",
                    "GfsRetentionPolicy",
                    "SimpleRetentionPolicy",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for BackupJobInfo {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped("Includes", "ObjectInJob", self.includes.as_deref());
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        w.wrapped_text(
            "AdvancedStorageOptions",
            "PasswordKeyId",
            self.advanced_storage_options.as_deref(),
        );
        w.elem("GfsRetentionPolicy", &self.gfs_retention_policy);
        w.elem("SimpleRetentionPolicy", &self.simple_retention_policy);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for BackupJobInfo {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GfsRetentionPolicy {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// Weekly GFS retention policy options set for the job. For details, see Weekly GFS Retention Policy Options.
    ///
    /// XML element `<Weekly>`; JSON `"Weekly"`.
    #[serde(
        rename = "Weekly",
        alias = "weekly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub weekly: Option<WeeklyOptionsInfoType>,
    /// Monthly GFS retention policy options set for the job. For details, see Monthly GFS Retention Policy Options.
    ///
    /// XML element `<Monthly>`; JSON `"Monthly"`.
    #[serde(
        rename = "Monthly",
        alias = "monthly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monthly: Option<MonthlyOptionsInfoType>,
    /// Yearly GFS retention policy options set for the job. For details, see Yearly GFS Retention Policy Options.
    ///
    /// XML element `<Yearly>`; JSON `"Yearly"`.
    #[serde(
        rename = "Yearly",
        alias = "yearly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub yearly: Option<YearlyOptionsInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for GfsRetentionPolicy {
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
                &["Weekly", "Monthly", "Yearly"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for GfsRetentionPolicy {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem("Weekly", &self.weekly);
        w.elem("Monthly", &self.monthly);
        w.elem("Yearly", &self.yearly);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for GfsRetentionPolicy {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ImmediateBackupCopyJobInfo {
    /// XML `<LinkedJobIncludes><LinkedJobObject/>…</LinkedJobIncludes>`; JSON `"LinkedJobIncludes": {"LinkedJobObjects": […]}`.
    #[serde(
        rename = "LinkedJobIncludes",
        alias = "LinkedJobObject",
        alias = "linkedJobIncludes",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_linked_job_objects"
    )]
    pub linked_job_includes: Option<crate::runtime::List<LinkedJobObject>>,
    /// XML element `<LinkedBackupIncludes>`; JSON `"LinkedBackupIncludes"`.
    #[serde(
        rename = "LinkedBackupIncludes",
        alias = "linkedBackupIncludes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub linked_backup_includes: Option<String>,
    /// XML `<LinkedBackupRepositoryIncludes><LinkedBackupRepository/>…</LinkedBackupRepositoryIncludes>`; JSON `"LinkedBackupRepositoryIncludes": {"LinkedBackupRepositories": […]}`.
    #[serde(
        rename = "LinkedBackupRepositoryIncludes",
        alias = "LinkedBackupRepository",
        alias = "linkedBackupRepositoryIncludes",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_linked_backup_repositories"
    )]
    pub linked_backup_repository_includes: Option<
        crate::runtime::List<LinkedBackupRepository>,
    >,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for ImmediateBackupCopyJobInfo {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            linked_job_includes: xml::wrapped(
                    el,
                    "LinkedJobIncludes",
                    "LinkedJobObject",
                )?
                .map(Into::into),
            linked_backup_includes: xml::elem_text(el, "LinkedBackupIncludes")?,
            linked_backup_repository_includes: xml::wrapped(
                    el,
                    "LinkedBackupRepositoryIncludes",
                    "LinkedBackupRepository",
                )?
                .map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "LinkedJobIncludes",
                    "LinkedBackupIncludes",
                    "LinkedBackupRepositoryIncludes",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for ImmediateBackupCopyJobInfo {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped(
            "LinkedJobIncludes",
            "LinkedJobObject",
            self.linked_job_includes.as_deref(),
        );
        w.elem_text("LinkedBackupIncludes", &self.linked_backup_includes);
        w.wrapped(
            "LinkedBackupRepositoryIncludes",
            "LinkedBackupRepository",
            self.linked_backup_repository_includes.as_deref(),
        );
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ImmediateBackupCopyJobInfo {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobInfo {
    /// XML `<Includes><ObjectInAgentBackupJob/>…</Includes>`; JSON `"Includes": {"ObjectInAgentBackupJobs": […]}`.
    #[serde(
        rename = "Includes",
        alias = "ObjectInAgentBackupJob",
        alias = "includes",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_object_in_agent_backup_jobs"
    )]
    pub includes: Option<crate::runtime::List<ObjectInAgentBackupJob>>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    #[serde(
        rename = "GuestProcessingOptions",
        alias = "guestProcessingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guest_processing_options: Option<GuestProcessingOptions>,
    /// XML element `<GfsRetentionPolicy>`; JSON `"GfsRetentionPolicy"`.
    #[serde(
        rename = "GfsRetentionPolicy",
        alias = "gfsRetentionPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gfs_retention_policy: Option<GfsRetentionPolicy>,
    /// XML element `<SimpleRetentionPolicy>`; JSON `"SimpleRetentionPolicy"`.
    #[serde(
        rename = "SimpleRetentionPolicy",
        alias = "simpleRetentionPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub simple_retention_policy: Option<SimpleRetentionPolicy>,
    /// XML element `<ImmediateBackupCopyJobInfo>`; JSON `"ImmediateBackupCopyJobInfo"`.
    #[serde(
        rename = "ImmediateBackupCopyJobInfo",
        alias = "immediateBackupCopyJobInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub immediate_backup_copy_job_info: Option<ImmediateBackupCopyJobInfo>,
    /// XML element `<BackupJobInfo>`; JSON `"BackupJobInfo"`.
    #[serde(
        rename = "BackupJobInfo",
        alias = "backupJobInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub backup_job_info: Option<BackupJobInfo>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for JobInfo {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            includes: xml::wrapped(el, "Includes", "ObjectInAgentBackupJob")?
                .map(Into::into),
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            gfs_retention_policy: xml::elem(el, "GfsRetentionPolicy")?,
            simple_retention_policy: xml::elem(el, "SimpleRetentionPolicy")?,
            immediate_backup_copy_job_info: xml::elem(el, "ImmediateBackupCopyJobInfo")?,
            backup_job_info: xml::elem(el, "BackupJobInfo")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "Includes",
                    "GuestProcessingOptions",
                    "GfsRetentionPolicy",
                    "SimpleRetentionPolicy",
                    "ImmediateBackupCopyJobInfo",
                    "BackupJobInfo",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for JobInfo {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped("Includes", "ObjectInAgentBackupJob", self.includes.as_deref());
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        w.elem("GfsRetentionPolicy", &self.gfs_retention_policy);
        w.elem("SimpleRetentionPolicy", &self.simple_retention_policy);
        w.elem("ImmediateBackupCopyJobInfo", &self.immediate_backup_copy_job_info);
        w.elem("BackupJobInfo", &self.backup_job_info);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobInfo {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LinkedBackupRepository {
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    #[serde(
        rename = "ObjectInJobId",
        alias = "objectInJobId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_in_job_id: Option<String>,
    /// XML element `<LinkedBackupRepositoryUid>`; JSON `"LinkedBackupRepositoryUid"`.
    #[serde(
        rename = "LinkedBackupRepositoryUid",
        alias = "linkedBackupRepositoryUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub linked_backup_repository_uid: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for LinkedBackupRepository {
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
                &["ObjectInJobId", "LinkedBackupRepositoryUid"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for LinkedBackupRepository {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("LinkedBackupRepositoryUid", &self.linked_backup_repository_uid);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for LinkedBackupRepository {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// The `LinkedJobObject` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LinkedJobObject {
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    #[serde(
        rename = "ObjectInJobId",
        alias = "objectInJobId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_in_job_id: Option<String>,
    /// XML element `<LinkedJobUid>`; JSON `"LinkedJobUid"`.
    #[serde(
        rename = "LinkedJobUid",
        alias = "linkedJobUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub linked_job_uid: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for LinkedJobObject {
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
                &["ObjectInJobId", "LinkedJobUid"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for LinkedJobObject {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("LinkedJobUid", &self.linked_job_uid);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for LinkedJobObject {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// The `ObjectInAgentBackupJob` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ObjectInAgentBackupJob {
    /// XML attribute `Type`; JSON `"Type"`.
    #[serde(
        rename = "Type",
        alias = "type",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    #[serde(
        rename = "Href",
        alias = "href",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub href: Option<crate::runtime::Url>,
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    #[serde(
        rename = "ObjectInJobId",
        alias = "objectInJobId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_in_job_id: Option<String>,
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    #[serde(
        rename = "DisplayName",
        alias = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub display_name: Option<String>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    #[serde(
        rename = "GuestProcessingOptions",
        alias = "guestProcessingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guest_processing_options: Option<GuestProcessingOptions>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for ObjectInAgentBackupJob {
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
                &["ObjectInJobId", "Name", "DisplayName", "GuestProcessingOptions"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for ObjectInAgentBackupJob {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SimpleRetentionPolicy {
    /// Number restore points to keep.
    ///
    /// XML element `<RetainCycles>`; JSON `"RetainCycles"`.
    #[serde(
        rename = "RetainCycles",
        alias = "retainCycles",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retain_cycles: Option<i64>,
    /// Number of days for which to keep restore points.
    ///
    /// XML element `<RetainDaysToKeep>`; JSON `"RetainDaysToKeep"`.
    #[serde(
        rename = "RetainDaysToKeep",
        alias = "retainDaysToKeep",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retain_days_to_keep: Option<i64>,
    /// Defines whether to keep a specific number of restore points or restore points created during a specific number of days: Possible values: • Cycles — keep the last &lt;N&gt; restore points, where &lt;N&gt; is the specified number of restore points. • Days — keep restore points created during the last &lt;N&gt; days, where &lt;N&gt; is the specified number of days.
    ///
    /// XML element `<RetainLimitType>`; JSON `"RetainLimitType"`.
    #[serde(
        rename = "RetainLimitType",
        alias = "retainLimitType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retain_limit_type: Option<super::enums::SimpleRetentionPolicyRetainLimitType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for SimpleRetentionPolicy {
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
                &["RetainCycles", "RetainDaysToKeep", "RetainLimitType"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for SimpleRetentionPolicy {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RetainCycles", &self.retain_cycles);
        w.elem_text("RetainDaysToKeep", &self.retain_days_to_keep);
        w.elem_text("RetainLimitType", &self.retain_limit_type);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for SimpleRetentionPolicy {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
