// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `jobs`.

#[allow(unused_imports)]
use super::*;

/// Used by POST /jobs/{ID}?action=clone.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionclone.html>
#[derive(Debug, Clone, PartialEq)]
pub struct JobCloneSpec {
    /// Name of the new cloned job. The name must be up to 50 characters long.
    ///
    /// XML element `<JobName>`; JSON `"JobName"`.
    pub job_name: String,
    /// Name of the backup file that will be created by the cloned job.
    ///
    /// XML element `<FolderName>`; JSON `"FolderName"`.
    pub folder_name: Option<String>,
    /// Name of the backup file that will be created by the cloned job.
    ///
    /// XML element `<JobFileName>`; JSON `"JobFileName"`.
    pub job_file_name: Option<String>,
    /// UID of the backup repository in which the backup file will be created.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    pub repository_uid: Option<crate::runtime::Uid>,
    /// Suffix for the name of a VM replica created by the cloned job.
    ///
    /// XML element `<VmSuffix>`; JSON `"VmSuffix"`.
    pub vm_suffix: Option<String>,
    /// Description for the cloned job.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobCloneSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("JobName", &self.job_name)?;
        o.opt("FolderName", &self.folder_name)?;
        o.opt("JobFileName", &self.job_file_name)?;
        o.opt("RepositoryUid", &self.repository_uid)?;
        o.opt("VmSuffix", &self.vm_suffix)?;
        o.opt("Description", &self.description)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobCloneSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("JobName", &["jobName"]),
            F::new("FolderName", &["folderName"]),
            F::new("JobFileName", &["jobFileName"]),
            F::new("RepositoryUid", &["repositoryUid"]),
            F::new("VmSuffix", &["vmSuffix"]),
            F::new("Description", &["description"]),
        ];
        crate::runtime::json::object(deserializer, "JobCloneSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for JobCloneSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut job_name = Default::default();
        let mut folder_name = Default::default();
        let mut job_file_name = Default::default();
        let mut repository_uid = Default::default();
        let mut vm_suffix = Default::default();
        let mut description = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => job_name = Some(o.lenient_req()?),
                1 => folder_name = o.lenient()?,
                2 => job_file_name = o.lenient()?,
                3 => repository_uid = o.lenient()?,
                4 => vm_suffix = o.lenient()?,
                5 => description = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            job_name: o.required(job_name, 0)?,
            folder_name,
            job_file_name,
            repository_uid,
            vm_suffix,
            description,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for JobCloneSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            job_name: xml::elem_text(el, "JobName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("JobName"))?,
            folder_name: xml::elem_text(el, "FolderName")?,
            job_file_name: xml::elem_text(el, "JobFileName")?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?,
            vm_suffix: xml::elem_text(el, "VmSuffix")?,
            description: xml::elem_text(el, "Description")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("JobName"),
                    xml::Child::once_text::<String>("FolderName"),
                    xml::Child::once_text::<String>("JobFileName"),
                    xml::Child::once_text::<crate::runtime::Uid>("RepositoryUid"),
                    xml::Child::once_text::<String>("VmSuffix"),
                    xml::Child::once_text::<String>("Description"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut job_name = None;
        let mut folder_name = None;
        let mut job_file_name = None;
        let mut repository_uid = None;
        let mut vm_suffix = None;
        let mut description = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("JobName"),
            xml::Tag::once("FolderName"),
            xml::Tag::once("JobFileName"),
            xml::Tag::once("RepositoryUid"),
            xml::Tag::once("VmSuffix"),
            xml::Tag::once("Description"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => job_name = el_.text()?,
                1 => folder_name = el_.text()?,
                2 => job_file_name = el_.text()?,
                3 => repository_uid = el_.text()?,
                4 => vm_suffix = el_.text()?,
                5 => description = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            job_name: job_name?,
            folder_name,
            job_file_name,
            repository_uid,
            vm_suffix,
            description,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for JobCloneSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("JobName", &self.job_name);
        w.elem_text("FolderName", &self.folder_name);
        w.elem_text("JobFileName", &self.job_file_name);
        w.elem_text("RepositoryUid", &self.repository_uid);
        w.elem_text("VmSuffix", &self.vm_suffix);
        w.elem_text("Description", &self.description);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobCloneSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// '&lt;Jobs&gt;' of XML schema type 'JobEntityListType': the '&lt;Job&gt;' entities of a collection as repeated children; JSON '{"Jobs": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<Jobs>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Jobs {
    /// The 'Job' entities of the collection.
    ///
    /// repeated XML element `<Job>`; JSON `"Jobs": […]`.
    pub jobs: crate::runtime::List<Job>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Jobs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("Jobs", &self.jobs)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Jobs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("Jobs", &["Job", "jobs"])];
        crate::runtime::json::object(deserializer, "Jobs", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Jobs {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.jobs = o.vec_of("Job")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Jobs {
    const ROOTS: &'static [&'static str] = &["Jobs"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            jobs: xml::elems(el, "Job")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("Job")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("Job")])?.is_some() {
            out.jobs.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Jobs {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Job", &self.jobs);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Jobs {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.jobs,
            &crate::runtime::unknown::join(path, "Job"),
            out,
        );
    }
}

/// Used by POST /jobs/{ID}/linkedBackupRepositories.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_linked_repositories.html>
#[derive(Debug, Clone, PartialEq)]
pub struct PostJobsLinkedBackupRepositoriesSpec {
    /// ID of a backup repository that you want to link to the backup copy job.
    ///
    /// XML element `<LinkedBackupRepositoryUid>`; JSON `"LinkedBackupRepositoryUid"`.
    pub linked_backup_repository_uid: crate::runtime::Uid,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for PostJobsLinkedBackupRepositoriesSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("LinkedBackupRepositoryUid", &self.linked_backup_repository_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for PostJobsLinkedBackupRepositoriesSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("LinkedBackupRepositoryUid", &["linkedBackupRepositoryUid"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "PostJobsLinkedBackupRepositoriesSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for PostJobsLinkedBackupRepositoriesSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut linked_backup_repository_uid = Default::default();
        while o.next_field()?.is_some() {
            linked_backup_repository_uid = Some(o.lenient_req()?);
        }
        Ok(Self {
            linked_backup_repository_uid: o.required(linked_backup_repository_uid, 0)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for PostJobsLinkedBackupRepositoriesSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            linked_backup_repository_uid: xml::elem_text(
                    el,
                    "LinkedBackupRepositoryUid",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "LinkedBackupRepositoryUid",
                ))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
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
        el_.attrs(&[])?;
        let mut linked_backup_repository_uid = None;
        while el_.next_child(&[xml::Tag::once("LinkedBackupRepositoryUid")])?.is_some() {
            linked_backup_repository_uid = el_.text()?;
        }
        Some(Self {
            linked_backup_repository_uid: linked_backup_repository_uid?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for PostJobsLinkedBackupRepositoriesSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("LinkedBackupRepositoryUid", &self.linked_backup_repository_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for PostJobsLinkedBackupRepositoriesSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /jobs/{ID}/linkedJobs.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_linked_jobs.html>
#[derive(Debug, Clone, PartialEq)]
pub struct PostJobsLinkedJobsSpec {
    /// ID of a backup job that you want to link to the backup copy job.
    ///
    /// XML element `<LinkedJobUid>`; JSON `"LinkedJobUid"`.
    pub linked_job_uid: crate::runtime::Uid,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for PostJobsLinkedJobsSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("LinkedJobUid", &self.linked_job_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for PostJobsLinkedJobsSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("LinkedJobUid", &["linkedJobUid"])];
        crate::runtime::json::object(deserializer, "PostJobsLinkedJobsSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for PostJobsLinkedJobsSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut linked_job_uid = Default::default();
        while o.next_field()?.is_some() {
            linked_job_uid = Some(o.lenient_req()?);
        }
        Ok(Self {
            linked_job_uid: o.required(linked_job_uid, 0)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for PostJobsLinkedJobsSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            linked_job_uid: xml::elem_text(el, "LinkedJobUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("LinkedJobUid"))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<crate::runtime::Uid>("LinkedJobUid")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut linked_job_uid = None;
        while el_.next_child(&[xml::Tag::once("LinkedJobUid")])?.is_some() {
            linked_job_uid = el_.text()?;
        }
        Some(Self {
            linked_job_uid: linked_job_uid?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for PostJobsLinkedJobsSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("LinkedJobUid", &self.linked_job_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for PostJobsLinkedJobsSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
