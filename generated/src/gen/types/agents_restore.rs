// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `restore`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}, GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id_filepath.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileSystemEntries {
    /// Collection of directories that are contained in the the current directory. For details, see Files.
    ///
    /// XML element `<Files>`; JSON `"Files"`.
    pub files: Option<FileEntryListType>,
    /// Collection of directories that are contained in the the current directory. For details, see Directories.
    ///
    /// XML element `<Directories>`; JSON `"Directories"`.
    pub directories: Option<DirectoryEntryListType>,
    /// Resource that lets you paginate display results.
    ///
    /// XML element `<PagingInfo>`; JSON `"PagingInfo"`.
    pub paging_info: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FileSystemEntries {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Files", &self.files)?;
        o.opt("Directories", &self.directories)?;
        o.opt("PagingInfo", &self.paging_info)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FileSystemEntries {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Files", &["files"]),
            F::new("Directories", &["directories"]),
            F::new("PagingInfo", &["pagingInfo"]),
        ];
        crate::runtime::json::object(deserializer, "FileSystemEntries", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FileSystemEntries {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.files = o.value()?,
                1 => out.directories = o.value()?,
                2 => out.paging_info = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FileSystemEntries {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            files: xml::elem(el, "Files")?,
            directories: xml::elem(el, "Directories")?,
            paging_info: xml::elem_text(el, "PagingInfo")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once("Files"),
                    xml::Child::once("Directories"),
                    xml::Child::once_text::<String>("PagingInfo"),
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
            xml::Tag::once("Files"),
            xml::Tag::once("Directories"),
            xml::Tag::once("PagingInfo"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.files = Some(el_.elem()?),
                1 => out.directories = Some(el_.elem()?),
                2 => out.paging_info = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FileSystemEntries {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("Files", &self.files);
        w.elem("Directories", &self.directories);
        w.elem_text("PagingInfo", &self.paging_info);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FileSystemEntries {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.files,
            &crate::runtime::unknown::join(path, "Files"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.directories,
            &crate::runtime::unknown::join(path, "Directories"),
            out,
        );
    }
}
