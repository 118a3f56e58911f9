// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `replication`, `restore`.
#[allow(unused_imports)]
use super::*;
/// Used by GET /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints_id_filepath.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FileSystemEntry {
    /// Collection of directories that are contained in the the current directory. For details, see Files.
    ///
    /// XML element `<Files>`; JSON `"Files"`.
    #[serde(
        rename = "Files",
        alias = "files",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub files: Option<FileEntryListType>,
    /// Collection of directories that are contained in the the current directory. For details, see Directories.
    ///
    /// XML element `<Directories>`; JSON `"Directories"`.
    #[serde(
        rename = "Directories",
        alias = "directories",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub directories: Option<DirectoryEntryListType>,
    /// Resource that lets you paginate display results.
    ///
    /// XML element `<PagingInfo>`; JSON `"PagingInfo"`.
    #[serde(
        rename = "PagingInfo",
        alias = "pagingInfo",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub paging_info: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for FileSystemEntry {
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
                &["Files", "Directories", "PagingInfo"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for FileSystemEntry {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("Files", &self.files);
        w.elem("Directories", &self.directories);
        w.elem_text("PagingInfo", &self.paging_info);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for FileSystemEntry {
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
