// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `backup-servers`, `repositories`.
#[allow(unused_imports)]
use super::*;
/// '&lt;ExternalRepositories&gt;' of XML schema type 'ExternalRepositoryEntityListType': the '&lt;ExternalRepository&gt;' entities of a collection as repeated children; JSON '{"ExternalRepositories": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<ExternalRepositories>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ExternalRepositories {
    /// The 'ExternalRepository' entities of the collection.
    ///
    /// repeated XML element `<ExternalRepository>`; JSON `"ExternalRepositories": […]`.
    #[serde(
        rename = "ExternalRepositories",
        alias = "ExternalRepository",
        alias = "externalRepositories",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub external_repository: crate::runtime::List<ExternalRepository>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for ExternalRepositories {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            external_repository: xml::elems(el, "ExternalRepository")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["ExternalRepository"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for ExternalRepositories {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("ExternalRepository", &self.external_repository);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ExternalRepositories {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.external_repository,
            &crate::runtime::unknown::join(path, "ExternalRepository"),
            out,
        );
    }
}
/// Used by GET /externalRepositories/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id.html>
///
/// XML root element: `<ExternalRepository>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ExternalRepository {
    /// XML attribute `Href`; JSON `"Href"`.
    #[serde(
        rename = "Href",
        alias = "href",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    #[serde(
        rename = "Type",
        alias = "type",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub r#type: Option<String>,
    /// Name of the external backup repository, for example: Backups Vol2.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// UID of the external backup repository resource, for example: urn:veeam:ExternalRepository:b609c947-dd30-4295-8b57-cc880329dbd6.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    #[serde(
        rename = "UID",
        alias = "uID",
        alias = "uid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<crate::runtime::List<Link>>,
    /// Type of the external backup repository. Possible values: • AmazonS3External • AzureStorageExternal • GoogleCloudStorageExternal
    ///
    /// XML element `<RepositoryType>`; JSON `"RepositoryType"`.
    #[serde(
        rename = "RepositoryType",
        alias = "repositoryType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub repository_type: Option<super::enums::ExternalRepositoryRepositoryType>,
    /// Path to the external backup repository.
    ///
    /// XML element `<Path>`; JSON `"Path"`.
    #[serde(
        rename = "Path",
        alias = "path",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub path: Option<String>,
    /// Space used on the external backup repository.
    ///
    /// XML element `<UsedSpace>`; JSON `"UsedSpace"`.
    #[serde(
        rename = "UsedSpace",
        alias = "usedSpace",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub used_space: Option<i64>,
    /// Description the external backup repository.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for ExternalRepository {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            repository_type: xml::elem_text(el, "RepositoryType")?,
            path: xml::elem_text(el, "Path")?,
            used_space: xml::elem_text(el, "UsedSpace")?,
            description: xml::elem_text(el, "Description")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &["Links", "RepositoryType", "Path", "UsedSpace", "Description"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for ExternalRepository {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("RepositoryType", &self.repository_type);
        w.elem_text("Path", &self.path);
        w.elem_text("UsedSpace", &self.used_space);
        w.elem_text("Description", &self.description);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ExternalRepository {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
