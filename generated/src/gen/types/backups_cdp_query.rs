// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `backups`, `cdp`, `query`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /restorePoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id.html>
///
/// XML root element: `<RestorePoint>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestorePoint {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the restore point, for example: Aug 26 2013 7:57AM.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the restore point resource, for example: urn:veeam:RestorePoint:bf0542a7-baea-41fa-baec-12e76043d0e1
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML element `<Id>`; JSON `"Id"`.
    pub id: Option<String>,
    /// XML element `<Date>`; JSON `"Date"`.
    pub date: Option<String>,
    /// XML element `<IsApplicationConsistent>`; JSON `"IsApplicationConsistent"`.
    pub is_application_consistent: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Date and time when the restore point was created.
    ///
    /// XML element `<BackupDateUTC>`; JSON `"BackupDateUTC"`.
    pub backup_date_utc: Option<crate::runtime::DateTime>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RestorePoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Id", &self.id)?;
        o.opt("Date", &self.date)?;
        o.opt("IsApplicationConsistent", &self.is_application_consistent)?;
        o.opt("Links", &self.links)?;
        o.opt("BackupDateUTC", &self.backup_date_utc)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RestorePoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("Id", &["id"]),
            F::new("Date", &["date"]),
            F::new("IsApplicationConsistent", &["isApplicationConsistent"]),
            F::new("Links", &["Link", "links"]),
            F::new("BackupDateUTC", &["backupDateUTC"]),
        ];
        crate::runtime::json::object(deserializer, "RestorePoint", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RestorePoint {
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
                4 => out.id = o.lenient()?,
                5 => out.date = o.lenient()?,
                6 => out.is_application_consistent = o.lenient()?,
                7 => out.links = o.list_of("Link")?,
                8 => out.backup_date_utc = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RestorePoint {
    const ROOTS: &'static [&'static str] = &["RestorePoint"];
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
            id: xml::elem_text(el, "Id")?,
            date: xml::elem_text(el, "Date")?,
            is_application_consistent: xml::elem_text(el, "IsApplicationConsistent")?,
            links: xml::wrapped(el, "Links", "Link")?,
            backup_date_utc: xml::elem_text(el, "BackupDateUTC")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once_text::<String>("Id"),
                    xml::Child::once_text::<String>("Date"),
                    xml::Child::once_text::<String>("IsApplicationConsistent"),
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::DateTime>("BackupDateUTC"),
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
            xml::Tag::once("Id"),
            xml::Tag::once("Date"),
            xml::Tag::once("IsApplicationConsistent"),
            xml::Tag::once("Links"),
            xml::Tag::once("BackupDateUTC"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.id = el_.text()?,
                1 => out.date = el_.text()?,
                2 => out.is_application_consistent = el_.text()?,
                3 => out.links = Some(el_.wrapped("Link")?),
                4 => out.backup_date_utc = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RestorePoint {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.elem_text("Id", &self.id);
        w.elem_text("Date", &self.date);
        w.elem_text("IsApplicationConsistent", &self.is_application_consistent);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("BackupDateUTC", &self.backup_date_utc);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RestorePoint {
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
