// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `query`.

#[allow(unused_imports)]
use super::*;

/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/querysvc.html>
///
/// XML root element: `<QuerySvc>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuerySvc {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for QuerySvc {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for QuerySvc {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "QuerySvc", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for QuerySvc {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for QuerySvc {
    const ROOTS: &'static [&'static str] = &["QuerySvc"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &[xml::Child::once("Links")],
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
        while el_.next_child(&[xml::Tag::once("Links")])?.is_some() {
            out.links = Some(el_.wrapped("Link")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for QuerySvc {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for QuerySvc {
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
