// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `backup-servers`, `query`.
#[allow(unused_imports)]
use super::*;
/// Used by GET /backupServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id.html>
///
/// XML root element: `<BackupServer>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BackupServer {
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
    /// Name of the backup server connected to Veeam Backup Enterprise Manager, for example: Backup Server 1.
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
    /// UID of the backup server connected to Veeam Backup Enterprise Manager, for example: urn:veeam:BackupServer:15942270-fb56-4dcc-96e9-5f80e4725a15.
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
    /// Description specified for the backup server in Veeam Backup Enterprise Manager.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Port used by Veeam Backup Enterprise Manager for collecting data from backup servers. By default, port 9392 is used.
    ///
    /// XML element `<Port>`; JSON `"Port"`.
    #[serde(
        rename = "Port",
        alias = "port",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub port: Option<i64>,
    /// Version of Veeam Backup & Replication installed on the backup server, for example: 13.0.0.1420.
    ///
    /// XML element `<Version>`; JSON `"Version"`.
    #[serde(
        rename = "Version",
        alias = "version",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub version: Option<String>,
    /// Default certificate port used by Veeam Backup Enterprise Manager for collecting data from backup servers that have Veeam Backup & Replication 12 or later installed, for example: 9405.
    ///
    /// XML element `<WcfPort>`; JSON `"WcfPort"`.
    #[serde(
        rename = "WcfPort",
        alias = "wcfPort",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wcf_port: Option<i64>,
    /// Certificate thumbprint of the backup server, for example: 0000000000000000000000000000000000000000.
    ///
    /// XML element `<VbrCertificateThumbprint>`; JSON `"VbrCertificateThumbprint"`.
    #[serde(
        rename = "VbrCertificateThumbprint",
        alias = "vbrCertificateThumbprint",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vbr_certificate_thumbprint: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for BackupServer {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            description: xml::elem_text(el, "Description")?,
            port: xml::elem_text(el, "Port")?,
            version: xml::elem_text(el, "Version")?,
            wcf_port: xml::elem_text(el, "WcfPort")?,
            vbr_certificate_thumbprint: xml::elem_text(el, "VbrCertificateThumbprint")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    "Links",
                    "Description",
                    "Port",
                    "Version",
                    "WcfPort",
                    "VbrCertificateThumbprint",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for BackupServer {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("Description", &self.description);
        w.elem_text("Port", &self.port);
        w.elem_text("Version", &self.version);
        w.elem_text("WcfPort", &self.wcf_port);
        w.elem_text("VbrCertificateThumbprint", &self.vbr_certificate_thumbprint);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for BackupServer {
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
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CredentialsInfo {
    /// XML attribute `Href`; JSON `"Href"`.
    #[serde(
        rename = "Href",
        alias = "href",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    #[serde(
        rename = "Type",
        alias = "type",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub r#type: Option<String>,
    /// ID of the credentials record, for example: 3ff61155-ed3d-47c5-a07b-29c7ca0d36b9.
    ///
    /// XML element `<Id>`; JSON `"Id"`.
    #[serde(
        rename = "Id",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// User name of the credentials record, for example: BACKUPSERVER\\Administrator.
    ///
    /// XML element `<Username>`; JSON `"Username"`.
    #[serde(
        rename = "Username",
        alias = "username",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub username: Option<String>,
    /// Description of the credentials record, for example: Administrator credentials.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Password of the credentials record.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    #[serde(
        rename = "Password",
        alias = "password",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub password: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
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
impl crate::runtime::xml::FromXml for CredentialsInfo {
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
                &["Id", "Username", "Description", "Password"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CredentialsInfo {
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
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /backupServers/{ID}/passwords/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_passwords_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PasswordKeyInfo {
    /// ID of the password created on the backup server, for example: bd2fe652-b6c0-4f9f-b466-e10c4dc3e3da
    ///
    /// XML element `<ID>`; JSON `"ID"`.
    #[serde(
        rename = "ID",
        alias = "iD",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// Hint for the password.
    ///
    /// XML element `<Hint>`; JSON `"Hint"`.
    #[serde(
        rename = "Hint",
        alias = "hint",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hint: Option<String>,
    /// Date and time when the password was last modified.
    ///
    /// XML element `<LastModificationDate>`; JSON `"LastModificationDate"`.
    #[serde(
        rename = "LastModificationDate",
        alias = "lastModificationDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub last_modification_date: Option<crate::runtime::DateTime>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for PasswordKeyInfo {
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
                &["ID", "Hint", "LastModificationDate"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for PasswordKeyInfo {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ID", &self.id);
        w.elem_text("Hint", &self.hint);
        w.elem_text("LastModificationDate", &self.last_modification_date);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for PasswordKeyInfo {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
