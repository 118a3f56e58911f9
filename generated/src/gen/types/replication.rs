// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `replication`.

#[allow(unused_imports)]
use super::*;

/// Used by POST /failoverPlans/{ID}?action=start.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_failoverplans_id_start.html>
///
/// XML root element: `<FailoverPlanManagementSpec>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FailoverPlanManagementSpec {
    /// If you specify this parameter, Veeam Backup & Replication will fail over VMs added to the failover plan to their latest restore points.
    ///
    /// XML element `<StartNow>`; JSON `"StartNow"`.
    pub start_now: Option<bool>,
    /// If you specify this parameter, Veeam Backup & Replication will fail over VMs added to the failover plan to the most recent restore points that were created prior to the selected date.
    ///
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    pub start_date: Option<crate::runtime::DateTime>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FailoverPlanManagementSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("StartNow", &self.start_now)?;
        o.opt("StartDate", &self.start_date)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FailoverPlanManagementSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("StartNow", &["startNow"]),
            F::new("StartDate", &["startDate"]),
        ];
        crate::runtime::json::object(deserializer, "FailoverPlanManagementSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FailoverPlanManagementSpec {
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

impl crate::runtime::xml::FromXml for FailoverPlanManagementSpec {
    const ROOTS: &'static [&'static str] = &["FailoverPlanManagementSpec"];
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

impl crate::runtime::xml::ToXml for FailoverPlanManagementSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StartNow", &self.start_now);
        w.elem_text("StartDate", &self.start_date);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FailoverPlanManagementSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// '&lt;FailoverPlans&gt;' of XML schema type 'FailoverPlanEntityListType': the '&lt;FailoverPlan&gt;' entities of a collection as repeated children; JSON '{"FailoverPlans": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<FailoverPlans>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FailoverPlans {
    /// The 'FailoverPlan' entities of the collection.
    ///
    /// repeated XML element `<FailoverPlan>`; JSON `"FailoverPlans": […]`.
    pub failover_plans: crate::runtime::List<FailoverPlan>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for FailoverPlans {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("FailoverPlans", &self.failover_plans)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for FailoverPlans {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("FailoverPlans", &["FailoverPlan", "failoverPlans"]),
        ];
        crate::runtime::json::object(deserializer, "FailoverPlans", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for FailoverPlans {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.failover_plans = o.vec_of("FailoverPlan")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for FailoverPlans {
    const ROOTS: &'static [&'static str] = &["FailoverPlans"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            failover_plans: xml::elems(el, "FailoverPlan")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("FailoverPlan")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("FailoverPlan")])?.is_some() {
            out.failover_plans.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for FailoverPlans {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("FailoverPlan", &self.failover_plans);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for FailoverPlans {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.failover_plans,
            &crate::runtime::unknown::join(path, "FailoverPlan"),
            out,
        );
    }
}

/// Used by POST /vmReplicaPoints/{ID}/mounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmreplicapoints_id_mountpoints.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostVmReplicaPointsMountsSpec {
    /// Specifies the guest OS:
    ///
    /// - `Linux`
    /// - `Windows`
    ///
    /// XML element `<OsKind>`; JSON `"OsKind"`.
    pub os_kind: Option<super::enums::OsKind>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for PostVmReplicaPointsMountsSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("OsKind", &self.os_kind)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for PostVmReplicaPointsMountsSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("OsKind", &["osKind"])];
        crate::runtime::json::object(
            deserializer,
            "PostVmReplicaPointsMountsSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for PostVmReplicaPointsMountsSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.os_kind = o.value()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for PostVmReplicaPointsMountsSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            os_kind: xml::elem_text(el, "OsKind")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<super::enums::OsKind>("OsKind")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("OsKind")])?.is_some() {
            out.os_kind = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for PostVmReplicaPointsMountsSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("OsKind", &self.os_kind);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for PostVmReplicaPointsMountsSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// '&lt;Replicas&gt;' of XML schema type 'ReplicaEntityListType': the '&lt;Replica&gt;' entities of a collection as repeated children; JSON '{"Replicas": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<Replicas>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Replicas {
    /// The 'Replica' entities of the collection.
    ///
    /// repeated XML element `<Replica>`; JSON `"Replicas": […]`.
    pub replicas: crate::runtime::List<Replica>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Replicas {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("Replicas", &self.replicas)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Replicas {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("Replicas", &["Replica", "replicas"])];
        crate::runtime::json::object(deserializer, "Replicas", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Replicas {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.replicas = o.vec_of("Replica")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Replicas {
    const ROOTS: &'static [&'static str] = &["Replicas"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            replicas: xml::elems(el, "Replica")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("Replica")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("Replica")])?.is_some() {
            out.replicas.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Replicas {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Replica", &self.replicas);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Replicas {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.replicas,
            &crate::runtime::unknown::join(path, "Replica"),
            out,
        );
    }
}

/// '&lt;VAppReplicaPoints&gt;' of XML schema type 'VAppReplicaPointEntityListType': the '&lt;VAppReplicaPoint&gt;' entities of a collection as repeated children; JSON '{"VAppReplicaPoints": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<VAppReplicaPoints>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VAppReplicaPoints {
    /// The 'VAppReplicaPoint' entities of the collection.
    ///
    /// repeated XML element `<VAppReplicaPoint>`; JSON `"VAppReplicaPoints": […]`.
    pub v_app_replica_points: crate::runtime::List<VAppReplicaPoint>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VAppReplicaPoints {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("VAppReplicaPoints", &self.v_app_replica_points)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VAppReplicaPoints {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VAppReplicaPoints", &["VAppReplicaPoint", "vAppReplicaPoints"]),
        ];
        crate::runtime::json::object(deserializer, "VAppReplicaPoints", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VAppReplicaPoints {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.v_app_replica_points = o.vec_of("VAppReplicaPoint")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VAppReplicaPoints {
    const ROOTS: &'static [&'static str] = &["VAppReplicaPoints"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_app_replica_points: xml::elems(el, "VAppReplicaPoint")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("VAppReplicaPoint")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("VAppReplicaPoint")])?.is_some() {
            out.v_app_replica_points.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VAppReplicaPoints {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VAppReplicaPoint", &self.v_app_replica_points);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VAppReplicaPoints {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_app_replica_points,
            &crate::runtime::unknown::join(path, "VAppReplicaPoint"),
            out,
        );
    }
}

/// Used by GET /vmReplicaPoints/{ID}/mounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmReplicaPointMount {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Collection of DirectoryEntry resources that represent VM guest OS files and folders in the VM file system hierarchy. For details, see Directory Entries.
    ///
    /// XML element `<FSRoots>`; JSON `"FSRoots"`.
    pub fs_roots: Option<DirectoryEntryListType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmReplicaPointMount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.opt("FSRoots", &self.fs_roots)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmReplicaPointMount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
            F::new("FSRoots", &["fSRoots", "fsRoots"]),
        ];
        crate::runtime::json::object(deserializer, "VmReplicaPointMount", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmReplicaPointMount {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.links = o.list_of("Link")?,
                3 => out.fs_roots = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmReplicaPointMount {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?,
            fs_roots: xml::elem(el, "FSRoots")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &[xml::Child::once("Links"), xml::Child::once("FSRoots")],
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
        const TAGS: &[xml::Tag] = &[xml::Tag::once("Links"), xml::Tag::once("FSRoots")];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.fs_roots = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmReplicaPointMount {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem("FSRoots", &self.fs_roots);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmReplicaPointMount {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.fs_roots,
            &crate::runtime::unknown::join(path, "FSRoots"),
            out,
        );
    }
}

/// Used by GET /vmReplicaPoints/{ID}/mounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints.html>
///
/// XML root element: `<VmReplicaPointMounts>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmReplicaPointMounts {
    /// repeated XML element `<VmReplicaPointMount>`; JSON `"VmReplicaPointMounts": […]`.
    pub vm_replica_point_mounts: crate::runtime::List<VmReplicaPointMount>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmReplicaPointMounts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("VmReplicaPointMounts", &self.vm_replica_point_mounts)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmReplicaPointMounts {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "VmReplicaPointMounts",
                &["VmReplicaPointMount", "vmReplicaPointMounts"],
            ),
        ];
        crate::runtime::json::object(deserializer, "VmReplicaPointMounts", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmReplicaPointMounts {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.vm_replica_point_mounts = o.vec_of("VmReplicaPointMount")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmReplicaPointMounts {
    const ROOTS: &'static [&'static str] = &["VmReplicaPointMounts"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_replica_point_mounts: xml::elems(el, "VmReplicaPointMount")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("VmReplicaPointMount")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("VmReplicaPointMount")])?.is_some() {
            out.vm_replica_point_mounts.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmReplicaPointMounts {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VmReplicaPointMount", &self.vm_replica_point_mounts);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmReplicaPointMounts {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vm_replica_point_mounts,
            &crate::runtime::unknown::join(path, "VmReplicaPointMount"),
            out,
        );
    }
}
