// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `backups`, `query`, `restore`.
#[allow(unused_imports)]
use super::*;
/// Used by GET /vmRestorePoints/{ID}.
///
/// XML root element: `<VmRestorePoint>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmRestorePoint {
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
    /// Name of the VM backup restore point, for example: sql01-hv@2013-08-24 05:03:25.
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
    /// UID of the VM backup point resource.
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
    /// Date and time when the restore point was created. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
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
    /// Backup method used to create the restore point. Possible values: • Full • ReversedIncremental • Incremental • SyntheticFull
    ///
    /// XML element `<Algorithm>`; JSON `"Algorithm"`.
    #[serde(
        rename = "Algorithm",
        alias = "algorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub algorithm: Option<super::enums::VmRestorePointAlgorithm>,
    /// Type of the VM backup restore point. Possible values: • Full • Increment • ReverseIncrement
    ///
    /// XML element `<PointType>`; JSON `"PointType"`.
    #[serde(
        rename = "PointType",
        alias = "pointType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub point_type: Option<super::enums::VmRestorePointPointType>,
    /// Reference to the VM.
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VmRestorePoint {
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
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            vm_name: xml::elem_text(el, "VmName")?,
            algorithm: xml::elem_text(el, "Algorithm")?,
            point_type: xml::elem_text(el, "PointType")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    "Links",
                    "CreationTimeUTC",
                    "VmName",
                    "Algorithm",
                    "PointType",
                    "HierarchyObjRef",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VmRestorePoint {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("VmName", &self.vm_name);
        w.elem_text("Algorithm", &self.algorithm);
        w.elem_text("PointType", &self.point_type);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VmRestorePoint {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
