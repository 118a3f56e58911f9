// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `backups`, `cdp`, `query`.
#[allow(unused_imports)]
use super::*;
/// Used by GET /restorePoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id.html>
///
/// XML root element: `<RestorePoint>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RestorePoint {
    /// XML attribute `Type`; JSON `"Type"`.
    #[serde(
        rename = "Type",
        alias = "type",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    #[serde(
        rename = "Href",
        alias = "href",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub href: Option<crate::runtime::Url>,
    /// Name of the restore point, for example: Aug 26 2013 7:57AM.
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
    /// UID of the restore point resource, for example: urn:veeam:RestorePoint:bf0542a7-baea-41fa-baec-12e76043d0e1
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
    /// XML element `<Id>`; JSON `"Id"`.
    #[serde(
        rename = "Id",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// XML element `<Date>`; JSON `"Date"`.
    #[serde(
        rename = "Date",
        alias = "date",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub date: Option<String>,
    /// XML element `<IsApplicationConsistent>`; JSON `"IsApplicationConsistent"`.
    #[serde(
        rename = "IsApplicationConsistent",
        alias = "isApplicationConsistent",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub is_application_consistent: Option<String>,
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
    /// Date and time when the restore point was created.
    ///
    /// XML element `<BackupDateUTC>`; JSON `"BackupDateUTC"`.
    #[serde(
        rename = "BackupDateUTC",
        alias = "backupDateUTC",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_date_utc: Option<crate::runtime::DateTime>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for RestorePoint {
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
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            backup_date_utc: xml::elem_text(el, "BackupDateUTC")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &["Id", "Date", "IsApplicationConsistent", "Links", "BackupDateUTC"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for RestorePoint {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.elem_text("Id", &self.id);
        w.elem_text("Date", &self.date);
        w.elem_text("IsApplicationConsistent", &self.is_application_consistent);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("BackupDateUTC", &self.backup_date_utc);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for RestorePoint {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
