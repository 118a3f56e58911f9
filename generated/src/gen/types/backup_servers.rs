// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `backup-servers`.

#[allow(unused_imports)]
use super::*;

/// Used by POST /backupServers?action=create, PUT /backupServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers.html>
///
/// XML root element: `<BackupServerSpec>`.
#[derive(Clone, PartialEq)]
pub struct BackupServerSpec {
    /// Description of the backup server.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: String,
    /// DNS name or IP address of the backup server.
    ///
    /// XML element `<DnsNameOrIpAddress>`; JSON `"DnsNameOrIpAddress"`.
    pub dns_name_or_ip_address: String,
    /// User name of the account to connect to the backup server specified in the DOMAIN\\USERNAME or HOST\\USERNAME format, for example: 172.16.13.119\\Administrator.
    ///
    /// XML element `<Username>`; JSON `"Username"`.
    pub username: Option<String>,
    /// Port over which Veeam Backup Enterprise Manager must communicate with the backup server. By default, port 9392 is used.
    ///
    /// XML element `<Port>`; JSON `"Port"`.
    pub port: Option<String>,
    /// Password of the account to connect to the backup server.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    pub password: Option<crate::runtime::Secret>,
    /// Default certificate port used by Veeam Backup Enterprise Manager for collecting data from backup servers that have Veeam Backup & Replication 12 or later installed, for example: 9405.
    ///
    /// XML element `<WcfPort>`; JSON `"WcfPort"`.
    pub wcf_port: Option<i64>,
    /// Certificate thumbprint of the backup server.
    ///
    /// XML element `<VbrCertificateThumbprint>`; JSON `"VbrCertificateThumbprint"`.
    pub vbr_certificate_thumbprint: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl std::fmt::Debug for BackupServerSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackupServerSpec")
            .field("description", &self.description)
            .field("dns_name_or_ip_address", &self.dns_name_or_ip_address)
            .field("username", &self.username)
            .field("port", &self.port)
            .field("password", &"<redacted>")
            .field("wcf_port", &self.wcf_port)
            .field("vbr_certificate_thumbprint", &self.vbr_certificate_thumbprint)
            .field("unknown", &self.unknown)
            .finish()
    }
}

