// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `cloud`.
#[allow(unused_imports)]
use super::*;
/// Used by GET /cloud.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud.html>
///
/// XML root element: `<CloudConnectService>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudConnectService {
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
impl crate::runtime::xml::FromXml for CloudConnectService {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type"],
                &["Links"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudConnectService {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudConnectService {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoverPlanManagementSpec {
    /// If you specify this parameter, Veeam Backup & Replication will fail over VMs added to the cloud failover plan to their latest restore points.
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
    /// If you specify this parameter, Veeam Backup & Replication will fail over VMs added to the cloud failover plan to the most recent restore points that were created prior to the selected date.
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
impl crate::runtime::xml::FromXml for CloudFailoverPlanManagementSpec {
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
impl crate::runtime::xml::ToXml for CloudFailoverPlanManagementSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StartNow", &self.start_now);
        w.elem_text("StartDate", &self.start_date);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudFailoverPlanManagementSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// '&lt;CloudFailoverPlans&gt;' of XML schema type 'CloudFailoverPlanEntityListType': the '&lt;CloudFailoverPlan&gt;' entities of a collection as repeated children; JSON '{"CloudFailoverPlans": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudFailoverPlans>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoverPlans {
    /// The 'CloudFailoverPlan' entities of the collection.
    ///
    /// repeated XML element `<CloudFailoverPlan>`; JSON `"CloudFailoverPlans": […]`.
    #[serde(
        rename = "CloudFailoverPlans",
        alias = "CloudFailoverPlan",
        alias = "cloudFailoverPlans",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cloud_failover_plan: crate::runtime::List<CloudFailoverPlan>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudFailoverPlans {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_failover_plan: xml::elems(el, "CloudFailoverPlan")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CloudFailoverPlan"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudFailoverPlans {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudFailoverPlan", &self.cloud_failover_plan);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudFailoverPlans {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_failover_plan,
            &crate::runtime::unknown::join(path, "CloudFailoverPlan"),
            out,
        );
    }
}
/// '&lt;CloudFailoverSessions&gt;' of XML schema type 'CloudFailoverSessionEntityListType': the '&lt;CloudFailoverSession&gt;' entities of a collection as repeated children; JSON '{"CloudFailoverSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudFailoverSessions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoverSessions {
    /// The 'CloudFailoverSession' entities of the collection.
    ///
    /// repeated XML element `<CloudFailoverSession>`; JSON `"CloudFailoverSessions": […]`.
    #[serde(
        rename = "CloudFailoverSessions",
        alias = "CloudFailoverSession",
        alias = "cloudFailoverSessions",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cloud_failover_session: crate::runtime::List<CloudFailoverSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudFailoverSessions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_failover_session: xml::elems(el, "CloudFailoverSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CloudFailoverSession"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudFailoverSessions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudFailoverSession", &self.cloud_failover_session);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudFailoverSessions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_failover_session,
            &crate::runtime::unknown::join(path, "CloudFailoverSession"),
            out,
        );
    }
}
/// Used by GET /cloud/cloudFailoverPlans/{ID}/includes/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id_includes_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoveredVm {
    /// Name of the VM added to the cloud failover plan, for example: DC-SRV.
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
    /// ID of the VM added to the cloud failover plan, for example: 231a6e3e-09e6-4641-9322-40898fcb966a.
    ///
    /// XML element `<FailoverPlanVMId>`; JSON `"FailoverPlanVMId"`.
    #[serde(
        rename = "FailoverPlanVMId",
        alias = "failoverPlanVMId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failover_plan_vm_id: Option<String>,
    /// Order number for processing the VM by the cloud failover plan. The processing sequence starts with 0.
    ///
    /// XML element `<Order>`; JSON `"Order"`.
    #[serde(
        rename = "Order",
        alias = "order",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub order: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudFailoveredVm {
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
                &["FailoverPlanVMId", "Order"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudFailoveredVm {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Name", &self.name);
        w.elem_text("FailoverPlanVMId", &self.failover_plan_vm_id);
        w.elem_text("Order", &self.order);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudFailoveredVm {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// '&lt;CloudFailoveredVms&gt;' of XML schema type 'CloudFailoveredVmListType': the '&lt;CloudFailoveredVm&gt;' entities of a collection as repeated children; JSON '{"CloudFailoveredVms": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudFailoveredVms>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoveredVms {
    /// The 'CloudFailoveredVm' entities of the collection.
    ///
    /// repeated XML element `<CloudFailoveredVm>`; JSON `"CloudFailoveredVms": […]`.
    #[serde(
        rename = "CloudFailoveredVms",
        alias = "CloudFailoveredVm",
        alias = "cloudFailoveredVms",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cloud_failovered_vm: crate::runtime::List<CloudFailoveredVm>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudFailoveredVms {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_failovered_vm: xml::elems(el, "CloudFailoveredVm")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CloudFailoveredVm"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudFailoveredVms {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudFailoveredVm", &self.cloud_failovered_vm);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudFailoveredVms {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_failovered_vm,
            &crate::runtime::unknown::join(path, "CloudFailoveredVm"),
            out,
        );
    }
}
/// '&lt;CloudGateways&gt;' of XML schema type 'CloudGatewayEntityListType': the '&lt;CloudGateway&gt;' entities of a collection as repeated children; JSON '{"CloudGateways": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudGateways>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudGateways {
    /// The 'CloudGateway' entities of the collection.
    ///
    /// repeated XML element `<CloudGateway>`; JSON `"CloudGateways": […]`.
    #[serde(
        rename = "CloudGateways",
        alias = "CloudGateway",
        alias = "cloudGateways",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cloud_gateway: crate::runtime::List<CloudGateway>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudGateways {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_gateway: xml::elems(el, "CloudGateway")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CloudGateway"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudGateways {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudGateway", &self.cloud_gateway);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudGateways {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_gateway,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudHardwarePlanCreateSpec {
    /// UID of the backup server on which the hardware plan must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub backup_server_uid: String,
    /// Name for the hardware plan, for example: VMware Hardware Plan.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// Description for the hardware plan.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Limit of CPU that can be used by all VM replicas of the tenant subscribed to the hardware plan. To let the replicas use all available CPU resources, set the value to -1.
    ///
    /// XML element `<ProcessorUsageLimitMhz>`; JSON `"ProcessorUsageLimitMhz"`.
    #[serde(
        rename = "ProcessorUsageLimitMhz",
        alias = "processorUsageLimitMhz",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub processor_usage_limit_mhz: i64,
    /// Limit of RAM that can be used by all VM replicas of the tenant subscribed to the hardware plan. To let the replicas use all available RAM resources, set the value to -1.
    ///
    /// XML element `<MemoryUsageLimitMb>`; JSON `"MemoryUsageLimitMb"`.
    #[serde(
        rename = "MemoryUsageLimitMb",
        alias = "memoryUsageLimitMb",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub memory_usage_limit_mb: i64,
    /// Parameters for the created hardware plan. For details on creating a VMware hardware plan, see VMware Hardware Plan Settings. For details on creating a Hyper-V hardware plan, see Hyper-V Hardware Plan Settings.
    ///
    /// XML element `<HardwarePlanDetails>`; JSON `"HardwarePlanDetails"`.
    #[serde(rename = "HardwarePlanDetails", alias = "hardwarePlanDetails")]
    pub hardware_plan_details: ViCloudHardwarePlanorHvCloudHardwarePlan,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudHardwarePlanCreateSpec {
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
                    "BackupServerUid",
                    "Name",
                    "Description",
                    "ProcessorUsageLimitMhz",
                    "MemoryUsageLimitMb",
                    "HardwarePlanDetails",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudHardwarePlanCreateSpec {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudHardwarePlans {
    /// The 'CloudHardwarePlan' entities of the collection.
    ///
    /// repeated XML element `<CloudHardwarePlan>`; JSON `"CloudHardwarePlans": […]`.
    #[serde(
        rename = "CloudHardwarePlans",
        alias = "CloudHardwarePlan",
        alias = "cloudHardwarePlans",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cloud_hardware_plan: crate::runtime::List<CloudHardwarePlan>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudHardwarePlans {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_hardware_plan: xml::elems(el, "CloudHardwarePlan")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CloudHardwarePlan"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudHardwarePlans {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudHardwarePlan", &self.cloud_hardware_plan);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudHardwarePlans {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_hardware_plan,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudPublicIpAddressCreateSpec {
    /// UID of the backup server on which the pool of public IP addresses must be configured.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub backup_server_uid: crate::runtime::Uid,
    /// The first IP address in the range of public IP addresses added to the pool.
    ///
    /// XML element `<IpAddressLowerBound>`; JSON `"IpAddressLowerBound"`.
    #[serde(
        rename = "IpAddressLowerBound",
        alias = "ipAddressLowerBound",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub ip_address_lower_bound: String,
    /// The last IP address in the range of public IP addresses added to the pool.
    ///
    /// XML element `<IpAddressUpperBound>`; JSON `"IpAddressUpperBound"`.
    #[serde(
        rename = "IpAddressUpperBound",
        alias = "ipAddressUpperBound",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub ip_address_upper_bound: String,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudPublicIpAddressCreateSpec {
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
                &["BackupServerUid", "IpAddressLowerBound", "IpAddressUpperBound"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudPublicIpAddressCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
        w.elem_text_req("IpAddressLowerBound", &self.ip_address_lower_bound);
        w.elem_text_req("IpAddressUpperBound", &self.ip_address_upper_bound);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudPublicIpAddressCreateSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// '&lt;CloudPublicIpAddresses&gt;' of XML schema type 'CloudPublicIpAddressEntityListType': the '&lt;CloudPublicIpAddress&gt;' entities of a collection as repeated children; JSON '{"CloudPublicIpAddresses": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudPublicIpAddresses>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudPublicIpAddresses {
    /// The 'CloudPublicIpAddress' entities of the collection.
    ///
    /// repeated XML element `<CloudPublicIpAddress>`; JSON `"CloudPublicIpAddresses": […]`.
    #[serde(
        rename = "CloudPublicIpAddresses",
        alias = "CloudPublicIpAddress",
        alias = "cloudPublicIpAddresses",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cloud_public_ip_address: crate::runtime::List<CloudPublicIpAddress>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudPublicIpAddresses {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_public_ip_address: xml::elems(el, "CloudPublicIpAddress")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CloudPublicIpAddress"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudPublicIpAddresses {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudPublicIpAddress", &self.cloud_public_ip_address);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudPublicIpAddresses {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudReplicas {
    /// The 'CloudReplica' entities of the collection.
    ///
    /// repeated XML element `<CloudReplica>`; JSON `"CloudReplicas": […]`.
    #[serde(
        rename = "CloudReplicas",
        alias = "CloudReplica",
        alias = "cloudReplicas",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cloud_replica: crate::runtime::List<CloudReplica>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudReplicas {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_replica: xml::elems(el, "CloudReplica")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CloudReplica"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudReplicas {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudReplica", &self.cloud_replica);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudReplicas {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_replica,
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
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudSubtenantCreateSpec {
    /// User name for the subtenant account.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// Description for the subtenant account.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Password for the subtenant account.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    #[serde(
        rename = "Password",
        alias = "password",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub password: String,
    /// Defines if the subtenant account must be in the enabled or disabled state. Possible values: • True • False
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<bool>,
    /// ID of the tenant storage quota on which the storage quota for the subtenant account must be created, for example: 11c59670-23df-448c-a4b3-74c42669633e.
    ///
    /// XML element `<TenantResourceId>`; JSON `"TenantResourceId"`.
    #[serde(
        rename = "TenantResourceId",
        alias = "tenantResourceId",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub tenant_resource_id: String,
    /// Friendly name of the storage quota assigned to the subtenant.
    ///
    /// XML element `<QuotaName>`; JSON `"QuotaName"`.
    #[serde(
        rename = "QuotaName",
        alias = "quotaName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota_name: Option<String>,
    /// Size of the storage quota assigned to the subtenant (in MB). Subtenant quota cannot be less than 1GB. Size of the subtenant quota must be defined if the False value is specified in the UnlimitedQuota element.
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    #[serde(
        rename = "QuotaMb",
        alias = "quotaMb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota_mb: Option<i64>,
    /// Defines if the storage quota assigned to the subtenant must be unlimited. Possible values: • True — the subquota is not limited. The subtenant can use all storage space available within the tenant quota. The subtenant quota limit specified in the QuotaMb element is ignored. • False — the subtenant quota is limited. Size of the subtenant quota must be defined in the QuotaMb element.
    ///
    /// XML element `<UnlimitedQuota>`; JSON `"UnlimitedQuota"`.
    #[serde(
        rename = "UnlimitedQuota",
        alias = "unlimitedQuota",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub unlimited_quota: bool,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
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
impl crate::runtime::xml::FromXml for CloudSubtenantCreateSpec {
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
                    "Name",
                    "Description",
                    "Password",
                    "Enabled",
                    "TenantResourceId",
                    "QuotaName",
                    "QuotaMb",
                    "UnlimitedQuota",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudSubtenantCreateSpec {
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
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// '&lt;CloudSubtenants&gt;': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links'); what else the server sends is not described here.
///
/// XML root element: `<CloudSubtenants>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudSubtenants {
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
impl crate::runtime::xml::FromXml for CloudSubtenants {
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
impl crate::runtime::xml::ToXml for CloudSubtenants {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudSubtenants {
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantAdDomainInfoType {
    /// Name of the Active Directory domain or domain controller.
    ///
    /// XML element `<DomainName>`; JSON `"DomainName"`.
    #[serde(
        rename = "DomainName",
        alias = "domainName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub domain_name: String,
    /// User account that will be used for LDAP connections to the domain controller.
    ///
    /// XML element `<DomainAccount>`; JSON `"DomainAccount"`.
    #[serde(
        rename = "DomainAccount",
        alias = "domainAccount",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub domain_account: String,
    /// Port number over which Veeam Backup & Replication will communicate with the domain controller.
    ///
    /// XML element `<Port>`; JSON `"Port"`.
    #[serde(
        rename = "Port",
        alias = "port",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub port: i64,
    /// XML element `<DomainAccout>`; JSON `"DomainAccout"`.
    #[serde(
        rename = "DomainAccout",
        alias = "domainAccout",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub domain_accout: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudTenantAdDomainInfoType {
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
                &["DomainName", "DomainAccount", "Port", "DomainAccout"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantAdDomainInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("DomainName", &self.domain_name);
        w.elem_text_req("DomainAccount", &self.domain_account);
        w.elem_text_req("Port", &self.port);
        w.elem_text("DomainAccout", &self.domain_accout);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudTenantAdDomainInfoType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /cloud/tenants/{ID}/computeResources.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_computeresources.html>
///
/// XML root element: `<CloudTenantComputeResourceCreateSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantComputeResourceCreateSpec {
    /// UID of the hardware plan to which the tenant account must be subscribed.
    ///
    /// XML element `<CloudHardwarePlanUid>`; JSON `"CloudHardwarePlanUid"`.
    #[serde(
        rename = "CloudHardwarePlanUid",
        alias = "cloudHardwarePlanUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub cloud_hardware_plan_uid: crate::runtime::Uid,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud host presented by the hardware plan. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    #[serde(
        rename = "WanAcceleratorUid",
        alias = "wanAcceleratorUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Platform for which the hardware plan to which the tenant account is subscribed has been created. Possible values: • VMware • HyperV
    ///
    /// XML element `<PlatformType>`; JSON `"PlatformType"`.
    #[serde(rename = "PlatformType", alias = "platformType")]
    pub platform_type: super::enums::CloudTenantComputeResourceCreateSpecPlatformType,
    /// Defines whether the network extension appliance must be deployed for the tenant account subscribed to the hardware plan. Possible values: • True • False If you set this option to True, you can pass parameters for the network extension appliance in the NetworkAppliance section of the request body. For details, see Network Extension Options.
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    #[serde(
        rename = "UseNetworkFailoverResources",
        alias = "useNetworkFailoverResources",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub use_network_failover_resources: bool,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudTenantComputeResourceCreateSpec {
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
                    "CloudHardwarePlanUid",
                    "WanAcceleratorUid",
                    "PlatformType",
                    "UseNetworkFailoverResources",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantComputeResourceCreateSpec {
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
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantComputeResourceCreateSpecType {
    /// UID of the hardware plan to which the tenant account must be subscribed.
    ///
    /// XML element `<CloudHardwarePlanUid>`; JSON `"CloudHardwarePlanUid"`.
    #[serde(
        rename = "CloudHardwarePlanUid",
        alias = "cloudHardwarePlanUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub cloud_hardware_plan_uid: crate::runtime::Uid,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud host presented by the hardware plan. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    #[serde(
        rename = "WanAcceleratorUid",
        alias = "wanAcceleratorUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Platform for which the hardware plan to which the tenant account is subscribed has been created. Possible values: • VMware • HyperV
    ///
    /// XML element `<PlatformType>`; JSON `"PlatformType"`.
    #[serde(rename = "PlatformType", alias = "platformType")]
    pub platform_type: super::enums::CloudTenantComputeResourceCreateSpecTypePlatformType,
    /// Defines whether the network extension appliance must be deployed for the tenant account subscribed to the hardware plan. Possible values: • True • False
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    #[serde(
        rename = "UseNetworkFailoverResources",
        alias = "useNetworkFailoverResources",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub use_network_failover_resources: bool,
    /// If UseNetworkFailoverResources option is set to True, you can pass parameters for the network extension appliance in the NetworkAppliance section of the request body. For details, see Network Extension Options.
    ///
    /// XML element `<NetworkAppliance>`; JSON `"NetworkAppliance"`.
    #[serde(
        rename = "NetworkAppliance",
        alias = "networkAppliance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_appliance: Option<NetworkApplianceInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudTenantComputeResourceCreateSpecType {
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
                    "CloudHardwarePlanUid",
                    "WanAcceleratorUid",
                    "PlatformType",
                    "UseNetworkFailoverResources",
                    "NetworkAppliance",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantComputeResourceCreateSpecType {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantComputeResources {
    /// The 'CloudTenantComputeResource' entities of the collection.
    ///
    /// repeated XML element `<CloudTenantComputeResource>`; JSON `"CloudTenantComputeResources": […]`.
    #[serde(
        rename = "CloudTenantComputeResources",
        alias = "CloudTenantComputeResource",
        alias = "cloudTenantComputeResources",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cloud_tenant_compute_resource: crate::runtime::List<CloudTenantComputeResource>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudTenantComputeResources {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_tenant_compute_resource: xml::elems(el, "CloudTenantComputeResource")?
                .into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CloudTenantComputeResource"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantComputeResources {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudTenantComputeResource", &self.cloud_tenant_compute_resource);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudTenantComputeResources {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_tenant_compute_resource,
            &crate::runtime::unknown::join(path, "CloudTenantComputeResource"),
            out,
        );
    }
}
/// Used by GET /cloud/tenants/{ID}/freelicenseCounters.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_freelicensecounters.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantFreeLicenseCounters {
    /// Number of VMs that were backed up by the tenant and that consumed a Rental Veeam Backup & Replication license in the past 31 days.
    ///
    /// XML element `<RentalVMBackupCount>`; JSON `"RentalVMBackupCount"`.
    #[serde(
        rename = "RentalVMBackupCount",
        alias = "rentalVMBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rental_vm_backup_count: Option<i64>,
    /// Number of workstations that were backed up by the tenant and that consumed a Rental Veeam Backup & Replication license in the past 31 days. A workstation is a machine processed with the Workstation edition of Veeam Agent.
    ///
    /// XML element `<RentalWorkstationBackupCount>`; JSON `"RentalWorkstationBackupCount"`.
    #[serde(
        rename = "RentalWorkstationBackupCount",
        alias = "rentalWorkstationBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rental_workstation_backup_count: Option<i64>,
    /// Number of servers that were backed up by the tenant and that consumed a Rental Veeam Backup & Replication license in the past 31 days. A server is a machine processed with the Server edition of Veeam Agent.
    ///
    /// XML element `<RentalServerBackupCount>`; JSON `"RentalServerBackupCount"`.
    #[serde(
        rename = "RentalServerBackupCount",
        alias = "rentalServerBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rental_server_backup_count: Option<i64>,
    /// Number of VMs that were processed by tenant backup jobs for the first time within the current calendar month.
    ///
    /// XML element `<NewVMBackupCount>`; JSON `"NewVMBackupCount"`.
    #[serde(
        rename = "NewVMBackupCount",
        alias = "newVMBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub new_vm_backup_count: Option<i64>,
    /// Number of workstations that were processed by tenant Veeam Agent backup jobs for the first time within the current calendar month. A workstation is a machine processed with the Workstation edition of Veeam Agent.
    ///
    /// XML element `<NewWorkstationBackupCount>`; JSON `"NewWorkstationBackupCount"`.
    #[serde(
        rename = "NewWorkstationBackupCount",
        alias = "newWorkstationBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub new_workstation_backup_count: Option<i64>,
    /// Number of servers that were processed by tenant Veeam Agent backup jobs for the first time within the current calendar month. A server is a machine processed with the Server edition of Veeam Agent.
    ///
    /// XML element `<NewServerBackupCount>`; JSON `"NewServerBackupCount"`.
    #[serde(
        rename = "NewServerBackupCount",
        alias = "newServerBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub new_server_backup_count: Option<i64>,
    /// Number of VMs that were processed by tenant replication jobs for the first time within the current calendar month.
    ///
    /// XML element `<NewVMReplicaCount>`; JSON `"NewVMReplicaCount"`.
    #[serde(
        rename = "NewVMReplicaCount",
        alias = "newVMReplicaCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub new_vm_replica_count: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudTenantFreeLicenseCounters {
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
                    "RentalVMBackupCount",
                    "RentalWorkstationBackupCount",
                    "RentalServerBackupCount",
                    "NewVMBackupCount",
                    "NewWorkstationBackupCount",
                    "NewServerBackupCount",
                    "NewVMReplicaCount",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantFreeLicenseCounters {
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
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// '&lt;CloudTenantResources&gt;' of XML schema type 'CloudTenantResourceListType': the '&lt;CloudTenantResource&gt;' entities of a collection as repeated children; JSON '{"CloudTenantResources": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudTenantResources>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantResources {
    /// The 'CloudTenantResource' entities of the collection.
    ///
    /// repeated XML element `<CloudTenantResource>`; JSON `"CloudTenantResources": […]`.
    #[serde(
        rename = "CloudTenantResources",
        alias = "CloudTenantResource",
        alias = "cloudTenantResources",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cloud_tenant_resource: crate::runtime::List<CloudTenantResource>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudTenantResources {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_tenant_resource: xml::elems(el, "CloudTenantResource")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CloudTenantResource"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantResources {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudTenantResource", &self.cloud_tenant_resource);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudTenantResources {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_tenant_resource,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantVCloudComputeResourceCreateSpec {
    /// Reference to the organization VDC. The reference can be constructed manually or obtained with the lookup service. For details on using the lookup, see Virtual Infrastructure Lookup.
    ///
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    #[serde(
        rename = "VirtualDataCenterRef",
        alias = "virtualDataCenterRef",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub virtual_data_center_ref: String,
    /// Defines whether the network extension appliance must be deployed for the VMware Cloud Director tenant account. Possible values: • True • False
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    #[serde(
        rename = "UseNetworkFailoverResources",
        alias = "useNetworkFailoverResources",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub use_network_failover_resources: bool,
    /// If UseNetworkFailoverResources option is set to True, you can pass parameters for the network extension appliance in the NetworkAppliance section of the request body. For details, see Network Extension Options.
    ///
    /// XML element `<NetworkAppliance>`; JSON `"NetworkAppliance"`.
    #[serde(
        rename = "NetworkAppliance",
        alias = "networkAppliance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_appliance: Option<NetworkApplianceInfoType>,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    #[serde(
        rename = "WanAcceleratorUid",
        alias = "wanAcceleratorUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudTenantVCloudComputeResourceCreateSpec {
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
                    "VirtualDataCenterRef",
                    "UseNetworkFailoverResources",
                    "NetworkAppliance",
                    "WanAcceleratorUid",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantVCloudComputeResourceCreateSpec {
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantVCloudComputeResourceCreateSpecType {
    /// Reference to the organization VDC that will provide replication resources to the created tenant account. The reference can be constructed manually or obtained with the lookup service. For details on using the lookup, see Virtual Infrastructure Lookup.
    ///
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    #[serde(
        rename = "VirtualDataCenterRef",
        alias = "virtualDataCenterRef",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub virtual_data_center_ref: String,
    /// Defines whether the network extension appliance must be deployed for the VMware Cloud Director tenant account. Possible values: • True • False
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    #[serde(
        rename = "UseNetworkFailoverResources",
        alias = "useNetworkFailoverResources",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub use_network_failover_resources: bool,
    /// If UseNetworkFailoverResources option is set to True, you can pass parameters for the network extension appliance in the NetworkAppliance section of the request body. For details, see Network Extension Options.
    ///
    /// XML element `<NetworkAppliance>`; JSON `"NetworkAppliance"`.
    #[serde(
        rename = "NetworkAppliance",
        alias = "networkAppliance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_appliance: Option<NetworkApplianceInfoType>,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    #[serde(
        rename = "WanAcceleratorUid",
        alias = "wanAcceleratorUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudTenantVCloudComputeResourceCreateSpecType {
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
                    "VirtualDataCenterRef",
                    "UseNetworkFailoverResources",
                    "NetworkAppliance",
                    "WanAcceleratorUid",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantVCloudComputeResourceCreateSpecType {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenants {
    /// repeated XML element `<CloudTenant>`; JSON `"CloudTenants": […]`.
    #[serde(
        rename = "CloudTenants",
        alias = "CloudTenant",
        alias = "cloudTenants",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cloud_tenant: crate::runtime::List<CloudTenant>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudTenants {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_tenant: xml::elems(el, "CloudTenant")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CloudTenant"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenants {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudTenant", &self.cloud_tenant);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudTenants {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_tenant,
            &crate::runtime::unknown::join(path, "CloudTenant"),
            out,
        );
    }
}
/// '&lt;CloudVmReplicaPoints&gt;' of XML schema type 'CloudVmReplicaPointEntityListType': the '&lt;CloudVmReplicaPoint&gt;' entities of a collection as repeated children; JSON '{"CloudVmReplicaPoints": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CloudVmReplicaPoints>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudVmReplicaPoints {
    /// The 'CloudVmReplicaPoint' entities of the collection.
    ///
    /// repeated XML element `<CloudVmReplicaPoint>`; JSON `"CloudVmReplicaPoints": […]`.
    #[serde(
        rename = "CloudVmReplicaPoints",
        alias = "CloudVmReplicaPoint",
        alias = "cloudVmReplicaPoints",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub cloud_vm_replica_point: crate::runtime::List<CloudVmReplicaPoint>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CloudVmReplicaPoints {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_vm_replica_point: xml::elems(el, "CloudVmReplicaPoint")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["CloudVmReplicaPoint"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CloudVmReplicaPoints {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudVmReplicaPoint", &self.cloud_vm_replica_point);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CloudVmReplicaPoints {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.cloud_vm_replica_point,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCloudGatewayPoolSpec {
    /// Name of the created cloud gateway pool.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// Description for the created cloud gateway pool.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Specifies the list of cloud gateways included in the cloud gateway pool. At least one cloud gateway must be specified to create a cloud gateway pool. For details, see Cloud Gateway Settings.
    ///
    /// XML `<CloudGateways><CloudGatewayUid/>…</CloudGateways>`; JSON `"CloudGateways": {"CloudGatewayUids": […]}`.
    #[serde(
        rename = "CloudGateways",
        alias = "CloudGatewayUid",
        alias = "cloudGateways",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_cloud_gateway_uids"
    )]
    pub cloud_gateways: Option<crate::runtime::List<String>>,
    /// Specifies the list of cloud tenants to whom the created cloud gateway pool will be assigned. This parameter is optional, because a cloud gateway pool can be assigned to no tenants. For details, see Cloud Tenant Settings.
    ///
    /// XML `<CloudTenants><CloudTenantUid/>…</CloudTenants>`; JSON `"CloudTenants": {"CloudTenantUids": […]}`.
    #[serde(
        rename = "CloudTenants",
        alias = "CloudTenantUid",
        alias = "cloudTenants",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_cloud_tenant_uids"
    )]
    pub cloud_tenants: Option<crate::runtime::List<String>>,
    /// UID of the backup server on which the cloud gateway pool must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub backup_server_uid: crate::runtime::Uid,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CreateCloudGatewayPoolSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            description: xml::elem_text(el, "Description")?,
            cloud_gateways: xml::wrapped_text(el, "CloudGateways", "CloudGatewayUid")?
                .map(Into::into),
            cloud_tenants: xml::wrapped_text(el, "CloudTenants", "CloudTenantUid")?
                .map(Into::into),
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupServerUid"))?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "Name",
                    "Description",
                    "CloudGateways",
                    "CloudTenants",
                    "BackupServerUid",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CreateCloudGatewayPoolSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text("Description", &self.description);
        w.wrapped_text(
            "CloudGateways",
            "CloudGatewayUid",
            self.cloud_gateways.as_deref(),
        );
        w.wrapped_text("CloudTenants", "CloudTenantUid", self.cloud_tenants.as_deref());
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CreateCloudGatewayPoolSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /cloud/gateways.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_gateways.html>
///
/// XML root element: `<CreateCloudGatewaySpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCloudGatewaySpec {
    /// UID or DNS name of the backup server on which the cloud gateway must be created. This parameter is supported by previous versions of Veeam Backup Enterprise Manager REST API. In current version of REST API, it is recommended that the new BackupServerUid parameter is used in the request body.
    ///
    /// XML element `<BackupServerIdOr>`; JSON `"BackupServerIdOr"`.
    #[serde(
        rename = "BackupServerIdOr",
        alias = "backupServerIdOr",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server_id_or: Option<String>,
    /// DNS name or IP address of the Microsoft Windows server to which the cloud gateway role must be assigned.
    ///
    /// XML element `<ServerHostName>`; JSON `"ServerHostName"`.
    #[serde(
        rename = "ServerHostName",
        alias = "serverHostName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub server_host_name: String,
    /// Description for the cloud gateway.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// External IP address of the NAT gateway. This parameter must be specified if the cloud gateway is located behind the NAT.
    ///
    /// XML element `<ExternalIp>`; JSON `"ExternalIp"`.
    #[serde(
        rename = "ExternalIp",
        alias = "externalIp",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub external_ip: Option<String>,
    /// TCP/IP port over which users' backup servers must communicate with the cloud gateway. By default, port number 6180 is used.
    ///
    /// XML element `<ExternalPort>`; JSON `"ExternalPort"`.
    #[serde(
        rename = "ExternalPort",
        alias = "externalPort",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub external_port: Option<i64>,
    /// Mode in which the cloud gateway must function. Possible values: • Direct (if clients have a direct connection to the cloud gateway) • NAT (if the cloud gateway is located behind the NAT)
    ///
    /// XML element `<NetworkType>`; JSON `"NetworkType"`.
    #[serde(rename = "NetworkType", alias = "networkType")]
    pub network_type: super::enums::CloudGatewayNetworking,
    /// Port on the NAT gateway used for listening to connections from users. By default, port 8080 is used. This parameter must be specified if the cloud gateway is located behind the NAT.
    ///
    /// XML element `<InternalPort>`; JSON `"InternalPort"`.
    #[serde(
        rename = "InternalPort",
        alias = "internalPort",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub internal_port: Option<i64>,
    /// UID of the backup server on which the cloud gateway must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server_uid: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CreateCloudGatewaySpec {
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
                    "BackupServerIdOr",
                    "ServerHostName",
                    "Description",
                    "ExternalIp",
                    "ExternalPort",
                    "NetworkType",
                    "InternalPort",
                    "BackupServerUid",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CreateCloudGatewaySpec {
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
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /cloud/tenants/{ID}/resources.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_resources.html>
///
/// XML root element: `<CreateCloudTenantResourceSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCloudTenantResourceSpec {
    /// Friendly name of the cloud repository.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// UID of the backup repository on which the storage quota must be created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the user (in MB). Storage quota cannot be less than 1GB.
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    #[serde(
        rename = "QuotaMb",
        alias = "quotaMb",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub quota_mb: i64,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud repository. This parameter must be specified if you want cloud tenants to communicate with the cloud repository through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    #[serde(
        rename = "WanAcceleratorUid",
        alias = "wanAcceleratorUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CreateCloudTenantResourceSpec {
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
                &["Name", "RepositoryUid", "QuotaMb", "WanAcceleratorUid"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CreateCloudTenantResourceSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text_req("RepositoryUid", &self.repository_uid);
        w.elem_text_req("QuotaMb", &self.quota_mb);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CreateCloudTenantResourceSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCloudTenantResourceSpecType {
    /// Friendly name of the cloud repository.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// UID of the backup repository on which the storage quota must be created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the user (in MB). Storage quota cannot be less than 1GB.
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    #[serde(
        rename = "QuotaMb",
        alias = "quotaMb",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub quota_mb: i64,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud repository. This parameter must be specified if you want tenants to communicate with the cloud repository through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    #[serde(
        rename = "WanAcceleratorUid",
        alias = "wanAcceleratorUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CreateCloudTenantResourceSpecType {
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
                &["Name", "RepositoryUid", "QuotaMb", "WanAcceleratorUid"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CreateCloudTenantResourceSpecType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text_req("RepositoryUid", &self.repository_uid);
        w.elem_text_req("QuotaMb", &self.quota_mb);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CreateCloudTenantResourceSpecType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
///
/// XML root element: `<CreateCloudTenantSpec>`.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCloudTenantSpec {
    /// Name for the VMware Cloud Director tenant account. The name of the tenant account must be equal to the vCD organization name.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// Description for the VMware Cloud Director tenant account.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Password for the tenant account.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    #[serde(
        rename = "Password",
        alias = "password",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub password: Option<String>,
    /// Defines if the tenant account must be in the enabled or disabled state.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<bool>,
    /// Defines the expiration date of the lease period for the tenant account.
    ///
    /// XML element `<LeaseExpirationDate>`; JSON `"LeaseExpirationDate"`.
    #[serde(
        rename = "LeaseExpirationDate",
        alias = "leaseExpirationDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub lease_expiration_date: Option<crate::runtime::DateTime>,
    /// Specifies options for backup resources that will be assigned to the tenant account. For details, see Backup Resource Options.
    ///
    /// XML `<Resources><BackupResource/>…</Resources>`; JSON `"Resources": {"BackupResources": […]}`.
    #[serde(
        rename = "Resources",
        alias = "BackupResource",
        alias = "resources",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_backup_resources"
    )]
    pub resources: Option<crate::runtime::List<CreateCloudTenantResourceSpecType>>,
    /// Specifies options for replication resources that will be assigned to the tenant account. For details, see Compute Resource Options.
    ///
    /// XML `<ComputeResources><ComputeResource/>…</ComputeResources>`; JSON `"ComputeResources": {"ComputeResources": […]}`.
    #[serde(
        rename = "ComputeResources",
        alias = "ComputeResource",
        alias = "computeResources",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_compute_resources"
    )]
    pub compute_resources: Option<
        crate::runtime::List<CloudTenantComputeResourceCreateSpecType>,
    >,
    /// UID of the backup server on which the tenant account must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub backup_server_uid: crate::runtime::Uid,
    /// Defines whether the bandwidth limit must be enabled for the tenant account.
    ///
    /// XML element `<ThrottlingEnabled>`; JSON `"ThrottlingEnabled"`.
    #[serde(
        rename = "ThrottlingEnabled",
        alias = "throttlingEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub throttling_enabled: Option<bool>,
    /// Bandwidth limit for the tenant account.
    ///
    /// XML element `<ThrottlingSpeedLimit>`; JSON `"ThrottlingSpeedLimit"`.
    #[serde(
        rename = "ThrottlingSpeedLimit",
        alias = "throttlingSpeedLimit",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub throttling_speed_limit: Option<i64>,
    /// Unit for bandwidth limit that is set for the tenant account. Possible values: • Mbps • KBps • MBps
    ///
    /// XML element `<ThrottlingSpeedUnit>`; JSON `"ThrottlingSpeedUnit"`.
    #[serde(
        rename = "ThrottlingSpeedUnit",
        alias = "throttlingSpeedUnit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub throttling_speed_unit: Option<
        super::enums::CreateCloudTenantSpecThrottlingSpeedUnit,
    >,
    /// Number of public IP addresses assigned to the tenant. Tenants can use public IP addresses to enable access to cloud VM replicas from the internet after full site failover.
    ///
    /// XML element `<PublicIPCount>`; JSON `"PublicIpCount"`.
    #[serde(
        rename = "PublicIpCount",
        alias = "PublicIPCount",
        alias = "publicIpCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub public_ip_count: Option<i64>,
    /// Maximum number of concurrent tasks for the tenant.
    ///
    /// XML element `<MaxConcurrentTasks>`; JSON `"MaxConcurrentTasks"`.
    #[serde(
        rename = "MaxConcurrentTasks",
        alias = "maxConcurrentTasks",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub max_concurrent_tasks: Option<i64>,
    /// Defines whether backups deleted by a tenant will be placed to the recycle bin on the service provider side.
    ///
    /// XML element `<BackupProtectionEnabled>`; JSON `"BackupProtectionEnabled"`.
    #[serde(
        rename = "BackupProtectionEnabled",
        alias = "backupProtectionEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_protection_enabled: Option<bool>,
    /// Number of days to keep deleted tenant backups in the recycle bin.
    ///
    /// XML element `<BackupProtectionPeriod>`; JSON `"BackupProtectionPeriod"`.
    #[serde(
        rename = "BackupProtectionPeriod",
        alias = "backupProtectionPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_protection_period: Option<i64>,
    /// Tenant account type. Possible values: • vCD • Standalone • ActiveDirectory
    ///
    /// XML element `<TenantType>`; JSON `"TenantType"`.
    #[serde(
        rename = "TenantType",
        alias = "tenantType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tenant_type: Option<super::enums::CloudTenantType>,
    /// Specifies the cloud gateway pool that will be assigned to the tenant account. For details, see Cloud Gateway Pool Options.
    ///
    /// XML element `<CloudGatewayPools>`; JSON `"CloudGatewayPools"`.
    #[serde(
        rename = "CloudGatewayPools",
        alias = "cloudGatewayPools",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_gateway_pools: Option<CloudGatewayPoolEntityListType>,
    /// Defines whether the tenant will be able to fail over to cloud gateways outside of the cloud gateway pool in case all cloud gateways in the pool assigned to the tenant become unavailable. Possible values: • True • False
    ///
    /// XML element `<FailoverToOtherGatewaysIfFail>`; JSON `"FailoverToOtherGatewaysIfFail"`.
    #[serde(
        rename = "FailoverToOtherGatewaysIfFail",
        alias = "failoverToOtherGatewaysIfFail",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failover_to_other_gateways_if_fail: Option<bool>,
    /// Specifies settings of the Active Directory domain for Active Directory tenant account. For details, see Active Directory Domain Options.
    ///
    /// XML element `<Domain>`; JSON `"Domain"`.
    #[serde(
        rename = "Domain",
        alias = "domain",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub domain: Option<CloudTenantAdDomainInfoType>,
    /// Reference to the vCD organization whose resources will be assigned to the tenant account. The reference can be constructed manually or obtained with the lookup service. For details on using the lookup, see Virtual Infrastructure Lookup.
    ///
    /// XML element `<OrganizationRef>`; JSON `"OrganizationRef"`.
    #[serde(
        rename = "OrganizationRef",
        alias = "organizationRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub organization_ref: Option<String>,
    /// Specifies options for replication resources that will be assigned to the tenant account. For details, see vCloud Compute Resource Options.
    ///
    /// XML `<VCloudComputeResources><VCloudComputeResource/>…</VCloudComputeResources>`; JSON `"VCloudComputeResources": {"VCloudComputeResources": […]}`.
    #[serde(
        rename = "VCloudComputeResources",
        alias = "VCloudComputeResource",
        alias = "vCloudComputeResources",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_v_cloud_compute_resources"
    )]
    pub v_cloud_compute_resources: Option<
        crate::runtime::List<CloudTenantVCloudComputeResourceCreateSpecType>,
    >,
    /// XML element `<FailoverToOthersGatewaysIfFail>`; JSON `"FailoverToOthersGatewaysIfFail"`.
    #[serde(
        rename = "FailoverToOthersGatewaysIfFail",
        alias = "failoverToOthersGatewaysIfFail",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failover_to_others_gateways_if_fail: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
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
impl crate::runtime::xml::FromXml for CreateCloudTenantSpec {
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
            resources: xml::wrapped(el, "Resources", "BackupResource")?.map(Into::into),
            compute_resources: xml::wrapped(el, "ComputeResources", "ComputeResource")?
                .map(Into::into),
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
                )?
                .map(Into::into),
            failover_to_others_gateways_if_fail: xml::elem_text(
                el,
                "FailoverToOthersGatewaysIfFail",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "Name",
                    "Description",
                    "Password",
                    "Enabled",
                    "LeaseExpirationDate",
                    "Resources",
                    "ComputeResources",
                    "BackupServerUid",
                    "ThrottlingEnabled",
                    "ThrottlingSpeedLimit",
                    "ThrottlingSpeedUnit",
                    "PublicIPCount",
                    "MaxConcurrentTasks",
                    "BackupProtectionEnabled",
                    "BackupProtectionPeriod",
                    "TenantType",
                    "CloudGatewayPools",
                    "FailoverToOtherGatewaysIfFail",
                    "Domain",
                    "OrganizationRef",
                    "VCloudComputeResources",
                    "FailoverToOthersGatewaysIfFail",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CreateCloudTenantSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text("Description", &self.description);
        w.elem_text("Password", &self.password);
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("LeaseExpirationDate", &self.lease_expiration_date);
        w.wrapped("Resources", "BackupResource", self.resources.as_deref());
        w.wrapped(
            "ComputeResources",
            "ComputeResource",
            self.compute_resources.as_deref(),
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
            self.v_cloud_compute_resources.as_deref(),
        );
        w.elem_text(
            "FailoverToOthersGatewaysIfFail",
            &self.failover_to_others_gateways_if_fail,
        );
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CreateCloudTenantSpec {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VlanConfigurations {
    /// The 'VlanConfiguration' entities of the collection.
    ///
    /// repeated XML element `<VlanConfiguration>`; JSON `"VlanConfigurations": […]`.
    #[serde(
        rename = "VlanConfigurations",
        alias = "VlanConfiguration",
        alias = "vlanConfigurations",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub vlan_configuration: crate::runtime::List<VlanConfiguration>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VlanConfigurations {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vlan_configuration: xml::elems(el, "VlanConfiguration")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["VlanConfiguration"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VlanConfigurations {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VlanConfiguration", &self.vlan_configuration);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VlanConfigurations {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vlan_configuration,
            &crate::runtime::unknown::join(path, "VlanConfiguration"),
            out,
        );
    }
}
