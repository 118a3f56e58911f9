// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `logon`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /logonSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_loginsessions_id.html>
///
/// XML root element: `<LogonSession>`.
#[derive(Clone, PartialEq, Default)]
pub struct LogonSession {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// User name of the account used for the logon session, for example: ENTERPRISE04\\Administrator.
    ///
    /// XML element `<UserName>`; JSON `"UserName"`.
    pub user_name: Option<String>,
    /// Id of the logon session, for example: d7e68afd-cc15-4b1a-bd30-51eb309a1dab.
    ///
    /// XML element `<SessionId>`; JSON `"SessionId"`.
    pub session_id: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl std::fmt::Debug for LogonSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LogonSession")
            .field("type", &self.r#type)
            .field("href", &self.href)
            .field("links", &self.links)
            .field("user_name", &self.user_name)
            .field("session_id", &"<redacted>")
            .field("unknown", &self.unknown)
            .finish()
    }
}

impl serde::Serialize for LogonSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.opt("UserName", &self.user_name)?;
        o.opt("SessionId", &self.session_id)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for LogonSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
            F::new("UserName", &["userName"]),
            F::new("SessionId", &["sessionId"]),
        ];
        crate::runtime::json::object(deserializer, "LogonSession", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for LogonSession {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.links = o.list_of("Link")?,
                3 => out.user_name = o.lenient()?,
                4 => out.session_id = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for LogonSession {
    const ROOTS: &'static [&'static str] = &["LogonSession"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?,
            user_name: xml::elem_text(el, "UserName")?,
            session_id: xml::elem_text(el, "SessionId")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("UserName"),
                    xml::Child::once_text::<String>("SessionId"),
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
            let at_ = el_.attrs(&["Type", "Href"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("UserName"),
            xml::Tag::once("SessionId"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.user_name = el_.text()?,
                2 => out.session_id = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for LogonSession {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("UserName", &self.user_name);
        w.elem_text("SessionId", &self.session_id);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for LogonSession {
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

/// '&lt;LogonSessions&gt;' of XML schema type 'LogonSessionListType': the '&lt;LogonSession&gt;' entities of a collection as repeated children; JSON '{"LogonSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<LogonSessions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LogonSessions {
    /// The 'LogonSession' entities of the collection.
    ///
    /// repeated XML element `<LogonSession>`; JSON `"LogonSessions": […]`.
    pub logon_sessions: crate::runtime::List<LogonSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for LogonSessions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("LogonSessions", &self.logon_sessions)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for LogonSessions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("LogonSessions", &["LogonSession", "logonSessions"]),
        ];
        crate::runtime::json::object(deserializer, "LogonSessions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for LogonSessions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.logon_sessions = o.vec_of("LogonSession")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for LogonSessions {
    const ROOTS: &'static [&'static str] = &["LogonSessions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            logon_sessions: xml::elems(el, "LogonSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("LogonSession")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("LogonSession")])?.is_some() {
            out.logon_sessions.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for LogonSessions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("LogonSession", &self.logon_sessions);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for LogonSessions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.logon_sessions,
            &crate::runtime::unknown::join(path, "LogonSession"),
            out,
        );
    }
}
