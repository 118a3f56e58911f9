// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `nas`, `query`.

#[allow(unused_imports)]
use super::*;

/// The `ACL` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Acl {
    /// XML element `<FileAttributesChangeTrackingMode>`; JSON `"FileAttributesChangeTrackingMode"`.
    pub file_attributes_change_tracking_mode: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Acl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt(
            "FileAttributesChangeTrackingMode",
            &self.file_attributes_change_tracking_mode,
        )?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Acl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "FileAttributesChangeTrackingMode",
                &["fileAttributesChangeTrackingMode"],
            ),
        ];
        crate::runtime::json::object(deserializer, "ACL", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Acl {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.file_attributes_change_tracking_mode = o.lenient()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Acl {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            file_attributes_change_tracking_mode: xml::elem_text(
                el,
                "FileAttributesChangeTrackingMode",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<String>("FileAttributesChangeTrackingMode")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_
            .next_child(&[xml::Tag::once("FileAttributesChangeTrackingMode")])?
            .is_some()
        {
            out.file_attributes_change_tracking_mode = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Acl {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text(
            "FileAttributesChangeTrackingMode",
            &self.file_attributes_change_tracking_mode,
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Acl {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FNfsServerOptionsInfoType {
    /// Path to an NFS file share.
    ///
    /// XML element `<Path>`; JSON `"Path"`.
    pub path: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FNfsServerOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Path", &self.path)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FNfsServerOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("Path", &["path"])];
        crate::runtime::json::object(deserializer, "FNfsServerOptionsInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FNfsServerOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.path = o.lenient()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FNfsServerOptionsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            path: xml::elem_text(el, "Path")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<String>("Path")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("Path")])?.is_some() {
            out.path = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FNfsServerOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Path", &self.path);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FNfsServerOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
///
/// XML root element: `<FileServer>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileServer {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the file share, for example: \\srv12\\share.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the file share, for example: urn:veeam:FileServer:517be4c8-9c43-4e7c-9f59-4e368d3a8f3c.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Type of the file share:
    ///
    /// - `FileServer`
    /// - `SmbServer`
    /// - `NfsServer`
    ///
    /// XML element `<ServerType>`; JSON `"ServerType"`.
    pub server_type: Option<super::enums::FileServerServerType>,
    /// Reference to the file share, for example: urn:NasBackup:FileServer:35ab6523-0e40-4d92-a0ea-11465791cd91.1131bc00-36c0-4355-87fc-7f748aceb978.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    pub hierarchy_obj_ref: Option<String>,
    /// Access settings for an SMB server. For details, see SMB Server Options.
    ///
    /// XML element `<SmbServerOptions>`; JSON `"SmbServerOptions"`.
    pub smb_server_options: Option<SmbServerOptionsInfoType>,
    /// Access settings for an NFS server. For details, see NFS Server Options.
    ///
    /// XML element `<NfsServerOptions>`; JSON `"NfsServerOptions"`.
    pub nfs_server_options: Option<FNfsServerOptionsInfoType>,
    /// Access settings for a file server. For details, see File Server Options.
    ///
    /// XML element `<FileServerOptions>`; JSON `"FileServerOptions"`.
    pub file_server_options: Option<FileServerOptionsInfoType>,
    /// File share processing settings. For details, see Processing Options.
    ///
    /// XML element `<ProcessingOptions>`; JSON `"ProcessingOptions"`.
    pub processing_options: Option<ProcessingOptionsInfoType>,
    /// Advanced settings for the file share. For details, see NAS Server Advanced Options.
    ///
    /// XML `<NASServerAdvancedOptions><ProcessingMode/>…</NASServerAdvancedOptions>`; JSON `"NASServerAdvancedOptions": {"ProcessingModes": […]}`.
    pub nas_server_advanced_options: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FileServer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("ServerType", &self.server_type)?;
        o.opt("HierarchyObjRef", &self.hierarchy_obj_ref)?;
        o.opt("SmbServerOptions", &self.smb_server_options)?;
        o.opt("NfsServerOptions", &self.nfs_server_options)?;
        o.opt("FileServerOptions", &self.file_server_options)?;
        o.opt("ProcessingOptions", &self.processing_options)?;
        o.documented(
            "NASServerAdvancedOptions",
            "ProcessingModes",
            &self.nas_server_advanced_options,
        )?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FileServer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("Links", &["Link", "links"]),
            F::new("ServerType", &["serverType"]),
            F::new("HierarchyObjRef", &["hierarchyObjRef"]),
            F::new("SmbServerOptions", &["smbServerOptions"]),
            F::new("NfsServerOptions", &["nfsServerOptions"]),
            F::new("FileServerOptions", &["fileServerOptions"]),
            F::new("ProcessingOptions", &["processingOptions"]),
            F::new(
                "NASServerAdvancedOptions",
                &[
                    "ProcessingMode",
                    "nASServerAdvancedOptions",
                    "nasServerAdvancedOptions",
                ],
            ),
        ];
        crate::runtime::json::object(deserializer, "FileServer", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FileServer {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.name = o.lenient()?,
                3 => out.uid = o.lenient()?,
                4 => out.links = o.list_of("Link")?,
                5 => out.server_type = o.value()?,
                6 => out.hierarchy_obj_ref = o.lenient()?,
                7 => out.smb_server_options = o.value()?,
                8 => out.nfs_server_options = o.value()?,
                9 => out.file_server_options = o.value()?,
                10 => out.processing_options = o.value()?,
                11 => out.nas_server_advanced_options = o.list_of("ProcessingMode")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FileServer {
    const ROOTS: &'static [&'static str] = &["FileServer"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            server_type: xml::elem_text(el, "ServerType")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            smb_server_options: xml::elem(el, "SmbServerOptions")?,
            nfs_server_options: xml::elem(el, "NfsServerOptions")?,
            file_server_options: xml::elem(el, "FileServerOptions")?,
            processing_options: xml::elem(el, "ProcessingOptions")?,
            nas_server_advanced_options: xml::wrapped_text(
                el,
                "NASServerAdvancedOptions",
                "ProcessingMode",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<
                        super::enums::FileServerServerType,
                    >("ServerType"),
                    xml::Child::once_text::<String>("HierarchyObjRef"),
                    xml::Child::once("SmbServerOptions"),
                    xml::Child::once("NfsServerOptions"),
                    xml::Child::once("FileServerOptions"),
                    xml::Child::once("ProcessingOptions"),
                    xml::Child::once("NASServerAdvancedOptions"),
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
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("ServerType"),
            xml::Tag::once("HierarchyObjRef"),
            xml::Tag::once("SmbServerOptions"),
            xml::Tag::once("NfsServerOptions"),
            xml::Tag::once("FileServerOptions"),
            xml::Tag::once("ProcessingOptions"),
            xml::Tag::once("NASServerAdvancedOptions"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.server_type = el_.text()?,
                2 => out.hierarchy_obj_ref = el_.text()?,
                3 => out.smb_server_options = Some(el_.elem()?),
                4 => out.nfs_server_options = Some(el_.elem()?),
                5 => out.file_server_options = Some(el_.elem()?),
                6 => out.processing_options = Some(el_.elem()?),
                7 => {
                    out.nas_server_advanced_options = Some(
                        el_.wrapped_text("ProcessingMode")?,
                    );
                }
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FileServer {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("ServerType", &self.server_type);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem("SmbServerOptions", &self.smb_server_options);
        w.elem("NfsServerOptions", &self.nfs_server_options);
        w.elem("FileServerOptions", &self.file_server_options);
        w.elem("ProcessingOptions", &self.processing_options);
        w.wrapped_text(
            "NASServerAdvancedOptions",
            "ProcessingMode",
            self.nas_server_advanced_options.as_ref(),
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FileServer {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.smb_server_options,
            &crate::runtime::unknown::join(path, "SmbServerOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.nfs_server_options,
            &crate::runtime::unknown::join(path, "NfsServerOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.file_server_options,
            &crate::runtime::unknown::join(path, "FileServerOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.processing_options,
            &crate::runtime::unknown::join(path, "ProcessingOptions"),
            out,
        );
    }
}

/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileServerOptionsInfoType {
    /// UID of a managed server, for example: urn:veeam:FileServer:f5d9ea1f-ef70-4e51-af3d-c760380d5347.
    ///
    /// XML element `<ServerUid>`; JSON `"ServerUid"`.
    pub server_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FileServerOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ServerUid", &self.server_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FileServerOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("ServerUid", &["serverUid"])];
        crate::runtime::json::object(deserializer, "FileServerOptionsInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FileServerOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.server_uid = o.lenient()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FileServerOptionsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            server_uid: xml::elem_text(el, "ServerUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<crate::runtime::Uid>("ServerUid")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("ServerUid")])?.is_some() {
            out.server_uid = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FileServerOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ServerUid", &self.server_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FileServerOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /nas/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
///
/// XML root element: `<NASJob>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NasJob {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the file share backup job, for example: Shared Files Backup.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the file share backup job, for example: urn:veeam:NasJob:93dfbb3e-f420-45cf-addc-4ee9297113f2.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Description of the file share backup job.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Includes a list of file shares processed by the job. For details, see GET /nas/jobs/{ID}/includes.
    ///
    /// XML `<Includes><NASObject/>…</Includes>`; JSON `"Includes": {"NASObjects": […]}`.
    pub includes: Option<crate::runtime::List<NasObject>>,
    /// Defines backup and archive repositories where the file share backup job must store backup files, and settings for moving files and folders to these repositories. For details, see Storage Options.
    ///
    /// XML element `<StorageOptions>`; JSON `"StorageOptions"`.
    pub storage_options: Option<NasJobStorageOptionsInfoType>,
    /// Defines whether scheduling options are specified for the job. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<ScheduleConfigured>`; JSON `"ScheduleConfigured"`.
    pub schedule_configured: Option<bool>,
    /// Defines whether schedule is enabled for the job. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<ScheduleEnabled>`; JSON `"ScheduleEnabled"`.
    pub schedule_enabled: Option<bool>,
    /// XML element `<NextRun>`; JSON `"NextRun"`.
    pub next_run: Option<String>,
    /// Options that define the schedule by which the job runs. For details, see Job Scheduling Options.
    ///
    /// XML element `<JobScheduleOptions>`; JSON `"JobScheduleOptions"`.
    pub job_schedule_options: Option<ScheduleOptionsInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NasJob {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("Description", &self.description)?;
        o.documented("Includes", "NASObjects", &self.includes)?;
        o.opt("StorageOptions", &self.storage_options)?;
        o.opt("ScheduleConfigured", &self.schedule_configured)?;
        o.opt("ScheduleEnabled", &self.schedule_enabled)?;
        o.opt("NextRun", &self.next_run)?;
        o.opt("JobScheduleOptions", &self.job_schedule_options)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NasJob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("Links", &["Link", "links"]),
            F::new("Description", &["description"]),
            F::new("Includes", &["NASObject", "includes"]),
            F::new("StorageOptions", &["storageOptions"]),
            F::new("ScheduleConfigured", &["scheduleConfigured"]),
            F::new("ScheduleEnabled", &["scheduleEnabled"]),
            F::new("NextRun", &["nextRun"]),
            F::new("JobScheduleOptions", &["jobScheduleOptions"]),
        ];
        crate::runtime::json::object(deserializer, "NASJob", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for NasJob {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.name = o.lenient()?,
                3 => out.uid = o.lenient()?,
                4 => out.links = o.list_of("Link")?,
                5 => out.description = o.lenient()?,
                6 => out.includes = o.list_of("NASObject")?,
                7 => out.storage_options = o.value()?,
                8 => out.schedule_configured = o.lenient()?,
                9 => out.schedule_enabled = o.lenient()?,
                10 => out.next_run = o.lenient()?,
                11 => out.job_schedule_options = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for NasJob {
    const ROOTS: &'static [&'static str] = &["NASJob"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            description: xml::elem_text(el, "Description")?,
            includes: xml::wrapped(el, "Includes", "NASObject")?,
            storage_options: xml::elem(el, "StorageOptions")?,
            schedule_configured: xml::elem_text(el, "ScheduleConfigured")?,
            schedule_enabled: xml::elem_text(el, "ScheduleEnabled")?,
            next_run: xml::elem_text(el, "NextRun")?,
            job_schedule_options: xml::elem(el, "JobScheduleOptions")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once("Includes"),
                    xml::Child::once("StorageOptions"),
                    xml::Child::once_text::<bool>("ScheduleConfigured"),
                    xml::Child::once_text::<bool>("ScheduleEnabled"),
                    xml::Child::once_text::<String>("NextRun"),
                    xml::Child::once("JobScheduleOptions"),
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
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("Description"),
            xml::Tag::once("Includes"),
            xml::Tag::once("StorageOptions"),
            xml::Tag::once("ScheduleConfigured"),
            xml::Tag::once("ScheduleEnabled"),
            xml::Tag::once("NextRun"),
            xml::Tag::once("JobScheduleOptions"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.description = el_.text()?,
                2 => out.includes = Some(el_.wrapped("NASObject")?),
                3 => out.storage_options = Some(el_.elem()?),
                4 => out.schedule_configured = el_.text()?,
                5 => out.schedule_enabled = el_.text()?,
                6 => out.next_run = el_.text()?,
                7 => out.job_schedule_options = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for NasJob {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("Description", &self.description);
        w.wrapped("Includes", "NASObject", self.includes.as_ref());
        w.elem("StorageOptions", &self.storage_options);
        w.elem_text("ScheduleConfigured", &self.schedule_configured);
        w.elem_text("ScheduleEnabled", &self.schedule_enabled);
        w.elem_text("NextRun", &self.next_run);
        w.elem("JobScheduleOptions", &self.job_schedule_options);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NasJob {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.includes,
            &crate::runtime::unknown::join(path, "Includes"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.storage_options,
            &crate::runtime::unknown::join(path, "StorageOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.job_schedule_options,
            &crate::runtime::unknown::join(path, "JobScheduleOptions"),
            out,
        );
    }
}

/// Used by GET /nas/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NasJobAdvancedStorageOptionsInfoType {
    /// Defines how the backup job processes permissions and attributes. Consists of the string FileAttributesChangeTrackingMode parameter. Possible values:
    ///
    /// - `TrackOnlyFolderAttributesChanges`
    /// - `TrackEverythingAttributesChanges`
    ///
    /// XML element `<ACL>`; JSON `"ACL"`.
    pub acl: Option<super::enums::NasJobAdvancedStorageOptionsSecurityOptionsInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NasJobAdvancedStorageOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ACL", &self.acl)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NasJobAdvancedStorageOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("ACL", &["aCL", "acl"])];
        crate::runtime::json::object(
            deserializer,
            "NASJobAdvancedStorageOptionsInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for NasJobAdvancedStorageOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.acl = o.value()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for NasJobAdvancedStorageOptionsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            acl: xml::elem_text(el, "ACL")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<
                        super::enums::NasJobAdvancedStorageOptionsSecurityOptionsInfoType,
                    >("ACL"),
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
        while el_.next_child(&[xml::Tag::once("ACL")])?.is_some() {
            out.acl = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for NasJobAdvancedStorageOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ACL", &self.acl);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NasJobAdvancedStorageOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /nas/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NasJobFileExtensionsOptionsInfoType {
    /// Type of the file scope. Possible values
    ///
    /// - `Any`
    /// - `Specified`
    /// - `ExceptSpecified`
    ///
    /// XML element `<ArchiveFileExtensionsScope>`; JSON `"ArchiveFileExtensionsScope"`.
    pub archive_file_extensions_scope: Option<
        super::enums::NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope,
    >,
    /// File extensions for files to be archived. Represents a list of string Extension parameters.
    ///
    /// XML element `<InclusionMask>`; JSON `"InclusionMask"`.
    pub inclusion_mask: Option<String>,
    /// File extensions for files to be excluded from the archive. Represents a list of string Extension parameters.
    ///
    /// XML element `<ExclusionMask>`; JSON `"ExclusionMask"`.
    pub exclusion_mask: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NasJobFileExtensionsOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ArchiveFileExtensionsScope", &self.archive_file_extensions_scope)?;
        o.opt("InclusionMask", &self.inclusion_mask)?;
        o.opt("ExclusionMask", &self.exclusion_mask)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NasJobFileExtensionsOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ArchiveFileExtensionsScope", &["archiveFileExtensionsScope"]),
            F::new("InclusionMask", &["inclusionMask"]),
            F::new("ExclusionMask", &["exclusionMask"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "NASJobFileExtensionsOptionsInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for NasJobFileExtensionsOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.archive_file_extensions_scope = o.value()?,
                1 => out.inclusion_mask = o.lenient()?,
                2 => out.exclusion_mask = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for NasJobFileExtensionsOptionsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            archive_file_extensions_scope: xml::elem_text(
                el,
                "ArchiveFileExtensionsScope",
            )?,
            inclusion_mask: xml::elem_text(el, "InclusionMask")?,
            exclusion_mask: xml::elem_text(el, "ExclusionMask")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<
                        super::enums::NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope,
                    >("ArchiveFileExtensionsScope"),
                    xml::Child::once_text::<String>("InclusionMask"),
                    xml::Child::once_text::<String>("ExclusionMask"),
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
            xml::Tag::once("ArchiveFileExtensionsScope"),
            xml::Tag::once("InclusionMask"),
            xml::Tag::once("ExclusionMask"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.archive_file_extensions_scope = el_.text()?,
                1 => out.inclusion_mask = el_.text()?,
                2 => out.exclusion_mask = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for NasJobFileExtensionsOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ArchiveFileExtensionsScope", &self.archive_file_extensions_scope);
        w.elem_text("InclusionMask", &self.inclusion_mask);
        w.elem_text("ExclusionMask", &self.exclusion_mask);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NasJobFileExtensionsOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /nas/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NasJobStorageKeepFileVersionsHistory {
    /// Retention policy type for the short-term repository. Possible values:
    ///
    /// - `Month`
    /// - `Year`
    ///
    /// XML element `<LongtermRetentionType>`; JSON `"LongtermRetentionType"`.
    pub longterm_retention_type: Option<
        super::enums::NasJobStorageKeepFileVersionsHistoryLongtermRetentionType,
    >,
    /// Time period to keep data in the backup repository. When this period is passed, Veeam Backup & Replication moves data to the archive repository if the long-term retention is enabled.
    ///
    /// XML element `<LongtermRetentionPeriod>`; JSON `"LongtermRetentionPeriod"`.
    pub longterm_retention_period: Option<i64>,
    /// UID of the archive repository where backup files must be stored, for example: urn:veeam:Repository:d4b5e196-f3ad-474c-99bc-dfef051dae07.
    ///
    /// XML element `<BackupRepositoryUid>`; JSON `"BackupRepositoryUid"`.
    pub backup_repository_uid: Option<crate::runtime::Uid>,
    /// Files that must be archived or excluded from the archive. For detail, see Long-Term Archival Options.
    ///
    /// XML element `<ArchiveFileTypes>`; JSON `"ArchiveFileTypes"`.
    pub archive_file_types: Option<NasLongTermArchivalOptionsInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NasJobStorageKeepFileVersionsHistory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("LongtermRetentionType", &self.longterm_retention_type)?;
        o.opt("LongtermRetentionPeriod", &self.longterm_retention_period)?;
        o.opt("BackupRepositoryUid", &self.backup_repository_uid)?;
        o.opt("ArchiveFileTypes", &self.archive_file_types)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NasJobStorageKeepFileVersionsHistory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("LongtermRetentionType", &["longtermRetentionType"]),
            F::new("LongtermRetentionPeriod", &["longtermRetentionPeriod"]),
            F::new("BackupRepositoryUid", &["backupRepositoryUid"]),
            F::new("ArchiveFileTypes", &["archiveFileTypes"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "NASJobStorageKeepFileVersionsHistory",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for NasJobStorageKeepFileVersionsHistory {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.longterm_retention_type = o.value()?,
                1 => out.longterm_retention_period = o.lenient()?,
                2 => out.backup_repository_uid = o.lenient()?,
                3 => out.archive_file_types = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for NasJobStorageKeepFileVersionsHistory {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            longterm_retention_type: xml::elem_text(el, "LongtermRetentionType")?,
            longterm_retention_period: xml::elem_text(el, "LongtermRetentionPeriod")?,
            backup_repository_uid: xml::elem_text(el, "BackupRepositoryUid")?,
            archive_file_types: xml::elem(el, "ArchiveFileTypes")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<
                        super::enums::NasJobStorageKeepFileVersionsHistoryLongtermRetentionType,
                    >("LongtermRetentionType"),
                    xml::Child::once_text::<i64>("LongtermRetentionPeriod"),
                    xml::Child::once_text::<crate::runtime::Uid>("BackupRepositoryUid"),
                    xml::Child::once("ArchiveFileTypes"),
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
            xml::Tag::once("LongtermRetentionType"),
            xml::Tag::once("LongtermRetentionPeriod"),
            xml::Tag::once("BackupRepositoryUid"),
            xml::Tag::once("ArchiveFileTypes"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.longterm_retention_type = el_.text()?,
                1 => out.longterm_retention_period = el_.text()?,
                2 => out.backup_repository_uid = el_.text()?,
                3 => out.archive_file_types = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for NasJobStorageKeepFileVersionsHistory {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("LongtermRetentionType", &self.longterm_retention_type);
        w.elem_text("LongtermRetentionPeriod", &self.longterm_retention_period);
        w.elem_text("BackupRepositoryUid", &self.backup_repository_uid);
        w.elem("ArchiveFileTypes", &self.archive_file_types);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NasJobStorageKeepFileVersionsHistory {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.archive_file_types,
            &crate::runtime::unknown::join(path, "ArchiveFileTypes"),
            out,
        );
    }
}

/// Used by GET /nas/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NasJobStorageOptionsInfoType {
    /// UID of the backup repository where backup files must be stored, for example: urn:veeam:Repository:88788f9e-d8f5-4eb4-bc4f-9b3f5403bcec.
    ///
    /// XML element `<BackupRepositoryUid>`; JSON `"BackupRepositoryUid"`.
    pub backup_repository_uid: Option<crate::runtime::Uid>,
    /// Retention policy type for the short-term repository. Possible values:
    ///
    /// - `Day`
    /// - `Month`
    ///
    /// XML element `<ShorttermRetentionType>`; JSON `"ShorttermRetentionType"`.
    pub shortterm_retention_type: Option<
        super::enums::NasJobStorageOptionsInfoTypeShorttermRetentionType,
    >,
    /// Time period to keep data in the backup repository. When this period is passed, Veeam Backup & Replication moves data to the archive repository if the long-term retention is enabled.
    ///
    /// XML element `<ShorttermRetentionPeriod>`; JSON `"ShorttermRetentionPeriod"`.
    pub shortterm_retention_period: Option<i64>,
    /// Defines whether the long-term retention is enabled. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<LongtermRetentionEnabled>`; JSON `"LongtermRetentionEnabled"`.
    pub longterm_retention_enabled: Option<bool>,
    /// Archiving settings. For details, see Long-Term Retention Settings.
    ///
    /// XML element `<KeepFileVersionsHistoryOptions>`; JSON `"KeepFileVersionsHistoryOptions"`.
    pub keep_file_versions_history_options: Option<NasJobStorageKeepFileVersionsHistory>,
    /// Advanced storage settings. For details, see Advanced Storage Settings.
    ///
    /// XML element `<NASJobAdvancedStorageOptions>`; JSON `"NASJobAdvancedStorageOptions"`.
    pub nas_job_advanced_storage_options: Option<NasJobAdvancedStorageOptionsInfoType>,
    /// XML `<AdvancedStorageOptions><ACL/>…</AdvancedStorageOptions>`; JSON `"AdvancedStorageOptions": {"ACLs": […]}`.
    pub advanced_storage_options: Option<crate::runtime::List<Acl>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NasJobStorageOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("BackupRepositoryUid", &self.backup_repository_uid)?;
        o.opt("ShorttermRetentionType", &self.shortterm_retention_type)?;
        o.opt("ShorttermRetentionPeriod", &self.shortterm_retention_period)?;
        o.opt("LongtermRetentionEnabled", &self.longterm_retention_enabled)?;
        o.opt(
            "KeepFileVersionsHistoryOptions",
            &self.keep_file_versions_history_options,
        )?;
        o.opt("NASJobAdvancedStorageOptions", &self.nas_job_advanced_storage_options)?;
        o.documented("AdvancedStorageOptions", "ACLs", &self.advanced_storage_options)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NasJobStorageOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("BackupRepositoryUid", &["backupRepositoryUid"]),
            F::new("ShorttermRetentionType", &["shorttermRetentionType"]),
            F::new("ShorttermRetentionPeriod", &["shorttermRetentionPeriod"]),
            F::new("LongtermRetentionEnabled", &["longtermRetentionEnabled"]),
            F::new(
                "KeepFileVersionsHistoryOptions",
                &["keepFileVersionsHistoryOptions"],
            ),
            F::new(
                "NASJobAdvancedStorageOptions",
                &["nASJobAdvancedStorageOptions", "nasJobAdvancedStorageOptions"],
            ),
            F::new("AdvancedStorageOptions", &["ACL", "advancedStorageOptions"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "NASJobStorageOptionsInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for NasJobStorageOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.backup_repository_uid = o.lenient()?,
                1 => out.shortterm_retention_type = o.value()?,
                2 => out.shortterm_retention_period = o.lenient()?,
                3 => out.longterm_retention_enabled = o.lenient()?,
                4 => out.keep_file_versions_history_options = o.value()?,
                5 => out.nas_job_advanced_storage_options = o.value()?,
                6 => out.advanced_storage_options = o.list_of("ACL")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for NasJobStorageOptionsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_repository_uid: xml::elem_text(el, "BackupRepositoryUid")?,
            shortterm_retention_type: xml::elem_text(el, "ShorttermRetentionType")?,
            shortterm_retention_period: xml::elem_text(el, "ShorttermRetentionPeriod")?,
            longterm_retention_enabled: xml::elem_text(el, "LongtermRetentionEnabled")?,
            keep_file_versions_history_options: xml::elem(
                el,
                "KeepFileVersionsHistoryOptions",
            )?,
            nas_job_advanced_storage_options: xml::elem(
                el,
                "NASJobAdvancedStorageOptions",
            )?,
            advanced_storage_options: xml::wrapped(el, "AdvancedStorageOptions", "ACL")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("BackupRepositoryUid"),
                    xml::Child::once_text::<
                        super::enums::NasJobStorageOptionsInfoTypeShorttermRetentionType,
                    >("ShorttermRetentionType"),
                    xml::Child::once_text::<i64>("ShorttermRetentionPeriod"),
                    xml::Child::once_text::<bool>("LongtermRetentionEnabled"),
                    xml::Child::once("KeepFileVersionsHistoryOptions"),
                    xml::Child::once("NASJobAdvancedStorageOptions"),
                    xml::Child::once("AdvancedStorageOptions"),
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
            xml::Tag::once("BackupRepositoryUid"),
            xml::Tag::once("ShorttermRetentionType"),
            xml::Tag::once("ShorttermRetentionPeriod"),
            xml::Tag::once("LongtermRetentionEnabled"),
            xml::Tag::once("KeepFileVersionsHistoryOptions"),
            xml::Tag::once("NASJobAdvancedStorageOptions"),
            xml::Tag::once("AdvancedStorageOptions"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.backup_repository_uid = el_.text()?,
                1 => out.shortterm_retention_type = el_.text()?,
                2 => out.shortterm_retention_period = el_.text()?,
                3 => out.longterm_retention_enabled = el_.text()?,
                4 => out.keep_file_versions_history_options = Some(el_.elem()?),
                5 => out.nas_job_advanced_storage_options = Some(el_.elem()?),
                6 => out.advanced_storage_options = Some(el_.wrapped("ACL")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for NasJobStorageOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("BackupRepositoryUid", &self.backup_repository_uid);
        w.elem_text("ShorttermRetentionType", &self.shortterm_retention_type);
        w.elem_text("ShorttermRetentionPeriod", &self.shortterm_retention_period);
        w.elem_text("LongtermRetentionEnabled", &self.longterm_retention_enabled);
        w.elem(
            "KeepFileVersionsHistoryOptions",
            &self.keep_file_versions_history_options,
        );
        w.elem("NASJobAdvancedStorageOptions", &self.nas_job_advanced_storage_options);
        w.wrapped(
            "AdvancedStorageOptions",
            "ACL",
            self.advanced_storage_options.as_ref(),
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NasJobStorageOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.keep_file_versions_history_options,
            &crate::runtime::unknown::join(path, "KeepFileVersionsHistoryOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.nas_job_advanced_storage_options,
            &crate::runtime::unknown::join(path, "NASJobAdvancedStorageOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.advanced_storage_options,
            &crate::runtime::unknown::join(path, "AdvancedStorageOptions"),
            out,
        );
    }
}

/// Used by GET /nas/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NasLongTermArchivalOptionsInfoType {
    /// Defines whether retention for active files (files currently existing in the source file share) is enabled. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<ActiveFileRetentionEnabled>`; JSON `"ActiveFileRetentionEnabled"`.
    pub active_file_retention_enabled: Option<bool>,
    /// Number of versions to be stored for active files.
    ///
    /// XML element `<MaxActiveFileVersionsToKeep>`; JSON `"MaxActiveFileVersionsToKeep"`.
    pub max_active_file_versions_to_keep: Option<i64>,
    /// Defines whether retention for deleted files (files deleted from the source file share) is enabled. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<DeletedFileRetentionEnabled>`; JSON `"DeletedFileRetentionEnabled"`.
    pub deleted_file_retention_enabled: Option<bool>,
    /// Number of versions to be stored for deleted files.
    ///
    /// XML element `<MaxDeletedFileVersionsToKeep>`; JSON `"MaxDeletedFileVersionsToKeep"`.
    pub max_deleted_file_versions_to_keep: Option<i64>,
    /// Defines extensions of files that must be archived or excluded from the archive. For detail, see File Extensions.
    ///
    /// XML element `<FileExtensionsOption>`; JSON `"FileExtensionsOption"`.
    pub file_extensions_option: Option<NasJobFileExtensionsOptionsInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NasLongTermArchivalOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ActiveFileRetentionEnabled", &self.active_file_retention_enabled)?;
        o.opt("MaxActiveFileVersionsToKeep", &self.max_active_file_versions_to_keep)?;
        o.opt("DeletedFileRetentionEnabled", &self.deleted_file_retention_enabled)?;
        o.opt("MaxDeletedFileVersionsToKeep", &self.max_deleted_file_versions_to_keep)?;
        o.opt("FileExtensionsOption", &self.file_extensions_option)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NasLongTermArchivalOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ActiveFileRetentionEnabled", &["activeFileRetentionEnabled"]),
            F::new("MaxActiveFileVersionsToKeep", &["maxActiveFileVersionsToKeep"]),
            F::new("DeletedFileRetentionEnabled", &["deletedFileRetentionEnabled"]),
            F::new("MaxDeletedFileVersionsToKeep", &["maxDeletedFileVersionsToKeep"]),
            F::new("FileExtensionsOption", &["fileExtensionsOption"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "NASLongTermArchivalOptionsInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for NasLongTermArchivalOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.active_file_retention_enabled = o.lenient()?,
                1 => out.max_active_file_versions_to_keep = o.lenient()?,
                2 => out.deleted_file_retention_enabled = o.lenient()?,
                3 => out.max_deleted_file_versions_to_keep = o.lenient()?,
                4 => out.file_extensions_option = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for NasLongTermArchivalOptionsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            active_file_retention_enabled: xml::elem_text(
                el,
                "ActiveFileRetentionEnabled",
            )?,
            max_active_file_versions_to_keep: xml::elem_text(
                el,
                "MaxActiveFileVersionsToKeep",
            )?,
            deleted_file_retention_enabled: xml::elem_text(
                el,
                "DeletedFileRetentionEnabled",
            )?,
            max_deleted_file_versions_to_keep: xml::elem_text(
                el,
                "MaxDeletedFileVersionsToKeep",
            )?,
            file_extensions_option: xml::elem(el, "FileExtensionsOption")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("ActiveFileRetentionEnabled"),
                    xml::Child::once_text::<i64>("MaxActiveFileVersionsToKeep"),
                    xml::Child::once_text::<bool>("DeletedFileRetentionEnabled"),
                    xml::Child::once_text::<i64>("MaxDeletedFileVersionsToKeep"),
                    xml::Child::once("FileExtensionsOption"),
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
            xml::Tag::once("ActiveFileRetentionEnabled"),
            xml::Tag::once("MaxActiveFileVersionsToKeep"),
            xml::Tag::once("DeletedFileRetentionEnabled"),
            xml::Tag::once("MaxDeletedFileVersionsToKeep"),
            xml::Tag::once("FileExtensionsOption"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.active_file_retention_enabled = el_.text()?,
                1 => out.max_active_file_versions_to_keep = el_.text()?,
                2 => out.deleted_file_retention_enabled = el_.text()?,
                3 => out.max_deleted_file_versions_to_keep = el_.text()?,
                4 => out.file_extensions_option = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for NasLongTermArchivalOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ActiveFileRetentionEnabled", &self.active_file_retention_enabled);
        w.elem_text(
            "MaxActiveFileVersionsToKeep",
            &self.max_active_file_versions_to_keep,
        );
        w.elem_text("DeletedFileRetentionEnabled", &self.deleted_file_retention_enabled);
        w.elem_text(
            "MaxDeletedFileVersionsToKeep",
            &self.max_deleted_file_versions_to_keep,
        );
        w.elem("FileExtensionsOption", &self.file_extensions_option);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NasLongTermArchivalOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.file_extensions_option,
            &crate::runtime::unknown::join(path, "FileExtensionsOption"),
            out,
        );
    }
}

/// Used by GET /nas/jobs/{ID}/includes/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_includes_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NasObject {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Reference to file or folder processed by the file share backup job, for example: urn:NasBackup:FileServer:ee50f2fb-034f-41cd-8dc8-904aeae2d0d8.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    pub hierarchy_obj_ref: Option<String>,
    /// ID of the file or folder processed by the file share backup job, for example: e310aa12-eff2-41f4-97c8-631b677fc17f.
    ///
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    pub object_in_job_id: Option<String>,
    /// Path to the file or folder processed by the job, for example: C:\\File Share.
    ///
    /// XML element `<FileOrFolder>`; JSON `"FileOrFolder"`.
    pub file_or_folder: Option<String>,
    /// UID of the file share resource related to this file or folder, for example: urn:veeam:FileServer:f5d9ea1f-ef70-4e51-af3d-c760380d5347.
    ///
    /// XML element `<FileServerUid>`; JSON `"FileServerUid"`.
    pub file_server_uid: Option<crate::runtime::Uid>,
    /// File extensions for files included in the job processing. Represents a list of string Extension parameters.
    ///
    /// XML `<InclusionMask><Extension/>…</InclusionMask>`; JSON `"InclusionMask": {"Extensions": […]}`.
    pub inclusion_mask: Option<crate::runtime::List<String>>,
    /// File extensions for files excluded from the job processing. Represents a list of string Extension parameters.
    ///
    /// XML `<ExclusionMask><Extension/>…</ExclusionMask>`; JSON `"ExclusionMask": {"Extensions": […]}`.
    pub exclusion_mask: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NasObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("HierarchyObjRef", &self.hierarchy_obj_ref)?;
        o.opt("ObjectInJobId", &self.object_in_job_id)?;
        o.opt("FileOrFolder", &self.file_or_folder)?;
        o.opt("FileServerUid", &self.file_server_uid)?;
        o.documented("InclusionMask", "Extensions", &self.inclusion_mask)?;
        o.documented("ExclusionMask", "Extensions", &self.exclusion_mask)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NasObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("HierarchyObjRef", &["hierarchyObjRef"]),
            F::new("ObjectInJobId", &["objectInJobId"]),
            F::new("FileOrFolder", &["fileOrFolder"]),
            F::new("FileServerUid", &["fileServerUid"]),
            F::new("InclusionMask", &["Extension", "inclusionMask"]),
            F::new("ExclusionMask", &["exclusionMask"]),
        ];
        crate::runtime::json::object(deserializer, "NASObject", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for NasObject {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.hierarchy_obj_ref = o.lenient()?,
                3 => out.object_in_job_id = o.lenient()?,
                4 => out.file_or_folder = o.lenient()?,
                5 => out.file_server_uid = o.lenient()?,
                6 => out.inclusion_mask = o.list_of("Extension")?,
                7 => out.exclusion_mask = o.list_of("Extension")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for NasObject {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            file_or_folder: xml::elem_text(el, "FileOrFolder")?,
            file_server_uid: xml::elem_text(el, "FileServerUid")?,
            inclusion_mask: xml::wrapped_text(el, "InclusionMask", "Extension")?,
            exclusion_mask: xml::wrapped_text(el, "ExclusionMask", "Extension")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &[
                    xml::Child::once_text::<String>("HierarchyObjRef"),
                    xml::Child::once_text::<String>("ObjectInJobId"),
                    xml::Child::once_text::<String>("FileOrFolder"),
                    xml::Child::once_text::<crate::runtime::Uid>("FileServerUid"),
                    xml::Child::once("InclusionMask"),
                    xml::Child::once("ExclusionMask"),
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
            xml::Tag::once("HierarchyObjRef"),
            xml::Tag::once("ObjectInJobId"),
            xml::Tag::once("FileOrFolder"),
            xml::Tag::once("FileServerUid"),
            xml::Tag::once("InclusionMask"),
            xml::Tag::once("ExclusionMask"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.hierarchy_obj_ref = el_.text()?,
                1 => out.object_in_job_id = el_.text()?,
                2 => out.file_or_folder = el_.text()?,
                3 => out.file_server_uid = el_.text()?,
                4 => out.inclusion_mask = Some(el_.wrapped_text("Extension")?),
                5 => out.exclusion_mask = Some(el_.wrapped_text("Extension")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for NasObject {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("FileOrFolder", &self.file_or_folder);
        w.elem_text("FileServerUid", &self.file_server_uid);
        w.wrapped_text("InclusionMask", "Extension", self.inclusion_mask.as_ref());
        w.wrapped_text("ExclusionMask", "Extension", self.exclusion_mask.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NasObject {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProcessingOptionsInfoType {
    /// UID of a file server.
    ///
    /// XML element `<ServerUid>`; JSON `"ServerUid"`.
    pub server_uid: Option<crate::runtime::Uid>,
    /// UID of a cache repository where temporary cache files are stored.
    ///
    /// XML element `<CacheRepositoryUid>`; JSON `"CacheRepositoryUid"`.
    pub cache_repository_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ProcessingOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ServerUid", &self.server_uid)?;
        o.opt("CacheRepositoryUid", &self.cache_repository_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ProcessingOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ServerUid", &["serverUid"]),
            F::new("CacheRepositoryUid", &["cacheRepositoryUid"]),
        ];
        crate::runtime::json::object(deserializer, "ProcessingOptionsInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ProcessingOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.server_uid = o.lenient()?,
                1 => out.cache_repository_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ProcessingOptionsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            server_uid: xml::elem_text(el, "ServerUid")?,
            cache_repository_uid: xml::elem_text(el, "CacheRepositoryUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("ServerUid"),
                    xml::Child::once_text::<crate::runtime::Uid>("CacheRepositoryUid"),
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
            xml::Tag::once("ServerUid"),
            xml::Tag::once("CacheRepositoryUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.server_uid = el_.text()?,
                1 => out.cache_repository_uid = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ProcessingOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ServerUid", &self.server_uid);
        w.elem_text("CacheRepositoryUid", &self.cache_repository_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ProcessingOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SmbServerOptionsInfoType {
    /// Path to an SMB file share.
    ///
    /// XML element `<Path>`; JSON `"Path"`.
    pub path: Option<String>,
    /// Credentials that are used to access the shared folder.
    ///
    /// XML element `<CredentialsId>`; JSON `"CredentialsId"`.
    pub credentials_id: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for SmbServerOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Path", &self.path)?;
        o.opt("CredentialsId", &self.credentials_id)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for SmbServerOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Path", &["path"]),
            F::new("CredentialsId", &["credentialsId"]),
        ];
        crate::runtime::json::object(deserializer, "SmbServerOptionsInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for SmbServerOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.path = o.lenient()?,
                1 => out.credentials_id = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for SmbServerOptionsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            path: xml::elem_text(el, "Path")?,
            credentials_id: xml::elem_text(el, "CredentialsId")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Path"),
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
            xml::Tag::once("Path"),
            xml::Tag::once("CredentialsId"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.path = el_.text()?,
                1 => out.credentials_id = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for SmbServerOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Path", &self.path);
        w.elem_text("CredentialsId", &self.credentials_id);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for SmbServerOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
