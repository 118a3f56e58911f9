// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `replication`, `restore`.

#[allow(unused_imports)]
use super::*;

/// The `DirectoryEntry` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryEntry {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML element `<Path>`; JSON `"Path"`.
    pub path: Option<String>,
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for DirectoryEntry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Path", &self.path)?;
        o.opt("Name", &self.name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for DirectoryEntry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Path", &["path"]),
            F::new("Name", &["name"]),
        ];
        crate::runtime::json::object(deserializer, "DirectoryEntry", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for DirectoryEntry {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.path = o.lenient()?,
                3 => out.name = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for DirectoryEntry {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            path: xml::elem_text(el, "Path")?,
            name: xml::elem_text(el, "Name")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type"],
                &[
                    xml::Child::once_text::<String>("Path"),
                    xml::Child::once_text::<String>("Name"),
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
            let at_ = el_.attrs(&["Href", "Type"])?;
            out.href = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
        }
        const TAGS: &[xml::Tag] = &[xml::Tag::once("Path"), xml::Tag::once("Name")];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.path = el_.text()?,
                1 => out.name = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for DirectoryEntry {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.elem_text("Path", &self.path);
        w.elem_text("Name", &self.name);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for DirectoryEntry {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/agentRestorePoints/{ID}/mounts/{ID}, GET /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}, GET /vmReplicaPoints/{ID}/mounts/{ID}, GET /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}, GET /vmRestorePoints/{ID}/mounts/{ID}, GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryEntryListType {
    /// Path to the directory entry in the machine file system hierarchy, for example: C:\\Shares.
    ///
    /// XML element `<Path>`; JSON `"Path"`.
    pub path: Option<String>,
    /// Name of the directory entry, for example: Shares.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// repeated XML element `<DirectoryEntry>`; JSON `"DirectoryEntries": […]`.
    pub directory_entries: crate::runtime::List<DirectoryEntry>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for DirectoryEntryListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Path", &self.path)?;
        o.opt("Name", &self.name)?;
        o.elems("DirectoryEntries", &self.directory_entries)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for DirectoryEntryListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Path", &["path"]),
            F::new("Name", &["name"]),
            F::new("DirectoryEntries", &["DirectoryEntry", "directoryEntries"]),
        ];
        crate::runtime::json::object(deserializer, "DirectoryEntryListType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for DirectoryEntryListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.path = o.lenient()?,
                1 => out.name = o.lenient()?,
                2 => out.directory_entries = o.vec_of("DirectoryEntry")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for DirectoryEntryListType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            path: xml::elem_text(el, "Path")?,
            name: xml::elem_text(el, "Name")?,
            directory_entries: xml::elems(el, "DirectoryEntry")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Path"),
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::many("DirectoryEntry"),
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
            xml::Tag::once("Name"),
            xml::Tag::many("DirectoryEntry"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.path = el_.text()?,
                1 => out.name = el_.text()?,
                2 => out.directory_entries.push(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for DirectoryEntryListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Path", &self.path);
        w.elem_text("Name", &self.name);
        w.elems("DirectoryEntry", &self.directory_entries);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for DirectoryEntryListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.directory_entries,
            &crate::runtime::unknown::join(path, "DirectoryEntry"),
            out,
        );
    }
}

/// Used by GET /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}, GET /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}, GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id_filepath.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileEntryListType {
    /// Path to the file in the machine file system hierarchy, for example: C:\\william.fox\\Report.docx.
    ///
    /// XML element `<Path>`; JSON `"Path"`.
    pub path: Option<String>,
    /// Name of the file, for example: Report.docx.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// File size, in bytes.
    ///
    /// XML element `<Size>`; JSON `"Size"`.
    pub size: Option<i64>,
    /// File owner.
    ///
    /// XML element `<Owner>`; JSON `"Owner"`.
    pub owner: Option<String>,
    /// Date and the file was last modified.
    ///
    /// XML element `<ModifiedDateUTC>`; JSON `"ModifiedDateUTC"`.
    pub modified_date_utc: Option<crate::runtime::DateTime>,
    /// List of request URLs available for the file.
    ///
    /// XML element `<Actions>`; JSON `"Actions"`.
    pub actions: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FileEntryListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Path", &self.path)?;
        o.opt("Name", &self.name)?;
        o.opt("Size", &self.size)?;
        o.opt("Owner", &self.owner)?;
        o.opt("ModifiedDateUTC", &self.modified_date_utc)?;
        o.opt("Actions", &self.actions)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FileEntryListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Path", &["path"]),
            F::new("Name", &["name"]),
            F::new("Size", &["size"]),
            F::new("Owner", &["owner"]),
            F::new("ModifiedDateUTC", &["modifiedDateUTC"]),
            F::new("Actions", &["actions"]),
        ];
        crate::runtime::json::object(deserializer, "FileEntryListType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FileEntryListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.path = o.lenient()?,
                1 => out.name = o.lenient()?,
                2 => out.size = o.lenient()?,
                3 => out.owner = o.lenient()?,
                4 => out.modified_date_utc = o.lenient()?,
                5 => out.actions = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FileEntryListType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            path: xml::elem_text(el, "Path")?,
            name: xml::elem_text(el, "Name")?,
            size: xml::elem_text(el, "Size")?,
            owner: xml::elem_text(el, "Owner")?,
            modified_date_utc: xml::elem_text(el, "ModifiedDateUTC")?,
            actions: xml::elem_text(el, "Actions")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Path"),
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<i64>("Size"),
                    xml::Child::once_text::<String>("Owner"),
                    xml::Child::once_text::<crate::runtime::DateTime>("ModifiedDateUTC"),
                    xml::Child::once_text::<String>("Actions"),
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
            xml::Tag::once("Name"),
            xml::Tag::once("Size"),
            xml::Tag::once("Owner"),
            xml::Tag::once("ModifiedDateUTC"),
            xml::Tag::once("Actions"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.path = el_.text()?,
                1 => out.name = el_.text()?,
                2 => out.size = el_.text()?,
                3 => out.owner = el_.text()?,
                4 => out.modified_date_utc = el_.text()?,
                5 => out.actions = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FileEntryListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Path", &self.path);
        w.elem_text("Name", &self.name);
        w.elem_text("Size", &self.size);
        w.elem_text("Owner", &self.owner);
        w.elem_text("ModifiedDateUTC", &self.modified_date_utc);
        w.elem_text("Actions", &self.actions);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FileEntryListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts_id_filepath_actionrestore.html>
///
/// XML root element: `<FileRestoreSpec>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileRestoreSpec {
    /// Use this element if you want to restore the file to the original location. For details, see File-Level Restore Options.
    ///
    /// XML element `<ToOriginalLocation>`; JSON `"ToOriginalLocation"`.
    pub to_original_location: Option<FileRestoreToOriginalSpecInfoType>,
    /// Use this element if you want to download the restored file.
    ///
    /// XML element `<ForDirectDownload>`; JSON `"ForDirectDownload"`.
    pub for_direct_download: Option<crate::runtime::Empty>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FileRestoreSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ToOriginalLocation", &self.to_original_location)?;
        o.opt("ForDirectDownload", &self.for_direct_download)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FileRestoreSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ToOriginalLocation", &["toOriginalLocation"]),
            F::new("ForDirectDownload", &["forDirectDownload"]),
        ];
        crate::runtime::json::object(deserializer, "FileRestoreSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FileRestoreSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.to_original_location = o.value()?,
                1 => out.for_direct_download = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FileRestoreSpec {
    const ROOTS: &'static [&'static str] = &["FileRestoreSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            to_original_location: xml::elem(el, "ToOriginalLocation")?,
            for_direct_download: xml::elem_text(el, "ForDirectDownload")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once("ToOriginalLocation"),
                    xml::Child::once_text::<crate::runtime::Empty>("ForDirectDownload"),
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
            xml::Tag::once("ToOriginalLocation"),
            xml::Tag::once("ForDirectDownload"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.to_original_location = Some(el_.elem()?),
                1 => out.for_direct_download = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FileRestoreSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("ToOriginalLocation", &self.to_original_location);
        w.elem_text("ForDirectDownload", &self.for_direct_download);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FileRestoreSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.to_original_location,
            &crate::runtime::unknown::join(path, "ToOriginalLocation"),
            out,
        );
    }
}

/// Used by POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts_id_filepath_actionrestore.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileRestoreToOriginalSpecInfoType {
    /// Defines if the file or folder restored from the backup should overwrite the original file or folder. Possible values:
    ///
    /// - `True` — the file from VM backup (being restored) should replace the file on target.
    /// - `False` — both files should be kept on target. The default value is False.
    ///
    /// XML attribute `Overwrite`; JSON `"Overwrite"`.
    pub overwrite: Option<bool>,
    /// Defines whether to restore only permissions of the file or folder. The file or folder must exist on the target machine. The feature is supported for Windows machines only. Possible values:
    ///
    /// - `True`
    /// - False The default value is False.
    ///
    /// XML element `<PermissionsOnly>`; JSON `"PermissionsOnly"`.
    pub permissions_only: Option<bool>,
    /// Guest OS credentials for starting the file-level restore process. For details, see Guest OS Credentials Options.
    ///
    /// XML element `<GuestCredentials>`; JSON `"GuestCredentials"`.
    pub guest_credentials: Option<GuestCredentials>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FileRestoreToOriginalSpecInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Overwrite", &self.overwrite)?;
        o.opt("PermissionsOnly", &self.permissions_only)?;
        o.opt("GuestCredentials", &self.guest_credentials)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FileRestoreToOriginalSpecInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Overwrite", &["overwrite"]),
            F::new("PermissionsOnly", &["permissionsOnly"]),
            F::new("GuestCredentials", &["guestCredentials"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "FileRestoreToOriginalSpecInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for FileRestoreToOriginalSpecInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.overwrite = o.lenient()?,
                1 => out.permissions_only = o.lenient()?,
                2 => out.guest_credentials = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FileRestoreToOriginalSpecInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            overwrite: xml::attr(el, "Overwrite")?,
            permissions_only: xml::elem_text(el, "PermissionsOnly")?,
            guest_credentials: xml::elem(el, "GuestCredentials")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Overwrite"],
                &[
                    xml::Child::once_text::<bool>("PermissionsOnly"),
                    xml::Child::once("GuestCredentials"),
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
            let at_ = el_.attrs(&["Overwrite"])?;
            out.overwrite = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("PermissionsOnly"),
            xml::Tag::once("GuestCredentials"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.permissions_only = el_.text()?,
                1 => out.guest_credentials = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FileRestoreToOriginalSpecInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Overwrite", &self.overwrite);
        w.elem_text("PermissionsOnly", &self.permissions_only);
        w.elem("GuestCredentials", &self.guest_credentials);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FileRestoreToOriginalSpecInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.guest_credentials,
            &crate::runtime::unknown::join(path, "GuestCredentials"),
            out,
        );
    }
}

/// Used by POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts_id_filepath_actionrestore.html>
///
/// XML root element: `<GuestCredentials>`.
#[derive(Clone, PartialEq)]
pub struct GuestCredentials {
    /// User name of the guest OS account specified in the DOMAIN\\USENAME format.
    ///
    /// XML element `<UserName>`; JSON `"UserName"`.
    pub user_name: String,
    /// Password for the guest OS account.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    pub password: crate::runtime::Secret,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl std::fmt::Debug for GuestCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GuestCredentials")
            .field("user_name", &self.user_name)
            .field("password", &"<redacted>")
            .field("unknown", &self.unknown)
            .finish()
    }
}

impl serde::Serialize for GuestCredentials {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("UserName", &self.user_name)?;
        o.req("Password", &self.password)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for GuestCredentials {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("UserName", &["userName"]),
            F::new("Password", &["password"]),
        ];
        crate::runtime::json::object(deserializer, "GuestCredentials", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for GuestCredentials {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut user_name = Default::default();
        let mut password = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => user_name = Some(o.lenient_req()?),
                1 => password = Some(o.value()?),
                _ => {}
            }
        }
        Ok(Self {
            user_name: o.required(user_name, 0)?,
            password: o.required(password, 1)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for GuestCredentials {
    const ROOTS: &'static [&'static str] = &["GuestCredentials"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            user_name: xml::elem_text(el, "UserName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("UserName"))?,
            password: xml::elem_text(el, "Password")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Password"))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("UserName"),
                    xml::Child::once_text::<crate::runtime::Secret>("Password"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut user_name = None;
        let mut password = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("UserName"),
            xml::Tag::once("Password"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => user_name = el_.text()?,
                1 => password = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            user_name: user_name?,
            password: password?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for GuestCredentials {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("UserName", &self.user_name);
        w.elem_text_req("Password", &self.password);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for GuestCredentials {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
