// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `backup-servers`, `query`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /backupServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id.html>
///
/// XML root element: `<BackupServer>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BackupServer {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the backup server connected to Veeam Backup Enterprise Manager, for example: Backup Server 1.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the backup server connected to Veeam Backup Enterprise Manager, for example: urn:veeam:BackupServer:15942270-fb56-4dcc-96e9-5f80e4725a15.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Description specified for the backup server in Veeam Backup Enterprise Manager.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Port used by Veeam Backup Enterprise Manager for collecting data from backup servers. By default, port 9392 is used.
    ///
    /// XML element `<Port>`; JSON `"Port"`.
    pub port: Option<i64>,
    /// Version of Veeam Backup & Replication installed on the backup server, for example: 13.0.0.1420.
    ///
    /// XML element `<Version>`; JSON `"Version"`.
    pub version: Option<String>,
    /// Default certificate port used by Veeam Backup Enterprise Manager for collecting data from backup servers that have Veeam Backup & Replication 12 or later installed, for example: 9405.
    ///
    /// XML element `<WcfPort>`; JSON `"WcfPort"`.
    pub wcf_port: Option<i64>,
    /// Certificate thumbprint of the backup server, for example: 0000000000000000000000000000000000000000.
    ///
    /// XML element `<VbrCertificateThumbprint>`; JSON `"VbrCertificateThumbprint"`.
    pub vbr_certificate_thumbprint: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for BackupServer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("Description", &self.description)?;
        o.opt("Port", &self.port)?;
        o.opt("Version", &self.version)?;
        o.opt("WcfPort", &self.wcf_port)?;
        o.opt("VbrCertificateThumbprint", &self.vbr_certificate_thumbprint)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for BackupServer {
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
            F::new("Description", &["description"]),
            F::new("Port", &["port"]),
            F::new("Version", &["version"]),
            F::new("WcfPort", &["wcfPort"]),
            F::new("VbrCertificateThumbprint", &["vbrCertificateThumbprint"]),
        ];
        crate::runtime::json::object(deserializer, "BackupServer", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for BackupServer {
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
                4 => out.links = o.list_of("Link")?,
                5 => out.description = o.lenient()?,
                6 => out.port = o.lenient()?,
                7 => out.version = o.lenient()?,
                8 => out.wcf_port = o.lenient()?,
                9 => out.vbr_certificate_thumbprint = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for BackupServer {
    const ROOTS: &'static [&'static str] = &["BackupServer"];
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
            description: xml::elem_text(el, "Description")?,
            port: xml::elem_text(el, "Port")?,
            version: xml::elem_text(el, "Version")?,
            wcf_port: xml::elem_text(el, "WcfPort")?,
            vbr_certificate_thumbprint: xml::elem_text(el, "VbrCertificateThumbprint")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<i64>("Port"),
                    xml::Child::once_text::<String>("Version"),
                    xml::Child::once_text::<i64>("WcfPort"),
                    xml::Child::once_text::<String>("VbrCertificateThumbprint"),
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
            xml::Tag::once("Description"),
            xml::Tag::once("Port"),
            xml::Tag::once("Version"),
            xml::Tag::once("WcfPort"),
            xml::Tag::once("VbrCertificateThumbprint"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.description = el_.text()?,
                2 => out.port = el_.text()?,
                3 => out.version = el_.text()?,
                4 => out.wcf_port = el_.text()?,
                5 => out.vbr_certificate_thumbprint = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for BackupServer {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("Description", &self.description);
        w.elem_text("Port", &self.port);
        w.elem_text("Version", &self.version);
        w.elem_text("WcfPort", &self.wcf_port);
        w.elem_text("VbrCertificateThumbprint", &self.vbr_certificate_thumbprint);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for BackupServer {
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

/// Used by GET /backupServers/{ID}/credentials/{ID}, PUT /backupServers/{ID}/credentials/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_creds_id.html>
///
/// XML root element: `<CredentialsInfo>`.
#[derive(Clone, PartialEq, Default)]
pub struct CredentialsInfo {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// ID of the credentials record, for example: 3ff61155-ed3d-47c5-a07b-29c7ca0d36b9.
    ///
    /// XML element `<Id>`; JSON `"Id"`.
    pub id: Option<String>,
    /// User name of the credentials record, for example: BACKUPSERVER\\Administrator.
    ///
    /// XML element `<Username>`; JSON `"Username"`.
    pub username: Option<String>,
    /// Description of the credentials record, for example: Administrator credentials.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Password of the credentials record.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    pub password: Option<crate::runtime::Secret>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl std::fmt::Debug for CredentialsInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CredentialsInfo")
            .field("href", &self.href)
            .field("type", &self.r#type)
            .field("id", &self.id)
            .field("username", &self.username)
            .field("description", &self.description)
            .field("password", &"<redacted>")
            .field("unknown", &self.unknown)
            .finish()
    }
}

impl serde::Serialize for CredentialsInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Id", &self.id)?;
        o.opt("Username", &self.username)?;
        o.opt("Description", &self.description)?;
        o.opt("Password", &self.password)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CredentialsInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Id", &["id"]),
            F::new("Username", &["username"]),
            F::new("Description", &["description"]),
            F::new("Password", &["password"]),
        ];
        crate::runtime::json::object(deserializer, "CredentialsInfo", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CredentialsInfo {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.id = o.lenient()?,
                3 => out.username = o.lenient()?,
                4 => out.description = o.lenient()?,
                5 => out.password = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CredentialsInfo {
    const ROOTS: &'static [&'static str] = &["CredentialsInfo"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            id: xml::elem_text(el, "Id")?,
            username: xml::elem_text(el, "Username")?,
            description: xml::elem_text(el, "Description")?,
            password: xml::elem_text(el, "Password")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type"],
                &[
                    xml::Child::once_text::<String>("Id"),
                    xml::Child::once_text::<String>("Username"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<crate::runtime::Secret>("Password"),
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
            xml::Tag::once("Id"),
            xml::Tag::once("Username"),
            xml::Tag::once("Description"),
            xml::Tag::once("Password"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.id = el_.text()?,
                1 => out.username = el_.text()?,
                2 => out.description = el_.text()?,
                3 => out.password = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CredentialsInfo {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.elem_text("Id", &self.id);
        w.elem_text("Username", &self.username);
        w.elem_text("Description", &self.description);
        w.elem_text("Password", &self.password);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CredentialsInfo {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /backupServers/{ID}/passwords/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_passwords_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordKeyInfo {
    /// ID of the password created on the backup server, for example: bd2fe652-b6c0-4f9f-b466-e10c4dc3e3da
    ///
    /// XML element `<ID>`; JSON `"ID"`.
    pub id: Option<String>,
    /// Hint for the password.
    ///
    /// XML element `<Hint>`; JSON `"Hint"`.
    pub hint: Option<String>,
    /// Date and time when the password was last modified.
    ///
    /// XML element `<LastModificationDate>`; JSON `"LastModificationDate"`.
    pub last_modification_date: Option<crate::runtime::DateTime>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for PasswordKeyInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ID", &self.id)?;
        o.opt("Hint", &self.hint)?;
        o.opt("LastModificationDate", &self.last_modification_date)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for PasswordKeyInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ID", &["iD", "id"]),
            F::new("Hint", &["hint"]),
            F::new("LastModificationDate", &["lastModificationDate"]),
        ];
        crate::runtime::json::object(deserializer, "PasswordKeyInfo", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for PasswordKeyInfo {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.id = o.lenient()?,
                1 => out.hint = o.lenient()?,
                2 => out.last_modification_date = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for PasswordKeyInfo {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            id: xml::elem_text(el, "ID")?,
            hint: xml::elem_text(el, "Hint")?,
            last_modification_date: xml::elem_text(el, "LastModificationDate")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("ID"),
                    xml::Child::once_text::<String>("Hint"),
                    xml::Child::once_text::<
                        crate::runtime::DateTime,
                    >("LastModificationDate"),
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
            xml::Tag::once("ID"),
            xml::Tag::once("Hint"),
            xml::Tag::once("LastModificationDate"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.id = el_.text()?,
                1 => out.hint = el_.text()?,
                2 => out.last_modification_date = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for PasswordKeyInfo {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ID", &self.id);
        w.elem_text("Hint", &self.hint);
        w.elem_text("LastModificationDate", &self.last_modification_date);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for PasswordKeyInfo {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
