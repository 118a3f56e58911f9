// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `query`, `replication`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /failoverPlans/{ID}, PUT /failoverPlans/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_failoverplans_id.html>
///
/// XML root element: `<FailoverPlan>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FailoverPlan {
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
    /// Description specified for the failover plan.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Contains the Includes element with a list of the FailoveredVm objects — VMs added to the failover plan. For details, see Failover Plan VMs.
    ///
    /// XML element `<FailoverPlanInfo>`; JSON `"FailoverPlanInfo"`.
    pub failover_plan_info: Option<FailoverPlanInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FailoverPlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("Description", &self.description)?;
        o.opt("FailoverPlanInfo", &self.failover_plan_info)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FailoverPlan {
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
            F::new("FailoverPlanInfo", &["failoverPlanInfo"]),
        ];
        crate::runtime::json::object(deserializer, "FailoverPlan", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FailoverPlan {
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
                6 => out.failover_plan_info = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FailoverPlan {
    const ROOTS: &'static [&'static str] = &["FailoverPlan"];
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
            failover_plan_info: xml::elem(el, "FailoverPlanInfo")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once("FailoverPlanInfo"),
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
            xml::Tag::once("FailoverPlanInfo"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.description = el_.text()?,
                2 => out.failover_plan_info = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FailoverPlan {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("Description", &self.description);
        w.elem("FailoverPlanInfo", &self.failover_plan_info);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FailoverPlan {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.failover_plan_info,
            &crate::runtime::unknown::join(path, "FailoverPlanInfo"),
            out,
        );
    }
}

/// Used by GET /failoverPlans/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_failoverplans_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FailoverPlanInfoType {
    /// ID of the VM, for example: 88792301-c3dc-495b-9505-45de8b821845.
    ///
    /// XML element `<FailoveredVmId>`; JSON `"FailoveredVmId"`.
    pub failovered_vm_id: Option<String>,
    /// Reference to the VM, for example: urn:VMware:Vm:de28dc43-b8ee-4e17-8e63-3d38b6604033.vm-85541.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    pub hierarchy_obj_ref: Option<String>,
    /// VM name.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// VM display name.
    ///
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    pub display_name: Option<String>,
    /// Failover order.
    ///
    /// XML element `<Order>`; JSON `"Order"`.
    pub order: Option<i64>,
    /// Options for application-aware image processing. For details, see Guest Processing Options.
    ///
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    pub guest_processing_options: Option<GuestProcessingOptionsType>,
    /// XML `<Includes><FailoveredVm/>…</Includes>`; JSON `"Includes": {"FailoveredVms": […]}`.
    pub includes: Option<crate::runtime::List<FailoveredVm>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FailoverPlanInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("FailoveredVmId", &self.failovered_vm_id)?;
        o.opt("HierarchyObjRef", &self.hierarchy_obj_ref)?;
        o.opt("Name", &self.name)?;
        o.opt("DisplayName", &self.display_name)?;
        o.opt("Order", &self.order)?;
        o.opt("GuestProcessingOptions", &self.guest_processing_options)?;
        o.documented("Includes", "FailoveredVms", &self.includes)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FailoverPlanInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("FailoveredVmId", &["failoveredVmId"]),
            F::new("HierarchyObjRef", &["hierarchyObjRef"]),
            F::new("Name", &["name"]),
            F::new("DisplayName", &["displayName"]),
            F::new("Order", &["order"]),
            F::new("GuestProcessingOptions", &["guestProcessingOptions"]),
            F::new("Includes", &["FailoveredVm", "includes"]),
        ];
        crate::runtime::json::object(deserializer, "FailoverPlanInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FailoverPlanInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.failovered_vm_id = o.lenient()?,
                1 => out.hierarchy_obj_ref = o.lenient()?,
                2 => out.name = o.lenient()?,
                3 => out.display_name = o.lenient()?,
                4 => out.order = o.lenient()?,
                5 => out.guest_processing_options = o.value()?,
                6 => out.includes = o.list_of("FailoveredVm")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FailoverPlanInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            failovered_vm_id: xml::elem_text(el, "FailoveredVmId")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            name: xml::elem_text(el, "Name")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            order: xml::elem_text(el, "Order")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            includes: xml::wrapped(el, "Includes", "FailoveredVm")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("FailoveredVmId"),
                    xml::Child::once_text::<String>("HierarchyObjRef"),
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("DisplayName"),
                    xml::Child::once_text::<i64>("Order"),
                    xml::Child::once("GuestProcessingOptions"),
                    xml::Child::once("Includes"),
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
            xml::Tag::once("FailoveredVmId"),
            xml::Tag::once("HierarchyObjRef"),
            xml::Tag::once("Name"),
            xml::Tag::once("DisplayName"),
            xml::Tag::once("Order"),
            xml::Tag::once("GuestProcessingOptions"),
            xml::Tag::once("Includes"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.failovered_vm_id = el_.text()?,
                1 => out.hierarchy_obj_ref = el_.text()?,
                2 => out.name = el_.text()?,
                3 => out.display_name = el_.text()?,
                4 => out.order = el_.text()?,
                5 => out.guest_processing_options = Some(el_.elem()?),
                6 => out.includes = Some(el_.wrapped("FailoveredVm")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FailoverPlanInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("FailoveredVmId", &self.failovered_vm_id);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("Name", &self.name);
        w.elem_text("DisplayName", &self.display_name);
        w.elem_text("Order", &self.order);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        w.wrapped("Includes", "FailoveredVm", self.includes.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FailoverPlanInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.guest_processing_options,
            &crate::runtime::unknown::join(path, "GuestProcessingOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.includes,
            &crate::runtime::unknown::join(path, "Includes"),
            out,
        );
    }
}

/// The `FailoveredVm` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FailoveredVm {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML element `<FailoveredVmId>`; JSON `"FailoveredVmId"`.
    pub failovered_vm_id: Option<String>,
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    pub hierarchy_obj_ref: Option<String>,
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    pub display_name: Option<String>,
    /// XML element `<Order>`; JSON `"Order"`.
    pub order: Option<String>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    pub guest_processing_options: Option<GuestProcessingOptions>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FailoveredVm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("FailoveredVmId", &self.failovered_vm_id)?;
        o.opt("HierarchyObjRef", &self.hierarchy_obj_ref)?;
        o.opt("Name", &self.name)?;
        o.opt("DisplayName", &self.display_name)?;
        o.opt("Order", &self.order)?;
        o.opt("GuestProcessingOptions", &self.guest_processing_options)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FailoveredVm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("FailoveredVmId", &["failoveredVmId"]),
            F::new("HierarchyObjRef", &["hierarchyObjRef"]),
            F::new("Name", &["name"]),
            F::new("DisplayName", &["displayName"]),
            F::new("Order", &["order"]),
            F::new("GuestProcessingOptions", &["guestProcessingOptions"]),
        ];
        crate::runtime::json::object(deserializer, "FailoveredVm", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FailoveredVm {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.failovered_vm_id = o.lenient()?,
                3 => out.hierarchy_obj_ref = o.lenient()?,
                4 => out.name = o.lenient()?,
                5 => out.display_name = o.lenient()?,
                6 => out.order = o.lenient()?,
                7 => out.guest_processing_options = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FailoveredVm {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            failovered_vm_id: xml::elem_text(el, "FailoveredVmId")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            name: xml::elem_text(el, "Name")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            order: xml::elem_text(el, "Order")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &[
                    xml::Child::once_text::<String>("FailoveredVmId"),
                    xml::Child::once_text::<String>("HierarchyObjRef"),
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("DisplayName"),
                    xml::Child::once_text::<String>("Order"),
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
        {
            let at_ = el_.attrs(&["Type", "Href"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("FailoveredVmId"),
            xml::Tag::once("HierarchyObjRef"),
            xml::Tag::once("Name"),
            xml::Tag::once("DisplayName"),
            xml::Tag::once("Order"),
            xml::Tag::once("GuestProcessingOptions"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.failovered_vm_id = el_.text()?,
                1 => out.hierarchy_obj_ref = el_.text()?,
                2 => out.name = el_.text()?,
                3 => out.display_name = el_.text()?,
                4 => out.order = el_.text()?,
                5 => out.guest_processing_options = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FailoveredVm {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.elem_text("FailoveredVmId", &self.failovered_vm_id);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("Name", &self.name);
        w.elem_text("DisplayName", &self.display_name);
        w.elem_text("Order", &self.order);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FailoveredVm {
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

/// Used by GET /replicas/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicas_id.html>
///
/// XML root element: `<Replica>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Replica {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the replica resource, for example: DNS Replication.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the replica resource, for example: urn:veeam:Replica:58c917c7-7b7a-41ff-8676-226656c35c05.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Platform for which the job is created. Possible values:
    ///
    /// - `VMware`
    /// - `Hyperv`
    /// - `vCloud`
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    pub platform: Option<super::enums::JobPlatform>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Replica {
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

impl<'de> serde::Deserialize<'de> for Replica {
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
        crate::runtime::json::object(deserializer, "Replica", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Replica {
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

impl crate::runtime::xml::FromXml for Replica {
    const ROOTS: &'static [&'static str] = &["Replica"];
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
                    xml::Child::once_text::<super::enums::JobPlatform>("Platform"),
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

impl crate::runtime::xml::ToXml for Replica {
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

impl crate::runtime::Members for Replica {
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

/// Used by GET /vAppReplicaPoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vappreplicapoints_id.html>
///
/// XML root element: `<VAppReplicaPoint>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VAppReplicaPoint {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the vApp replica point, for example: vApp01@2021-02-04 00:08:35.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the vApp replica point resource.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML attribute `VAppDisplayName`; JSON `"VAppDisplayName"`.
    pub v_app_display_name: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Date and time when the restore point was created. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Name of the vApp for which the restore point has been created.
    ///
    /// XML element `<VAppName>`; JSON `"VAppName"`.
    pub v_app_name: Option<String>,
    /// Replication method used to create the restore point. Possible values:
    ///
    /// - `Full`
    /// - `ReversedIncremental`
    /// - `Incremental`
    /// - `SyntheticFull`
    ///
    /// XML element `<Algorithm>`; JSON `"Algorithm"`.
    pub algorithm: Option<super::enums::PointAlgorithm>,
    /// Type of the vApp replica point. Possible values:
    ///
    /// - `Full`
    /// - `ReverseIncrement`
    /// - `Increment`
    /// - `Snapshot`
    ///
    /// XML element `<PointType>`; JSON `"PointType"`.
    pub point_type: Option<super::enums::ReplicaPointPointType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VAppReplicaPoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("VAppDisplayName", &self.v_app_display_name)?;
        o.opt("Links", &self.links)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("VAppName", &self.v_app_name)?;
        o.opt("Algorithm", &self.algorithm)?;
        o.opt("PointType", &self.point_type)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VAppReplicaPoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("VAppDisplayName", &["vAppDisplayName"]),
            F::new("Links", &["Link", "links"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("VAppName", &["vAppName"]),
            F::new("Algorithm", &["algorithm"]),
            F::new("PointType", &["pointType"]),
        ];
        crate::runtime::json::object(deserializer, "VAppReplicaPoint", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VAppReplicaPoint {
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
                4 => out.v_app_display_name = o.lenient()?,
                5 => out.links = o.list_of("Link")?,
                6 => out.creation_time_utc = o.lenient()?,
                7 => out.v_app_name = o.lenient()?,
                8 => out.algorithm = o.value()?,
                9 => out.point_type = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VAppReplicaPoint {
    const ROOTS: &'static [&'static str] = &["VAppReplicaPoint"];
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
            v_app_display_name: xml::attr(el, "VAppDisplayName")?,
            links: xml::wrapped(el, "Links", "Link")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            v_app_name: xml::elem_text(el, "VAppName")?,
            algorithm: xml::elem_text(el, "Algorithm")?,
            point_type: xml::elem_text(el, "PointType")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID", "VAppDisplayName"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<String>("VAppName"),
                    xml::Child::once_text::<super::enums::PointAlgorithm>("Algorithm"),
                    xml::Child::once_text::<
                        super::enums::ReplicaPointPointType,
                    >("PointType"),
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
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID", "VAppDisplayName"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
            out.v_app_display_name = xml::attr_value(&at_[4])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("VAppName"),
            xml::Tag::once("Algorithm"),
            xml::Tag::once("PointType"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.creation_time_utc = el_.text()?,
                2 => out.v_app_name = el_.text()?,
                3 => out.algorithm = el_.text()?,
                4 => out.point_type = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VAppReplicaPoint {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VAppDisplayName", &self.v_app_display_name);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("VAppName", &self.v_app_name);
        w.elem_text("Algorithm", &self.algorithm);
        w.elem_text("PointType", &self.point_type);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VAppReplicaPoint {
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
