// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `backups`, `query`, `repositories`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /backups/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Backup {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// UID of the backup resource, for example: urn:veeam:Backup:58c917c7-7b7a-41ff-8676-226656c35c05.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// Name of the backup job parent to the backup, for example: SQL Backup.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// Type of a platform of a backup resource. Possible values:
    ///
    /// - `VMware` — for protected VMware vSphere VMs.
    /// - `HyperV` — for protected Microsoft Hyper-V VMs.
    /// - `vCloud` — for protected VMware Cloud Director resources.
    /// - `AgentForLinux` — for machines protected with Veeam Agent for Linux.
    /// - `AgentForWindows` — for machines protected with Veeam Agent for Windows.
    /// - `CustomPlatform` — for Nutanix and other custom platforms.
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    pub platform: Option<super::enums::BackupPlatform>,
    /// Type of a backup resource. Possible values:
    ///
    /// - `Standard` — for VMware, HyperV, vCloud and Standalone Veeam Backup Agent backup resources.
    /// - `ParentBackup` — for backup container resources. Represents a backup created by a Veeam Agent backup job in the Veeam Agent Management scenario, and contains links for child backups.
    /// - `ChildBackup` — for backup resources that have links to restore points and parent backups. Represents a backup of a separate machine in the backup created by a Veeam Agent backup job in the Veeam Agent Management scenario.
    ///
    /// XML element `<BackupType>`; JSON `"BackupType"`.
    pub backup_type: Option<super::enums::BackupBackupType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Backup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("UID", &self.uid)?;
        o.opt("Name", &self.name)?;
        o.opt("Platform", &self.platform)?;
        o.opt("BackupType", &self.backup_type)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Backup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("UID", &["uID", "uid"]),
            F::new("Name", &["name"]),
            F::new("Platform", &["platform"]),
            F::new("BackupType", &["backupType"]),
        ];
        crate::runtime::json::object(deserializer, "Backup", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Backup {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.uid = o.lenient()?,
                3 => out.name = o.lenient()?,
                4 => out.platform = o.value()?,
                5 => out.backup_type = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Backup {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            uid: xml::attr(el, "UID")?,
            name: xml::attr(el, "Name")?,
            platform: xml::elem_text(el, "Platform")?,
            backup_type: xml::elem_text(el, "BackupType")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "UID", "Name"],
                &[
                    xml::Child::once_text::<super::enums::BackupPlatform>("Platform"),
                    xml::Child::once_text::<super::enums::BackupBackupType>("BackupType"),
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
            let at_ = el_.attrs(&["Type", "Href", "UID", "Name"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.uid = xml::attr_value(&at_[2])?;
            out.name = xml::attr_value(&at_[3])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Platform"),
            xml::Tag::once("BackupType"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.platform = el_.text()?,
                1 => out.backup_type = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Backup {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("UID", &self.uid);
        w.attr("Name", &self.name);
        w.elem_text("Platform", &self.platform);
        w.elem_text("BackupType", &self.backup_type);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Backup {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
