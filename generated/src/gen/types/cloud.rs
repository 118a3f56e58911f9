// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `cloud`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /cloud.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud.html>
///
/// XML root element: `<CloudConnectService>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudConnectService {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudConnectService {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudConnectService {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "CloudConnectService", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudConnectService {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudConnectService {
    const ROOTS: &'static [&'static str] = &["CloudConnectService"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type"],
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
            let at_ = el_.attrs(&["Href", "Type"])?;
            out.href = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
        }
        while el_.next_child(&[xml::Tag::once("Links")])?.is_some() {
            out.links = Some(el_.wrapped("Link")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudConnectService {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudConnectService {
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

/// Used by POST /cloud/cloudFailoverPlans/{ID}?action=start.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudfailoverplans_id_start.html>
///
/// XML root element: `<CloudFailoverPlanManagementSpec>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudFailoverPlanManagementSpec {
    /// If you specify this parameter, Veeam Backup & Replication will fail over VMs added to the cloud failover plan to their latest restore points.
    ///
    /// XML element `<StartNow>`; JSON `"StartNow"`.
    pub start_now: Option<bool>,
    /// If you specify this parameter, Veeam Backup & Replication will fail over VMs added to the cloud failover plan to the most recent restore points that were created prior to the selected date.
    ///
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    pub start_date: Option<crate::runtime::DateTime>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudFailoverPlanManagementSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("StartNow", &self.start_now)?;
        o.opt("StartDate", &self.start_date)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudFailoverPlanManagementSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("StartNow", &["startNow"]),
            F::new("StartDate", &["startDate"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudFailoverPlanManagementSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudFailoverPlanManagementSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.start_now = o.lenient()?,
                1 => out.start_date = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudFailoverPlanManagementSpec {
    const ROOTS: &'static [&'static str] = &["CloudFailoverPlanManagementSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            start_now: xml::elem_text(el, "StartNow")?,
            start_date: xml::elem_text(el, "StartDate")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("StartNow"),
                    xml::Child::once_text::<crate::runtime::DateTime>("StartDate"),
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
            xml::Tag::once("StartNow"),
            xml::Tag::once("StartDate"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.start_now = el_.text()?,
                1 => out.start_date = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudFailoverPlanManagementSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StartNow", &self.start_now);
        w.elem_text("StartDate", &self.start_date);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudFailoverPlanManagementSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// '&lt;CloudFailoverPlans&gt;' of XML schema type 'CloudFailoverPlanEntityListType': the '&lt;CloudFailoverPlan&gt;' entities of a collection as repeated children; JSON '{"CloudFailoverPlans": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudFailoverPlans>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudFailoverPlans {
    /// The 'CloudFailoverPlan' entities of the collection.
    ///
    /// repeated XML element `<CloudFailoverPlan>`; JSON `"CloudFailoverPlans": […]`.
    pub cloud_failover_plans: crate::runtime::List<CloudFailoverPlan>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudFailoverPlans {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CloudFailoverPlans", &self.cloud_failover_plans)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudFailoverPlans {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CloudFailoverPlans", &["CloudFailoverPlan", "cloudFailoverPlans"]),
        ];
        crate::runtime::json::object(deserializer, "CloudFailoverPlans", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudFailoverPlans {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_failover_plans = o.vec_of("CloudFailoverPlan")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudFailoverPlans {
    const ROOTS: &'static [&'static str] = &["CloudFailoverPlans"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_failover_plans: xml::elems(el, "CloudFailoverPlan")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CloudFailoverPlan")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CloudFailoverPlan")])?.is_some() {
            out.cloud_failover_plans.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudFailoverPlans {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudFailoverPlan", &self.cloud_failover_plans);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudFailoverPlans {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_failover_plans,
            &crate::runtime::unknown::join(path, "CloudFailoverPlan"),
            out,
        );
    }
}

/// '&lt;CloudFailoverSessions&gt;' of XML schema type 'CloudFailoverSessionEntityListType': the '&lt;CloudFailoverSession&gt;' entities of a collection as repeated children; JSON '{"CloudFailoverSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudFailoverSessions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudFailoverSessions {
    /// The 'CloudFailoverSession' entities of the collection.
    ///
    /// repeated XML element `<CloudFailoverSession>`; JSON `"CloudFailoverSessions": […]`.
    pub cloud_failover_sessions: crate::runtime::List<CloudFailoverSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudFailoverSessions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CloudFailoverSessions", &self.cloud_failover_sessions)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudFailoverSessions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "CloudFailoverSessions",
                &["CloudFailoverSession", "cloudFailoverSessions"],
            ),
        ];
        crate::runtime::json::object(deserializer, "CloudFailoverSessions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudFailoverSessions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_failover_sessions = o.vec_of("CloudFailoverSession")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudFailoverSessions {
    const ROOTS: &'static [&'static str] = &["CloudFailoverSessions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_failover_sessions: xml::elems(el, "CloudFailoverSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CloudFailoverSession")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CloudFailoverSession")])?.is_some() {
            out.cloud_failover_sessions.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudFailoverSessions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudFailoverSession", &self.cloud_failover_sessions);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudFailoverSessions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_failover_sessions,
            &crate::runtime::unknown::join(path, "CloudFailoverSession"),
            out,
        );
    }
}

/// Used by GET /cloud/cloudFailoverPlans/{ID}/includes/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id_includes_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudFailoveredVm {
    /// Name of the VM added to the cloud failover plan, for example: DC-SRV.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// ID of the VM added to the cloud failover plan, for example: 231a6e3e-09e6-4641-9322-40898fcb966a.
    ///
    /// XML element `<FailoverPlanVMId>`; JSON `"FailoverPlanVMId"`.
    pub failover_plan_vm_id: Option<String>,
    /// Order number for processing the VM by the cloud failover plan. The processing sequence starts with 0.
    ///
    /// XML element `<Order>`; JSON `"Order"`.
    pub order: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudFailoveredVm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Name", &self.name)?;
        o.opt("FailoverPlanVMId", &self.failover_plan_vm_id)?;
        o.opt("Order", &self.order)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudFailoveredVm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Name", &["name"]),
            F::new("FailoverPlanVMId", &["failoverPlanVMId"]),
            F::new("Order", &["order"]),
        ];
        crate::runtime::json::object(deserializer, "CloudFailoveredVm", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudFailoveredVm {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.name = o.lenient()?,
                1 => out.failover_plan_vm_id = o.lenient()?,
                2 => out.order = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudFailoveredVm {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::attr(el, "Name")?,
            failover_plan_vm_id: xml::elem_text(el, "FailoverPlanVMId")?,
            order: xml::elem_text(el, "Order")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Name"],
                &[
                    xml::Child::once_text::<String>("FailoverPlanVMId"),
                    xml::Child::once_text::<i64>("Order"),
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
            let at_ = el_.attrs(&["Name"])?;
            out.name = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("FailoverPlanVMId"),
            xml::Tag::once("Order"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.failover_plan_vm_id = el_.text()?,
                1 => out.order = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudFailoveredVm {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Name", &self.name);
        w.elem_text("FailoverPlanVMId", &self.failover_plan_vm_id);
        w.elem_text("Order", &self.order);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudFailoveredVm {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// '&lt;CloudFailoveredVms&gt;' of XML schema type 'CloudFailoveredVmListType': the '&lt;CloudFailoveredVm&gt;' entities of a collection as repeated children; JSON '{"CloudFailoveredVms": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudFailoveredVms>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudFailoveredVms {
    /// The 'CloudFailoveredVm' entities of the collection.
    ///
    /// repeated XML element `<CloudFailoveredVm>`; JSON `"CloudFailoveredVms": […]`.
    pub cloud_failovered_vms: crate::runtime::List<CloudFailoveredVm>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudFailoveredVms {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CloudFailoveredVms", &self.cloud_failovered_vms)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudFailoveredVms {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CloudFailoveredVms", &["CloudFailoveredVm", "cloudFailoveredVms"]),
        ];
        crate::runtime::json::object(deserializer, "CloudFailoveredVms", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudFailoveredVms {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_failovered_vms = o.vec_of("CloudFailoveredVm")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudFailoveredVms {
    const ROOTS: &'static [&'static str] = &["CloudFailoveredVms"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_failovered_vms: xml::elems(el, "CloudFailoveredVm")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CloudFailoveredVm")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CloudFailoveredVm")])?.is_some() {
            out.cloud_failovered_vms.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudFailoveredVms {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudFailoveredVm", &self.cloud_failovered_vms);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudFailoveredVms {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_failovered_vms,
            &crate::runtime::unknown::join(path, "CloudFailoveredVm"),
            out,
        );
    }
}

/// '&lt;CloudGateways&gt;' of XML schema type 'CloudGatewayEntityListType': the '&lt;CloudGateway&gt;' entities of a collection as repeated children; JSON '{"CloudGateways": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudGateways>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudGateways {
    /// The 'CloudGateway' entities of the collection.
    ///
    /// repeated XML element `<CloudGateway>`; JSON `"CloudGateways": […]`.
    pub cloud_gateways: crate::runtime::List<CloudGateway>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudGateways {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CloudGateways", &self.cloud_gateways)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudGateways {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CloudGateways", &["CloudGateway", "cloudGateways"]),
        ];
        crate::runtime::json::object(deserializer, "CloudGateways", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudGateways {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_gateways = o.vec_of("CloudGateway")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudGateways {
    const ROOTS: &'static [&'static str] = &["CloudGateways"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_gateways: xml::elems(el, "CloudGateway")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CloudGateway")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CloudGateway")])?.is_some() {
            out.cloud_gateways.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudGateways {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudGateway", &self.cloud_gateways);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudGateways {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_gateways,
            &crate::runtime::unknown::join(path, "CloudGateway"),
            out,
        );
    }
}

/// Used by POST /cloud/hardwarePlans.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
///
/// XML root element: `<CloudHardwarePlanCreateSpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudHardwarePlanCreateSpec {
    /// UID of the backup server on which the hardware plan must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    pub backup_server_uid: crate::runtime::Uid,
    /// Name for the hardware plan, for example: VMware Hardware Plan.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: String,
    /// Description for the hardware plan.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Limit of CPU that can be used by all VM replicas of the tenant subscribed to the hardware plan. To let the replicas use all available CPU resources, set the value to -1.
    ///
    /// XML element `<ProcessorUsageLimitMhz>`; JSON `"ProcessorUsageLimitMhz"`.
    pub processor_usage_limit_mhz: i64,
    /// Limit of RAM that can be used by all VM replicas of the tenant subscribed to the hardware plan. To let the replicas use all available RAM resources, set the value to -1.
    ///
    /// XML element `<MemoryUsageLimitMb>`; JSON `"MemoryUsageLimitMb"`.
    pub memory_usage_limit_mb: i64,
    /// Parameters for the created hardware plan. For details on creating a VMware hardware plan, see VMware Hardware Plan Settings. For details on creating a Hyper-V hardware plan, see Hyper-V Hardware Plan Settings.
    ///
    /// XML element `<HardwarePlanDetails>`; JSON `"HardwarePlanDetails"`.
    pub hardware_plan_details: ViCloudHardwarePlanorHvCloudHardwarePlan,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudHardwarePlanCreateSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("BackupServerUid", &self.backup_server_uid)?;
        o.req("Name", &self.name)?;
        o.opt("Description", &self.description)?;
        o.req("ProcessorUsageLimitMhz", &self.processor_usage_limit_mhz)?;
        o.req("MemoryUsageLimitMb", &self.memory_usage_limit_mb)?;
        o.req("HardwarePlanDetails", &self.hardware_plan_details)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudHardwarePlanCreateSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("BackupServerUid", &["backupServerUid"]),
            F::new("Name", &["name"]),
            F::new("Description", &["description"]),
            F::new("ProcessorUsageLimitMhz", &["processorUsageLimitMhz"]),
            F::new("MemoryUsageLimitMb", &["memoryUsageLimitMb"]),
            F::new("HardwarePlanDetails", &["hardwarePlanDetails"]),
        ];
        crate::runtime::json::object(deserializer, "CloudHardwarePlanCreateSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudHardwarePlanCreateSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut backup_server_uid = Default::default();
        let mut name = Default::default();
        let mut description = Default::default();
        let mut processor_usage_limit_mhz = Default::default();
        let mut memory_usage_limit_mb = Default::default();
        let mut hardware_plan_details = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => backup_server_uid = Some(o.lenient_req()?),
                1 => name = Some(o.lenient_req()?),
                2 => description = o.lenient()?,
                3 => processor_usage_limit_mhz = Some(o.lenient_req()?),
                4 => memory_usage_limit_mb = Some(o.lenient_req()?),
                5 => hardware_plan_details = Some(o.value()?),
                _ => {}
            }
        }
        Ok(Self {
            backup_server_uid: o.required(backup_server_uid, 0)?,
            name: o.required(name, 1)?,
            description,
            processor_usage_limit_mhz: o.required(processor_usage_limit_mhz, 3)?,
            memory_usage_limit_mb: o.required(memory_usage_limit_mb, 4)?,
            hardware_plan_details: o.required(hardware_plan_details, 5)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CloudHardwarePlanCreateSpec {
    const ROOTS: &'static [&'static str] = &["CloudHardwarePlanCreateSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupServerUid"))?,
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
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
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("BackupServerUid"),
                    xml::Child::once_text::<String>("Name"),
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
        el_.attrs(&[])?;
        let mut backup_server_uid = None;
        let mut name = None;
        let mut description = None;
        let mut processor_usage_limit_mhz = None;
        let mut memory_usage_limit_mb = None;
        let mut hardware_plan_details = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("BackupServerUid"),
            xml::Tag::once("Name"),
            xml::Tag::once("Description"),
            xml::Tag::once("ProcessorUsageLimitMhz"),
            xml::Tag::once("MemoryUsageLimitMb"),
            xml::Tag::once("HardwarePlanDetails"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => backup_server_uid = el_.text()?,
                1 => name = el_.text()?,
                2 => description = el_.text()?,
                3 => processor_usage_limit_mhz = el_.text()?,
                4 => memory_usage_limit_mb = el_.text()?,
                5 => hardware_plan_details = Some(el_.elem()?),
                _ => {}
            }
        }
        Some(Self {
            backup_server_uid: backup_server_uid?,
            name: name?,
            description,
            processor_usage_limit_mhz: processor_usage_limit_mhz?,
            memory_usage_limit_mb: memory_usage_limit_mb?,
            hardware_plan_details: hardware_plan_details?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CloudHardwarePlanCreateSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
        w.elem_text_req("Name", &self.name);
        w.elem_text("Description", &self.description);
        w.elem_text_req("ProcessorUsageLimitMhz", &self.processor_usage_limit_mhz);
        w.elem_text_req("MemoryUsageLimitMb", &self.memory_usage_limit_mb);
        w.elem_req("HardwarePlanDetails", &self.hardware_plan_details);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudHardwarePlanCreateSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.hardware_plan_details,
            &crate::runtime::unknown::join(path, "HardwarePlanDetails"),
            out,
        );
    }
}

