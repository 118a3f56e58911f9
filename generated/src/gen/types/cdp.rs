// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `cdp`.
#[allow(unused_imports)]
use super::*;
/// Used by POST /cdpReplica/vApps/{ID}?action=failover, POST /cdpReplicas/{ID}/vms/{ID}?action=failover.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionfailover.html>
///
/// XML root element: `<CdpFailoverStartSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CdpFailoverStartSpec {
    /// Defines whether Veeam Backup & Replication will fail over the vApp to their latest crush-consistent restore point. Possible values: • True • False
    ///
    /// XML element `<RestoreCurrent>`; JSON `"RestoreCurrent"`.
    #[serde(
        rename = "RestoreCurrent",
        alias = "restoreCurrent",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub restore_current: bool,
    /// Defines whether Veeam Backup & Replication will fail over the vApp to their latest long-term application-consistent restore points. Possible values: • True • False
    ///
    /// XML element `<RestoreCurrentVss>`; JSON `"RestoreCurrentVss"`.
    #[serde(
        rename = "RestoreCurrentVss",
        alias = "restoreCurrentVss",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub restore_current_vss: bool,
    /// If you specify this parameter, Veeam Backup & Replication will fail over the vApp to the most recent restore point in the interval that includes the selected date. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<RestoreAtInterval>`; JSON `"RestoreAtInterval"`.
    #[serde(
        rename = "RestoreAtInterval",
        alias = "restoreAtInterval",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub restore_at_interval: Option<crate::runtime::DateTime>,
    /// If you specify this parameter, Veeam Backup & Replication will fail over the vApp to the most recent replicated state that was created prior to the selected date. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<RestoreAtPointinTime>`; JSON `"RestoreAtPointInTime"`.
    #[serde(
        rename = "RestoreAtPointInTime",
        alias = "RestoreAtPointinTime",
        alias = "restoreAtPointInTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub restore_at_pointin_time: Option<crate::runtime::DateTime>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CdpFailoverStartSpec {
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
                    "RestoreCurrent",
                    "RestoreCurrentVss",
                    "RestoreAtInterval",
                    "RestoreAtPointinTime",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CdpFailoverStartSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("RestoreCurrent", &self.restore_current);
        w.elem_text_req("RestoreCurrentVss", &self.restore_current_vss);
        w.elem_text("RestoreAtInterval", &self.restore_at_interval);
        w.elem_text("RestoreAtPointinTime", &self.restore_at_pointin_time);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CdpFailoverStartSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// '&lt;CdpPolicies&gt;' of XML schema type 'CdpPolicyEntityListType': the '&lt;CdpPolicy&gt;' entities of a collection as repeated children; JSON '{"CdpPolicies": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CdpPolicies>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpPolicies {
    /// The 'CdpPolicy' entities of the collection.
    ///
    /// repeated XML element `<CdpPolicy>`; JSON `"CdpPolicies": […]`.
    #[serde(
        rename = "CdpPolicies",
        alias = "CdpPolicy",
        alias = "cdpPolicies",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cdp_policy: crate::runtime::List<CdpPolicy>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CdpPolicies {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cdp_policy: xml::elems(el, "CdpPolicy")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CdpPolicy"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CdpPolicies {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CdpPolicy", &self.cdp_policy);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CdpPolicies {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cdp_policy,
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicaIntervals {
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    #[serde(
        rename = "StartDate",
        alias = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub start_date: Option<String>,
    /// XML element `<EndDate>`; JSON `"EndDate"`.
    #[serde(
        rename = "EndDate",
        alias = "endDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub end_date: Option<String>,
    /// XML element `<HasApplicationConsistentState>`; JSON `"HasApplicationConsistentState"`.
    #[serde(
        rename = "HasApplicationConsistentState",
        alias = "hasApplicationConsistentState",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub has_application_consistent_state: Option<String>,
    /// XML `<Intervals><Interval/>…</Intervals>`; JSON `"Intervals": […]`.
    #[serde(
        rename = "Intervals",
        alias = "Interval",
        alias = "intervals",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub intervals: Option<crate::runtime::List<Interval>>,
    /// XML `<RestorePoints><RestorePoint/>…</RestorePoints>`; JSON `"RestorePoints": […]`.
    #[serde(
        rename = "RestorePoints",
        alias = "RestorePoint",
        alias = "restorePoints",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub restore_points: Option<crate::runtime::List<RestorePoint>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CdpReplicaIntervals {
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
            intervals: xml::wrapped(el, "Intervals", "Interval")?.map(Into::into),
            restore_points: xml::wrapped(el, "RestorePoints", "RestorePoint")?
                .map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "StartDate",
                    "EndDate",
                    "HasApplicationConsistentState",
                    "Intervals",
                    "RestorePoints",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaIntervals {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StartDate", &self.start_date);
        w.elem_text("EndDate", &self.end_date);
        w.elem_text(
            "HasApplicationConsistentState",
            &self.has_application_consistent_state,
        );
        w.wrapped("Intervals", "Interval", self.intervals.as_deref());
        w.wrapped("RestorePoints", "RestorePoint", self.restore_points.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CdpReplicaIntervals {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicaSessions {
    /// The 'CdpReplicaSession' entities of the collection.
    ///
    /// repeated XML element `<CdpReplicaSession>`; JSON `"CdpReplicaSessions": […]`.
    #[serde(
        rename = "CdpReplicaSessions",
        alias = "CdpReplicaSession",
        alias = "cdpReplicaSessions",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cdp_replica_session: crate::runtime::List<CdpReplicaSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CdpReplicaSessions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cdp_replica_session: xml::elems(el, "CdpReplicaSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CdpReplicaSession"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaSessions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CdpReplicaSession", &self.cdp_replica_session);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CdpReplicaSessions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cdp_replica_session,
            &crate::runtime::unknown::join(path, "CdpReplicaSession"),
            out,
        );
    }
}
/// '&lt;CdpReplicaTaskSessions&gt;' of XML schema type 'CdpReplicaTaskSessionEntityListType': the '&lt;CdpReplicaTaskSession&gt;' entities of a collection as repeated children; JSON '{"CdpReplicaTaskSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CdpReplicaTaskSessions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicaTaskSessions {
    /// The 'CdpReplicaTaskSession' entities of the collection.
    ///
    /// repeated XML element `<CdpReplicaTaskSession>`; JSON `"CdpReplicaTaskSessions": […]`.
    #[serde(
        rename = "CdpReplicaTaskSessions",
        alias = "CdpReplicaTaskSession",
        alias = "cdpReplicaTaskSessions",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cdp_replica_task_session: crate::runtime::List<CdpReplicaTaskSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CdpReplicaTaskSessions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cdp_replica_task_session: xml::elems(el, "CdpReplicaTaskSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CdpReplicaTaskSession"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaTaskSessions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CdpReplicaTaskSession", &self.cdp_replica_task_session);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CdpReplicaTaskSessions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cdp_replica_task_session,
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicaVm {
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
    /// Name of the VM included in the CDP replica, for example: virt03-ubuntu01.
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
    /// UID of the VM included in the CDP replica, for example: urn:veeam:CdpReplicaVm:6d9cb796-3c00-4fc5-bb99-3ad442e13eed.
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
    /// Reference to the VM, for example: urn:VMware:Vm:d68c782f-ec0a-4bf3-b3c1-04c552b64fdf.vm-85541.
    ///
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    #[serde(
        rename = "VmRef",
        alias = "vmRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_ref: Option<String>,
    /// ID of the CDP replica, for example: fdab78b8-8cee-4939-b478-276dbcd25de4.
    ///
    /// XML element `<ReplicaUid>`; JSON `"ReplicaUid"`.
    #[serde(
        rename = "ReplicaUid",
        alias = "replicaUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub replica_uid: Option<crate::runtime::Uid>,
    /// Name of the backup server parent to the CDP replica resource.
    ///
    /// XML element `<BackupServer>`; JSON `"BackupServer"`.
    #[serde(
        rename = "BackupServer",
        alias = "backupServer",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server: Option<String>,
    /// ID of the CDP policy that processes the VM, for example: 872a3860-3805-43b8-bcf6-388384bfed33.
    ///
    /// XML element `<PolicyUid>`; JSON `"PolicyUid"`.
    #[serde(
        rename = "PolicyUid",
        alias = "policyUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_uid: Option<crate::runtime::Uid>,
    /// Name of the CDP policy that processes the VM.
    ///
    /// XML element `<PolicyName>`; JSON `"PolicyName"`.
    #[serde(
        rename = "PolicyName",
        alias = "policyName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_name: Option<String>,
    /// XML element `<RepositoryName>`; JSON `"RepositoryName"`.
    #[serde(
        rename = "RepositoryName",
        alias = "repositoryName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub repository_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CdpReplicaVm {
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
                    "Links",
                    "VmRef",
                    "ReplicaUid",
                    "BackupServer",
                    "PolicyUid",
                    "PolicyName",
                    "RepositoryName",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaVm {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicaVms {
    /// The 'CdpReplicaVm' entities of the collection.
    ///
    /// repeated XML element `<CdpReplicaVm>`; JSON `"CdpReplicaVms": […]`.
    #[serde(
        rename = "CdpReplicaVms",
        alias = "CdpReplicaVm",
        alias = "cdpReplicaVms",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cdp_replica_vm: crate::runtime::List<CdpReplicaVm>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CdpReplicaVms {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cdp_replica_vm: xml::elems(el, "CdpReplicaVm")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CdpReplicaVm"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaVms {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CdpReplicaVm", &self.cdp_replica_vm);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CdpReplicaVms {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cdp_replica_vm,
            &crate::runtime::unknown::join(path, "CdpReplicaVm"),
            out,
        );
    }
}
/// '&lt;CdpReplicas&gt;' of XML schema type 'CdpReplicaEntityListType': the '&lt;CdpReplica&gt;' entities of a collection as repeated children; JSON '{"CdpReplicas": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CdpReplicas>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicas {
    /// The 'CdpReplica' entities of the collection.
    ///
    /// repeated XML element `<CdpReplica>`; JSON `"CdpReplicas": […]`.
    #[serde(
        rename = "CdpReplicas",
        alias = "CdpReplica",
        alias = "cdpReplicas",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cdp_replica: crate::runtime::List<CdpReplica>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CdpReplicas {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cdp_replica: xml::elems(el, "CdpReplica")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CdpReplica"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicas {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CdpReplica", &self.cdp_replica);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CdpReplicas {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cdp_replica,
            &crate::runtime::unknown::join(path, "CdpReplica"),
            out,
        );
    }
}
/// The `Interval` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Interval {
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    #[serde(
        rename = "StartDate",
        alias = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub start_date: Option<String>,
    /// XML element `<EndDate>`; JSON `"EndDate"`.
    #[serde(
        rename = "EndDate",
        alias = "endDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub end_date: Option<String>,
    /// XML element `<Rpo>`; JSON `"Rpo"`.
    #[serde(
        rename = "Rpo",
        alias = "rpo",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rpo: Option<String>,
    /// XML element `<IntervalType>`; JSON `"IntervalType"`.
    #[serde(
        rename = "IntervalType",
        alias = "intervalType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub interval_type: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for Interval {
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
                &["StartDate", "EndDate", "Rpo", "IntervalType"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for Interval {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StartDate", &self.start_date);
        w.elem_text("EndDate", &self.end_date);
        w.elem_text("Rpo", &self.rpo);
        w.elem_text("IntervalType", &self.interval_type);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for Interval {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// The `Items` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Items {
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
    /// XML attribute `Name`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
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
    /// XML element `<ReplicaUid>`; JSON `"ReplicaUid"`.
    #[serde(
        rename = "ReplicaUid",
        alias = "replicaUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub replica_uid: Option<String>,
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    #[serde(
        rename = "VmRef",
        alias = "vmRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_ref: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for Items {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            replica_uid: xml::elem_text(el, "ReplicaUid")?,
            vm_ref: xml::elem_text(el, "VmRef")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &["Links", "ReplicaUid", "VmRef"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for Items {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("ReplicaUid", &self.replica_uid);
        w.elem_text("VmRef", &self.vm_ref);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for Items {
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostCdpReplicaVAppsIntervalsSpec {
    /// The earliest start date and time for the returning intervals. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    #[serde(
        rename = "StartDate",
        alias = "startDate",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub start_date: crate::runtime::DateTime,
    /// The latest end date and time for the returning intervals. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<EndDate>`; JSON `"EndDate"`.
    #[serde(
        rename = "EndDate",
        alias = "endDate",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub end_date: crate::runtime::DateTime,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for PostCdpReplicaVAppsIntervalsSpec {
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
                &["StartDate", "EndDate"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for PostCdpReplicaVAppsIntervalsSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("StartDate", &self.start_date);
        w.elem_text_req("EndDate", &self.end_date);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for PostCdpReplicaVAppsIntervalsSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /cdpReplicas/{ID}/vms/{ID}?action=intervals.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavm_id_actionintervals.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostCdpReplicasVmsIntervalsSpec {
    /// The earliest start date and time for the returning intervals. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    #[serde(
        rename = "StartDate",
        alias = "startDate",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub start_date: crate::runtime::DateTime,
    /// The latest end date and time for the returning intervals. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<EndDate>`; JSON `"EndDate"`.
    #[serde(
        rename = "EndDate",
        alias = "endDate",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub end_date: crate::runtime::DateTime,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for PostCdpReplicasVmsIntervalsSpec {
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
                &["StartDate", "EndDate"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for PostCdpReplicasVmsIntervalsSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("StartDate", &self.start_date);
        w.elem_text_req("EndDate", &self.end_date);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for PostCdpReplicasVmsIntervalsSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /cdpReplica/vApps/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id.html>
///
/// XML root element: `<VAppCdpReplica>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VAppCdpReplica {
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
    /// Name of the vApp included in the CDP replica, for example: vApp-TS.
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
    /// UID of the vApp included in the CDP replica, for example: urn:veeam:VAppCdpReplica:571252ff-c227-4204-b9f8-e1f32a52496b.
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
    /// Reference to the vApp, for example: urn:vCloud:Vapp:1903878c-230d-456d-80d2-4df9e319b6d7.urn:vcloud:vapp:aff5d61d-4481-4f72-a019-e0ed1bbd63a3.
    ///
    /// XML element `<vAppRef>`; JSON `"vAppRef"`.
    #[serde(
        rename = "vAppRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub v_app_ref: Option<String>,
    /// ID of the CDP replica, for example: fdab78b8-8cee-4939-b478-276dbcd25de4.
    ///
    /// XML element `<ReplicaUid>`; JSON `"ReplicaUid"`.
    #[serde(
        rename = "ReplicaUid",
        alias = "replicaUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub replica_uid: Option<crate::runtime::Uid>,
    /// Name of the backup server parent to the CDP replica resource.
    ///
    /// XML element `<BackupServer>`; JSON `"BackupServer"`.
    #[serde(
        rename = "BackupServer",
        alias = "backupServer",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server: Option<String>,
    /// ID of the CDP policy that processes the vApp, for example: 872a3860-3805-43b8-bcf6-388384bfed33.
    ///
    /// XML element `<PolicyUid>`; JSON `"PolicyUid"`.
    #[serde(
        rename = "PolicyUid",
        alias = "policyUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_uid: Option<crate::runtime::Uid>,
    /// Name of the CDP policy that processes the vApp.
    ///
    /// XML element `<PolicyName>`; JSON `"PolicyName"`.
    #[serde(
        rename = "PolicyName",
        alias = "policyName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VAppCdpReplica {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            v_app_ref: xml::elem_text(el, "vAppRef")?,
            replica_uid: xml::elem_text(el, "ReplicaUid")?,
            backup_server: xml::elem_text(el, "BackupServer")?,
            policy_uid: xml::elem_text(el, "PolicyUid")?,
            policy_name: xml::elem_text(el, "PolicyName")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    "Links",
                    "vAppRef",
                    "ReplicaUid",
                    "BackupServer",
                    "PolicyUid",
                    "PolicyName",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VAppCdpReplica {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("vAppRef", &self.v_app_ref);
        w.elem_text("ReplicaUid", &self.replica_uid);
        w.elem_text("BackupServer", &self.backup_server);
        w.elem_text("PolicyUid", &self.policy_uid);
        w.elem_text("PolicyName", &self.policy_name);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VAppCdpReplica {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VAppCdpReplicaVm {
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
    /// Name of the VM included in the CDP replica, for example: virt03-ubuntu01.
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
    /// UID of the VM included in the CDP replica, for example: urn:veeam:VAppCdpReplicaVm:a5127596-0076-4cae-9144-ecec955b045a.
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
    /// ID of the CDP replica, for example: fdab78b8-8cee-4939-b478-276dbcd25de4.
    ///
    /// XML element `<ReplicaUid>`; JSON `"ReplicaUid"`.
    #[serde(
        rename = "ReplicaUid",
        alias = "replicaUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub replica_uid: Option<crate::runtime::Uid>,
    /// Reference to the VM, for example: urn:VMware:Vm:310bf182-930c-494e-ab0d-636c5eba58b9.vm-4216.
    ///
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    #[serde(
        rename = "VmRef",
        alias = "vmRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_ref: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VAppCdpReplicaVm {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            replica_uid: xml::elem_text(el, "ReplicaUid")?,
            vm_ref: xml::elem_text(el, "VmRef")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &["Links", "ReplicaUid", "VmRef"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VAppCdpReplicaVm {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("ReplicaUid", &self.replica_uid);
        w.elem_text("VmRef", &self.vm_ref);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VAppCdpReplicaVm {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VAppCdpReplicaVms {
    /// repeated XML element `<Items>`; JSON `"Itemses": […]`.
    #[serde(
        rename = "Itemses",
        alias = "Items",
        alias = "itemses",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub items: crate::runtime::List<Items>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VAppCdpReplicaVms {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            items: xml::elems(el, "Items")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["Items"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VAppCdpReplicaVms {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Items", &self.items);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VAppCdpReplicaVms {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VAppCdpReplicas {
    /// The 'VAppCdpReplica' entities of the collection.
    ///
    /// repeated XML element `<VAppCdpReplica>`; JSON `"VAppCdpReplicas": […]`.
    #[serde(
        rename = "VAppCdpReplicas",
        alias = "VAppCdpReplica",
        alias = "vAppCdpReplicas",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub v_app_cdp_replica: crate::runtime::List<VAppCdpReplica>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VAppCdpReplicas {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_app_cdp_replica: xml::elems(el, "VAppCdpReplica")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["VAppCdpReplica"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VAppCdpReplicas {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VAppCdpReplica", &self.v_app_cdp_replica);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VAppCdpReplicas {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_app_cdp_replica,
            &crate::runtime::unknown::join(path, "VAppCdpReplica"),
            out,
        );
    }
}
