// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `cloud`, `query`.

#[allow(unused_imports)]
use super::*;

/// The `ADTenantType` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdTenantType {
    /// XML element `<Domain>`; JSON `"Domain"`.
    pub domain: Option<Domain>,
    /// XML element `<Account>`; JSON `"Account"`.
    pub account: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for AdTenantType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Domain", &self.domain)?;
        o.opt("Account", &self.account)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for AdTenantType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Domain", &["domain"]),
            F::new("Account", &["account"]),
        ];
        crate::runtime::json::object(deserializer, "ADTenantType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for AdTenantType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.domain = o.value()?,
                1 => out.account = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for AdTenantType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            domain: xml::elem(el, "Domain")?,
            account: xml::elem_text(el, "Account")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once("Domain"),
                    xml::Child::once_text::<String>("Account"),
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
        const TAGS: &[xml::Tag] = &[xml::Tag::once("Domain"), xml::Tag::once("Account")];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.domain = Some(el_.elem()?),
                1 => out.account = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for AdTenantType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("Domain", &self.domain);
        w.elem_text("Account", &self.account);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for AdTenantType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.domain,
            &crate::runtime::unknown::join(path, "Domain"),
            out,
        );
    }
}

/// Used by GET /cloud/cloudFailoverPlans/{ID}, PUT /cloud/cloudFailoverPlans/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id.html>
///
/// XML root element: `<CloudFailoverPlan>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudFailoverPlan {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the failover plan, for example: SQL Failover Plan.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the failover plan, for example: urn:veeam:FailoverPlan:ae01e36f-32a3-4095-95fa-09a2af744009.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// UID of the cloud tenant account, for example: urn:veeam:CloudTenant:4f90635a-7ecc-49fe-beb6-60b37eb4bd89
    ///
    /// XML element `<TenantUid>`; JSON `"TenantUid"`.
    pub tenant_uid: Option<crate::runtime::Uid>,
    /// Name of the cloud tenant account, for example: john.smith.
    ///
    /// XML element `<TenantName>`; JSON `"TenantName"`.
    pub tenant_name: Option<String>,
    /// Description of the failover plan specified at the time of the failover plan creation.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Defines custom pre-failover and post-failover scripts for the cloud failover plan. For details, see Cloud Failover Plan Options.
    ///
    /// XML element `<CloudFailoverPlanOptions>`; JSON `"CloudFailoverPlanOptions"`.
    pub cloud_failover_plan_options: Option<CloudFailoverPlanOptionsInfoType>,
    /// Contains a list of VMs added to the cloud failover plan. For details, see /cloud/cloudFailoverPlans/{ID}/includes.
    ///
    /// XML `<CloudFailoverPlanInfo><Includes/>…</CloudFailoverPlanInfo>`; JSON `"CloudFailoverPlanInfo": {"Includeses": […]}`.
    pub cloud_failover_plan_info: Option<crate::runtime::List<Includes>>,
    /// Defines whether custom post-failover script is specified for the cloud failover plan. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<PostFailoverPlanCommandEnabled>`; JSON `"PostFailoverPlanCommandEnabled"`.
    pub post_failover_plan_command_enabled: Option<bool>,
    /// Path to the custom post-failover script, for example: C:\\scripts\\post-failover.bat
    ///
    /// XML element `<PostFailoverPlanCommand>`; JSON `"PostFailoverPlanCommand"`.
    pub post_failover_plan_command: Option<String>,
    /// Defines whether custom pre-failover script is specified for the cloud failover plan. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<PreFailoverPlanCommandEnabled>`; JSON `"PreFailoverPlanCommandEnabled"`.
    pub pre_failover_plan_command_enabled: Option<bool>,
    /// Path to the custom pre-failover script, for example: C:\\scripts\\pre-failover.bat.
    ///
    /// XML element `<PreFailoverPlanCommand>`; JSON `"PreFailoverPlanCommand"`.
    pub pre_failover_plan_command: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudFailoverPlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("TenantUid", &self.tenant_uid)?;
        o.opt("TenantName", &self.tenant_name)?;
        o.opt("Description", &self.description)?;
        o.opt("CloudFailoverPlanOptions", &self.cloud_failover_plan_options)?;
        o.documented(
            "CloudFailoverPlanInfo",
            "Includeses",
            &self.cloud_failover_plan_info,
        )?;
        o.opt(
            "PostFailoverPlanCommandEnabled",
            &self.post_failover_plan_command_enabled,
        )?;
        o.opt("PostFailoverPlanCommand", &self.post_failover_plan_command)?;
        o.opt("PreFailoverPlanCommandEnabled", &self.pre_failover_plan_command_enabled)?;
        o.opt("PreFailoverPlanCommand", &self.pre_failover_plan_command)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudFailoverPlan {
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
            F::new("TenantUid", &["tenantUid"]),
            F::new("TenantName", &["tenantName"]),
            F::new("Description", &["description"]),
            F::new("CloudFailoverPlanOptions", &["cloudFailoverPlanOptions"]),
            F::new("CloudFailoverPlanInfo", &["Includes", "cloudFailoverPlanInfo"]),
            F::new(
                "PostFailoverPlanCommandEnabled",
                &["postFailoverPlanCommandEnabled"],
            ),
            F::new("PostFailoverPlanCommand", &["postFailoverPlanCommand"]),
            F::new("PreFailoverPlanCommandEnabled", &["preFailoverPlanCommandEnabled"]),
            F::new("PreFailoverPlanCommand", &["preFailoverPlanCommand"]),
        ];
        crate::runtime::json::object(deserializer, "CloudFailoverPlan", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudFailoverPlan {
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
                5 => out.tenant_uid = o.lenient()?,
                6 => out.tenant_name = o.lenient()?,
                7 => out.description = o.lenient()?,
                8 => out.cloud_failover_plan_options = o.value()?,
                9 => out.cloud_failover_plan_info = o.list_of("Includes")?,
                10 => out.post_failover_plan_command_enabled = o.lenient()?,
                11 => out.post_failover_plan_command = o.lenient()?,
                12 => out.pre_failover_plan_command_enabled = o.lenient()?,
                13 => out.pre_failover_plan_command = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudFailoverPlan {
    const ROOTS: &'static [&'static str] = &["CloudFailoverPlan"];
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
            tenant_uid: xml::elem_text(el, "TenantUid")?,
            tenant_name: xml::elem_text(el, "TenantName")?,
            description: xml::elem_text(el, "Description")?,
            cloud_failover_plan_options: xml::elem(el, "CloudFailoverPlanOptions")?,
            cloud_failover_plan_info: xml::wrapped(
                el,
                "CloudFailoverPlanInfo",
                "Includes",
            )?,
            post_failover_plan_command_enabled: xml::elem_text(
                el,
                "PostFailoverPlanCommandEnabled",
            )?,
            post_failover_plan_command: xml::elem_text(el, "PostFailoverPlanCommand")?,
            pre_failover_plan_command_enabled: xml::elem_text(
                el,
                "PreFailoverPlanCommandEnabled",
            )?,
            pre_failover_plan_command: xml::elem_text(el, "PreFailoverPlanCommand")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::Uid>("TenantUid"),
                    xml::Child::once_text::<String>("TenantName"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once("CloudFailoverPlanOptions"),
                    xml::Child::once("CloudFailoverPlanInfo"),
                    xml::Child::once_text::<bool>("PostFailoverPlanCommandEnabled"),
                    xml::Child::once_text::<String>("PostFailoverPlanCommand"),
                    xml::Child::once_text::<bool>("PreFailoverPlanCommandEnabled"),
                    xml::Child::once_text::<String>("PreFailoverPlanCommand"),
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
            xml::Tag::once("TenantUid"),
            xml::Tag::once("TenantName"),
            xml::Tag::once("Description"),
            xml::Tag::once("CloudFailoverPlanOptions"),
            xml::Tag::once("CloudFailoverPlanInfo"),
            xml::Tag::once("PostFailoverPlanCommandEnabled"),
            xml::Tag::once("PostFailoverPlanCommand"),
            xml::Tag::once("PreFailoverPlanCommandEnabled"),
            xml::Tag::once("PreFailoverPlanCommand"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.tenant_uid = el_.text()?,
                2 => out.tenant_name = el_.text()?,
                3 => out.description = el_.text()?,
                4 => out.cloud_failover_plan_options = Some(el_.elem()?),
                5 => out.cloud_failover_plan_info = Some(el_.wrapped("Includes")?),
                6 => out.post_failover_plan_command_enabled = el_.text()?,
                7 => out.post_failover_plan_command = el_.text()?,
                8 => out.pre_failover_plan_command_enabled = el_.text()?,
                9 => out.pre_failover_plan_command = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudFailoverPlan {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("TenantUid", &self.tenant_uid);
        w.elem_text("TenantName", &self.tenant_name);
        w.elem_text("Description", &self.description);
        w.elem("CloudFailoverPlanOptions", &self.cloud_failover_plan_options);
        w.wrapped(
            "CloudFailoverPlanInfo",
            "Includes",
            self.cloud_failover_plan_info.as_ref(),
        );
        w.elem_text(
            "PostFailoverPlanCommandEnabled",
            &self.post_failover_plan_command_enabled,
        );
        w.elem_text("PostFailoverPlanCommand", &self.post_failover_plan_command);
        w.elem_text(
            "PreFailoverPlanCommandEnabled",
            &self.pre_failover_plan_command_enabled,
        );
        w.elem_text("PreFailoverPlanCommand", &self.pre_failover_plan_command);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudFailoverPlan {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.cloud_failover_plan_options,
            &crate::runtime::unknown::join(path, "CloudFailoverPlanOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.cloud_failover_plan_info,
            &crate::runtime::unknown::join(path, "CloudFailoverPlanInfo"),
            out,
        );
    }
}

/// Used by GET /cloud/cloudFailoverPlans/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudFailoverPlanOptionsInfoType {
    /// Defines whether custom post-failover script is specified for the cloud failover plan. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<PostFailoverPlanCommandEnabled>`; JSON `"PostFailoverPlanCommandEnabled"`.
    pub post_failover_plan_command_enabled: Option<bool>,
    /// Path to the custom post-failover script, for example: C:\\scripts\\post-failover.bat
    ///
    /// XML element `<PostFailoverPlanCommand>`; JSON `"PostFailoverPlanCommand"`.
    pub post_failover_plan_command: Option<String>,
    /// Defines whether custom pre-failover script is specified for the cloud failover plan. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<PreFailoverPlanCommandEnabled>`; JSON `"PreFailoverPlanCommandEnabled"`.
    pub pre_failover_plan_command_enabled: Option<bool>,
    /// Path to the custom pre-failover script, for example: C:\\scripts\\pre-failover.bat.
    ///
    /// XML element `<PreFailoverPlanCommand>`; JSON `"PreFailoverPlanCommand"`.
    pub pre_failover_plan_command: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudFailoverPlanOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt(
            "PostFailoverPlanCommandEnabled",
            &self.post_failover_plan_command_enabled,
        )?;
        o.opt("PostFailoverPlanCommand", &self.post_failover_plan_command)?;
        o.opt("PreFailoverPlanCommandEnabled", &self.pre_failover_plan_command_enabled)?;
        o.opt("PreFailoverPlanCommand", &self.pre_failover_plan_command)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudFailoverPlanOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "PostFailoverPlanCommandEnabled",
                &["postFailoverPlanCommandEnabled"],
            ),
            F::new("PostFailoverPlanCommand", &["postFailoverPlanCommand"]),
            F::new("PreFailoverPlanCommandEnabled", &["preFailoverPlanCommandEnabled"]),
            F::new("PreFailoverPlanCommand", &["preFailoverPlanCommand"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudFailoverPlanOptionsInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudFailoverPlanOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.post_failover_plan_command_enabled = o.lenient()?,
                1 => out.post_failover_plan_command = o.lenient()?,
                2 => out.pre_failover_plan_command_enabled = o.lenient()?,
                3 => out.pre_failover_plan_command = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudFailoverPlanOptionsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            post_failover_plan_command_enabled: xml::elem_text(
                el,
                "PostFailoverPlanCommandEnabled",
            )?,
            post_failover_plan_command: xml::elem_text(el, "PostFailoverPlanCommand")?,
            pre_failover_plan_command_enabled: xml::elem_text(
                el,
                "PreFailoverPlanCommandEnabled",
            )?,
            pre_failover_plan_command: xml::elem_text(el, "PreFailoverPlanCommand")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("PostFailoverPlanCommandEnabled"),
                    xml::Child::once_text::<String>("PostFailoverPlanCommand"),
                    xml::Child::once_text::<bool>("PreFailoverPlanCommandEnabled"),
                    xml::Child::once_text::<String>("PreFailoverPlanCommand"),
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
            xml::Tag::once("PostFailoverPlanCommandEnabled"),
            xml::Tag::once("PostFailoverPlanCommand"),
            xml::Tag::once("PreFailoverPlanCommandEnabled"),
            xml::Tag::once("PreFailoverPlanCommand"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.post_failover_plan_command_enabled = el_.text()?,
                1 => out.post_failover_plan_command = el_.text()?,
                2 => out.pre_failover_plan_command_enabled = el_.text()?,
                3 => out.pre_failover_plan_command = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudFailoverPlanOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text(
            "PostFailoverPlanCommandEnabled",
            &self.post_failover_plan_command_enabled,
        );
        w.elem_text("PostFailoverPlanCommand", &self.post_failover_plan_command);
        w.elem_text(
            "PreFailoverPlanCommandEnabled",
            &self.pre_failover_plan_command_enabled,
        );
        w.elem_text("PreFailoverPlanCommand", &self.pre_failover_plan_command);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudFailoverPlanOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `CloudFailoverPlanVm` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudFailoverPlanVm {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML element `<FailoverPlanVMId>`; JSON `"FailoverPlanVMId"`.
    pub failover_plan_vm_id: Option<String>,
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// XML element `<Order>`; JSON `"Order"`.
    pub order: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudFailoverPlanVm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("FailoverPlanVMId", &self.failover_plan_vm_id)?;
        o.opt("Name", &self.name)?;
        o.opt("Order", &self.order)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudFailoverPlanVm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("FailoverPlanVMId", &["failoverPlanVMId"]),
            F::new("Name", &["name"]),
            F::new("Order", &["order"]),
        ];
        crate::runtime::json::object(deserializer, "CloudFailoverPlanVm", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudFailoverPlanVm {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.failover_plan_vm_id = o.lenient()?,
                3 => out.name = o.lenient()?,
                4 => out.order = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudFailoverPlanVm {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            failover_plan_vm_id: xml::elem_text(el, "FailoverPlanVMId")?,
            name: xml::elem_text(el, "Name")?,
            order: xml::elem_text(el, "Order")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &[
                    xml::Child::once_text::<String>("FailoverPlanVMId"),
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("Order"),
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
            xml::Tag::once("FailoverPlanVMId"),
            xml::Tag::once("Name"),
            xml::Tag::once("Order"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.failover_plan_vm_id = el_.text()?,
                1 => out.name = el_.text()?,
                2 => out.order = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudFailoverPlanVm {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.elem_text("FailoverPlanVMId", &self.failover_plan_vm_id);
        w.elem_text("Name", &self.name);
        w.elem_text("Order", &self.order);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudFailoverPlanVm {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cloud/failoverSessions/{ID}, POST /cloud/cloudFailoverPlans/{ID}?action=start, POST /cloud/cloudFailoverPlans/{ID}?action=test.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions_id.html>
///
/// XML root element: `<CloudFailoverSession>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudFailoverSession {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the cloud failover session resource, for example: ABC Company Failover Plan.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the cloud failover session resource, for example: urn:veeam:CloudFailoverSession:475420ee-d045-4493-9869-0a970e08f6f9.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Type of the cloud failover session. Possible value: FailoverPlan.
    ///
    /// XML element `<JobType>`; JSON `"JobType"`.
    pub job_type: Option<String>,
    /// Date and time when the cloud failover session was launched. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Date and time when the cloud failover session was completed. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
    ///
    /// XML element `<EndTimeUTC>`; JSON `"EndTimeUTC"`.
    pub end_time_utc: Option<crate::runtime::DateTime>,
    /// State of the cloud failover session. Possible values:
    ///
    /// - `Starting`
    /// - `Stopping`
    /// - `Working`
    /// - `Stopped`
    ///
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<super::enums::RestoreSessionState>,
    /// Result of the cloud failover session. Possible values:
    ///
    /// - `Success`
    /// - `Warning`
    /// - `Failed`
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<super::enums::SessionResult>,
    /// Progress of the cloud failover session (between 1 and 100).
    ///
    /// XML element `<Progress>`; JSON `"Progress"`.
    pub progress: Option<i64>,
    /// Reason for which the cloud failover session has been completed with the Failed result.
    ///
    /// XML element `<FailureMessage>`; JSON `"FailureMessage"`.
    pub failure_message: Option<String>,
    /// List of cloud failover task sessions. For details, see Cloud Failover Task Session.
    ///
    /// XML element `<CloudFailoverTasks>`; JSON `"CloudFailoverTasks"`.
    pub cloud_failover_tasks: Option<CloudFailoverTaskSessionInfoListType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudFailoverSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("JobType", &self.job_type)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("EndTimeUTC", &self.end_time_utc)?;
        o.opt("State", &self.state)?;
        o.opt("Result", &self.result)?;
        o.opt("Progress", &self.progress)?;
        o.opt("FailureMessage", &self.failure_message)?;
        o.opt("CloudFailoverTasks", &self.cloud_failover_tasks)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudFailoverSession {
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
            F::new("JobType", &["jobType"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("EndTimeUTC", &["endTimeUTC"]),
            F::new("State", &["state"]),
            F::new("Result", &["result"]),
            F::new("Progress", &["progress"]),
            F::new("FailureMessage", &["failureMessage"]),
            F::new("CloudFailoverTasks", &["cloudFailoverTasks"]),
        ];
        crate::runtime::json::object(deserializer, "CloudFailoverSession", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudFailoverSession {
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
                5 => out.job_type = o.lenient()?,
                6 => out.creation_time_utc = o.lenient()?,
                7 => out.end_time_utc = o.lenient()?,
                8 => out.state = o.value()?,
                9 => out.result = o.value()?,
                10 => out.progress = o.lenient()?,
                11 => out.failure_message = o.lenient()?,
                12 => out.cloud_failover_tasks = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudFailoverSession {
    const ROOTS: &'static [&'static str] = &["CloudFailoverSession"];
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
            job_type: xml::elem_text(el, "JobType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            failure_message: xml::elem_text(el, "FailureMessage")?,
            cloud_failover_tasks: xml::elem(el, "CloudFailoverTasks")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("JobType"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<crate::runtime::DateTime>("EndTimeUTC"),
                    xml::Child::once_text::<super::enums::RestoreSessionState>("State"),
                    xml::Child::once_text::<super::enums::SessionResult>("Result"),
                    xml::Child::once_text::<i64>("Progress"),
                    xml::Child::once_text::<String>("FailureMessage"),
                    xml::Child::once("CloudFailoverTasks"),
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
            xml::Tag::once("JobType"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("EndTimeUTC"),
            xml::Tag::once("State"),
            xml::Tag::once("Result"),
            xml::Tag::once("Progress"),
            xml::Tag::once("FailureMessage"),
            xml::Tag::once("CloudFailoverTasks"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.job_type = el_.text()?,
                2 => out.creation_time_utc = el_.text()?,
                3 => out.end_time_utc = el_.text()?,
                4 => out.state = el_.text()?,
                5 => out.result = el_.text()?,
                6 => out.progress = el_.text()?,
                7 => out.failure_message = el_.text()?,
                8 => out.cloud_failover_tasks = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudFailoverSession {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("JobType", &self.job_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("FailureMessage", &self.failure_message);
        w.elem("CloudFailoverTasks", &self.cloud_failover_tasks);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudFailoverSession {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.cloud_failover_tasks,
            &crate::runtime::unknown::join(path, "CloudFailoverTasks"),
            out,
        );
    }
}

/// Used by GET /cloud/failoverSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudFailoverTaskSessionInfoListType {
    /// URL of the /cloud/vmReplicaPoints/{ID} resource — a VM replica point processed by this task session.
    ///
    /// XML element `<VmReplicaPointLink>`; JSON `"VmReplicaPointLink"`.
    pub vm_replica_point_link: Option<String>,
    /// Date and time when the cloud failover task session was started.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Date and time when the cloud failover task session was ended.
    ///
    /// XML element `<EndTimeUTC>`; JSON `"EndTimeUTC"`.
    pub end_time_utc: Option<crate::runtime::DateTime>,
    /// State of the cloud failover task session. Possible values:
    ///
    /// - `Starting`
    /// - `Stopping`
    /// - `Working`
    /// - `Stopped`
    ///
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<super::enums::RestoreSessionState>,
    /// Result of the cloud failover task session. Possible values:
    ///
    /// - `Success`
    /// - `Warning`
    /// - `Failed`
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<super::enums::SessionResult>,
    /// Progress of the cloud failover task session (between 1 and 100).
    ///
    /// XML element `<Progress>`; JSON `"Progress"`.
    pub progress: Option<i64>,
    /// Reason for which the cloud failover task session has been completed with the Failed result.
    ///
    /// XML element `<FailureMessage>`; JSON `"FailureMessage"`.
    pub failure_message: Option<String>,
    /// repeated XML element `<CloudFailoverTasks>`; JSON `"CloudFailoverTaskses": […]`.
    pub cloud_failover_tasks: crate::runtime::List<CloudFailoverTasks>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudFailoverTaskSessionInfoListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VmReplicaPointLink", &self.vm_replica_point_link)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("EndTimeUTC", &self.end_time_utc)?;
        o.opt("State", &self.state)?;
        o.opt("Result", &self.result)?;
        o.opt("Progress", &self.progress)?;
        o.opt("FailureMessage", &self.failure_message)?;
        o.elems("CloudFailoverTaskses", &self.cloud_failover_tasks)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudFailoverTaskSessionInfoListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VmReplicaPointLink", &["vmReplicaPointLink"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("EndTimeUTC", &["endTimeUTC"]),
            F::new("State", &["state"]),
            F::new("Result", &["result"]),
            F::new("Progress", &["progress"]),
            F::new("FailureMessage", &["failureMessage"]),
            F::new(
                "CloudFailoverTaskses",
                &["CloudFailoverTasks", "cloudFailoverTaskses"],
            ),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudFailoverTaskSessionInfoListType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudFailoverTaskSessionInfoListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.vm_replica_point_link = o.lenient()?,
                1 => out.creation_time_utc = o.lenient()?,
                2 => out.end_time_utc = o.lenient()?,
                3 => out.state = o.value()?,
                4 => out.result = o.value()?,
                5 => out.progress = o.lenient()?,
                6 => out.failure_message = o.lenient()?,
                7 => out.cloud_failover_tasks = o.vec_of("CloudFailoverTasks")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudFailoverTaskSessionInfoListType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_replica_point_link: xml::elem_text(el, "VmReplicaPointLink")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            failure_message: xml::elem_text(el, "FailureMessage")?,
            cloud_failover_tasks: xml::elems(el, "CloudFailoverTasks")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("VmReplicaPointLink"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<crate::runtime::DateTime>("EndTimeUTC"),
                    xml::Child::once_text::<super::enums::RestoreSessionState>("State"),
                    xml::Child::once_text::<super::enums::SessionResult>("Result"),
                    xml::Child::once_text::<i64>("Progress"),
                    xml::Child::once_text::<String>("FailureMessage"),
                    xml::Child::many("CloudFailoverTasks"),
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
            xml::Tag::once("VmReplicaPointLink"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("EndTimeUTC"),
            xml::Tag::once("State"),
            xml::Tag::once("Result"),
            xml::Tag::once("Progress"),
            xml::Tag::once("FailureMessage"),
            xml::Tag::many("CloudFailoverTasks"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.vm_replica_point_link = el_.text()?,
                1 => out.creation_time_utc = el_.text()?,
                2 => out.end_time_utc = el_.text()?,
                3 => out.state = el_.text()?,
                4 => out.result = el_.text()?,
                5 => out.progress = el_.text()?,
                6 => out.failure_message = el_.text()?,
                7 => out.cloud_failover_tasks.push(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudFailoverTaskSessionInfoListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VmReplicaPointLink", &self.vm_replica_point_link);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("FailureMessage", &self.failure_message);
        w.elems("CloudFailoverTasks", &self.cloud_failover_tasks);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudFailoverTaskSessionInfoListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_failover_tasks,
            &crate::runtime::unknown::join(path, "CloudFailoverTasks"),
            out,
        );
    }
}

/// The `CloudFailoverTasks` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudFailoverTasks {
    /// XML attribute `VmName`; JSON `"VmName"`.
    pub vm_name: Option<String>,
    /// XML element `<VmReplicaPointLink>`; JSON `"VmReplicaPointLink"`.
    pub vm_replica_point_link: Option<VmReplicaPointLink>,
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<String>,
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<String>,
    /// XML element `<Progress>`; JSON `"Progress"`.
    pub progress: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudFailoverTasks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VmName", &self.vm_name)?;
        o.opt("VmReplicaPointLink", &self.vm_replica_point_link)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("State", &self.state)?;
        o.opt("Result", &self.result)?;
        o.opt("Progress", &self.progress)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudFailoverTasks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VmName", &["vmName"]),
            F::new("VmReplicaPointLink", &["vmReplicaPointLink"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("State", &["state"]),
            F::new("Result", &["result"]),
            F::new("Progress", &["progress"]),
        ];
        crate::runtime::json::object(deserializer, "CloudFailoverTasks", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudFailoverTasks {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.vm_name = o.lenient()?,
                1 => out.vm_replica_point_link = o.value()?,
                2 => out.creation_time_utc = o.lenient()?,
                3 => out.state = o.lenient()?,
                4 => out.result = o.lenient()?,
                5 => out.progress = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudFailoverTasks {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_name: xml::attr(el, "VmName")?,
            vm_replica_point_link: xml::elem(el, "VmReplicaPointLink")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["VmName"],
                &[
                    xml::Child::once("VmReplicaPointLink"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<String>("State"),
                    xml::Child::once_text::<String>("Result"),
                    xml::Child::once_text::<String>("Progress"),
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
            let at_ = el_.attrs(&["VmName"])?;
            out.vm_name = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("VmReplicaPointLink"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("State"),
            xml::Tag::once("Result"),
            xml::Tag::once("Progress"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.vm_replica_point_link = Some(el_.elem()?),
                1 => out.creation_time_utc = el_.text()?,
                2 => out.state = el_.text()?,
                3 => out.result = el_.text()?,
                4 => out.progress = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudFailoverTasks {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("VmName", &self.vm_name);
        w.elem("VmReplicaPointLink", &self.vm_replica_point_link);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudFailoverTasks {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vm_replica_point_link,
            &crate::runtime::unknown::join(path, "VmReplicaPointLink"),
            out,
        );
    }
}

/// Used by GET /cloud/gateways/{ID}, PUT /cloud/gateways/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgateways_id.html>
///
/// XML root element: `<CloudGateway>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudGateway {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// DNS name or IP address (depending on what was used in POST request when creating the cloud gateway) of the the cloud gateway, for example: srv01.tech.local.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the cloud gateway, for example: urn:veeam:CloudGateway:b5025a7b-5e13-41e2-a17e-9d9af985ecfd.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Defines if the cloud gateway is in the enabled or disabled state. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Network mode:
    ///
    /// - Direct (if clients have a direct connection to the cloud gateway)
    /// - NAT (if the cloud gateway is located behind the NAT)
    ///
    /// XML element `<NetworkMode>`; JSON `"NetworkMode"`.
    pub network_mode: super::enums::CloudGatewayNetworking,
    /// External IP address of the NAT gateway. This parameter must be specified if the cloud gateway is located behind the NAT.
    ///
    /// XML element `<ExternalIP>`; JSON `"ExternalIP"`.
    pub external_ip: String,
    /// TCP/IP port over which users' backup servers must communicate with the cloud gateway. By default, port 6180 is used.
    ///
    /// XML element `<ExternalPort>`; JSON `"ExternalPort"`.
    pub external_port: Option<i64>,
    /// Port on the NAT gateway used for listening to connections from users. By default, port 6180 is used. This parameter must be specified if the cloud gateway is located behind the NAT.
    ///
    /// XML element `<InternalPort>`; JSON `"InternalPort"`.
    pub internal_port: Option<i64>,
    /// Description for the cloud gateway.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudGateway {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("Enabled", &self.enabled)?;
        o.req("NetworkMode", &self.network_mode)?;
        o.req("ExternalIP", &self.external_ip)?;
        o.opt("ExternalPort", &self.external_port)?;
        o.opt("InternalPort", &self.internal_port)?;
        o.opt("Description", &self.description)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudGateway {
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
            F::new("Enabled", &["enabled"]),
            F::new("NetworkMode", &["networkMode"]),
            F::new("ExternalIP", &["externalIP"]),
            F::new("ExternalPort", &["externalPort"]),
            F::new("InternalPort", &["internalPort"]),
            F::new("Description", &["description"]),
        ];
        crate::runtime::json::object(deserializer, "CloudGateway", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudGateway {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut r#type = Default::default();
        let mut href = Default::default();
        let mut name = Default::default();
        let mut uid = Default::default();
        let mut links = Default::default();
        let mut enabled = Default::default();
        let mut network_mode = Default::default();
        let mut external_ip = Default::default();
        let mut external_port = Default::default();
        let mut internal_port = Default::default();
        let mut description = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => r#type = o.lenient()?,
                1 => href = o.lenient()?,
                2 => name = o.lenient()?,
                3 => uid = o.lenient()?,
                4 => links = o.list_of("Link")?,
                5 => enabled = o.lenient()?,
                6 => network_mode = Some(o.value()?),
                7 => external_ip = Some(o.lenient_req()?),
                8 => external_port = o.lenient()?,
                9 => internal_port = o.lenient()?,
                10 => description = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            r#type,
            href,
            name,
            uid,
            links,
            enabled,
            network_mode: o.required(network_mode, 6)?,
            external_ip: o.required(external_ip, 7)?,
            external_port,
            internal_port,
            description,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CloudGateway {
    const ROOTS: &'static [&'static str] = &["CloudGateway"];
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
            enabled: xml::elem_text(el, "Enabled")?,
            network_mode: xml::elem_text(el, "NetworkMode")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("NetworkMode"))?,
            external_ip: xml::elem_text(el, "ExternalIP")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("ExternalIP"))?,
            external_port: xml::elem_text(el, "ExternalPort")?,
            internal_port: xml::elem_text(el, "InternalPort")?,
            description: xml::elem_text(el, "Description")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once_text::<
                        super::enums::CloudGatewayNetworking,
                    >("NetworkMode"),
                    xml::Child::once_text::<String>("ExternalIP"),
                    xml::Child::once_text::<i64>("ExternalPort"),
                    xml::Child::once_text::<i64>("InternalPort"),
                    xml::Child::once_text::<String>("Description"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let (r#type, href, name, uid) = {
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID"])?;
            (
                xml::attr_value(&at_[0])?,
                xml::attr_value(&at_[1])?,
                xml::attr_value(&at_[2])?,
                xml::attr_value(&at_[3])?,
            )
        };
        let mut links = None;
        let mut enabled = None;
        let mut network_mode = None;
        let mut external_ip = None;
        let mut external_port = None;
        let mut internal_port = None;
        let mut description = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("Enabled"),
            xml::Tag::once("NetworkMode"),
            xml::Tag::once("ExternalIP"),
            xml::Tag::once("ExternalPort"),
            xml::Tag::once("InternalPort"),
            xml::Tag::once("Description"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => links = Some(el_.wrapped("Link")?),
                1 => enabled = el_.text()?,
                2 => network_mode = el_.text()?,
                3 => external_ip = el_.text()?,
                4 => external_port = el_.text()?,
                5 => internal_port = el_.text()?,
                6 => description = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            r#type,
            href,
            name,
            uid,
            links,
            enabled,
            network_mode: network_mode?,
            external_ip: external_ip?,
            external_port,
            internal_port,
            description,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CloudGateway {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("Enabled", &self.enabled);
        w.elem_text_req("NetworkMode", &self.network_mode);
        w.elem_text_req("ExternalIP", &self.external_ip);
        w.elem_text("ExternalPort", &self.external_port);
        w.elem_text("InternalPort", &self.internal_port);
        w.elem_text("Description", &self.description);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudGateway {
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

/// Used by GET /cloud/gatewayPools/{ID}, POST /cloud/gatewayPools, PUT /cloud/gatewayPools/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_gatewaypools_id.html>
///
/// XML root element: `<CloudGatewayPool>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudGatewayPool {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// Name of the cloud gateway pool resource, for example: TechCompany Gateway Pool.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the cloud gateway pool resource, for example: urn:veeam:CloudGatewayPool:18b395e2-81ff-439c-ae8c-188d97274c15.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Description of the cloud gateway pool.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Specifies the list of the cloud gateways included in the cloud gateway pool. At least one cloud gateway must be specified to create a cloud gateway pool. For details, see Cloud Gateway Settings.
    ///
    /// XML `<CloudGateways><CloudGatewayUid/>…</CloudGateways>`; JSON `"CloudGateways": {"CloudGatewayUids": […]}`.
    pub cloud_gateways: Option<crate::runtime::List<crate::runtime::Uid>>,
    /// Specifies a list of cloud tenants to whom the cloud gateway pool will be assigned. This parameter is optional, because a gateway pool can be assigned to no tenants. For details, see Cloud Tenant Settings.
    ///
    /// XML `<CloudTenants><CloudTenantUid/>…</CloudTenants>`; JSON `"CloudTenants": {"CloudTenantUids": […]}`.
    pub cloud_tenants: Option<crate::runtime::List<crate::runtime::Uid>>,
    /// UID of the cloud gateway included in the created cloud gateway pool. Can be obtained from the representation of the /cloud/gateways resource.
    ///
    /// repeated XML element `<CloudGatewayUid>`; JSON `"CloudGatewayUids": […]`.
    pub cloud_gateway_uids: crate::runtime::List<crate::runtime::Uid>,
    /// UID of the tenant account to which the created cloud gateway pool will be assigned. Can be obtained from the representation of the /cloud/tenants resource.
    ///
    /// repeated XML element `<CloudTenantUid>`; JSON `"CloudTenantUids": […]`.
    pub cloud_tenant_uids: crate::runtime::List<crate::runtime::Uid>,
    /// UID of the backup server on which the cloud gateway pool must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    pub backup_server_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudGatewayPool {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("Description", &self.description)?;
        o.documented("CloudGateways", "CloudGatewayUids", &self.cloud_gateways)?;
        o.documented("CloudTenants", "CloudTenantUids", &self.cloud_tenants)?;
        o.elems("CloudGatewayUids", &self.cloud_gateway_uids)?;
        o.elems("CloudTenantUids", &self.cloud_tenant_uids)?;
        o.opt("BackupServerUid", &self.backup_server_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudGatewayPool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("Links", &["Link", "links"]),
            F::new("Description", &["description"]),
            F::new("CloudGateways", &["CloudGatewayUid", "cloudGateways"]),
            F::new("CloudTenants", &["CloudTenantUid", "cloudTenants"]),
            F::new("CloudGatewayUids", &["cloudGatewayUids"]),
            F::new("CloudTenantUids", &["cloudTenantUids"]),
            F::new("BackupServerUid", &["backupServerUid"]),
        ];
        crate::runtime::json::object(deserializer, "CloudGatewayPool", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudGatewayPool {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.name = o.lenient()?,
                3 => out.uid = o.lenient()?,
                4 => out.links = o.list_of("Link")?,
                5 => out.description = o.lenient()?,
                6 => out.cloud_gateways = o.list_of("CloudGatewayUid")?,
                7 => out.cloud_tenants = o.list_of("CloudTenantUid")?,
                8 => out.cloud_gateway_uids = o.vec_of("CloudGatewayUid")?,
                9 => out.cloud_tenant_uids = o.vec_of("CloudTenantUid")?,
                10 => out.backup_server_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudGatewayPool {
    const ROOTS: &'static [&'static str] = &["CloudGatewayPool"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            description: xml::elem_text(el, "Description")?,
            cloud_gateways: xml::wrapped_text(el, "CloudGateways", "CloudGatewayUid")?,
            cloud_tenants: xml::wrapped_text(el, "CloudTenants", "CloudTenantUid")?,
            cloud_gateway_uids: xml::elems_text(el, "CloudGatewayUid")?.into(),
            cloud_tenant_uids: xml::elems_text(el, "CloudTenantUid")?.into(),
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once("CloudGateways"),
                    xml::Child::once("CloudTenants"),
                    xml::Child::many_text::<crate::runtime::Uid>("CloudGatewayUid"),
                    xml::Child::many_text::<crate::runtime::Uid>("CloudTenantUid"),
                    xml::Child::once_text::<crate::runtime::Uid>("BackupServerUid"),
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
            let at_ = el_.attrs(&["Href", "Type", "Name", "UID"])?;
            out.href = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("Description"),
            xml::Tag::once("CloudGateways"),
            xml::Tag::once("CloudTenants"),
            xml::Tag::many("CloudGatewayUid"),
            xml::Tag::many("CloudTenantUid"),
            xml::Tag::once("BackupServerUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.description = el_.text()?,
                2 => out.cloud_gateways = Some(el_.wrapped_text("CloudGatewayUid")?),
                3 => out.cloud_tenants = Some(el_.wrapped_text("CloudTenantUid")?),
                4 => {
                    if let Some(v) = el_.text()? {
                        out.cloud_gateway_uids.push(v)
                    }
                }
                5 => {
                    if let Some(v) = el_.text()? {
                        out.cloud_tenant_uids.push(v)
                    }
                }
                6 => out.backup_server_uid = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudGatewayPool {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("Description", &self.description);
        w.wrapped_text("CloudGateways", "CloudGatewayUid", self.cloud_gateways.as_ref());
        w.wrapped_text("CloudTenants", "CloudTenantUid", self.cloud_tenants.as_ref());
        w.elems_text("CloudGatewayUid", &self.cloud_gateway_uids);
        w.elems_text("CloudTenantUid", &self.cloud_tenant_uids);
        w.elem_text("BackupServerUid", &self.backup_server_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudGatewayPool {
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

/// Used by GET /cloud/tenants/{ID}, POST /cloud/tenants, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
///
/// XML root element: `<CloudGatewayPools>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudGatewayPoolEntityListType {
    /// Description of the cloud gateway pool used by the tenant.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// List of UIDs of cloud gateways included in the gateway pool.
    ///
    /// XML element `<CloudGateways>`; JSON `"CloudGateways"`.
    pub cloud_gateways: Option<CloudGatewayPoolGatewayListType>,
    /// List of UIDs of tenant accounts.
    ///
    /// XML element `<CloudTenants>`; JSON `"CloudTenants"`.
    pub cloud_tenants: Option<CloudGatewayPoolTenantListType>,
    /// UID of the cloud gateway pool that will be assigned to the tenant account. Can be obtained from the representation of the /cloud/gatewayPools resource.
    ///
    /// repeated XML element `<CloudGatewayPoolUid>`; JSON `"CloudGatewayPoolUid": […]`.
    pub cloud_gateway_pool_uids: crate::runtime::List<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudGatewayPoolEntityListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Description", &self.description)?;
        o.opt("CloudGateways", &self.cloud_gateways)?;
        o.opt("CloudTenants", &self.cloud_tenants)?;
        o.elems("CloudGatewayPoolUid", &self.cloud_gateway_pool_uids)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudGatewayPoolEntityListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Description", &["description"]),
            F::new("CloudGateways", &["cloudGateways"]),
            F::new("CloudTenants", &["cloudTenants"]),
            F::new("CloudGatewayPoolUid", &["cloudGatewayPoolUid"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudGatewayPoolEntityListType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudGatewayPoolEntityListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.description = o.lenient()?,
                1 => out.cloud_gateways = o.value()?,
                2 => out.cloud_tenants = o.value()?,
                3 => out.cloud_gateway_pool_uids = o.vec_of("CloudGatewayPoolUid")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudGatewayPoolEntityListType {
    const ROOTS: &'static [&'static str] = &["CloudGatewayPools"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            description: xml::elem_text(el, "Description")?,
            cloud_gateways: xml::elem(el, "CloudGateways")?,
            cloud_tenants: xml::elem(el, "CloudTenants")?,
            cloud_gateway_pool_uids: xml::elems_text(el, "CloudGatewayPoolUid")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once("CloudGateways"),
                    xml::Child::once("CloudTenants"),
                    xml::Child::many_text::<crate::runtime::Uid>("CloudGatewayPoolUid"),
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
            xml::Tag::once("Description"),
            xml::Tag::once("CloudGateways"),
            xml::Tag::once("CloudTenants"),
            xml::Tag::many("CloudGatewayPoolUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.description = el_.text()?,
                1 => out.cloud_gateways = Some(el_.elem()?),
                2 => out.cloud_tenants = Some(el_.elem()?),
                3 => {
                    if let Some(v) = el_.text()? {
                        out.cloud_gateway_pool_uids.push(v)
                    }
                }
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudGatewayPoolEntityListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Description", &self.description);
        w.elem("CloudGateways", &self.cloud_gateways);
        w.elem("CloudTenants", &self.cloud_tenants);
        w.elems_text("CloudGatewayPoolUid", &self.cloud_gateway_pool_uids);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudGatewayPoolEntityListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_gateways,
            &crate::runtime::unknown::join(path, "CloudGateways"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.cloud_tenants,
            &crate::runtime::unknown::join(path, "CloudTenants"),
            out,
        );
    }
}

/// Used by GET /cloud/gatewayPools/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_gatewaypools_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudGatewayPoolGatewayListType {
    /// UID of the cloud gateway included in the cloud gateway pool. Can be obtained from the representation of the /cloud/gateways resource.
    ///
    /// XML element `<CloudGatewayUid>`; JSON `"CloudGatewayUid"`.
    pub cloud_gateway_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudGatewayPoolGatewayListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("CloudGatewayUid", &self.cloud_gateway_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudGatewayPoolGatewayListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("CloudGatewayUid", &["cloudGatewayUid"])];
        crate::runtime::json::object(
            deserializer,
            "CloudGatewayPoolGatewayListType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudGatewayPoolGatewayListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_gateway_uid = o.lenient()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudGatewayPoolGatewayListType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_gateway_uid: xml::elem_text(el, "CloudGatewayUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<crate::runtime::Uid>("CloudGatewayUid")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("CloudGatewayUid")])?.is_some() {
            out.cloud_gateway_uid = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudGatewayPoolGatewayListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("CloudGatewayUid", &self.cloud_gateway_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudGatewayPoolGatewayListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cloud/gatewayPools/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_gatewaypools_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudGatewayPoolTenantListType {
    /// UID of the tenant account to which the cloud gateway pool will be assigned. Can be obtained from the representation of the /cloud/tenants resource.
    ///
    /// XML element `<CloudTenantUid>`; JSON `"CloudTenantUid"`.
    pub cloud_tenant_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudGatewayPoolTenantListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("CloudTenantUid", &self.cloud_tenant_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudGatewayPoolTenantListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("CloudTenantUid", &["cloudTenantUid"])];
        crate::runtime::json::object(
            deserializer,
            "CloudGatewayPoolTenantListType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudGatewayPoolTenantListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_tenant_uid = o.lenient()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudGatewayPoolTenantListType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_tenant_uid: xml::elem_text(el, "CloudTenantUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<crate::runtime::Uid>("CloudTenantUid")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("CloudTenantUid")])?.is_some() {
            out.cloud_tenant_uid = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudGatewayPoolTenantListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("CloudTenantUid", &self.cloud_tenant_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudGatewayPoolTenantListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cloud/hardwarePlans/{ID}, PUT /cloud/hardwarePlans/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans_id.html>
///
/// XML root element: `<CloudHardwarePlan>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudHardwarePlan {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the hardware plan, for example: Hyper-V Silver.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the hardware plan, for example: urn:veeam:CloudHardwarePlan:127e652e-e02e-4951-99e7-03280edfe536.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Description for the hardware plan.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Limit of CPU that can be used by all VM replicas of the tenant subscribed to the hardware plan. To let the replicas use all available CPU resources, the value is set to -1.
    ///
    /// XML element `<ProcessorUsageLimitMhz>`; JSON `"ProcessorUsageLimitMhz"`.
    pub processor_usage_limit_mhz: i64,
    /// Limit of RAM that can be used by all VM replicas of the tenant subscribed to the hardware plan. To let the replicas use all available RAM resources, the value is set to -1.
    ///
    /// XML element `<MemoryUsageLimitMb>`; JSON `"MemoryUsageLimitMb"`.
    pub memory_usage_limit_mb: i64,
    /// Parameters for the hardware plan. For details on parameters for VMware hardware plans, see VMware Hardware Plan Settings. For details on parameters for Hyper-V hardware plans, see Hyper-V Hardware Plan Settings.
    ///
    /// XML element `<HardwarePlanDetails>`; JSON `"HardwarePlanDetails"`.
    pub hardware_plan_details: ViCloudHardwarePlanorHvCloudHardwarePlan,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudHardwarePlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("Description", &self.description)?;
        o.req("ProcessorUsageLimitMhz", &self.processor_usage_limit_mhz)?;
        o.req("MemoryUsageLimitMb", &self.memory_usage_limit_mb)?;
        o.req("HardwarePlanDetails", &self.hardware_plan_details)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudHardwarePlan {
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
            F::new("ProcessorUsageLimitMhz", &["processorUsageLimitMhz"]),
            F::new("MemoryUsageLimitMb", &["memoryUsageLimitMb"]),
            F::new("HardwarePlanDetails", &["hardwarePlanDetails"]),
        ];
        crate::runtime::json::object(deserializer, "CloudHardwarePlan", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudHardwarePlan {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut r#type = Default::default();
        let mut href = Default::default();
        let mut name = Default::default();
        let mut uid = Default::default();
        let mut links = Default::default();
        let mut description = Default::default();
        let mut processor_usage_limit_mhz = Default::default();
        let mut memory_usage_limit_mb = Default::default();
        let mut hardware_plan_details = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => r#type = o.lenient()?,
                1 => href = o.lenient()?,
                2 => name = o.lenient()?,
                3 => uid = o.lenient()?,
                4 => links = o.list_of("Link")?,
                5 => description = o.lenient()?,
                6 => processor_usage_limit_mhz = Some(o.lenient_req()?),
                7 => memory_usage_limit_mb = Some(o.lenient_req()?),
                8 => hardware_plan_details = Some(o.value()?),
                _ => {}
            }
        }
        Ok(Self {
            r#type,
            href,
            name,
            uid,
            links,
            description,
            processor_usage_limit_mhz: o.required(processor_usage_limit_mhz, 6)?,
            memory_usage_limit_mb: o.required(memory_usage_limit_mb, 7)?,
            hardware_plan_details: o.required(hardware_plan_details, 8)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CloudHardwarePlan {
    const ROOTS: &'static [&'static str] = &["CloudHardwarePlan"];
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
            processor_usage_limit_mhz: xml::elem_text(el, "ProcessorUsageLimitMhz")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "ProcessorUsageLimitMhz",
                ))?,
            memory_usage_limit_mb: xml::elem_text(el, "MemoryUsageLimitMb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "MemoryUsageLimitMb",
                ))?,
            hardware_plan_details: xml::elem(el, "HardwarePlanDetails")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "HardwarePlanDetails",
                ))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<i64>("ProcessorUsageLimitMhz"),
                    xml::Child::once_text::<i64>("MemoryUsageLimitMb"),
                    xml::Child::once("HardwarePlanDetails"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let (r#type, href, name, uid) = {
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID"])?;
            (
                xml::attr_value(&at_[0])?,
                xml::attr_value(&at_[1])?,
                xml::attr_value(&at_[2])?,
                xml::attr_value(&at_[3])?,
            )
        };
        let mut links = None;
        let mut description = None;
        let mut processor_usage_limit_mhz = None;
        let mut memory_usage_limit_mb = None;
        let mut hardware_plan_details = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("Description"),
            xml::Tag::once("ProcessorUsageLimitMhz"),
            xml::Tag::once("MemoryUsageLimitMb"),
            xml::Tag::once("HardwarePlanDetails"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => links = Some(el_.wrapped("Link")?),
                1 => description = el_.text()?,
                2 => processor_usage_limit_mhz = el_.text()?,
                3 => memory_usage_limit_mb = el_.text()?,
                4 => hardware_plan_details = Some(el_.elem()?),
                _ => {}
            }
        }
        Some(Self {
            r#type,
            href,
            name,
            uid,
            links,
            description,
            processor_usage_limit_mhz: processor_usage_limit_mhz?,
            memory_usage_limit_mb: memory_usage_limit_mb?,
            hardware_plan_details: hardware_plan_details?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CloudHardwarePlan {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("Description", &self.description);
        w.elem_text_req("ProcessorUsageLimitMhz", &self.processor_usage_limit_mhz);
        w.elem_text_req("MemoryUsageLimitMb", &self.memory_usage_limit_mb);
        w.elem_req("HardwarePlanDetails", &self.hardware_plan_details);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudHardwarePlan {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.hardware_plan_details,
            &crate::runtime::unknown::join(path, "HardwarePlanDetails"),
            out,
        );
    }
}

/// Used by POST /cloud/hardwarePlans.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
///
/// XML root element: `<Network>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudHardwarePlanNetworkInfo {
    /// Number of networks with internet access that will be available to tenant VM replicas.
    ///
    /// XML element `<CountWithInternet>`; JSON `"CountWithInternet"`.
    pub count_with_internet: Option<i64>,
    /// Number of networks without internet access that will be available to tenant VM replicas.
    ///
    /// XML element `<CountWithoutInternet>`; JSON `"CountWithoutInternet"`.
    pub count_without_internet: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudHardwarePlanNetworkInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("CountWithInternet", &self.count_with_internet)?;
        o.opt("CountWithoutInternet", &self.count_without_internet)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudHardwarePlanNetworkInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CountWithInternet", &["countWithInternet"]),
            F::new("CountWithoutInternet", &["countWithoutInternet"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudHardwarePlanNetworkInfo",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudHardwarePlanNetworkInfo {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.count_with_internet = o.lenient()?,
                1 => out.count_without_internet = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudHardwarePlanNetworkInfo {
    const ROOTS: &'static [&'static str] = &["Network"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            count_with_internet: xml::elem_text(el, "CountWithInternet")?,
            count_without_internet: xml::elem_text(el, "CountWithoutInternet")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<i64>("CountWithInternet"),
                    xml::Child::once_text::<i64>("CountWithoutInternet"),
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
            xml::Tag::once("CountWithInternet"),
            xml::Tag::once("CountWithoutInternet"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.count_with_internet = el_.text()?,
                1 => out.count_without_internet = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudHardwarePlanNetworkInfo {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("CountWithInternet", &self.count_with_internet);
        w.elem_text("CountWithoutInternet", &self.count_without_internet);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudHardwarePlanNetworkInfo {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cloud/publicIpAddresses/{ID}, PUT /cloud/publicIpAddresses/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_publicipaddresses_id.html>
///
/// XML root element: `<CloudPublicIpAddress>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudPublicIpAddress {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the public IP address resource, for example: 198.51.100.16.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the public IP address resource, for example: urn:veeam:CloudPublicIpAddress:22d2cdad-ddd1-4789-9e27-03bf25786648.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML attribute `BackupServerUid`; JSON `"BackupServerUid"`.
    pub backup_server_uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Public IP address, for example: 198.51.100.16.
    ///
    /// XML element `<IpAddress>`; JSON `"IpAddress"`.
    pub ip_address: Option<String>,
    /// UID of the tenant account to which the public IP address is assigned, for example: urn:veeam:CloudTenant:4f90635a-7ecc-49fe-beb6-60b37eb4bd89.
    ///
    /// XML element `<TenantUid>`; JSON `"TenantUid"`.
    pub tenant_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudPublicIpAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("BackupServerUid", &self.backup_server_uid)?;
        o.opt("Links", &self.links)?;
        o.opt("IpAddress", &self.ip_address)?;
        o.opt("TenantUid", &self.tenant_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudPublicIpAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("BackupServerUid", &["backupServerUid"]),
            F::new("Links", &["Link", "links"]),
            F::new("IpAddress", &["ipAddress"]),
            F::new("TenantUid", &["tenantUid"]),
        ];
        crate::runtime::json::object(deserializer, "CloudPublicIpAddress", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudPublicIpAddress {
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
                4 => out.backup_server_uid = o.lenient()?,
                5 => out.links = o.list_of("Link")?,
                6 => out.ip_address = o.lenient()?,
                7 => out.tenant_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudPublicIpAddress {
    const ROOTS: &'static [&'static str] = &["CloudPublicIpAddress"];
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
            backup_server_uid: xml::attr(el, "BackupServerUid")?,
            links: xml::wrapped(el, "Links", "Link")?,
            ip_address: xml::elem_text(el, "IpAddress")?,
            tenant_uid: xml::elem_text(el, "TenantUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID", "BackupServerUid"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("IpAddress"),
                    xml::Child::once_text::<crate::runtime::Uid>("TenantUid"),
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
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID", "BackupServerUid"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
            out.backup_server_uid = xml::attr_value(&at_[4])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("IpAddress"),
            xml::Tag::once("TenantUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.ip_address = el_.text()?,
                2 => out.tenant_uid = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudPublicIpAddress {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("BackupServerUid", &self.backup_server_uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("TenantUid", &self.tenant_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudPublicIpAddress {
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

/// Used by GET /cloud/replicas/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas_id.html>
///
/// XML root element: `<CloudReplica>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudReplica {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the cloud replica resource, for example: ABC Company Servers Replication.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the cloud replica resource, for example: urn:veeam:CloudReplica:8393c284-c953-403f-a9b9-cff63e0c6815.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Platform for which the replication job is created. Possible values:
    ///
    /// - `VMware`
    /// - `HyperV`
    /// - `vCloud`
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    pub platform: Option<super::enums::CloudReplicaPlatform>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudReplica {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("Platform", &self.platform)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudReplica {
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
            F::new("Platform", &["platform"]),
        ];
        crate::runtime::json::object(deserializer, "CloudReplica", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudReplica {
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
                5 => out.platform = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudReplica {
    const ROOTS: &'static [&'static str] = &["CloudReplica"];
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
            platform: xml::elem_text(el, "Platform")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<
                        super::enums::CloudReplicaPlatform,
                    >("Platform"),
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
        const TAGS: &[xml::Tag] = &[xml::Tag::once("Links"), xml::Tag::once("Platform")];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.platform = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudReplica {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("Platform", &self.platform);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudReplica {
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

/// Used by GET /cloud/tenants/{ID}/subtenants/{ID}, PUT /cloud/tenants/{ID}/subtenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_subtenants_id.html>
///
/// XML root element: `<CloudSubtenant>`.
#[derive(Clone, PartialEq, Default)]
pub struct CloudSubtenant {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// ID of the subtenant account resource, for example: 4da30260-581d-4b94-8a56-61c117819dcc.
    ///
    /// XML attribute `Id`; JSON `"Id"`.
    pub id: Option<String>,
    /// Name of the subtenant account, for example: ABC Company PC User.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// Description for the subtenant account.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Password for the subtenant account.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    pub password: Option<crate::runtime::Secret>,
    /// Defines whether the subtenant account is in the disabled or enabled state. Possible values:
    ///
    /// - `True` — the subtenant account is enabled
    /// - `False` — the subtenant account is disabled
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Parameters for the storage quota assigned to the subtenant account. For details, see Subtenant Quota Settings.
    ///
    /// XML element `<RepositoryQuota>`; JSON `"RepositoryQuota"`.
    pub repository_quota: Option<CloudSubtenantRepositoryQuotaInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl std::fmt::Debug for CloudSubtenant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CloudSubtenant")
            .field("href", &self.href)
            .field("type", &self.r#type)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("description", &self.description)
            .field("password", &"<redacted>")
            .field("enabled", &self.enabled)
            .field("repository_quota", &self.repository_quota)
            .field("unknown", &self.unknown)
            .finish()
    }
}

impl serde::Serialize for CloudSubtenant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Id", &self.id)?;
        o.opt("Name", &self.name)?;
        o.opt("Description", &self.description)?;
        o.opt("Password", &self.password)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("RepositoryQuota", &self.repository_quota)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudSubtenant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Id", &["id"]),
            F::new("Name", &["name"]),
            F::new("Description", &["description"]),
            F::new("Password", &["password"]),
            F::new("Enabled", &["enabled"]),
            F::new("RepositoryQuota", &["repositoryQuota"]),
        ];
        crate::runtime::json::object(deserializer, "CloudSubtenant", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudSubtenant {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.id = o.lenient()?,
                3 => out.name = o.lenient()?,
                4 => out.description = o.lenient()?,
                5 => out.password = o.value()?,
                6 => out.enabled = o.lenient()?,
                7 => out.repository_quota = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudSubtenant {
    const ROOTS: &'static [&'static str] = &["CloudSubtenant"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            id: xml::attr(el, "Id")?,
            name: xml::elem_text(el, "Name")?,
            description: xml::elem_text(el, "Description")?,
            password: xml::elem_text(el, "Password")?,
            enabled: xml::elem_text(el, "Enabled")?,
            repository_quota: xml::elem(el, "RepositoryQuota")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Id"],
                &[
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<crate::runtime::Secret>("Password"),
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once("RepositoryQuota"),
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
            let at_ = el_.attrs(&["Href", "Type", "Id"])?;
            out.href = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
            out.id = xml::attr_value(&at_[2])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Name"),
            xml::Tag::once("Description"),
            xml::Tag::once("Password"),
            xml::Tag::once("Enabled"),
            xml::Tag::once("RepositoryQuota"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.name = el_.text()?,
                1 => out.description = el_.text()?,
                2 => out.password = el_.text()?,
                3 => out.enabled = el_.text()?,
                4 => out.repository_quota = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudSubtenant {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Id", &self.id);
        w.elem_text("Name", &self.name);
        w.elem_text("Description", &self.description);
        w.elem_text("Password", &self.password);
        w.elem_text("Enabled", &self.enabled);
        w.elem("RepositoryQuota", &self.repository_quota);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudSubtenant {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.repository_quota,
            &crate::runtime::unknown::join(path, "RepositoryQuota"),
            out,
        );
    }
}

/// Used by GET /cloud/tenants/{ID}/subtenants/{ID}, PUT /cloud/tenants/{ID}/subtenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_subtenants_id.html>
///
/// XML root element: `<RepositoryQuota>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudSubtenantRepositoryQuotaInfoType {
    /// XML attribute `Unlimited`; JSON `"Unlimited"`.
    pub unlimited: Option<String>,
    /// Friendly name of the storage quota assigned to the subtenant.
    ///
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    pub display_name: Option<String>,
    /// ID of the tenant storage quota on which the storage quota for the subtenant account must be created, for example: 11c59670-23df-448c-a4b3-74c42669633e.
    ///
    /// XML element `<TenantResourceId>`; JSON `"TenantResourceId"`.
    pub tenant_resource_id: Option<String>,
    /// Size of the storage quota assigned to the subtenant (in MB). Subtenant quota cannot be less than 1GB. Size of the subtenant quota must be defined if the False value is specified for the Unlimited attribute of the RepositoryQuota element.
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    pub quota_mb: i64,
    /// Amount of used space within the storage quota assigned to the subtenant account (in MB).
    ///
    /// XML element `<UsedQuotaMb>`; JSON `"UsedQuotaMb"`.
    pub used_quota_mb: Option<i64>,
    /// ID of the storage quota assigned to the subtenant, for example: 724f861d-16e7-40ee-8b68-cf7b51c31d61.
    ///
    /// XML element `<QuotaId>`; JSON `"QuotaId"`.
    pub quota_id: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudSubtenantRepositoryQuotaInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Unlimited", &self.unlimited)?;
        o.opt("DisplayName", &self.display_name)?;
        o.opt("TenantResourceId", &self.tenant_resource_id)?;
        o.req("QuotaMb", &self.quota_mb)?;
        o.opt("UsedQuotaMb", &self.used_quota_mb)?;
        o.opt("QuotaId", &self.quota_id)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudSubtenantRepositoryQuotaInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Unlimited", &["unlimited"]),
            F::new("DisplayName", &["displayName"]),
            F::new("TenantResourceId", &["tenantResourceId"]),
            F::new("QuotaMb", &["quotaMb"]),
            F::new("UsedQuotaMb", &["usedQuotaMb"]),
            F::new("QuotaId", &["quotaId"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudSubtenantRepositoryQuotaInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudSubtenantRepositoryQuotaInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut unlimited = Default::default();
        let mut display_name = Default::default();
        let mut tenant_resource_id = Default::default();
        let mut quota_mb = Default::default();
        let mut used_quota_mb = Default::default();
        let mut quota_id = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => unlimited = o.lenient()?,
                1 => display_name = o.lenient()?,
                2 => tenant_resource_id = o.lenient()?,
                3 => quota_mb = Some(o.lenient_req()?),
                4 => used_quota_mb = o.lenient()?,
                5 => quota_id = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            unlimited,
            display_name,
            tenant_resource_id,
            quota_mb: o.required(quota_mb, 3)?,
            used_quota_mb,
            quota_id,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CloudSubtenantRepositoryQuotaInfoType {
    const ROOTS: &'static [&'static str] = &["RepositoryQuota"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            unlimited: xml::attr(el, "Unlimited")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            tenant_resource_id: xml::elem_text(el, "TenantResourceId")?,
            quota_mb: xml::elem_text(el, "QuotaMb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("QuotaMb"))?,
            used_quota_mb: xml::elem_text(el, "UsedQuotaMb")?,
            quota_id: xml::elem_text(el, "QuotaId")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Unlimited"],
                &[
                    xml::Child::once_text::<String>("DisplayName"),
                    xml::Child::once_text::<String>("TenantResourceId"),
                    xml::Child::once_text::<i64>("QuotaMb"),
                    xml::Child::once_text::<i64>("UsedQuotaMb"),
                    xml::Child::once_text::<String>("QuotaId"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let unlimited = {
            let at_ = el_.attrs(&["Unlimited"])?;
            xml::attr_value(&at_[0])?
        };
        let mut display_name = None;
        let mut tenant_resource_id = None;
        let mut quota_mb = None;
        let mut used_quota_mb = None;
        let mut quota_id = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("DisplayName"),
            xml::Tag::once("TenantResourceId"),
            xml::Tag::once("QuotaMb"),
            xml::Tag::once("UsedQuotaMb"),
            xml::Tag::once("QuotaId"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => display_name = el_.text()?,
                1 => tenant_resource_id = el_.text()?,
                2 => quota_mb = el_.text()?,
                3 => used_quota_mb = el_.text()?,
                4 => quota_id = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            unlimited,
            display_name,
            tenant_resource_id,
            quota_mb: quota_mb?,
            used_quota_mb,
            quota_id,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CloudSubtenantRepositoryQuotaInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Unlimited", &self.unlimited);
        w.elem_text("DisplayName", &self.display_name);
        w.elem_text("TenantResourceId", &self.tenant_resource_id);
        w.elem_text_req("QuotaMb", &self.quota_mb);
        w.elem_text("UsedQuotaMb", &self.used_quota_mb);
        w.elem_text("QuotaId", &self.quota_id);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudSubtenantRepositoryQuotaInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cloud/tenants/{ID}, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
///
/// XML root element: `<CloudTenant>`.
#[derive(Clone, PartialEq, Default)]
pub struct CloudTenant {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// Name or the tenant account, for example: tech\\william.fox.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the tenant account, for example: urn:veeam:CloudTenant:4f90635a-7ecc-49fe-beb6-60b37eb4bd89.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Password for the tenant account.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    pub password: Option<crate::runtime::Secret>,
    /// Description for the tenant account.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Defines if the tenant account is in the enabled or disabled state. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Lease period options for the tenant account. For details, see Lease Options.
    ///
    /// XML element `<LeaseOptions>`; JSON `"LeaseOptions"`.
    pub lease_options: Option<CloudTenantLeaseOptionsType>,
    /// Defines the storage quota on the cloud backup repository that must be assigned to the tenant. You can assign several storage quotas on different cloud repositories to one tenant. For details on storage quota settings, see Backup Resource Options.
    ///
    /// XML element `<Resources>`; JSON `"Resources"`.
    pub resources: Option<CloudTenantResourceListType>,
    /// Result of the last backup or replication job of the tenant.
    ///
    /// XML element `<LastResult>`; JSON `"LastResult"`.
    pub last_result: Option<String>,
    /// Date and time when the last job of the tenant was finished.
    ///
    /// XML element `<LastActive>`; JSON `"LastActive"`.
    pub last_active: Option<crate::runtime::DateTime>,
    /// Number of VMs processed by the tenant.
    ///
    /// XML element `<VmCount>`; JSON `"VmCount"`.
    pub vm_count: Option<i64>,
    /// Settings for cloud replication resources that must be assigned to the tenant. You can subscribe one tenant to one or several hardware plans that utilize resources of the same virtualization platform — VMware vSphere or Microsoft Hyper-V. For details on cloud replication settings, see Compute Resource Options.
    ///
    /// XML `<ComputeResources><CloudTenantComputeResource/>…</ComputeResources>`; JSON `"ComputeResources": {"CloudTenantComputeResources": […]}`.
    pub compute_resources: Option<crate::runtime::List<CloudTenantComputeResource>>,
    /// Defines whether the bandwidth limit must be enabled for the tenant account.
    ///
    /// XML element `<ThrottlingEnabled>`; JSON `"ThrottlingEnabled"`.
    pub throttling_enabled: Option<bool>,
    /// Bandwidth limit for the tenant account.
    ///
    /// XML element `<ThrottlingSpeedLimit>`; JSON `"ThrottlingSpeedLimit"`.
    pub throttling_speed_limit: Option<i64>,
    /// Unit for bandwidth limit that is set for the tenant account. Possible values:
    ///
    /// - `Mbps`
    /// - `KBps`
    /// - `MBps`
    ///
    /// XML element `<ThrottlingSpeedUnit>`; JSON `"ThrottlingSpeedUnit"`.
    pub throttling_speed_unit: Option<super::enums::ThrottlingSpeedUnit>,
    /// Number of public IP addresses assigned to the tenant. Tenants can use public IP addresses to enable access to cloud VM replicas from the internet after full site failover.
    ///
    /// XML element `<PublicIpCount>`; JSON `"PublicIpCount"`.
    pub public_ip_count: Option<i64>,
    /// Number of VMs that were processed by tenant backup jobs and that consumed a Veeam Cloud Connect license in the past 31 days. This counter does not include new and rental machines, which you can obtain with the GET /cloud/tenants/{ID}/freelicenseCounters request. A VM consumes a license if the tenant have created at least one restore point in the past 31 days.
    ///
    /// XML element `<BackupCount>`; JSON `"BackupCount"`.
    pub backup_count: Option<i64>,
    /// Number of VMs that were processed by tenant replication jobs and that consumed a Veeam Cloud Connect license in the past 31 days. This counter does not include new and rental machines, which you can obtain with the GET /cloud/tenants/{ID}/freelicenseCounters request. A VM consumes a license if the tenant have created at least one restore point in the past 31 days.
    ///
    /// XML element `<ReplicaCount>`; JSON `"ReplicaCount"`.
    pub replica_count: Option<i64>,
    /// Maximum number of concurrent tasks for the tenant.
    ///
    /// XML element `<MaxConcurrentTasks>`; JSON `"MaxConcurrentTasks"`.
    pub max_concurrent_tasks: Option<i64>,
    /// Number of workstations (machines processed with the Workstation edition of Veeam Agent) that were backed up by tenant Veeam Agent backup jobs and that consumed a Veeam Cloud Connect license in the past 31 days. This counter does not include new and rental machines, which you can obtain with the GET /cloud/tenants/{ID}/freelicenseCounters request. A workstation consumes license instances if the tenant have created at least one restore point in the past 31 days.
    ///
    /// XML element `<WorkStationBackupCount>`; JSON `"WorkStationBackupCount"`.
    pub work_station_backup_count: Option<i64>,
    /// Number of servers (machines processed with the Server edition of Veeam Agent) that were backed up by tenant Veeam Agent backup jobs and that consumed a Veeam Cloud Connect license in the past 31 days. This counter does not include new and rental machines, which you can obtain with the GET /cloud/tenants/{ID}/freelicenseCounters request. A server consumes license instances if the tenant have created at least one restore point in the past 31 days.
    ///
    /// XML element `<ServerBackupCount>`; JSON `"ServerBackupCount"`.
    pub server_backup_count: Option<i64>,
    /// Defines whether backups deleted by a tenant will be placed to the recycle bin on the service provider side.
    ///
    /// XML element `<BackupProtectionEnabled>`; JSON `"BackupProtectionEnabled"`.
    pub backup_protection_enabled: Option<bool>,
    /// Number of days to keep deleted tenant backups in the recycle bin.
    ///
    /// XML element `<BackupProtectionPeriod>`; JSON `"BackupProtectionPeriod"`.
    pub backup_protection_period: Option<i64>,
    /// Tenant account type. Possible values:
    ///
    /// - `Standalone`
    /// - `vCD`
    /// - `ActiveDirectory`
    ///
    /// XML element `<TenantType>`; JSON `"TenantType"`.
    pub tenant_type: Option<TenantType>,
    /// Settings for vCloud compute resource assigned for the tenant of the vCD type. For details, see vCloud Compute Resource Options.
    ///
    /// repeated XML element `<VCloudComputeResources>`; JSON `"VCloudComputeResources": […]`.
    pub v_cloud_compute_resources: crate::runtime::List<CloudTenant>,
    /// Specifies the cloud gateway pool assigned to the tenant account. For details, see Cloud Gateway Pool Options.
    ///
    /// XML element `<CloudGatewayPools>`; JSON `"CloudGatewayPools"`.
    pub cloud_gateway_pools: Option<CloudGatewayPoolEntityListType>,
    /// Defines whether the tenant will be able to fail over to cloud gateways outside of the cloud gateway pool in case all cloud gateways in the pool become unavailable. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<FailoverToOtherGatewaysIfFail>`; JSON `"FailoverToOtherGatewaysIfFail"`.
    pub failover_to_other_gateways_if_fail: Option<bool>,
    /// UID of a hardware plan to which the tenant is subscribed, for example: urn:veeam:CloudHardwarePlan:127e652e-e02e-4951-99e7-03280edfe536.
    ///
    /// XML element `<CloudHardwarePlanUid>`; JSON `"CloudHardwarePlanUid"`.
    pub cloud_hardware_plan_uid: Option<crate::runtime::Uid>,
    /// UID of a WAN accelerator that is used as a target WAN accelerator with the cloud host presented by the hardware plan.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Platform for which the hardware plan to which the tenant account is subscribed has been created. Possible values:
    ///
    /// - `VMware`
    /// - `HyperV`
    ///
    /// XML element `<PlatformType>`; JSON `"PlatformType"`.
    pub platform_type: Option<super::enums::PlatformType>,
    /// Defines whether the network extension appliance must be deployed for the tenant account subscribed to the hardware plan.
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    pub use_network_failover_resources: Option<bool>,
    /// Defines settings for the network extension appliance deployed for the tenant account. For details, see Network Extension Options.
    ///
    /// XML element `<NetworkAppliance>`; JSON `"NetworkAppliance"`.
    pub network_appliance: Option<NetworkApplianceInfoType>,
    /// Statistics on usage of the compute resources by the tenant. For details, see Compute Resource Statistics.
    ///
    /// XML element `<ComputeResourceStats>`; JSON `"ComputeResourceStats"`.
    pub compute_resource_stats: Option<ComputeResourceStatsInfoType>,
    /// Name of the organization virtual datacenter.
    ///
    /// XML element `<VirtualDataCenterName>`; JSON `"VirtualDataCenterName"`.
    pub virtual_data_center_name: Option<String>,
    /// Reference to the the organization virtual datacenter. For example: urn:vCloud:Organization:36a46edd-ae1a-4f5b-9557-36fb66f45510.urn:vcloud:vdc:abb1d2f8-86d9-4804-9184-250d4f59a9a8.
    ///
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    pub virtual_data_center_ref: Option<String>,
    /// Allocation model. Possible values:
    ///
    /// - `Unknown`
    /// - `AllocationPool`
    /// - `PayAsYouGo`
    /// - `ReservationPool`
    /// - `Flex`
    ///
    /// XML element `<AllocationModel>`; JSON `"AllocationModel"`.
    pub allocation_model: Option<super::enums::AllocationModel>,
    /// Statistics on usage of the compute resources by the VMware Cloud Director tenant. For details, see vCD Compute Resource Statistics.
    ///
    /// XML element `<ResourceUsage>`; JSON `"ResourceUsage"`.
    pub resource_usage: Option<CloudTenantVCloudComputeResourceUsageInfoType>,
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
    /// Defines the expiration date of the lease period for the tenant account.
    ///
    /// XML element `<LeaseExpirationDate>`; JSON `"LeaseExpirationDate"`.
    pub lease_expiration_date: Option<crate::runtime::DateTime>,
    /// Defines the storage quota on the cloud backup repository that must be assigned to the tenant. You can assign several storage quotas on different cloud repositories to one tenant. For details on storage quota settings, see Backup Resource Options.
    ///
    /// XML element `<CloudTenantResource>`; JSON `"CloudTenantResource"`.
    pub cloud_tenant_resource: Option<Box<CloudTenant>>,
    /// Friendly name of the cloud repository.
    ///
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    pub display_name: Option<String>,
    /// UID of the backup repository on which the storage quota must be modified. You cannot modify the repository resource if the current or new repository is a Scale-Out Backup Repository (SOBR).
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    pub repository_uid: Option<crate::runtime::Uid>,
    /// Size of the storage quota assigned to the user on the cloud repository (in MB).
    ///
    /// XML element `<Quota>`; JSON `"Quota"`.
    pub quota: Option<i64>,
    /// XML element `<CloudTenantVCloudComputeResource>`; JSON `"CloudTenantVCloudComputeResource"`.
    pub cloud_tenant_v_cloud_compute_resource: Option<CloudTenantVCloudComputeResource>,
    /// XML element `<FailoverToOthersGatewaysIfFail>`; JSON `"FailoverToOthersGatewaysIfFail"`.
    pub failover_to_others_gateways_if_fail: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl std::fmt::Debug for CloudTenant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CloudTenant")
            .field("href", &self.href)
            .field("type", &self.r#type)
            .field("name", &self.name)
            .field("uid", &self.uid)
            .field("links", &self.links)
            .field("password", &"<redacted>")
            .field("description", &self.description)
            .field("enabled", &self.enabled)
            .field("lease_options", &self.lease_options)
            .field("resources", &self.resources)
            .field("last_result", &self.last_result)
            .field("last_active", &self.last_active)
            .field("vm_count", &self.vm_count)
            .field("compute_resources", &self.compute_resources)
            .field("throttling_enabled", &self.throttling_enabled)
            .field("throttling_speed_limit", &self.throttling_speed_limit)
            .field("throttling_speed_unit", &self.throttling_speed_unit)
            .field("public_ip_count", &self.public_ip_count)
            .field("backup_count", &self.backup_count)
            .field("replica_count", &self.replica_count)
            .field("max_concurrent_tasks", &self.max_concurrent_tasks)
            .field("work_station_backup_count", &self.work_station_backup_count)
            .field("server_backup_count", &self.server_backup_count)
            .field("backup_protection_enabled", &self.backup_protection_enabled)
            .field("backup_protection_period", &self.backup_protection_period)
            .field("tenant_type", &self.tenant_type)
            .field("v_cloud_compute_resources", &self.v_cloud_compute_resources)
            .field("cloud_gateway_pools", &self.cloud_gateway_pools)
            .field(
                "failover_to_other_gateways_if_fail",
                &self.failover_to_other_gateways_if_fail,
            )
            .field("cloud_hardware_plan_uid", &self.cloud_hardware_plan_uid)
            .field("wan_accelerator_uid", &self.wan_accelerator_uid)
            .field("platform_type", &self.platform_type)
            .field(
                "use_network_failover_resources",
                &self.use_network_failover_resources,
            )
            .field("network_appliance", &self.network_appliance)
            .field("compute_resource_stats", &self.compute_resource_stats)
            .field("virtual_data_center_name", &self.virtual_data_center_name)
            .field("virtual_data_center_ref", &self.virtual_data_center_ref)
            .field("allocation_model", &self.allocation_model)
            .field("resource_usage", &self.resource_usage)
            .field("ip_address", &self.ip_address)
            .field("subnet_mask", &self.subnet_mask)
            .field("default_gateway", &self.default_gateway)
            .field("lease_expiration_date", &self.lease_expiration_date)
            .field("cloud_tenant_resource", &self.cloud_tenant_resource)
            .field("display_name", &self.display_name)
            .field("repository_uid", &self.repository_uid)
            .field("quota", &self.quota)
            .field(
                "cloud_tenant_v_cloud_compute_resource",
                &self.cloud_tenant_v_cloud_compute_resource,
            )
            .field(
                "failover_to_others_gateways_if_fail",
                &self.failover_to_others_gateways_if_fail,
            )
            .field("unknown", &self.unknown)
            .finish()
    }
}

impl serde::Serialize for CloudTenant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("Password", &self.password)?;
        o.opt("Description", &self.description)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("LeaseOptions", &self.lease_options)?;
        o.opt("Resources", &self.resources)?;
        o.opt("LastResult", &self.last_result)?;
        o.opt("LastActive", &self.last_active)?;
        o.opt("VmCount", &self.vm_count)?;
        o.documented(
            "ComputeResources",
            "CloudTenantComputeResources",
            &self.compute_resources,
        )?;
        o.opt("ThrottlingEnabled", &self.throttling_enabled)?;
        o.opt("ThrottlingSpeedLimit", &self.throttling_speed_limit)?;
        o.opt("ThrottlingSpeedUnit", &self.throttling_speed_unit)?;
        o.opt("PublicIpCount", &self.public_ip_count)?;
        o.opt("BackupCount", &self.backup_count)?;
        o.opt("ReplicaCount", &self.replica_count)?;
        o.opt("MaxConcurrentTasks", &self.max_concurrent_tasks)?;
        o.opt("WorkStationBackupCount", &self.work_station_backup_count)?;
        o.opt("ServerBackupCount", &self.server_backup_count)?;
        o.opt("BackupProtectionEnabled", &self.backup_protection_enabled)?;
        o.opt("BackupProtectionPeriod", &self.backup_protection_period)?;
        o.opt("TenantType", &self.tenant_type)?;
        o.elems("VCloudComputeResources", &self.v_cloud_compute_resources)?;
        o.opt("CloudGatewayPools", &self.cloud_gateway_pools)?;
        o.opt(
            "FailoverToOtherGatewaysIfFail",
            &self.failover_to_other_gateways_if_fail,
        )?;
        o.opt("CloudHardwarePlanUid", &self.cloud_hardware_plan_uid)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.opt("PlatformType", &self.platform_type)?;
        o.opt("UseNetworkFailoverResources", &self.use_network_failover_resources)?;
        o.opt("NetworkAppliance", &self.network_appliance)?;
        o.opt("ComputeResourceStats", &self.compute_resource_stats)?;
        o.opt("VirtualDataCenterName", &self.virtual_data_center_name)?;
        o.opt("VirtualDataCenterRef", &self.virtual_data_center_ref)?;
        o.opt("AllocationModel", &self.allocation_model)?;
        o.opt("ResourceUsage", &self.resource_usage)?;
        o.opt("IpAddress", &self.ip_address)?;
        o.opt("SubnetMask", &self.subnet_mask)?;
        o.opt("DefaultGateway", &self.default_gateway)?;
        o.opt("LeaseExpirationDate", &self.lease_expiration_date)?;
        o.opt("CloudTenantResource", &self.cloud_tenant_resource)?;
        o.opt("DisplayName", &self.display_name)?;
        o.opt("RepositoryUid", &self.repository_uid)?;
        o.opt("Quota", &self.quota)?;
        o.opt(
            "CloudTenantVCloudComputeResource",
            &self.cloud_tenant_v_cloud_compute_resource,
        )?;
        o.opt(
            "FailoverToOthersGatewaysIfFail",
            &self.failover_to_others_gateways_if_fail,
        )?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("Links", &["Link", "links"]),
            F::new("Password", &["password"]),
            F::new("Description", &["description"]),
            F::new("Enabled", &["enabled"]),
            F::new("LeaseOptions", &["leaseOptions"]),
            F::new("Resources", &["resources"]),
            F::new("LastResult", &["lastResult"]),
            F::new("LastActive", &["lastActive"]),
            F::new("VmCount", &["vmCount"]),
            F::new(
                "ComputeResources",
                &["CloudTenantComputeResource", "computeResources"],
            ),
            F::new("ThrottlingEnabled", &["throttlingEnabled"]),
            F::new("ThrottlingSpeedLimit", &["throttlingSpeedLimit"]),
            F::new("ThrottlingSpeedUnit", &["throttlingSpeedUnit"]),
            F::new("PublicIpCount", &["publicIpCount"]),
            F::new("BackupCount", &["backupCount"]),
            F::new("ReplicaCount", &["replicaCount"]),
            F::new("MaxConcurrentTasks", &["maxConcurrentTasks"]),
            F::new("WorkStationBackupCount", &["workStationBackupCount"]),
            F::new("ServerBackupCount", &["serverBackupCount"]),
            F::new("BackupProtectionEnabled", &["backupProtectionEnabled"]),
            F::new("BackupProtectionPeriod", &["backupProtectionPeriod"]),
            F::new("TenantType", &["tenantType"]),
            F::new("VCloudComputeResources", &["vCloudComputeResources"]),
            F::new("CloudGatewayPools", &["cloudGatewayPools"]),
            F::new("FailoverToOtherGatewaysIfFail", &["failoverToOtherGatewaysIfFail"]),
            F::new("CloudHardwarePlanUid", &["cloudHardwarePlanUid"]),
            F::new("WanAcceleratorUid", &["wanAcceleratorUid"]),
            F::new("PlatformType", &["platformType"]),
            F::new("UseNetworkFailoverResources", &["useNetworkFailoverResources"]),
            F::new("NetworkAppliance", &["networkAppliance"]),
            F::new("ComputeResourceStats", &["computeResourceStats"]),
            F::new("VirtualDataCenterName", &["virtualDataCenterName"]),
            F::new("VirtualDataCenterRef", &["virtualDataCenterRef"]),
            F::new("AllocationModel", &["allocationModel"]),
            F::new("ResourceUsage", &["resourceUsage"]),
            F::new("IpAddress", &["ipAddress"]),
            F::new("SubnetMask", &["subnetMask"]),
            F::new("DefaultGateway", &["defaultGateway"]),
            F::new("LeaseExpirationDate", &["leaseExpirationDate"]),
            F::new("CloudTenantResource", &["cloudTenantResource"]),
            F::new("DisplayName", &["displayName"]),
            F::new("RepositoryUid", &["repositoryUid"]),
            F::new("Quota", &["quota"]),
            F::new(
                "CloudTenantVCloudComputeResource",
                &["cloudTenantVCloudComputeResource"],
            ),
            F::new("FailoverToOthersGatewaysIfFail", &["failoverToOthersGatewaysIfFail"]),
        ];
        crate::runtime::json::object(deserializer, "CloudTenant", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudTenant {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.name = o.lenient()?,
                3 => out.uid = o.lenient()?,
                4 => out.links = o.list_of("Link")?,
                5 => out.password = o.value()?,
                6 => out.description = o.lenient()?,
                7 => out.enabled = o.lenient()?,
                8 => out.lease_options = o.value()?,
                9 => out.resources = o.value()?,
                10 => out.last_result = o.lenient()?,
                11 => out.last_active = o.lenient()?,
                12 => out.vm_count = o.lenient()?,
                13 => out.compute_resources = o.list_of("CloudTenantComputeResource")?,
                14 => out.throttling_enabled = o.lenient()?,
                15 => out.throttling_speed_limit = o.lenient()?,
                16 => out.throttling_speed_unit = o.value()?,
                17 => out.public_ip_count = o.lenient()?,
                18 => out.backup_count = o.lenient()?,
                19 => out.replica_count = o.lenient()?,
                20 => out.max_concurrent_tasks = o.lenient()?,
                21 => out.work_station_backup_count = o.lenient()?,
                22 => out.server_backup_count = o.lenient()?,
                23 => out.backup_protection_enabled = o.lenient()?,
                24 => out.backup_protection_period = o.lenient()?,
                25 => out.tenant_type = o.value()?,
                26 => out.v_cloud_compute_resources = o.vec_of("VCloudComputeResources")?,
                27 => out.cloud_gateway_pools = o.value()?,
                28 => out.failover_to_other_gateways_if_fail = o.lenient()?,
                29 => out.cloud_hardware_plan_uid = o.lenient()?,
                30 => out.wan_accelerator_uid = o.lenient()?,
                31 => out.platform_type = o.value()?,
                32 => out.use_network_failover_resources = o.lenient()?,
                33 => out.network_appliance = o.value()?,
                34 => out.compute_resource_stats = o.value()?,
                35 => out.virtual_data_center_name = o.lenient()?,
                36 => out.virtual_data_center_ref = o.lenient()?,
                37 => out.allocation_model = o.value()?,
                38 => out.resource_usage = o.value()?,
                39 => out.ip_address = o.lenient()?,
                40 => out.subnet_mask = o.lenient()?,
                41 => out.default_gateway = o.lenient()?,
                42 => out.lease_expiration_date = o.lenient()?,
                43 => out.cloud_tenant_resource = o.value()?,
                44 => out.display_name = o.lenient()?,
                45 => out.repository_uid = o.lenient()?,
                46 => out.quota = o.lenient()?,
                47 => out.cloud_tenant_v_cloud_compute_resource = o.value()?,
                48 => out.failover_to_others_gateways_if_fail = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudTenant {
    const ROOTS: &'static [&'static str] = &["CloudTenant"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            password: xml::elem_text(el, "Password")?,
            description: xml::elem_text(el, "Description")?,
            enabled: xml::elem_text(el, "Enabled")?,
            lease_options: xml::elem(el, "LeaseOptions")?,
            resources: xml::elem(el, "Resources")?,
            last_result: xml::elem_text(el, "LastResult")?,
            last_active: xml::elem_text(el, "LastActive")?,
            vm_count: xml::elem_text(el, "VmCount")?,
            compute_resources: xml::wrapped(
                el,
                "ComputeResources",
                "CloudTenantComputeResource",
            )?,
            throttling_enabled: xml::elem_text(el, "ThrottlingEnabled")?,
            throttling_speed_limit: xml::elem_text(el, "ThrottlingSpeedLimit")?,
            throttling_speed_unit: xml::elem_text(el, "ThrottlingSpeedUnit")?,
            public_ip_count: xml::elem_text(el, "PublicIpCount")?,
            backup_count: xml::elem_text(el, "BackupCount")?,
            replica_count: xml::elem_text(el, "ReplicaCount")?,
            max_concurrent_tasks: xml::elem_text(el, "MaxConcurrentTasks")?,
            work_station_backup_count: xml::elem_text(el, "WorkStationBackupCount")?,
            server_backup_count: xml::elem_text(el, "ServerBackupCount")?,
            backup_protection_enabled: xml::elem_text(el, "BackupProtectionEnabled")?,
            backup_protection_period: xml::elem_text(el, "BackupProtectionPeriod")?,
            tenant_type: xml::elem(el, "TenantType")?,
            v_cloud_compute_resources: xml::elems(el, "VCloudComputeResources")?.into(),
            cloud_gateway_pools: xml::elem(el, "CloudGatewayPools")?,
            failover_to_other_gateways_if_fail: xml::elem_text(
                el,
                "FailoverToOtherGatewaysIfFail",
            )?,
            cloud_hardware_plan_uid: xml::elem_text(el, "CloudHardwarePlanUid")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            platform_type: xml::elem_text(el, "PlatformType")?,
            use_network_failover_resources: xml::elem_text(
                el,
                "UseNetworkFailoverResources",
            )?,
            network_appliance: xml::elem(el, "NetworkAppliance")?,
            compute_resource_stats: xml::elem(el, "ComputeResourceStats")?,
            virtual_data_center_name: xml::elem_text(el, "VirtualDataCenterName")?,
            virtual_data_center_ref: xml::elem_text(el, "VirtualDataCenterRef")?,
            allocation_model: xml::elem_text(el, "AllocationModel")?,
            resource_usage: xml::elem(el, "ResourceUsage")?,
            ip_address: xml::elem_text(el, "IpAddress")?,
            subnet_mask: xml::elem_text(el, "SubnetMask")?,
            default_gateway: xml::elem_text(el, "DefaultGateway")?,
            lease_expiration_date: xml::elem_text(el, "LeaseExpirationDate")?,
            cloud_tenant_resource: xml::elem(el, "CloudTenantResource")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?,
            quota: xml::elem_text(el, "Quota")?,
            cloud_tenant_v_cloud_compute_resource: xml::elem(
                el,
                "CloudTenantVCloudComputeResource",
            )?,
            failover_to_others_gateways_if_fail: xml::elem_text(
                el,
                "FailoverToOthersGatewaysIfFail",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::Secret>("Password"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once("LeaseOptions"),
                    xml::Child::once("Resources"),
                    xml::Child::once_text::<String>("LastResult"),
                    xml::Child::once_text::<crate::runtime::DateTime>("LastActive"),
                    xml::Child::once_text::<i64>("VmCount"),
                    xml::Child::once("ComputeResources"),
                    xml::Child::once_text::<bool>("ThrottlingEnabled"),
                    xml::Child::once_text::<i64>("ThrottlingSpeedLimit"),
                    xml::Child::once_text::<
                        super::enums::ThrottlingSpeedUnit,
                    >("ThrottlingSpeedUnit"),
                    xml::Child::once_text::<i64>("PublicIpCount"),
                    xml::Child::once_text::<i64>("BackupCount"),
                    xml::Child::once_text::<i64>("ReplicaCount"),
                    xml::Child::once_text::<i64>("MaxConcurrentTasks"),
                    xml::Child::once_text::<i64>("WorkStationBackupCount"),
                    xml::Child::once_text::<i64>("ServerBackupCount"),
                    xml::Child::once_text::<bool>("BackupProtectionEnabled"),
                    xml::Child::once_text::<i64>("BackupProtectionPeriod"),
                    xml::Child::once("TenantType"),
                    xml::Child::many("VCloudComputeResources"),
                    xml::Child::once("CloudGatewayPools"),
                    xml::Child::once_text::<bool>("FailoverToOtherGatewaysIfFail"),
                    xml::Child::once_text::<crate::runtime::Uid>("CloudHardwarePlanUid"),
                    xml::Child::once_text::<crate::runtime::Uid>("WanAcceleratorUid"),
                    xml::Child::once_text::<super::enums::PlatformType>("PlatformType"),
                    xml::Child::once_text::<bool>("UseNetworkFailoverResources"),
                    xml::Child::once("NetworkAppliance"),
                    xml::Child::once("ComputeResourceStats"),
                    xml::Child::once_text::<String>("VirtualDataCenterName"),
                    xml::Child::once_text::<String>("VirtualDataCenterRef"),
                    xml::Child::once_text::<
                        super::enums::AllocationModel,
                    >("AllocationModel"),
                    xml::Child::once("ResourceUsage"),
                    xml::Child::once_text::<String>("IpAddress"),
                    xml::Child::once_text::<String>("SubnetMask"),
                    xml::Child::once_text::<String>("DefaultGateway"),
                    xml::Child::once_text::<
                        crate::runtime::DateTime,
                    >("LeaseExpirationDate"),
                    xml::Child::once("CloudTenantResource"),
                    xml::Child::once_text::<String>("DisplayName"),
                    xml::Child::once_text::<crate::runtime::Uid>("RepositoryUid"),
                    xml::Child::once_text::<i64>("Quota"),
                    xml::Child::once("CloudTenantVCloudComputeResource"),
                    xml::Child::once_text::<bool>("FailoverToOthersGatewaysIfFail"),
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
            let at_ = el_.attrs(&["Href", "Type", "Name", "UID"])?;
            out.href = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("Password"),
            xml::Tag::once("Description"),
            xml::Tag::once("Enabled"),
            xml::Tag::once("LeaseOptions"),
            xml::Tag::once("Resources"),
            xml::Tag::once("LastResult"),
            xml::Tag::once("LastActive"),
            xml::Tag::once("VmCount"),
            xml::Tag::once("ComputeResources"),
            xml::Tag::once("ThrottlingEnabled"),
            xml::Tag::once("ThrottlingSpeedLimit"),
            xml::Tag::once("ThrottlingSpeedUnit"),
            xml::Tag::once("PublicIpCount"),
            xml::Tag::once("BackupCount"),
            xml::Tag::once("ReplicaCount"),
            xml::Tag::once("MaxConcurrentTasks"),
            xml::Tag::once("WorkStationBackupCount"),
            xml::Tag::once("ServerBackupCount"),
            xml::Tag::once("BackupProtectionEnabled"),
            xml::Tag::once("BackupProtectionPeriod"),
            xml::Tag::once("TenantType"),
            xml::Tag::many("VCloudComputeResources"),
            xml::Tag::once("CloudGatewayPools"),
            xml::Tag::once("FailoverToOtherGatewaysIfFail"),
            xml::Tag::once("CloudHardwarePlanUid"),
            xml::Tag::once("WanAcceleratorUid"),
            xml::Tag::once("PlatformType"),
            xml::Tag::once("UseNetworkFailoverResources"),
            xml::Tag::once("NetworkAppliance"),
            xml::Tag::once("ComputeResourceStats"),
            xml::Tag::once("VirtualDataCenterName"),
            xml::Tag::once("VirtualDataCenterRef"),
            xml::Tag::once("AllocationModel"),
            xml::Tag::once("ResourceUsage"),
            xml::Tag::once("IpAddress"),
            xml::Tag::once("SubnetMask"),
            xml::Tag::once("DefaultGateway"),
            xml::Tag::once("LeaseExpirationDate"),
            xml::Tag::once("CloudTenantResource"),
            xml::Tag::once("DisplayName"),
            xml::Tag::once("RepositoryUid"),
            xml::Tag::once("Quota"),
            xml::Tag::once("CloudTenantVCloudComputeResource"),
            xml::Tag::once("FailoverToOthersGatewaysIfFail"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.password = el_.text()?,
                2 => out.description = el_.text()?,
                3 => out.enabled = el_.text()?,
                4 => out.lease_options = Some(el_.elem()?),
                5 => out.resources = Some(el_.elem()?),
                6 => out.last_result = el_.text()?,
                7 => out.last_active = el_.text()?,
                8 => out.vm_count = el_.text()?,
                9 => {
                    out.compute_resources = Some(
                        el_.wrapped("CloudTenantComputeResource")?,
                    );
                }
                10 => out.throttling_enabled = el_.text()?,
                11 => out.throttling_speed_limit = el_.text()?,
                12 => out.throttling_speed_unit = el_.text()?,
                13 => out.public_ip_count = el_.text()?,
                14 => out.backup_count = el_.text()?,
                15 => out.replica_count = el_.text()?,
                16 => out.max_concurrent_tasks = el_.text()?,
                17 => out.work_station_backup_count = el_.text()?,
                18 => out.server_backup_count = el_.text()?,
                19 => out.backup_protection_enabled = el_.text()?,
                20 => out.backup_protection_period = el_.text()?,
                21 => out.tenant_type = Some(el_.elem()?),
                22 => out.v_cloud_compute_resources.push(el_.elem()?),
                23 => out.cloud_gateway_pools = Some(el_.elem()?),
                24 => out.failover_to_other_gateways_if_fail = el_.text()?,
                25 => out.cloud_hardware_plan_uid = el_.text()?,
                26 => out.wan_accelerator_uid = el_.text()?,
                27 => out.platform_type = el_.text()?,
                28 => out.use_network_failover_resources = el_.text()?,
                29 => out.network_appliance = Some(el_.elem()?),
                30 => out.compute_resource_stats = Some(el_.elem()?),
                31 => out.virtual_data_center_name = el_.text()?,
                32 => out.virtual_data_center_ref = el_.text()?,
                33 => out.allocation_model = el_.text()?,
                34 => out.resource_usage = Some(el_.elem()?),
                35 => out.ip_address = el_.text()?,
                36 => out.subnet_mask = el_.text()?,
                37 => out.default_gateway = el_.text()?,
                38 => out.lease_expiration_date = el_.text()?,
                39 => out.cloud_tenant_resource = Some(el_.elem()?),
                40 => out.display_name = el_.text()?,
                41 => out.repository_uid = el_.text()?,
                42 => out.quota = el_.text()?,
                43 => out.cloud_tenant_v_cloud_compute_resource = Some(el_.elem()?),
                44 => out.failover_to_others_gateways_if_fail = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudTenant {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("Password", &self.password);
        w.elem_text("Description", &self.description);
        w.elem_text("Enabled", &self.enabled);
        w.elem("LeaseOptions", &self.lease_options);
        w.elem("Resources", &self.resources);
        w.elem_text("LastResult", &self.last_result);
        w.elem_text("LastActive", &self.last_active);
        w.elem_text("VmCount", &self.vm_count);
        w.wrapped(
            "ComputeResources",
            "CloudTenantComputeResource",
            self.compute_resources.as_ref(),
        );
        w.elem_text("ThrottlingEnabled", &self.throttling_enabled);
        w.elem_text("ThrottlingSpeedLimit", &self.throttling_speed_limit);
        w.elem_text("ThrottlingSpeedUnit", &self.throttling_speed_unit);
        w.elem_text("PublicIpCount", &self.public_ip_count);
        w.elem_text("BackupCount", &self.backup_count);
        w.elem_text("ReplicaCount", &self.replica_count);
        w.elem_text("MaxConcurrentTasks", &self.max_concurrent_tasks);
        w.elem_text("WorkStationBackupCount", &self.work_station_backup_count);
        w.elem_text("ServerBackupCount", &self.server_backup_count);
        w.elem_text("BackupProtectionEnabled", &self.backup_protection_enabled);
        w.elem_text("BackupProtectionPeriod", &self.backup_protection_period);
        w.elem("TenantType", &self.tenant_type);
        w.elems("VCloudComputeResources", &self.v_cloud_compute_resources);
        w.elem("CloudGatewayPools", &self.cloud_gateway_pools);
        w.elem_text(
            "FailoverToOtherGatewaysIfFail",
            &self.failover_to_other_gateways_if_fail,
        );
        w.elem_text("CloudHardwarePlanUid", &self.cloud_hardware_plan_uid);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem_text("PlatformType", &self.platform_type);
        w.elem_text("UseNetworkFailoverResources", &self.use_network_failover_resources);
        w.elem("NetworkAppliance", &self.network_appliance);
        w.elem("ComputeResourceStats", &self.compute_resource_stats);
        w.elem_text("VirtualDataCenterName", &self.virtual_data_center_name);
        w.elem_text("VirtualDataCenterRef", &self.virtual_data_center_ref);
        w.elem_text("AllocationModel", &self.allocation_model);
        w.elem("ResourceUsage", &self.resource_usage);
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("SubnetMask", &self.subnet_mask);
        w.elem_text("DefaultGateway", &self.default_gateway);
        w.elem_text("LeaseExpirationDate", &self.lease_expiration_date);
        w.elem("CloudTenantResource", &self.cloud_tenant_resource);
        w.elem_text("DisplayName", &self.display_name);
        w.elem_text("RepositoryUid", &self.repository_uid);
        w.elem_text("Quota", &self.quota);
        w.elem(
            "CloudTenantVCloudComputeResource",
            &self.cloud_tenant_v_cloud_compute_resource,
        );
        w.elem_text(
            "FailoverToOthersGatewaysIfFail",
            &self.failover_to_others_gateways_if_fail,
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenant {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.lease_options,
            &crate::runtime::unknown::join(path, "LeaseOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.resources,
            &crate::runtime::unknown::join(path, "Resources"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.compute_resources,
            &crate::runtime::unknown::join(path, "ComputeResources"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.tenant_type,
            &crate::runtime::unknown::join(path, "TenantType"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.v_cloud_compute_resources,
            &crate::runtime::unknown::join(path, "VCloudComputeResources"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.cloud_gateway_pools,
            &crate::runtime::unknown::join(path, "CloudGatewayPools"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.network_appliance,
            &crate::runtime::unknown::join(path, "NetworkAppliance"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.compute_resource_stats,
            &crate::runtime::unknown::join(path, "ComputeResourceStats"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.resource_usage,
            &crate::runtime::unknown::join(path, "ResourceUsage"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.cloud_tenant_resource,
            &crate::runtime::unknown::join(path, "CloudTenantResource"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.cloud_tenant_v_cloud_compute_resource,
            &crate::runtime::unknown::join(path, "CloudTenantVCloudComputeResource"),
            out,
        );
    }
}

/// Used by GET /cloud/tenants/{ID}/computeResources/{ID}, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_computeresources_id.html>
#[derive(Debug, Clone, PartialEq)]
pub struct CloudTenantComputeResource {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Id`; JSON `"Id"`.
    pub id: Option<String>,
    /// UID of the hardware plan to which the tenant account is subscribed.
    ///
    /// XML element `<CloudHardwarePlanUid>`; JSON `"CloudHardwarePlanUid"`.
    pub cloud_hardware_plan_uid: crate::runtime::Uid,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud host presented by the hardware plan. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Platform for which the tenant hardware plan has been created. Possible values:
    ///
    /// - `VMware`
    /// - `HyperV`
    ///
    /// XML element `<PlatformType>`; JSON `"PlatformType"`.
    pub platform_type: Option<super::enums::PlatformType>,
    /// Defines whether the network extension appliance must be deployed for the tenant account subscribed to the hardware plan. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    pub use_network_failover_resources: bool,
    /// Settings for the network extension appliance. For details, see Network Extension Options.
    ///
    /// XML element `<NetworkAppliance>`; JSON `"NetworkAppliance"`.
    pub network_appliance: NetworkApplianceInfoType,
    /// Statistics of the compute resource. For details, see Compute Resource Statistics.
    ///
    /// XML element `<ComputeResourceStats>`; JSON `"ComputeResourceStats"`.
    pub compute_resource_stats: Option<ComputeResourceStatsInfoType>,
    /// Name of the storage where tenant VM replicas are stored.
    ///
    /// XML element `<StorageName>`; JSON `"StorageName"`.
    pub storage_name: Option<String>,
    /// Number of CPUs used by the tenant.
    ///
    /// XML element `<StorageUsageGb>`; JSON `"StorageUsageGb"`.
    pub storage_usage_gb: Option<i64>,
    /// Maximum amount of disc space that can be used by the tenant.
    ///
    /// XML element `<StorageLimitGb>`; JSON `"StorageLimitGb"`.
    pub storage_limit_gb: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantComputeResource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Id", &self.id)?;
        o.req("CloudHardwarePlanUid", &self.cloud_hardware_plan_uid)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.opt("PlatformType", &self.platform_type)?;
        o.req("UseNetworkFailoverResources", &self.use_network_failover_resources)?;
        o.req("NetworkAppliance", &self.network_appliance)?;
        o.opt("ComputeResourceStats", &self.compute_resource_stats)?;
        o.opt("StorageName", &self.storage_name)?;
        o.opt("StorageUsageGb", &self.storage_usage_gb)?;
        o.opt("StorageLimitGb", &self.storage_limit_gb)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantComputeResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Id", &["id"]),
            F::new("CloudHardwarePlanUid", &["cloudHardwarePlanUid"]),
            F::new("WanAcceleratorUid", &["wanAcceleratorUid"]),
            F::new("PlatformType", &["platformType"]),
            F::new("UseNetworkFailoverResources", &["useNetworkFailoverResources"]),
            F::new("NetworkAppliance", &["networkAppliance"]),
            F::new("ComputeResourceStats", &["computeResourceStats"]),
            F::new("StorageName", &["storageName"]),
            F::new("StorageUsageGb", &["storageUsageGb"]),
            F::new("StorageLimitGb", &["storageLimitGb"]),
        ];
        crate::runtime::json::object(deserializer, "CloudTenantComputeResource", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudTenantComputeResource {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut r#type = Default::default();
        let mut href = Default::default();
        let mut id = Default::default();
        let mut cloud_hardware_plan_uid = Default::default();
        let mut wan_accelerator_uid = Default::default();
        let mut platform_type = Default::default();
        let mut use_network_failover_resources = Default::default();
        let mut network_appliance = Default::default();
        let mut compute_resource_stats = Default::default();
        let mut storage_name = Default::default();
        let mut storage_usage_gb = Default::default();
        let mut storage_limit_gb = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => r#type = o.lenient()?,
                1 => href = o.lenient()?,
                2 => id = o.lenient()?,
                3 => cloud_hardware_plan_uid = Some(o.lenient_req()?),
                4 => wan_accelerator_uid = o.lenient()?,
                5 => platform_type = o.value()?,
                6 => use_network_failover_resources = Some(o.lenient_req()?),
                7 => network_appliance = Some(o.value()?),
                8 => compute_resource_stats = o.value()?,
                9 => storage_name = o.lenient()?,
                10 => storage_usage_gb = o.lenient()?,
                11 => storage_limit_gb = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            r#type,
            href,
            id,
            cloud_hardware_plan_uid: o.required(cloud_hardware_plan_uid, 3)?,
            wan_accelerator_uid,
            platform_type,
            use_network_failover_resources: o
                .required(use_network_failover_resources, 6)?,
            network_appliance: o.required(network_appliance, 7)?,
            compute_resource_stats,
            storage_name,
            storage_usage_gb,
            storage_limit_gb,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantComputeResource {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            id: xml::attr(el, "Id")?,
            cloud_hardware_plan_uid: xml::elem_text(el, "CloudHardwarePlanUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "CloudHardwarePlanUid",
                ))?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            platform_type: xml::elem_text(el, "PlatformType")?,
            use_network_failover_resources: xml::elem_text(
                    el,
                    "UseNetworkFailoverResources",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "UseNetworkFailoverResources",
                ))?,
            network_appliance: xml::elem(el, "NetworkAppliance")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "NetworkAppliance",
                ))?,
            compute_resource_stats: xml::elem(el, "ComputeResourceStats")?,
            storage_name: xml::elem_text(el, "StorageName")?,
            storage_usage_gb: xml::elem_text(el, "StorageUsageGb")?,
            storage_limit_gb: xml::elem_text(el, "StorageLimitGb")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Id"],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("CloudHardwarePlanUid"),
                    xml::Child::once_text::<crate::runtime::Uid>("WanAcceleratorUid"),
                    xml::Child::once_text::<super::enums::PlatformType>("PlatformType"),
                    xml::Child::once_text::<bool>("UseNetworkFailoverResources"),
                    xml::Child::once("NetworkAppliance"),
                    xml::Child::once("ComputeResourceStats"),
                    xml::Child::once_text::<String>("StorageName"),
                    xml::Child::once_text::<i64>("StorageUsageGb"),
                    xml::Child::once_text::<i64>("StorageLimitGb"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let (r#type, href, id) = {
            let at_ = el_.attrs(&["Type", "Href", "Id"])?;
            (
                xml::attr_value(&at_[0])?,
                xml::attr_value(&at_[1])?,
                xml::attr_value(&at_[2])?,
            )
        };
        let mut cloud_hardware_plan_uid = None;
        let mut wan_accelerator_uid = None;
        let mut platform_type = None;
        let mut use_network_failover_resources = None;
        let mut network_appliance = None;
        let mut compute_resource_stats = None;
        let mut storage_name = None;
        let mut storage_usage_gb = None;
        let mut storage_limit_gb = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("CloudHardwarePlanUid"),
            xml::Tag::once("WanAcceleratorUid"),
            xml::Tag::once("PlatformType"),
            xml::Tag::once("UseNetworkFailoverResources"),
            xml::Tag::once("NetworkAppliance"),
            xml::Tag::once("ComputeResourceStats"),
            xml::Tag::once("StorageName"),
            xml::Tag::once("StorageUsageGb"),
            xml::Tag::once("StorageLimitGb"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => cloud_hardware_plan_uid = el_.text()?,
                1 => wan_accelerator_uid = el_.text()?,
                2 => platform_type = el_.text()?,
                3 => use_network_failover_resources = el_.text()?,
                4 => network_appliance = Some(el_.elem()?),
                5 => compute_resource_stats = Some(el_.elem()?),
                6 => storage_name = el_.text()?,
                7 => storage_usage_gb = el_.text()?,
                8 => storage_limit_gb = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            r#type,
            href,
            id,
            cloud_hardware_plan_uid: cloud_hardware_plan_uid?,
            wan_accelerator_uid,
            platform_type,
            use_network_failover_resources: use_network_failover_resources?,
            network_appliance: network_appliance?,
            compute_resource_stats,
            storage_name,
            storage_usage_gb,
            storage_limit_gb,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CloudTenantComputeResource {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Id", &self.id);
        w.elem_text_req("CloudHardwarePlanUid", &self.cloud_hardware_plan_uid);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem_text("PlatformType", &self.platform_type);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
        w.elem_req("NetworkAppliance", &self.network_appliance);
        w.elem("ComputeResourceStats", &self.compute_resource_stats);
        w.elem_text("StorageName", &self.storage_name);
        w.elem_text("StorageUsageGb", &self.storage_usage_gb);
        w.elem_text("StorageLimitGb", &self.storage_limit_gb);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantComputeResource {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.network_appliance,
            &crate::runtime::unknown::join(path, "NetworkAppliance"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.compute_resource_stats,
            &crate::runtime::unknown::join(path, "ComputeResourceStats"),
            out,
        );
    }
}

/// Used by GET /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTenantLeaseOptionsType {
    /// Defines whether the lease period for the tenant account is enabled.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Expiration date of the lease period for the tenant account.
    ///
    /// XML element `<LeaseExpirationDate>`; JSON `"LeaseExpirationDate"`.
    pub lease_expiration_date: Option<crate::runtime::DateTime>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantLeaseOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("LeaseExpirationDate", &self.lease_expiration_date)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantLeaseOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("LeaseExpirationDate", &["leaseExpirationDate"]),
        ];
        crate::runtime::json::object(deserializer, "CloudTenantLeaseOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudTenantLeaseOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.lease_expiration_date = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantLeaseOptionsType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            lease_expiration_date: xml::elem_text(el, "LeaseExpirationDate")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[
                    xml::Child::once_text::<
                        crate::runtime::DateTime,
                    >("LeaseExpirationDate"),
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
        while el_.next_child(&[xml::Tag::once("LeaseExpirationDate")])?.is_some() {
            out.lease_expiration_date = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudTenantLeaseOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("LeaseExpirationDate", &self.lease_expiration_date);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantLeaseOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cloud/tenants/{ID}/resources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_resources_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTenantRepositoryQuotaInfoType {
    /// Friendly name of the cloud repository.
    ///
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    pub display_name: Option<String>,
    /// UID of the backup repository on which the storage quota is created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    pub repository_uid: Option<crate::runtime::Uid>,
    /// UID of the WAN accelerator used as a target WAN accelerator with the cloud repository quota.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Size of the storage quota assigned to the tenant (in MB).
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    pub quota_mb: Option<i64>,
    /// XML element `<Quota>`; JSON `"Quota"`.
    pub quota: Option<String>,
    /// Size of the storage quota used by the tenant (in MB).
    ///
    /// XML element `<UsedQuota>`; JSON `"UsedQuota"`.
    pub used_quota: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantRepositoryQuotaInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("DisplayName", &self.display_name)?;
        o.opt("RepositoryUid", &self.repository_uid)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.opt("QuotaMb", &self.quota_mb)?;
        o.opt("Quota", &self.quota)?;
        o.opt("UsedQuota", &self.used_quota)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantRepositoryQuotaInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("DisplayName", &["displayName"]),
            F::new("RepositoryUid", &["repositoryUid"]),
            F::new("WanAcceleratorUid", &["wanAcceleratorUid"]),
            F::new("QuotaMb", &["quotaMb"]),
            F::new("Quota", &["quota"]),
            F::new("UsedQuota", &["usedQuota"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudTenantRepositoryQuotaInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudTenantRepositoryQuotaInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.display_name = o.lenient()?,
                1 => out.repository_uid = o.lenient()?,
                2 => out.wan_accelerator_uid = o.lenient()?,
                3 => out.quota_mb = o.lenient()?,
                4 => out.quota = o.lenient()?,
                5 => out.used_quota = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantRepositoryQuotaInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            display_name: xml::elem_text(el, "DisplayName")?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            quota_mb: xml::elem_text(el, "QuotaMb")?,
            quota: xml::elem_text(el, "Quota")?,
            used_quota: xml::elem_text(el, "UsedQuota")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("DisplayName"),
                    xml::Child::once_text::<crate::runtime::Uid>("RepositoryUid"),
                    xml::Child::once_text::<crate::runtime::Uid>("WanAcceleratorUid"),
                    xml::Child::once_text::<i64>("QuotaMb"),
                    xml::Child::once_text::<String>("Quota"),
                    xml::Child::once_text::<i64>("UsedQuota"),
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
            xml::Tag::once("DisplayName"),
            xml::Tag::once("RepositoryUid"),
            xml::Tag::once("WanAcceleratorUid"),
            xml::Tag::once("QuotaMb"),
            xml::Tag::once("Quota"),
            xml::Tag::once("UsedQuota"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.display_name = el_.text()?,
                1 => out.repository_uid = el_.text()?,
                2 => out.wan_accelerator_uid = el_.text()?,
                3 => out.quota_mb = el_.text()?,
                4 => out.quota = el_.text()?,
                5 => out.used_quota = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudTenantRepositoryQuotaInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DisplayName", &self.display_name);
        w.elem_text("RepositoryUid", &self.repository_uid);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem_text("QuotaMb", &self.quota_mb);
        w.elem_text("Quota", &self.quota);
        w.elem_text("UsedQuota", &self.used_quota);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantRepositoryQuotaInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cloud/tenants/{ID}/resources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_resources_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTenantResource {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// ID of the storage quota, for example: b5025a7b-5e13-41e2-a17e-9d9af985ecfd
    ///
    /// XML attribute `Id`; JSON `"Id"`.
    pub id: Option<String>,
    /// Repository quota assigned to the tenant. For details, see Repository Quota.
    ///
    /// XML element `<RepositoryQuota>`; JSON `"RepositoryQuota"`.
    pub repository_quota: Option<CloudTenantRepositoryQuotaInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantResource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Id", &self.id)?;
        o.opt("RepositoryQuota", &self.repository_quota)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Id", &["id"]),
            F::new("RepositoryQuota", &["repositoryQuota"]),
        ];
        crate::runtime::json::object(deserializer, "CloudTenantResource", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudTenantResource {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.id = o.lenient()?,
                3 => out.repository_quota = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantResource {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            id: xml::attr(el, "Id")?,
            repository_quota: xml::elem(el, "RepositoryQuota")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Id"],
                &[xml::Child::once("RepositoryQuota")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Href", "Type", "Id"])?;
            out.href = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
            out.id = xml::attr_value(&at_[2])?;
        }
        while el_.next_child(&[xml::Tag::once("RepositoryQuota")])?.is_some() {
            out.repository_quota = Some(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudTenantResource {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Id", &self.id);
        w.elem("RepositoryQuota", &self.repository_quota);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantResource {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.repository_quota,
            &crate::runtime::unknown::join(path, "RepositoryQuota"),
            out,
        );
    }
}

/// Used by GET /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTenantResourceListType {
    /// Friendly name of the cloud repository.
    ///
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    pub display_name: Option<String>,
    /// UID of the backup repository on where the storage quota must be modified.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    pub repository_uid: Option<crate::runtime::Uid>,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud repository.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Size of the storage quota assigned to the tenant account (in MB).
    ///
    /// XML element `<Quota>`; JSON `"Quota"`.
    pub quota: Option<i64>,
    /// Size of the storage quota used by the tenant account on the cloud repository (in MB).
    ///
    /// XML element `<UsedQuota>`; JSON `"UsedQuota"`.
    pub used_quota: Option<i64>,
    /// repeated XML element `<CloudTenantResource>`; JSON `"CloudTenantResources": […]`.
    pub cloud_tenant_resources: crate::runtime::List<CloudTenantResource>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantResourceListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("DisplayName", &self.display_name)?;
        o.opt("RepositoryUid", &self.repository_uid)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.opt("Quota", &self.quota)?;
        o.opt("UsedQuota", &self.used_quota)?;
        o.elems("CloudTenantResources", &self.cloud_tenant_resources)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantResourceListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("DisplayName", &["displayName"]),
            F::new("RepositoryUid", &["repositoryUid"]),
            F::new("WanAcceleratorUid", &["wanAcceleratorUid"]),
            F::new("Quota", &["quota"]),
            F::new("UsedQuota", &["usedQuota"]),
            F::new(
                "CloudTenantResources",
                &["CloudTenantResource", "cloudTenantResources"],
            ),
        ];
        crate::runtime::json::object(deserializer, "CloudTenantResourceListType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudTenantResourceListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.display_name = o.lenient()?,
                1 => out.repository_uid = o.lenient()?,
                2 => out.wan_accelerator_uid = o.lenient()?,
                3 => out.quota = o.lenient()?,
                4 => out.used_quota = o.lenient()?,
                5 => out.cloud_tenant_resources = o.vec_of("CloudTenantResource")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantResourceListType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            display_name: xml::elem_text(el, "DisplayName")?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            quota: xml::elem_text(el, "Quota")?,
            used_quota: xml::elem_text(el, "UsedQuota")?,
            cloud_tenant_resources: xml::elems(el, "CloudTenantResource")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("DisplayName"),
                    xml::Child::once_text::<crate::runtime::Uid>("RepositoryUid"),
                    xml::Child::once_text::<crate::runtime::Uid>("WanAcceleratorUid"),
                    xml::Child::once_text::<i64>("Quota"),
                    xml::Child::once_text::<i64>("UsedQuota"),
                    xml::Child::many("CloudTenantResource"),
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
            xml::Tag::once("DisplayName"),
            xml::Tag::once("RepositoryUid"),
            xml::Tag::once("WanAcceleratorUid"),
            xml::Tag::once("Quota"),
            xml::Tag::once("UsedQuota"),
            xml::Tag::many("CloudTenantResource"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.display_name = el_.text()?,
                1 => out.repository_uid = el_.text()?,
                2 => out.wan_accelerator_uid = el_.text()?,
                3 => out.quota = el_.text()?,
                4 => out.used_quota = el_.text()?,
                5 => out.cloud_tenant_resources.push(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudTenantResourceListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DisplayName", &self.display_name);
        w.elem_text("RepositoryUid", &self.repository_uid);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem_text("Quota", &self.quota);
        w.elem_text("UsedQuota", &self.used_quota);
        w.elems("CloudTenantResource", &self.cloud_tenant_resources);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantResourceListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_tenant_resources,
            &crate::runtime::unknown::join(path, "CloudTenantResource"),
            out,
        );
    }
}

/// Used by GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTenantVCloudCompute {
    /// Amount of CPU used by the tenant.
    ///
    /// XML element `<CpuUsageMhz>`; JSON `"CpuUsageMhz"`.
    pub cpu_usage_mhz: Option<i64>,
    /// Amount of memory used by the tenant.
    ///
    /// XML element `<MemoryUsageMb>`; JSON `"MemoryUsageMb"`.
    pub memory_usage_mb: Option<i64>,
    /// Amount of disc space used by the tenant.
    ///
    /// XML element `<StorageUsageGb>`; JSON `"StorageUsageGb"`.
    pub storage_usage_gb: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantVCloudCompute {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("CpuUsageMhz", &self.cpu_usage_mhz)?;
        o.opt("MemoryUsageMb", &self.memory_usage_mb)?;
        o.opt("StorageUsageGb", &self.storage_usage_gb)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantVCloudCompute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CpuUsageMhz", &["cpuUsageMhz"]),
            F::new("MemoryUsageMb", &["memoryUsageMb"]),
            F::new("StorageUsageGb", &["storageUsageGb"]),
        ];
        crate::runtime::json::object(deserializer, "CloudTenantVCloudCompute", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudTenantVCloudCompute {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.cpu_usage_mhz = o.lenient()?,
                1 => out.memory_usage_mb = o.lenient()?,
                2 => out.storage_usage_gb = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantVCloudCompute {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cpu_usage_mhz: xml::elem_text(el, "CpuUsageMhz")?,
            memory_usage_mb: xml::elem_text(el, "MemoryUsageMb")?,
            storage_usage_gb: xml::elem_text(el, "StorageUsageGb")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<i64>("CpuUsageMhz"),
                    xml::Child::once_text::<i64>("MemoryUsageMb"),
                    xml::Child::once_text::<i64>("StorageUsageGb"),
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
            xml::Tag::once("CpuUsageMhz"),
            xml::Tag::once("MemoryUsageMb"),
            xml::Tag::once("StorageUsageGb"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.cpu_usage_mhz = el_.text()?,
                1 => out.memory_usage_mb = el_.text()?,
                2 => out.storage_usage_gb = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudTenantVCloudCompute {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("CpuUsageMhz", &self.cpu_usage_mhz);
        w.elem_text("MemoryUsageMb", &self.memory_usage_mb);
        w.elem_text("StorageUsageGb", &self.storage_usage_gb);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantVCloudCompute {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTenantVCloudComputeResource {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Id`; JSON `"Id"`.
    pub id: Option<String>,
    /// Name of the organization virtual datacenter.
    ///
    /// XML element `<VirtualDataCenterName>`; JSON `"VirtualDataCenterName"`.
    pub virtual_data_center_name: Option<String>,
    /// Reference to the the organization virtual datacenter. For example: urn:vCloud:Organization:36a46edd-ae1a-4f5b-9557-36fb66f45510.urn:vcloud:vdc:abb1d2f8-86d9-4804-9184-250d4f59a9a8.
    ///
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    pub virtual_data_center_ref: Option<String>,
    /// Defines whether the organization virtual datacenter is enabled. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Allocation model. Possible values:
    ///
    /// - `Unknown`
    /// - `AllocationPool`
    /// - `PayAsYouGo`
    /// - `ReservationPool`
    /// - `Flex`
    ///
    /// XML element `<AllocationModel>`; JSON `"AllocationModel"`.
    pub allocation_model: Option<super::enums::AllocationModel>,
    /// Defines whether the network extension appliance must be deployed for the VMware Cloud Director tenant account. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    pub use_network_failover_resources: Option<bool>,
    /// Statistics on usage of the compute resources by the VMware Cloud Director tenant. For details, see vCD Compute Resource Statistics.
    ///
    /// XML element `<ResourceUsage>`; JSON `"ResourceUsage"`.
    pub resource_usage: Option<CloudTenantVCloudCompute>,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator. This parameter must be specified if you want tenants to communicate with vCloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// If UseNetworkFailoverResources option is set to True, you can pass parameters for the network extension appliance in the NetworkAppliance section of the request body. For details, see Network Extension Options.
    ///
    /// XML element `<NetworkAppliance>`; JSON `"NetworkAppliance"`.
    pub network_appliance: Option<NetworkApplianceInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantVCloudComputeResource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Id", &self.id)?;
        o.opt("VirtualDataCenterName", &self.virtual_data_center_name)?;
        o.opt("VirtualDataCenterRef", &self.virtual_data_center_ref)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("AllocationModel", &self.allocation_model)?;
        o.opt("UseNetworkFailoverResources", &self.use_network_failover_resources)?;
        o.opt("ResourceUsage", &self.resource_usage)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.opt("NetworkAppliance", &self.network_appliance)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantVCloudComputeResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Id", &["id"]),
            F::new("VirtualDataCenterName", &["virtualDataCenterName"]),
            F::new("VirtualDataCenterRef", &["virtualDataCenterRef"]),
            F::new("Enabled", &["enabled"]),
            F::new("AllocationModel", &["allocationModel"]),
            F::new("UseNetworkFailoverResources", &["useNetworkFailoverResources"]),
            F::new("ResourceUsage", &["resourceUsage"]),
            F::new("WanAcceleratorUid", &["wanAcceleratorUid"]),
            F::new("NetworkAppliance", &["networkAppliance"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudTenantVCloudComputeResource",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudTenantVCloudComputeResource {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.id = o.lenient()?,
                3 => out.virtual_data_center_name = o.lenient()?,
                4 => out.virtual_data_center_ref = o.lenient()?,
                5 => out.enabled = o.lenient()?,
                6 => out.allocation_model = o.value()?,
                7 => out.use_network_failover_resources = o.lenient()?,
                8 => out.resource_usage = o.value()?,
                9 => out.wan_accelerator_uid = o.lenient()?,
                10 => out.network_appliance = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantVCloudComputeResource {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            id: xml::attr(el, "Id")?,
            virtual_data_center_name: xml::elem_text(el, "VirtualDataCenterName")?,
            virtual_data_center_ref: xml::elem_text(el, "VirtualDataCenterRef")?,
            enabled: xml::elem_text(el, "Enabled")?,
            allocation_model: xml::elem_text(el, "AllocationModel")?,
            use_network_failover_resources: xml::elem_text(
                el,
                "UseNetworkFailoverResources",
            )?,
            resource_usage: xml::elem(el, "ResourceUsage")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            network_appliance: xml::elem(el, "NetworkAppliance")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Id"],
                &[
                    xml::Child::once_text::<String>("VirtualDataCenterName"),
                    xml::Child::once_text::<String>("VirtualDataCenterRef"),
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once_text::<
                        super::enums::AllocationModel,
                    >("AllocationModel"),
                    xml::Child::once_text::<bool>("UseNetworkFailoverResources"),
                    xml::Child::once("ResourceUsage"),
                    xml::Child::once_text::<crate::runtime::Uid>("WanAcceleratorUid"),
                    xml::Child::once("NetworkAppliance"),
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
            let at_ = el_.attrs(&["Type", "Href", "Id"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.id = xml::attr_value(&at_[2])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("VirtualDataCenterName"),
            xml::Tag::once("VirtualDataCenterRef"),
            xml::Tag::once("Enabled"),
            xml::Tag::once("AllocationModel"),
            xml::Tag::once("UseNetworkFailoverResources"),
            xml::Tag::once("ResourceUsage"),
            xml::Tag::once("WanAcceleratorUid"),
            xml::Tag::once("NetworkAppliance"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.virtual_data_center_name = el_.text()?,
                1 => out.virtual_data_center_ref = el_.text()?,
                2 => out.enabled = el_.text()?,
                3 => out.allocation_model = el_.text()?,
                4 => out.use_network_failover_resources = el_.text()?,
                5 => out.resource_usage = Some(el_.elem()?),
                6 => out.wan_accelerator_uid = el_.text()?,
                7 => out.network_appliance = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudTenantVCloudComputeResource {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Id", &self.id);
        w.elem_text("VirtualDataCenterName", &self.virtual_data_center_name);
        w.elem_text("VirtualDataCenterRef", &self.virtual_data_center_ref);
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("AllocationModel", &self.allocation_model);
        w.elem_text("UseNetworkFailoverResources", &self.use_network_failover_resources);
        w.elem("ResourceUsage", &self.resource_usage);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem("NetworkAppliance", &self.network_appliance);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantVCloudComputeResource {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.resource_usage,
            &crate::runtime::unknown::join(path, "ResourceUsage"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.network_appliance,
            &crate::runtime::unknown::join(path, "NetworkAppliance"),
            out,
        );
    }
}

/// Used by GET /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTenantVCloudComputeResourceUsageInfoType {
    /// Amount of CPU used by the tenant.
    ///
    /// XML element `<CpuUsageMhz>`; JSON `"CpuUsageMhz"`.
    pub cpu_usage_mhz: Option<i64>,
    /// Amount of memory used by the tenant.
    ///
    /// XML element `<MemoryUsageMb>`; JSON `"MemoryUsageMb"`.
    pub memory_usage_mb: Option<i64>,
    /// Amount of disc space used by the tenant.
    ///
    /// XML element `<StorageUsageGb>`; JSON `"StorageUsageGb"`.
    pub storage_usage_gb: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantVCloudComputeResourceUsageInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("CpuUsageMhz", &self.cpu_usage_mhz)?;
        o.opt("MemoryUsageMb", &self.memory_usage_mb)?;
        o.opt("StorageUsageGb", &self.storage_usage_gb)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantVCloudComputeResourceUsageInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CpuUsageMhz", &["cpuUsageMhz"]),
            F::new("MemoryUsageMb", &["memoryUsageMb"]),
            F::new("StorageUsageGb", &["storageUsageGb"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudTenantVCloudComputeResourceUsageInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudTenantVCloudComputeResourceUsageInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.cpu_usage_mhz = o.lenient()?,
                1 => out.memory_usage_mb = o.lenient()?,
                2 => out.storage_usage_gb = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantVCloudComputeResourceUsageInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cpu_usage_mhz: xml::elem_text(el, "CpuUsageMhz")?,
            memory_usage_mb: xml::elem_text(el, "MemoryUsageMb")?,
            storage_usage_gb: xml::elem_text(el, "StorageUsageGb")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<i64>("CpuUsageMhz"),
                    xml::Child::once_text::<i64>("MemoryUsageMb"),
                    xml::Child::once_text::<i64>("StorageUsageGb"),
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
            xml::Tag::once("CpuUsageMhz"),
            xml::Tag::once("MemoryUsageMb"),
            xml::Tag::once("StorageUsageGb"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.cpu_usage_mhz = el_.text()?,
                1 => out.memory_usage_mb = el_.text()?,
                2 => out.storage_usage_gb = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudTenantVCloudComputeResourceUsageInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("CpuUsageMhz", &self.cpu_usage_mhz);
        w.elem_text("MemoryUsageMb", &self.memory_usage_mb);
        w.elem_text("StorageUsageGb", &self.storage_usage_gb);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantVCloudComputeResourceUsageInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cloud/vmReplicaPoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudvmreplicapoints_id.html>
///
/// XML root element: `<CloudVmReplicaPoint>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudVmReplicaPoint {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the VM replica point, for example: dc-hv@2015-12-25 20:03:56.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the VM replica point resource.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML attribute `VmDisplayName`; JSON `"VmDisplayName"`.
    pub vm_display_name: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Date and time when the restore point was created. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Type of the VM replica point. Possible values:
    ///
    /// - `CDP`
    /// - `Full`
    /// - `ReverseIncrement`
    /// - `Increment`
    /// - `Snapshot`
    ///
    /// XML element `<PointType>`; JSON `"PointType"`.
    pub point_type: Option<super::enums::CloudVmReplicaPointPointType>,
    /// State of the tenant VM replica. Possible values:
    ///
    /// - `Unknown`
    /// - `Ready`
    /// - `Failover`
    /// - `Failback`
    /// - `PermanentFailover`
    ///
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<super::enums::CloudVmReplicaPointState>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudVmReplicaPoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("VmDisplayName", &self.vm_display_name)?;
        o.opt("Links", &self.links)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("PointType", &self.point_type)?;
        o.opt("State", &self.state)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudVmReplicaPoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("VmDisplayName", &["vmDisplayName"]),
            F::new("Links", &["Link", "links"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("PointType", &["pointType"]),
            F::new("State", &["state"]),
        ];
        crate::runtime::json::object(deserializer, "CloudVmReplicaPoint", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudVmReplicaPoint {
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
                4 => out.vm_display_name = o.lenient()?,
                5 => out.links = o.list_of("Link")?,
                6 => out.creation_time_utc = o.lenient()?,
                7 => out.point_type = o.value()?,
                8 => out.state = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudVmReplicaPoint {
    const ROOTS: &'static [&'static str] = &["CloudVmReplicaPoint"];
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
            vm_display_name: xml::attr(el, "VmDisplayName")?,
            links: xml::wrapped(el, "Links", "Link")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            point_type: xml::elem_text(el, "PointType")?,
            state: xml::elem_text(el, "State")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID", "VmDisplayName"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<
                        super::enums::CloudVmReplicaPointPointType,
                    >("PointType"),
                    xml::Child::once_text::<
                        super::enums::CloudVmReplicaPointState,
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
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID", "VmDisplayName"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
            out.vm_display_name = xml::attr_value(&at_[4])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("PointType"),
            xml::Tag::once("State"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.creation_time_utc = el_.text()?,
                2 => out.point_type = el_.text()?,
                3 => out.state = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudVmReplicaPoint {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("PointType", &self.point_type);
        w.elem_text("State", &self.state);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudVmReplicaPoint {
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

/// Used by GET /cloud/tenants/{ID}, GET /cloud/tenants/{ID}/computeResources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ComputeResourceStatsInfoType {
    /// Amount of memory used by the tenant.
    ///
    /// XML element `<MemoryUsageMb>`; JSON `"MemoryUsageMb"`.
    pub memory_usage_mb: Option<i64>,
    /// Number of CPUs used by the tenant.
    ///
    /// XML element `<CPUCount>`; JSON `"CpuCount"`.
    pub cpu_count: Option<i64>,
    /// Statistics on storage usage. For details, see Storage Resource Statistics.
    ///
    /// XML element `<StorageResourceStats>`; JSON `"StorageResourceStats"`.
    pub storage_resource_stats: Option<StorageResourceStatsListType>,
    /// Amount of memory used by the tenant.
    ///
    /// XML element `<IpAddress>`; JSON `"IpAddress"`.
    pub ip_address: Option<String>,
    /// Number of CPUs used by the tenant.
    ///
    /// XML element `<SubnetMask>`; JSON `"SubnetMask"`.
    pub subnet_mask: Option<String>,
    /// Statistics on storage usage. For details, see Storage Resource Statistics.
    ///
    /// XML element `<DefaultGateway>`; JSON `"DefaultGateway"`.
    pub default_gateway: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ComputeResourceStatsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("MemoryUsageMb", &self.memory_usage_mb)?;
        o.opt("CpuCount", &self.cpu_count)?;
        o.opt("StorageResourceStats", &self.storage_resource_stats)?;
        o.opt("IpAddress", &self.ip_address)?;
        o.opt("SubnetMask", &self.subnet_mask)?;
        o.opt("DefaultGateway", &self.default_gateway)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ComputeResourceStatsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("MemoryUsageMb", &["memoryUsageMb"]),
            F::new("CpuCount", &["CPUCount", "cpuCount"]),
            F::new("StorageResourceStats", &["storageResourceStats"]),
            F::new("IpAddress", &["ipAddress"]),
            F::new("SubnetMask", &["subnetMask"]),
            F::new("DefaultGateway", &["defaultGateway"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "ComputeResourceStatsInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for ComputeResourceStatsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.memory_usage_mb = o.lenient()?,
                1 => out.cpu_count = o.lenient()?,
                2 => out.storage_resource_stats = o.value()?,
                3 => out.ip_address = o.lenient()?,
                4 => out.subnet_mask = o.lenient()?,
                5 => out.default_gateway = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ComputeResourceStatsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            memory_usage_mb: xml::elem_text(el, "MemoryUsageMb")?,
            cpu_count: xml::elem_text(el, "CPUCount")?,
            storage_resource_stats: xml::elem(el, "StorageResourceStats")?,
            ip_address: xml::elem_text(el, "IpAddress")?,
            subnet_mask: xml::elem_text(el, "SubnetMask")?,
            default_gateway: xml::elem_text(el, "DefaultGateway")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<i64>("MemoryUsageMb"),
                    xml::Child::once_text::<i64>("CPUCount"),
                    xml::Child::once("StorageResourceStats"),
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
            xml::Tag::once("MemoryUsageMb"),
            xml::Tag::once("CPUCount"),
            xml::Tag::once("StorageResourceStats"),
            xml::Tag::once("IpAddress"),
            xml::Tag::once("SubnetMask"),
            xml::Tag::once("DefaultGateway"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.memory_usage_mb = el_.text()?,
                1 => out.cpu_count = el_.text()?,
                2 => out.storage_resource_stats = Some(el_.elem()?),
                3 => out.ip_address = el_.text()?,
                4 => out.subnet_mask = el_.text()?,
                5 => out.default_gateway = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ComputeResourceStatsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("MemoryUsageMb", &self.memory_usage_mb);
        w.elem_text("CPUCount", &self.cpu_count);
        w.elem("StorageResourceStats", &self.storage_resource_stats);
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("SubnetMask", &self.subnet_mask);
        w.elem_text("DefaultGateway", &self.default_gateway);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ComputeResourceStatsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.storage_resource_stats,
            &crate::runtime::unknown::join(path, "StorageResourceStats"),
            out,
        );
    }
}

/// The `Datastore` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Datastore {
    /// XML attribute `Id`; JSON `"Id"`.
    pub id: Option<String>,
    /// XML element `<FriendlyName>`; JSON `"FriendlyName"`.
    pub friendly_name: Option<String>,
    /// XML element `<DatastoreType>`; JSON `"DatastoreType"`.
    pub datastore_type: Option<String>,
    /// XML element `<Reference>`; JSON `"Reference"`.
    pub reference: Option<String>,
    /// XML element `<RootPath>`; JSON `"RootPath"`.
    pub root_path: Option<String>,
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    pub quota_gb: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Datastore {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Id", &self.id)?;
        o.opt("FriendlyName", &self.friendly_name)?;
        o.opt("DatastoreType", &self.datastore_type)?;
        o.opt("Reference", &self.reference)?;
        o.opt("RootPath", &self.root_path)?;
        o.opt("QuotaGb", &self.quota_gb)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Datastore {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Id", &["id"]),
            F::new("FriendlyName", &["friendlyName"]),
            F::new("DatastoreType", &["datastoreType"]),
            F::new("Reference", &["reference"]),
            F::new("RootPath", &["rootPath"]),
            F::new("QuotaGb", &["quotaGb"]),
        ];
        crate::runtime::json::object(deserializer, "Datastore", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Datastore {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.id = o.lenient()?,
                1 => out.friendly_name = o.lenient()?,
                2 => out.datastore_type = o.lenient()?,
                3 => out.reference = o.lenient()?,
                4 => out.root_path = o.lenient()?,
                5 => out.quota_gb = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Datastore {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            id: xml::attr(el, "Id")?,
            friendly_name: xml::elem_text(el, "FriendlyName")?,
            datastore_type: xml::elem_text(el, "DatastoreType")?,
            reference: xml::elem_text(el, "Reference")?,
            root_path: xml::elem_text(el, "RootPath")?,
            quota_gb: xml::elem_text(el, "QuotaGb")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Id"],
                &[
                    xml::Child::once_text::<String>("FriendlyName"),
                    xml::Child::once_text::<String>("DatastoreType"),
                    xml::Child::once_text::<String>("Reference"),
                    xml::Child::once_text::<String>("RootPath"),
                    xml::Child::once_text::<String>("QuotaGb"),
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
            let at_ = el_.attrs(&["Id"])?;
            out.id = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("FriendlyName"),
            xml::Tag::once("DatastoreType"),
            xml::Tag::once("Reference"),
            xml::Tag::once("RootPath"),
            xml::Tag::once("QuotaGb"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.friendly_name = el_.text()?,
                1 => out.datastore_type = el_.text()?,
                2 => out.reference = el_.text()?,
                3 => out.root_path = el_.text()?,
                4 => out.quota_gb = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Datastore {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Id", &self.id);
        w.elem_text("FriendlyName", &self.friendly_name);
        w.elem_text("DatastoreType", &self.datastore_type);
        w.elem_text("Reference", &self.reference);
        w.elem_text("RootPath", &self.root_path);
        w.elem_text("QuotaGb", &self.quota_gb);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Datastore {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `Domain` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Domain {
    /// XML element `<DomainName>`; JSON `"DomainName"`.
    pub domain_name: Option<String>,
    /// XML element `<Port>`; JSON `"Port"`.
    pub port: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Domain {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("DomainName", &self.domain_name)?;
        o.opt("Port", &self.port)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Domain {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("DomainName", &["domainName"]),
            F::new("Port", &["port"]),
        ];
        crate::runtime::json::object(deserializer, "Domain", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Domain {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.domain_name = o.lenient()?,
                1 => out.port = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Domain {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            domain_name: xml::elem_text(el, "DomainName")?,
            port: xml::elem_text(el, "Port")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("DomainName"),
                    xml::Child::once_text::<String>("Port"),
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
            xml::Tag::once("DomainName"),
            xml::Tag::once("Port"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.domain_name = el_.text()?,
                1 => out.port = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Domain {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DomainName", &self.domain_name);
        w.elem_text("Port", &self.port);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Domain {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `HvCloudHardwarePlan` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HvCloudHardwarePlan {
    /// XML element `<HypervisorHostRef>`; JSON `"HypervisorHostRef"`.
    pub hypervisor_host_ref: Option<String>,
    /// XML `<Volumes><Volume/>…</Volumes>`; JSON `"Volumes": {"Volumes": […]}`.
    pub volumes: Option<crate::runtime::List<Volume>>,
    /// XML element `<Network>`; JSON `"Network"`.
    pub network: Option<Network>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for HvCloudHardwarePlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("HypervisorHostRef", &self.hypervisor_host_ref)?;
        o.documented("Volumes", "Volumes", &self.volumes)?;
        o.opt("Network", &self.network)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for HvCloudHardwarePlan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("HypervisorHostRef", &["hypervisorHostRef"]),
            F::new("Volumes", &["Volume", "volumes"]),
            F::new("Network", &["network"]),
        ];
        crate::runtime::json::object(deserializer, "HvCloudHardwarePlan", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for HvCloudHardwarePlan {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.hypervisor_host_ref = o.lenient()?,
                1 => out.volumes = o.list_of("Volume")?,
                2 => out.network = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for HvCloudHardwarePlan {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hypervisor_host_ref: xml::elem_text(el, "HypervisorHostRef")?,
            volumes: xml::wrapped(el, "Volumes", "Volume")?,
            network: xml::elem(el, "Network")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("HypervisorHostRef"),
                    xml::Child::once("Volumes"),
                    xml::Child::once("Network"),
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
            xml::Tag::once("HypervisorHostRef"),
            xml::Tag::once("Volumes"),
            xml::Tag::once("Network"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.hypervisor_host_ref = el_.text()?,
                1 => out.volumes = Some(el_.wrapped("Volume")?),
                2 => out.network = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for HvCloudHardwarePlan {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("HypervisorHostRef", &self.hypervisor_host_ref);
        w.wrapped("Volumes", "Volume", self.volumes.as_ref());
        w.elem("Network", &self.network);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for HvCloudHardwarePlan {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.volumes,
            &crate::runtime::unknown::join(path, "Volumes"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.network,
            &crate::runtime::unknown::join(path, "Network"),
            out,
        );
    }
}

/// Used by POST /cloud/hardwarePlans.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HvCloudHardwarePlanVolumesInfoListType {
    /// XML attribute `Id`; JSON `"Id"`.
    pub id: Option<String>,
    /// Name of the volume as displayed to the tenant, for example: Cloud Replicas.
    ///
    /// XML element `<FriendlyName>`; JSON `"FriendlyName"`.
    pub friendly_name: Option<String>,
    /// Path to a folder on the volume in which tenant VM replica files should be stored.
    ///
    /// XML element `<VolumePath>`; JSON `"VolumePath"`.
    pub volume_path: Option<String>,
    /// Storage quota for tenant VM replicas on the volume (in GB).
    ///
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    pub quota_gb: Option<i64>,
    /// repeated XML element `<Volume>`; JSON `"Volumes": […]`.
    pub volumes: crate::runtime::List<Volume>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for HvCloudHardwarePlanVolumesInfoListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Id", &self.id)?;
        o.opt("FriendlyName", &self.friendly_name)?;
        o.opt("VolumePath", &self.volume_path)?;
        o.opt("QuotaGb", &self.quota_gb)?;
        o.elems("Volumes", &self.volumes)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for HvCloudHardwarePlanVolumesInfoListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Id", &["id"]),
            F::new("FriendlyName", &["friendlyName"]),
            F::new("VolumePath", &["volumePath"]),
            F::new("QuotaGb", &["quotaGb"]),
            F::new("Volumes", &["Volume", "volumes"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "HvCloudHardwarePlanVolumesInfoListType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for HvCloudHardwarePlanVolumesInfoListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.id = o.lenient()?,
                1 => out.friendly_name = o.lenient()?,
                2 => out.volume_path = o.lenient()?,
                3 => out.quota_gb = o.lenient()?,
                4 => out.volumes = o.vec_of("Volume")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for HvCloudHardwarePlanVolumesInfoListType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            id: xml::attr(el, "Id")?,
            friendly_name: xml::elem_text(el, "FriendlyName")?,
            volume_path: xml::elem_text(el, "VolumePath")?,
            quota_gb: xml::elem_text(el, "QuotaGb")?,
            volumes: xml::elems(el, "Volume")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Id"],
                &[
                    xml::Child::once_text::<String>("FriendlyName"),
                    xml::Child::once_text::<String>("VolumePath"),
                    xml::Child::once_text::<i64>("QuotaGb"),
                    xml::Child::many("Volume"),
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
            let at_ = el_.attrs(&["Id"])?;
            out.id = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("FriendlyName"),
            xml::Tag::once("VolumePath"),
            xml::Tag::once("QuotaGb"),
            xml::Tag::many("Volume"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.friendly_name = el_.text()?,
                1 => out.volume_path = el_.text()?,
                2 => out.quota_gb = el_.text()?,
                3 => out.volumes.push(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for HvCloudHardwarePlanVolumesInfoListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Id", &self.id);
        w.elem_text("FriendlyName", &self.friendly_name);
        w.elem_text("VolumePath", &self.volume_path);
        w.elem_text("QuotaGb", &self.quota_gb);
        w.elems("Volume", &self.volumes);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for HvCloudHardwarePlanVolumesInfoListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.volumes,
            &crate::runtime::unknown::join(path, "Volume"),
            out,
        );
    }
}

/// The `Includes` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Includes {
    /// repeated XML element `<CloudFailoverPlanVm>`; JSON `"CloudFailoverPlanVms": […]`.
    pub cloud_failover_plan_vms: crate::runtime::List<CloudFailoverPlanVm>,
    /// XML element `<Includes>`; JSON `"Includes"`.
    pub includes: Option<IncludesIncludes>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Includes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CloudFailoverPlanVms", &self.cloud_failover_plan_vms)?;
        o.opt("Includes", &self.includes)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Includes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "CloudFailoverPlanVms",
                &["CloudFailoverPlanVm", "cloudFailoverPlanVms"],
            ),
            F::new("Includes", &["includes"]),
        ];
        crate::runtime::json::object(deserializer, "Includes", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Includes {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.cloud_failover_plan_vms = o.vec_of("CloudFailoverPlanVm")?,
                1 => out.includes = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Includes {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_failover_plan_vms: xml::elems(el, "CloudFailoverPlanVm")?.into(),
            includes: xml::elem(el, "Includes")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CloudFailoverPlanVm"), xml::Child::once("Includes")],
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
            xml::Tag::many("CloudFailoverPlanVm"),
            xml::Tag::once("Includes"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.cloud_failover_plan_vms.push(el_.elem()?),
                1 => out.includes = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Includes {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudFailoverPlanVm", &self.cloud_failover_plan_vms);
        w.elem("Includes", &self.includes);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Includes {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_failover_plan_vms,
            &crate::runtime::unknown::join(path, "CloudFailoverPlanVm"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.includes,
            &crate::runtime::unknown::join(path, "Includes"),
            out,
        );
    }
}

/// 'Includes' of Includes, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IncludesIncludes {
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for IncludesIncludes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for IncludesIncludes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[];
        crate::runtime::json::object(deserializer, "IncludesIncludes", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for IncludesIncludes {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        while o.next_field()?.is_some() {}
        Ok(Self { unknown: o.finish() })
    }
}

impl crate::runtime::xml::FromXml for IncludesIncludes {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self {
            unknown: crate::runtime::UnknownMembers::from_xml(el, &[], &[], false),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[])?.is_some() {}
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for IncludesIncludes {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for IncludesIncludes {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `Network` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Network {
    /// XML attribute `Id`; JSON `"Id"`.
    pub id: Option<String>,
    /// XML element `<CountWithInternet>`; JSON `"CountWithInternet"`.
    pub count_with_internet: Option<String>,
    /// XML element `<CountWithoutInternet>`; JSON `"CountWithoutInternet"`.
    pub count_without_internet: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Network {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Id", &self.id)?;
        o.opt("CountWithInternet", &self.count_with_internet)?;
        o.opt("CountWithoutInternet", &self.count_without_internet)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Network {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Id", &["id"]),
            F::new("CountWithInternet", &["countWithInternet"]),
            F::new("CountWithoutInternet", &["countWithoutInternet"]),
        ];
        crate::runtime::json::object(deserializer, "Network", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Network {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.id = o.lenient()?,
                1 => out.count_with_internet = o.lenient()?,
                2 => out.count_without_internet = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Network {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            id: xml::attr(el, "Id")?,
            count_with_internet: xml::elem_text(el, "CountWithInternet")?,
            count_without_internet: xml::elem_text(el, "CountWithoutInternet")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Id"],
                &[
                    xml::Child::once_text::<String>("CountWithInternet"),
                    xml::Child::once_text::<String>("CountWithoutInternet"),
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
            let at_ = el_.attrs(&["Id"])?;
            out.id = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("CountWithInternet"),
            xml::Tag::once("CountWithoutInternet"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.count_with_internet = el_.text()?,
                1 => out.count_without_internet = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Network {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Id", &self.id);
        w.elem_text("CountWithInternet", &self.count_with_internet);
        w.elem_text("CountWithoutInternet", &self.count_without_internet);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Network {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `StorageResourceStat` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StorageResourceStat {
    /// XML element `<StorageName>`; JSON `"StorageName"`.
    pub storage_name: Option<String>,
    /// XML element `<StorageUsageGb>`; JSON `"StorageUsageGb"`.
    pub storage_usage_gb: Option<String>,
    /// XML element `<StorageLimitGb>`; JSON `"StorageLimitGb"`.
    pub storage_limit_gb: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for StorageResourceStat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("StorageName", &self.storage_name)?;
        o.opt("StorageUsageGb", &self.storage_usage_gb)?;
        o.opt("StorageLimitGb", &self.storage_limit_gb)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for StorageResourceStat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("StorageName", &["storageName"]),
            F::new("StorageUsageGb", &["storageUsageGb"]),
            F::new("StorageLimitGb", &["storageLimitGb"]),
        ];
        crate::runtime::json::object(deserializer, "StorageResourceStat", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for StorageResourceStat {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.storage_name = o.lenient()?,
                1 => out.storage_usage_gb = o.lenient()?,
                2 => out.storage_limit_gb = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for StorageResourceStat {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            storage_name: xml::elem_text(el, "StorageName")?,
            storage_usage_gb: xml::elem_text(el, "StorageUsageGb")?,
            storage_limit_gb: xml::elem_text(el, "StorageLimitGb")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("StorageName"),
                    xml::Child::once_text::<String>("StorageUsageGb"),
                    xml::Child::once_text::<String>("StorageLimitGb"),
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
            xml::Tag::once("StorageName"),
            xml::Tag::once("StorageUsageGb"),
            xml::Tag::once("StorageLimitGb"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.storage_name = el_.text()?,
                1 => out.storage_usage_gb = el_.text()?,
                2 => out.storage_limit_gb = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for StorageResourceStat {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StorageName", &self.storage_name);
        w.elem_text("StorageUsageGb", &self.storage_usage_gb);
        w.elem_text("StorageLimitGb", &self.storage_limit_gb);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for StorageResourceStat {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StorageResourceStatsListType {
    /// Name of the storage where tenant VM replicas are stored.
    ///
    /// XML element `<StorageName>`; JSON `"StorageName"`.
    pub storage_name: Option<String>,
    /// Number of CPUs used by the tenant.
    ///
    /// XML element `<StorageUsageGb>`; JSON `"StorageUsageGb"`.
    pub storage_usage_gb: Option<i64>,
    /// Maximum amount of disc space that can be used by the tenant.
    ///
    /// XML element `<StorageLimitGb>`; JSON `"StorageLimitGb"`.
    pub storage_limit_gb: Option<i64>,
    /// repeated XML element `<StorageResourceStat>`; JSON `"StorageResourceStats": […]`.
    pub storage_resource_stats: crate::runtime::List<StorageResourceStat>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for StorageResourceStatsListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("StorageName", &self.storage_name)?;
        o.opt("StorageUsageGb", &self.storage_usage_gb)?;
        o.opt("StorageLimitGb", &self.storage_limit_gb)?;
        o.elems("StorageResourceStats", &self.storage_resource_stats)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for StorageResourceStatsListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("StorageName", &["storageName"]),
            F::new("StorageUsageGb", &["storageUsageGb"]),
            F::new("StorageLimitGb", &["storageLimitGb"]),
            F::new(
                "StorageResourceStats",
                &["StorageResourceStat", "storageResourceStats"],
            ),
        ];
        crate::runtime::json::object(
            deserializer,
            "StorageResourceStatsListType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for StorageResourceStatsListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.storage_name = o.lenient()?,
                1 => out.storage_usage_gb = o.lenient()?,
                2 => out.storage_limit_gb = o.lenient()?,
                3 => out.storage_resource_stats = o.vec_of("StorageResourceStat")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for StorageResourceStatsListType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            storage_name: xml::elem_text(el, "StorageName")?,
            storage_usage_gb: xml::elem_text(el, "StorageUsageGb")?,
            storage_limit_gb: xml::elem_text(el, "StorageLimitGb")?,
            storage_resource_stats: xml::elems(el, "StorageResourceStat")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("StorageName"),
                    xml::Child::once_text::<i64>("StorageUsageGb"),
                    xml::Child::once_text::<i64>("StorageLimitGb"),
                    xml::Child::many("StorageResourceStat"),
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
            xml::Tag::once("StorageName"),
            xml::Tag::once("StorageUsageGb"),
            xml::Tag::once("StorageLimitGb"),
            xml::Tag::many("StorageResourceStat"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.storage_name = el_.text()?,
                1 => out.storage_usage_gb = el_.text()?,
                2 => out.storage_limit_gb = el_.text()?,
                3 => out.storage_resource_stats.push(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for StorageResourceStatsListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StorageName", &self.storage_name);
        w.elem_text("StorageUsageGb", &self.storage_usage_gb);
        w.elem_text("StorageLimitGb", &self.storage_limit_gb);
        w.elems("StorageResourceStat", &self.storage_resource_stats);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for StorageResourceStatsListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.storage_resource_stats,
            &crate::runtime::unknown::join(path, "StorageResourceStat"),
            out,
        );
    }
}

/// The `TenantCredentials` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TenantCredentials {
    /// XML element `<Username>`; JSON `"Username"`.
    pub username: Option<String>,
    /// XML element `<TenantCredentials>`; JSON `"TenantCredentials"`.
    pub tenant_credentials: Option<TenantCredentialsTenantCredentials>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for TenantCredentials {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Username", &self.username)?;
        o.opt("TenantCredentials", &self.tenant_credentials)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for TenantCredentials {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Username", &["username"]),
            F::new("TenantCredentials", &["tenantCredentials"]),
        ];
        crate::runtime::json::object(deserializer, "TenantCredentials", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for TenantCredentials {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.username = o.lenient()?,
                1 => out.tenant_credentials = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for TenantCredentials {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            username: xml::elem_text(el, "Username")?,
            tenant_credentials: xml::elem(el, "TenantCredentials")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Username"),
                    xml::Child::once("TenantCredentials"),
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
            xml::Tag::once("TenantCredentials"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.username = el_.text()?,
                1 => out.tenant_credentials = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for TenantCredentials {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Username", &self.username);
        w.elem("TenantCredentials", &self.tenant_credentials);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for TenantCredentials {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.tenant_credentials,
            &crate::runtime::unknown::join(path, "TenantCredentials"),
            out,
        );
    }
}

/// 'TenantCredentials' of TenantCredentials, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TenantCredentialsTenantCredentials {
    /// XML element `<Username>`; JSON `"Username"`.
    pub username: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for TenantCredentialsTenantCredentials {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Username", &self.username)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for TenantCredentialsTenantCredentials {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("Username", &["username"])];
        crate::runtime::json::object(
            deserializer,
            "TenantCredentialsTenantCredentials",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for TenantCredentialsTenantCredentials {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.username = o.lenient()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for TenantCredentialsTenantCredentials {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            username: xml::elem_text(el, "Username")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<String>("Username")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("Username")])?.is_some() {
            out.username = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for TenantCredentialsTenantCredentials {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Username", &self.username);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for TenantCredentialsTenantCredentials {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `TenantType` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TenantType {
    /// XML element `<ADTenantType>`; JSON `"ADTenantType"`.
    pub ad_tenant_type: Option<AdTenantType>,
    /// XML `<StandaloneTenant><TenantCredentials/>…</StandaloneTenant>`; JSON `"StandaloneTenant": {"TenantCredentialses": […]}`.
    pub standalone_tenant: Option<crate::runtime::List<TenantCredentials>>,
    /// XML element `<vCloudTenant>`; JSON `"vCloudTenant"`.
    pub v_cloud_tenant: Option<VCloudTenant>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for TenantType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ADTenantType", &self.ad_tenant_type)?;
        o.documented(
            "StandaloneTenant",
            "TenantCredentialses",
            &self.standalone_tenant,
        )?;
        o.opt("vCloudTenant", &self.v_cloud_tenant)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for TenantType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ADTenantType", &["aDTenantType", "adTenantType"]),
            F::new("StandaloneTenant", &["TenantCredentials", "standaloneTenant"]),
            F::new("vCloudTenant", &[]),
        ];
        crate::runtime::json::object(deserializer, "TenantType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for TenantType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.ad_tenant_type = o.value()?,
                1 => out.standalone_tenant = o.list_of("TenantCredentials")?,
                2 => out.v_cloud_tenant = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for TenantType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            ad_tenant_type: xml::elem(el, "ADTenantType")?,
            standalone_tenant: xml::wrapped(
                el,
                "StandaloneTenant",
                "TenantCredentials",
            )?,
            v_cloud_tenant: xml::elem(el, "vCloudTenant")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once("ADTenantType"),
                    xml::Child::once("StandaloneTenant"),
                    xml::Child::once("vCloudTenant"),
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
            xml::Tag::once("ADTenantType"),
            xml::Tag::once("StandaloneTenant"),
            xml::Tag::once("vCloudTenant"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.ad_tenant_type = Some(el_.elem()?),
                1 => out.standalone_tenant = Some(el_.wrapped("TenantCredentials")?),
                2 => out.v_cloud_tenant = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for TenantType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("ADTenantType", &self.ad_tenant_type);
        w.wrapped(
            "StandaloneTenant",
            "TenantCredentials",
            self.standalone_tenant.as_ref(),
        );
        w.elem("vCloudTenant", &self.v_cloud_tenant);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for TenantType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.ad_tenant_type,
            &crate::runtime::unknown::join(path, "ADTenantType"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.standalone_tenant,
            &crate::runtime::unknown::join(path, "StandaloneTenant"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.v_cloud_tenant,
            &crate::runtime::unknown::join(path, "vCloudTenant"),
            out,
        );
    }
}

/// Used by POST /cloud/hardwarePlans.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
///
/// XML root element: `<ViCloudHardwarePlan>`.
#[derive(Debug, Clone, PartialEq)]
pub struct ViCloudHardwarePlan {
    /// Reference to the virtualization host on which tenant VM replicas should be registered, for example: urn:VMware:Host:b7f17482-2f34-446c-976c-924539a98b0b.host-438.
    ///
    /// XML element `<HypervisorHostRef>`; JSON `"HypervisorHostRef"`.
    pub hypervisor_host_ref: String,
    /// Type of the VMware object. Possible values:
    ///
    /// - `ClusterComputeResource`
    /// - `HostSystem`
    ///
    /// XML element `<ParentType>`; JSON `"ParentType"`.
    pub parent_type: super::enums::ViCloudHardwarePlanParentType,
    /// Name of the host or cluster.
    ///
    /// XML element `<ParentName>`; JSON `"ParentName"`.
    pub parent_name: String,
    /// Datastore parameters for the created hardware plan. For details, see Datastore Settings.
    ///
    /// XML element `<Datastores>`; JSON `"Datastores"`.
    pub datastores: ViCloudHardwarePlanDatastoreInfoListType,
    /// Network parameters for the created hardware plan. For details, see Network Settings.
    ///
    /// XML element `<Network>`; JSON `"Network"`.
    pub network: Option<CloudHardwarePlanNetworkInfo>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ViCloudHardwarePlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("HypervisorHostRef", &self.hypervisor_host_ref)?;
        o.req("ParentType", &self.parent_type)?;
        o.req("ParentName", &self.parent_name)?;
        o.req("Datastores", &self.datastores)?;
        o.opt("Network", &self.network)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ViCloudHardwarePlan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("HypervisorHostRef", &["hypervisorHostRef"]),
            F::new("ParentType", &["parentType"]),
            F::new("ParentName", &["parentName"]),
            F::new("Datastores", &["datastores"]),
            F::new("Network", &["network"]),
        ];
        crate::runtime::json::object(deserializer, "ViCloudHardwarePlan", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ViCloudHardwarePlan {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut hypervisor_host_ref = Default::default();
        let mut parent_type = Default::default();
        let mut parent_name = Default::default();
        let mut datastores = Default::default();
        let mut network = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => hypervisor_host_ref = Some(o.lenient_req()?),
                1 => parent_type = Some(o.value()?),
                2 => parent_name = Some(o.lenient_req()?),
                3 => datastores = Some(o.value()?),
                4 => network = o.value()?,
                _ => {}
            }
        }
        Ok(Self {
            hypervisor_host_ref: o.required(hypervisor_host_ref, 0)?,
            parent_type: o.required(parent_type, 1)?,
            parent_name: o.required(parent_name, 2)?,
            datastores: o.required(datastores, 3)?,
            network,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for ViCloudHardwarePlan {
    const ROOTS: &'static [&'static str] = &["ViCloudHardwarePlan"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hypervisor_host_ref: xml::elem_text(el, "HypervisorHostRef")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "HypervisorHostRef",
                ))?,
            parent_type: xml::elem_text(el, "ParentType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("ParentType"))?,
            parent_name: xml::elem_text(el, "ParentName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("ParentName"))?,
            datastores: xml::elem(el, "Datastores")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Datastores"))?,
            network: xml::elem(el, "Network")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("HypervisorHostRef"),
                    xml::Child::once_text::<
                        super::enums::ViCloudHardwarePlanParentType,
                    >("ParentType"),
                    xml::Child::once_text::<String>("ParentName"),
                    xml::Child::once("Datastores"),
                    xml::Child::once("Network"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut hypervisor_host_ref = None;
        let mut parent_type = None;
        let mut parent_name = None;
        let mut datastores = None;
        let mut network = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("HypervisorHostRef"),
            xml::Tag::once("ParentType"),
            xml::Tag::once("ParentName"),
            xml::Tag::once("Datastores"),
            xml::Tag::once("Network"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => hypervisor_host_ref = el_.text()?,
                1 => parent_type = el_.text()?,
                2 => parent_name = el_.text()?,
                3 => datastores = Some(el_.elem()?),
                4 => network = Some(el_.elem()?),
                _ => {}
            }
        }
        Some(Self {
            hypervisor_host_ref: hypervisor_host_ref?,
            parent_type: parent_type?,
            parent_name: parent_name?,
            datastores: datastores?,
            network,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for ViCloudHardwarePlan {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("HypervisorHostRef", &self.hypervisor_host_ref);
        w.elem_text_req("ParentType", &self.parent_type);
        w.elem_text_req("ParentName", &self.parent_name);
        w.elem_req("Datastores", &self.datastores);
        w.elem("Network", &self.network);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ViCloudHardwarePlan {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.datastores,
            &crate::runtime::unknown::join(path, "Datastores"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.network,
            &crate::runtime::unknown::join(path, "Network"),
            out,
        );
    }
}

/// Used by POST /cloud/hardwarePlans.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViCloudHardwarePlanDatastoreInfoListType {
    /// repeated XML element `<Datastore>`; JSON `"Datastores": […]`.
    pub datastores: crate::runtime::List<Datastore>,
    /// Name of the datastore as displayed to the tenant, for example: Cloud Replicas.
    ///
    /// XML element `<FriendlyName>`; JSON `"FriendlyName"`.
    pub friendly_name: Option<String>,
    /// Type of the datastore. Possible values:
    ///
    /// - `Datastore`
    /// - `StoragePod`
    ///
    /// XML element `<DatastoreType>`; JSON `"DatastoreType"`.
    pub datastore_type: Option<
        super::enums::ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType,
    >,
    /// Reference to the datastore on which tenant VM replicas should be stored, for example: urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-441. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<Reference>`; JSON `"Reference"`.
    pub reference: Option<String>,
    /// Storage quota for tenant VM replicas on the datastore (in GB).
    ///
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    pub quota_gb: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ViCloudHardwarePlanDatastoreInfoListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("Datastores", &self.datastores)?;
        o.opt("FriendlyName", &self.friendly_name)?;
        o.opt("DatastoreType", &self.datastore_type)?;
        o.opt("Reference", &self.reference)?;
        o.opt("QuotaGb", &self.quota_gb)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ViCloudHardwarePlanDatastoreInfoListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Datastores", &["Datastore", "datastores"]),
            F::new("FriendlyName", &["friendlyName"]),
            F::new("DatastoreType", &["datastoreType"]),
            F::new("Reference", &["reference"]),
            F::new("QuotaGb", &["quotaGb"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "ViCloudHardwarePlanDatastoreInfoListType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for ViCloudHardwarePlanDatastoreInfoListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.datastores = o.vec_of("Datastore")?,
                1 => out.friendly_name = o.lenient()?,
                2 => out.datastore_type = o.value()?,
                3 => out.reference = o.lenient()?,
                4 => out.quota_gb = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ViCloudHardwarePlanDatastoreInfoListType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            datastores: xml::elems(el, "Datastore")?.into(),
            friendly_name: xml::elem_text(el, "FriendlyName")?,
            datastore_type: xml::elem_text(el, "DatastoreType")?,
            reference: xml::elem_text(el, "Reference")?,
            quota_gb: xml::elem_text(el, "QuotaGb")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::many("Datastore"),
                    xml::Child::once_text::<String>("FriendlyName"),
                    xml::Child::once_text::<
                        super::enums::ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType,
                    >("DatastoreType"),
                    xml::Child::once_text::<String>("Reference"),
                    xml::Child::once_text::<i64>("QuotaGb"),
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
            xml::Tag::many("Datastore"),
            xml::Tag::once("FriendlyName"),
            xml::Tag::once("DatastoreType"),
            xml::Tag::once("Reference"),
            xml::Tag::once("QuotaGb"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.datastores.push(el_.elem()?),
                1 => out.friendly_name = el_.text()?,
                2 => out.datastore_type = el_.text()?,
                3 => out.reference = el_.text()?,
                4 => out.quota_gb = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ViCloudHardwarePlanDatastoreInfoListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Datastore", &self.datastores);
        w.elem_text("FriendlyName", &self.friendly_name);
        w.elem_text("DatastoreType", &self.datastore_type);
        w.elem_text("Reference", &self.reference);
        w.elem_text("QuotaGb", &self.quota_gb);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ViCloudHardwarePlanDatastoreInfoListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.datastores,
            &crate::runtime::unknown::join(path, "Datastore"),
            out,
        );
    }
}

/// Used by POST /cloud/hardwarePlans.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
///
/// XML root element: `<HvCloudHardwarePlan>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViCloudHardwarePlanorHvCloudHardwarePlan {
    /// XML element `<HvCloudHardwarePlan>`; JSON `"HvCloudHardwarePlan"`.
    pub hv_cloud_hardware_plan: Option<HvCloudHardwarePlan>,
    /// XML element `<ViCloudHardwarePlan>`; JSON `"ViCloudHardwarePlan"`.
    pub vi_cloud_hardware_plan: Option<ViCloudHardwarePlan>,
    /// Reference to the virtualization host on which tenant VM replicas should be registered, for example: urn:HyperV:Host:849a937a-3416-4f03-8111-67b06393afcb. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<HypervisorHostRef>`; JSON `"HypervisorHostRef"`.
    pub hypervisor_host_ref: Option<String>,
    /// Storage volume parameters for the created hardware plan. For details, see Volume Settings.
    ///
    /// XML element `<Volumes>`; JSON `"Volumes"`.
    pub volumes: Option<HvCloudHardwarePlanVolumesInfoListType>,
    /// Network parameters for the created hardware plan. For details, see Network Settings.
    ///
    /// XML element `<Network>`; JSON `"Network"`.
    pub network: Option<CloudHardwarePlanNetworkInfo>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ViCloudHardwarePlanorHvCloudHardwarePlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("HvCloudHardwarePlan", &self.hv_cloud_hardware_plan)?;
        o.opt("ViCloudHardwarePlan", &self.vi_cloud_hardware_plan)?;
        o.opt("HypervisorHostRef", &self.hypervisor_host_ref)?;
        o.opt("Volumes", &self.volumes)?;
        o.opt("Network", &self.network)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ViCloudHardwarePlanorHvCloudHardwarePlan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("HvCloudHardwarePlan", &["hvCloudHardwarePlan"]),
            F::new("ViCloudHardwarePlan", &["viCloudHardwarePlan"]),
            F::new("HypervisorHostRef", &["hypervisorHostRef"]),
            F::new("Volumes", &["volumes"]),
            F::new("Network", &["network"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "ViCloudHardwarePlanorHvCloudHardwarePlan",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for ViCloudHardwarePlanorHvCloudHardwarePlan {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.hv_cloud_hardware_plan = o.value()?,
                1 => out.vi_cloud_hardware_plan = o.value()?,
                2 => out.hypervisor_host_ref = o.lenient()?,
                3 => out.volumes = o.value()?,
                4 => out.network = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ViCloudHardwarePlanorHvCloudHardwarePlan {
    const ROOTS: &'static [&'static str] = &["HvCloudHardwarePlan"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hv_cloud_hardware_plan: xml::elem(el, "HvCloudHardwarePlan")?,
            vi_cloud_hardware_plan: xml::elem(el, "ViCloudHardwarePlan")?,
            hypervisor_host_ref: xml::elem_text(el, "HypervisorHostRef")?,
            volumes: xml::elem(el, "Volumes")?,
            network: xml::elem(el, "Network")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once("HvCloudHardwarePlan"),
                    xml::Child::once("ViCloudHardwarePlan"),
                    xml::Child::once_text::<String>("HypervisorHostRef"),
                    xml::Child::once("Volumes"),
                    xml::Child::once("Network"),
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
            xml::Tag::once("HvCloudHardwarePlan"),
            xml::Tag::once("ViCloudHardwarePlan"),
            xml::Tag::once("HypervisorHostRef"),
            xml::Tag::once("Volumes"),
            xml::Tag::once("Network"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.hv_cloud_hardware_plan = Some(el_.elem()?),
                1 => out.vi_cloud_hardware_plan = Some(el_.elem()?),
                2 => out.hypervisor_host_ref = el_.text()?,
                3 => out.volumes = Some(el_.elem()?),
                4 => out.network = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ViCloudHardwarePlanorHvCloudHardwarePlan {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("HvCloudHardwarePlan", &self.hv_cloud_hardware_plan);
        w.elem("ViCloudHardwarePlan", &self.vi_cloud_hardware_plan);
        w.elem_text("HypervisorHostRef", &self.hypervisor_host_ref);
        w.elem("Volumes", &self.volumes);
        w.elem("Network", &self.network);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ViCloudHardwarePlanorHvCloudHardwarePlan {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.hv_cloud_hardware_plan,
            &crate::runtime::unknown::join(path, "HvCloudHardwarePlan"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.vi_cloud_hardware_plan,
            &crate::runtime::unknown::join(path, "ViCloudHardwarePlan"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.volumes,
            &crate::runtime::unknown::join(path, "Volumes"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.network,
            &crate::runtime::unknown::join(path, "Network"),
            out,
        );
    }
}

/// Used by GET /cloud/vlans/{ID}, PUT /cloud/vlans/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vlans_id.html>
///
/// XML root element: `<VlanConfiguration>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VlanConfiguration {
    /// Name of the virtual switch, for example: Intel(R) I350 Gigabit Network Connection - Virtual Switch.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// ID of the virtual switch in the Veeam infrastructure, for example: 510f34ea-1534-437c-a746-f32cf0f712aa.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<String>,
    /// Reference to the host on which the virtual switch with VLAN ranges is configured, for example: urn:VMware:Host:4a3f28d9-d4f3-4e4c-9afb-91db8ab57436.host-438. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<HostRef>`; JSON `"HostRef"`.
    pub host_ref: Option<String>,
    /// Platform of the virtualization host on which the virtual switch is configured. Possible values:
    ///
    /// - `VMware`
    /// - `HyperV`
    ///
    /// XML element `<PlatformType>`; JSON `"PlatformType"`.
    pub platform_type: Option<super::enums::PlatformType>,
    /// The first VLAN ID in the range of VLANs that are used for providing networks with internet access to tenant VM replicas.
    ///
    /// XML element `<VlanIdsWithInternetLeftBound>`; JSON `"VlanIdsWithInternetLeftBound"`.
    pub vlan_ids_with_internet_left_bound: Option<i64>,
    /// The last VLAN ID in the range of VLANs that are used for providing networks with internet access to tenant VM replicas.
    ///
    /// XML element `<VlanIdsWithInternetRightBound>`; JSON `"VlanIdsWithInternetRightBound"`.
    pub vlan_ids_with_internet_right_bound: Option<i64>,
    /// The first VLAN ID in the range of VLANs that are used for providing networks without internet access to tenant VM replicas.
    ///
    /// XML element `<VlanIdsWithoutInternetLeftBound>`; JSON `"VlanIdsWithoutInternetLeftBound"`.
    pub vlan_ids_without_internet_left_bound: Option<i64>,
    /// The last VLAN ID in the range of VLANs that are used for providing networks without internet access to tenant VM replicas.
    ///
    /// XML element `<VlanIdsWithoutInternetRightBound>`; JSON `"VlanIdsWithoutInternetRightBound"`.
    pub vlan_ids_without_internet_right_bound: Option<i64>,
    /// Name of the virtual switch, for example: Intel(R) I350 Gigabit Network Connection - Virtual Switch.
    ///
    /// XML element `<SwitchName>`; JSON `"SwitchName"`.
    pub switch_name: Option<String>,
    /// ID of the virtual switch in the virtualization infrastructure, for example: 4670EE6D-66BE-4A1C-A58E-6389CA99BD3E.
    ///
    /// XML element `<SwitchId>`; JSON `"SwitchId"`.
    pub switch_id: Option<String>,
    /// Name of the cluster on which the virtual switch with VLAN ranges is configured.
    ///
    /// XML element `<ClusterName>`; JSON `"ClusterName"`.
    pub cluster_name: Option<String>,
    /// ID of the cluster on which the virtual switch with VLAN ranges is configured.
    ///
    /// XML element `<ClusterId>`; JSON `"ClusterId"`.
    pub cluster_id: Option<String>,
    /// Type of the virtual switch. Possible values:
    ///
    /// - `VirtualSwitch`
    /// - `DistributedVirtualSwitch`
    ///
    /// XML element `<SwitchType>`; JSON `"SwitchType"`.
    pub switch_type: Option<super::enums::VlanConfigurationSwitchType>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VlanConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("HostRef", &self.host_ref)?;
        o.opt("PlatformType", &self.platform_type)?;
        o.opt("VlanIdsWithInternetLeftBound", &self.vlan_ids_with_internet_left_bound)?;
        o.opt(
            "VlanIdsWithInternetRightBound",
            &self.vlan_ids_with_internet_right_bound,
        )?;
        o.opt(
            "VlanIdsWithoutInternetLeftBound",
            &self.vlan_ids_without_internet_left_bound,
        )?;
        o.opt(
            "VlanIdsWithoutInternetRightBound",
            &self.vlan_ids_without_internet_right_bound,
        )?;
        o.opt("SwitchName", &self.switch_name)?;
        o.opt("SwitchId", &self.switch_id)?;
        o.opt("ClusterName", &self.cluster_name)?;
        o.opt("ClusterId", &self.cluster_id)?;
        o.opt("SwitchType", &self.switch_type)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VlanConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("HostRef", &["hostRef"]),
            F::new("PlatformType", &["platformType"]),
            F::new("VlanIdsWithInternetLeftBound", &["vlanIdsWithInternetLeftBound"]),
            F::new("VlanIdsWithInternetRightBound", &["vlanIdsWithInternetRightBound"]),
            F::new(
                "VlanIdsWithoutInternetLeftBound",
                &["vlanIdsWithoutInternetLeftBound"],
            ),
            F::new(
                "VlanIdsWithoutInternetRightBound",
                &["vlanIdsWithoutInternetRightBound"],
            ),
            F::new("SwitchName", &["switchName"]),
            F::new("SwitchId", &["switchId"]),
            F::new("ClusterName", &["clusterName"]),
            F::new("ClusterId", &["clusterId"]),
            F::new("SwitchType", &["switchType"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "VlanConfiguration", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VlanConfiguration {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.name = o.lenient()?,
                1 => out.uid = o.lenient()?,
                2 => out.host_ref = o.lenient()?,
                3 => out.platform_type = o.value()?,
                4 => out.vlan_ids_with_internet_left_bound = o.lenient()?,
                5 => out.vlan_ids_with_internet_right_bound = o.lenient()?,
                6 => out.vlan_ids_without_internet_left_bound = o.lenient()?,
                7 => out.vlan_ids_without_internet_right_bound = o.lenient()?,
                8 => out.switch_name = o.lenient()?,
                9 => out.switch_id = o.lenient()?,
                10 => out.cluster_name = o.lenient()?,
                11 => out.cluster_id = o.lenient()?,
                12 => out.switch_type = o.value()?,
                13 => out.links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VlanConfiguration {
    const ROOTS: &'static [&'static str] = &["VlanConfiguration"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            host_ref: xml::elem_text(el, "HostRef")?,
            platform_type: xml::elem_text(el, "PlatformType")?,
            vlan_ids_with_internet_left_bound: xml::elem_text(
                el,
                "VlanIdsWithInternetLeftBound",
            )?,
            vlan_ids_with_internet_right_bound: xml::elem_text(
                el,
                "VlanIdsWithInternetRightBound",
            )?,
            vlan_ids_without_internet_left_bound: xml::elem_text(
                el,
                "VlanIdsWithoutInternetLeftBound",
            )?,
            vlan_ids_without_internet_right_bound: xml::elem_text(
                el,
                "VlanIdsWithoutInternetRightBound",
            )?,
            switch_name: xml::elem_text(el, "SwitchName")?,
            switch_id: xml::elem_text(el, "SwitchId")?,
            cluster_name: xml::elem_text(el, "ClusterName")?,
            cluster_id: xml::elem_text(el, "ClusterId")?,
            switch_type: xml::elem_text(el, "SwitchType")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Name", "UID"],
                &[
                    xml::Child::once_text::<String>("HostRef"),
                    xml::Child::once_text::<super::enums::PlatformType>("PlatformType"),
                    xml::Child::once_text::<i64>("VlanIdsWithInternetLeftBound"),
                    xml::Child::once_text::<i64>("VlanIdsWithInternetRightBound"),
                    xml::Child::once_text::<i64>("VlanIdsWithoutInternetLeftBound"),
                    xml::Child::once_text::<i64>("VlanIdsWithoutInternetRightBound"),
                    xml::Child::once_text::<String>("SwitchName"),
                    xml::Child::once_text::<String>("SwitchId"),
                    xml::Child::once_text::<String>("ClusterName"),
                    xml::Child::once_text::<String>("ClusterId"),
                    xml::Child::once_text::<
                        super::enums::VlanConfigurationSwitchType,
                    >("SwitchType"),
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
            let at_ = el_.attrs(&["Name", "UID"])?;
            out.name = xml::attr_value(&at_[0])?;
            out.uid = xml::attr_value(&at_[1])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("HostRef"),
            xml::Tag::once("PlatformType"),
            xml::Tag::once("VlanIdsWithInternetLeftBound"),
            xml::Tag::once("VlanIdsWithInternetRightBound"),
            xml::Tag::once("VlanIdsWithoutInternetLeftBound"),
            xml::Tag::once("VlanIdsWithoutInternetRightBound"),
            xml::Tag::once("SwitchName"),
            xml::Tag::once("SwitchId"),
            xml::Tag::once("ClusterName"),
            xml::Tag::once("ClusterId"),
            xml::Tag::once("SwitchType"),
            xml::Tag::once("Links"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.host_ref = el_.text()?,
                1 => out.platform_type = el_.text()?,
                2 => out.vlan_ids_with_internet_left_bound = el_.text()?,
                3 => out.vlan_ids_with_internet_right_bound = el_.text()?,
                4 => out.vlan_ids_without_internet_left_bound = el_.text()?,
                5 => out.vlan_ids_without_internet_right_bound = el_.text()?,
                6 => out.switch_name = el_.text()?,
                7 => out.switch_id = el_.text()?,
                8 => out.cluster_name = el_.text()?,
                9 => out.cluster_id = el_.text()?,
                10 => out.switch_type = el_.text()?,
                11 => out.links = Some(el_.wrapped("Link")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VlanConfiguration {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.elem_text("HostRef", &self.host_ref);
        w.elem_text("PlatformType", &self.platform_type);
        w.elem_text(
            "VlanIdsWithInternetLeftBound",
            &self.vlan_ids_with_internet_left_bound,
        );
        w.elem_text(
            "VlanIdsWithInternetRightBound",
            &self.vlan_ids_with_internet_right_bound,
        );
        w.elem_text(
            "VlanIdsWithoutInternetLeftBound",
            &self.vlan_ids_without_internet_left_bound,
        );
        w.elem_text(
            "VlanIdsWithoutInternetRightBound",
            &self.vlan_ids_without_internet_right_bound,
        );
        w.elem_text("SwitchName", &self.switch_name);
        w.elem_text("SwitchId", &self.switch_id);
        w.elem_text("ClusterName", &self.cluster_name);
        w.elem_text("ClusterId", &self.cluster_id);
        w.elem_text("SwitchType", &self.switch_type);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VlanConfiguration {
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

/// The `VmReplicaPointLink` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmReplicaPointLink {
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

impl serde::Serialize for VmReplicaPointLink {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Rel", &self.rel)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmReplicaPointLink {
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
        crate::runtime::json::object(deserializer, "VmReplicaPointLink", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmReplicaPointLink {
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

impl crate::runtime::xml::FromXml for VmReplicaPointLink {
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

impl crate::runtime::xml::ToXml for VmReplicaPointLink {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Rel", &self.rel);
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmReplicaPointLink {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `Volume` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Volume {
    /// XML attribute `Id`; JSON `"Id"`.
    pub id: Option<String>,
    /// XML element `<FriendlyName>`; JSON `"FriendlyName"`.
    pub friendly_name: Option<String>,
    /// XML element `<VolumePath>`; JSON `"VolumePath"`.
    pub volume_path: Option<String>,
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    pub quota_gb: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Volume {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Id", &self.id)?;
        o.opt("FriendlyName", &self.friendly_name)?;
        o.opt("VolumePath", &self.volume_path)?;
        o.opt("QuotaGb", &self.quota_gb)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Volume {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Id", &["id"]),
            F::new("FriendlyName", &["friendlyName"]),
            F::new("VolumePath", &["volumePath"]),
            F::new("QuotaGb", &["quotaGb"]),
        ];
        crate::runtime::json::object(deserializer, "Volume", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Volume {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.id = o.lenient()?,
                1 => out.friendly_name = o.lenient()?,
                2 => out.volume_path = o.lenient()?,
                3 => out.quota_gb = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Volume {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            id: xml::attr(el, "Id")?,
            friendly_name: xml::elem_text(el, "FriendlyName")?,
            volume_path: xml::elem_text(el, "VolumePath")?,
            quota_gb: xml::elem_text(el, "QuotaGb")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Id"],
                &[
                    xml::Child::once_text::<String>("FriendlyName"),
                    xml::Child::once_text::<String>("VolumePath"),
                    xml::Child::once_text::<String>("QuotaGb"),
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
            let at_ = el_.attrs(&["Id"])?;
            out.id = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("FriendlyName"),
            xml::Tag::once("VolumePath"),
            xml::Tag::once("QuotaGb"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.friendly_name = el_.text()?,
                1 => out.volume_path = el_.text()?,
                2 => out.quota_gb = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Volume {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Id", &self.id);
        w.elem_text("FriendlyName", &self.friendly_name);
        w.elem_text("VolumePath", &self.volume_path);
        w.elem_text("QuotaGb", &self.quota_gb);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Volume {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `vCloudTenant` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VCloudTenant {
    /// XML element `<OrganizationName>`; JSON `"OrganizationName"`.
    pub organization_name: Option<String>,
    /// XML element `<OrganizationRef>`; JSON `"OrganizationRef"`.
    pub organization_ref: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VCloudTenant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("OrganizationName", &self.organization_name)?;
        o.opt("OrganizationRef", &self.organization_ref)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VCloudTenant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("OrganizationName", &["organizationName"]),
            F::new("OrganizationRef", &["organizationRef"]),
        ];
        crate::runtime::json::object(deserializer, "vCloudTenant", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VCloudTenant {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.organization_name = o.lenient()?,
                1 => out.organization_ref = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VCloudTenant {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            organization_name: xml::elem_text(el, "OrganizationName")?,
            organization_ref: xml::elem_text(el, "OrganizationRef")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("OrganizationName"),
                    xml::Child::once_text::<String>("OrganizationRef"),
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
            xml::Tag::once("OrganizationName"),
            xml::Tag::once("OrganizationRef"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.organization_name = el_.text()?,
                1 => out.organization_ref = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VCloudTenant {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("OrganizationName", &self.organization_name);
        w.elem_text("OrganizationRef", &self.organization_ref);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VCloudTenant {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
