// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `repositories`.

#[allow(unused_imports)]
use super::*;

/// '&lt;Repositories&gt;' of XML schema type 'RepositoryEntityListType': the '&lt;Repository&gt;' entities of a collection as repeated children; JSON '{"Repositories": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<Repositories>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Repositories {
    /// The 'Repository' entities of the collection.
    ///
    /// repeated XML element `<Repository>`; JSON `"Repositories": […]`.
    pub repositories: crate::runtime::List<Repository>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Repositories {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("Repositories", &self.repositories)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Repositories {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("Repositories", &["Repository", "repositories"])];
        crate::runtime::json::object(deserializer, "Repositories", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Repositories {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.repositories = o.vec_of("Repository")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Repositories {
    const ROOTS: &'static [&'static str] = &["Repositories"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            repositories: xml::elems(el, "Repository")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("Repository")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("Repository")])?.is_some() {
            out.repositories.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Repositories {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Repository", &self.repositories);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Repositories {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.repositories,
            &crate::runtime::unknown::join(path, "Repository"),
            out,
        );
    }
}

/// '&lt;WanAccelerators&gt;' of XML schema type 'WanAcceleratorEntityListType': the '&lt;WanAccelerator&gt;' entities of a collection as repeated children; JSON '{"WanAccelerators": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<WanAccelerators>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WanAccelerators {
    /// The 'WanAccelerator' entities of the collection.
    ///
    /// repeated XML element `<WanAccelerator>`; JSON `"WanAccelerators": […]`.
    pub wan_accelerators: crate::runtime::List<WanAccelerator>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for WanAccelerators {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("WanAccelerators", &self.wan_accelerators)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for WanAccelerators {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("WanAccelerators", &["WanAccelerator", "wanAccelerators"]),
        ];
        crate::runtime::json::object(deserializer, "WanAccelerators", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for WanAccelerators {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.wan_accelerators = o.vec_of("WanAccelerator")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for WanAccelerators {
    const ROOTS: &'static [&'static str] = &["WanAccelerators"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            wan_accelerators: xml::elems(el, "WanAccelerator")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("WanAccelerator")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("WanAccelerator")])?.is_some() {
            out.wan_accelerators.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for WanAccelerators {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("WanAccelerator", &self.wan_accelerators);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for WanAccelerators {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.wan_accelerators,
            &crate::runtime::unknown::join(path, "WanAccelerator"),
            out,
        );
    }
}
