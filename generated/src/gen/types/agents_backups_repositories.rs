// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `backups`, `repositories`.

#[allow(unused_imports)]
use super::*;

/// '&lt;Backups&gt;' of XML schema type 'BackupEntityListType': the '&lt;Backup&gt;' entities of a collection as repeated children; JSON '{"Backups": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<Backups>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Backups {
    /// The 'Backup' entities of the collection.
    ///
    /// repeated XML element `<Backup>`; JSON `"Backups": […]`.
    pub backups: crate::runtime::List<Backup>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Backups {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("Backups", &self.backups)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Backups {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("Backups", &["Backup", "backups"])];
        crate::runtime::json::object(deserializer, "Backups", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Backups {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.backups = o.vec_of("Backup")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Backups {
    const ROOTS: &'static [&'static str] = &["Backups"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backups: xml::elems(el, "Backup")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("Backup")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("Backup")])?.is_some() {
            out.backups.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Backups {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Backup", &self.backups);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Backups {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.backups,
            &crate::runtime::unknown::join(path, "Backup"),
            out,
        );
    }
}
