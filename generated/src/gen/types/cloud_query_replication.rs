// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `cloud`, `query`, `replication`.
#[allow(unused_imports)]
use super::*;
/// Used by GET /vmReplicaPoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id.html>
///
/// XML root element: `<VmReplicaPoint>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmReplicaPoint {
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
    /// Name of the VM replica point, for example: dc-hv@2014-08-21 11:03:38.
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
    /// UID of the VM replica point resource.
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
    /// XML attribute `VmDisplayName`; JSON `"VmDisplayName"`.
    #[serde(
        rename = "VmDisplayName",
        alias = "vmDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_display_name: Option<String>,
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
    /// Date and time when the restore point was created. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    #[serde(
        rename = "CreationTimeUTC",
        alias = "creationTimeUTC",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Name of the VM for which the restore point has been created.
    ///
    /// XML element `<VmName>`; JSON `"VmName"`.
    #[serde(
        rename = "VmName",
        alias = "vmName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_name: Option<String>,
    /// Replication method used to create the restore point. Possible values: • Full • ReversedIncremental • Incremental • SyntheticFull
    ///
    /// XML element `<Algorithm>`; JSON `"Algorithm"`.
    #[serde(
        rename = "Algorithm",
        alias = "algorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub algorithm: Option<super::enums::VmReplicaPointAlgorithm>,
    /// Type of the VM replica point. Possible values: • Full • ReverseIncrement • Increment • Snapshot
    ///
    /// XML element `<PoinType>`; JSON `"PoinType"`.
    #[serde(
        rename = "PoinType",
        alias = "poinType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub poin_type: Option<super::enums::VmReplicaPointPoinType>,
    /// XML element `<PointType>`; JSON `"PointType"`.
    #[serde(
        rename = "PointType",
        alias = "pointType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub point_type: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VmReplicaPoint {
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
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            vm_name: xml::elem_text(el, "VmName")?,
            algorithm: xml::elem_text(el, "Algorithm")?,
            poin_type: xml::elem_text(el, "PoinType")?,
            point_type: xml::elem_text(el, "PointType")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID", "VmDisplayName"],
                &[
                    "Links",
                    "CreationTimeUTC",
                    "VmName",
                    "Algorithm",
                    "PoinType",
                    "PointType",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VmReplicaPoint {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("VmName", &self.vm_name);
        w.elem_text("Algorithm", &self.algorithm);
        w.elem_text("PoinType", &self.poin_type);
        w.elem_text("PointType", &self.point_type);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VmReplicaPoint {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
