// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `backups`, `query`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /agents/agentRestorePoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id.html>
///
/// XML root element: `<AgentRestorePoint>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentRestorePoint {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// Name of the restore point, for example: sql01-hv@2013-08-24 05:03:25.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the restore point resource, for example: urn:veeam:AgentRestorePoint:b6bfce60-7d42-46d7-9e55-0a40c04b0d7d.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Date and time when the restore point was created. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Backup method used to create the restore point. Possible values:
    ///
    /// - `Full`
    /// - `Incremental`
    /// - `SyntheticFull`
    ///
    /// XML element `<Algorithm>`; JSON `"Algorithm"`.
    pub algorithm: Option<super::enums::AgentRestorePointAlgorithm>,
    /// Type of the restore point. Possible values:
    ///
    /// - `Full`
    /// - `Increment`
    ///
    /// XML element `<PointType>`; JSON `"PointType"`.
    pub point_type: Option<super::enums::AgentRestorePointPointType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for AgentRestorePoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("Algorithm", &self.algorithm)?;
        o.opt("PointType", &self.point_type)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for AgentRestorePoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("Links", &["Link", "links"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("Algorithm", &["algorithm"]),
            F::new("PointType", &["pointType"]),
        ];
        crate::runtime::json::object(deserializer, "AgentRestorePoint", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for AgentRestorePoint {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.name = o.lenient()?,
                3 => out.uid = o.lenient()?,
                4 => out.links = o.list_of("Link")?,
                5 => out.creation_time_utc = o.lenient()?,
                6 => out.algorithm = o.value()?,
                7 => out.point_type = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for AgentRestorePoint {
    const ROOTS: &'static [&'static str] = &["AgentRestorePoint"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            algorithm: xml::elem_text(el, "Algorithm")?,
            point_type: xml::elem_text(el, "PointType")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<
                        super::enums::AgentRestorePointAlgorithm,
                    >("Algorithm"),
                    xml::Child::once_text::<
                        super::enums::AgentRestorePointPointType,
                    >("PointType"),
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
            let at_ = el_.attrs(&["Href", "Type", "Name", "UID"])?;
            out.href = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("Algorithm"),
            xml::Tag::once("PointType"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.creation_time_utc = el_.text()?,
                2 => out.algorithm = el_.text()?,
                3 => out.point_type = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for AgentRestorePoint {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("Algorithm", &self.algorithm);
        w.elem_text("PointType", &self.point_type);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for AgentRestorePoint {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}

/// Used by GET /backupFiles/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id.html>
///
/// XML root element: `<BackupFile>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BackupFile {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the backup file, for example: Webserver BackupD2016-09-20T175902.vib.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the backup file resource, for example: urn:veeam:BackupFile:0874ab95-10e5-4f25-84df-2782ad81f3e5.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Path to the backup file.
    ///
    /// XML element `<FilePath>`; JSON `"FilePath"`.
    pub file_path: Option<String>,
    /// Size of the backup file (in bytes).
    ///
    /// XML element `<BackupSize>`; JSON `"BackupSize"`.
    pub backup_size: Option<i64>,
    /// Size of the backed-up data (in bytes).
    ///
    /// XML element `<DataSize>`; JSON `"DataSize"`.
    pub data_size: Option<i64>,
    /// Data deduplication ratio.
    ///
    /// XML element `<DeduplicationRatio>`; JSON `"DeduplicationRatio"`.
    pub deduplication_ratio: Option<f64>,
    /// Data compression ratio.
    ///
    /// XML element `<CompressRatio>`; JSON `"CompressRatio"`.
    pub compress_ratio: Option<f64>,
    /// Date and time when the backup file was created. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUtc>`; JSON `"CreationTimeUtc"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Type of the backup file. Possible values:
    ///
    /// - `vbk`
    /// - `vib`
    /// - `vrb`
    ///
    /// XML element `<FileType>`; JSON `"FileType"`.
    pub file_type: Option<super::enums::BackupFileFileType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for BackupFile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("FilePath", &self.file_path)?;
        o.opt("BackupSize", &self.backup_size)?;
        o.opt("DataSize", &self.data_size)?;
        o.opt("DeduplicationRatio", &self.deduplication_ratio)?;
        o.opt("CompressRatio", &self.compress_ratio)?;
        o.opt("CreationTimeUtc", &self.creation_time_utc)?;
        o.opt("FileType", &self.file_type)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for BackupFile {
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
            F::new("FilePath", &["filePath"]),
            F::new("BackupSize", &["backupSize"]),
            F::new("DataSize", &["dataSize"]),
            F::new("DeduplicationRatio", &["deduplicationRatio"]),
            F::new("CompressRatio", &["compressRatio"]),
            F::new("CreationTimeUtc", &["creationTimeUtc"]),
            F::new("FileType", &["fileType"]),
        ];
        crate::runtime::json::object(deserializer, "BackupFile", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for BackupFile {
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
                5 => out.file_path = o.lenient()?,
                6 => out.backup_size = o.lenient()?,
                7 => out.data_size = o.lenient()?,
                8 => out.deduplication_ratio = o.lenient()?,
                9 => out.compress_ratio = o.lenient()?,
                10 => out.creation_time_utc = o.lenient()?,
                11 => out.file_type = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for BackupFile {
    const ROOTS: &'static [&'static str] = &["BackupFile"];
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
            file_path: xml::elem_text(el, "FilePath")?,
            backup_size: xml::elem_text(el, "BackupSize")?,
            data_size: xml::elem_text(el, "DataSize")?,
            deduplication_ratio: xml::elem_text(el, "DeduplicationRatio")?,
            compress_ratio: xml::elem_text(el, "CompressRatio")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUtc")?,
            file_type: xml::elem_text(el, "FileType")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("FilePath"),
                    xml::Child::once_text::<i64>("BackupSize"),
                    xml::Child::once_text::<i64>("DataSize"),
                    xml::Child::once_text::<f64>("DeduplicationRatio"),
                    xml::Child::once_text::<f64>("CompressRatio"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUtc"),
                    xml::Child::once_text::<super::enums::BackupFileFileType>("FileType"),
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
            xml::Tag::once("FilePath"),
            xml::Tag::once("BackupSize"),
            xml::Tag::once("DataSize"),
            xml::Tag::once("DeduplicationRatio"),
            xml::Tag::once("CompressRatio"),
            xml::Tag::once("CreationTimeUtc"),
            xml::Tag::once("FileType"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.file_path = el_.text()?,
                2 => out.backup_size = el_.text()?,
                3 => out.data_size = el_.text()?,
                4 => out.deduplication_ratio = el_.text()?,
                5 => out.compress_ratio = el_.text()?,
                6 => out.creation_time_utc = el_.text()?,
                7 => out.file_type = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for BackupFile {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("FilePath", &self.file_path);
        w.elem_text("BackupSize", &self.backup_size);
        w.elem_text("DataSize", &self.data_size);
        w.elem_text("DeduplicationRatio", &self.deduplication_ratio);
        w.elem_text("CompressRatio", &self.compress_ratio);
        w.elem_text("CreationTimeUtc", &self.creation_time_utc);
        w.elem_text("FileType", &self.file_type);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for BackupFile {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
