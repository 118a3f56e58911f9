// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `security`.
#[allow(unused_imports)]
use super::*;
/// Used by GET /security/accounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html>
///
/// XML root element: `<EnterpriseAccount>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccount {
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
    /// Name of the account that has a specific security role in Veeam Backup Enterprise Manager, for example: BACKUPSERVER\\Operator.
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
    /// UID of the account that has a specific security role in Veeam Backup Enterprise Manager, for example: urn:veeam:EnterpriseAccount:9570aed1-7eff-4684-b77a-7735bdbe820d.
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
    /// Type of the account that has a specific security role in Veeam Backup Enterprise Manager. Possible values: • User • Group • ExternalUser • ExternalGroup Accounts of the ExternalUser and ExternalGroup type are created for users that will access Veeam Backup Enterprise Manager using a single sign-on service. For details, see the SAML Authentication Support section in the Veeam Backup Enterprise Manager Guide.
    ///
    /// XML element `<AccountType>`; JSON `"AccountType"`.
    #[serde(
        rename = "AccountType",
        alias = "accountType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type: Option<super::enums::EnterpriseAccountAccountType>,
    /// Defines whether the account must have permissions to restore all VMs or not. Possible values: • True • False
    ///
    /// XML element `<AllowRestoreAllVms>`; JSON `"AllowRestoreAllVms"`.
    #[serde(
        rename = "AllowRestoreAllVms",
        alias = "allowRestoreAllVms",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub allow_restore_all_vms: Option<bool>,
    /// File-level restore restrictions assigned to the added account. For details, see File-Level Restore Settings.
    ///
    /// XML element `<FlrSettings>`; JSON `"FlrSettings"`.
    #[serde(
        rename = "FlrSettings",
        alias = "flrSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub flr_settings: Option<FileRestoreSettingsInfoType>,
    /// SQL restore restrictions assigned to the added account. For details, see SQL restore settings.
    ///
    /// XML element `<SqlSettings>`; JSON `"SqlSettings"`.
    #[serde(
        rename = "SqlSettings",
        alias = "sqlSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sql_settings: Option<SqlRestoreSettingsInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for EnterpriseAccount {
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
            account_type: xml::elem_text(el, "AccountType")?,
            allow_restore_all_vms: xml::elem_text(el, "AllowRestoreAllVms")?,
            flr_settings: xml::elem(el, "FlrSettings")?,
            sql_settings: xml::elem(el, "SqlSettings")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    "Links",
                    "AccountType",
                    "AllowRestoreAllVms",
                    "FlrSettings",
                    "SqlSettings",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccount {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("AccountType", &self.account_type);
        w.elem_text("AllowRestoreAllVms", &self.allow_restore_all_vms);
        w.elem("FlrSettings", &self.flr_settings);
        w.elem("SqlSettings", &self.sql_settings);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for EnterpriseAccount {
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccountCreateSpec {
    /// Type of account added to Veeam Backup Enterprise Manager. Possible values: • User • Group • ExternalUser • ExternalGroup Accounts of the ExternalUser and ExternalGroup type are created for users that will access Veeam Backup Enterprise Manager using a single sign-on service. For details, see the SAML Authentication Support section in the Veeam Backup Enterprise Manager Guide.
    ///
    /// XML element `<AccountType>`; JSON `"AccountType"`.
    #[serde(rename = "AccountType", alias = "accountType")]
    pub account_type: super::enums::AccountTypeEnumeration,
    /// Name of the account added to Veeam Backup Enterprise Manager: • For the User or Group account, the name must be specified in the Domain\\Name format, for example: TECH\\william.fox. • For the ExternalUser account, the name must be specified in the Username@Suffix format, for example: william.fox@tech.com. • For the ExternalGroup account, the name can be a free-form string.
    ///
    /// XML element `<AccountName>`; JSON `"AccountName"`.
    #[serde(
        rename = "AccountName",
        alias = "accountName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub account_name: String,
    /// UID of the role assigned to the added account. To get a list of UIDs for available roles, send the GET HTTP request to the /security/roles resource. For details, see GET /security/roles.
    ///
    /// XML `<Roles><EnterpriseRole/>…</Roles>`; JSON `"Roles": {"EnterpriseRoles": […]}`.
    #[serde(
        rename = "Roles",
        alias = "EnterpriseRole",
        alias = "roles",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_enterprise_roles"
    )]
    pub roles: Option<crate::runtime::List<EnterpriseRole>>,
    /// Defines whether the account must have permissions to restore all VMs or not. If this parameter is set to False, the client must provide the restore scope in the HierarchyScopeObjects element.
    ///
    /// XML element `<AllowRestoreAllVms>`; JSON `"AllowRestoreAllVms"`.
    #[serde(
        rename = "AllowRestoreAllVms",
        alias = "allowRestoreAllVms",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub allow_restore_all_vms: bool,
    /// Restore scope assigned to the added account. For details, see Hierarchy Scope Settings.
    ///
    /// XML element `<HierarchyScopeObjects>`; JSON `"HierarchyScopeObjects"`.
    #[serde(
        rename = "HierarchyScopeObjects",
        alias = "hierarchyScopeObjects",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hierarchy_scope_objects: Option<HierarchyScopeCreateSpecType>,
    /// File-level restore restrictions assigned to the added account. For details, see File-Level Restore Settings.
    ///
    /// XML element `<FlrSettings>`; JSON `"FlrSettings"`.
    #[serde(
        rename = "FlrSettings",
        alias = "flrSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub flr_settings: Option<FileRestoreSettingsInfoType>,
    /// SQL restore restrictions assigned to the added account. For details, see SQL restore settings.
    ///
    /// XML element `<SqlSettings>`; JSON `"SqlSettings"`.
    #[serde(
        rename = "SqlSettings",
        alias = "sqlSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sql_settings: Option<SqlRestoreSettingsSpecsType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for EnterpriseAccountCreateSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            account_type: xml::elem_text(el, "AccountType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("AccountType"))?,
            account_name: xml::elem_text(el, "AccountName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("AccountName"))?,
            roles: xml::wrapped(el, "Roles", "EnterpriseRole")?.map(Into::into),
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
                    "AccountType",
                    "AccountName",
                    "Roles",
                    "AllowRestoreAllVms",
                    "HierarchyScopeObjects",
                    "FlrSettings",
                    "SqlSettings",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccountCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("AccountType", &self.account_type);
        w.elem_text_req("AccountName", &self.account_name);
        w.wrapped("Roles", "EnterpriseRole", self.roles.as_deref());
        w.elem_text_req("AllowRestoreAllVms", &self.allow_restore_all_vms);
        w.elem("HierarchyScopeObjects", &self.hierarchy_scope_objects);
        w.elem("FlrSettings", &self.flr_settings);
        w.elem("SqlSettings", &self.sql_settings);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for EnterpriseAccountCreateSpec {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccountHierarchyScope {
    /// XML attribute `Href`; JSON `"Href"`.
    #[serde(
        rename = "Href",
        alias = "href",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub href: Option<crate::runtime::Url>,
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
    /// Name of the virtualization object assigned as a scope, for example: Enterprise.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// ID of the hierarchy root object assigned as a scope, for example: 24a14898-77d0-4881-bbf8-c8ba71ce4d55.
    ///
    /// XML element `<HierarchyRootName>`; JSON `"HierarchyRootName"`.
    #[serde(
        rename = "HierarchyRootName",
        alias = "hierarchyRootName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_root_name: Option<String>,
    /// Platform of the virtualization object. Possible values: • VMware • Hyperv • vCloud
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    #[serde(
        rename = "Platform",
        alias = "platform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform: Option<super::enums::EnterpriseAccountHierarchyScopePlatform>,
    /// Type of the hierarchy object, for example: ResourcePool, VcdSystem.
    ///
    /// XML element `<HierarchyObjectType>`; JSON `"HierarchyObjectType"`.
    #[serde(
        rename = "HierarchyObjectType",
        alias = "hierarchyObjectType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_object_type: Option<String>,
    /// State of the session that processes the scope. Possible values: • Unprocessed • Processed • Removing
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::EnterpriseAccountHierarchyScopeState>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for EnterpriseAccountHierarchyScope {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            name: xml::elem_text(el, "Name")?,
            hierarchy_root_name: xml::elem_text(el, "HierarchyRootName")?,
            platform: xml::elem_text(el, "Platform")?,
            hierarchy_object_type: xml::elem_text(el, "HierarchyObjectType")?,
            state: xml::elem_text(el, "State")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href"],
                &[
                    "Links",
                    "Name",
                    "HierarchyRootName",
                    "Platform",
                    "HierarchyObjectType",
                    "State",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccountHierarchyScope {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("Name", &self.name);
        w.elem_text("HierarchyRootName", &self.hierarchy_root_name);
        w.elem_text("Platform", &self.platform);
        w.elem_text("HierarchyObjectType", &self.hierarchy_object_type);
        w.elem_text("State", &self.state);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for EnterpriseAccountHierarchyScope {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccountHierarchyScopes {
    /// repeated XML element `<EnterpriseAccountHierarchyScope>`; JSON `"EnterpriseAccountHierarchyScopes": […]`.
    #[serde(
        rename = "EnterpriseAccountHierarchyScopes",
        alias = "EnterpriseAccountHierarchyScope",
        alias = "enterpriseAccountHierarchyScopes",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub enterprise_account_hierarchy_scope: crate::runtime::List<
        EnterpriseAccountHierarchyScope,
    >,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for EnterpriseAccountHierarchyScopes {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enterprise_account_hierarchy_scope: xml::elems(
                    el,
                    "EnterpriseAccountHierarchyScope",
                )?
                .into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["EnterpriseAccountHierarchyScope"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccountHierarchyScopes {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems(
            "EnterpriseAccountHierarchyScope",
            &self.enterprise_account_hierarchy_scope,
        );
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for EnterpriseAccountHierarchyScopes {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.enterprise_account_hierarchy_scope,
            &crate::runtime::unknown::join(path, "EnterpriseAccountHierarchyScope"),
            out,
        );
    }
}
/// Used by GET /security/accounts/{ID}/roles/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccountInRole {
    /// XML attribute `Href`; JSON `"Href"`.
    #[serde(
        rename = "Href",
        alias = "href",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub href: Option<crate::runtime::Url>,
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
    /// Name of the security role assigned to the account, for example: Portal User.
    ///
    /// XML element `<RoleName>`; JSON `"RoleName"`.
    #[serde(
        rename = "RoleName",
        alias = "roleName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub role_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for EnterpriseAccountInRole {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            role_name: xml::elem_text(el, "RoleName")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href"],
                &["Links", "RoleName"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccountInRole {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("RoleName", &self.role_name);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for EnterpriseAccountInRole {
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccountInRoleCreateSpec {
    /// UID of the role that must be assigned to the account. To get a list of IDs for available roles, send the GET HTTP request to the /security/roles resource.
    ///
    /// XML element `<EnterpriseRoleUid>`; JSON `"EnterpriseRoleUid"`.
    #[serde(
        rename = "EnterpriseRoleUid",
        alias = "enterpriseRoleUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub enterprise_role_uid: crate::runtime::Uid,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for EnterpriseAccountInRoleCreateSpec {
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
                &["EnterpriseRoleUid"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccountInRoleCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("EnterpriseRoleUid", &self.enterprise_role_uid);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for EnterpriseAccountInRoleCreateSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/security_accounts_id_roles.html>
///
/// XML root element: `<EnterpriseAccountInRoleList>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccountInRoleList {
    /// repeated XML element `<EnterpriseAccountInRole>`; JSON `"EnterpriseAccountInRoles": […]`.
    #[serde(
        rename = "EnterpriseAccountInRoles",
        alias = "EnterpriseAccountInRole",
        alias = "enterpriseAccountInRoles",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub enterprise_account_in_role: crate::runtime::List<EnterpriseAccountInRole>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for EnterpriseAccountInRoleList {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enterprise_account_in_role: xml::elems(el, "EnterpriseAccountInRole")?
                .into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["EnterpriseAccountInRole"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccountInRoleList {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("EnterpriseAccountInRole", &self.enterprise_account_in_role);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for EnterpriseAccountInRoleList {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.enterprise_account_in_role,
            &crate::runtime::unknown::join(path, "EnterpriseAccountInRole"),
            out,
        );
    }
}
/// '&lt;EnterpriseAccounts&gt;' of XML schema type 'EnterpriseAccountEntityListType': the '&lt;EnterpriseAccount&gt;' entities of a collection as repeated children; JSON '{"EnterpriseAccounts": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<EnterpriseAccounts>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccounts {
    /// The 'EnterpriseAccount' entities of the collection.
    ///
    /// repeated XML element `<EnterpriseAccount>`; JSON `"EnterpriseAccounts": […]`.
    #[serde(
        rename = "EnterpriseAccounts",
        alias = "EnterpriseAccount",
        alias = "enterpriseAccounts",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub enterprise_account: crate::runtime::List<EnterpriseAccount>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for EnterpriseAccounts {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enterprise_account: xml::elems(el, "EnterpriseAccount")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["EnterpriseAccount"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccounts {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("EnterpriseAccount", &self.enterprise_account);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for EnterpriseAccounts {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.enterprise_account,
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseRole {
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
    /// Name of the security role used in Veeam Backup Enterprise Manager, for example: Portal User.
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
    /// UID of the security role used in Veeam Backup Enterprise Manager, for example:urn:veeam:EnterpriseRole:d19a3d33-cb77-4ffe-94e6-001432483a4e.
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
    /// XML element `<EnterpriseRoleUid>`; JSON `"EnterpriseRoleUid"`.
    #[serde(
        rename = "EnterpriseRoleUid",
        alias = "enterpriseRoleUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enterprise_role_uid: Option<String>,
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for EnterpriseRole {
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
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &["EnterpriseRoleUid", "Links"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseRole {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.elem_text("EnterpriseRoleUid", &self.enterprise_role_uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for EnterpriseRole {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseRoles {
    /// The 'EnterpriseRole' entities of the collection.
    ///
    /// repeated XML element `<EnterpriseRole>`; JSON `"EnterpriseRoles": […]`.
    #[serde(
        rename = "EnterpriseRoles",
        alias = "EnterpriseRole",
        alias = "enterpriseRoles",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub enterprise_role: crate::runtime::List<EnterpriseRole>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for EnterpriseRoles {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enterprise_role: xml::elems(el, "EnterpriseRole")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["EnterpriseRole"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseRoles {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("EnterpriseRole", &self.enterprise_role);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for EnterpriseRoles {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.enterprise_role,
            &crate::runtime::unknown::join(path, "EnterpriseRole"),
            out,
        );
    }
}
/// '&lt;EnterpriseSecuritySettings&gt;' of XML schema type 'EnterpriseSecuritySettingsType': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links') and the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); what else the server sends is not described here.
///
/// XML root element: `<EnterpriseSecuritySettings>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseSecuritySettings {
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
    /// The links to related resources and actions.
    ///
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for EnterpriseSecuritySettings {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &["Links"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseSecuritySettings {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for EnterpriseSecuritySettings {
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileRestoreSettingsInfoType {
    /// Defines whether the account has permissions to restore only files with specific filename extensions or not.
    ///
    /// XML element `<FlrInplaceOnly>`; JSON `"FlrInplaceOnly"`.
    #[serde(
        rename = "FlrInplaceOnly",
        alias = "flrInplaceOnly",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub flr_inplace_only: bool,
    /// Filename extensions for files that are permitted for restore separated by comma, for example: doc,pptx,pdf.
    ///
    /// XML element `<FlrExtentionRestrictions>`; JSON `"FlrExtentionRestrictions"`.
    #[serde(
        rename = "FlrExtentionRestrictions",
        alias = "flrExtentionRestrictions",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub flr_extention_restrictions: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for FileRestoreSettingsInfoType {
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
                &["FlrInplaceOnly", "FlrExtentionRestrictions"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for FileRestoreSettingsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("FlrInplaceOnly", &self.flr_inplace_only);
        w.elem_text("FlrExtentionRestrictions", &self.flr_extention_restrictions);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for FileRestoreSettingsInfoType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /security/accounts/{ID}/scopes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_scopes.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct HierarchyScopeCreateSpec {
    /// Reference to the object in the virtual infrastructure hierarchy. You can construct the reference manually or use the lookup service to retrieve the reference. To get a file share reference, use the GET /nas/fileServers/{ID} request.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
    /// Name of the object in the virtual infrastructure hierarchy, for example: VM01.
    ///
    /// XML element `<ObjectName>`; JSON `"ObjectName"`.
    #[serde(
        rename = "ObjectName",
        alias = "objectName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for HierarchyScopeCreateSpec {
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
                &["HierarchyObjRef", "ObjectName"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for HierarchyScopeCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("ObjectName", &self.object_name);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for HierarchyScopeCreateSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /security/accounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct HierarchyScopeCreateSpecType {
    /// repeated XML element `<HierarchyScopeItem>`; JSON `"HierarchyScopeItem": […]`.
    #[serde(
        rename = "HierarchyScopeItem",
        alias = "hierarchyScopeItem",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub hierarchy_scope_item: crate::runtime::List<HierarchyScopeItem>,
    /// Reference to the object in the virtual infrastructure hierarchy. You can construct the reference manually or use the lookup service to retrieve the reference. To get a file share reference, use the GET /nas/fileServers/{ID} request.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
    /// Name of the object in the virtual infrastructure hierarchy, for example: VM01.
    ///
    /// XML element `<ObjectName>`; JSON `"ObjectName"`.
    #[serde(
        rename = "ObjectName",
        alias = "objectName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for HierarchyScopeCreateSpecType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hierarchy_scope_item: xml::elems(el, "HierarchyScopeItem")?.into(),
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            object_name: xml::elem_text(el, "ObjectName")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["HierarchyObjRef", "ObjectName"],
                &["HierarchyScopeItem"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for HierarchyScopeCreateSpecType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("HierarchyScopeItem", &self.hierarchy_scope_item);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("ObjectName", &self.object_name);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for HierarchyScopeCreateSpecType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.hierarchy_scope_item,
            &crate::runtime::unknown::join(path, "HierarchyScopeItem"),
            out,
        );
    }
}
/// The `HierarchyScopeItem` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct HierarchyScopeItem {
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
    /// XML element `<ObjectName>`; JSON `"ObjectName"`.
    #[serde(
        rename = "ObjectName",
        alias = "objectName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for HierarchyScopeItem {
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
                &["HierarchyObjRef", "ObjectName"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for HierarchyScopeItem {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("ObjectName", &self.object_name);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for HierarchyScopeItem {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /security/accounts?action=rebuildScope.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_actionrebuildscope.html>
///
/// XML root element: `<RebuildScopeJobSpec>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RebuildScopeJobSpec {
    /// Rebuilds a restore scope for all user accounts added to Veeam Backup Enterprise Manager.
    ///
    /// XML element `<RebuildAll>`; JSON `"RebuildAll"`.
    #[serde(
        rename = "RebuildAll",
        alias = "rebuildAll",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rebuild_all: Option<String>,
    /// Rebuilds a restore scope for user accounts whose restore scope has been changed since the previous scope rebuild operation. This may be helpful if a restore scope was changed for some users but was not automatically refreshed for some reason.
    ///
    /// XML element `<RebuildUnprocessed>`; JSON `"RebuildUnprocessed"`.
    #[serde(
        rename = "RebuildUnprocessed",
        alias = "rebuildUnprocessed",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rebuild_unprocessed: Option<String>,
    /// Rebuilds a restore scope for the user account that is currently logged on to Veeam Backup Enterprise Manager. This may be helpful if some newly created VMs and backups are not yet displayed to a user right after the new logon session is created.
    ///
    /// XML element `<RebuildForCurrentUser>`; JSON `"RebuildForCurrentUser"`.
    #[serde(
        rename = "RebuildForCurrentUser",
        alias = "rebuildForCurrentUser",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rebuild_for_current_user: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for RebuildScopeJobSpec {
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
                &["RebuildAll", "RebuildUnprocessed", "RebuildForCurrentUser"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for RebuildScopeJobSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RebuildAll", &self.rebuild_all);
        w.elem_text("RebuildUnprocessed", &self.rebuild_unprocessed);
        w.elem_text("RebuildForCurrentUser", &self.rebuild_for_current_user);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for RebuildScopeJobSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /security/accounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SqlRestoreSettingsInfoType {
    /// Defines whether the account is prevented from overriding production databases at restore.
    ///
    /// XML element `<DenyInPlaceRestore>`; JSON `"DenyInPlaceRestore"`.
    #[serde(
        rename = "DenyInPlaceRestore",
        alias = "denyInPlaceRestore",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub deny_in_place_restore: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for SqlRestoreSettingsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            deny_in_place_restore: xml::elem_text(el, "DenyInPlaceRestore")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["DenyInPlaceRestore"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for SqlRestoreSettingsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DenyInPlaceRestore", &self.deny_in_place_restore);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for SqlRestoreSettingsInfoType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /security/accounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html>
///
/// XML root element: `<SqlSettings>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SqlRestoreSettingsSpecsType {
    /// Defines whether you want to prevent user account from overriding production databases at restore.
    ///
    /// XML element `<DenyInPlaceRestore>`; JSON `"DenyInPlaceRestore"`.
    #[serde(
        rename = "DenyInPlaceRestore",
        alias = "denyInPlaceRestore",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub deny_in_place_restore: bool,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for SqlRestoreSettingsSpecsType {
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
                &["DenyInPlaceRestore"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for SqlRestoreSettingsSpecsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("DenyInPlaceRestore", &self.deny_in_place_restore);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for SqlRestoreSettingsSpecsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
