// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `cdp`, `jobs`, `query`.
#[allow(unused_imports)]
use super::*;
/// Used by GET /cdpPolicies/{ID}/includes/{ID}, GET /jobs/{ID}/includes/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id_includes_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ObjectInJob {
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
    /// ID of the VM or VM container processed by the CDP policy, for example: e310aa12-eff2-41f4-97c8-631b677fc17f.
    ///
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    #[serde(
        rename = "ObjectInJobId",
        alias = "objectInJobId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_in_job_id: Option<String>,
    /// Reference to the VM or VM container added to the CDP policy, for example: urn:VMware:Vm:d68c782f-ec0a-4bf3-b3c1-04c552b64fdf.vm-85541.
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
    /// Name of the VM or VM container processed by the CDP policy, for example: DC-SRV.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// Display name of the VM or VM container processed by the CDP policy, for example: DC-SRV.
    ///
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    #[serde(
        rename = "DisplayName",
        alias = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub display_name: Option<String>,
    /// Options for application-aware image processing. For details, see Guest Processing Options.
    ///
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    #[serde(
        rename = "GuestProcessingOptions",
        alias = "guestProcessingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guest_processing_options: Option<GuestProcessingOptionsType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for ObjectInJob {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            name: xml::elem_text(el, "Name")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &[
                    "ObjectInJobId",
                    "HierarchyObjRef",
                    "Name",
                    "DisplayName",
                    "GuestProcessingOptions",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for ObjectInJob {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("Name", &self.name);
        w.elem_text("DisplayName", &self.display_name);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ObjectInJob {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.guest_processing_options,
            &crate::runtime::unknown::join(path, "GuestProcessingOptions"),
            out,
        );
    }
}