impl serde::Serialize for BackupServerSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("Description", &self.description)?;
        o.req("DnsNameOrIpAddress", &self.dns_name_or_ip_address)?;
        o.opt("Username", &self.username)?;
        o.opt("Port", &self.port)?;
        o.opt("Password", &self.password)?;
        o.opt("WcfPort", &self.wcf_port)?;
        o.opt("VbrCertificateThumbprint", &self.vbr_certificate_thumbprint)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for BackupServerSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Description", &["description"]),
            F::new("DnsNameOrIpAddress", &["dnsNameOrIpAddress"]),
            F::new("Username", &["username"]),
            F::new("Port", &["port"]),
            F::new("Password", &["password"]),
            F::new("WcfPort", &["wcfPort"]),
            F::new("VbrCertificateThumbprint", &["vbrCertificateThumbprint"]),
        ];
        crate::runtime::json::object(deserializer, "BackupServerSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for BackupServerSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut description = Default::default();
        let mut dns_name_or_ip_address = Default::default();
        let mut username = Default::default();
        let mut port = Default::default();
        let mut password = Default::default();
        let mut wcf_port = Default::default();
        let mut vbr_certificate_thumbprint = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => description = Some(o.lenient_req()?),
                1 => dns_name_or_ip_address = Some(o.lenient_req()?),
                2 => username = o.lenient()?,
                3 => port = o.lenient()?,
                4 => password = o.value()?,
                5 => wcf_port = o.lenient()?,
                6 => vbr_certificate_thumbprint = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            description: o.required(description, 0)?,
            dns_name_or_ip_address: o.required(dns_name_or_ip_address, 1)?,
            username,
            port,
            password,
            wcf_port,
            vbr_certificate_thumbprint,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for BackupServerSpec {
    const ROOTS: &'static [&'static str] = &["BackupServerSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            description: xml::elem_text(el, "Description")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Description"))?,
            dns_name_or_ip_address: xml::elem_text(el, "DnsNameOrIpAddress")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "DnsNameOrIpAddress",
                ))?,
            username: xml::elem_text(el, "Username")?,
            port: xml::elem_text(el, "Port")?,
            password: xml::elem_text(el, "Password")?,
            wcf_port: xml::elem_text(el, "WcfPort")?,
            vbr_certificate_thumbprint: xml::elem_text(el, "VbrCertificateThumbprint")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<String>("DnsNameOrIpAddress"),
                    xml::Child::once_text::<String>("Username"),
                    xml::Child::once_text::<String>("Port"),
                    xml::Child::once_text::<crate::runtime::Secret>("Password"),
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
        el_.attrs(&[])?;
        let mut description = None;
        let mut dns_name_or_ip_address = None;
        let mut username = None;
        let mut port = None;
        let mut password = None;
        let mut wcf_port = None;
        let mut vbr_certificate_thumbprint = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Description"),
            xml::Tag::once("DnsNameOrIpAddress"),
            xml::Tag::once("Username"),
            xml::Tag::once("Port"),
            xml::Tag::once("Password"),
            xml::Tag::once("WcfPort"),
            xml::Tag::once("VbrCertificateThumbprint"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => description = el_.text()?,
                1 => dns_name_or_ip_address = el_.text()?,
                2 => username = el_.text()?,
                3 => port = el_.text()?,
                4 => password = el_.text()?,
                5 => wcf_port = el_.text()?,
                6 => vbr_certificate_thumbprint = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            description: description?,
            dns_name_or_ip_address: dns_name_or_ip_address?,
            username,
            port,
            password,
            wcf_port,
            vbr_certificate_thumbprint,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for BackupServerSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Description", &self.description);
        w.elem_text_req("DnsNameOrIpAddress", &self.dns_name_or_ip_address);
        w.elem_text("Username", &self.username);
        w.elem_text("Port", &self.port);
        w.elem_text("Password", &self.password);
        w.elem_text("WcfPort", &self.wcf_port);
        w.elem_text("VbrCertificateThumbprint", &self.vbr_certificate_thumbprint);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for BackupServerSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// '&lt;BackupServers&gt;' of XML schema type 'BackupServerEntityListType': the '&lt;BackupServer&gt;' entities of a collection as repeated children; JSON '{"BackupServers": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<BackupServers>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BackupServers {
    /// The 'BackupServer' entities of the collection.
    ///
    /// repeated XML element `<BackupServer>`; JSON `"BackupServers": […]`.
    pub backup_servers: crate::runtime::List<BackupServer>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for BackupServers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("BackupServers", &self.backup_servers)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for BackupServers {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("BackupServers", &["BackupServer", "backupServers"]),
        ];
        crate::runtime::json::object(deserializer, "BackupServers", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for BackupServers {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.backup_servers = o.vec_of("BackupServer")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for BackupServers {
    const ROOTS: &'static [&'static str] = &["BackupServers"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_servers: xml::elems(el, "BackupServer")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("BackupServer")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("BackupServer")])?.is_some() {
            out.backup_servers.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for BackupServers {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("BackupServer", &self.backup_servers);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for BackupServers {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.backup_servers,
            &crate::runtime::unknown::join(path, "BackupServer"),
            out,
        );
    }
}

/// '&lt;CredentialsInfoList&gt;' of XML schema type 'CredentialsInfoListType': the '&lt;CredentialsInfo&gt;' entities of a collection as repeated children; JSON '{"CredentialsInfos": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CredentialsInfoList>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CredentialsInfoList {
    /// The 'CredentialsInfo' entities of the collection.
    ///
    /// repeated XML element `<CredentialsInfo>`; JSON `"CredentialsInfos": […]`.
    pub credentials_infos: crate::runtime::List<CredentialsInfo>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CredentialsInfoList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CredentialsInfos", &self.credentials_infos)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CredentialsInfoList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CredentialsInfos", &["CredentialsInfo", "credentialsInfos"]),
        ];
        crate::runtime::json::object(deserializer, "CredentialsInfoList", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CredentialsInfoList {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.credentials_infos = o.vec_of("CredentialsInfo")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CredentialsInfoList {
    const ROOTS: &'static [&'static str] = &["CredentialsInfoList"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            credentials_infos: xml::elems(el, "CredentialsInfo")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CredentialsInfo")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CredentialsInfo")])?.is_some() {
            out.credentials_infos.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CredentialsInfoList {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CredentialsInfo", &self.credentials_infos);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CredentialsInfoList {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.credentials_infos,
            &crate::runtime::unknown::join(path, "CredentialsInfo"),
            out,
        );
    }
}