/// '&lt;CloudHardwarePlans&gt;' of XML schema type 'CloudHardwarePlanEntityListType': the '&lt;CloudHardwarePlan&gt;' entities of a collection as repeated children; JSON '{"CloudHardwarePlans": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudHardwarePlans>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudHardwarePlans {
    /// The 'CloudHardwarePlan' entities of the collection.
    ///
    /// repeated XML element `<CloudHardwarePlan>`; JSON `"CloudHardwarePlans": […]`.
    pub cloud_hardware_plans: crate::runtime::List<CloudHardwarePlan>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudHardwarePlans {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CloudHardwarePlans", &self.cloud_hardware_plans)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudHardwarePlans {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CloudHardwarePlans", &["CloudHardwarePlan", "cloudHardwarePlans"]),
        ];
        crate::runtime::json::object(deserializer, "CloudHardwarePlans", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudHardwarePlans {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_hardware_plans = o.vec_of("CloudHardwarePlan")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudHardwarePlans {
    const ROOTS: &'static [&'static str] = &["CloudHardwarePlans"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_hardware_plans: xml::elems(el, "CloudHardwarePlan")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CloudHardwarePlan")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CloudHardwarePlan")])?.is_some() {
            out.cloud_hardware_plans.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudHardwarePlans {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudHardwarePlan", &self.cloud_hardware_plans);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudHardwarePlans {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_hardware_plans,
            &crate::runtime::unknown::join(path, "CloudHardwarePlan"),
            out,
        );
    }
}

/// Used by POST /cloud/publicIpAddresses.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_publicipaddresses.html>
///
/// XML root element: `<CloudPublicIpAddressCreateSpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudPublicIpAddressCreateSpec {
    /// UID of the backup server on which the pool of public IP addresses must be configured.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    pub backup_server_uid: crate::runtime::Uid,
    /// The first IP address in the range of public IP addresses added to the pool.
    ///
    /// XML element `<IpAddressLowerBound>`; JSON `"IpAddressLowerBound"`.
    pub ip_address_lower_bound: String,
    /// The last IP address in the range of public IP addresses added to the pool.
    ///
    /// XML element `<IpAddressUpperBound>`; JSON `"IpAddressUpperBound"`.
    pub ip_address_upper_bound: String,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudPublicIpAddressCreateSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("BackupServerUid", &self.backup_server_uid)?;
        o.req("IpAddressLowerBound", &self.ip_address_lower_bound)?;
        o.req("IpAddressUpperBound", &self.ip_address_upper_bound)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudPublicIpAddressCreateSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("BackupServerUid", &["backupServerUid"]),
            F::new("IpAddressLowerBound", &["ipAddressLowerBound"]),
            F::new("IpAddressUpperBound", &["ipAddressUpperBound"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudPublicIpAddressCreateSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudPublicIpAddressCreateSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut backup_server_uid = Default::default();
        let mut ip_address_lower_bound = Default::default();
        let mut ip_address_upper_bound = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => backup_server_uid = Some(o.lenient_req()?),
                1 => ip_address_lower_bound = Some(o.lenient_req()?),
                2 => ip_address_upper_bound = Some(o.lenient_req()?),
                _ => {}
            }
        }
        Ok(Self {
            backup_server_uid: o.required(backup_server_uid, 0)?,
            ip_address_lower_bound: o.required(ip_address_lower_bound, 1)?,
            ip_address_upper_bound: o.required(ip_address_upper_bound, 2)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CloudPublicIpAddressCreateSpec {
    const ROOTS: &'static [&'static str] = &["CloudPublicIpAddressCreateSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupServerUid"))?,
            ip_address_lower_bound: xml::elem_text(el, "IpAddressLowerBound")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "IpAddressLowerBound",
                ))?,
            ip_address_upper_bound: xml::elem_text(el, "IpAddressUpperBound")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "IpAddressUpperBound",
                ))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("BackupServerUid"),
                    xml::Child::once_text::<String>("IpAddressLowerBound"),
                    xml::Child::once_text::<String>("IpAddressUpperBound"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut backup_server_uid = None;
        let mut ip_address_lower_bound = None;
        let mut ip_address_upper_bound = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("BackupServerUid"),
            xml::Tag::once("IpAddressLowerBound"),
            xml::Tag::once("IpAddressUpperBound"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => backup_server_uid = el_.text()?,
                1 => ip_address_lower_bound = el_.text()?,
                2 => ip_address_upper_bound = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            backup_server_uid: backup_server_uid?,
            ip_address_lower_bound: ip_address_lower_bound?,
            ip_address_upper_bound: ip_address_upper_bound?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CloudPublicIpAddressCreateSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
        w.elem_text_req("IpAddressLowerBound", &self.ip_address_lower_bound);
        w.elem_text_req("IpAddressUpperBound", &self.ip_address_upper_bound);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudPublicIpAddressCreateSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// '&lt;CloudPublicIpAddresses&gt;' of XML schema type 'CloudPublicIpAddressEntityListType': the '&lt;CloudPublicIpAddress&gt;' entities of a collection as repeated children; JSON '{"CloudPublicIpAddresses": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudPublicIpAddresses>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudPublicIpAddresses {
    /// The 'CloudPublicIpAddress' entities of the collection.
    ///
    /// repeated XML element `<CloudPublicIpAddress>`; JSON `"CloudPublicIpAddresses": […]`.
    pub cloud_public_ip_address: crate::runtime::List<CloudPublicIpAddress>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudPublicIpAddresses {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CloudPublicIpAddresses", &self.cloud_public_ip_address)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudPublicIpAddresses {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "CloudPublicIpAddresses",
                &["CloudPublicIpAddress", "cloudPublicIpAddresses"],
            ),
        ];
        crate::runtime::json::object(deserializer, "CloudPublicIpAddresses", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudPublicIpAddresses {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_public_ip_address = o.vec_of("CloudPublicIpAddress")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudPublicIpAddresses {
    const ROOTS: &'static [&'static str] = &["CloudPublicIpAddresses"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_public_ip_address: xml::elems(el, "CloudPublicIpAddress")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CloudPublicIpAddress")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CloudPublicIpAddress")])?.is_some() {
            out.cloud_public_ip_address.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudPublicIpAddresses {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudPublicIpAddress", &self.cloud_public_ip_address);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudPublicIpAddresses {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_public_ip_address,
            &crate::runtime::unknown::join(path, "CloudPublicIpAddress"),
            out,
        );
    }
}

/// '&lt;CloudReplicas&gt;' of XML schema type 'CloudReplicaEntityListType': the '&lt;CloudReplica&gt;' entities of a collection as repeated children; JSON '{"CloudReplicas": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudReplicas>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudReplicas {
    /// The 'CloudReplica' entities of the collection.
    ///
    /// repeated XML element `<CloudReplica>`; JSON `"CloudReplicas": […]`.
    pub cloud_replicas: crate::runtime::List<CloudReplica>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudReplicas {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CloudReplicas", &self.cloud_replicas)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudReplicas {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CloudReplicas", &["CloudReplica", "cloudReplicas"]),
        ];
        crate::runtime::json::object(deserializer, "CloudReplicas", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudReplicas {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_replicas = o.vec_of("CloudReplica")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudReplicas {
    const ROOTS: &'static [&'static str] = &["CloudReplicas"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_replicas: xml::elems(el, "CloudReplica")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CloudReplica")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CloudReplica")])?.is_some() {
            out.cloud_replicas.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudReplicas {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudReplica", &self.cloud_replicas);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudReplicas {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_replicas,
            &crate::runtime::unknown::join(path, "CloudReplica"),
            out,
        );
    }
}

/// Used by POST /cloud/tenants/{ID}/subtenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_subtenants.html>
///
/// XML root element: `<CloudSubtenantCreateSpec>`.
#[derive(Clone, PartialEq)]
pub struct CloudSubtenantCreateSpec {
    /// User name for the subtenant account.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: String,
    /// Description for the subtenant account.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Password for the subtenant account.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    pub password: crate::runtime::Secret,
    /// Defines if the subtenant account must be in the enabled or disabled state. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// ID of the tenant storage quota on which the storage quota for the subtenant account must be created, for example: 11c59670-23df-448c-a4b3-74c42669633e.
    ///
    /// XML element `<TenantResourceId>`; JSON `"TenantResourceId"`.
    pub tenant_resource_id: String,
    /// Friendly name of the storage quota assigned to the subtenant.
    ///
    /// XML element `<QuotaName>`; JSON `"QuotaName"`.
    pub quota_name: Option<String>,
    /// Size of the storage quota assigned to the subtenant (in MB). Subtenant quota cannot be less than 1GB. Size of the subtenant quota must be defined if the False value is specified in the UnlimitedQuota element.
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    pub quota_mb: Option<i64>,
    /// Defines if the storage quota assigned to the subtenant must be unlimited. Possible values:
    ///
    /// - `True` — the subquota is not limited. The subtenant can use all storage space available within the tenant quota. The subtenant quota limit specified in the QuotaMb element is ignored.
    /// - `False` — the subtenant quota is limited. Size of the subtenant quota must be defined in the QuotaMb element.
    ///
    /// XML element `<UnlimitedQuota>`; JSON `"UnlimitedQuota"`.
    pub unlimited_quota: bool,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl std::fmt::Debug for CloudSubtenantCreateSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CloudSubtenantCreateSpec")
            .field("name", &self.name)
            .field("description", &self.description)
            .field("password", &"<redacted>")
            .field("enabled", &self.enabled)
            .field("tenant_resource_id", &self.tenant_resource_id)
            .field("quota_name", &self.quota_name)
            .field("quota_mb", &self.quota_mb)
            .field("unlimited_quota", &self.unlimited_quota)
            .field("unknown", &self.unknown)
            .finish()
    }
}

