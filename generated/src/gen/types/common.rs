// @generated — do not edit; run `cargo xtask codegen`
//! Always compiled.

#[allow(unused_imports)]
use super::*;

/// Used by GET /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicaRpoReportingFailedOptionsType {
    /// Defines whether error notifications are enabled.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Time interval in seconds before Veeam Backup & Replication sends a notification with an error if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    pub rpo_threshold_seconds: Option<i64>,
    /// Time interval in minutes before Veeam Backup & Replication sends a notification with an error if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    pub rpo_threshold_minutes: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicaRpoReportingFailedOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("RPOThresholdSeconds", &self.rpo_threshold_seconds)?;
        o.opt("RPOThresholdMinutes", &self.rpo_threshold_minutes)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicaRpoReportingFailedOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new(
                "RPOThresholdSeconds",
                &["rPOThresholdSeconds", "rpoThresholdSeconds"],
            ),
            F::new(
                "RPOThresholdMinutes",
                &["rPOThresholdMinutes", "rpoThresholdMinutes"],
            ),
        ];
        crate::runtime::json::object(
            deserializer,
            "CDPReplicaRPOReportingFailedOptionsType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CdpReplicaRpoReportingFailedOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.rpo_threshold_seconds = o.lenient()?,
                2 => out.rpo_threshold_minutes = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpReplicaRpoReportingFailedOptionsType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            rpo_threshold_seconds: xml::elem_text(el, "RPOThresholdSeconds")?,
            rpo_threshold_minutes: xml::elem_text(el, "RPOThresholdMinutes")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once_text::<i64>("RPOThresholdSeconds"),
                    xml::Child::once_text::<i64>("RPOThresholdMinutes"),
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
            xml::Tag::once("Enabled"),
            xml::Tag::once("RPOThresholdSeconds"),
            xml::Tag::once("RPOThresholdMinutes"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enabled = el_.text()?,
                1 => out.rpo_threshold_seconds = el_.text()?,
                2 => out.rpo_threshold_minutes = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpReplicaRpoReportingFailedOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicaRpoReportingFailedOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicaRpoReportingWarningOptionsType {
    /// Defines whether warning notifications are enabled.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Time interval in seconds before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    pub rpo_threshold_seconds: Option<i64>,
    /// Time interval in minutes before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    pub rpo_threshold_minutes: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicaRpoReportingWarningOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("RPOThresholdSeconds", &self.rpo_threshold_seconds)?;
        o.opt("RPOThresholdMinutes", &self.rpo_threshold_minutes)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicaRpoReportingWarningOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new(
                "RPOThresholdSeconds",
                &["rPOThresholdSeconds", "rpoThresholdSeconds"],
            ),
            F::new(
                "RPOThresholdMinutes",
                &["rPOThresholdMinutes", "rpoThresholdMinutes"],
            ),
        ];
        crate::runtime::json::object(
            deserializer,
            "CDPReplicaRPOReportingWarningOptionsType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CdpReplicaRpoReportingWarningOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.rpo_threshold_seconds = o.lenient()?,
                2 => out.rpo_threshold_minutes = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpReplicaRpoReportingWarningOptionsType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            rpo_threshold_seconds: xml::elem_text(el, "RPOThresholdSeconds")?,
            rpo_threshold_minutes: xml::elem_text(el, "RPOThresholdMinutes")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once_text::<i64>("RPOThresholdSeconds"),
                    xml::Child::once_text::<i64>("RPOThresholdMinutes"),
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
            xml::Tag::once("Enabled"),
            xml::Tag::once("RPOThresholdSeconds"),
            xml::Tag::once("RPOThresholdMinutes"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enabled = el_.text()?,
                1 => out.rpo_threshold_seconds = el_.text()?,
                2 => out.rpo_threshold_minutes = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpReplicaRpoReportingWarningOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicaRpoReportingWarningOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/catalog_vms_vmname_vmrestorepoints_id.html>
///
/// XML root element: `<CatalogVmRestorePoint>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CatalogVmRestorePoint {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// XML element `<BackupDateUTC>`; JSON `"BackupDateUTC"`.
    pub backup_date_utc: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CatalogVmRestorePoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("BackupDateUTC", &self.backup_date_utc)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CatalogVmRestorePoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("Links", &["Link", "links"]),
            F::new("BackupDateUTC", &["backupDateUTC"]),
        ];
        crate::runtime::json::object(deserializer, "CatalogVmRestorePoint", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CatalogVmRestorePoint {
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
                4 => out.links = o.list()?,
                5 => out.backup_date_utc = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CatalogVmRestorePoint {
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
            links: xml::wrapped(el, "Links", "Link")?,
            backup_date_utc: xml::elem_text(el, "BackupDateUTC")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("BackupDateUTC"),
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
            xml::Tag::once("Links"),
            xml::Tag::once("BackupDateUTC"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.backup_date_utc = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CatalogVmRestorePoint {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("BackupDateUTC", &self.backup_date_utc);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CatalogVmRestorePoint {
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

/// The `Day` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Day {
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// The element's own text, beside its attributes; JSON `"Value"`.
    pub text: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Name", &self.name)?;
        o.opt("Value", &self.text)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Name", &["name"]),
            F::new("Value", &["value", "#text"]),
        ];
        crate::runtime::json::object(deserializer, "Day", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Day {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.name = o.lenient()?,
                1 => out.text = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Day {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::attr(el, "Name")?,
            text: xml::text(el)?,
            unknown: crate::runtime::UnknownMembers::from_xml(el, &["Name"], &[], true),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Name"])?;
            out.name = xml::attr_value(&at_[0])?;
        }
        el_.keep_text();
        while el_.next_child(&[])?.is_some() {}
        out.text = el_.own_text();
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Day {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Name", &self.name);
        w.text(&self.text);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Day {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by DELETE /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteCloudTenantsSpec {
    /// Defines if the backups created for the tenant account will be deleted from the cloud repository. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<includeBackups>`; JSON `"includeBackups"`.
    pub include_backups: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for DeleteCloudTenantsSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("includeBackups", &self.include_backups)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for DeleteCloudTenantsSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("includeBackups", &[])];
        crate::runtime::json::object(deserializer, "DeleteCloudTenantsSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for DeleteCloudTenantsSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.include_backups = o.lenient()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for DeleteCloudTenantsSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            include_backups: xml::elem_text(el, "includeBackups")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<bool>("includeBackups")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("includeBackups")])?.is_some() {
            out.include_backups = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for DeleteCloudTenantsSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("includeBackups", &self.include_backups);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for DeleteCloudTenantsSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<FSFileExcludeOptions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FsFileExcludeOptionsType {
    /// Guest OS file exclusion mode. Possible values:
    ///
    /// - `1`
    /// - `2`
    ///
    /// XML element `<BackupScope>`; JSON `"BackupScope"`.
    pub backup_scope: Option<super::enums::FsFileExcludeOptionsTypeBackupScope>,
    /// List of files and folders that must be included in the backup. This parameter should be specified if the 1 value is passed in the BackupScope parameter.
    ///
    /// repeated XML element `<IncludeList>`; JSON `"IncludeLists": […]`.
    pub include_lists: crate::runtime::List<String>,
    /// List of files and folders that must be excluded from the backup. This parameter should be specified if the 2 value is passed in the BackupScope parameter.
    ///
    /// XML `<ExcludeList><Path/>…</ExcludeList>`; JSON `"ExcludeLists": […]`.
    pub exclude_list: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FsFileExcludeOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("BackupScope", &self.backup_scope)?;
        o.elems("IncludeLists", &self.include_lists)?;
        o.opt("ExcludeLists", &self.exclude_list)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FsFileExcludeOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("BackupScope", &["backupScope"]),
            F::new("IncludeLists", &["IncludeList", "includeLists"]),
            F::new("ExcludeLists", &["ExcludeList", "Path", "excludeLists"]),
        ];
        crate::runtime::json::object(deserializer, "FSFileExcludeOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FsFileExcludeOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.backup_scope = o.value()?,
                1 => out.include_lists = o.vec()?,
                2 => out.exclude_list = o.list()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FsFileExcludeOptionsType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_scope: xml::elem_text(el, "BackupScope")?,
            include_lists: xml::elems_text(el, "IncludeList")?.into(),
            exclude_list: xml::wrapped_text(el, "ExcludeList", "Path")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<
                        super::enums::FsFileExcludeOptionsTypeBackupScope,
                    >("BackupScope"),
                    xml::Child::many_text::<String>("IncludeList"),
                    xml::Child::once("ExcludeList"),
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
            xml::Tag::once("BackupScope"),
            xml::Tag::many("IncludeList"),
            xml::Tag::once("ExcludeList"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.backup_scope = el_.text()?,
                1 => {
                    if let Some(v) = el_.text()? {
                        out.include_lists.push(v)
                    }
                }
                2 => out.exclude_list = Some(el_.wrapped_text("Path")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FsFileExcludeOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("BackupScope", &self.backup_scope);
        w.elems_text("IncludeList", &self.include_lists);
        w.wrapped_text("ExcludeList", "Path", self.exclude_list.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FsFileExcludeOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /query?type=ObjectInAgentBackupJob.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetQueryObjectInAgentBackupJobSpec {
    /// ID of the protected computer or protection group, for example: e310aa12-eff2-41f4-97c8-631b677fc17f.
    ///
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    pub object_in_job_id: Option<String>,
    /// Name of the protected computer or protection group, for example: DC-SRV.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// Display name of the protected computer or protection group, for example: DC-SRV.
    ///
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    pub display_name: Option<String>,
    /// Options for application-aware image processing. For details, see Guest Processing Options.
    ///
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    pub guest_processing_options: Option<GuestProcessingOptionsType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for GetQueryObjectInAgentBackupJobSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ObjectInJobId", &self.object_in_job_id)?;
        o.opt("Name", &self.name)?;
        o.opt("DisplayName", &self.display_name)?;
        o.opt("GuestProcessingOptions", &self.guest_processing_options)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for GetQueryObjectInAgentBackupJobSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ObjectInJobId", &["objectInJobId"]),
            F::new("Name", &["name"]),
            F::new("DisplayName", &["displayName"]),
            F::new("GuestProcessingOptions", &["guestProcessingOptions"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "GetQueryObjectInAgentBackupJobSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for GetQueryObjectInAgentBackupJobSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.object_in_job_id = o.lenient()?,
                1 => out.name = o.lenient()?,
                2 => out.display_name = o.lenient()?,
                3 => out.guest_processing_options = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for GetQueryObjectInAgentBackupJobSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            name: xml::elem_text(el, "Name")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("ObjectInJobId"),
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("DisplayName"),
                    xml::Child::once("GuestProcessingOptions"),
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
            xml::Tag::once("ObjectInJobId"),
            xml::Tag::once("Name"),
            xml::Tag::once("DisplayName"),
            xml::Tag::once("GuestProcessingOptions"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.object_in_job_id = el_.text()?,
                1 => out.name = el_.text()?,
                2 => out.display_name = el_.text()?,
                3 => out.guest_processing_options = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for GetQueryObjectInAgentBackupJobSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("Name", &self.name);
        w.elem_text("DisplayName", &self.display_name);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for GetQueryObjectInAgentBackupJobSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.guest_processing_options,
            &crate::runtime::unknown::join(path, "GuestProcessingOptions"),
            out,
        );
    }
}

/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /cdpPolicies/{ID}/includes, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GuestProcessingOptionsType {
    /// Application-aware processing options. For details, see Application-Aware Processing Options.
    ///
    /// XML element `<VssSnapshotOptions>`; JSON `"VssSnapshotOptions"`.
    pub vss_snapshot_options: Option<VssSnapshotOptionsType>,
    /// Options for Microsoft Windows OS file indexing. For details, see File Indexing Options.
    ///
    /// XML element `<WindowsGuestFSIndexingOptions>`; JSON `"WindowsGuestFSIndexingOptions"`.
    pub windows_guest_fs_indexing_options: Option<WindowsGuestFsIndexingOptionsType>,
    /// Options for Linux OS file indexing. For details, see File Indexing Options.
    ///
    /// XML element `<LinuxGuestFSIndexingOptions>`; JSON `"LinuxGuestFSIndexingOptions"`.
    pub linux_guest_fs_indexing_options: Option<LinuxGuestFsIndexingOptions>,
    /// Options for Microsoft SQL and Oracle database transaction logs backup. For details, see SQL Backup Options.
    ///
    /// XML element `<SqlBackupOptions>`; JSON `"SqlBackupOptions"`.
    pub sql_backup_options: Option<SqlBackupOptionsType>,
    /// ID of guest OS credentials for starting the indexing runtime process in Microsoft Windows OS.
    ///
    /// XML element `<WindowsCredentialsId>`; JSON `"WindowsCredentialsId"`.
    pub windows_credentials_id: Option<String>,
    /// ID of guest OS credentials for starting the indexing runtime process in Linux OS.
    ///
    /// XML element `<LinuxCredentialsId>`; JSON `"LinuxCredentialsId"`.
    pub linux_credentials_id: Option<String>,
    /// File exclusion options. For details, see File Exclusion Options.
    ///
    /// XML element `<FSFileExcludeOptions>`; JSON `"FsFileExcludeOptions"`.
    pub fs_file_exclude_options: Option<FsFileExcludeOptionsType>,
    /// Options for Oracle database backup. For details, see Oracle Backup Options.
    ///
    /// XML element `<OracleBackupOptions>`; JSON `"OracleBackupOptions"`.
    pub oracle_backup_options: Option<OracleBackupOptionsType>,
    /// XML element `<AppAwareProcessingMode>`; JSON `"AppAwareProcessingMode"`.
    pub app_aware_processing_mode: Option<String>,
    /// XML element `<FileSystemIndexingMode>`; JSON `"FileSystemIndexingMode"`.
    pub file_system_indexing_mode: Option<String>,
    /// repeated XML element `<IncludedIndexingFolders>`; JSON `"IncludedIndexingFolders": […]`.
    pub included_indexing_folders: crate::runtime::List<String>,
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": […]`.
    pub excluded_indexing_folders: Option<crate::runtime::List<String>>,
    /// XML element `<CredentialsId>`; JSON `"CredentialsId"`.
    pub credentials_id: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for GuestProcessingOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VssSnapshotOptions", &self.vss_snapshot_options)?;
        o.opt("WindowsGuestFSIndexingOptions", &self.windows_guest_fs_indexing_options)?;
        o.opt("LinuxGuestFSIndexingOptions", &self.linux_guest_fs_indexing_options)?;
        o.opt("SqlBackupOptions", &self.sql_backup_options)?;
        o.opt("WindowsCredentialsId", &self.windows_credentials_id)?;
        o.opt("LinuxCredentialsId", &self.linux_credentials_id)?;
        o.opt("FsFileExcludeOptions", &self.fs_file_exclude_options)?;
        o.opt("OracleBackupOptions", &self.oracle_backup_options)?;
        o.opt("AppAwareProcessingMode", &self.app_aware_processing_mode)?;
        o.opt("FileSystemIndexingMode", &self.file_system_indexing_mode)?;
        o.elems("IncludedIndexingFolders", &self.included_indexing_folders)?;
        o.opt("ExcludedIndexingFolders", &self.excluded_indexing_folders)?;
        o.opt("CredentialsId", &self.credentials_id)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for GuestProcessingOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VssSnapshotOptions", &["vssSnapshotOptions"]),
            F::new("WindowsGuestFSIndexingOptions", &["windowsGuestFSIndexingOptions"]),
            F::new("LinuxGuestFSIndexingOptions", &["linuxGuestFSIndexingOptions"]),
            F::new("SqlBackupOptions", &["sqlBackupOptions"]),
            F::new("WindowsCredentialsId", &["windowsCredentialsId"]),
            F::new("LinuxCredentialsId", &["linuxCredentialsId"]),
            F::new(
                "FsFileExcludeOptions",
                &["FSFileExcludeOptions", "fsFileExcludeOptions"],
            ),
            F::new("OracleBackupOptions", &["oracleBackupOptions"]),
            F::new("AppAwareProcessingMode", &["appAwareProcessingMode"]),
            F::new("FileSystemIndexingMode", &["fileSystemIndexingMode"]),
            F::new("IncludedIndexingFolders", &["includedIndexingFolders"]),
            F::new("ExcludedIndexingFolders", &["Path", "excludedIndexingFolders"]),
            F::new("CredentialsId", &["credentialsId"]),
        ];
        crate::runtime::json::object(deserializer, "GuestProcessingOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for GuestProcessingOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.vss_snapshot_options = o.value()?,
                1 => out.windows_guest_fs_indexing_options = o.value()?,
                2 => out.linux_guest_fs_indexing_options = o.value()?,
                3 => out.sql_backup_options = o.value()?,
                4 => out.windows_credentials_id = o.lenient()?,
                5 => out.linux_credentials_id = o.lenient()?,
                6 => out.fs_file_exclude_options = o.value()?,
                7 => out.oracle_backup_options = o.value()?,
                8 => out.app_aware_processing_mode = o.lenient()?,
                9 => out.file_system_indexing_mode = o.lenient()?,
                10 => out.included_indexing_folders = o.vec()?,
                11 => out.excluded_indexing_folders = o.list()?,
                12 => out.credentials_id = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for GuestProcessingOptionsType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vss_snapshot_options: xml::elem(el, "VssSnapshotOptions")?,
            windows_guest_fs_indexing_options: xml::elem(
                el,
                "WindowsGuestFSIndexingOptions",
            )?,
            linux_guest_fs_indexing_options: xml::elem(
                el,
                "LinuxGuestFSIndexingOptions",
            )?,
            sql_backup_options: xml::elem(el, "SqlBackupOptions")?,
            windows_credentials_id: xml::elem_text(el, "WindowsCredentialsId")?,
            linux_credentials_id: xml::elem_text(el, "LinuxCredentialsId")?,
            fs_file_exclude_options: xml::elem(el, "FSFileExcludeOptions")?,
            oracle_backup_options: xml::elem(el, "OracleBackupOptions")?,
            app_aware_processing_mode: xml::elem_text(el, "AppAwareProcessingMode")?,
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elems_text(el, "IncludedIndexingFolders")?
                .into(),
            excluded_indexing_folders: xml::wrapped_text(
                el,
                "ExcludedIndexingFolders",
                "Path",
            )?,
            credentials_id: xml::elem_text(el, "CredentialsId")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once("VssSnapshotOptions"),
                    xml::Child::once("WindowsGuestFSIndexingOptions"),
                    xml::Child::once("LinuxGuestFSIndexingOptions"),
                    xml::Child::once("SqlBackupOptions"),
                    xml::Child::once_text::<String>("WindowsCredentialsId"),
                    xml::Child::once_text::<String>("LinuxCredentialsId"),
                    xml::Child::once("FSFileExcludeOptions"),
                    xml::Child::once("OracleBackupOptions"),
                    xml::Child::once_text::<String>("AppAwareProcessingMode"),
                    xml::Child::once_text::<String>("FileSystemIndexingMode"),
                    xml::Child::many_text::<String>("IncludedIndexingFolders"),
                    xml::Child::once("ExcludedIndexingFolders"),
                    xml::Child::once_text::<String>("CredentialsId"),
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
            xml::Tag::once("VssSnapshotOptions"),
            xml::Tag::once("WindowsGuestFSIndexingOptions"),
            xml::Tag::once("LinuxGuestFSIndexingOptions"),
            xml::Tag::once("SqlBackupOptions"),
            xml::Tag::once("WindowsCredentialsId"),
            xml::Tag::once("LinuxCredentialsId"),
            xml::Tag::once("FSFileExcludeOptions"),
            xml::Tag::once("OracleBackupOptions"),
            xml::Tag::once("AppAwareProcessingMode"),
            xml::Tag::once("FileSystemIndexingMode"),
            xml::Tag::many("IncludedIndexingFolders"),
            xml::Tag::once("ExcludedIndexingFolders"),
            xml::Tag::once("CredentialsId"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.vss_snapshot_options = Some(el_.elem()?),
                1 => out.windows_guest_fs_indexing_options = Some(el_.elem()?),
                2 => out.linux_guest_fs_indexing_options = Some(el_.elem()?),
                3 => out.sql_backup_options = Some(el_.elem()?),
                4 => out.windows_credentials_id = el_.text()?,
                5 => out.linux_credentials_id = el_.text()?,
                6 => out.fs_file_exclude_options = Some(el_.elem()?),
                7 => out.oracle_backup_options = Some(el_.elem()?),
                8 => out.app_aware_processing_mode = el_.text()?,
                9 => out.file_system_indexing_mode = el_.text()?,
                10 => {
                    if let Some(v) = el_.text()? {
                        out.included_indexing_folders.push(v)
                    }
                }
                11 => out.excluded_indexing_folders = Some(el_.wrapped_text("Path")?),
                12 => out.credentials_id = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for GuestProcessingOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("VssSnapshotOptions", &self.vss_snapshot_options);
        w.elem("WindowsGuestFSIndexingOptions", &self.windows_guest_fs_indexing_options);
        w.elem("LinuxGuestFSIndexingOptions", &self.linux_guest_fs_indexing_options);
        w.elem("SqlBackupOptions", &self.sql_backup_options);
        w.elem_text("WindowsCredentialsId", &self.windows_credentials_id);
        w.elem_text("LinuxCredentialsId", &self.linux_credentials_id);
        w.elem("FSFileExcludeOptions", &self.fs_file_exclude_options);
        w.elem("OracleBackupOptions", &self.oracle_backup_options);
        w.elem_text("AppAwareProcessingMode", &self.app_aware_processing_mode);
        w.elem_text("FileSystemIndexingMode", &self.file_system_indexing_mode);
        w.elems_text("IncludedIndexingFolders", &self.included_indexing_folders);
        w.wrapped_text(
            "ExcludedIndexingFolders",
            "Path",
            self.excluded_indexing_folders.as_ref(),
        );
        w.elem_text("CredentialsId", &self.credentials_id);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for GuestProcessingOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vss_snapshot_options,
            &crate::runtime::unknown::join(path, "VssSnapshotOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.windows_guest_fs_indexing_options,
            &crate::runtime::unknown::join(path, "WindowsGuestFSIndexingOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.linux_guest_fs_indexing_options,
            &crate::runtime::unknown::join(path, "LinuxGuestFSIndexingOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.sql_backup_options,
            &crate::runtime::unknown::join(path, "SqlBackupOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.fs_file_exclude_options,
            &crate::runtime::unknown::join(path, "FSFileExcludeOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.oracle_backup_options,
            &crate::runtime::unknown::join(path, "OracleBackupOptions"),
            out,
        );
    }
}

/// The `Link` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Link {
    /// XML attribute `Rel`; JSON `"Rel"`.
    pub rel: Option<String>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Link {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Rel", &self.rel)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Link {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Rel", &["rel"]),
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
        ];
        crate::runtime::json::object(deserializer, "Link", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Link {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.rel = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.href = o.lenient()?,
                3 => out.name = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Link {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            rel: xml::attr(el, "Rel")?,
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Rel", "Type", "Href", "Name"],
                &[],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Rel", "Type", "Href", "Name"])?;
            out.rel = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
            out.href = xml::attr_value(&at_[2])?;
            out.name = xml::attr_value(&at_[3])?;
        }
        while el_.next_child(&[])?.is_some() {}
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Link {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Rel", &self.rel);
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Link {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `LinuxGuestFSIndexingOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinuxGuestFsIndexingOptions {
    /// XML element `<FileSystemIndexingMode>`; JSON `"FileSystemIndexingMode"`.
    pub file_system_indexing_mode: Option<String>,
    /// repeated XML element `<IncludedIndexingFolders>`; JSON `"IncludedIndexingFolders": […]`.
    pub included_indexing_folders: crate::runtime::List<String>,
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": […]`.
    pub excluded_indexing_folders: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for LinuxGuestFsIndexingOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("FileSystemIndexingMode", &self.file_system_indexing_mode)?;
        o.elems("IncludedIndexingFolders", &self.included_indexing_folders)?;
        o.opt("ExcludedIndexingFolders", &self.excluded_indexing_folders)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for LinuxGuestFsIndexingOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("FileSystemIndexingMode", &["fileSystemIndexingMode"]),
            F::new("IncludedIndexingFolders", &["includedIndexingFolders"]),
            F::new("ExcludedIndexingFolders", &["Path", "excludedIndexingFolders"]),
        ];
        crate::runtime::json::object(deserializer, "LinuxGuestFSIndexingOptions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for LinuxGuestFsIndexingOptions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.file_system_indexing_mode = o.lenient()?,
                1 => out.included_indexing_folders = o.vec()?,
                2 => out.excluded_indexing_folders = o.list()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for LinuxGuestFsIndexingOptions {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elems_text(el, "IncludedIndexingFolders")?
                .into(),
            excluded_indexing_folders: xml::wrapped_text(
                el,
                "ExcludedIndexingFolders",
                "Path",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("FileSystemIndexingMode"),
                    xml::Child::many_text::<String>("IncludedIndexingFolders"),
                    xml::Child::once("ExcludedIndexingFolders"),
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
            xml::Tag::once("FileSystemIndexingMode"),
            xml::Tag::many("IncludedIndexingFolders"),
            xml::Tag::once("ExcludedIndexingFolders"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.file_system_indexing_mode = el_.text()?,
                1 => {
                    if let Some(v) = el_.text()? {
                        out.included_indexing_folders.push(v)
                    }
                }
                2 => out.excluded_indexing_folders = Some(el_.wrapped_text("Path")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for LinuxGuestFsIndexingOptions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("FileSystemIndexingMode", &self.file_system_indexing_mode);
        w.elems_text("IncludedIndexingFolders", &self.included_indexing_folders);
        w.wrapped_text(
            "ExcludedIndexingFolders",
            "Path",
            self.excluded_indexing_folders.as_ref(),
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for LinuxGuestFsIndexingOptions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cdpPolicies/{ID}, PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
///
/// XML root element: `<LongTermRetentionSchedule>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LongTermRetentionScheduleType {
    /// Defines whether long-term retention schedule options are specified for the job.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Defines an hourly scheme when the CDP policy must create application-consistent and when crash-consistent long-term restore points. The scheduling scheme is constructed by the following pattern: &lt;Day Name ="Sunday"&gt; 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1&lt;/Day&gt; where 1 means the CDP policy must create crash-consistent long-term restore points, 2 means the CDP policy must create application-consistent long-term restore points.
    ///
    /// XML element `<Schedule>`; JSON `"Schedule"`.
    pub schedule: Option<String>,
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Day": […]}`.
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for LongTermRetentionScheduleType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("Schedule", &self.schedule)?;
        o.documented("TimePeriods", "Day", &self.time_periods)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for LongTermRetentionScheduleType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Schedule", &["schedule"]),
            F::new("TimePeriods", &["Day", "timePeriods"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "LongTermRetentionScheduleType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for LongTermRetentionScheduleType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.schedule = o.lenient()?,
                2 => out.time_periods = o.list()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for LongTermRetentionScheduleType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            schedule: xml::elem_text(el, "Schedule")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[
                    xml::Child::once_text::<String>("Schedule"),
                    xml::Child::once("TimePeriods"),
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
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Schedule"),
            xml::Tag::once("TimePeriods"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.schedule = el_.text()?,
                1 => out.time_periods = Some(el_.wrapped("Day")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for LongTermRetentionScheduleType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Schedule", &self.schedule);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for LongTermRetentionScheduleType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.time_periods,
            &crate::runtime::unknown::join(path, "TimePeriods"),
            out,
        );
    }
}

/// Used by GET /cloud/tenants/{ID}/computeResources/{ID}, GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManualIpAddressSettingsInfoType {
    /// IP address for the network extension appliance.
    ///
    /// XML element `<IpAddress>`; JSON `"IpAddress"`.
    pub ip_address: Option<String>,
    /// Subnet mask for the network extension appliance.
    ///
    /// XML element `<SubnetMask>`; JSON `"SubnetMask"`.
    pub subnet_mask: Option<String>,
    /// Default gateway for the network extension appliance.
    ///
    /// XML element `<DefaultGateway>`; JSON `"DefaultGateway"`.
    pub default_gateway: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ManualIpAddressSettingsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("IpAddress", &self.ip_address)?;
        o.opt("SubnetMask", &self.subnet_mask)?;
        o.opt("DefaultGateway", &self.default_gateway)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ManualIpAddressSettingsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("IpAddress", &["ipAddress"]),
            F::new("SubnetMask", &["subnetMask"]),
            F::new("DefaultGateway", &["defaultGateway"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "ManualIpAddressSettingsInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for ManualIpAddressSettingsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.ip_address = o.lenient()?,
                1 => out.subnet_mask = o.lenient()?,
                2 => out.default_gateway = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ManualIpAddressSettingsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            ip_address: xml::elem_text(el, "IpAddress")?,
            subnet_mask: xml::elem_text(el, "SubnetMask")?,
            default_gateway: xml::elem_text(el, "DefaultGateway")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("IpAddress"),
                    xml::Child::once_text::<String>("SubnetMask"),
                    xml::Child::once_text::<String>("DefaultGateway"),
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
            xml::Tag::once("IpAddress"),
            xml::Tag::once("SubnetMask"),
            xml::Tag::once("DefaultGateway"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.ip_address = el_.text()?,
                1 => out.subnet_mask = el_.text()?,
                2 => out.default_gateway = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ManualIpAddressSettingsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("SubnetMask", &self.subnet_mask);
        w.elem_text("DefaultGateway", &self.default_gateway);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ManualIpAddressSettingsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NasServerAdvancedOptionsInfoType {
    /// Processing mode that defines if Veeam Backup & Replication uses snapshots for backups.
    ///
    /// XML element `<ProcessingMode>`; JSON `"ProcessingMode"`.
    pub processing_mode: Option<String>,
    /// Path to the folder on the file share where the file share snapshot is saved.
    ///
    /// XML element `<StorageSnapshotPath>`; JSON `"StorageSnapshotPath"`.
    pub storage_snapshot_path: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NasServerAdvancedOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ProcessingMode", &self.processing_mode)?;
        o.opt("StorageSnapshotPath", &self.storage_snapshot_path)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NasServerAdvancedOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ProcessingMode", &["processingMode"]),
            F::new("StorageSnapshotPath", &["storageSnapshotPath"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "NASServerAdvancedOptionsInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for NasServerAdvancedOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.processing_mode = o.lenient()?,
                1 => out.storage_snapshot_path = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for NasServerAdvancedOptionsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            processing_mode: xml::elem_text(el, "ProcessingMode")?,
            storage_snapshot_path: xml::elem_text(el, "StorageSnapshotPath")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("ProcessingMode"),
                    xml::Child::once_text::<String>("StorageSnapshotPath"),
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
            xml::Tag::once("ProcessingMode"),
            xml::Tag::once("StorageSnapshotPath"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.processing_mode = el_.text()?,
                1 => out.storage_snapshot_path = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for NasServerAdvancedOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ProcessingMode", &self.processing_mode);
        w.elem_text("StorageSnapshotPath", &self.storage_snapshot_path);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NasServerAdvancedOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /cloud/tenants, POST /cloud/tenants/{ID}/computeResources, POST /cloud/tenants/{ID}/vCloudComputeResources, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloud_tenants_id_vcloudcomputeresources.html>
///
/// XML root element: `<NetworkAppliance>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkAppliance {
    /// IP address for the network extension appliance.
    ///
    /// XML element `<IpAddress>`; JSON `"IpAddress"`.
    pub ip_address: Option<String>,
    /// Subnet mask for the network extension appliance.
    ///
    /// XML element `<SubnetMask>`; JSON `"SubnetMask"`.
    pub subnet_mask: Option<String>,
    /// Default gateway for the network extension appliance.
    ///
    /// XML element `<DefaultGateway>`; JSON `"DefaultGateway"`.
    pub default_gateway: Option<String>,
    /// Name for the network extension appliance.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// Network label that identifies the port group to which you want to connect the network extension appliance. The port group is configured on the virtual switch in the SP virtualization environment and provides networking for the Veeam Cloud Connect infrastructure.
    ///
    /// XML element `<ProductionNetwork>`; JSON `"ProductionNetwork"`.
    pub production_network: Option<String>,
    /// Defines whether network settings must be configured automatically for the network extension appliance. Possible values:
    ///
    /// - `True`
    /// - False If you set this option to False, you must pass network settings for the network extension appliance in the ManualIPAdressSettings section of the request body. For details, see Manual Ip Addressing Options.
    ///
    /// XML element `<ObtainIPAddressAutomatically>`; JSON `"ObtainIPAddressAutomatically"`.
    pub obtain_ip_address_automatically: Option<bool>,
    /// UID of the Distributed Virtual Switch on which the port group specified in the ProductionNetwork field is configured.
    ///
    /// XML element `<ViDistributedSwitchUuid>`; JSON `"ViDistributedSwitchUuid"`.
    pub vi_distributed_switch_uuid: Option<String>,
    /// Defines whether the port group to which the network extension appliance must be connected is configured on a Distributed Virtual Switch. Possible values:
    ///
    /// - `True`
    /// - False If you set this option to True, you must pass ID of the Distributed Virtual Switch in the ViDistributedSwitch field.
    ///
    /// XML element `<ProductionNetworkUnderDvs>`; JSON `"ProductionNetworkUnderDvs"`.
    pub production_network_under_dvs: Option<bool>,
    /// XML element `<ManualIpAddressSettingsInfoType>`; JSON `"ManualIpAddressSettingsInfoType"`.
    pub manual_ip_address_settings_info_type: Option<ManualIpAddressSettingsInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NetworkAppliance {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("IpAddress", &self.ip_address)?;
        o.opt("SubnetMask", &self.subnet_mask)?;
        o.opt("DefaultGateway", &self.default_gateway)?;
        o.opt("Name", &self.name)?;
        o.opt("ProductionNetwork", &self.production_network)?;
        o.opt("ObtainIPAddressAutomatically", &self.obtain_ip_address_automatically)?;
        o.opt("ViDistributedSwitchUuid", &self.vi_distributed_switch_uuid)?;
        o.opt("ProductionNetworkUnderDvs", &self.production_network_under_dvs)?;
        o.opt(
            "ManualIpAddressSettingsInfoType",
            &self.manual_ip_address_settings_info_type,
        )?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NetworkAppliance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("IpAddress", &["ipAddress"]),
            F::new("SubnetMask", &["subnetMask"]),
            F::new("DefaultGateway", &["defaultGateway"]),
            F::new("Name", &["name"]),
            F::new("ProductionNetwork", &["productionNetwork"]),
            F::new("ObtainIPAddressAutomatically", &["obtainIPAddressAutomatically"]),
            F::new("ViDistributedSwitchUuid", &["viDistributedSwitchUuid"]),
            F::new("ProductionNetworkUnderDvs", &["productionNetworkUnderDvs"]),
            F::new(
                "ManualIpAddressSettingsInfoType",
                &["manualIpAddressSettingsInfoType"],
            ),
        ];
        crate::runtime::json::object(deserializer, "NetworkAppliance", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for NetworkAppliance {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.ip_address = o.lenient()?,
                1 => out.subnet_mask = o.lenient()?,
                2 => out.default_gateway = o.lenient()?,
                3 => out.name = o.lenient()?,
                4 => out.production_network = o.lenient()?,
                5 => out.obtain_ip_address_automatically = o.lenient()?,
                6 => out.vi_distributed_switch_uuid = o.lenient()?,
                7 => out.production_network_under_dvs = o.lenient()?,
                8 => out.manual_ip_address_settings_info_type = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for NetworkAppliance {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            ip_address: xml::elem_text(el, "IpAddress")?,
            subnet_mask: xml::elem_text(el, "SubnetMask")?,
            default_gateway: xml::elem_text(el, "DefaultGateway")?,
            name: xml::elem_text(el, "Name")?,
            production_network: xml::elem_text(el, "ProductionNetwork")?,
            obtain_ip_address_automatically: xml::elem_text(
                el,
                "ObtainIPAddressAutomatically",
            )?,
            vi_distributed_switch_uuid: xml::elem_text(el, "ViDistributedSwitchUuid")?,
            production_network_under_dvs: xml::elem_text(
                el,
                "ProductionNetworkUnderDvs",
            )?,
            manual_ip_address_settings_info_type: xml::elem(
                el,
                "ManualIpAddressSettingsInfoType",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("IpAddress"),
                    xml::Child::once_text::<String>("SubnetMask"),
                    xml::Child::once_text::<String>("DefaultGateway"),
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("ProductionNetwork"),
                    xml::Child::once_text::<bool>("ObtainIPAddressAutomatically"),
                    xml::Child::once_text::<String>("ViDistributedSwitchUuid"),
                    xml::Child::once_text::<bool>("ProductionNetworkUnderDvs"),
                    xml::Child::once("ManualIpAddressSettingsInfoType"),
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
            xml::Tag::once("IpAddress"),
            xml::Tag::once("SubnetMask"),
            xml::Tag::once("DefaultGateway"),
            xml::Tag::once("Name"),
            xml::Tag::once("ProductionNetwork"),
            xml::Tag::once("ObtainIPAddressAutomatically"),
            xml::Tag::once("ViDistributedSwitchUuid"),
            xml::Tag::once("ProductionNetworkUnderDvs"),
            xml::Tag::once("ManualIpAddressSettingsInfoType"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.ip_address = el_.text()?,
                1 => out.subnet_mask = el_.text()?,
                2 => out.default_gateway = el_.text()?,
                3 => out.name = el_.text()?,
                4 => out.production_network = el_.text()?,
                5 => out.obtain_ip_address_automatically = el_.text()?,
                6 => out.vi_distributed_switch_uuid = el_.text()?,
                7 => out.production_network_under_dvs = el_.text()?,
                8 => out.manual_ip_address_settings_info_type = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for NetworkAppliance {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("SubnetMask", &self.subnet_mask);
        w.elem_text("DefaultGateway", &self.default_gateway);
        w.elem_text("Name", &self.name);
        w.elem_text("ProductionNetwork", &self.production_network);
        w.elem_text(
            "ObtainIPAddressAutomatically",
            &self.obtain_ip_address_automatically,
        );
        w.elem_text("ViDistributedSwitchUuid", &self.vi_distributed_switch_uuid);
        w.elem_text("ProductionNetworkUnderDvs", &self.production_network_under_dvs);
        w.elem(
            "ManualIpAddressSettingsInfoType",
            &self.manual_ip_address_settings_info_type,
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NetworkAppliance {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.manual_ip_address_settings_info_type,
            &crate::runtime::unknown::join(path, "ManualIpAddressSettingsInfoType"),
            out,
        );
    }
}

/// Used by GET /cloud/tenants/{ID}, GET /cloud/tenants/{ID}/computeResources/{ID}, GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}, POST /cloud/tenants, POST /cloud/tenants/{ID}/vCloudComputeResources, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html>
///
/// XML root element: `<NetworkAppliance>`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkApplianceInfoType {
    /// Name for the network extension appliance.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: String,
    /// Network label that identifies the port group to which the network extension appliance is connected. The port group is configured on the virtual switch in the SP virtualization environment and provides networking for the Veeam Cloud Connect infrastructure.
    ///
    /// XML element `<ProductionNetwork>`; JSON `"ProductionNetwork"`.
    pub production_network: String,
    /// Defines whether network settings must be configured automatically for the network extension appliance. Possible values:
    ///
    /// - `True`
    /// - False If you set this option to False, you must pass network settings for the network extension appliance in the ManualIPAdressSettings section of the request body. For details, see Manual Ip Addressing Options.
    ///
    /// XML element `<ObtainIPAddressAutomatically>`; JSON `"ObtainIPAddressAutomatically"`.
    pub obtain_ip_address_automatically: bool,
    /// Network settings for the network extension appliance. For details, see Manual Ip Addressing Options.
    ///
    /// XML element `<ManualIpAddressSettingsInfoType>`; JSON `"ManualIpAddressSettingsInfoType"`.
    pub manual_ip_address_settings_info_type: Option<ManualIpAddressSettingsInfoType>,
    /// UID of the Distributed Virtual Switch on which the port group specified in the ProductionNetwork field is configured.
    ///
    /// XML element `<ViDistributedSwitchUuid>`; JSON `"ViDistributedSwitchUuid"`.
    pub vi_distributed_switch_uuid: Option<String>,
    /// Defines whether the port group to which the network extension appliance must be connected is configured on a Distributed Virtual Switch. Possible values:
    ///
    /// - `True`
    /// - False If you set this option to True, you must pass ID of the Distributed Virtual Switch in the ViDistributedSwitch element.
    ///
    /// XML element `<ProductionNetworkUnderDvs>`; JSON `"ProductionNetworkUnderDvs"`.
    pub production_network_under_dvs: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NetworkApplianceInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("Name", &self.name)?;
        o.req("ProductionNetwork", &self.production_network)?;
        o.req("ObtainIPAddressAutomatically", &self.obtain_ip_address_automatically)?;
        o.opt(
            "ManualIpAddressSettingsInfoType",
            &self.manual_ip_address_settings_info_type,
        )?;
        o.opt("ViDistributedSwitchUuid", &self.vi_distributed_switch_uuid)?;
        o.opt("ProductionNetworkUnderDvs", &self.production_network_under_dvs)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NetworkApplianceInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Name", &["name"]),
            F::new("ProductionNetwork", &["productionNetwork"]),
            F::new("ObtainIPAddressAutomatically", &["obtainIPAddressAutomatically"]),
            F::new(
                "ManualIpAddressSettingsInfoType",
                &["manualIpAddressSettingsInfoType"],
            ),
            F::new("ViDistributedSwitchUuid", &["viDistributedSwitchUuid"]),
            F::new("ProductionNetworkUnderDvs", &["productionNetworkUnderDvs"]),
        ];
        crate::runtime::json::object(deserializer, "NetworkApplianceInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for NetworkApplianceInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = Default::default();
        let mut production_network = Default::default();
        let mut obtain_ip_address_automatically = Default::default();
        let mut manual_ip_address_settings_info_type = Default::default();
        let mut vi_distributed_switch_uuid = Default::default();
        let mut production_network_under_dvs = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => name = Some(o.lenient_req()?),
                1 => production_network = Some(o.lenient_req()?),
                2 => obtain_ip_address_automatically = Some(o.lenient_req()?),
                3 => manual_ip_address_settings_info_type = o.value()?,
                4 => vi_distributed_switch_uuid = o.lenient()?,
                5 => production_network_under_dvs = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            name: o.required(name, 0)?,
            production_network: o.required(production_network, 1)?,
            obtain_ip_address_automatically: o
                .required(obtain_ip_address_automatically, 2)?,
            manual_ip_address_settings_info_type,
            vi_distributed_switch_uuid,
            production_network_under_dvs,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for NetworkApplianceInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            production_network: xml::elem_text(el, "ProductionNetwork")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "ProductionNetwork",
                ))?,
            obtain_ip_address_automatically: xml::elem_text(
                    el,
                    "ObtainIPAddressAutomatically",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "ObtainIPAddressAutomatically",
                ))?,
            manual_ip_address_settings_info_type: xml::elem(
                el,
                "ManualIpAddressSettingsInfoType",
            )?,
            vi_distributed_switch_uuid: xml::elem_text(el, "ViDistributedSwitchUuid")?,
            production_network_under_dvs: xml::elem_text(
                el,
                "ProductionNetworkUnderDvs",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("ProductionNetwork"),
                    xml::Child::once_text::<bool>("ObtainIPAddressAutomatically"),
                    xml::Child::once("ManualIpAddressSettingsInfoType"),
                    xml::Child::once_text::<String>("ViDistributedSwitchUuid"),
                    xml::Child::once_text::<bool>("ProductionNetworkUnderDvs"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut name = None;
        let mut production_network = None;
        let mut obtain_ip_address_automatically = None;
        let mut manual_ip_address_settings_info_type = None;
        let mut vi_distributed_switch_uuid = None;
        let mut production_network_under_dvs = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Name"),
            xml::Tag::once("ProductionNetwork"),
            xml::Tag::once("ObtainIPAddressAutomatically"),
            xml::Tag::once("ManualIpAddressSettingsInfoType"),
            xml::Tag::once("ViDistributedSwitchUuid"),
            xml::Tag::once("ProductionNetworkUnderDvs"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => name = el_.text()?,
                1 => production_network = el_.text()?,
                2 => obtain_ip_address_automatically = el_.text()?,
                3 => manual_ip_address_settings_info_type = Some(el_.elem()?),
                4 => vi_distributed_switch_uuid = el_.text()?,
                5 => production_network_under_dvs = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            name: name?,
            production_network: production_network?,
            obtain_ip_address_automatically: obtain_ip_address_automatically?,
            manual_ip_address_settings_info_type,
            vi_distributed_switch_uuid,
            production_network_under_dvs,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for NetworkApplianceInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text_req("ProductionNetwork", &self.production_network);
        w.elem_text_req(
            "ObtainIPAddressAutomatically",
            &self.obtain_ip_address_automatically,
        );
        w.elem(
            "ManualIpAddressSettingsInfoType",
            &self.manual_ip_address_settings_info_type,
        );
        w.elem_text("ViDistributedSwitchUuid", &self.vi_distributed_switch_uuid);
        w.elem_text("ProductionNetworkUnderDvs", &self.production_network_under_dvs);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NetworkApplianceInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.manual_ip_address_settings_info_type,
            &crate::runtime::unknown::join(path, "ManualIpAddressSettingsInfoType"),
            out,
        );
    }
}

/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<OracleBackupOptions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OracleBackupOptionsType {
    /// Defines whether transaction logs backup is enabled. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<BackupLogsEnabled>`; JSON `"BackupLogsEnabled"`.
    pub backup_logs_enabled: Option<bool>,
    /// Frequency for transaction logs backup in minutes. This parameter should be specified if the BackupLogsEnabled option is set to True.
    ///
    /// XML element `<BackupLogsFrequencyMin>`; JSON `"BackupLogsFrequencyMin"`.
    pub backup_logs_frequency_min: Option<i64>,
    /// Defines whether retention policy is set for transaction logs backup.
    ///
    /// XML element `<UseDbBackupRetention>`; JSON `"UseDbBackupRetention"`.
    pub use_db_backup_retention: Option<bool>,
    /// Number of days for transaction logs to be kept. This parameter should be specified if the UseDbBackupRetention option is set to True.
    ///
    /// XML element `<RetainDays>`; JSON `"RetainDays"`.
    pub retain_days: Option<i64>,
    /// Archived logs truncation mode. Possible values:
    ///
    /// - `ByAge`
    /// - `BySize`
    ///
    /// XML element `<ArchivedLogsTruncation>`; JSON `"ArchivedLogsTruncation"`.
    pub archived_logs_truncation: Option<
        super::enums::OracleBackupOptionsTypeArchivedLogsTruncation,
    >,
    /// Time period in hours for archived logs to be kept. This parameter should be specified if the ByAge option is passed in the ArchivedLogsTruncation parameter.
    ///
    /// XML element `<ArchivedLogsMaxAgeHours>`; JSON `"ArchivedLogsMaxAgeHours"`.
    pub archived_logs_max_age_hours: Option<i64>,
    /// Maximum size for archived logs in gigabytes. This parameter should be specified if the BySize option is passed in the ArchivedLogsTruncation parameter.
    ///
    /// XML element `<ArchivedLogsMaxSizeMb>`; JSON `"ArchivedLogsMaxSizeMb"`.
    pub archived_logs_max_size_mb: Option<i64>,
    /// Credentials of the account that has SYSDBA rights on the Oracle database. This parameter should be specified if you use separate accounts to access the VM guest OS and to connect to the Oracle database. Otherwise, credentials passed in the WindowsCredentialsId/LinuxCredentialsId parameter will be used.
    ///
    /// XML element `<SysdbaCredsId>`; JSON `"SysdbaCredsId"`.
    pub sysdba_creds_id: Option<String>,
    /// Defines whether automatic log shipping server selection is enabled.
    ///
    /// XML element `<ProxyAutoSelect>`; JSON `"ProxyAutoSelect"`.
    pub proxy_auto_select: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for OracleBackupOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("BackupLogsEnabled", &self.backup_logs_enabled)?;
        o.opt("BackupLogsFrequencyMin", &self.backup_logs_frequency_min)?;
        o.opt("UseDbBackupRetention", &self.use_db_backup_retention)?;
        o.opt("RetainDays", &self.retain_days)?;
        o.opt("ArchivedLogsTruncation", &self.archived_logs_truncation)?;
        o.opt("ArchivedLogsMaxAgeHours", &self.archived_logs_max_age_hours)?;
        o.opt("ArchivedLogsMaxSizeMb", &self.archived_logs_max_size_mb)?;
        o.opt("SysdbaCredsId", &self.sysdba_creds_id)?;
        o.opt("ProxyAutoSelect", &self.proxy_auto_select)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for OracleBackupOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("BackupLogsEnabled", &["backupLogsEnabled"]),
            F::new("BackupLogsFrequencyMin", &["backupLogsFrequencyMin"]),
            F::new("UseDbBackupRetention", &["useDbBackupRetention"]),
            F::new("RetainDays", &["retainDays"]),
            F::new("ArchivedLogsTruncation", &["archivedLogsTruncation"]),
            F::new("ArchivedLogsMaxAgeHours", &["archivedLogsMaxAgeHours"]),
            F::new("ArchivedLogsMaxSizeMb", &["archivedLogsMaxSizeMb"]),
            F::new("SysdbaCredsId", &["sysdbaCredsId"]),
            F::new("ProxyAutoSelect", &["proxyAutoSelect"]),
        ];
        crate::runtime::json::object(deserializer, "OracleBackupOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for OracleBackupOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.backup_logs_enabled = o.lenient()?,
                1 => out.backup_logs_frequency_min = o.lenient()?,
                2 => out.use_db_backup_retention = o.lenient()?,
                3 => out.retain_days = o.lenient()?,
                4 => out.archived_logs_truncation = o.value()?,
                5 => out.archived_logs_max_age_hours = o.lenient()?,
                6 => out.archived_logs_max_size_mb = o.lenient()?,
                7 => out.sysdba_creds_id = o.lenient()?,
                8 => out.proxy_auto_select = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for OracleBackupOptionsType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_logs_enabled: xml::elem_text(el, "BackupLogsEnabled")?,
            backup_logs_frequency_min: xml::elem_text(el, "BackupLogsFrequencyMin")?,
            use_db_backup_retention: xml::elem_text(el, "UseDbBackupRetention")?,
            retain_days: xml::elem_text(el, "RetainDays")?,
            archived_logs_truncation: xml::elem_text(el, "ArchivedLogsTruncation")?,
            archived_logs_max_age_hours: xml::elem_text(el, "ArchivedLogsMaxAgeHours")?,
            archived_logs_max_size_mb: xml::elem_text(el, "ArchivedLogsMaxSizeMb")?,
            sysdba_creds_id: xml::elem_text(el, "SysdbaCredsId")?,
            proxy_auto_select: xml::elem_text(el, "ProxyAutoSelect")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("BackupLogsEnabled"),
                    xml::Child::once_text::<i64>("BackupLogsFrequencyMin"),
                    xml::Child::once_text::<bool>("UseDbBackupRetention"),
                    xml::Child::once_text::<i64>("RetainDays"),
                    xml::Child::once_text::<
                        super::enums::OracleBackupOptionsTypeArchivedLogsTruncation,
                    >("ArchivedLogsTruncation"),
                    xml::Child::once_text::<i64>("ArchivedLogsMaxAgeHours"),
                    xml::Child::once_text::<i64>("ArchivedLogsMaxSizeMb"),
                    xml::Child::once_text::<String>("SysdbaCredsId"),
                    xml::Child::once_text::<bool>("ProxyAutoSelect"),
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
            xml::Tag::once("BackupLogsEnabled"),
            xml::Tag::once("BackupLogsFrequencyMin"),
            xml::Tag::once("UseDbBackupRetention"),
            xml::Tag::once("RetainDays"),
            xml::Tag::once("ArchivedLogsTruncation"),
            xml::Tag::once("ArchivedLogsMaxAgeHours"),
            xml::Tag::once("ArchivedLogsMaxSizeMb"),
            xml::Tag::once("SysdbaCredsId"),
            xml::Tag::once("ProxyAutoSelect"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.backup_logs_enabled = el_.text()?,
                1 => out.backup_logs_frequency_min = el_.text()?,
                2 => out.use_db_backup_retention = el_.text()?,
                3 => out.retain_days = el_.text()?,
                4 => out.archived_logs_truncation = el_.text()?,
                5 => out.archived_logs_max_age_hours = el_.text()?,
                6 => out.archived_logs_max_size_mb = el_.text()?,
                7 => out.sysdba_creds_id = el_.text()?,
                8 => out.proxy_auto_select = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for OracleBackupOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("BackupLogsEnabled", &self.backup_logs_enabled);
        w.elem_text("BackupLogsFrequencyMin", &self.backup_logs_frequency_min);
        w.elem_text("UseDbBackupRetention", &self.use_db_backup_retention);
        w.elem_text("RetainDays", &self.retain_days);
        w.elem_text("ArchivedLogsTruncation", &self.archived_logs_truncation);
        w.elem_text("ArchivedLogsMaxAgeHours", &self.archived_logs_max_age_hours);
        w.elem_text("ArchivedLogsMaxSizeMb", &self.archived_logs_max_size_mb);
        w.elem_text("SysdbaCredsId", &self.sysdba_creds_id);
        w.elem_text("ProxyAutoSelect", &self.proxy_auto_select);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for OracleBackupOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_cdppolicies_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyScheduleOptions {
    /// Recovery point objective in seconds.
    ///
    /// XML element `<RecoveryPointObjectiveSeconds>`; JSON `"RecoveryPointObjectiveSeconds"`.
    pub recovery_point_objective_seconds: Option<i64>,
    /// Recovery point objective in minutes.
    ///
    /// XML element `<RecoveryPointObjectiveMinutes>`; JSON `"RecoveryPointObjectiveMinutes"`.
    pub recovery_point_objective_minutes: Option<i64>,
    /// Time intervals that define when the CDP policy is allowed to create a replicated state of the source VMs. For details, see RPO Schedule Options.
    ///
    /// XML element `<RPOSchedule>`; JSON `"RPOSchedule"`.
    pub rpo_schedule: Option<RpoScheduleType>,
    /// Defines RPO reporting settings. For details, see RPO Reporting Options.
    ///
    /// XML element `<RPOReporting>`; JSON `"RPOReporting"`.
    pub rpo_reporting: Option<RpoReportingType>,
    /// Time period for which short-term restore points must be stored, in minutes.
    ///
    /// XML element `<ShortTermRetentionMinutes>`; JSON `"ShortTermRetentionMinutes"`.
    pub short_term_retention_minutes: Option<i64>,
    /// Time period for which short-term restore points must be stored, in hours.
    ///
    /// XML element `<ShortTermRetentionHours>`; JSON `"ShortTermRetentionHours"`.
    pub short_term_retention_hours: Option<i64>,
    /// Defines how often new long-term restore points must be created, in hours.
    ///
    /// XML element `<LongTermRetentionHours>`; JSON `"LongTermRetentionHours"`.
    pub long_term_retention_hours: Option<i64>,
    /// Defines for how long the long-term restore points must be retained, in days.
    ///
    /// XML element `<LongTermRetentionKeepDays>`; JSON `"LongTermRetentionKeepDays"`.
    pub long_term_retention_keep_days: Option<i64>,
    /// Time intervals that define when the CDP policy must create application-consistent and when crash-consistent long-term restore points. For details, see Long-Term Retention Schedule Options.
    ///
    /// XML element `<LongTermRetentionSchedule>`; JSON `"LongTermRetentionSchedule"`.
    pub long_term_retention_schedule: Option<LongTermRetentionScheduleType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for PolicyScheduleOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("RecoveryPointObjectiveSeconds", &self.recovery_point_objective_seconds)?;
        o.opt("RecoveryPointObjectiveMinutes", &self.recovery_point_objective_minutes)?;
        o.opt("RPOSchedule", &self.rpo_schedule)?;
        o.opt("RPOReporting", &self.rpo_reporting)?;
        o.opt("ShortTermRetentionMinutes", &self.short_term_retention_minutes)?;
        o.opt("ShortTermRetentionHours", &self.short_term_retention_hours)?;
        o.opt("LongTermRetentionHours", &self.long_term_retention_hours)?;
        o.opt("LongTermRetentionKeepDays", &self.long_term_retention_keep_days)?;
        o.opt("LongTermRetentionSchedule", &self.long_term_retention_schedule)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for PolicyScheduleOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("RecoveryPointObjectiveSeconds", &["recoveryPointObjectiveSeconds"]),
            F::new("RecoveryPointObjectiveMinutes", &["recoveryPointObjectiveMinutes"]),
            F::new("RPOSchedule", &["rPOSchedule", "rpoSchedule"]),
            F::new("RPOReporting", &["rPOReporting", "rpoReporting"]),
            F::new("ShortTermRetentionMinutes", &["shortTermRetentionMinutes"]),
            F::new("ShortTermRetentionHours", &["shortTermRetentionHours"]),
            F::new("LongTermRetentionHours", &["longTermRetentionHours"]),
            F::new("LongTermRetentionKeepDays", &["longTermRetentionKeepDays"]),
            F::new("LongTermRetentionSchedule", &["longTermRetentionSchedule"]),
        ];
        crate::runtime::json::object(deserializer, "PolicyScheduleOptions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for PolicyScheduleOptions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.recovery_point_objective_seconds = o.lenient()?,
                1 => out.recovery_point_objective_minutes = o.lenient()?,
                2 => out.rpo_schedule = o.value()?,
                3 => out.rpo_reporting = o.value()?,
                4 => out.short_term_retention_minutes = o.lenient()?,
                5 => out.short_term_retention_hours = o.lenient()?,
                6 => out.long_term_retention_hours = o.lenient()?,
                7 => out.long_term_retention_keep_days = o.lenient()?,
                8 => out.long_term_retention_schedule = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for PolicyScheduleOptions {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            recovery_point_objective_seconds: xml::elem_text(
                el,
                "RecoveryPointObjectiveSeconds",
            )?,
            recovery_point_objective_minutes: xml::elem_text(
                el,
                "RecoveryPointObjectiveMinutes",
            )?,
            rpo_schedule: xml::elem(el, "RPOSchedule")?,
            rpo_reporting: xml::elem(el, "RPOReporting")?,
            short_term_retention_minutes: xml::elem_text(
                el,
                "ShortTermRetentionMinutes",
            )?,
            short_term_retention_hours: xml::elem_text(el, "ShortTermRetentionHours")?,
            long_term_retention_hours: xml::elem_text(el, "LongTermRetentionHours")?,
            long_term_retention_keep_days: xml::elem_text(
                el,
                "LongTermRetentionKeepDays",
            )?,
            long_term_retention_schedule: xml::elem(el, "LongTermRetentionSchedule")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<i64>("RecoveryPointObjectiveSeconds"),
                    xml::Child::once_text::<i64>("RecoveryPointObjectiveMinutes"),
                    xml::Child::once("RPOSchedule"),
                    xml::Child::once("RPOReporting"),
                    xml::Child::once_text::<i64>("ShortTermRetentionMinutes"),
                    xml::Child::once_text::<i64>("ShortTermRetentionHours"),
                    xml::Child::once_text::<i64>("LongTermRetentionHours"),
                    xml::Child::once_text::<i64>("LongTermRetentionKeepDays"),
                    xml::Child::once("LongTermRetentionSchedule"),
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
            xml::Tag::once("RecoveryPointObjectiveSeconds"),
            xml::Tag::once("RecoveryPointObjectiveMinutes"),
            xml::Tag::once("RPOSchedule"),
            xml::Tag::once("RPOReporting"),
            xml::Tag::once("ShortTermRetentionMinutes"),
            xml::Tag::once("ShortTermRetentionHours"),
            xml::Tag::once("LongTermRetentionHours"),
            xml::Tag::once("LongTermRetentionKeepDays"),
            xml::Tag::once("LongTermRetentionSchedule"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.recovery_point_objective_seconds = el_.text()?,
                1 => out.recovery_point_objective_minutes = el_.text()?,
                2 => out.rpo_schedule = Some(el_.elem()?),
                3 => out.rpo_reporting = Some(el_.elem()?),
                4 => out.short_term_retention_minutes = el_.text()?,
                5 => out.short_term_retention_hours = el_.text()?,
                6 => out.long_term_retention_hours = el_.text()?,
                7 => out.long_term_retention_keep_days = el_.text()?,
                8 => out.long_term_retention_schedule = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for PolicyScheduleOptions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text(
            "RecoveryPointObjectiveSeconds",
            &self.recovery_point_objective_seconds,
        );
        w.elem_text(
            "RecoveryPointObjectiveMinutes",
            &self.recovery_point_objective_minutes,
        );
        w.elem("RPOSchedule", &self.rpo_schedule);
        w.elem("RPOReporting", &self.rpo_reporting);
        w.elem_text("ShortTermRetentionMinutes", &self.short_term_retention_minutes);
        w.elem_text("ShortTermRetentionHours", &self.short_term_retention_hours);
        w.elem_text("LongTermRetentionHours", &self.long_term_retention_hours);
        w.elem_text("LongTermRetentionKeepDays", &self.long_term_retention_keep_days);
        w.elem("LongTermRetentionSchedule", &self.long_term_retention_schedule);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for PolicyScheduleOptions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.rpo_schedule,
            &crate::runtime::unknown::join(path, "RPOSchedule"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.rpo_reporting,
            &crate::runtime::unknown::join(path, "RPOReporting"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.long_term_retention_schedule,
            &crate::runtime::unknown::join(path, "LongTermRetentionSchedule"),
            out,
        );
    }
}

/// Used by GET /cdpPolicies/{ID}, PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
///
/// XML root element: `<RPOReporting>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RpoReportingType {
    /// Defines whether RPO reporting options are specified for the job.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Time interval in seconds or minutes before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO. For details, see Warning Settings.
    ///
    /// XML element `<MarkAsWarning>`; JSON `"MarkAsWarning"`.
    pub mark_as_warning: Option<CdpReplicaRpoReportingWarningOptionsType>,
    /// Time interval in seconds or minutes before Veeam Backup & Replication sends a notification with an error if a newly created restore point is not transferred to the target within the set RPO. For details, see Error Settings.
    ///
    /// XML element `<MarkAsFailed>`; JSON `"MarkAsFailed"`.
    pub mark_as_failed: Option<CdpReplicaRpoReportingFailedOptionsType>,
    /// Time interval in seconds before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    pub rpo_threshold_seconds: Option<i64>,
    /// Time interval in minutes before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    pub rpo_threshold_minutes: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RpoReportingType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("MarkAsWarning", &self.mark_as_warning)?;
        o.opt("MarkAsFailed", &self.mark_as_failed)?;
        o.opt("RPOThresholdSeconds", &self.rpo_threshold_seconds)?;
        o.opt("RPOThresholdMinutes", &self.rpo_threshold_minutes)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RpoReportingType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("MarkAsWarning", &["markAsWarning"]),
            F::new("MarkAsFailed", &["markAsFailed"]),
            F::new(
                "RPOThresholdSeconds",
                &["rPOThresholdSeconds", "rpoThresholdSeconds"],
            ),
            F::new(
                "RPOThresholdMinutes",
                &["rPOThresholdMinutes", "rpoThresholdMinutes"],
            ),
        ];
        crate::runtime::json::object(deserializer, "RPOReportingType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RpoReportingType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.mark_as_warning = o.value()?,
                2 => out.mark_as_failed = o.value()?,
                3 => out.rpo_threshold_seconds = o.lenient()?,
                4 => out.rpo_threshold_minutes = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RpoReportingType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            mark_as_warning: xml::elem(el, "MarkAsWarning")?,
            mark_as_failed: xml::elem(el, "MarkAsFailed")?,
            rpo_threshold_seconds: xml::elem_text(el, "RPOThresholdSeconds")?,
            rpo_threshold_minutes: xml::elem_text(el, "RPOThresholdMinutes")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once("MarkAsWarning"),
                    xml::Child::once("MarkAsFailed"),
                    xml::Child::once_text::<i64>("RPOThresholdSeconds"),
                    xml::Child::once_text::<i64>("RPOThresholdMinutes"),
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
            xml::Tag::once("Enabled"),
            xml::Tag::once("MarkAsWarning"),
            xml::Tag::once("MarkAsFailed"),
            xml::Tag::once("RPOThresholdSeconds"),
            xml::Tag::once("RPOThresholdMinutes"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enabled = el_.text()?,
                1 => out.mark_as_warning = Some(el_.elem()?),
                2 => out.mark_as_failed = Some(el_.elem()?),
                3 => out.rpo_threshold_seconds = el_.text()?,
                4 => out.rpo_threshold_minutes = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RpoReportingType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem("MarkAsWarning", &self.mark_as_warning);
        w.elem("MarkAsFailed", &self.mark_as_failed);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RpoReportingType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.mark_as_warning,
            &crate::runtime::unknown::join(path, "MarkAsWarning"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.mark_as_failed,
            &crate::runtime::unknown::join(path, "MarkAsFailed"),
            out,
        );
    }
}

/// Used by GET /cdpPolicies/{ID}, PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
///
/// XML root element: `<RPOSchedule>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RpoScheduleType {
    /// Defines whether RPO schedule options are specified for the CDP policy.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Defines an hourly scheme by which the CDP policy must run. The schedule scheme is constructed by the following pattern: &lt;Day Name ="Sunday"&gt; 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1&lt;/Day&gt; where 1 means the CDP policy must run, 0 means the CDP policy must not run.
    ///
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Day": […]}`.
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RpoScheduleType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.documented("TimePeriods", "Day", &self.time_periods)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RpoScheduleType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("TimePeriods", &["Day", "timePeriods"]),
        ];
        crate::runtime::json::object(deserializer, "RPOScheduleType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RpoScheduleType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.time_periods = o.list()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RpoScheduleType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[xml::Child::once("TimePeriods")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        while el_.next_child(&[xml::Tag::once("TimePeriods")])?.is_some() {
            out.time_periods = Some(el_.wrapped("Day")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RpoScheduleType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RpoScheduleType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.time_periods,
            &crate::runtime::unknown::join(path, "TimePeriods"),
            out,
        );
    }
}

/// The `Ref` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ref {
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Ref {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("UID", &self.uid)?;
        o.opt("Name", &self.name)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Ref {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("UID", &["uID", "uid"]),
            F::new("Name", &["name"]),
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "Ref", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Ref {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.uid = o.lenient()?,
                1 => out.name = o.lenient()?,
                2 => out.href = o.lenient()?,
                3 => out.r#type = o.lenient()?,
                4 => out.links = o.list()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Ref {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            uid: xml::attr(el, "UID")?,
            name: xml::attr(el, "Name")?,
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["UID", "Name", "Href", "Type"],
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
            let at_ = el_.attrs(&["UID", "Name", "Href", "Type"])?;
            out.uid = xml::attr_value(&at_[0])?;
            out.name = xml::attr_value(&at_[1])?;
            out.href = xml::attr_value(&at_[2])?;
            out.r#type = xml::attr_value(&at_[3])?;
        }
        while el_.next_child(&[xml::Tag::once("Links")])?.is_some() {
            out.links = Some(el_.wrapped("Link")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Ref {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("UID", &self.uid);
        w.attr("Name", &self.name);
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Ref {
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

/// The `Result` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultType {
    /// XML attribute `Success`; JSON `"Success"`.
    pub success: Option<String>,
    /// XML element `<Message>`; JSON `"Message"`.
    pub message: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ResultType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Success", &self.success)?;
        o.opt("Message", &self.message)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ResultType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Success", &["success"]),
            F::new("Message", &["message"]),
        ];
        crate::runtime::json::object(deserializer, "Result", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ResultType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.success = o.lenient()?,
                1 => out.message = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ResultType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            success: xml::attr(el, "Success")?,
            message: xml::elem_text(el, "Message")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Success"],
                &[xml::Child::once_text::<String>("Message")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Success"])?;
            out.success = xml::attr_value(&at_[0])?;
        }
        while el_.next_child(&[xml::Tag::once("Message")])?.is_some() {
            out.message = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ResultType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Success", &self.success);
        w.elem_text("Message", &self.message);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ResultType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<SqlBackupOptions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SqlBackupOptionsType {
    /// Transaction logs processing mode. Possible values:
    ///
    /// - `OnlyOnSuccessJob`
    /// - `Backup`
    ///
    /// XML element `<TransactionLogsProcessing>`; JSON `"TransactionLogsProcessing"`.
    pub transaction_logs_processing: Option<
        super::enums::SqlBackupOptionsTypeTransactionLogsProcessing,
    >,
    /// Frequency for transaction logs backup in minutes.
    ///
    /// XML element `<BackupLogsFrequencyMin>`; JSON `"BackupLogsFrequencyMin"`.
    pub backup_logs_frequency_min: Option<i64>,
    /// Defines whether retention policy is set for transaction logs backup.
    ///
    /// XML element `<UseDbBackupRetention>`; JSON `"UseDbBackupRetention"`.
    pub use_db_backup_retention: Option<bool>,
    /// Number of days for transaction logs to be kept. This parameter should be specified if the UseDbBackupRetention option is set to True.
    ///
    /// XML element `<RetainDays>`; JSON `"RetainDays"`.
    pub retain_days: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for SqlBackupOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("TransactionLogsProcessing", &self.transaction_logs_processing)?;
        o.opt("BackupLogsFrequencyMin", &self.backup_logs_frequency_min)?;
        o.opt("UseDbBackupRetention", &self.use_db_backup_retention)?;
        o.opt("RetainDays", &self.retain_days)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for SqlBackupOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("TransactionLogsProcessing", &["transactionLogsProcessing"]),
            F::new("BackupLogsFrequencyMin", &["backupLogsFrequencyMin"]),
            F::new("UseDbBackupRetention", &["useDbBackupRetention"]),
            F::new("RetainDays", &["retainDays"]),
        ];
        crate::runtime::json::object(deserializer, "SqlBackupOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for SqlBackupOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.transaction_logs_processing = o.value()?,
                1 => out.backup_logs_frequency_min = o.lenient()?,
                2 => out.use_db_backup_retention = o.lenient()?,
                3 => out.retain_days = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for SqlBackupOptionsType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            transaction_logs_processing: xml::elem_text(
                el,
                "TransactionLogsProcessing",
            )?,
            backup_logs_frequency_min: xml::elem_text(el, "BackupLogsFrequencyMin")?,
            use_db_backup_retention: xml::elem_text(el, "UseDbBackupRetention")?,
            retain_days: xml::elem_text(el, "RetainDays")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<
                        super::enums::SqlBackupOptionsTypeTransactionLogsProcessing,
                    >("TransactionLogsProcessing"),
                    xml::Child::once_text::<i64>("BackupLogsFrequencyMin"),
                    xml::Child::once_text::<bool>("UseDbBackupRetention"),
                    xml::Child::once_text::<i64>("RetainDays"),
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
            xml::Tag::once("TransactionLogsProcessing"),
            xml::Tag::once("BackupLogsFrequencyMin"),
            xml::Tag::once("UseDbBackupRetention"),
            xml::Tag::once("RetainDays"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.transaction_logs_processing = el_.text()?,
                1 => out.backup_logs_frequency_min = el_.text()?,
                2 => out.use_db_backup_retention = el_.text()?,
                3 => out.retain_days = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for SqlBackupOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("TransactionLogsProcessing", &self.transaction_logs_processing);
        w.elem_text("BackupLogsFrequencyMin", &self.backup_logs_frequency_min);
        w.elem_text("UseDbBackupRetention", &self.use_db_backup_retention);
        w.elem_text("RetainDays", &self.retain_days);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for SqlBackupOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /selfService/vSphere/Configs/{ID}, POST /selfService/vSphere/Configs, PUT /selfService/vSphere/Configs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id.html>
///
/// XML root element: `<Tags>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagsListType {
    /// vSphere tag assigned to a VM that must be available to the tenant. If tags are specified in the tenant access configuration, the vSphere tags delegation mode is selected in Veeam Backup Enterprise Manager. The tenant is able to back up only those VMs to which the specified tags are assigned.
    ///
    /// XML element `<Tag>`; JSON `"Tag"`.
    pub tag: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for TagsListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Tag", &self.tag)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for TagsListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("Tag", &["tag"])];
        crate::runtime::json::object(deserializer, "TagsListType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for TagsListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.tag = o.lenient()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for TagsListType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            tag: xml::elem_text(el, "Tag")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<String>("Tag")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("Tag")])?.is_some() {
            out.tag = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for TagsListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Tag", &self.tag);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for TagsListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by DELETE /cdpPolicies/{ID}/includes/{ID}, DELETE /cloud/cloudFailoverPlans/{ID}, DELETE /cloud/gatewayPools/{ID}, DELETE /cloud/gateways/{ID}, DELETE /cloud/hardwarePlans/{ID}, DELETE /cloud/publicIpAddresses/{ID}, DELETE /cloud/tenants/{ID}, DELETE /cloud/tenants/{ID}/computeResources/{ID}, DELETE /cloud/tenants/{ID}/resources/{ID}, DELETE /cloud/tenants/{ID}/subtenants/{ID}, DELETE /cloud/tenants/{ID}/vCloudComputeResources/{ID}, DELETE /cloud/vlans/{ID}, DELETE /jobs/{ID}, DELETE /jobs/{ID}/includes/{ID}, DELETE /jobs/{ID}/linkedBackupRepositories/{ID}, DELETE /jobs/{ID}/linkedJobs/{ID}, DELETE /selfService/vSphere/Configs/{ID}, DELETE /vCloud/orgConfigs/{ID}, GET /tasks/{ID}, POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /agents/jobs/{ID}?action=retry, POST /agents/jobs/{ID}?action=start, POST /agents/jobs/{ID}?action=stop, POST /agents/jobs/{ID}?action=toggleScheduleEnabled, POST /backupServers/{ID}?action=collect, POST /backupServers/{ID}?action=quickbackup, POST /backupServers/{ID}?action=veeamzip, POST /backupSessions/{ID}?action=stop, POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}?action=restore, POST /cdpPolicies/{ID}/includes, POST /cdpPolicies/{ID}?action=disable, POST /cdpPolicies/{ID}?action=enable, POST /cdpReplica/vApps/{ID}?action=failover, POST /cdpReplicas/{ID}/vms/{ID}?action=failover, POST /cloud/cloudFailoverPlans/{ID}?action=start, POST /cloud/cloudFailoverPlans/{ID}?action=test, POST /cloud/cloudFailoverPlans/{ID}?action=undo, POST /cloud/gatewayPools, POST /cloud/gateways, POST /cloud/hardwarePlans, POST /cloud/publicIpAddresses, POST /cloud/tenants, POST /cloud/tenants/{ID}/computeResources, POST /cloud/tenants/{ID}/resources, POST /cloud/tenants/{ID}/subtenants, POST /cloud/tenants/{ID}/vCloudComputeResources, POST /failoverPlans/{ID}?action=start, POST /failoverPlans/{ID}?action=undo, POST /jobs/{ID}/includes, POST /jobs/{ID}/linkedBackupRepositories, POST /jobs/{ID}/linkedJobs, POST /jobs/{ID}?action=clone, POST /jobs/{ID}?action=retry, POST /jobs/{ID}?action=start, POST /jobs/{ID}?action=stop, POST /jobs/{ID}?action=sync, POST /jobs/{ID}?action=toggleScheduleEnabled, POST /nas/jobs/{ID}/retry, POST /nas/jobs/{ID}/start, POST /nas/jobs/{ID}/stop, POST /nas/jobs/{ID}/toggleScheduleEnabled, POST /security/accounts?action=rebuildScope, POST /selfService/vSphere/Configs, POST /vAppReplicaPoints/{ID}?action=failover, POST /vAppRestorePoints/{ID}?action=restore, POST /vCloud/orgConfigs, POST /vCloud/orgConfigs/{ID}?action=disable, POST /vmReplicaPoints/{ID}/mounts, POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmReplicaPoints/{ID}?action=failover, POST /vmRestorePoints/{ID}/mounts, POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmRestorePoints/{ID}?action=restore, PUT /cdpPolicies/{ID}, PUT /cloud/cloudFailoverPlans/{ID}, PUT /cloud/gatewayPools/{ID}, PUT /cloud/gateways/{ID}, PUT /cloud/hardwarePlans/{ID}, PUT /cloud/publicIpAddresses/{ID}, PUT /cloud/tenants/{ID}, PUT /cloud/tenants/{ID}/subtenants/{ID}, PUT /cloud/vlans/{ID}, PUT /failoverPlans/{ID}, PUT /jobs/{ID}?action=edit, PUT /selfService/vSphere/Configs/{ID}, PUT /vCloud/orgConfigs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tasks_id.html>
///
/// XML root element: `<Task>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Task {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// ID of the task resource, for example: task-1.
    ///
    /// XML element `<TaskId>`; JSON `"TaskId"`.
    pub task_id: Option<String>,
    /// State of the task. Possible values:
    ///
    /// - `Running` — the task is in progress.
    /// - `OperationFinished` — the task operation is finished on the backup server, but Veeam Backup Enterprise Manager has not collected the operation data yet.
    /// - `Finished` — the task operation is finished, and the Veeam Backup Enterprise Manager database contains the operation data.
    ///
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<super::enums::TaskState>,
    /// Name of the task operation, for example: StartJob.
    ///
    /// XML element `<Operation>`; JSON `"Operation"`.
    pub operation: Option<String>,
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<ResultType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Task {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Links", &self.links)?;
        o.opt("TaskId", &self.task_id)?;
        o.opt("State", &self.state)?;
        o.opt("Operation", &self.operation)?;
        o.opt("Result", &self.result)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Task {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Links", &["Link", "links"]),
            F::new("TaskId", &["taskId"]),
            F::new("State", &["state"]),
            F::new("Operation", &["operation"]),
            F::new("Result", &["result"]),
        ];
        crate::runtime::json::object(deserializer, "Task", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Task {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.links = o.list()?,
                3 => out.task_id = o.lenient()?,
                4 => out.state = o.value()?,
                5 => out.operation = o.lenient()?,
                6 => out.result = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Task {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            links: xml::wrapped(el, "Links", "Link")?,
            task_id: xml::elem_text(el, "TaskId")?,
            state: xml::elem_text(el, "State")?,
            operation: xml::elem_text(el, "Operation")?,
            result: xml::elem(el, "Result")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("TaskId"),
                    xml::Child::once_text::<super::enums::TaskState>("State"),
                    xml::Child::once_text::<String>("Operation"),
                    xml::Child::once("Result"),
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
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("TaskId"),
            xml::Tag::once("State"),
            xml::Tag::once("Operation"),
            xml::Tag::once("Result"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.task_id = el_.text()?,
                2 => out.state = el_.text()?,
                3 => out.operation = el_.text()?,
                4 => out.result = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Task {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("TaskId", &self.task_id);
        w.elem_text("State", &self.state);
        w.elem_text("Operation", &self.operation);
        w.elem("Result", &self.result);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Task {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.result,
            &crate::runtime::unknown::join(path, "Result"),
            out,
        );
    }
}

/// Used by POST /cloud/tenants, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_tenants_id.html>
#[derive(Debug, Clone, PartialEq)]
pub struct VCloudComputeResources {
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    pub virtual_data_center_ref: Option<String>,
    /// Defines whether the network extension appliance must be deployed for the VMware Cloud Director tenant account. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    pub use_network_failover_resources: bool,
    /// If UseNetworkFailoverResources option is set to True, you can pass parameters for the network extension appliance in the NetworkAppliance section of the request body. For details, see Network Extension Options.
    ///
    /// XML element `<NetworkAppliance>`; JSON `"NetworkAppliance"`.
    pub network_appliance: Option<NetworkApplianceInfoType>,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator. This parameter must be specified if you want tenants to communicate with vCloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VCloudComputeResources {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VirtualDataCenterRef", &self.virtual_data_center_ref)?;
        o.req("UseNetworkFailoverResources", &self.use_network_failover_resources)?;
        o.opt("NetworkAppliance", &self.network_appliance)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VCloudComputeResources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VirtualDataCenterRef", &["virtualDataCenterRef"]),
            F::new("UseNetworkFailoverResources", &["useNetworkFailoverResources"]),
            F::new("NetworkAppliance", &["networkAppliance"]),
            F::new("WanAcceleratorUid", &["wanAcceleratorUid"]),
        ];
        crate::runtime::json::object(deserializer, "VCloudComputeResources", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VCloudComputeResources {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut virtual_data_center_ref = Default::default();
        let mut use_network_failover_resources = Default::default();
        let mut network_appliance = Default::default();
        let mut wan_accelerator_uid = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => virtual_data_center_ref = o.lenient()?,
                1 => use_network_failover_resources = Some(o.lenient_req()?),
                2 => network_appliance = o.value()?,
                3 => wan_accelerator_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            virtual_data_center_ref,
            use_network_failover_resources: o
                .required(use_network_failover_resources, 1)?,
            network_appliance,
            wan_accelerator_uid,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for VCloudComputeResources {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            virtual_data_center_ref: xml::elem_text(el, "VirtualDataCenterRef")?,
            use_network_failover_resources: xml::elem_text(
                    el,
                    "UseNetworkFailoverResources",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "UseNetworkFailoverResources",
                ))?,
            network_appliance: xml::elem(el, "NetworkAppliance")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("VirtualDataCenterRef"),
                    xml::Child::once_text::<bool>("UseNetworkFailoverResources"),
                    xml::Child::once("NetworkAppliance"),
                    xml::Child::once_text::<crate::runtime::Uid>("WanAcceleratorUid"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut virtual_data_center_ref = None;
        let mut use_network_failover_resources = None;
        let mut network_appliance = None;
        let mut wan_accelerator_uid = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("VirtualDataCenterRef"),
            xml::Tag::once("UseNetworkFailoverResources"),
            xml::Tag::once("NetworkAppliance"),
            xml::Tag::once("WanAcceleratorUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => virtual_data_center_ref = el_.text()?,
                1 => use_network_failover_resources = el_.text()?,
                2 => network_appliance = Some(el_.elem()?),
                3 => wan_accelerator_uid = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            virtual_data_center_ref,
            use_network_failover_resources: use_network_failover_resources?,
            network_appliance,
            wan_accelerator_uid,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for VCloudComputeResources {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VirtualDataCenterRef", &self.virtual_data_center_ref);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
        w.elem("NetworkAppliance", &self.network_appliance);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VCloudComputeResources {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.network_appliance,
            &crate::runtime::unknown::join(path, "NetworkAppliance"),
            out,
        );
    }
}

/// Used by PUT /selfService/vSphere/Configs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_selfservice_vsphere_configs_id.html>
///
/// XML root element: `<JobSettings>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VSphereSelfServiceConfigEntityTypeJobSettings {
    /// Defines what settings are applied to backup jobs created by the tenant of vSphere Self-Service Backup Portal. Possible values:
    ///
    /// - `True` — tenant jobs are configured with the default settings of a backup job for vSphere VMs.
    /// - `False` — tenant jobs are configured with settings of the backup job specified as a template.
    ///
    /// XML element `<DefaultSettings>`; JSON `"DefaultSettings"`.
    pub default_settings: Option<bool>,
    /// Job scheduling options. Possible values:
    ///
    /// - `Full` — tenant of the vSphere Self-Service Backup Portal has full access to all job scheduling options.
    /// - `Partial` — tenant of the vSphere Self-Service Backup Portal can create daily and monthly jobs only.
    /// - `Random` — tenant of the vSphere Self-Service Backup Portal can create daily jobs with randomized start time within the backup window.
    /// - `Disabled` — tenant of the vSphere Self-Service Backup Portal can create only jobs with no schedule assigned.
    ///
    /// XML element `<JobSchedulerType>`; JSON `"JobSchedulerType"`.
    pub job_scheduler_type: Option<super::enums::JobSchedulerType>,
    /// Defines whether the backup job has a high priority. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<HighPriorityJob>`; JSON `"HighPriorityJob"`.
    pub high_priority_job: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VSphereSelfServiceConfigEntityTypeJobSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("DefaultSettings", &self.default_settings)?;
        o.opt("JobSchedulerType", &self.job_scheduler_type)?;
        o.opt("HighPriorityJob", &self.high_priority_job)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VSphereSelfServiceConfigEntityTypeJobSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("DefaultSettings", &["defaultSettings"]),
            F::new("JobSchedulerType", &["jobSchedulerType"]),
            F::new("HighPriorityJob", &["highPriorityJob"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "VSphereSelfServiceConfigEntityTypeJobSettings",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for VSphereSelfServiceConfigEntityTypeJobSettings {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.default_settings = o.lenient()?,
                1 => out.job_scheduler_type = o.value()?,
                2 => out.high_priority_job = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VSphereSelfServiceConfigEntityTypeJobSettings {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            default_settings: xml::elem_text(el, "DefaultSettings")?,
            job_scheduler_type: xml::elem_text(el, "JobSchedulerType")?,
            high_priority_job: xml::elem_text(el, "HighPriorityJob")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("DefaultSettings"),
                    xml::Child::once_text::<
                        super::enums::JobSchedulerType,
                    >("JobSchedulerType"),
                    xml::Child::once_text::<bool>("HighPriorityJob"),
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
            xml::Tag::once("DefaultSettings"),
            xml::Tag::once("JobSchedulerType"),
            xml::Tag::once("HighPriorityJob"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.default_settings = el_.text()?,
                1 => out.job_scheduler_type = el_.text()?,
                2 => out.high_priority_job = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VSphereSelfServiceConfigEntityTypeJobSettings {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DefaultSettings", &self.default_settings);
        w.elem_text("JobSchedulerType", &self.job_scheduler_type);
        w.elem_text("HighPriorityJob", &self.high_priority_job);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VSphereSelfServiceConfigEntityTypeJobSettings {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `Vm` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Vm {
    /// XML element `<VmRestorePointUid>`; JSON `"VmRestorePointUid"`.
    pub vm_restore_point_uid: Option<crate::runtime::Uid>,
    /// XML element `<VmNewName>`; JSON `"VmNewName"`.
    pub vm_new_name: Option<String>,
    /// XML element `<DatastoreRef>`; JSON `"DatastoreRef"`.
    pub datastore_ref: Option<String>,
    /// XML element `<OrgVdcStorageProfileRef>`; JSON `"OrgVdcStorageProfileRef"`.
    pub org_vdc_storage_profile_ref: Option<String>,
    /// XML element `<LinkedCloneVmTemplateRef>`; JSON `"LinkedCloneVmTemplateRef"`.
    pub linked_clone_vm_template_ref: Option<String>,
    /// XML element `<Vm>`; JSON `"Vm"`.
    pub vm: Option<VmVm>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Vm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VmRestorePointUid", &self.vm_restore_point_uid)?;
        o.opt("VmNewName", &self.vm_new_name)?;
        o.opt("DatastoreRef", &self.datastore_ref)?;
        o.opt("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref)?;
        o.opt("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref)?;
        o.opt("Vm", &self.vm)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Vm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VmRestorePointUid", &["vmRestorePointUid"]),
            F::new("VmNewName", &["vmNewName"]),
            F::new("DatastoreRef", &["datastoreRef"]),
            F::new("OrgVdcStorageProfileRef", &["orgVdcStorageProfileRef"]),
            F::new("LinkedCloneVmTemplateRef", &["linkedCloneVmTemplateRef"]),
            F::new("Vm", &["vm"]),
        ];
        crate::runtime::json::object(deserializer, "Vm", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Vm {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.vm_restore_point_uid = o.lenient()?,
                1 => out.vm_new_name = o.lenient()?,
                2 => out.datastore_ref = o.lenient()?,
                3 => out.org_vdc_storage_profile_ref = o.lenient()?,
                4 => out.linked_clone_vm_template_ref = o.lenient()?,
                5 => out.vm = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Vm {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_restore_point_uid: xml::elem_text(el, "VmRestorePointUid")?,
            vm_new_name: xml::elem_text(el, "VmNewName")?,
            datastore_ref: xml::elem_text(el, "DatastoreRef")?,
            org_vdc_storage_profile_ref: xml::elem_text(el, "OrgVdcStorageProfileRef")?,
            linked_clone_vm_template_ref: xml::elem_text(
                el,
                "LinkedCloneVmTemplateRef",
            )?,
            vm: xml::elem(el, "Vm")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("VmRestorePointUid"),
                    xml::Child::once_text::<String>("VmNewName"),
                    xml::Child::once_text::<String>("DatastoreRef"),
                    xml::Child::once_text::<String>("OrgVdcStorageProfileRef"),
                    xml::Child::once_text::<String>("LinkedCloneVmTemplateRef"),
                    xml::Child::once("Vm"),
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
            xml::Tag::once("VmRestorePointUid"),
            xml::Tag::once("VmNewName"),
            xml::Tag::once("DatastoreRef"),
            xml::Tag::once("OrgVdcStorageProfileRef"),
            xml::Tag::once("LinkedCloneVmTemplateRef"),
            xml::Tag::once("Vm"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.vm_restore_point_uid = el_.text()?,
                1 => out.vm_new_name = el_.text()?,
                2 => out.datastore_ref = el_.text()?,
                3 => out.org_vdc_storage_profile_ref = el_.text()?,
                4 => out.linked_clone_vm_template_ref = el_.text()?,
                5 => out.vm = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Vm {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VmRestorePointUid", &self.vm_restore_point_uid);
        w.elem_text("VmNewName", &self.vm_new_name);
        w.elem_text("DatastoreRef", &self.datastore_ref);
        w.elem_text("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref);
        w.elem_text("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref);
        w.elem("Vm", &self.vm);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Vm {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vm,
            &crate::runtime::unknown::join(path, "Vm"),
            out,
        );
    }
}

/// 'Vm' of Vm, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmVm {
    /// XML element `<DatastoreRef>`; JSON `"DatastoreRef"`.
    pub datastore_ref: Option<String>,
    /// XML element `<LinkedCloneVmTemplateRef>`; JSON `"LinkedCloneVmTemplateRef"`.
    pub linked_clone_vm_template_ref: Option<String>,
    /// XML element `<OrgVdcStorageProfileRef>`; JSON `"OrgVdcStorageProfileRef"`.
    pub org_vdc_storage_profile_ref: Option<String>,
    /// XML element `<VmNewName>`; JSON `"VmNewName"`.
    pub vm_new_name: Option<String>,
    /// XML element `<VmRestorePointUid>`; JSON `"VmRestorePointUid"`.
    pub vm_restore_point_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmVm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("DatastoreRef", &self.datastore_ref)?;
        o.opt("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref)?;
        o.opt("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref)?;
        o.opt("VmNewName", &self.vm_new_name)?;
        o.opt("VmRestorePointUid", &self.vm_restore_point_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmVm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("DatastoreRef", &["datastoreRef"]),
            F::new("LinkedCloneVmTemplateRef", &["linkedCloneVmTemplateRef"]),
            F::new("OrgVdcStorageProfileRef", &["orgVdcStorageProfileRef"]),
            F::new("VmNewName", &["vmNewName"]),
            F::new("VmRestorePointUid", &["vmRestorePointUid"]),
        ];
        crate::runtime::json::object(deserializer, "VmVm", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmVm {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.datastore_ref = o.lenient()?,
                1 => out.linked_clone_vm_template_ref = o.lenient()?,
                2 => out.org_vdc_storage_profile_ref = o.lenient()?,
                3 => out.vm_new_name = o.lenient()?,
                4 => out.vm_restore_point_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmVm {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            datastore_ref: xml::elem_text(el, "DatastoreRef")?,
            linked_clone_vm_template_ref: xml::elem_text(
                el,
                "LinkedCloneVmTemplateRef",
            )?,
            org_vdc_storage_profile_ref: xml::elem_text(el, "OrgVdcStorageProfileRef")?,
            vm_new_name: xml::elem_text(el, "VmNewName")?,
            vm_restore_point_uid: xml::elem_text(el, "VmRestorePointUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("DatastoreRef"),
                    xml::Child::once_text::<String>("LinkedCloneVmTemplateRef"),
                    xml::Child::once_text::<String>("OrgVdcStorageProfileRef"),
                    xml::Child::once_text::<String>("VmNewName"),
                    xml::Child::once_text::<crate::runtime::Uid>("VmRestorePointUid"),
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
            xml::Tag::once("DatastoreRef"),
            xml::Tag::once("LinkedCloneVmTemplateRef"),
            xml::Tag::once("OrgVdcStorageProfileRef"),
            xml::Tag::once("VmNewName"),
            xml::Tag::once("VmRestorePointUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.datastore_ref = el_.text()?,
                1 => out.linked_clone_vm_template_ref = el_.text()?,
                2 => out.org_vdc_storage_profile_ref = el_.text()?,
                3 => out.vm_new_name = el_.text()?,
                4 => out.vm_restore_point_uid = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmVm {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DatastoreRef", &self.datastore_ref);
        w.elem_text("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref);
        w.elem_text("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref);
        w.elem_text("VmNewName", &self.vm_new_name);
        w.elem_text("VmRestorePointUid", &self.vm_restore_point_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmVm {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /vAppRestorePoints/{ID}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vapprestorepoints_id_actionrestore.html>
///
/// XML root element: `<RestoreSpec>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmsRestoreParameters {
    /// UID of the restore point from which the VM must be restored, for example: urn:veeam:VmRestorePoint:48c8cd65-d5fa-4ca6-8a98-d3fde641086e.
    ///
    /// XML element `<VmRestorePointUid>`; JSON `"VmRestorePointUid"`.
    pub vm_restore_point_uid: Option<crate::runtime::Uid>,
    /// Name of the restored VM. If this parameter is not specified, the VM is restored with its initial name.
    ///
    /// XML element `<VmNewName>`; JSON `"VmNewName"`.
    pub vm_new_name: Option<String>,
    /// Reference to the datastore on which VM files must be placed. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<DatastoreRef>`; JSON `"DatastoreRef"`.
    pub datastore_ref: Option<String>,
    /// Reference to the OrgVdc profile to be used for the restored VM. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<OrgVdcStorageProfileRef>`; JSON `"OrgVdcStorageProfileRef"`.
    pub org_vdc_storage_profile_ref: Option<String>,
    /// (For linked clone VMs) Reference to the template that was used to create the VM. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<LinkedCloneVmTemplateRef>`; JSON `"LinkedCloneVmTemplateRef"`.
    pub linked_clone_vm_template_ref: Option<String>,
    /// XML element `<vCloudVAppRestoreSpec>`; JSON `"vCloudVAppRestoreSpec"`.
    pub v_cloud_v_app_restore_spec: Option<VCloudVAppRestoreSpec>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmsRestoreParameters {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VmRestorePointUid", &self.vm_restore_point_uid)?;
        o.opt("VmNewName", &self.vm_new_name)?;
        o.opt("DatastoreRef", &self.datastore_ref)?;
        o.opt("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref)?;
        o.opt("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref)?;
        o.opt("vCloudVAppRestoreSpec", &self.v_cloud_v_app_restore_spec)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmsRestoreParameters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VmRestorePointUid", &["vmRestorePointUid"]),
            F::new("VmNewName", &["vmNewName"]),
            F::new("DatastoreRef", &["datastoreRef"]),
            F::new("OrgVdcStorageProfileRef", &["orgVdcStorageProfileRef"]),
            F::new("LinkedCloneVmTemplateRef", &["linkedCloneVmTemplateRef"]),
            F::new("vCloudVAppRestoreSpec", &[]),
        ];
        crate::runtime::json::object(deserializer, "VmsRestoreParameters", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmsRestoreParameters {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.vm_restore_point_uid = o.lenient()?,
                1 => out.vm_new_name = o.lenient()?,
                2 => out.datastore_ref = o.lenient()?,
                3 => out.org_vdc_storage_profile_ref = o.lenient()?,
                4 => out.linked_clone_vm_template_ref = o.lenient()?,
                5 => out.v_cloud_v_app_restore_spec = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmsRestoreParameters {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_restore_point_uid: xml::elem_text(el, "VmRestorePointUid")?,
            vm_new_name: xml::elem_text(el, "VmNewName")?,
            datastore_ref: xml::elem_text(el, "DatastoreRef")?,
            org_vdc_storage_profile_ref: xml::elem_text(el, "OrgVdcStorageProfileRef")?,
            linked_clone_vm_template_ref: xml::elem_text(
                el,
                "LinkedCloneVmTemplateRef",
            )?,
            v_cloud_v_app_restore_spec: xml::elem(el, "vCloudVAppRestoreSpec")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("VmRestorePointUid"),
                    xml::Child::once_text::<String>("VmNewName"),
                    xml::Child::once_text::<String>("DatastoreRef"),
                    xml::Child::once_text::<String>("OrgVdcStorageProfileRef"),
                    xml::Child::once_text::<String>("LinkedCloneVmTemplateRef"),
                    xml::Child::once("vCloudVAppRestoreSpec"),
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
            xml::Tag::once("VmRestorePointUid"),
            xml::Tag::once("VmNewName"),
            xml::Tag::once("DatastoreRef"),
            xml::Tag::once("OrgVdcStorageProfileRef"),
            xml::Tag::once("LinkedCloneVmTemplateRef"),
            xml::Tag::once("vCloudVAppRestoreSpec"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.vm_restore_point_uid = el_.text()?,
                1 => out.vm_new_name = el_.text()?,
                2 => out.datastore_ref = el_.text()?,
                3 => out.org_vdc_storage_profile_ref = el_.text()?,
                4 => out.linked_clone_vm_template_ref = el_.text()?,
                5 => out.v_cloud_v_app_restore_spec = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmsRestoreParameters {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VmRestorePointUid", &self.vm_restore_point_uid);
        w.elem_text("VmNewName", &self.vm_new_name);
        w.elem_text("DatastoreRef", &self.datastore_ref);
        w.elem_text("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref);
        w.elem_text("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref);
        w.elem("vCloudVAppRestoreSpec", &self.v_cloud_v_app_restore_spec);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmsRestoreParameters {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_cloud_v_app_restore_spec,
            &crate::runtime::unknown::join(path, "vCloudVAppRestoreSpec"),
            out,
        );
    }
}

/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /cdpPolicies/{ID}/includes, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<VssSnapshotOptions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VssSnapshotOptionsType {
    /// Mode of application-aware image processing. Possible values:
    ///
    /// - `RequireSuccess`
    /// - `IgnoreFailures`
    /// - `Disabled`
    ///
    /// XML element `<VssSnapshotMode>`; JSON `"VssSnapshotMode"`.
    pub vss_snapshot_mode: Option<super::enums::VssSnapshotOptionsTypeVssSnapshotMode>,
    /// Defines whether copy-only backups must be created or transaction logs for Microsoft Exchange, Microsoft SQL and Oracle VMs must be processed. Possible values:
    ///
    /// - `True`
    /// - False If you set this option to False, you should pass parameters for transaction log handling:
    /// - In the SqlBackupOptions element — for Microsoft SQL VMs
    /// - In the OracleBackupOptions element — for Oracle VMs
    ///
    /// XML element `<IsCopyOnly>`; JSON `"IsCopyOnly"`.
    pub is_copy_only: Option<bool>,
    /// Defines whether to use persistent guest agents on the protected VM for application-aware processing. Possible values:
    ///
    /// - `True`
    /// - False The default value is False.
    ///
    /// XML element `<UsePersistentGuestAgent>`; JSON `"UsePersistentGuestAgent"`.
    pub use_persistent_guest_agent: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VssSnapshotOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VssSnapshotMode", &self.vss_snapshot_mode)?;
        o.opt("IsCopyOnly", &self.is_copy_only)?;
        o.opt("UsePersistentGuestAgent", &self.use_persistent_guest_agent)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VssSnapshotOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VssSnapshotMode", &["vssSnapshotMode"]),
            F::new("IsCopyOnly", &["isCopyOnly"]),
            F::new("UsePersistentGuestAgent", &["usePersistentGuestAgent"]),
        ];
        crate::runtime::json::object(deserializer, "VssSnapshotOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VssSnapshotOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.vss_snapshot_mode = o.value()?,
                1 => out.is_copy_only = o.lenient()?,
                2 => out.use_persistent_guest_agent = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VssSnapshotOptionsType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vss_snapshot_mode: xml::elem_text(el, "VssSnapshotMode")?,
            is_copy_only: xml::elem_text(el, "IsCopyOnly")?,
            use_persistent_guest_agent: xml::elem_text(el, "UsePersistentGuestAgent")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<
                        super::enums::VssSnapshotOptionsTypeVssSnapshotMode,
                    >("VssSnapshotMode"),
                    xml::Child::once_text::<bool>("IsCopyOnly"),
                    xml::Child::once_text::<bool>("UsePersistentGuestAgent"),
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
            xml::Tag::once("VssSnapshotMode"),
            xml::Tag::once("IsCopyOnly"),
            xml::Tag::once("UsePersistentGuestAgent"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.vss_snapshot_mode = el_.text()?,
                1 => out.is_copy_only = el_.text()?,
                2 => out.use_persistent_guest_agent = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VssSnapshotOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VssSnapshotMode", &self.vss_snapshot_mode);
        w.elem_text("IsCopyOnly", &self.is_copy_only);
        w.elem_text("UsePersistentGuestAgent", &self.use_persistent_guest_agent);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VssSnapshotOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<WindowsGuestFSIndexingOptions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WindowsGuestFsIndexingOptionsType {
    /// File indexing options. Possible values:
    ///
    /// - `EveryFolders`
    /// - `SpecifiedFolders`
    /// - `ExceptSpecifiedFolders`
    ///
    /// XML element `<FileSystemIndexingMode>`; JSON `"FileSystemIndexingMode"`.
    pub file_system_indexing_mode: Option<
        super::enums::WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode,
    >,
    /// List of folders that must be indexed. This parameter should be specified if the SpecifiedFolders option is passed in the FileSystemIndexingMode parameter.
    ///
    /// repeated XML element `<IncludedIndexingFolders>`; JSON `"IncludedIndexingFolders": […]`.
    pub included_indexing_folders: crate::runtime::List<String>,
    /// List of folders that must be excluded from indexing. This parameter should be specified if the ExceptSpecifiedFolders option is passed in the FileSystemIndexingMode parameter.
    ///
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": […]`.
    pub excluded_indexing_folders: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for WindowsGuestFsIndexingOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("FileSystemIndexingMode", &self.file_system_indexing_mode)?;
        o.elems("IncludedIndexingFolders", &self.included_indexing_folders)?;
        o.opt("ExcludedIndexingFolders", &self.excluded_indexing_folders)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for WindowsGuestFsIndexingOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("FileSystemIndexingMode", &["fileSystemIndexingMode"]),
            F::new("IncludedIndexingFolders", &["includedIndexingFolders"]),
            F::new("ExcludedIndexingFolders", &["Path", "excludedIndexingFolders"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "WindowsGuestFSIndexingOptionsType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for WindowsGuestFsIndexingOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.file_system_indexing_mode = o.value()?,
                1 => out.included_indexing_folders = o.vec()?,
                2 => out.excluded_indexing_folders = o.list()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for WindowsGuestFsIndexingOptionsType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elems_text(el, "IncludedIndexingFolders")?
                .into(),
            excluded_indexing_folders: xml::wrapped_text(
                el,
                "ExcludedIndexingFolders",
                "Path",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<
                        super::enums::WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode,
                    >("FileSystemIndexingMode"),
                    xml::Child::many_text::<String>("IncludedIndexingFolders"),
                    xml::Child::once("ExcludedIndexingFolders"),
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
            xml::Tag::once("FileSystemIndexingMode"),
            xml::Tag::many("IncludedIndexingFolders"),
            xml::Tag::once("ExcludedIndexingFolders"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.file_system_indexing_mode = el_.text()?,
                1 => {
                    if let Some(v) = el_.text()? {
                        out.included_indexing_folders.push(v)
                    }
                }
                2 => out.excluded_indexing_folders = Some(el_.wrapped_text("Path")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for WindowsGuestFsIndexingOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("FileSystemIndexingMode", &self.file_system_indexing_mode);
        w.elems_text("IncludedIndexingFolders", &self.included_indexing_folders);
        w.wrapped_text(
            "ExcludedIndexingFolders",
            "Path",
            self.excluded_indexing_folders.as_ref(),
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for WindowsGuestFsIndexingOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `vCloudVAppRestoreSpec` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VCloudVAppRestoreSpec {
    /// XML element `<PowerOnAfterRestore>`; JSON `"PowerOnAfterRestore"`.
    pub power_on_after_restore: Option<String>,
    /// XML element `<HierarchyRootUid>`; JSON `"HierarchyRootUid"`.
    pub hierarchy_root_uid: Option<crate::runtime::Uid>,
    /// XML element `<OrgVdcRef>`; JSON `"OrgVdcRef"`.
    pub org_vdc_ref: Option<String>,
    /// XML element `<vAppNewName>`; JSON `"vAppNewName"`.
    pub v_app_new_name: Option<String>,
    /// XML `<VmsRestoreParameters><Vm/>…</VmsRestoreParameters>`; JSON `"VmsRestoreParameters": {"Vms": […]}`.
    pub vms_restore_parameters: Option<crate::runtime::List<Vm>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VCloudVAppRestoreSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("PowerOnAfterRestore", &self.power_on_after_restore)?;
        o.opt("HierarchyRootUid", &self.hierarchy_root_uid)?;
        o.opt("OrgVdcRef", &self.org_vdc_ref)?;
        o.opt("vAppNewName", &self.v_app_new_name)?;
        o.documented("VmsRestoreParameters", "Vms", &self.vms_restore_parameters)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VCloudVAppRestoreSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("PowerOnAfterRestore", &["powerOnAfterRestore"]),
            F::new("HierarchyRootUid", &["hierarchyRootUid"]),
            F::new("OrgVdcRef", &["orgVdcRef"]),
            F::new("vAppNewName", &[]),
            F::new("VmsRestoreParameters", &["Vm", "vmsRestoreParameters"]),
        ];
        crate::runtime::json::object(deserializer, "vCloudVAppRestoreSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VCloudVAppRestoreSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.power_on_after_restore = o.lenient()?,
                1 => out.hierarchy_root_uid = o.lenient()?,
                2 => out.org_vdc_ref = o.lenient()?,
                3 => out.v_app_new_name = o.lenient()?,
                4 => out.vms_restore_parameters = o.list()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VCloudVAppRestoreSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            power_on_after_restore: xml::elem_text(el, "PowerOnAfterRestore")?,
            hierarchy_root_uid: xml::elem_text(el, "HierarchyRootUid")?,
            org_vdc_ref: xml::elem_text(el, "OrgVdcRef")?,
            v_app_new_name: xml::elem_text(el, "vAppNewName")?,
            vms_restore_parameters: xml::wrapped(el, "VmsRestoreParameters", "Vm")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("PowerOnAfterRestore"),
                    xml::Child::once_text::<crate::runtime::Uid>("HierarchyRootUid"),
                    xml::Child::once_text::<String>("OrgVdcRef"),
                    xml::Child::once_text::<String>("vAppNewName"),
                    xml::Child::once("VmsRestoreParameters"),
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
            xml::Tag::once("PowerOnAfterRestore"),
            xml::Tag::once("HierarchyRootUid"),
            xml::Tag::once("OrgVdcRef"),
            xml::Tag::once("vAppNewName"),
            xml::Tag::once("VmsRestoreParameters"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.power_on_after_restore = el_.text()?,
                1 => out.hierarchy_root_uid = el_.text()?,
                2 => out.org_vdc_ref = el_.text()?,
                3 => out.v_app_new_name = el_.text()?,
                4 => out.vms_restore_parameters = Some(el_.wrapped("Vm")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VCloudVAppRestoreSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("PowerOnAfterRestore", &self.power_on_after_restore);
        w.elem_text("HierarchyRootUid", &self.hierarchy_root_uid);
        w.elem_text("OrgVdcRef", &self.org_vdc_ref);
        w.elem_text("vAppNewName", &self.v_app_new_name);
        w.wrapped("VmsRestoreParameters", "Vm", self.vms_restore_parameters.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VCloudVAppRestoreSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vms_restore_parameters,
            &crate::runtime::unknown::join(path, "VmsRestoreParameters"),
            out,
        );
    }
}