/// Used by POST /backupServers/{ID}/credentials?action=create.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_creds.html>
///
/// XML root element: `<CredentialsInfoSpec>`.
#[derive(Clone, PartialEq, Default)]
pub struct CredentialsInfoSpec {
    /// User name of the added credentials record in the DOMAIN\\USENAME format.
    ///
    /// XML element `<Username>`; JSON `"Username"`.
    pub username: Option<String>,
    /// Description of the added credentials record.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Password of the added credentials.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    pub password: Option<crate::runtime::Secret>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl std::fmt::Debug for CredentialsInfoSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CredentialsInfoSpec")
            .field("username", &self.username)
            .field("description", &self.description)
            .field("password", &"<redacted>")
            .field("unknown", &self.unknown)
            .finish()
    }
}

impl serde::Serialize for CredentialsInfoSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Username", &self.username)?;
        o.opt("Description", &self.description)?;
        o.opt("Password", &self.password)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CredentialsInfoSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Username", &["username"]),
            F::new("Description", &["description"]),
            F::new("Password", &["password"]),
        ];
        crate::runtime::json::object(deserializer, "CredentialsInfoSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CredentialsInfoSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.username = o.lenient()?,
                1 => out.description = o.lenient()?,
                2 => out.password = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CredentialsInfoSpec {
    const ROOTS: &'static [&'static str] = &["CredentialsInfoSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            username: xml::elem_text(el, "Username")?,
            description: xml::elem_text(el, "Description")?,
            password: xml::elem_text(el, "Password")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
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
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Username"),
            xml::Tag::once("Description"),
            xml::Tag::once("Password"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.username = el_.text()?,
                1 => out.description = el_.text()?,
                2 => out.password = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CredentialsInfoSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Username", &self.username);
        w.elem_text("Description", &self.description);
        w.elem_text("Password", &self.password);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CredentialsInfoSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// '&lt;PasswordKeyInfoList&gt;' of XML schema type 'PasswordKeyInfoListType': the '&lt;PasswordKeyInfo&gt;' entities of a collection as repeated children; JSON '{"PasswordKeyInfos": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<PasswordKeyInfoList>`.
#[derive(Clone, PartialEq, Default)]
pub struct PasswordKeyInfoList {
    /// The 'PasswordKeyInfo' entities of the collection.
    ///
    /// repeated XML element `<PasswordKeyInfo>`; JSON `"PasswordKeyInfos": […]`.
    pub password_key_infos: crate::runtime::List<PasswordKeyInfo>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl std::fmt::Debug for PasswordKeyInfoList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordKeyInfoList")
            .field("password_key_infos", &"<redacted>")
            .field("unknown", &self.unknown)
            .finish()
    }
}

impl serde::Serialize for PasswordKeyInfoList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("PasswordKeyInfos", &self.password_key_infos)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for PasswordKeyInfoList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("PasswordKeyInfos", &["PasswordKeyInfo", "passwordKeyInfos"]),
        ];
        crate::runtime::json::object(deserializer, "PasswordKeyInfoList", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for PasswordKeyInfoList {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.password_key_infos = o.vec_of("PasswordKeyInfo")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for PasswordKeyInfoList {
    const ROOTS: &'static [&'static str] = &["PasswordKeyInfoList"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            password_key_infos: xml::elems(el, "PasswordKeyInfo")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("PasswordKeyInfo")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("PasswordKeyInfo")])?.is_some() {
            out.password_key_infos.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for PasswordKeyInfoList {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("PasswordKeyInfo", &self.password_key_infos);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for PasswordKeyInfoList {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.password_key_infos,
            &crate::runtime::unknown::join(path, "PasswordKeyInfo"),
            out,
        );
    }
}

/// Used by POST /backupServers/{ID}/passwords?action=create, PUT /backupServers/{ID}/passwords/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_passwords.html>
///
/// XML root element: `<PasswordKeyInfoSpec>`.
#[derive(Clone, PartialEq, Default)]
pub struct PasswordKeyInfoSpec {
    /// Hint for the created password.
    ///
    /// XML element `<Hint>`; JSON `"Hint"`.
    pub hint: Option<String>,
    /// Password value.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    pub password: Option<crate::runtime::Secret>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl std::fmt::Debug for PasswordKeyInfoSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordKeyInfoSpec")
            .field("hint", &self.hint)
            .field("password", &"<redacted>")
            .field("unknown", &self.unknown)
            .finish()
    }
}

impl serde::Serialize for PasswordKeyInfoSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Hint", &self.hint)?;
        o.opt("Password", &self.password)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for PasswordKeyInfoSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Hint", &["hint"]),
            F::new("Password", &["password"]),
        ];
        crate::runtime::json::object(deserializer, "PasswordKeyInfoSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for PasswordKeyInfoSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.hint = o.lenient()?,
                1 => out.password = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for PasswordKeyInfoSpec {
    const ROOTS: &'static [&'static str] = &["PasswordKeyInfoSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hint: xml::elem_text(el, "Hint")?,
            password: xml::elem_text(el, "Password")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Hint"),
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
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[xml::Tag::once("Hint"), xml::Tag::once("Password")];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.hint = el_.text()?,
                1 => out.password = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for PasswordKeyInfoSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Hint", &self.hint);
        w.elem_text("Password", &self.password);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for PasswordKeyInfoSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /backupServers/{ID}?action=quickbackup.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_quickbackup.html>
///
/// XML root element: `<QuickBackupStartupSpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuickBackupStartupSpec {
    /// Reference to a VM for which an incremental backup must be created. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    pub vm_ref: String,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for QuickBackupStartupSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("VmRef", &self.vm_ref)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for QuickBackupStartupSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("VmRef", &["vmRef"])];
        crate::runtime::json::object(deserializer, "QuickBackupStartupSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for QuickBackupStartupSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut vm_ref = Default::default();
        while o.next_field()?.is_some() {
            vm_ref = Some(o.lenient_req()?);
        }
        Ok(Self {
            vm_ref: o.required(vm_ref, 0)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for QuickBackupStartupSpec {
    const ROOTS: &'static [&'static str] = &["QuickBackupStartupSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_ref: xml::elem_text(el, "VmRef")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("VmRef"))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<String>("VmRef")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut vm_ref = None;
        while el_.next_child(&[xml::Tag::once("VmRef")])?.is_some() {
            vm_ref = el_.text()?;
        }
        Some(Self {
            vm_ref: vm_ref?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for QuickBackupStartupSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("VmRef", &self.vm_ref);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for QuickBackupStartupSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /backupServers/{ID}?action=veeamzip.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_zip.html>
///
/// XML root element: `<VeeamZipStartupSpec>`.
#[derive(Clone, PartialEq)]
pub struct VeeamZipStartupSpec {
    /// Reference to a VM or VMs for which a VeeamZIP file must be created. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    pub vm_ref: String,
    /// UID of the backup repository on which the VeeamZIP file must be created.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    pub repository_uid: crate::runtime::Uid,
    /// ID of the password that must be used to encrypt the VeeamZIP file, for example: aeab2c41-fbb1-4d67-83a9-00e269b777c7. Password IDs containing 32 digits with 4 dashes are displayed in the representation of the /backupServers/{ID}/passwords/{ID} resource.
    ///
    /// XML element `<PasswordKeyId>`; JSON `"PasswordKeyId"`.
    pub password_key_id: Option<String>,
    /// Compression level that must be used to create the VeeamZIP file. Possible values:
    ///
    /// - `1` — No compression
    /// - `2` — Dedupe-friendly
    /// - `3` — Optimal
    /// - `4` — High
    /// - `5` — Extreme
    ///
    /// XML element `<CompressionLevel>`; JSON `"CompressionLevel"`.
    pub compression_level: super::enums::VeeamZipStartupSpecCompressionLevel,
    /// By default, before creating a VeeamZIP file, Veeam Backup & Replication quiesces the VM file system with application-aware image processing. Application-aware image processing helps create transactionally consistent VeeamZIP files. To disable application-aware image processing for processed VMs, set this parameter to True.
    ///
    /// XML element `<DisableGuestQuiescence>`; JSON `"DisableGuestQuiescence"`.
    pub disable_guest_quiescence: Option<bool>,
    /// Period of time for which the created VeeamZIP file must be retained on the backup repository. Possible values:
    ///
    /// - `Never`
    /// - `Tonight`
    /// - `TomorrowNight`
    /// - `In3days`
    /// - `In1Week`
    /// - `In2Weeks`
    /// - `In1Month`
    /// - `In3Months`
    /// - `In6Months`
    /// - `In1Year`
    /// - `In2Years`
    /// - `In3Years`
    /// - `In5Years`
    /// - In7Years The In5Years and In7Years values are available starting from Veeam Backup Enterprise Manager 11a (build 11.0.1.1261).
    ///
    /// XML element `<BackupRetention>`; JSON `"BackupRetention"`.
    pub backup_retention: super::enums::FreeBackupRetention,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl std::fmt::Debug for VeeamZipStartupSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VeeamZipStartupSpec")
            .field("vm_ref", &self.vm_ref)
            .field("repository_uid", &self.repository_uid)
            .field("password_key_id", &"<redacted>")
            .field("compression_level", &self.compression_level)
            .field("disable_guest_quiescence", &self.disable_guest_quiescence)
            .field("backup_retention", &self.backup_retention)
            .field("unknown", &self.unknown)
            .finish()
    }
}

impl serde::Serialize for VeeamZipStartupSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("VmRef", &self.vm_ref)?;
        o.req("RepositoryUid", &self.repository_uid)?;
        o.opt("PasswordKeyId", &self.password_key_id)?;
        o.req("CompressionLevel", &self.compression_level)?;
        o.opt("DisableGuestQuiescence", &self.disable_guest_quiescence)?;
        o.req("BackupRetention", &self.backup_retention)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VeeamZipStartupSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VmRef", &["vmRef"]),
            F::new("RepositoryUid", &["repositoryUid"]),
            F::new("PasswordKeyId", &["passwordKeyId"]),
            F::new("CompressionLevel", &["compressionLevel"]),
            F::new("DisableGuestQuiescence", &["disableGuestQuiescence"]),
            F::new("BackupRetention", &["backupRetention"]),
        ];
        crate::runtime::json::object(deserializer, "VeeamZipStartupSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VeeamZipStartupSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut vm_ref = Default::default();
        let mut repository_uid = Default::default();
        let mut password_key_id = Default::default();
        let mut compression_level = Default::default();
        let mut disable_guest_quiescence = Default::default();
        let mut backup_retention = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => vm_ref = Some(o.lenient_req()?),
                1 => repository_uid = Some(o.lenient_req()?),
                2 => password_key_id = o.lenient()?,
                3 => compression_level = Some(o.value()?),
                4 => disable_guest_quiescence = o.lenient()?,
                5 => backup_retention = Some(o.value()?),
                _ => {}
            }
        }
        Ok(Self {
            vm_ref: o.required(vm_ref, 0)?,
            repository_uid: o.required(repository_uid, 1)?,
            password_key_id,
            compression_level: o.required(compression_level, 3)?,
            disable_guest_quiescence,
            backup_retention: o.required(backup_retention, 5)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for VeeamZipStartupSpec {
    const ROOTS: &'static [&'static str] = &["VeeamZipStartupSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_ref: xml::elem_text(el, "VmRef")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("VmRef"))?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("RepositoryUid"))?,
            password_key_id: xml::elem_text(el, "PasswordKeyId")?,
            compression_level: xml::elem_text(el, "CompressionLevel")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "CompressionLevel",
                ))?,
            disable_guest_quiescence: xml::elem_text(el, "DisableGuestQuiescence")?,
            backup_retention: xml::elem_text(el, "BackupRetention")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupRetention"))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("VmRef"),
                    xml::Child::once_text::<crate::runtime::Uid>("RepositoryUid"),
                    xml::Child::once_text::<String>("PasswordKeyId"),
                    xml::Child::once_text::<
                        super::enums::VeeamZipStartupSpecCompressionLevel,
                    >("CompressionLevel"),
                    xml::Child::once_text::<bool>("DisableGuestQuiescence"),
                    xml::Child::once_text::<
                        super::enums::FreeBackupRetention,
                    >("BackupRetention"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut vm_ref = None;
        let mut repository_uid = None;
        let mut password_key_id = None;
        let mut compression_level = None;
        let mut disable_guest_quiescence = None;
        let mut backup_retention = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("VmRef"),
            xml::Tag::once("RepositoryUid"),
            xml::Tag::once("PasswordKeyId"),
            xml::Tag::once("CompressionLevel"),
            xml::Tag::once("DisableGuestQuiescence"),
            xml::Tag::once("BackupRetention"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => vm_ref = el_.text()?,
                1 => repository_uid = el_.text()?,
                2 => password_key_id = el_.text()?,
                3 => compression_level = el_.text()?,
                4 => disable_guest_quiescence = el_.text()?,
                5 => backup_retention = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            vm_ref: vm_ref?,
            repository_uid: repository_uid?,
            password_key_id,
            compression_level: compression_level?,
            disable_guest_quiescence,
            backup_retention: backup_retention?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for VeeamZipStartupSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("VmRef", &self.vm_ref);
        w.elem_text_req("RepositoryUid", &self.repository_uid);
        w.elem_text("PasswordKeyId", &self.password_key_id);
        w.elem_text_req("CompressionLevel", &self.compression_level);
        w.elem_text("DisableGuestQuiescence", &self.disable_guest_quiescence);
        w.elem_text_req("BackupRetention", &self.backup_retention);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VeeamZipStartupSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
