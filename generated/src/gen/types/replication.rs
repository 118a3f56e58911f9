// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `replication`.
#[allow(unused_imports)]
use super::*;
/// Used by POST /failoverPlans/{ID}?action=start.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_failoverplans_id_start.html>
///
/// XML root element: `<FailoverPlanManagementSpec>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FailoverPlanManagementSpec {
    /// If you specify this parameter, Veeam Backup & Replication will fail over VMs added to the failover plan to their latest restore points.
    ///
    /// XML element `<StartNow>`; JSON `"StartNow"`.
    #[serde(
        rename = "StartNow",
        alias = "startNow",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub start_now: Option<bool>,
    /// If you specify this parameter, Veeam Backup & Replication will fail over VMs added to the failover plan to the most recent restore points that were created prior to the selected date.
    ///
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    #[serde(
        rename = "StartDate",
        alias = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub start_date: Option<crate::runtime::DateTime>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for FailoverPlanManagementSpec {
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
                &["StartNow", "StartDate"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for FailoverPlanManagementSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StartNow", &self.start_now);
        w.elem_text("StartDate", &self.start_date);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for FailoverPlanManagementSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// '&lt;FailoverPlans&gt;' of XML schema type 'FailoverPlanEntityListType': the '&lt;FailoverPlan&gt;' entities of a collection as repeated children; JSON '{"FailoverPlans": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<FailoverPlans>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FailoverPlans {
    /// The 'FailoverPlan' entities of the collection.
    ///
    /// repeated XML element `<FailoverPlan>`; JSON `"FailoverPlans": […]`.
    #[serde(
        rename = "FailoverPlans",
        alias = "FailoverPlan",
        alias = "failoverPlans",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub failover_plan: crate::runtime::List<FailoverPlan>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for FailoverPlans {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            failover_plan: xml::elems(el, "FailoverPlan")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["FailoverPlan"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for FailoverPlans {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("FailoverPlan", &self.failover_plan);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for FailoverPlans {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.failover_plan,
            &crate::runtime::unknown::join(path, "FailoverPlan"),
            out,
        );
    }
}
/// Used by POST /vmReplicaPoints/{ID}/mounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmreplicapoints_id_mountpoints.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostVmReplicaPointsMountsSpec {
    /// Specifies the guest OS: • Linux • Windows
    ///
    /// XML element `<OsKind>`; JSON `"OsKind"`.
    #[serde(
        rename = "OsKind",
        alias = "osKind",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub os_kind: Option<super::enums::PostVmReplicaPointsMountsSpecOsKind>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for PostVmReplicaPointsMountsSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            os_kind: xml::elem_text(el, "OsKind")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["OsKind"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for PostVmReplicaPointsMountsSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("OsKind", &self.os_kind);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for PostVmReplicaPointsMountsSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// '&lt;Replicas&gt;' of XML schema type 'ReplicaEntityListType': the '&lt;Replica&gt;' entities of a collection as repeated children; JSON '{"Replicas": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<Replicas>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Replicas {
    /// The 'Replica' entities of the collection.
    ///
    /// repeated XML element `<Replica>`; JSON `"Replicas": […]`.
    #[serde(
        rename = "Replicas",
        alias = "Replica",
        alias = "replicas",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub replica: crate::runtime::List<Replica>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for Replicas {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            replica: xml::elems(el, "Replica")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["Replica"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for Replicas {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Replica", &self.replica);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for Replicas {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.replica,
            &crate::runtime::unknown::join(path, "Replica"),
            out,
        );
    }
}
/// '&lt;VAppReplicaPoints&gt;' of XML schema type 'VAppReplicaPointEntityListType': the '&lt;VAppReplicaPoint&gt;' entities of a collection as repeated children; JSON '{"VAppReplicaPoints": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<VAppReplicaPoints>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VAppReplicaPoints {
    /// The 'VAppReplicaPoint' entities of the collection.
    ///
    /// repeated XML element `<VAppReplicaPoint>`; JSON `"VAppReplicaPoints": […]`.
    #[serde(
        rename = "VAppReplicaPoints",
        alias = "VAppReplicaPoint",
        alias = "vAppReplicaPoints",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub v_app_replica_point: crate::runtime::List<VAppReplicaPoint>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VAppReplicaPoints {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_app_replica_point: xml::elems(el, "VAppReplicaPoint")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["VAppReplicaPoint"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VAppReplicaPoints {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VAppReplicaPoint", &self.v_app_replica_point);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VAppReplicaPoints {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_app_replica_point,
            &crate::runtime::unknown::join(path, "VAppReplicaPoint"),
            out,
        );
    }
}
/// Used by GET /vmReplicaPoints/{ID}/mounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmReplicaPointMount {
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
    /// Collection of DirectoryEntry resources that represent VM guest OS files and folders in the VM file system hierarchy. For details, see Directory Entries.
    ///
    /// XML element `<FSRoots>`; JSON `"FSRoots"`.
    #[serde(
        rename = "FSRoots",
        alias = "fSRoots",
        alias = "fsRoots",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fs_roots: Option<DirectoryEntryListType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VmReplicaPointMount {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            fs_roots: xml::elem(el, "FSRoots")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &["Links", "FSRoots"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VmReplicaPointMount {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem("FSRoots", &self.fs_roots);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VmReplicaPointMount {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmReplicaPointMounts {
    /// repeated XML element `<VmReplicaPointMount>`; JSON `"VmReplicaPointMounts": […]`.
    #[serde(
        rename = "VmReplicaPointMounts",
        alias = "VmReplicaPointMount",
        alias = "vmReplicaPointMounts",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub vm_replica_point_mount: crate::runtime::List<VmReplicaPointMount>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VmReplicaPointMounts {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_replica_point_mount: xml::elems(el, "VmReplicaPointMount")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["VmReplicaPointMount"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VmReplicaPointMounts {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VmReplicaPointMount", &self.vm_replica_point_mount);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VmReplicaPointMounts {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vm_replica_point_mount,
            &crate::runtime::unknown::join(path, "VmReplicaPointMount"),
            out,
        );
    }
}
