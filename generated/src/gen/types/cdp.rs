// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `cdp`.

#[allow(unused_imports)]
use super::*;

/// Used by POST /cdpReplica/vApps/{ID}?action=failover, POST /cdpReplicas/{ID}/vms/{ID}?action=failover.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionfailover.html>
///
/// XML root element: `<CdpFailoverStartSpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CdpFailoverStartSpec {
    /// Defines whether Veeam Backup & Replication will fail over the vApp to their latest crush-consistent restore point. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<RestoreCurrent>`; JSON `"RestoreCurrent"`.
    pub restore_current: bool,
    /// Defines whether Veeam Backup & Replication will fail over the vApp to their latest long-term application-consistent restore points. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<RestoreCurrentVss>`; JSON `"RestoreCurrentVss"`.
    pub restore_current_vss: bool,
    /// If you specify this parameter, Veeam Backup & Replication will fail over the vApp to the most recent restore point in the interval that includes the selected date. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<RestoreAtInterval>`; JSON `"RestoreAtInterval"`.
    pub restore_at_interval: Option<crate::runtime::DateTime>,
    /// If you specify this parameter, Veeam Backup & Replication will fail over the vApp to the most recent replicated state that was created prior to the selected date. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<RestoreAtPointinTime>`; JSON `"RestoreAtPointInTime"`.
    pub restore_at_pointin_time: Option<crate::runtime::DateTime>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpFailoverStartSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("RestoreCurrent", &self.restore_current)?;
        o.req("RestoreCurrentVss", &self.restore_current_vss)?;
        o.opt("RestoreAtInterval", &self.restore_at_interval)?;
        o.opt("RestoreAtPointInTime", &self.restore_at_pointin_time)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpFailoverStartSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("RestoreCurrent", &["restoreCurrent"]),
            F::new("RestoreCurrentVss", &["restoreCurrentVss"]),
            F::new("RestoreAtInterval", &["restoreAtInterval"]),
            F::new(
                "RestoreAtPointInTime",
                &["RestoreAtPointinTime", "restoreAtPointInTime"],
            ),
        ];
        crate::runtime::json::object(deserializer, "CdpFailoverStartSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpFailoverStartSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut restore_current = Default::default();
        let mut restore_current_vss = Default::default();
        let mut restore_at_interval = Default::default();
        let mut restore_at_pointin_time = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => restore_current = Some(o.lenient_req()?),
                1 => restore_current_vss = Some(o.lenient_req()?),
                2 => restore_at_interval = o.lenient()?,
                3 => restore_at_pointin_time = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            restore_current: o.required(restore_current, 0)?,
            restore_current_vss: o.required(restore_current_vss, 1)?,
            restore_at_interval,
            restore_at_pointin_time,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CdpFailoverStartSpec {
    const ROOTS: &'static [&'static str] = &["CdpFailoverStartSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            restore_current: xml::elem_text(el, "RestoreCurrent")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("RestoreCurrent"))?,
            restore_current_vss: xml::elem_text(el, "RestoreCurrentVss")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "RestoreCurrentVss",
                ))?,
            restore_at_interval: xml::elem_text(el, "RestoreAtInterval")?,
            restore_at_pointin_time: xml::elem_text(el, "RestoreAtPointinTime")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("RestoreCurrent"),
                    xml::Child::once_text::<bool>("RestoreCurrentVss"),
                    xml::Child::once_text::<
                        crate::runtime::DateTime,
                    >("RestoreAtInterval"),
                    xml::Child::once_text::<
                        crate::runtime::DateTime,
                    >("RestoreAtPointinTime"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut restore_current = None;
        let mut restore_current_vss = None;
        let mut restore_at_interval = None;
        let mut restore_at_pointin_time = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("RestoreCurrent"),
            xml::Tag::once("RestoreCurrentVss"),
            xml::Tag::once("RestoreAtInterval"),
            xml::Tag::once("RestoreAtPointinTime"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => restore_current = el_.text()?,
                1 => restore_current_vss = el_.text()?,
                2 => restore_at_interval = el_.text()?,
                3 => restore_at_pointin_time = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            restore_current: restore_current?,
            restore_current_vss: restore_current_vss?,
            restore_at_interval,
            restore_at_pointin_time,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CdpFailoverStartSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("RestoreCurrent", &self.restore_current);
        w.elem_text_req("RestoreCurrentVss", &self.restore_current_vss);
        w.elem_text("RestoreAtInterval", &self.restore_at_interval);
        w.elem_text("RestoreAtPointinTime", &self.restore_at_pointin_time);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpFailoverStartSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// '&lt;CdpPolicies&gt;' of XML schema type 'CdpPolicyEntityListType': the '&lt;CdpPolicy&gt;' entities of a collection as repeated children; JSON '{"CdpPolicies": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CdpPolicies>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpPolicies {
    /// The 'CdpPolicy' entities of the collection.
    ///
    /// repeated XML element `<CdpPolicy>`; JSON `"CdpPolicies": […]`.
    pub cdp_policies: crate::runtime::List<CdpPolicy>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpPolicies {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CdpPolicies", &self.cdp_policies)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpPolicies {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("CdpPolicies", &["CdpPolicy", "cdpPolicies"])];
        crate::runtime::json::object(deserializer, "CdpPolicies", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpPolicies {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cdp_policies = o.vec_of("CdpPolicy")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpPolicies {
    const ROOTS: &'static [&'static str] = &["CdpPolicies"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cdp_policies: xml::elems(el, "CdpPolicy")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CdpPolicy")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CdpPolicy")])?.is_some() {
            out.cdp_policies.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpPolicies {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CdpPolicy", &self.cdp_policies);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpPolicies {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cdp_policies,
            &crate::runtime::unknown::join(path, "CdpPolicy"),
            out,
        );
    }
}

/// Used by POST /cdpReplica/vApps/{ID}?action=intervals, POST /cdpReplicas/{ID}/vms/{ID}?action=intervals.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionintervals.html>
///
/// XML root element: `<CdpReplicaIntervals>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicaIntervals {
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    pub start_date: Option<String>,
    /// XML element `<EndDate>`; JSON `"EndDate"`.
    pub end_date: Option<String>,
    /// XML element `<HasApplicationConsistentState>`; JSON `"HasApplicationConsistentState"`.
    pub has_application_consistent_state: Option<String>,
    /// XML `<Intervals><Interval/>…</Intervals>`; JSON `"Intervals": […]`.
    pub intervals: Option<crate::runtime::List<Interval>>,
    /// XML `<RestorePoints><RestorePoint/>…</RestorePoints>`; JSON `"RestorePoints": […]`.
    pub restore_points: Option<crate::runtime::List<RestorePoint>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicaIntervals {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("StartDate", &self.start_date)?;
        o.opt("EndDate", &self.end_date)?;
        o.opt("HasApplicationConsistentState", &self.has_application_consistent_state)?;
        o.opt("Intervals", &self.intervals)?;
        o.opt("RestorePoints", &self.restore_points)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicaIntervals {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("StartDate", &["startDate"]),
            F::new("EndDate", &["endDate"]),
            F::new("HasApplicationConsistentState", &["hasApplicationConsistentState"]),
            F::new("Intervals", &["Interval", "intervals"]),
            F::new("RestorePoints", &["RestorePoint", "restorePoints"]),
        ];
        crate::runtime::json::object(deserializer, "CdpReplicaIntervals", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpReplicaIntervals {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.start_date = o.lenient()?,
                1 => out.end_date = o.lenient()?,
                2 => out.has_application_consistent_state = o.lenient()?,
                3 => out.intervals = o.list_of("Interval")?,
                4 => out.restore_points = o.list_of("RestorePoint")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpReplicaIntervals {
    const ROOTS: &'static [&'static str] = &["CdpReplicaIntervals"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            start_date: xml::elem_text(el, "StartDate")?,
            end_date: xml::elem_text(el, "EndDate")?,
            has_application_consistent_state: xml::elem_text(
                el,
                "HasApplicationConsistentState",
            )?,
            intervals: xml::wrapped(el, "Intervals", "Interval")?,
            restore_points: xml::wrapped(el, "RestorePoints", "RestorePoint")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("StartDate"),
                    xml::Child::once_text::<String>("EndDate"),
                    xml::Child::once_text::<String>("HasApplicationConsistentState"),
                    xml::Child::once("Intervals"),
                    xml::Child::once("RestorePoints"),
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
            xml::Tag::once("StartDate"),
            xml::Tag::once("EndDate"),
            xml::Tag::once("HasApplicationConsistentState"),
            xml::Tag::once("Intervals"),
            xml::Tag::once("RestorePoints"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.start_date = el_.text()?,
                1 => out.end_date = el_.text()?,
                2 => out.has_application_consistent_state = el_.text()?,
                3 => out.intervals = Some(el_.wrapped("Interval")?),
                4 => out.restore_points = Some(el_.wrapped("RestorePoint")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpReplicaIntervals {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StartDate", &self.start_date);
        w.elem_text("EndDate", &self.end_date);
        w.elem_text(
            "HasApplicationConsistentState",
            &self.has_application_consistent_state,
        );
        w.wrapped("Intervals", "Interval", self.intervals.as_ref());
        w.wrapped("RestorePoints", "RestorePoint", self.restore_points.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicaIntervals {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.intervals,
            &crate::runtime::unknown::join(path, "Intervals"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.restore_points,
            &crate::runtime::unknown::join(path, "RestorePoints"),
            out,
        );
    }
}

/// '&lt;CdpReplicaSessions&gt;' of XML schema type 'CdpReplicaSessionEntityListType': the '&lt;CdpReplicaSession&gt;' entities of a collection as repeated children; JSON '{"CdpReplicaSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CdpReplicaSessions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicaSessions {
    /// The 'CdpReplicaSession' entities of the collection.
    ///
    /// repeated XML element `<CdpReplicaSession>`; JSON `"CdpReplicaSessions": […]`.
    pub cdp_replica_sessions: crate::runtime::List<CdpReplicaSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicaSessions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CdpReplicaSessions", &self.cdp_replica_sessions)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicaSessions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CdpReplicaSessions", &["CdpReplicaSession", "cdpReplicaSessions"]),
        ];
        crate::runtime::json::object(deserializer, "CdpReplicaSessions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpReplicaSessions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cdp_replica_sessions = o.vec_of("CdpReplicaSession")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpReplicaSessions {
    const ROOTS: &'static [&'static str] = &["CdpReplicaSessions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cdp_replica_sessions: xml::elems(el, "CdpReplicaSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CdpReplicaSession")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CdpReplicaSession")])?.is_some() {
            out.cdp_replica_sessions.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpReplicaSessions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CdpReplicaSession", &self.cdp_replica_sessions);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicaSessions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cdp_replica_sessions,
            &crate::runtime::unknown::join(path, "CdpReplicaSession"),
            out,
        );
    }
}

/// '&lt;CdpReplicaTaskSessions&gt;' of XML schema type 'CdpReplicaTaskSessionEntityListType': the '&lt;CdpReplicaTaskSession&gt;' entities of a collection as repeated children; JSON '{"CdpReplicaTaskSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CdpReplicaTaskSessions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicaTaskSessions {
    /// The 'CdpReplicaTaskSession' entities of the collection.
    ///
    /// repeated XML element `<CdpReplicaTaskSession>`; JSON `"CdpReplicaTaskSessions": […]`.
    pub cdp_replica_task_sessions: crate::runtime::List<CdpReplicaTaskSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicaTaskSessions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CdpReplicaTaskSessions", &self.cdp_replica_task_sessions)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicaTaskSessions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "CdpReplicaTaskSessions",
                &["CdpReplicaTaskSession", "cdpReplicaTaskSessions"],
            ),
        ];
        crate::runtime::json::object(deserializer, "CdpReplicaTaskSessions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpReplicaTaskSessions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cdp_replica_task_sessions = o.vec_of("CdpReplicaTaskSession")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpReplicaTaskSessions {
    const ROOTS: &'static [&'static str] = &["CdpReplicaTaskSessions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cdp_replica_task_sessions: xml::elems(el, "CdpReplicaTaskSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CdpReplicaTaskSession")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CdpReplicaTaskSession")])?.is_some() {
            out.cdp_replica_task_sessions.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpReplicaTaskSessions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CdpReplicaTaskSession", &self.cdp_replica_task_sessions);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicaTaskSessions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cdp_replica_task_sessions,
            &crate::runtime::unknown::join(path, "CdpReplicaTaskSession"),
            out,
        );
    }
}

