// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `security`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /security/accounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html>
///
/// XML root element: `<EnterpriseAccount>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnterpriseAccount {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the account that has a specific security role in Veeam Backup Enterprise Manager, for example: BACKUPSERVER\\Operator.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the account that has a specific security role in Veeam Backup Enterprise Manager, for example: urn:veeam:EnterpriseAccount:9570aed1-7eff-4684-b77a-7735bdbe820d.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Type of the account that has a specific security role in Veeam Backup Enterprise Manager. Possible values:
    ///
    /// - `User`
    /// - `Group`
    /// - `ExternalUser`
    /// - ExternalGroup Accounts of the ExternalUser and ExternalGroup type are created for users that will access Veeam Backup Enterprise Manager using a single sign-on service. For details, see the SAML Authentication Support section in the Veeam Backup Enterprise Manager Guide.
    ///
    /// XML element `<AccountType>`; JSON `"AccountType"`.
    pub account_type: Option<super::enums::AccountTypeEnumeration>,
    /// Defines whether the account must have permissions to restore all VMs or not. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<AllowRestoreAllVms>`; JSON `"AllowRestoreAllVms"`.
    pub allow_restore_all_vms: Option<bool>,
    /// File-level restore restrictions assigned to the added account. For details, see File-Level Restore Settings.
    ///
    /// XML element `<FlrSettings>`; JSON `"FlrSettings"`.
    pub flr_settings: Option<FileRestoreSettingsInfoType>,
    /// SQL restore restrictions assigned to the added account. For details, see SQL restore settings.
    ///
    /// XML element `<SqlSettings>`; JSON `"SqlSettings"`.
    pub sql_settings: Option<SqlRestoreSettingsInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for EnterpriseAccount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("AccountType", &self.account_type)?;
        o.opt("AllowRestoreAllVms", &self.allow_restore_all_vms)?;
        o.opt("FlrSettings", &self.flr_settings)?;
        o.opt("SqlSettings", &self.sql_settings)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseAccount {
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
            F::new("AccountType", &["accountType"]),
            F::new("AllowRestoreAllVms", &["allowRestoreAllVms"]),
            F::new("FlrSettings", &["flrSettings"]),
            F::new("SqlSettings", &["sqlSettings"]),
        ];
        crate::runtime::json::object(deserializer, "EnterpriseAccount", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for EnterpriseAccount {
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
                5 => out.account_type = o.value()?,
                6 => out.allow_restore_all_vms = o.lenient()?,
                7 => out.flr_settings = o.value()?,
                8 => out.sql_settings = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for EnterpriseAccount {
    const ROOTS: &'static [&'static str] = &["EnterpriseAccount"];
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
            account_type: xml::elem_text(el, "AccountType")?,
            allow_restore_all_vms: xml::elem_text(el, "AllowRestoreAllVms")?,
            flr_settings: xml::elem(el, "FlrSettings")?,
            sql_settings: xml::elem(el, "SqlSettings")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<
                        super::enums::AccountTypeEnumeration,
                    >("AccountType"),
                    xml::Child::once_text::<bool>("AllowRestoreAllVms"),
                    xml::Child::once("FlrSettings"),
                    xml::Child::once("SqlSettings"),
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
            xml::Tag::once("AccountType"),
            xml::Tag::once("AllowRestoreAllVms"),
            xml::Tag::once("FlrSettings"),
            xml::Tag::once("SqlSettings"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.account_type = el_.text()?,
                2 => out.allow_restore_all_vms = el_.text()?,
                3 => out.flr_settings = Some(el_.elem()?),
                4 => out.sql_settings = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for EnterpriseAccount {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("AccountType", &self.account_type);
        w.elem_text("AllowRestoreAllVms", &self.allow_restore_all_vms);
        w.elem("FlrSettings", &self.flr_settings);
        w.elem("SqlSettings", &self.sql_settings);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for EnterpriseAccount {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.flr_settings,
            &crate::runtime::unknown::join(path, "FlrSettings"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.sql_settings,
            &crate::runtime::unknown::join(path, "SqlSettings"),
            out,
        );
    }
}

/// Used by POST /security/accounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html>
///
/// XML root element: `<EnterpriseAccountCreateSpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnterpriseAccountCreateSpec {
    /// Type of account added to Veeam Backup Enterprise Manager. Possible values:
    ///
    /// - `User`
    /// - `Group`
    /// - `ExternalUser`
    /// - ExternalGroup Accounts of the ExternalUser and ExternalGroup type are created for users that will access Veeam Backup Enterprise Manager using a single sign-on service. For details, see the SAML Authentication Support section in the Veeam Backup Enterprise Manager Guide.
    ///
    /// XML element `<AccountType>`; JSON `"AccountType"`.
    pub account_type: super::enums::AccountTypeEnumeration,
    /// Name of the account added to Veeam Backup Enterprise Manager:
    ///
    /// - For the User or Group account, the name must be specified in the Domain\\Name format, for example: TECH\\william.fox.
    /// - For the ExternalUser account, the name must be specified in the Username@Suffix format, for example: william.fox@tech.com.
    /// - For the ExternalGroup account, the name can be a free-form string.
    ///
    /// XML element `<AccountName>`; JSON `"AccountName"`.
    pub account_name: String,
    /// UID of the role assigned to the added account. To get a list of UIDs for available roles, send the GET HTTP request to the /security/roles resource. For details, see GET /security/roles.
    ///
    /// XML `<Roles><EnterpriseRole/>…</Roles>`; JSON `"Roles": {"EnterpriseRoles": […]}`.
    pub roles: Option<crate::runtime::List<EnterpriseRole>>,
    /// Defines whether the account must have permissions to restore all VMs or not. If this parameter is set to False, the client must provide the restore scope in the HierarchyScopeObjects element.
    ///
    /// XML element `<AllowRestoreAllVms>`; JSON `"AllowRestoreAllVms"`.
    pub allow_restore_all_vms: bool,
    /// Restore scope assigned to the added account. For details, see Hierarchy Scope Settings.
    ///
    /// XML element `<HierarchyScopeObjects>`; JSON `"HierarchyScopeObjects"`.
    pub hierarchy_scope_objects: Option<HierarchyScopeCreateSpecType>,
    /// File-level restore restrictions assigned to the added account. For details, see File-Level Restore Settings.
    ///
    /// XML element `<FlrSettings>`; JSON `"FlrSettings"`.
    pub flr_settings: Option<FileRestoreSettingsInfoType>,
    /// SQL restore restrictions assigned to the added account. For details, see SQL restore settings.
    ///
    /// XML element `<SqlSettings>`; JSON `"SqlSettings"`.
    pub sql_settings: Option<SqlRestoreSettingsSpecsType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for EnterpriseAccountCreateSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("AccountType", &self.account_type)?;
        o.req("AccountName", &self.account_name)?;
        o.documented("Roles", "EnterpriseRoles", &self.roles)?;
        o.req("AllowRestoreAllVms", &self.allow_restore_all_vms)?;
        o.opt("HierarchyScopeObjects", &self.hierarchy_scope_objects)?;
        o.opt("FlrSettings", &self.flr_settings)?;
        o.opt("SqlSettings", &self.sql_settings)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseAccountCreateSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("AccountType", &["accountType"]),
            F::new("AccountName", &["accountName"]),
            F::new("Roles", &["EnterpriseRole", "roles"]),
            F::new("AllowRestoreAllVms", &["allowRestoreAllVms"]),
            F::new("HierarchyScopeObjects", &["hierarchyScopeObjects"]),
            F::new("FlrSettings", &["flrSettings"]),
            F::new("SqlSettings", &["sqlSettings"]),
        ];
        crate::runtime::json::object(deserializer, "EnterpriseAccountCreateSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for EnterpriseAccountCreateSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut account_type = Default::default();
        let mut account_name = Default::default();
        let mut roles = Default::default();
        let mut allow_restore_all_vms = Default::default();
        let mut hierarchy_scope_objects = Default::default();
        let mut flr_settings = Default::default();
        let mut sql_settings = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => account_type = Some(o.value()?),
                1 => account_name = Some(o.lenient_req()?),
                2 => roles = o.list_of("EnterpriseRole")?,
                3 => allow_restore_all_vms = Some(o.lenient_req()?),
                4 => hierarchy_scope_objects = o.value()?,
                5 => flr_settings = o.value()?,
                6 => sql_settings = o.value()?,
                _ => {}
            }
        }
        Ok(Self {
            account_type: o.required(account_type, 0)?,
            account_name: o.required(account_name, 1)?,
            roles,
            allow_restore_all_vms: o.required(allow_restore_all_vms, 3)?,
            hierarchy_scope_objects,
            flr_settings,
            sql_settings,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for EnterpriseAccountCreateSpec {
    const ROOTS: &'static [&'static str] = &["EnterpriseAccountCreateSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            account_type: xml::elem_text(el, "AccountType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("AccountType"))?,
            account_name: xml::elem_text(el, "AccountName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("AccountName"))?,
            roles: xml::wrapped(el, "Roles", "EnterpriseRole")?,
            allow_restore_all_vms: xml::elem_text(el, "AllowRestoreAllVms")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "AllowRestoreAllVms",
                ))?,
            hierarchy_scope_objects: xml::elem(el, "HierarchyScopeObjects")?,
            flr_settings: xml::elem(el, "FlrSettings")?,
            sql_settings: xml::elem(el, "SqlSettings")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<
                        super::enums::AccountTypeEnumeration,
                    >("AccountType"),
                    xml::Child::once_text::<String>("AccountName"),
                    xml::Child::once("Roles"),
                    xml::Child::once_text::<bool>("AllowRestoreAllVms"),
                    xml::Child::once("HierarchyScopeObjects"),
                    xml::Child::once("FlrSettings"),
                    xml::Child::once("SqlSettings"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut account_type = None;
        let mut account_name = None;
        let mut roles = None;
        let mut allow_restore_all_vms = None;
        let mut hierarchy_scope_objects = None;
        let mut flr_settings = None;
        let mut sql_settings = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("AccountType"),
            xml::Tag::once("AccountName"),
            xml::Tag::once("Roles"),
            xml::Tag::once("AllowRestoreAllVms"),
            xml::Tag::once("HierarchyScopeObjects"),
            xml::Tag::once("FlrSettings"),
            xml::Tag::once("SqlSettings"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => account_type = el_.text()?,
                1 => account_name = el_.text()?,
                2 => roles = Some(el_.wrapped("EnterpriseRole")?),
                3 => allow_restore_all_vms = el_.text()?,
                4 => hierarchy_scope_objects = Some(el_.elem()?),
                5 => flr_settings = Some(el_.elem()?),
                6 => sql_settings = Some(el_.elem()?),
                _ => {}
            }
        }
        Some(Self {
            account_type: account_type?,
            account_name: account_name?,
            roles,
            allow_restore_all_vms: allow_restore_all_vms?,
            hierarchy_scope_objects,
            flr_settings,
            sql_settings,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for EnterpriseAccountCreateSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("AccountType", &self.account_type);
        w.elem_text_req("AccountName", &self.account_name);
        w.wrapped("Roles", "EnterpriseRole", self.roles.as_ref());
        w.elem_text_req("AllowRestoreAllVms", &self.allow_restore_all_vms);
        w.elem("HierarchyScopeObjects", &self.hierarchy_scope_objects);
        w.elem("FlrSettings", &self.flr_settings);
        w.elem("SqlSettings", &self.sql_settings);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for EnterpriseAccountCreateSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.roles,
            &crate::runtime::unknown::join(path, "Roles"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.hierarchy_scope_objects,
            &crate::runtime::unknown::join(path, "HierarchyScopeObjects"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.flr_settings,
            &crate::runtime::unknown::join(path, "FlrSettings"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.sql_settings,
            &crate::runtime::unknown::join(path, "SqlSettings"),
            out,
        );
    }
}

/// Used by GET /security/accounts/{ID}/scopes/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnterpriseAccountHierarchyScope {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Name of the virtualization object assigned as a scope, for example: Enterprise.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// ID of the hierarchy root object assigned as a scope, for example: 24a14898-77d0-4881-bbf8-c8ba71ce4d55.
    ///
    /// XML element `<HierarchyRootName>`; JSON `"HierarchyRootName"`.
    pub hierarchy_root_name: Option<String>,
    /// Platform of the virtualization object. Possible values:
    ///
    /// - `VMware`
    /// - `Hyperv`
    /// - `vCloud`
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    pub platform: Option<super::enums::JobPlatform>,
    /// Type of the hierarchy object, for example: ResourcePool, VcdSystem.
    ///
    /// XML element `<HierarchyObjectType>`; JSON `"HierarchyObjectType"`.
    pub hierarchy_object_type: Option<String>,
    /// State of the session that processes the scope. Possible values:
    ///
    /// - `Unprocessed`
    /// - `Processed`
    /// - `Removing`
    ///
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<super::enums::EnterpriseAccountHierarchyScopeState>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for EnterpriseAccountHierarchyScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.opt("Name", &self.name)?;
        o.opt("HierarchyRootName", &self.hierarchy_root_name)?;
        o.opt("Platform", &self.platform)?;
        o.opt("HierarchyObjectType", &self.hierarchy_object_type)?;
        o.opt("State", &self.state)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseAccountHierarchyScope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
            F::new("Name", &["name"]),
            F::new("HierarchyRootName", &["hierarchyRootName"]),
            F::new("Platform", &["platform"]),
            F::new("HierarchyObjectType", &["hierarchyObjectType"]),
            F::new("State", &["state"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "EnterpriseAccountHierarchyScope",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for EnterpriseAccountHierarchyScope {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.links = o.list_of("Link")?,
                2 => out.name = o.lenient()?,
                3 => out.hierarchy_root_name = o.lenient()?,
                4 => out.platform = o.value()?,
                5 => out.hierarchy_object_type = o.lenient()?,
                6 => out.state = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for EnterpriseAccountHierarchyScope {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?,
            name: xml::elem_text(el, "Name")?,
            hierarchy_root_name: xml::elem_text(el, "HierarchyRootName")?,
            platform: xml::elem_text(el, "Platform")?,
            hierarchy_object_type: xml::elem_text(el, "HierarchyObjectType")?,
            state: xml::elem_text(el, "State")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("HierarchyRootName"),
                    xml::Child::once_text::<super::enums::JobPlatform>("Platform"),
                    xml::Child::once_text::<String>("HierarchyObjectType"),
                    xml::Child::once_text::<
                        super::enums::EnterpriseAccountHierarchyScopeState,
                    >("State"),
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
            let at_ = el_.attrs(&["Href"])?;
            out.href = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("Name"),
            xml::Tag::once("HierarchyRootName"),
            xml::Tag::once("Platform"),
            xml::Tag::once("HierarchyObjectType"),
            xml::Tag::once("State"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.name = el_.text()?,
                2 => out.hierarchy_root_name = el_.text()?,
                3 => out.platform = el_.text()?,
                4 => out.hierarchy_object_type = el_.text()?,
                5 => out.state = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for EnterpriseAccountHierarchyScope {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("Name", &self.name);
        w.elem_text("HierarchyRootName", &self.hierarchy_root_name);
        w.elem_text("Platform", &self.platform);
        w.elem_text("HierarchyObjectType", &self.hierarchy_object_type);
        w.elem_text("State", &self.state);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for EnterpriseAccountHierarchyScope {
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

/// Used by GET /security/accounts/{ID}/scopes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes.html>
///
/// XML root element: `<EnterpriseAccountHierarchyScopes>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnterpriseAccountHierarchyScopes {
    /// repeated XML element `<EnterpriseAccountHierarchyScope>`; JSON `"EnterpriseAccountHierarchyScopes": […]`.
    pub enterprise_account_hierarchy_scopes: crate::runtime::List<
        EnterpriseAccountHierarchyScope,
    >,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for EnterpriseAccountHierarchyScopes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems(
            "EnterpriseAccountHierarchyScopes",
            &self.enterprise_account_hierarchy_scopes,
        )?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseAccountHierarchyScopes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "EnterpriseAccountHierarchyScopes",
                &["EnterpriseAccountHierarchyScope", "enterpriseAccountHierarchyScopes"],
            ),
        ];
        crate::runtime::json::object(
            deserializer,
            "EnterpriseAccountHierarchyScopes",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for EnterpriseAccountHierarchyScopes {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.enterprise_account_hierarchy_scopes = o
                .vec_of("EnterpriseAccountHierarchyScope")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for EnterpriseAccountHierarchyScopes {
    const ROOTS: &'static [&'static str] = &["EnterpriseAccountHierarchyScopes"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enterprise_account_hierarchy_scopes: xml::elems(
                    el,
                    "EnterpriseAccountHierarchyScope",
                )?
                .into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("EnterpriseAccountHierarchyScope")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_
            .next_child(&[xml::Tag::many("EnterpriseAccountHierarchyScope")])?
            .is_some()
        {
            out.enterprise_account_hierarchy_scopes.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for EnterpriseAccountHierarchyScopes {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems(
            "EnterpriseAccountHierarchyScope",
            &self.enterprise_account_hierarchy_scopes,
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for EnterpriseAccountHierarchyScopes {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.enterprise_account_hierarchy_scopes,
            &crate::runtime::unknown::join(path, "EnterpriseAccountHierarchyScope"),
            out,
        );
    }
}

/// Used by GET /security/accounts/{ID}/roles/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnterpriseAccountInRole {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Name of the security role assigned to the account, for example: Portal User.
    ///
    /// XML element `<RoleName>`; JSON `"RoleName"`.
    pub role_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for EnterpriseAccountInRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.opt("RoleName", &self.role_name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseAccountInRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
            F::new("RoleName", &["roleName"]),
        ];
        crate::runtime::json::object(deserializer, "EnterpriseAccountInRole", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for EnterpriseAccountInRole {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.links = o.list_of("Link")?,
                2 => out.role_name = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for EnterpriseAccountInRole {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?,
            role_name: xml::elem_text(el, "RoleName")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("RoleName"),
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
            let at_ = el_.attrs(&["Href"])?;
            out.href = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[xml::Tag::once("Links"), xml::Tag::once("RoleName")];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.role_name = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for EnterpriseAccountInRole {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("RoleName", &self.role_name);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for EnterpriseAccountInRole {
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

/// Used by POST /security/accounts/{ID}/roles.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_roles.html>
///
/// XML root element: `<EnterpriseAccountInRoleCreateSpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnterpriseAccountInRoleCreateSpec {
    /// UID of the role that must be assigned to the account. To get a list of IDs for available roles, send the GET HTTP request to the /security/roles resource.
    ///
    /// XML element `<EnterpriseRoleUid>`; JSON `"EnterpriseRoleUid"`.
    pub enterprise_role_uid: crate::runtime::Uid,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for EnterpriseAccountInRoleCreateSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("EnterpriseRoleUid", &self.enterprise_role_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseAccountInRoleCreateSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("EnterpriseRoleUid", &["enterpriseRoleUid"])];
        crate::runtime::json::object(
            deserializer,
            "EnterpriseAccountInRoleCreateSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for EnterpriseAccountInRoleCreateSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut enterprise_role_uid = Default::default();
        while o.next_field()?.is_some() {
            enterprise_role_uid = Some(o.lenient_req()?);
        }
        Ok(Self {
            enterprise_role_uid: o.required(enterprise_role_uid, 0)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for EnterpriseAccountInRoleCreateSpec {
    const ROOTS: &'static [&'static str] = &["EnterpriseAccountInRoleCreateSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enterprise_role_uid: xml::elem_text(el, "EnterpriseRoleUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "EnterpriseRoleUid",
                ))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<crate::runtime::Uid>("EnterpriseRoleUid")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut enterprise_role_uid = None;
        while el_.next_child(&[xml::Tag::once("EnterpriseRoleUid")])?.is_some() {
            enterprise_role_uid = el_.text()?;
        }
        Some(Self {
            enterprise_role_uid: enterprise_role_uid?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for EnterpriseAccountInRoleCreateSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("EnterpriseRoleUid", &self.enterprise_role_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for EnterpriseAccountInRoleCreateSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/security_accounts_id_roles.html>
///
/// XML root element: `<EnterpriseAccountInRoleList>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnterpriseAccountInRoleList {
    /// repeated XML element `<EnterpriseAccountInRole>`; JSON `"EnterpriseAccountInRoles": […]`.
    pub enterprise_account_in_roles: crate::runtime::List<EnterpriseAccountInRole>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for EnterpriseAccountInRoleList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("EnterpriseAccountInRoles", &self.enterprise_account_in_roles)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseAccountInRoleList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "EnterpriseAccountInRoles",
                &["EnterpriseAccountInRole", "enterpriseAccountInRoles"],
            ),
        ];
        crate::runtime::json::object(deserializer, "EnterpriseAccountInRoleList", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for EnterpriseAccountInRoleList {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.enterprise_account_in_roles = o.vec_of("EnterpriseAccountInRole")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for EnterpriseAccountInRoleList {
    const ROOTS: &'static [&'static str] = &["EnterpriseAccountInRoleList"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enterprise_account_in_roles: xml::elems(el, "EnterpriseAccountInRole")?
                .into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("EnterpriseAccountInRole")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("EnterpriseAccountInRole")])?.is_some() {
            out.enterprise_account_in_roles.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for EnterpriseAccountInRoleList {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("EnterpriseAccountInRole", &self.enterprise_account_in_roles);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for EnterpriseAccountInRoleList {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.enterprise_account_in_roles,
            &crate::runtime::unknown::join(path, "EnterpriseAccountInRole"),
            out,
        );
    }
}

/// '&lt;EnterpriseAccounts&gt;' of XML schema type 'EnterpriseAccountEntityListType': the '&lt;EnterpriseAccount&gt;' entities of a collection as repeated children; JSON '{"EnterpriseAccounts": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<EnterpriseAccounts>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnterpriseAccounts {
    /// The 'EnterpriseAccount' entities of the collection.
    ///
    /// repeated XML element `<EnterpriseAccount>`; JSON `"EnterpriseAccounts": […]`.
    pub enterprise_accounts: crate::runtime::List<EnterpriseAccount>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for EnterpriseAccounts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("EnterpriseAccounts", &self.enterprise_accounts)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseAccounts {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("EnterpriseAccounts", &["EnterpriseAccount", "enterpriseAccounts"]),
        ];
        crate::runtime::json::object(deserializer, "EnterpriseAccounts", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for EnterpriseAccounts {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.enterprise_accounts = o.vec_of("EnterpriseAccount")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for EnterpriseAccounts {
    const ROOTS: &'static [&'static str] = &["EnterpriseAccounts"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enterprise_accounts: xml::elems(el, "EnterpriseAccount")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("EnterpriseAccount")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("EnterpriseAccount")])?.is_some() {
            out.enterprise_accounts.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for EnterpriseAccounts {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("EnterpriseAccount", &self.enterprise_accounts);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for EnterpriseAccounts {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.enterprise_accounts,
            &crate::runtime::unknown::join(path, "EnterpriseAccount"),
            out,
        );
    }
}

/// Used by GET /security/roles/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles_id.html>
///
/// XML root element: `<EnterpriseRole>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnterpriseRole {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the security role used in Veeam Backup Enterprise Manager, for example: Portal User.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the security role used in Veeam Backup Enterprise Manager, for example:urn:veeam:EnterpriseRole:d19a3d33-cb77-4ffe-94e6-001432483a4e.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML element `<EnterpriseRoleUid>`; JSON `"EnterpriseRoleUid"`.
    pub enterprise_role_uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for EnterpriseRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("EnterpriseRoleUid", &self.enterprise_role_uid)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("EnterpriseRoleUid", &["enterpriseRoleUid"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "EnterpriseRole", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for EnterpriseRole {
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
                4 => out.enterprise_role_uid = o.lenient()?,
                5 => out.links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for EnterpriseRole {
    const ROOTS: &'static [&'static str] = &["EnterpriseRole"];
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
            enterprise_role_uid: xml::elem_text(el, "EnterpriseRoleUid")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("EnterpriseRoleUid"),
                    xml::Child::once("Links"),
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
            xml::Tag::once("EnterpriseRoleUid"),
            xml::Tag::once("Links"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enterprise_role_uid = el_.text()?,
                1 => out.links = Some(el_.wrapped("Link")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for EnterpriseRole {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.elem_text("EnterpriseRoleUid", &self.enterprise_role_uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for EnterpriseRole {
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

/// '&lt;EnterpriseRoles&gt;' of XML schema type 'EnterpriseRoleEntityListType': the '&lt;EnterpriseRole&gt;' entities of a collection as repeated children; JSON '{"EnterpriseRoles": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<EnterpriseRoles>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnterpriseRoles {
    /// The 'EnterpriseRole' entities of the collection.
    ///
    /// repeated XML element `<EnterpriseRole>`; JSON `"EnterpriseRoles": […]`.
    pub enterprise_roles: crate::runtime::List<EnterpriseRole>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for EnterpriseRoles {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("EnterpriseRoles", &self.enterprise_roles)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseRoles {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("EnterpriseRoles", &["EnterpriseRole", "enterpriseRoles"]),
        ];
        crate::runtime::json::object(deserializer, "EnterpriseRoles", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for EnterpriseRoles {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.enterprise_roles = o.vec_of("EnterpriseRole")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for EnterpriseRoles {
    const ROOTS: &'static [&'static str] = &["EnterpriseRoles"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enterprise_roles: xml::elems(el, "EnterpriseRole")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("EnterpriseRole")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("EnterpriseRole")])?.is_some() {
            out.enterprise_roles.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for EnterpriseRoles {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("EnterpriseRole", &self.enterprise_roles);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for EnterpriseRoles {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.enterprise_roles,
            &crate::runtime::unknown::join(path, "EnterpriseRole"),
            out,
        );
    }
}

/// '&lt;EnterpriseSecuritySettings&gt;' of XML schema type 'EnterpriseSecuritySettingsType': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links') and the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); what else the server sends is not described here.
///
/// XML root element: `<EnterpriseSecuritySettings>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnterpriseSecuritySettings {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// The links to related resources and actions.
    ///
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for EnterpriseSecuritySettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseSecuritySettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "EnterpriseSecuritySettings", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for EnterpriseSecuritySettings {
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

impl crate::runtime::xml::FromXml for EnterpriseSecuritySettings {
    const ROOTS: &'static [&'static str] = &["EnterpriseSecuritySettings"];
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

impl crate::runtime::xml::ToXml for EnterpriseSecuritySettings {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for EnterpriseSecuritySettings {
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

/// Used by GET /security/accounts/{ID}, POST /security/accounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html>
///
/// XML root element: `<FlrSettings>`.
#[derive(Debug, Clone, PartialEq)]
pub struct FileRestoreSettingsInfoType {
    /// Defines whether the account has permissions to restore only files with specific filename extensions or not.
    ///
    /// XML element `<FlrInplaceOnly>`; JSON `"FlrInplaceOnly"`.
    pub flr_inplace_only: bool,
    /// Filename extensions for files that are permitted for restore separated by comma, for example: doc,pptx,pdf.
    ///
    /// XML element `<FlrExtentionRestrictions>`; JSON `"FlrExtentionRestrictions"`.
    pub flr_extention_restrictions: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FileRestoreSettingsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("FlrInplaceOnly", &self.flr_inplace_only)?;
        o.opt("FlrExtentionRestrictions", &self.flr_extention_restrictions)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FileRestoreSettingsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("FlrInplaceOnly", &["flrInplaceOnly"]),
            F::new("FlrExtentionRestrictions", &["flrExtentionRestrictions"]),
        ];
        crate::runtime::json::object(deserializer, "FileRestoreSettingsInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FileRestoreSettingsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut flr_inplace_only = Default::default();
        let mut flr_extention_restrictions = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => flr_inplace_only = Some(o.lenient_req()?),
                1 => flr_extention_restrictions = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            flr_inplace_only: o.required(flr_inplace_only, 0)?,
            flr_extention_restrictions,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for FileRestoreSettingsInfoType {
    const ROOTS: &'static [&'static str] = &["FlrSettings"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            flr_inplace_only: xml::elem_text(el, "FlrInplaceOnly")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("FlrInplaceOnly"))?,
            flr_extention_restrictions: xml::elem_text(el, "FlrExtentionRestrictions")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("FlrInplaceOnly"),
                    xml::Child::once_text::<String>("FlrExtentionRestrictions"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut flr_inplace_only = None;
        let mut flr_extention_restrictions = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("FlrInplaceOnly"),
            xml::Tag::once("FlrExtentionRestrictions"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => flr_inplace_only = el_.text()?,
                1 => flr_extention_restrictions = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            flr_inplace_only: flr_inplace_only?,
            flr_extention_restrictions,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for FileRestoreSettingsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("FlrInplaceOnly", &self.flr_inplace_only);
        w.elem_text("FlrExtentionRestrictions", &self.flr_extention_restrictions);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FileRestoreSettingsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /security/accounts/{ID}/scopes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_scopes.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HierarchyScopeCreateSpec {
    /// Reference to the object in the virtual infrastructure hierarchy. You can construct the reference manually or use the lookup service to retrieve the reference. To get a file share reference, use the GET /nas/fileServers/{ID} request.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    pub hierarchy_obj_ref: Option<String>,
    /// Name of the object in the virtual infrastructure hierarchy, for example: VM01.
    ///
    /// XML element `<ObjectName>`; JSON `"ObjectName"`.
    pub object_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for HierarchyScopeCreateSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("HierarchyObjRef", &self.hierarchy_obj_ref)?;
        o.opt("ObjectName", &self.object_name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for HierarchyScopeCreateSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("HierarchyObjRef", &["hierarchyObjRef"]),
            F::new("ObjectName", &["objectName"]),
        ];
        crate::runtime::json::object(deserializer, "HierarchyScopeCreateSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for HierarchyScopeCreateSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.hierarchy_obj_ref = o.lenient()?,
                1 => out.object_name = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for HierarchyScopeCreateSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            object_name: xml::elem_text(el, "ObjectName")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("HierarchyObjRef"),
                    xml::Child::once_text::<String>("ObjectName"),
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
            xml::Tag::once("HierarchyObjRef"),
            xml::Tag::once("ObjectName"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.hierarchy_obj_ref = el_.text()?,
                1 => out.object_name = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for HierarchyScopeCreateSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("ObjectName", &self.object_name);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for HierarchyScopeCreateSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /security/accounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HierarchyScopeCreateSpecType {
    /// repeated XML element `<HierarchyScopeItem>`; JSON `"HierarchyScopeItem": […]`.
    pub hierarchy_scope_items: crate::runtime::List<HierarchyScopeItem>,
    /// Reference to the object in the virtual infrastructure hierarchy. You can construct the reference manually or use the lookup service to retrieve the reference. To get a file share reference, use the GET /nas/fileServers/{ID} request.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    pub hierarchy_obj_ref: Option<String>,
    /// Name of the object in the virtual infrastructure hierarchy, for example: VM01.
    ///
    /// XML element `<ObjectName>`; JSON `"ObjectName"`.
    pub object_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for HierarchyScopeCreateSpecType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("HierarchyScopeItem", &self.hierarchy_scope_items)?;
        o.opt("HierarchyObjRef", &self.hierarchy_obj_ref)?;
        o.opt("ObjectName", &self.object_name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for HierarchyScopeCreateSpecType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("HierarchyScopeItem", &["hierarchyScopeItem"]),
            F::new("HierarchyObjRef", &["hierarchyObjRef"]),
            F::new("ObjectName", &["objectName"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "HierarchyScopeCreateSpecType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for HierarchyScopeCreateSpecType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.hierarchy_scope_items = o.vec_of("HierarchyScopeItem")?,
                1 => out.hierarchy_obj_ref = o.lenient()?,
                2 => out.object_name = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for HierarchyScopeCreateSpecType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hierarchy_scope_items: xml::elems(el, "HierarchyScopeItem")?.into(),
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            object_name: xml::elem_text(el, "ObjectName")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::many("HierarchyScopeItem"),
                    xml::Child::once_text::<String>("HierarchyObjRef"),
                    xml::Child::once_text::<String>("ObjectName"),
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
            xml::Tag::many("HierarchyScopeItem"),
            xml::Tag::once("HierarchyObjRef"),
            xml::Tag::once("ObjectName"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.hierarchy_scope_items.push(el_.elem()?),
                1 => out.hierarchy_obj_ref = el_.text()?,
                2 => out.object_name = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for HierarchyScopeCreateSpecType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("HierarchyScopeItem", &self.hierarchy_scope_items);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("ObjectName", &self.object_name);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for HierarchyScopeCreateSpecType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.hierarchy_scope_items,
            &crate::runtime::unknown::join(path, "HierarchyScopeItem"),
            out,
        );
    }
}

/// The `HierarchyScopeItem` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HierarchyScopeItem {
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    pub hierarchy_obj_ref: Option<String>,
    /// XML element `<ObjectName>`; JSON `"ObjectName"`.
    pub object_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for HierarchyScopeItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("HierarchyObjRef", &self.hierarchy_obj_ref)?;
        o.opt("ObjectName", &self.object_name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for HierarchyScopeItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("HierarchyObjRef", &["hierarchyObjRef"]),
            F::new("ObjectName", &["objectName"]),
        ];
        crate::runtime::json::object(deserializer, "HierarchyScopeItem", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for HierarchyScopeItem {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.hierarchy_obj_ref = o.lenient()?,
                1 => out.object_name = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for HierarchyScopeItem {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            object_name: xml::elem_text(el, "ObjectName")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("HierarchyObjRef"),
                    xml::Child::once_text::<String>("ObjectName"),
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
            xml::Tag::once("HierarchyObjRef"),
            xml::Tag::once("ObjectName"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.hierarchy_obj_ref = el_.text()?,
                1 => out.object_name = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for HierarchyScopeItem {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("ObjectName", &self.object_name);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for HierarchyScopeItem {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /security/accounts?action=rebuildScope.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_actionrebuildscope.html>
///
/// XML root element: `<RebuildScopeJobSpec>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RebuildScopeJobSpec {
    /// Rebuilds a restore scope for all user accounts added to Veeam Backup Enterprise Manager.
    ///
    /// XML element `<RebuildAll>`; JSON `"RebuildAll"`.
    pub rebuild_all: Option<String>,
    /// Rebuilds a restore scope for user accounts whose restore scope has been changed since the previous scope rebuild operation. This may be helpful if a restore scope was changed for some users but was not automatically refreshed for some reason.
    ///
    /// XML element `<RebuildUnprocessed>`; JSON `"RebuildUnprocessed"`.
    pub rebuild_unprocessed: Option<crate::runtime::Empty>,
    /// Rebuilds a restore scope for the user account that is currently logged on to Veeam Backup Enterprise Manager. This may be helpful if some newly created VMs and backups are not yet displayed to a user right after the new logon session is created.
    ///
    /// XML element `<RebuildForCurrentUser>`; JSON `"RebuildForCurrentUser"`.
    pub rebuild_for_current_user: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RebuildScopeJobSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("RebuildAll", &self.rebuild_all)?;
        o.opt("RebuildUnprocessed", &self.rebuild_unprocessed)?;
        o.opt("RebuildForCurrentUser", &self.rebuild_for_current_user)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RebuildScopeJobSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("RebuildAll", &["rebuildAll"]),
            F::new("RebuildUnprocessed", &["rebuildUnprocessed"]),
            F::new("RebuildForCurrentUser", &["rebuildForCurrentUser"]),
        ];
        crate::runtime::json::object(deserializer, "RebuildScopeJobSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RebuildScopeJobSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.rebuild_all = o.lenient()?,
                1 => out.rebuild_unprocessed = o.value()?,
                2 => out.rebuild_for_current_user = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RebuildScopeJobSpec {
    const ROOTS: &'static [&'static str] = &["RebuildScopeJobSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            rebuild_all: xml::elem_text(el, "RebuildAll")?,
            rebuild_unprocessed: xml::elem_text(el, "RebuildUnprocessed")?,
            rebuild_for_current_user: xml::elem_text(el, "RebuildForCurrentUser")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("RebuildAll"),
                    xml::Child::once_text::<crate::runtime::Empty>("RebuildUnprocessed"),
                    xml::Child::once_text::<String>("RebuildForCurrentUser"),
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
            xml::Tag::once("RebuildAll"),
            xml::Tag::once("RebuildUnprocessed"),
            xml::Tag::once("RebuildForCurrentUser"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.rebuild_all = el_.text()?,
                1 => out.rebuild_unprocessed = el_.text()?,
                2 => out.rebuild_for_current_user = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RebuildScopeJobSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RebuildAll", &self.rebuild_all);
        w.elem_text("RebuildUnprocessed", &self.rebuild_unprocessed);
        w.elem_text("RebuildForCurrentUser", &self.rebuild_for_current_user);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RebuildScopeJobSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /security/accounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SqlRestoreSettingsInfoType {
    /// Defines whether the account is prevented from overriding production databases at restore.
    ///
    /// XML element `<DenyInPlaceRestore>`; JSON `"DenyInPlaceRestore"`.
    pub deny_in_place_restore: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for SqlRestoreSettingsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("DenyInPlaceRestore", &self.deny_in_place_restore)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for SqlRestoreSettingsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("DenyInPlaceRestore", &["denyInPlaceRestore"])];
        crate::runtime::json::object(deserializer, "SqlRestoreSettingsInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for SqlRestoreSettingsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.deny_in_place_restore = o.lenient()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for SqlRestoreSettingsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            deny_in_place_restore: xml::elem_text(el, "DenyInPlaceRestore")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<bool>("DenyInPlaceRestore")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("DenyInPlaceRestore")])?.is_some() {
            out.deny_in_place_restore = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for SqlRestoreSettingsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DenyInPlaceRestore", &self.deny_in_place_restore);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for SqlRestoreSettingsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /security/accounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html>
///
/// XML root element: `<SqlSettings>`.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlRestoreSettingsSpecsType {
    /// Defines whether you want to prevent user account from overriding production databases at restore.
    ///
    /// XML element `<DenyInPlaceRestore>`; JSON `"DenyInPlaceRestore"`.
    pub deny_in_place_restore: bool,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for SqlRestoreSettingsSpecsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("DenyInPlaceRestore", &self.deny_in_place_restore)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for SqlRestoreSettingsSpecsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("DenyInPlaceRestore", &["denyInPlaceRestore"])];
        crate::runtime::json::object(deserializer, "SqlRestoreSettingsSpecsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for SqlRestoreSettingsSpecsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut deny_in_place_restore = Default::default();
        while o.next_field()?.is_some() {
            deny_in_place_restore = Some(o.lenient_req()?);
        }
        Ok(Self {
            deny_in_place_restore: o.required(deny_in_place_restore, 0)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for SqlRestoreSettingsSpecsType {
    const ROOTS: &'static [&'static str] = &["SqlSettings"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            deny_in_place_restore: xml::elem_text(el, "DenyInPlaceRestore")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "DenyInPlaceRestore",
                ))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<bool>("DenyInPlaceRestore")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut deny_in_place_restore = None;
        while el_.next_child(&[xml::Tag::once("DenyInPlaceRestore")])?.is_some() {
            deny_in_place_restore = el_.text()?;
        }
        Some(Self {
            deny_in_place_restore: deny_in_place_restore?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for SqlRestoreSettingsSpecsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("DenyInPlaceRestore", &self.deny_in_place_restore);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for SqlRestoreSettingsSpecsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
