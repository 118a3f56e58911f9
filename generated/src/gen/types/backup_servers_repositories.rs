// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `backup-servers`, `repositories`.

#[allow(unused_imports)]
use super::*;

/// '&lt;ExternalRepositories&gt;' of XML schema type 'ExternalRepositoryEntityListType': the '&lt;ExternalRepository&gt;' entities of a collection as repeated children; JSON '{"ExternalRepositories": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<ExternalRepositories>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExternalRepositories {
    /// The 'ExternalRepository' entities of the collection.
    ///
    /// repeated XML element `<ExternalRepository>`; JSON `"ExternalRepositories": […]`.
    pub external_repositories: crate::runtime::List<ExternalRepository>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ExternalRepositories {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("ExternalRepositories", &self.external_repositories)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ExternalRepositories {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "ExternalRepositories",
                &["ExternalRepository", "externalRepositories"],
            ),
        ];
        crate::runtime::json::object(deserializer, "ExternalRepositories", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ExternalRepositories {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.external_repositories = o.vec_of("ExternalRepository")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ExternalRepositories {
    const ROOTS: &'static [&'static str] = &["ExternalRepositories"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            external_repositories: xml::elems(el, "ExternalRepository")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("ExternalRepository")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("ExternalRepository")])?.is_some() {
            out.external_repositories.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ExternalRepositories {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("ExternalRepository", &self.external_repositories);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ExternalRepositories {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.external_repositories,
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExternalRepository {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// Name of the external backup repository, for example: Backups Vol2.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the external backup repository resource, for example: urn:veeam:ExternalRepository:b609c947-dd30-4295-8b57-cc880329dbd6.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Type of the external backup repository. Possible values:
    ///
    /// - `AmazonS3External`
    /// - `AzureStorageExternal`
    /// - `GoogleCloudStorageExternal`
    ///
    /// XML element `<RepositoryType>`; JSON `"RepositoryType"`.
    pub repository_type: Option<super::enums::ExternalRepositoryRepositoryType>,
    /// Path to the external backup repository.
    ///
    /// XML element `<Path>`; JSON `"Path"`.
    pub path: Option<String>,
    /// Space used on the external backup repository.
    ///
    /// XML element `<UsedSpace>`; JSON `"UsedSpace"`.
    pub used_space: Option<i64>,
    /// Description the external backup repository.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ExternalRepository {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("RepositoryType", &self.repository_type)?;
        o.opt("Path", &self.path)?;
        o.opt("UsedSpace", &self.used_space)?;
        o.opt("Description", &self.description)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ExternalRepository {
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
            F::new("RepositoryType", &["repositoryType"]),
            F::new("Path", &["path"]),
            F::new("UsedSpace", &["usedSpace"]),
            F::new("Description", &["description"]),
        ];
        crate::runtime::json::object(deserializer, "ExternalRepository", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ExternalRepository {
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
                5 => out.repository_type = o.value()?,
                6 => out.path = o.lenient()?,
                7 => out.used_space = o.lenient()?,
                8 => out.description = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ExternalRepository {
    const ROOTS: &'static [&'static str] = &["ExternalRepository"];
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
            repository_type: xml::elem_text(el, "RepositoryType")?,
            path: xml::elem_text(el, "Path")?,
            used_space: xml::elem_text(el, "UsedSpace")?,
            description: xml::elem_text(el, "Description")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<
                        super::enums::ExternalRepositoryRepositoryType,
                    >("RepositoryType"),
                    xml::Child::once_text::<String>("Path"),
                    xml::Child::once_text::<i64>("UsedSpace"),
                    xml::Child::once_text::<String>("Description"),
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
            xml::Tag::once("RepositoryType"),
            xml::Tag::once("Path"),
            xml::Tag::once("UsedSpace"),
            xml::Tag::once("Description"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.repository_type = el_.text()?,
                2 => out.path = el_.text()?,
                3 => out.used_space = el_.text()?,
                4 => out.description = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ExternalRepository {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("RepositoryType", &self.repository_type);
        w.elem_text("Path", &self.path);
        w.elem_text("UsedSpace", &self.used_space);
        w.elem_text("Description", &self.description);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ExternalRepository {
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