/// Used by GET /cdpReplicas/{ID}/vms/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vms_id.html>
///
/// XML root element: `<CdpReplicaVm>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicaVm {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the VM included in the CDP replica, for example: virt03-ubuntu01.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the VM included in the CDP replica, for example: urn:veeam:CdpReplicaVm:6d9cb796-3c00-4fc5-bb99-3ad442e13eed.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Reference to the VM, for example: urn:VMware:Vm:d68c782f-ec0a-4bf3-b3c1-04c552b64fdf.vm-85541.
    ///
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    pub vm_ref: Option<String>,
    /// ID of the CDP replica, for example: fdab78b8-8cee-4939-b478-276dbcd25de4.
    ///
    /// XML element `<ReplicaUid>`; JSON `"ReplicaUid"`.
    pub replica_uid: Option<crate::runtime::Uid>,
    /// Name of the backup server parent to the CDP replica resource.
    ///
    /// XML element `<BackupServer>`; JSON `"BackupServer"`.
    pub backup_server: Option<String>,
    /// ID of the CDP policy that processes the VM, for example: 872a3860-3805-43b8-bcf6-388384bfed33.
    ///
    /// XML element `<PolicyUid>`; JSON `"PolicyUid"`.
    pub policy_uid: Option<crate::runtime::Uid>,
    /// Name of the CDP policy that processes the VM.
    ///
    /// XML element `<PolicyName>`; JSON `"PolicyName"`.
    pub policy_name: Option<String>,
    /// XML element `<RepositoryName>`; JSON `"RepositoryName"`.
    pub repository_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicaVm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("VmRef", &self.vm_ref)?;
        o.opt("ReplicaUid", &self.replica_uid)?;
        o.opt("BackupServer", &self.backup_server)?;
        o.opt("PolicyUid", &self.policy_uid)?;
        o.opt("PolicyName", &self.policy_name)?;
        o.opt("RepositoryName", &self.repository_name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicaVm {
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
            F::new("VmRef", &["vmRef"]),
            F::new("ReplicaUid", &["replicaUid"]),
            F::new("BackupServer", &["backupServer"]),
            F::new("PolicyUid", &["policyUid"]),
            F::new("PolicyName", &["policyName"]),
            F::new("RepositoryName", &["repositoryName"]),
        ];
        crate::runtime::json::object(deserializer, "CdpReplicaVm", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpReplicaVm {
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
                5 => out.vm_ref = o.lenient()?,
                6 => out.replica_uid = o.lenient()?,
                7 => out.backup_server = o.lenient()?,
                8 => out.policy_uid = o.lenient()?,
                9 => out.policy_name = o.lenient()?,
                10 => out.repository_name = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpReplicaVm {
    const ROOTS: &'static [&'static str] = &["CdpReplicaVm"];
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
            vm_ref: xml::elem_text(el, "VmRef")?,
            replica_uid: xml::elem_text(el, "ReplicaUid")?,
            backup_server: xml::elem_text(el, "BackupServer")?,
            policy_uid: xml::elem_text(el, "PolicyUid")?,
            policy_name: xml::elem_text(el, "PolicyName")?,
            repository_name: xml::elem_text(el, "RepositoryName")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("VmRef"),
                    xml::Child::once_text::<crate::runtime::Uid>("ReplicaUid"),
                    xml::Child::once_text::<String>("BackupServer"),
                    xml::Child::once_text::<crate::runtime::Uid>("PolicyUid"),
                    xml::Child::once_text::<String>("PolicyName"),
                    xml::Child::once_text::<String>("RepositoryName"),
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
            xml::Tag::once("VmRef"),
            xml::Tag::once("ReplicaUid"),
            xml::Tag::once("BackupServer"),
            xml::Tag::once("PolicyUid"),
            xml::Tag::once("PolicyName"),
            xml::Tag::once("RepositoryName"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.vm_ref = el_.text()?,
                2 => out.replica_uid = el_.text()?,
                3 => out.backup_server = el_.text()?,
                4 => out.policy_uid = el_.text()?,
                5 => out.policy_name = el_.text()?,
                6 => out.repository_name = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpReplicaVm {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("VmRef", &self.vm_ref);
        w.elem_text("ReplicaUid", &self.replica_uid);
        w.elem_text("BackupServer", &self.backup_server);
        w.elem_text("PolicyUid", &self.policy_uid);
        w.elem_text("PolicyName", &self.policy_name);
        w.elem_text("RepositoryName", &self.repository_name);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicaVm {
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

/// '&lt;CdpReplicaVms&gt;': the '&lt;CdpReplicaVm&gt;' entities of a collection as repeated children; JSON '{"CdpReplicaVms": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CdpReplicaVms>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicaVms {
    /// The 'CdpReplicaVm' entities of the collection.
    ///
    /// repeated XML element `<CdpReplicaVm>`; JSON `"CdpReplicaVms": […]`.
    pub cdp_replica_vms: crate::runtime::List<CdpReplicaVm>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicaVms {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CdpReplicaVms", &self.cdp_replica_vms)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicaVms {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("CdpReplicaVms", &["CdpReplicaVm", "cdpReplicaVms"]),
        ];
        crate::runtime::json::object(deserializer, "CdpReplicaVms", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpReplicaVms {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cdp_replica_vms = o.vec_of("CdpReplicaVm")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpReplicaVms {
    const ROOTS: &'static [&'static str] = &["CdpReplicaVms"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cdp_replica_vms: xml::elems(el, "CdpReplicaVm")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CdpReplicaVm")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CdpReplicaVm")])?.is_some() {
            out.cdp_replica_vms.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpReplicaVms {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CdpReplicaVm", &self.cdp_replica_vms);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicaVms {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cdp_replica_vms,
            &crate::runtime::unknown::join(path, "CdpReplicaVm"),
            out,
        );
    }
}

/// '&lt;CdpReplicas&gt;' of XML schema type 'CdpReplicaEntityListType': the '&lt;CdpReplica&gt;' entities of a collection as repeated children; JSON '{"CdpReplicas": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CdpReplicas>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicas {
    /// The 'CdpReplica' entities of the collection.
    ///
    /// repeated XML element `<CdpReplica>`; JSON `"CdpReplicas": […]`.
    pub cdp_replicas: crate::runtime::List<CdpReplica>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicas {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CdpReplicas", &self.cdp_replicas)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicas {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("CdpReplicas", &["CdpReplica", "cdpReplicas"])];
        crate::runtime::json::object(deserializer, "CdpReplicas", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpReplicas {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.cdp_replicas = o.vec_of("CdpReplica")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpReplicas {
    const ROOTS: &'static [&'static str] = &["CdpReplicas"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cdp_replicas: xml::elems(el, "CdpReplica")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CdpReplica")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CdpReplica")])?.is_some() {
            out.cdp_replicas.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpReplicas {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CdpReplica", &self.cdp_replicas);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicas {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cdp_replicas,
            &crate::runtime::unknown::join(path, "CdpReplica"),
            out,
        );
    }
}

/// The `Interval` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Interval {
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    pub start_date: Option<String>,
    /// XML element `<EndDate>`; JSON `"EndDate"`.
    pub end_date: Option<String>,
    /// XML element `<Rpo>`; JSON `"Rpo"`.
    pub rpo: Option<String>,
    /// XML element `<IntervalType>`; JSON `"IntervalType"`.
    pub interval_type: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Interval {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("StartDate", &self.start_date)?;
        o.opt("EndDate", &self.end_date)?;
        o.opt("Rpo", &self.rpo)?;
        o.opt("IntervalType", &self.interval_type)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Interval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("StartDate", &["startDate"]),
            F::new("EndDate", &["endDate"]),
            F::new("Rpo", &["rpo"]),
            F::new("IntervalType", &["intervalType"]),
        ];
        crate::runtime::json::object(deserializer, "Interval", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Interval {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.start_date = o.lenient()?,
                1 => out.end_date = o.lenient()?,
                2 => out.rpo = o.lenient()?,
                3 => out.interval_type = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Interval {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            start_date: xml::elem_text(el, "StartDate")?,
            end_date: xml::elem_text(el, "EndDate")?,
            rpo: xml::elem_text(el, "Rpo")?,
            interval_type: xml::elem_text(el, "IntervalType")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("StartDate"),
                    xml::Child::once_text::<String>("EndDate"),
                    xml::Child::once_text::<String>("Rpo"),
                    xml::Child::once_text::<String>("IntervalType"),
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
            xml::Tag::once("StartDate"),
            xml::Tag::once("EndDate"),
            xml::Tag::once("Rpo"),
            xml::Tag::once("IntervalType"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.start_date = el_.text()?,
                1 => out.end_date = el_.text()?,
                2 => out.rpo = el_.text()?,
                3 => out.interval_type = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Interval {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StartDate", &self.start_date);
        w.elem_text("EndDate", &self.end_date);
        w.elem_text("Rpo", &self.rpo);
        w.elem_text("IntervalType", &self.interval_type);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Interval {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `Items` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Items {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// XML element `<ReplicaUid>`; JSON `"ReplicaUid"`.
    pub replica_uid: Option<String>,
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    pub vm_ref: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Items {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("ReplicaUid", &self.replica_uid)?;
        o.opt("VmRef", &self.vm_ref)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Items {
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
            F::new("ReplicaUid", &["replicaUid"]),
            F::new("VmRef", &["vmRef"]),
        ];
        crate::runtime::json::object(deserializer, "Items", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Items {
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
                5 => out.replica_uid = o.lenient()?,
                6 => out.vm_ref = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Items {
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
            replica_uid: xml::elem_text(el, "ReplicaUid")?,
            vm_ref: xml::elem_text(el, "VmRef")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("ReplicaUid"),
                    xml::Child::once_text::<String>("VmRef"),
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
            xml::Tag::once("ReplicaUid"),
            xml::Tag::once("VmRef"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.replica_uid = el_.text()?,
                2 => out.vm_ref = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Items {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("ReplicaUid", &self.replica_uid);
        w.elem_text("VmRef", &self.vm_ref);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Items {
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

/// Used by POST /cdpReplica/vApps/{ID}?action=intervals.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionintervals.html>
#[derive(Debug, Clone, PartialEq)]
pub struct PostCdpReplicaVAppsIntervalsSpec {
    /// The earliest start date and time for the returning intervals. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    pub start_date: crate::runtime::DateTime,
    /// The latest end date and time for the returning intervals. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<EndDate>`; JSON `"EndDate"`.
    pub end_date: crate::runtime::DateTime,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for PostCdpReplicaVAppsIntervalsSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("StartDate", &self.start_date)?;
        o.req("EndDate", &self.end_date)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for PostCdpReplicaVAppsIntervalsSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("StartDate", &["startDate"]),
            F::new("EndDate", &["endDate"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "PostCdpReplicaVAppsIntervalsSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for PostCdpReplicaVAppsIntervalsSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut start_date = Default::default();
        let mut end_date = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => start_date = Some(o.lenient_req()?),
                1 => end_date = Some(o.lenient_req()?),
                _ => {}
            }
        }
        Ok(Self {
            start_date: o.required(start_date, 0)?,
            end_date: o.required(end_date, 1)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for PostCdpReplicaVAppsIntervalsSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            start_date: xml::elem_text(el, "StartDate")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("StartDate"))?,
            end_date: xml::elem_text(el, "EndDate")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("EndDate"))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::DateTime>("StartDate"),
                    xml::Child::once_text::<crate::runtime::DateTime>("EndDate"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut start_date = None;
        let mut end_date = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("StartDate"),
            xml::Tag::once("EndDate"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => start_date = el_.text()?,
                1 => end_date = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            start_date: start_date?,
            end_date: end_date?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for PostCdpReplicaVAppsIntervalsSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("StartDate", &self.start_date);
        w.elem_text_req("EndDate", &self.end_date);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for PostCdpReplicaVAppsIntervalsSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /cdpReplicas/{ID}/vms/{ID}?action=intervals.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavm_id_actionintervals.html>
#[derive(Debug, Clone, PartialEq)]
pub struct PostCdpReplicasVmsIntervalsSpec {
    /// The earliest start date and time for the returning intervals. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    pub start_date: crate::runtime::DateTime,
    /// The latest end date and time for the returning intervals. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<EndDate>`; JSON `"EndDate"`.
    pub end_date: crate::runtime::DateTime,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for PostCdpReplicasVmsIntervalsSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("StartDate", &self.start_date)?;
        o.req("EndDate", &self.end_date)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for PostCdpReplicasVmsIntervalsSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("StartDate", &["startDate"]),
            F::new("EndDate", &["endDate"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "PostCdpReplicasVmsIntervalsSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for PostCdpReplicasVmsIntervalsSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut start_date = Default::default();
        let mut end_date = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => start_date = Some(o.lenient_req()?),
                1 => end_date = Some(o.lenient_req()?),
                _ => {}
            }
        }
        Ok(Self {
            start_date: o.required(start_date, 0)?,
            end_date: o.required(end_date, 1)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for PostCdpReplicasVmsIntervalsSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            start_date: xml::elem_text(el, "StartDate")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("StartDate"))?,
            end_date: xml::elem_text(el, "EndDate")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("EndDate"))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::DateTime>("StartDate"),
                    xml::Child::once_text::<crate::runtime::DateTime>("EndDate"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut start_date = None;
        let mut end_date = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("StartDate"),
            xml::Tag::once("EndDate"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => start_date = el_.text()?,
                1 => end_date = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            start_date: start_date?,
            end_date: end_date?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for PostCdpReplicasVmsIntervalsSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("StartDate", &self.start_date);
        w.elem_text_req("EndDate", &self.end_date);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for PostCdpReplicasVmsIntervalsSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cdpReplica/vApps/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id.html>
///
/// XML root element: `<VAppCdpReplica>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VAppCdpReplica {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// Name of the vApp included in the CDP replica, for example: vApp-TS.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the vApp included in the CDP replica, for example: urn:veeam:VAppCdpReplica:571252ff-c227-4204-b9f8-e1f32a52496b.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Reference to the vApp, for example: urn:vCloud:Vapp:1903878c-230d-456d-80d2-4df9e319b6d7.urn:vcloud:vapp:aff5d61d-4481-4f72-a019-e0ed1bbd63a3.
    ///
    /// XML element `<vAppRef>`; JSON `"vAppRef"`.
    pub v_app_ref: Option<String>,
    /// ID of the CDP replica, for example: fdab78b8-8cee-4939-b478-276dbcd25de4.
    ///
    /// XML element `<ReplicaUid>`; JSON `"ReplicaUid"`.
    pub replica_uid: Option<crate::runtime::Uid>,
    /// Name of the backup server parent to the CDP replica resource.
    ///
    /// XML element `<BackupServer>`; JSON `"BackupServer"`.
    pub backup_server: Option<String>,
    /// ID of the CDP policy that processes the vApp, for example: 872a3860-3805-43b8-bcf6-388384bfed33.
    ///
    /// XML element `<PolicyUid>`; JSON `"PolicyUid"`.
    pub policy_uid: Option<crate::runtime::Uid>,
    /// Name of the CDP policy that processes the vApp.
    ///
    /// XML element `<PolicyName>`; JSON `"PolicyName"`.
    pub policy_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VAppCdpReplica {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("vAppRef", &self.v_app_ref)?;
        o.opt("ReplicaUid", &self.replica_uid)?;
        o.opt("BackupServer", &self.backup_server)?;
        o.opt("PolicyUid", &self.policy_uid)?;
        o.opt("PolicyName", &self.policy_name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VAppCdpReplica {
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
            F::new("vAppRef", &[]),
            F::new("ReplicaUid", &["replicaUid"]),
            F::new("BackupServer", &["backupServer"]),
            F::new("PolicyUid", &["policyUid"]),
            F::new("PolicyName", &["policyName"]),
        ];
        crate::runtime::json::object(deserializer, "VAppCdpReplica", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VAppCdpReplica {
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
                5 => out.v_app_ref = o.lenient()?,
                6 => out.replica_uid = o.lenient()?,
                7 => out.backup_server = o.lenient()?,
                8 => out.policy_uid = o.lenient()?,
                9 => out.policy_name = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VAppCdpReplica {
    const ROOTS: &'static [&'static str] = &["VAppCdpReplica"];
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
            v_app_ref: xml::elem_text(el, "vAppRef")?,
            replica_uid: xml::elem_text(el, "ReplicaUid")?,
            backup_server: xml::elem_text(el, "BackupServer")?,
            policy_uid: xml::elem_text(el, "PolicyUid")?,
            policy_name: xml::elem_text(el, "PolicyName")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("vAppRef"),
                    xml::Child::once_text::<crate::runtime::Uid>("ReplicaUid"),
                    xml::Child::once_text::<String>("BackupServer"),
                    xml::Child::once_text::<crate::runtime::Uid>("PolicyUid"),
                    xml::Child::once_text::<String>("PolicyName"),
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
            xml::Tag::once("vAppRef"),
            xml::Tag::once("ReplicaUid"),
            xml::Tag::once("BackupServer"),
            xml::Tag::once("PolicyUid"),
            xml::Tag::once("PolicyName"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.v_app_ref = el_.text()?,
                2 => out.replica_uid = el_.text()?,
                3 => out.backup_server = el_.text()?,
                4 => out.policy_uid = el_.text()?,
                5 => out.policy_name = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VAppCdpReplica {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("vAppRef", &self.v_app_ref);
        w.elem_text("ReplicaUid", &self.replica_uid);
        w.elem_text("BackupServer", &self.backup_server);
        w.elem_text("PolicyUid", &self.policy_uid);
        w.elem_text("PolicyName", &self.policy_name);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VAppCdpReplica {
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

/// Used by GET /cdpReplica/vApps/{ID}/vms/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id_vms_id.html>
///
/// XML root element: `<VAppCdpReplicaVm>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VAppCdpReplicaVm {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// Name of the VM included in the CDP replica, for example: virt03-ubuntu01.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the VM included in the CDP replica, for example: urn:veeam:VAppCdpReplicaVm:a5127596-0076-4cae-9144-ecec955b045a.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// ID of the CDP replica, for example: fdab78b8-8cee-4939-b478-276dbcd25de4.
    ///
    /// XML element `<ReplicaUid>`; JSON `"ReplicaUid"`.
    pub replica_uid: Option<crate::runtime::Uid>,
    /// Reference to the VM, for example: urn:VMware:Vm:310bf182-930c-494e-ab0d-636c5eba58b9.vm-4216.
    ///
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    pub vm_ref: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VAppCdpReplicaVm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("ReplicaUid", &self.replica_uid)?;
        o.opt("VmRef", &self.vm_ref)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VAppCdpReplicaVm {
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
            F::new("ReplicaUid", &["replicaUid"]),
            F::new("VmRef", &["vmRef"]),
        ];
        crate::runtime::json::object(deserializer, "VAppCdpReplicaVm", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VAppCdpReplicaVm {
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
                5 => out.replica_uid = o.lenient()?,
                6 => out.vm_ref = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VAppCdpReplicaVm {
    const ROOTS: &'static [&'static str] = &["VAppCdpReplicaVm"];
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
            replica_uid: xml::elem_text(el, "ReplicaUid")?,
            vm_ref: xml::elem_text(el, "VmRef")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::Uid>("ReplicaUid"),
                    xml::Child::once_text::<String>("VmRef"),
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
            xml::Tag::once("ReplicaUid"),
            xml::Tag::once("VmRef"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.replica_uid = el_.text()?,
                2 => out.vm_ref = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VAppCdpReplicaVm {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("ReplicaUid", &self.replica_uid);
        w.elem_text("VmRef", &self.vm_ref);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VAppCdpReplicaVm {
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

/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/cdpreplica_vapps_id_vms.html>
///
/// XML root element: `<VAppCdpReplicaVms>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VAppCdpReplicaVms {
    /// repeated XML element `<Items>`; JSON `"Itemses": […]`.
    pub items: crate::runtime::List<Items>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VAppCdpReplicaVms {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("Itemses", &self.items)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VAppCdpReplicaVms {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("Itemses", &["Items", "itemses"])];
        crate::runtime::json::object(deserializer, "VAppCdpReplicaVms", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VAppCdpReplicaVms {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.items = o.vec_of("Items")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VAppCdpReplicaVms {
    const ROOTS: &'static [&'static str] = &["VAppCdpReplicaVms"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            items: xml::elems(el, "Items")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("Items")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("Items")])?.is_some() {
            out.items.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VAppCdpReplicaVms {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Items", &self.items);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VAppCdpReplicaVms {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.items,
            &crate::runtime::unknown::join(path, "Items"),
            out,
        );
    }
}

/// '&lt;VAppCdpReplicas&gt;' of XML schema type 'VAppCdpReplicaEntityListType': the '&lt;VAppCdpReplica&gt;' entities of a collection as repeated children; JSON '{"VAppCdpReplicas": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<VAppCdpReplicas>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VAppCdpReplicas {
    /// The 'VAppCdpReplica' entities of the collection.
    ///
    /// repeated XML element `<VAppCdpReplica>`; JSON `"VAppCdpReplicas": […]`.
    pub v_app_cdp_replicas: crate::runtime::List<VAppCdpReplica>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VAppCdpReplicas {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("VAppCdpReplicas", &self.v_app_cdp_replicas)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VAppCdpReplicas {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VAppCdpReplicas", &["VAppCdpReplica", "vAppCdpReplicas"]),
        ];
        crate::runtime::json::object(deserializer, "VAppCdpReplicas", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VAppCdpReplicas {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.v_app_cdp_replicas = o.vec_of("VAppCdpReplica")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VAppCdpReplicas {
    const ROOTS: &'static [&'static str] = &["VAppCdpReplicas"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_app_cdp_replicas: xml::elems(el, "VAppCdpReplica")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("VAppCdpReplica")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("VAppCdpReplica")])?.is_some() {
            out.v_app_cdp_replicas.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VAppCdpReplicas {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VAppCdpReplica", &self.v_app_cdp_replicas);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VAppCdpReplicas {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_app_cdp_replicas,
            &crate::runtime::unknown::join(path, "VAppCdpReplica"),
            out,
        );
    }
}