impl serde::Serialize for CloudSubtenantCreateSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("Name", &self.name)?;
        o.opt("Description", &self.description)?;
        o.req("Password", &self.password)?;
        o.opt("Enabled", &self.enabled)?;
        o.req("TenantResourceId", &self.tenant_resource_id)?;
        o.opt("QuotaName", &self.quota_name)?;
        o.opt("QuotaMb", &self.quota_mb)?;
        o.req("UnlimitedQuota", &self.unlimited_quota)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudSubtenantCreateSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Name", &["name"]),
            F::new("Description", &["description"]),
            F::new("Password", &["password"]),
            F::new("Enabled", &["enabled"]),
            F::new("TenantResourceId", &["tenantResourceId"]),
            F::new("QuotaName", &["quotaName"]),
            F::new("QuotaMb", &["quotaMb"]),
            F::new("UnlimitedQuota", &["unlimitedQuota"]),
        ];
        crate::runtime::json::object(deserializer, "CloudSubtenantCreateSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudSubtenantCreateSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = Default::default();
        let mut description = Default::default();
        let mut password = Default::default();
        let mut enabled = Default::default();
        let mut tenant_resource_id = Default::default();
        let mut quota_name = Default::default();
        let mut quota_mb = Default::default();
        let mut unlimited_quota = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => name = Some(o.lenient_req()?),
                1 => description = o.lenient()?,
                2 => password = Some(o.value()?),
                3 => enabled = o.lenient()?,
                4 => tenant_resource_id = Some(o.lenient_req()?),
                5 => quota_name = o.lenient()?,
                6 => quota_mb = o.lenient()?,
                7 => unlimited_quota = Some(o.lenient_req()?),
                _ => {}
            }
        }
        Ok(Self {
            name: o.required(name, 0)?,
            description,
            password: o.required(password, 2)?,
            enabled,
            tenant_resource_id: o.required(tenant_resource_id, 4)?,
            quota_name,
            quota_mb,
            unlimited_quota: o.required(unlimited_quota, 7)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CloudSubtenantCreateSpec {
    const ROOTS: &'static [&'static str] = &["CloudSubtenantCreateSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            description: xml::elem_text(el, "Description")?,
            password: xml::elem_text(el, "Password")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Password"))?,
            enabled: xml::elem_text(el, "Enabled")?,
            tenant_resource_id: xml::elem_text(el, "TenantResourceId")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "TenantResourceId",
                ))?,
            quota_name: xml::elem_text(el, "QuotaName")?,
            quota_mb: xml::elem_text(el, "QuotaMb")?,
            unlimited_quota: xml::elem_text(el, "UnlimitedQuota")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("UnlimitedQuota"))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<crate::runtime::Secret>("Password"),
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once_text::<String>("TenantResourceId"),
                    xml::Child::once_text::<String>("QuotaName"),
                    xml::Child::once_text::<i64>("QuotaMb"),
                    xml::Child::once_text::<bool>("UnlimitedQuota"),
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
        let mut description = None;
        let mut password = None;
        let mut enabled = None;
        let mut tenant_resource_id = None;
        let mut quota_name = None;
        let mut quota_mb = None;
        let mut unlimited_quota = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Name"),
            xml::Tag::once("Description"),
            xml::Tag::once("Password"),
            xml::Tag::once("Enabled"),
            xml::Tag::once("TenantResourceId"),
            xml::Tag::once("QuotaName"),
            xml::Tag::once("QuotaMb"),
            xml::Tag::once("UnlimitedQuota"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => name = el_.text()?,
                1 => description = el_.text()?,
                2 => password = el_.text()?,
                3 => enabled = el_.text()?,
                4 => tenant_resource_id = el_.text()?,
                5 => quota_name = el_.text()?,
                6 => quota_mb = el_.text()?,
                7 => unlimited_quota = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            name: name?,
            description,
            password: password?,
            enabled,
            tenant_resource_id: tenant_resource_id?,
            quota_name,
            quota_mb,
            unlimited_quota: unlimited_quota?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CloudSubtenantCreateSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text("Description", &self.description);
        w.elem_text_req("Password", &self.password);
        w.elem_text("Enabled", &self.enabled);
        w.elem_text_req("TenantResourceId", &self.tenant_resource_id);
        w.elem_text("QuotaName", &self.quota_name);
        w.elem_text("QuotaMb", &self.quota_mb);
        w.elem_text_req("UnlimitedQuota", &self.unlimited_quota);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudSubtenantCreateSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// '&lt;CloudSubtenants&gt;': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links'); what else the server sends is not described here.
///
/// XML root element: `<CloudSubtenants>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudSubtenants {
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

impl serde::Serialize for CloudSubtenants {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudSubtenants {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "CloudSubtenants", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudSubtenants {
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

impl crate::runtime::xml::FromXml for CloudSubtenants {
    const ROOTS: &'static [&'static str] = &["CloudSubtenants"];
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

impl crate::runtime::xml::ToXml for CloudSubtenants {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudSubtenants {
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

/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
///
/// XML root element: `<Domain>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudTenantAdDomainInfoType {
    /// Name of the Active Directory domain or domain controller.
    ///
    /// XML element `<DomainName>`; JSON `"DomainName"`.
    pub domain_name: String,
    /// User account that will be used for LDAP connections to the domain controller.
    ///
    /// XML element `<DomainAccount>`; JSON `"DomainAccount"`.
    pub domain_account: String,
    /// Port number over which Veeam Backup & Replication will communicate with the domain controller.
    ///
    /// XML element `<Port>`; JSON `"Port"`.
    pub port: i64,
    /// XML element `<DomainAccout>`; JSON `"DomainAccout"`.
    pub domain_accout: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantAdDomainInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("DomainName", &self.domain_name)?;
        o.req("DomainAccount", &self.domain_account)?;
        o.req("Port", &self.port)?;
        o.opt("DomainAccout", &self.domain_accout)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantAdDomainInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("DomainName", &["domainName"]),
            F::new("DomainAccount", &["domainAccount"]),
            F::new("Port", &["port"]),
            F::new("DomainAccout", &["domainAccout"]),
        ];
        crate::runtime::json::object(deserializer, "CloudTenantADDomainInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudTenantAdDomainInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut domain_name = Default::default();
        let mut domain_account = Default::default();
        let mut port = Default::default();
        let mut domain_accout = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => domain_name = Some(o.lenient_req()?),
                1 => domain_account = Some(o.lenient_req()?),
                2 => port = Some(o.lenient_req()?),
                3 => domain_accout = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            domain_name: o.required(domain_name, 0)?,
            domain_account: o.required(domain_account, 1)?,
            port: o.required(port, 2)?,
            domain_accout,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantAdDomainInfoType {
    const ROOTS: &'static [&'static str] = &["Domain"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            domain_name: xml::elem_text(el, "DomainName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("DomainName"))?,
            domain_account: xml::elem_text(el, "DomainAccount")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("DomainAccount"))?,
            port: xml::elem_text(el, "Port")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Port"))?,
            domain_accout: xml::elem_text(el, "DomainAccout")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("DomainName"),
                    xml::Child::once_text::<String>("DomainAccount"),
                    xml::Child::once_text::<i64>("Port"),
                    xml::Child::once_text::<String>("DomainAccout"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut domain_name = None;
        let mut domain_account = None;
        let mut port = None;
        let mut domain_accout = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("DomainName"),
            xml::Tag::once("DomainAccount"),
            xml::Tag::once("Port"),
            xml::Tag::once("DomainAccout"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => domain_name = el_.text()?,
                1 => domain_account = el_.text()?,
                2 => port = el_.text()?,
                3 => domain_accout = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            domain_name: domain_name?,
            domain_account: domain_account?,
            port: port?,
            domain_accout,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CloudTenantAdDomainInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("DomainName", &self.domain_name);
        w.elem_text_req("DomainAccount", &self.domain_account);
        w.elem_text_req("Port", &self.port);
        w.elem_text("DomainAccout", &self.domain_accout);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantAdDomainInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /cloud/tenants/{ID}/computeResources.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_computeresources.html>
///
/// XML root element: `<CloudTenantComputeResourceCreateSpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudTenantComputeResourceCreateSpec {
    /// UID of the hardware plan to which the tenant account must be subscribed.
    ///
    /// XML element `<CloudHardwarePlanUid>`; JSON `"CloudHardwarePlanUid"`.
    pub cloud_hardware_plan_uid: crate::runtime::Uid,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud host presented by the hardware plan. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Platform for which the hardware plan to which the tenant account is subscribed has been created. Possible values:
    ///
    /// - `VMware`
    /// - `HyperV`
    ///
    /// XML element `<PlatformType>`; JSON `"PlatformType"`.
    pub platform_type: super::enums::PlatformType,
    /// Defines whether the network extension appliance must be deployed for the tenant account subscribed to the hardware plan. Possible values:
    ///
    /// - `True`
    /// - False If you set this option to True, you can pass parameters for the network extension appliance in the NetworkAppliance section of the request body. For details, see Network Extension Options.
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    pub use_network_failover_resources: bool,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantComputeResourceCreateSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("CloudHardwarePlanUid", &self.cloud_hardware_plan_uid)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.req("PlatformType", &self.platform_type)?;
        o.req("UseNetworkFailoverResources", &self.use_network_failover_resources)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantComputeResourceCreateSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CloudHardwarePlanUid", &["cloudHardwarePlanUid"]),
            F::new("WanAcceleratorUid", &["wanAcceleratorUid"]),
            F::new("PlatformType", &["platformType"]),
            F::new("UseNetworkFailoverResources", &["useNetworkFailoverResources"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudTenantComputeResourceCreateSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudTenantComputeResourceCreateSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut cloud_hardware_plan_uid = Default::default();
        let mut wan_accelerator_uid = Default::default();
        let mut platform_type = Default::default();
        let mut use_network_failover_resources = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => cloud_hardware_plan_uid = Some(o.lenient_req()?),
                1 => wan_accelerator_uid = o.lenient()?,
                2 => platform_type = Some(o.value()?),
                3 => use_network_failover_resources = Some(o.lenient_req()?),
                _ => {}
            }
        }
        Ok(Self {
            cloud_hardware_plan_uid: o.required(cloud_hardware_plan_uid, 0)?,
            wan_accelerator_uid,
            platform_type: o.required(platform_type, 2)?,
            use_network_failover_resources: o
                .required(use_network_failover_resources, 3)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantComputeResourceCreateSpec {
    const ROOTS: &'static [&'static str] = &["CloudTenantComputeResourceCreateSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_hardware_plan_uid: xml::elem_text(el, "CloudHardwarePlanUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "CloudHardwarePlanUid",
                ))?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            platform_type: xml::elem_text(el, "PlatformType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("PlatformType"))?,
            use_network_failover_resources: xml::elem_text(
                    el,
                    "UseNetworkFailoverResources",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "UseNetworkFailoverResources",
                ))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("CloudHardwarePlanUid"),
                    xml::Child::once_text::<crate::runtime::Uid>("WanAcceleratorUid"),
                    xml::Child::once_text::<super::enums::PlatformType>("PlatformType"),
                    xml::Child::once_text::<bool>("UseNetworkFailoverResources"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut cloud_hardware_plan_uid = None;
        let mut wan_accelerator_uid = None;
        let mut platform_type = None;
        let mut use_network_failover_resources = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("CloudHardwarePlanUid"),
            xml::Tag::once("WanAcceleratorUid"),
            xml::Tag::once("PlatformType"),
            xml::Tag::once("UseNetworkFailoverResources"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => cloud_hardware_plan_uid = el_.text()?,
                1 => wan_accelerator_uid = el_.text()?,
                2 => platform_type = el_.text()?,
                3 => use_network_failover_resources = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            cloud_hardware_plan_uid: cloud_hardware_plan_uid?,
            wan_accelerator_uid,
            platform_type: platform_type?,
            use_network_failover_resources: use_network_failover_resources?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CloudTenantComputeResourceCreateSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("CloudHardwarePlanUid", &self.cloud_hardware_plan_uid);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem_text_req("PlatformType", &self.platform_type);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantComputeResourceCreateSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
#[derive(Debug, Clone, PartialEq)]
pub struct CloudTenantComputeResourceCreateSpecType {
    /// UID of the hardware plan to which the tenant account must be subscribed.
    ///
    /// XML element `<CloudHardwarePlanUid>`; JSON `"CloudHardwarePlanUid"`.
    pub cloud_hardware_plan_uid: crate::runtime::Uid,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud host presented by the hardware plan. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Platform for which the hardware plan to which the tenant account is subscribed has been created. Possible values:
    ///
    /// - `VMware`
    /// - `HyperV`
    ///
    /// XML element `<PlatformType>`; JSON `"PlatformType"`.
    pub platform_type: super::enums::PlatformType,
    /// Defines whether the network extension appliance must be deployed for the tenant account subscribed to the hardware plan. Possible values:
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantComputeResourceCreateSpecType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("CloudHardwarePlanUid", &self.cloud_hardware_plan_uid)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.req("PlatformType", &self.platform_type)?;
        o.req("UseNetworkFailoverResources", &self.use_network_failover_resources)?;
        o.opt("NetworkAppliance", &self.network_appliance)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantComputeResourceCreateSpecType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CloudHardwarePlanUid", &["cloudHardwarePlanUid"]),
            F::new("WanAcceleratorUid", &["wanAcceleratorUid"]),
            F::new("PlatformType", &["platformType"]),
            F::new("UseNetworkFailoverResources", &["useNetworkFailoverResources"]),
            F::new("NetworkAppliance", &["networkAppliance"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudTenantComputeResourceCreateSpecType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudTenantComputeResourceCreateSpecType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut cloud_hardware_plan_uid = Default::default();
        let mut wan_accelerator_uid = Default::default();
        let mut platform_type = Default::default();
        let mut use_network_failover_resources = Default::default();
        let mut network_appliance = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => cloud_hardware_plan_uid = Some(o.lenient_req()?),
                1 => wan_accelerator_uid = o.lenient()?,
                2 => platform_type = Some(o.value()?),
                3 => use_network_failover_resources = Some(o.lenient_req()?),
                4 => network_appliance = o.value()?,
                _ => {}
            }
        }
        Ok(Self {
            cloud_hardware_plan_uid: o.required(cloud_hardware_plan_uid, 0)?,
            wan_accelerator_uid,
            platform_type: o.required(platform_type, 2)?,
            use_network_failover_resources: o
                .required(use_network_failover_resources, 3)?,
            network_appliance,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantComputeResourceCreateSpecType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_hardware_plan_uid: xml::elem_text(el, "CloudHardwarePlanUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "CloudHardwarePlanUid",
                ))?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            platform_type: xml::elem_text(el, "PlatformType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("PlatformType"))?,
            use_network_failover_resources: xml::elem_text(
                    el,
                    "UseNetworkFailoverResources",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "UseNetworkFailoverResources",
                ))?,
            network_appliance: xml::elem(el, "NetworkAppliance")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("CloudHardwarePlanUid"),
                    xml::Child::once_text::<crate::runtime::Uid>("WanAcceleratorUid"),
                    xml::Child::once_text::<super::enums::PlatformType>("PlatformType"),
                    xml::Child::once_text::<bool>("UseNetworkFailoverResources"),
                    xml::Child::once("NetworkAppliance"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut cloud_hardware_plan_uid = None;
        let mut wan_accelerator_uid = None;
        let mut platform_type = None;
        let mut use_network_failover_resources = None;
        let mut network_appliance = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("CloudHardwarePlanUid"),
            xml::Tag::once("WanAcceleratorUid"),
            xml::Tag::once("PlatformType"),
            xml::Tag::once("UseNetworkFailoverResources"),
            xml::Tag::once("NetworkAppliance"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => cloud_hardware_plan_uid = el_.text()?,
                1 => wan_accelerator_uid = el_.text()?,
                2 => platform_type = el_.text()?,
                3 => use_network_failover_resources = el_.text()?,
                4 => network_appliance = Some(el_.elem()?),
                _ => {}
            }
        }
        Some(Self {
            cloud_hardware_plan_uid: cloud_hardware_plan_uid?,
            wan_accelerator_uid,
            platform_type: platform_type?,
            use_network_failover_resources: use_network_failover_resources?,
            network_appliance,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CloudTenantComputeResourceCreateSpecType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("CloudHardwarePlanUid", &self.cloud_hardware_plan_uid);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem_text_req("PlatformType", &self.platform_type);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
        w.elem("NetworkAppliance", &self.network_appliance);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantComputeResourceCreateSpecType {
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

/// '&lt;CloudTenantComputeResources&gt;' of XML schema type 'CloudTenantComputeResourceListType': the '&lt;CloudTenantComputeResource&gt;' entities of a collection as repeated children; JSON '{"CloudTenantComputeResources": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudTenantComputeResources>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTenantComputeResources {
    /// The 'CloudTenantComputeResource' entities of the collection.
    ///
    /// repeated XML element `<CloudTenantComputeResource>`; JSON `"CloudTenantComputeResources": […]`.
    pub cloud_tenant_compute_resources: crate::runtime::List<CloudTenantComputeResource>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantComputeResources {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CloudTenantComputeResources", &self.cloud_tenant_compute_resources)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantComputeResources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "CloudTenantComputeResources",
                &["CloudTenantComputeResource", "cloudTenantComputeResources"],
            ),
        ];
        crate::runtime::json::object(deserializer, "CloudTenantComputeResources", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudTenantComputeResources {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_tenant_compute_resources = o.vec_of("CloudTenantComputeResource")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantComputeResources {
    const ROOTS: &'static [&'static str] = &["CloudTenantComputeResources"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_tenant_compute_resources: xml::elems(el, "CloudTenantComputeResource")?
                .into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CloudTenantComputeResource")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CloudTenantComputeResource")])?.is_some()
        {
            out.cloud_tenant_compute_resources.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudTenantComputeResources {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudTenantComputeResource", &self.cloud_tenant_compute_resources);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantComputeResources {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_tenant_compute_resources,
            &crate::runtime::unknown::join(path, "CloudTenantComputeResource"),
            out,
        );
    }
}

/// Used by GET /cloud/tenants/{ID}/freelicenseCounters.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_freelicensecounters.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTenantFreeLicenseCounters {
    /// Number of VMs that were backed up by the tenant and that consumed a Rental Veeam Backup & Replication license in the past 31 days.
    ///
    /// XML element `<RentalVMBackupCount>`; JSON `"RentalVMBackupCount"`.
    pub rental_vm_backup_count: Option<i64>,
    /// Number of workstations that were backed up by the tenant and that consumed a Rental Veeam Backup & Replication license in the past 31 days. A workstation is a machine processed with the Workstation edition of Veeam Agent.
    ///
    /// XML element `<RentalWorkstationBackupCount>`; JSON `"RentalWorkstationBackupCount"`.
    pub rental_workstation_backup_count: Option<i64>,
    /// Number of servers that were backed up by the tenant and that consumed a Rental Veeam Backup & Replication license in the past 31 days. A server is a machine processed with the Server edition of Veeam Agent.
    ///
    /// XML element `<RentalServerBackupCount>`; JSON `"RentalServerBackupCount"`.
    pub rental_server_backup_count: Option<i64>,
    /// Number of VMs that were processed by tenant backup jobs for the first time within the current calendar month.
    ///
    /// XML element `<NewVMBackupCount>`; JSON `"NewVMBackupCount"`.
    pub new_vm_backup_count: Option<i64>,
    /// Number of workstations that were processed by tenant Veeam Agent backup jobs for the first time within the current calendar month. A workstation is a machine processed with the Workstation edition of Veeam Agent.
    ///
    /// XML element `<NewWorkstationBackupCount>`; JSON `"NewWorkstationBackupCount"`.
    pub new_workstation_backup_count: Option<i64>,
    /// Number of servers that were processed by tenant Veeam Agent backup jobs for the first time within the current calendar month. A server is a machine processed with the Server edition of Veeam Agent.
    ///
    /// XML element `<NewServerBackupCount>`; JSON `"NewServerBackupCount"`.
    pub new_server_backup_count: Option<i64>,
    /// Number of VMs that were processed by tenant replication jobs for the first time within the current calendar month.
    ///
    /// XML element `<NewVMReplicaCount>`; JSON `"NewVMReplicaCount"`.
    pub new_vm_replica_count: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantFreeLicenseCounters {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("RentalVMBackupCount", &self.rental_vm_backup_count)?;
        o.opt("RentalWorkstationBackupCount", &self.rental_workstation_backup_count)?;
        o.opt("RentalServerBackupCount", &self.rental_server_backup_count)?;
        o.opt("NewVMBackupCount", &self.new_vm_backup_count)?;
        o.opt("NewWorkstationBackupCount", &self.new_workstation_backup_count)?;
        o.opt("NewServerBackupCount", &self.new_server_backup_count)?;
        o.opt("NewVMReplicaCount", &self.new_vm_replica_count)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantFreeLicenseCounters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("RentalVMBackupCount", &["rentalVMBackupCount"]),
            F::new("RentalWorkstationBackupCount", &["rentalWorkstationBackupCount"]),
            F::new("RentalServerBackupCount", &["rentalServerBackupCount"]),
            F::new("NewVMBackupCount", &["newVMBackupCount"]),
            F::new("NewWorkstationBackupCount", &["newWorkstationBackupCount"]),
            F::new("NewServerBackupCount", &["newServerBackupCount"]),
            F::new("NewVMReplicaCount", &["newVMReplicaCount"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CloudTenantFreeLicenseCounters",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudTenantFreeLicenseCounters {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.rental_vm_backup_count = o.lenient()?,
                1 => out.rental_workstation_backup_count = o.lenient()?,
                2 => out.rental_server_backup_count = o.lenient()?,
                3 => out.new_vm_backup_count = o.lenient()?,
                4 => out.new_workstation_backup_count = o.lenient()?,
                5 => out.new_server_backup_count = o.lenient()?,
                6 => out.new_vm_replica_count = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantFreeLicenseCounters {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            rental_vm_backup_count: xml::elem_text(el, "RentalVMBackupCount")?,
            rental_workstation_backup_count: xml::elem_text(
                el,
                "RentalWorkstationBackupCount",
            )?,
            rental_server_backup_count: xml::elem_text(el, "RentalServerBackupCount")?,
            new_vm_backup_count: xml::elem_text(el, "NewVMBackupCount")?,
            new_workstation_backup_count: xml::elem_text(
                el,
                "NewWorkstationBackupCount",
            )?,
            new_server_backup_count: xml::elem_text(el, "NewServerBackupCount")?,
            new_vm_replica_count: xml::elem_text(el, "NewVMReplicaCount")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<i64>("RentalVMBackupCount"),
                    xml::Child::once_text::<i64>("RentalWorkstationBackupCount"),
                    xml::Child::once_text::<i64>("RentalServerBackupCount"),
                    xml::Child::once_text::<i64>("NewVMBackupCount"),
                    xml::Child::once_text::<i64>("NewWorkstationBackupCount"),
                    xml::Child::once_text::<i64>("NewServerBackupCount"),
                    xml::Child::once_text::<i64>("NewVMReplicaCount"),
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
            xml::Tag::once("RentalVMBackupCount"),
            xml::Tag::once("RentalWorkstationBackupCount"),
            xml::Tag::once("RentalServerBackupCount"),
            xml::Tag::once("NewVMBackupCount"),
            xml::Tag::once("NewWorkstationBackupCount"),
            xml::Tag::once("NewServerBackupCount"),
            xml::Tag::once("NewVMReplicaCount"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.rental_vm_backup_count = el_.text()?,
                1 => out.rental_workstation_backup_count = el_.text()?,
                2 => out.rental_server_backup_count = el_.text()?,
                3 => out.new_vm_backup_count = el_.text()?,
                4 => out.new_workstation_backup_count = el_.text()?,
                5 => out.new_server_backup_count = el_.text()?,
                6 => out.new_vm_replica_count = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudTenantFreeLicenseCounters {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RentalVMBackupCount", &self.rental_vm_backup_count);
        w.elem_text(
            "RentalWorkstationBackupCount",
            &self.rental_workstation_backup_count,
        );
        w.elem_text("RentalServerBackupCount", &self.rental_server_backup_count);
        w.elem_text("NewVMBackupCount", &self.new_vm_backup_count);
        w.elem_text("NewWorkstationBackupCount", &self.new_workstation_backup_count);
        w.elem_text("NewServerBackupCount", &self.new_server_backup_count);
        w.elem_text("NewVMReplicaCount", &self.new_vm_replica_count);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantFreeLicenseCounters {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// '&lt;CloudTenantResources&gt;' of XML schema type 'CloudTenantResourceListType': the '&lt;CloudTenantResource&gt;' entities of a collection as repeated children; JSON '{"CloudTenantResources": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudTenantResources>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTenantResources {
    /// The 'CloudTenantResource' entities of the collection.
    ///
    /// repeated XML element `<CloudTenantResource>`; JSON `"CloudTenantResources": […]`.
    pub cloud_tenant_resources: crate::runtime::List<CloudTenantResource>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantResources {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CloudTenantResources", &self.cloud_tenant_resources)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantResources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "CloudTenantResources",
                &["CloudTenantResource", "cloudTenantResources"],
            ),
        ];
        crate::runtime::json::object(deserializer, "CloudTenantResources", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudTenantResources {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_tenant_resources = o.vec_of("CloudTenantResource")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantResources {
    const ROOTS: &'static [&'static str] = &["CloudTenantResources"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_tenant_resources: xml::elems(el, "CloudTenantResource")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CloudTenantResource")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CloudTenantResource")])?.is_some() {
            out.cloud_tenant_resources.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudTenantResources {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudTenantResource", &self.cloud_tenant_resources);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantResources {
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

/// Used by POST /cloud/tenants/{ID}/vCloudComputeResources.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloud_tenants_id_vcloudcomputeresources.html>
///
/// XML root element: `<CloudTenantVCloudComputeResourceCreateSpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudTenantVCloudComputeResourceCreateSpec {
    /// Reference to the organization VDC. The reference can be constructed manually or obtained with the lookup service. For details on using the lookup, see Virtual Infrastructure Lookup.
    ///
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    pub virtual_data_center_ref: String,
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
    /// UID of the WAN accelerator that must be used as a target WAN accelerator. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantVCloudComputeResourceCreateSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("VirtualDataCenterRef", &self.virtual_data_center_ref)?;
        o.req("UseNetworkFailoverResources", &self.use_network_failover_resources)?;
        o.opt("NetworkAppliance", &self.network_appliance)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantVCloudComputeResourceCreateSpec {
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
        crate::runtime::json::object(
            deserializer,
            "CloudTenantVCloudComputeResourceCreateSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CloudTenantVCloudComputeResourceCreateSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut virtual_data_center_ref = Default::default();
        let mut use_network_failover_resources = Default::default();
        let mut network_appliance = Default::default();
        let mut wan_accelerator_uid = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => virtual_data_center_ref = Some(o.lenient_req()?),
                1 => use_network_failover_resources = Some(o.lenient_req()?),
                2 => network_appliance = o.value()?,
                3 => wan_accelerator_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            virtual_data_center_ref: o.required(virtual_data_center_ref, 0)?,
            use_network_failover_resources: o
                .required(use_network_failover_resources, 1)?,
            network_appliance,
            wan_accelerator_uid,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantVCloudComputeResourceCreateSpec {
    const ROOTS: &'static [&'static str] = &[
        "CloudTenantVCloudComputeResourceCreateSpec",
    ];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            virtual_data_center_ref: xml::elem_text(el, "VirtualDataCenterRef")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "VirtualDataCenterRef",
                ))?,
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
            virtual_data_center_ref: virtual_data_center_ref?,
            use_network_failover_resources: use_network_failover_resources?,
            network_appliance,
            wan_accelerator_uid,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CloudTenantVCloudComputeResourceCreateSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("VirtualDataCenterRef", &self.virtual_data_center_ref);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
        w.elem("NetworkAppliance", &self.network_appliance);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantVCloudComputeResourceCreateSpec {
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

/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
#[derive(Debug, Clone, PartialEq)]
pub struct CloudTenantVCloudComputeResourceCreateSpecType {
    /// Reference to the organization VDC that will provide replication resources to the created tenant account. The reference can be constructed manually or obtained with the lookup service. For details on using the lookup, see Virtual Infrastructure Lookup.
    ///
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    pub virtual_data_center_ref: String,
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
    /// UID of the WAN accelerator that must be used as a target WAN accelerator. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenantVCloudComputeResourceCreateSpecType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("VirtualDataCenterRef", &self.virtual_data_center_ref)?;
        o.req("UseNetworkFailoverResources", &self.use_network_failover_resources)?;
        o.opt("NetworkAppliance", &self.network_appliance)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenantVCloudComputeResourceCreateSpecType {
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
        crate::runtime::json::object(
            deserializer,
            "CloudTenantVCloudComputeResourceCreateSpecType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject
for CloudTenantVCloudComputeResourceCreateSpecType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut virtual_data_center_ref = Default::default();
        let mut use_network_failover_resources = Default::default();
        let mut network_appliance = Default::default();
        let mut wan_accelerator_uid = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => virtual_data_center_ref = Some(o.lenient_req()?),
                1 => use_network_failover_resources = Some(o.lenient_req()?),
                2 => network_appliance = o.value()?,
                3 => wan_accelerator_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            virtual_data_center_ref: o.required(virtual_data_center_ref, 0)?,
            use_network_failover_resources: o
                .required(use_network_failover_resources, 1)?,
            network_appliance,
            wan_accelerator_uid,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CloudTenantVCloudComputeResourceCreateSpecType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            virtual_data_center_ref: xml::elem_text(el, "VirtualDataCenterRef")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "VirtualDataCenterRef",
                ))?,
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
            virtual_data_center_ref: virtual_data_center_ref?,
            use_network_failover_resources: use_network_failover_resources?,
            network_appliance,
            wan_accelerator_uid,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CloudTenantVCloudComputeResourceCreateSpecType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("VirtualDataCenterRef", &self.virtual_data_center_ref);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
        w.elem("NetworkAppliance", &self.network_appliance);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenantVCloudComputeResourceCreateSpecType {
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

/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>
///
/// XML root element: `<CloudTenants>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudTenants {
    /// repeated XML element `<CloudTenant>`; JSON `"CloudTenants": […]`.
    pub cloud_tenants: crate::runtime::List<CloudTenant>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudTenants {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CloudTenants", &self.cloud_tenants)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudTenants {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("CloudTenants", &["CloudTenant", "cloudTenants"])];
        crate::runtime::json::object(deserializer, "CloudTenants", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudTenants {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_tenants = o.vec_of("CloudTenant")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudTenants {
    const ROOTS: &'static [&'static str] = &["CloudTenants"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_tenants: xml::elems(el, "CloudTenant")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CloudTenant")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CloudTenant")])?.is_some() {
            out.cloud_tenants.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudTenants {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudTenant", &self.cloud_tenants);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudTenants {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_tenants,
            &crate::runtime::unknown::join(path, "CloudTenant"),
            out,
        );
    }
}

/// '&lt;CloudVmReplicaPoints&gt;' of XML schema type 'CloudVmReplicaPointEntityListType': the '&lt;CloudVmReplicaPoint&gt;' entities of a collection as repeated children; JSON '{"CloudVmReplicaPoints": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudVmReplicaPoints>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloudVmReplicaPoints {
    /// The 'CloudVmReplicaPoint' entities of the collection.
    ///
    /// repeated XML element `<CloudVmReplicaPoint>`; JSON `"CloudVmReplicaPoints": […]`.
    pub cloud_vm_replica_points: crate::runtime::List<CloudVmReplicaPoint>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CloudVmReplicaPoints {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CloudVmReplicaPoints", &self.cloud_vm_replica_points)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CloudVmReplicaPoints {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "CloudVmReplicaPoints",
                &["CloudVmReplicaPoint", "cloudVmReplicaPoints"],
            ),
        ];
        crate::runtime::json::object(deserializer, "CloudVmReplicaPoints", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CloudVmReplicaPoints {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cloud_vm_replica_points = o.vec_of("CloudVmReplicaPoint")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CloudVmReplicaPoints {
    const ROOTS: &'static [&'static str] = &["CloudVmReplicaPoints"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_vm_replica_points: xml::elems(el, "CloudVmReplicaPoint")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CloudVmReplicaPoint")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CloudVmReplicaPoint")])?.is_some() {
            out.cloud_vm_replica_points.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CloudVmReplicaPoints {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudVmReplicaPoint", &self.cloud_vm_replica_points);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CloudVmReplicaPoints {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_vm_replica_points,
            &crate::runtime::unknown::join(path, "CloudVmReplicaPoint"),
            out,
        );
    }
}

/// Used by POST /cloud/gatewayPools.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudgatewaypools.html>
///
/// XML root element: `<CreateCloudGatewayPoolSpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCloudGatewayPoolSpec {
    /// Name of the created cloud gateway pool.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: String,
    /// Description for the created cloud gateway pool.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Specifies the list of cloud gateways included in the cloud gateway pool. At least one cloud gateway must be specified to create a cloud gateway pool. For details, see Cloud Gateway Settings.
    ///
    /// XML `<CloudGateways><CloudGatewayUid/>…</CloudGateways>`; JSON `"CloudGateways": {"CloudGatewayUids": […]}`.
    pub cloud_gateways: Option<crate::runtime::List<crate::runtime::Uid>>,
    /// Specifies the list of cloud tenants to whom the created cloud gateway pool will be assigned. This parameter is optional, because a cloud gateway pool can be assigned to no tenants. For details, see Cloud Tenant Settings.
    ///
    /// XML `<CloudTenants><CloudTenantUid/>…</CloudTenants>`; JSON `"CloudTenants": {"CloudTenantUids": […]}`.
    pub cloud_tenants: Option<crate::runtime::List<crate::runtime::Uid>>,
    /// UID of the backup server on which the cloud gateway pool must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    pub backup_server_uid: crate::runtime::Uid,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CreateCloudGatewayPoolSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("Name", &self.name)?;
        o.opt("Description", &self.description)?;
        o.documented("CloudGateways", "CloudGatewayUids", &self.cloud_gateways)?;
        o.documented("CloudTenants", "CloudTenantUids", &self.cloud_tenants)?;
        o.req("BackupServerUid", &self.backup_server_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CreateCloudGatewayPoolSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Name", &["name"]),
            F::new("Description", &["description"]),
            F::new("CloudGateways", &["CloudGatewayUid", "cloudGateways"]),
            F::new("CloudTenants", &["CloudTenantUid", "cloudTenants"]),
            F::new("BackupServerUid", &["backupServerUid"]),
        ];
        crate::runtime::json::object(deserializer, "CreateCloudGatewayPoolSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CreateCloudGatewayPoolSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = Default::default();
        let mut description = Default::default();
        let mut cloud_gateways = Default::default();
        let mut cloud_tenants = Default::default();
        let mut backup_server_uid = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => name = Some(o.lenient_req()?),
                1 => description = o.lenient()?,
                2 => cloud_gateways = o.list_of("CloudGatewayUid")?,
                3 => cloud_tenants = o.list_of("CloudTenantUid")?,
                4 => backup_server_uid = Some(o.lenient_req()?),
                _ => {}
            }
        }
        Ok(Self {
            name: o.required(name, 0)?,
            description,
            cloud_gateways,
            cloud_tenants,
            backup_server_uid: o.required(backup_server_uid, 4)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CreateCloudGatewayPoolSpec {
    const ROOTS: &'static [&'static str] = &["CreateCloudGatewayPoolSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            description: xml::elem_text(el, "Description")?,
            cloud_gateways: xml::wrapped_text(el, "CloudGateways", "CloudGatewayUid")?,
            cloud_tenants: xml::wrapped_text(el, "CloudTenants", "CloudTenantUid")?,
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupServerUid"))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once("CloudGateways"),
                    xml::Child::once("CloudTenants"),
                    xml::Child::once_text::<crate::runtime::Uid>("BackupServerUid"),
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
        let mut description = None;
        let mut cloud_gateways = None;
        let mut cloud_tenants = None;
        let mut backup_server_uid = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Name"),
            xml::Tag::once("Description"),
            xml::Tag::once("CloudGateways"),
            xml::Tag::once("CloudTenants"),
            xml::Tag::once("BackupServerUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => name = el_.text()?,
                1 => description = el_.text()?,
                2 => cloud_gateways = Some(el_.wrapped_text("CloudGatewayUid")?),
                3 => cloud_tenants = Some(el_.wrapped_text("CloudTenantUid")?),
                4 => backup_server_uid = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            name: name?,
            description,
            cloud_gateways,
            cloud_tenants,
            backup_server_uid: backup_server_uid?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CreateCloudGatewayPoolSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text("Description", &self.description);
        w.wrapped_text("CloudGateways", "CloudGatewayUid", self.cloud_gateways.as_ref());
        w.wrapped_text("CloudTenants", "CloudTenantUid", self.cloud_tenants.as_ref());
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CreateCloudGatewayPoolSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /cloud/gateways.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_gateways.html>
///
/// XML root element: `<CreateCloudGatewaySpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCloudGatewaySpec {
    /// UID or DNS name of the backup server on which the cloud gateway must be created. This parameter is supported by previous versions of Veeam Backup Enterprise Manager REST API. In current version of REST API, it is recommended that the new BackupServerUid parameter is used in the request body.
    ///
    /// XML element `<BackupServerIdOr>`; JSON `"BackupServerIdOr"`.
    pub backup_server_id_or: Option<String>,
    /// DNS name or IP address of the Microsoft Windows server to which the cloud gateway role must be assigned.
    ///
    /// XML element `<ServerHostName>`; JSON `"ServerHostName"`.
    pub server_host_name: String,
    /// Description for the cloud gateway.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// External IP address of the NAT gateway. This parameter must be specified if the cloud gateway is located behind the NAT.
    ///
    /// XML element `<ExternalIp>`; JSON `"ExternalIp"`.
    pub external_ip: Option<String>,
    /// TCP/IP port over which users' backup servers must communicate with the cloud gateway. By default, port number 6180 is used.
    ///
    /// XML element `<ExternalPort>`; JSON `"ExternalPort"`.
    pub external_port: Option<i64>,
    /// Mode in which the cloud gateway must function. Possible values:
    ///
    /// - Direct (if clients have a direct connection to the cloud gateway)
    /// - NAT (if the cloud gateway is located behind the NAT)
    ///
    /// XML element `<NetworkType>`; JSON `"NetworkType"`.
    pub network_type: super::enums::CloudGatewayNetworking,
    /// Port on the NAT gateway used for listening to connections from users. By default, port 8080 is used. This parameter must be specified if the cloud gateway is located behind the NAT.
    ///
    /// XML element `<InternalPort>`; JSON `"InternalPort"`.
    pub internal_port: Option<i64>,
    /// UID of the backup server on which the cloud gateway must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    pub backup_server_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CreateCloudGatewaySpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("BackupServerIdOr", &self.backup_server_id_or)?;
        o.req("ServerHostName", &self.server_host_name)?;
        o.opt("Description", &self.description)?;
        o.opt("ExternalIp", &self.external_ip)?;
        o.opt("ExternalPort", &self.external_port)?;
        o.req("NetworkType", &self.network_type)?;
        o.opt("InternalPort", &self.internal_port)?;
        o.opt("BackupServerUid", &self.backup_server_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CreateCloudGatewaySpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("BackupServerIdOr", &["backupServerIdOr"]),
            F::new("ServerHostName", &["serverHostName"]),
            F::new("Description", &["description"]),
            F::new("ExternalIp", &["externalIp"]),
            F::new("ExternalPort", &["externalPort"]),
            F::new("NetworkType", &["networkType"]),
            F::new("InternalPort", &["internalPort"]),
            F::new("BackupServerUid", &["backupServerUid"]),
        ];
        crate::runtime::json::object(deserializer, "CreateCloudGatewaySpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CreateCloudGatewaySpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut backup_server_id_or = Default::default();
        let mut server_host_name = Default::default();
        let mut description = Default::default();
        let mut external_ip = Default::default();
        let mut external_port = Default::default();
        let mut network_type = Default::default();
        let mut internal_port = Default::default();
        let mut backup_server_uid = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => backup_server_id_or = o.lenient()?,
                1 => server_host_name = Some(o.lenient_req()?),
                2 => description = o.lenient()?,
                3 => external_ip = o.lenient()?,
                4 => external_port = o.lenient()?,
                5 => network_type = Some(o.value()?),
                6 => internal_port = o.lenient()?,
                7 => backup_server_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            backup_server_id_or,
            server_host_name: o.required(server_host_name, 1)?,
            description,
            external_ip,
            external_port,
            network_type: o.required(network_type, 5)?,
            internal_port,
            backup_server_uid,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CreateCloudGatewaySpec {
    const ROOTS: &'static [&'static str] = &["CreateCloudGatewaySpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_server_id_or: xml::elem_text(el, "BackupServerIdOr")?,
            server_host_name: xml::elem_text(el, "ServerHostName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("ServerHostName"))?,
            description: xml::elem_text(el, "Description")?,
            external_ip: xml::elem_text(el, "ExternalIp")?,
            external_port: xml::elem_text(el, "ExternalPort")?,
            network_type: xml::elem_text(el, "NetworkType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("NetworkType"))?,
            internal_port: xml::elem_text(el, "InternalPort")?,
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("BackupServerIdOr"),
                    xml::Child::once_text::<String>("ServerHostName"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<String>("ExternalIp"),
                    xml::Child::once_text::<i64>("ExternalPort"),
                    xml::Child::once_text::<
                        super::enums::CloudGatewayNetworking,
                    >("NetworkType"),
                    xml::Child::once_text::<i64>("InternalPort"),
                    xml::Child::once_text::<crate::runtime::Uid>("BackupServerUid"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut backup_server_id_or = None;
        let mut server_host_name = None;
        let mut description = None;
        let mut external_ip = None;
        let mut external_port = None;
        let mut network_type = None;
        let mut internal_port = None;
        let mut backup_server_uid = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("BackupServerIdOr"),
            xml::Tag::once("ServerHostName"),
            xml::Tag::once("Description"),
            xml::Tag::once("ExternalIp"),
            xml::Tag::once("ExternalPort"),
            xml::Tag::once("NetworkType"),
            xml::Tag::once("InternalPort"),
            xml::Tag::once("BackupServerUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => backup_server_id_or = el_.text()?,
                1 => server_host_name = el_.text()?,
                2 => description = el_.text()?,
                3 => external_ip = el_.text()?,
                4 => external_port = el_.text()?,
                5 => network_type = el_.text()?,
                6 => internal_port = el_.text()?,
                7 => backup_server_uid = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            backup_server_id_or,
            server_host_name: server_host_name?,
            description,
            external_ip,
            external_port,
            network_type: network_type?,
            internal_port,
            backup_server_uid,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CreateCloudGatewaySpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("BackupServerIdOr", &self.backup_server_id_or);
        w.elem_text_req("ServerHostName", &self.server_host_name);
        w.elem_text("Description", &self.description);
        w.elem_text("ExternalIp", &self.external_ip);
        w.elem_text("ExternalPort", &self.external_port);
        w.elem_text_req("NetworkType", &self.network_type);
        w.elem_text("InternalPort", &self.internal_port);
        w.elem_text("BackupServerUid", &self.backup_server_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CreateCloudGatewaySpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /cloud/tenants/{ID}/resources.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_resources.html>
///
/// XML root element: `<CreateCloudTenantResourceSpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCloudTenantResourceSpec {
    /// Friendly name of the cloud repository.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: String,
    /// UID of the backup repository on which the storage quota must be created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the user (in MB). Storage quota cannot be less than 1GB.
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    pub quota_mb: i64,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud repository. This parameter must be specified if you want cloud tenants to communicate with the cloud repository through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CreateCloudTenantResourceSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("Name", &self.name)?;
        o.req("RepositoryUid", &self.repository_uid)?;
        o.req("QuotaMb", &self.quota_mb)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CreateCloudTenantResourceSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Name", &["name"]),
            F::new("RepositoryUid", &["repositoryUid"]),
            F::new("QuotaMb", &["quotaMb"]),
            F::new("WanAcceleratorUid", &["wanAcceleratorUid"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CreateCloudTenantResourceSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CreateCloudTenantResourceSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = Default::default();
        let mut repository_uid = Default::default();
        let mut quota_mb = Default::default();
        let mut wan_accelerator_uid = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => name = Some(o.lenient_req()?),
                1 => repository_uid = Some(o.lenient_req()?),
                2 => quota_mb = Some(o.lenient_req()?),
                3 => wan_accelerator_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            name: o.required(name, 0)?,
            repository_uid: o.required(repository_uid, 1)?,
            quota_mb: o.required(quota_mb, 2)?,
            wan_accelerator_uid,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CreateCloudTenantResourceSpec {
    const ROOTS: &'static [&'static str] = &["CreateCloudTenantResourceSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("RepositoryUid"))?,
            quota_mb: xml::elem_text(el, "QuotaMb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("QuotaMb"))?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<crate::runtime::Uid>("RepositoryUid"),
                    xml::Child::once_text::<i64>("QuotaMb"),
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
        let mut name = None;
        let mut repository_uid = None;
        let mut quota_mb = None;
        let mut wan_accelerator_uid = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Name"),
            xml::Tag::once("RepositoryUid"),
            xml::Tag::once("QuotaMb"),
            xml::Tag::once("WanAcceleratorUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => name = el_.text()?,
                1 => repository_uid = el_.text()?,
                2 => quota_mb = el_.text()?,
                3 => wan_accelerator_uid = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            name: name?,
            repository_uid: repository_uid?,
            quota_mb: quota_mb?,
            wan_accelerator_uid,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CreateCloudTenantResourceSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text_req("RepositoryUid", &self.repository_uid);
        w.elem_text_req("QuotaMb", &self.quota_mb);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CreateCloudTenantResourceSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCloudTenantResourceSpecType {
    /// Friendly name of the cloud repository.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: String,
    /// UID of the backup repository on which the storage quota must be created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the user (in MB). Storage quota cannot be less than 1GB.
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    pub quota_mb: i64,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud repository. This parameter must be specified if you want tenants to communicate with the cloud repository through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CreateCloudTenantResourceSpecType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("Name", &self.name)?;
        o.req("RepositoryUid", &self.repository_uid)?;
        o.req("QuotaMb", &self.quota_mb)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CreateCloudTenantResourceSpecType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Name", &["name"]),
            F::new("RepositoryUid", &["repositoryUid"]),
            F::new("QuotaMb", &["quotaMb"]),
            F::new("WanAcceleratorUid", &["wanAcceleratorUid"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "CreateCloudTenantResourceSpecType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CreateCloudTenantResourceSpecType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = Default::default();
        let mut repository_uid = Default::default();
        let mut quota_mb = Default::default();
        let mut wan_accelerator_uid = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => name = Some(o.lenient_req()?),
                1 => repository_uid = Some(o.lenient_req()?),
                2 => quota_mb = Some(o.lenient_req()?),
                3 => wan_accelerator_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            name: o.required(name, 0)?,
            repository_uid: o.required(repository_uid, 1)?,
            quota_mb: o.required(quota_mb, 2)?,
            wan_accelerator_uid,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CreateCloudTenantResourceSpecType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("RepositoryUid"))?,
            quota_mb: xml::elem_text(el, "QuotaMb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("QuotaMb"))?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<crate::runtime::Uid>("RepositoryUid"),
                    xml::Child::once_text::<i64>("QuotaMb"),
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
        let mut name = None;
        let mut repository_uid = None;
        let mut quota_mb = None;
        let mut wan_accelerator_uid = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Name"),
            xml::Tag::once("RepositoryUid"),
            xml::Tag::once("QuotaMb"),
            xml::Tag::once("WanAcceleratorUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => name = el_.text()?,
                1 => repository_uid = el_.text()?,
                2 => quota_mb = el_.text()?,
                3 => wan_accelerator_uid = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            name: name?,
            repository_uid: repository_uid?,
            quota_mb: quota_mb?,
            wan_accelerator_uid,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CreateCloudTenantResourceSpecType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text_req("RepositoryUid", &self.repository_uid);
        w.elem_text_req("QuotaMb", &self.quota_mb);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CreateCloudTenantResourceSpecType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
///
/// XML root element: `<CreateCloudTenantSpec>`.
#[derive(Clone, PartialEq)]
pub struct CreateCloudTenantSpec {
    /// Name for the VMware Cloud Director tenant account. The name of the tenant account must be equal to the vCD organization name.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: String,
    /// Description for the VMware Cloud Director tenant account.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Password for the tenant account.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    pub password: Option<crate::runtime::Secret>,
    /// Defines if the tenant account must be in the enabled or disabled state.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Defines the expiration date of the lease period for the tenant account.
    ///
    /// XML element `<LeaseExpirationDate>`; JSON `"LeaseExpirationDate"`.
    pub lease_expiration_date: Option<crate::runtime::DateTime>,
    /// Specifies options for backup resources that will be assigned to the tenant account. For details, see Backup Resource Options.
    ///
    /// XML `<Resources><BackupResource/>…</Resources>`; JSON `"Resources": {"BackupResources": […]}`.
    pub resources: Option<crate::runtime::List<CreateCloudTenantResourceSpecType>>,
    /// Specifies options for replication resources that will be assigned to the tenant account. For details, see Compute Resource Options.
    ///
    /// XML `<ComputeResources><ComputeResource/>…</ComputeResources>`; JSON `"ComputeResources": {"ComputeResources": […]}`.
    pub compute_resources: Option<
        crate::runtime::List<CloudTenantComputeResourceCreateSpecType>,
    >,
    /// UID of the backup server on which the tenant account must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    pub backup_server_uid: crate::runtime::Uid,
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
    /// XML element `<PublicIPCount>`; JSON `"PublicIpCount"`.
    pub public_ip_count: Option<i64>,
    /// Maximum number of concurrent tasks for the tenant.
    ///
    /// XML element `<MaxConcurrentTasks>`; JSON `"MaxConcurrentTasks"`.
    pub max_concurrent_tasks: Option<i64>,
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
    /// - `vCD`
    /// - `Standalone`
    /// - `ActiveDirectory`
    ///
    /// XML element `<TenantType>`; JSON `"TenantType"`.
    pub tenant_type: Option<super::enums::CloudTenantType>,
    /// Specifies the cloud gateway pool that will be assigned to the tenant account. For details, see Cloud Gateway Pool Options.
    ///
    /// XML element `<CloudGatewayPools>`; JSON `"CloudGatewayPools"`.
    pub cloud_gateway_pools: Option<CloudGatewayPoolEntityListType>,
    /// Defines whether the tenant will be able to fail over to cloud gateways outside of the cloud gateway pool in case all cloud gateways in the pool assigned to the tenant become unavailable. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<FailoverToOtherGatewaysIfFail>`; JSON `"FailoverToOtherGatewaysIfFail"`.
    pub failover_to_other_gateways_if_fail: Option<bool>,
    /// Specifies settings of the Active Directory domain for Active Directory tenant account. For details, see Active Directory Domain Options.
    ///
    /// XML element `<Domain>`; JSON `"Domain"`.
    pub domain: Option<CloudTenantAdDomainInfoType>,
    /// Reference to the vCD organization whose resources will be assigned to the tenant account. The reference can be constructed manually or obtained with the lookup service. For details on using the lookup, see Virtual Infrastructure Lookup.
    ///
    /// XML element `<OrganizationRef>`; JSON `"OrganizationRef"`.
    pub organization_ref: Option<String>,
    /// Specifies options for replication resources that will be assigned to the tenant account. For details, see vCloud Compute Resource Options.
    ///
    /// XML `<VCloudComputeResources><VCloudComputeResource/>…</VCloudComputeResources>`; JSON `"VCloudComputeResources": {"VCloudComputeResources": […]}`.
    pub v_cloud_compute_resources: Option<
        crate::runtime::List<CloudTenantVCloudComputeResourceCreateSpecType>,
    >,
    /// XML element `<FailoverToOthersGatewaysIfFail>`; JSON `"FailoverToOthersGatewaysIfFail"`.
    pub failover_to_others_gateways_if_fail: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl std::fmt::Debug for CreateCloudTenantSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateCloudTenantSpec")
            .field("name", &self.name)
            .field("description", &self.description)
            .field("password", &"<redacted>")
            .field("enabled", &self.enabled)
            .field("lease_expiration_date", &self.lease_expiration_date)
            .field("resources", &self.resources)
            .field("compute_resources", &self.compute_resources)
            .field("backup_server_uid", &self.backup_server_uid)
            .field("throttling_enabled", &self.throttling_enabled)
            .field("throttling_speed_limit", &self.throttling_speed_limit)
            .field("throttling_speed_unit", &self.throttling_speed_unit)
            .field("public_ip_count", &self.public_ip_count)
            .field("max_concurrent_tasks", &self.max_concurrent_tasks)
            .field("backup_protection_enabled", &self.backup_protection_enabled)
            .field("backup_protection_period", &self.backup_protection_period)
            .field("tenant_type", &self.tenant_type)
            .field("cloud_gateway_pools", &self.cloud_gateway_pools)
            .field(
                "failover_to_other_gateways_if_fail",
                &self.failover_to_other_gateways_if_fail,
            )
            .field("domain", &self.domain)
            .field("organization_ref", &self.organization_ref)
            .field("v_cloud_compute_resources", &self.v_cloud_compute_resources)
            .field(
                "failover_to_others_gateways_if_fail",
                &self.failover_to_others_gateways_if_fail,
            )
            .field("unknown", &self.unknown)
            .finish()
    }
}

impl serde::Serialize for CreateCloudTenantSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("Name", &self.name)?;
        o.opt("Description", &self.description)?;
        o.opt("Password", &self.password)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("LeaseExpirationDate", &self.lease_expiration_date)?;
        o.documented("Resources", "BackupResources", &self.resources)?;
        o.documented("ComputeResources", "ComputeResources", &self.compute_resources)?;
        o.req("BackupServerUid", &self.backup_server_uid)?;
        o.opt("ThrottlingEnabled", &self.throttling_enabled)?;
        o.opt("ThrottlingSpeedLimit", &self.throttling_speed_limit)?;
        o.opt("ThrottlingSpeedUnit", &self.throttling_speed_unit)?;
        o.opt("PublicIpCount", &self.public_ip_count)?;
        o.opt("MaxConcurrentTasks", &self.max_concurrent_tasks)?;
        o.opt("BackupProtectionEnabled", &self.backup_protection_enabled)?;
        o.opt("BackupProtectionPeriod", &self.backup_protection_period)?;
        o.opt("TenantType", &self.tenant_type)?;
        o.opt("CloudGatewayPools", &self.cloud_gateway_pools)?;
        o.opt(
            "FailoverToOtherGatewaysIfFail",
            &self.failover_to_other_gateways_if_fail,
        )?;
        o.opt("Domain", &self.domain)?;
        o.opt("OrganizationRef", &self.organization_ref)?;
        o.documented(
            "VCloudComputeResources",
            "VCloudComputeResources",
            &self.v_cloud_compute_resources,
        )?;
        o.opt(
            "FailoverToOthersGatewaysIfFail",
            &self.failover_to_others_gateways_if_fail,
        )?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CreateCloudTenantSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Name", &["name"]),
            F::new("Description", &["description"]),
            F::new("Password", &["password"]),
            F::new("Enabled", &["enabled"]),
            F::new("LeaseExpirationDate", &["leaseExpirationDate"]),
            F::new("Resources", &["BackupResource", "resources"]),
            F::new("ComputeResources", &["ComputeResource", "computeResources"]),
            F::new("BackupServerUid", &["backupServerUid"]),
            F::new("ThrottlingEnabled", &["throttlingEnabled"]),
            F::new("ThrottlingSpeedLimit", &["throttlingSpeedLimit"]),
            F::new("ThrottlingSpeedUnit", &["throttlingSpeedUnit"]),
            F::new("PublicIpCount", &["PublicIPCount", "publicIpCount"]),
            F::new("MaxConcurrentTasks", &["maxConcurrentTasks"]),
            F::new("BackupProtectionEnabled", &["backupProtectionEnabled"]),
            F::new("BackupProtectionPeriod", &["backupProtectionPeriod"]),
            F::new("TenantType", &["tenantType"]),
            F::new("CloudGatewayPools", &["cloudGatewayPools"]),
            F::new("FailoverToOtherGatewaysIfFail", &["failoverToOtherGatewaysIfFail"]),
            F::new("Domain", &["domain"]),
            F::new("OrganizationRef", &["organizationRef"]),
            F::new(
                "VCloudComputeResources",
                &["VCloudComputeResource", "vCloudComputeResources"],
            ),
            F::new("FailoverToOthersGatewaysIfFail", &["failoverToOthersGatewaysIfFail"]),
        ];
        crate::runtime::json::object(deserializer, "CreateCloudTenantSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CreateCloudTenantSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = Default::default();
        let mut description = Default::default();
        let mut password = Default::default();
        let mut enabled = Default::default();
        let mut lease_expiration_date = Default::default();
        let mut resources = Default::default();
        let mut compute_resources = Default::default();
        let mut backup_server_uid = Default::default();
        let mut throttling_enabled = Default::default();
        let mut throttling_speed_limit = Default::default();
        let mut throttling_speed_unit = Default::default();
        let mut public_ip_count = Default::default();
        let mut max_concurrent_tasks = Default::default();
        let mut backup_protection_enabled = Default::default();
        let mut backup_protection_period = Default::default();
        let mut tenant_type = Default::default();
        let mut cloud_gateway_pools = Default::default();
        let mut failover_to_other_gateways_if_fail = Default::default();
        let mut domain = Default::default();
        let mut organization_ref = Default::default();
        let mut v_cloud_compute_resources = Default::default();
        let mut failover_to_others_gateways_if_fail = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => name = Some(o.lenient_req()?),
                1 => description = o.lenient()?,
                2 => password = o.value()?,
                3 => enabled = o.lenient()?,
                4 => lease_expiration_date = o.lenient()?,
                5 => resources = o.list_of("BackupResource")?,
                6 => compute_resources = o.list_of("ComputeResource")?,
                7 => backup_server_uid = Some(o.lenient_req()?),
                8 => throttling_enabled = o.lenient()?,
                9 => throttling_speed_limit = o.lenient()?,
                10 => throttling_speed_unit = o.value()?,
                11 => public_ip_count = o.lenient()?,
                12 => max_concurrent_tasks = o.lenient()?,
                13 => backup_protection_enabled = o.lenient()?,
                14 => backup_protection_period = o.lenient()?,
                15 => tenant_type = o.value()?,
                16 => cloud_gateway_pools = o.value()?,
                17 => failover_to_other_gateways_if_fail = o.lenient()?,
                18 => domain = o.value()?,
                19 => organization_ref = o.lenient()?,
                20 => v_cloud_compute_resources = o.list_of("VCloudComputeResource")?,
                21 => failover_to_others_gateways_if_fail = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            name: o.required(name, 0)?,
            description,
            password,
            enabled,
            lease_expiration_date,
            resources,
            compute_resources,
            backup_server_uid: o.required(backup_server_uid, 7)?,
            throttling_enabled,
            throttling_speed_limit,
            throttling_speed_unit,
            public_ip_count,
            max_concurrent_tasks,
            backup_protection_enabled,
            backup_protection_period,
            tenant_type,
            cloud_gateway_pools,
            failover_to_other_gateways_if_fail,
            domain,
            organization_ref,
            v_cloud_compute_resources,
            failover_to_others_gateways_if_fail,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CreateCloudTenantSpec {
    const ROOTS: &'static [&'static str] = &["CreateCloudTenantSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            description: xml::elem_text(el, "Description")?,
            password: xml::elem_text(el, "Password")?,
            enabled: xml::elem_text(el, "Enabled")?,
            lease_expiration_date: xml::elem_text(el, "LeaseExpirationDate")?,
            resources: xml::wrapped(el, "Resources", "BackupResource")?,
            compute_resources: xml::wrapped(el, "ComputeResources", "ComputeResource")?,
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupServerUid"))?,
            throttling_enabled: xml::elem_text(el, "ThrottlingEnabled")?,
            throttling_speed_limit: xml::elem_text(el, "ThrottlingSpeedLimit")?,
            throttling_speed_unit: xml::elem_text(el, "ThrottlingSpeedUnit")?,
            public_ip_count: xml::elem_text(el, "PublicIPCount")?,
            max_concurrent_tasks: xml::elem_text(el, "MaxConcurrentTasks")?,
            backup_protection_enabled: xml::elem_text(el, "BackupProtectionEnabled")?,
            backup_protection_period: xml::elem_text(el, "BackupProtectionPeriod")?,
            tenant_type: xml::elem_text(el, "TenantType")?,
            cloud_gateway_pools: xml::elem(el, "CloudGatewayPools")?,
            failover_to_other_gateways_if_fail: xml::elem_text(
                el,
                "FailoverToOtherGatewaysIfFail",
            )?,
            domain: xml::elem(el, "Domain")?,
            organization_ref: xml::elem_text(el, "OrganizationRef")?,
            v_cloud_compute_resources: xml::wrapped(
                el,
                "VCloudComputeResources",
                "VCloudComputeResource",
            )?,
            failover_to_others_gateways_if_fail: xml::elem_text(
                el,
                "FailoverToOthersGatewaysIfFail",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<crate::runtime::Secret>("Password"),
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once_text::<
                        crate::runtime::DateTime,
                    >("LeaseExpirationDate"),
                    xml::Child::once("Resources"),
                    xml::Child::once("ComputeResources"),
                    xml::Child::once_text::<crate::runtime::Uid>("BackupServerUid"),
                    xml::Child::once_text::<bool>("ThrottlingEnabled"),
                    xml::Child::once_text::<i64>("ThrottlingSpeedLimit"),
                    xml::Child::once_text::<
                        super::enums::ThrottlingSpeedUnit,
                    >("ThrottlingSpeedUnit"),
                    xml::Child::once_text::<i64>("PublicIPCount"),
                    xml::Child::once_text::<i64>("MaxConcurrentTasks"),
                    xml::Child::once_text::<bool>("BackupProtectionEnabled"),
                    xml::Child::once_text::<i64>("BackupProtectionPeriod"),
                    xml::Child::once_text::<super::enums::CloudTenantType>("TenantType"),
                    xml::Child::once("CloudGatewayPools"),
                    xml::Child::once_text::<bool>("FailoverToOtherGatewaysIfFail"),
                    xml::Child::once("Domain"),
                    xml::Child::once_text::<String>("OrganizationRef"),
                    xml::Child::once("VCloudComputeResources"),
                    xml::Child::once_text::<bool>("FailoverToOthersGatewaysIfFail"),
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
        let mut description = None;
        let mut password = None;
        let mut enabled = None;
        let mut lease_expiration_date = None;
        let mut resources = None;
        let mut compute_resources = None;
        let mut backup_server_uid = None;
        let mut throttling_enabled = None;
        let mut throttling_speed_limit = None;
        let mut throttling_speed_unit = None;
        let mut public_ip_count = None;
        let mut max_concurrent_tasks = None;
        let mut backup_protection_enabled = None;
        let mut backup_protection_period = None;
        let mut tenant_type = None;
        let mut cloud_gateway_pools = None;
        let mut failover_to_other_gateways_if_fail = None;
        let mut domain = None;
        let mut organization_ref = None;
        let mut v_cloud_compute_resources = None;
        let mut failover_to_others_gateways_if_fail = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Name"),
            xml::Tag::once("Description"),
            xml::Tag::once("Password"),
            xml::Tag::once("Enabled"),
            xml::Tag::once("LeaseExpirationDate"),
            xml::Tag::once("Resources"),
            xml::Tag::once("ComputeResources"),
            xml::Tag::once("BackupServerUid"),
            xml::Tag::once("ThrottlingEnabled"),
            xml::Tag::once("ThrottlingSpeedLimit"),
            xml::Tag::once("ThrottlingSpeedUnit"),
            xml::Tag::once("PublicIPCount"),
            xml::Tag::once("MaxConcurrentTasks"),
            xml::Tag::once("BackupProtectionEnabled"),
            xml::Tag::once("BackupProtectionPeriod"),
            xml::Tag::once("TenantType"),
            xml::Tag::once("CloudGatewayPools"),
            xml::Tag::once("FailoverToOtherGatewaysIfFail"),
            xml::Tag::once("Domain"),
            xml::Tag::once("OrganizationRef"),
            xml::Tag::once("VCloudComputeResources"),
            xml::Tag::once("FailoverToOthersGatewaysIfFail"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => name = el_.text()?,
                1 => description = el_.text()?,
                2 => password = el_.text()?,
                3 => enabled = el_.text()?,
                4 => lease_expiration_date = el_.text()?,
                5 => resources = Some(el_.wrapped("BackupResource")?),
                6 => compute_resources = Some(el_.wrapped("ComputeResource")?),
                7 => backup_server_uid = el_.text()?,
                8 => throttling_enabled = el_.text()?,
                9 => throttling_speed_limit = el_.text()?,
                10 => throttling_speed_unit = el_.text()?,
                11 => public_ip_count = el_.text()?,
                12 => max_concurrent_tasks = el_.text()?,
                13 => backup_protection_enabled = el_.text()?,
                14 => backup_protection_period = el_.text()?,
                15 => tenant_type = el_.text()?,
                16 => cloud_gateway_pools = Some(el_.elem()?),
                17 => failover_to_other_gateways_if_fail = el_.text()?,
                18 => domain = Some(el_.elem()?),
                19 => organization_ref = el_.text()?,
                20 => {
                    v_cloud_compute_resources = Some(
                        el_.wrapped("VCloudComputeResource")?,
                    );
                }
                21 => failover_to_others_gateways_if_fail = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            name: name?,
            description,
            password,
            enabled,
            lease_expiration_date,
            resources,
            compute_resources,
            backup_server_uid: backup_server_uid?,
            throttling_enabled,
            throttling_speed_limit,
            throttling_speed_unit,
            public_ip_count,
            max_concurrent_tasks,
            backup_protection_enabled,
            backup_protection_period,
            tenant_type,
            cloud_gateway_pools,
            failover_to_other_gateways_if_fail,
            domain,
            organization_ref,
            v_cloud_compute_resources,
            failover_to_others_gateways_if_fail,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CreateCloudTenantSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text("Description", &self.description);
        w.elem_text("Password", &self.password);
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("LeaseExpirationDate", &self.lease_expiration_date);
        w.wrapped("Resources", "BackupResource", self.resources.as_ref());
        w.wrapped(
            "ComputeResources",
            "ComputeResource",
            self.compute_resources.as_ref(),
        );
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
        w.elem_text("ThrottlingEnabled", &self.throttling_enabled);
        w.elem_text("ThrottlingSpeedLimit", &self.throttling_speed_limit);
        w.elem_text("ThrottlingSpeedUnit", &self.throttling_speed_unit);
        w.elem_text("PublicIPCount", &self.public_ip_count);
        w.elem_text("MaxConcurrentTasks", &self.max_concurrent_tasks);
        w.elem_text("BackupProtectionEnabled", &self.backup_protection_enabled);
        w.elem_text("BackupProtectionPeriod", &self.backup_protection_period);
        w.elem_text("TenantType", &self.tenant_type);
        w.elem("CloudGatewayPools", &self.cloud_gateway_pools);
        w.elem_text(
            "FailoverToOtherGatewaysIfFail",
            &self.failover_to_other_gateways_if_fail,
        );
        w.elem("Domain", &self.domain);
        w.elem_text("OrganizationRef", &self.organization_ref);
        w.wrapped(
            "VCloudComputeResources",
            "VCloudComputeResource",
            self.v_cloud_compute_resources.as_ref(),
        );
        w.elem_text(
            "FailoverToOthersGatewaysIfFail",
            &self.failover_to_others_gateways_if_fail,
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CreateCloudTenantSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
            &self.cloud_gateway_pools,
            &crate::runtime::unknown::join(path, "CloudGatewayPools"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.domain,
            &crate::runtime::unknown::join(path, "Domain"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.v_cloud_compute_resources,
            &crate::runtime::unknown::join(path, "VCloudComputeResources"),
            out,
        );
    }
}

/// '&lt;VlanConfigurations&gt;' of XML schema type 'VlanConfigurationEntityListType': the '&lt;VlanConfiguration&gt;' entities of a collection as repeated children; JSON '{"VlanConfigurations": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<VlanConfigurations>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VlanConfigurations {
    /// The 'VlanConfiguration' entities of the collection.
    ///
    /// repeated XML element `<VlanConfiguration>`; JSON `"VlanConfigurations": […]`.
    pub vlan_configurations: crate::runtime::List<VlanConfiguration>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VlanConfigurations {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("VlanConfigurations", &self.vlan_configurations)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VlanConfigurations {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VlanConfigurations", &["VlanConfiguration", "vlanConfigurations"]),
        ];
        crate::runtime::json::object(deserializer, "VlanConfigurations", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VlanConfigurations {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.vlan_configurations = o.vec_of("VlanConfiguration")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VlanConfigurations {
    const ROOTS: &'static [&'static str] = &["VlanConfigurations"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vlan_configurations: xml::elems(el, "VlanConfiguration")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("VlanConfiguration")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("VlanConfiguration")])?.is_some() {
            out.vlan_configurations.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VlanConfigurations {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VlanConfiguration", &self.vlan_configurations);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VlanConfigurations {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vlan_configurations,
            &crate::runtime::unknown::join(path, "VlanConfiguration"),
            out,
        );
    }
}
