// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `backups`, `query`, `restore`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /vmRestorePoints/{ID}.
///
/// XML root element: `<VmRestorePoint>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmRestorePoint {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the VM backup restore point, for example: sql01-hv@2013-08-24 05:03:25.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the VM backup point resource.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Date and time when the restore point was created. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Name of the VM for which the restore point has been created.
    ///
    /// XML element `<VmName>`; JSON `"VmName"`.
    pub vm_name: Option<String>,
    /// Backup method used to create the restore point. Possible values:
    ///
    /// - `Full`
    /// - `ReversedIncremental`
    /// - `Incremental`
    /// - `SyntheticFull`
    ///
    /// XML element `<Algorithm>`; JSON `"Algorithm"`.
    pub algorithm: Option<super::enums::PointAlgorithm>,
    /// Type of the VM backup restore point. Possible values:
    ///
    /// - `Full`
    /// - `Increment`
    /// - `ReverseIncrement`
    ///
    /// XML element `<PointType>`; JSON `"PointType"`.
    pub point_type: Option<super::enums::RestorePointPointType>,
    /// Reference to the VM.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    pub hierarchy_obj_ref: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmRestorePoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("VmName", &self.vm_name)?;
        o.opt("Algorithm", &self.algorithm)?;
        o.opt("PointType", &self.point_type)?;
        o.opt("HierarchyObjRef", &self.hierarchy_obj_ref)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmRestorePoint {
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
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("VmName", &["vmName"]),
            F::new("Algorithm", &["algorithm"]),
            F::new("PointType", &["pointType"]),
            F::new("HierarchyObjRef", &["hierarchyObjRef"]),
        ];
        crate::runtime::json::object(deserializer, "VmRestorePoint", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmRestorePoint {
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
                5 => out.creation_time_utc = o.lenient()?,
                6 => out.vm_name = o.lenient()?,
                7 => out.algorithm = o.value()?,
                8 => out.point_type = o.value()?,
                9 => out.hierarchy_obj_ref = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmRestorePoint {
    const ROOTS: &'static [&'static str] = &["VmRestorePoint"];
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
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            vm_name: xml::elem_text(el, "VmName")?,
            algorithm: xml::elem_text(el, "Algorithm")?,
            point_type: xml::elem_text(el, "PointType")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<String>("VmName"),
                    xml::Child::once_text::<super::enums::PointAlgorithm>("Algorithm"),
                    xml::Child::once_text::<
                        super::enums::RestorePointPointType,
                    >("PointType"),
                    xml::Child::once_text::<String>("HierarchyObjRef"),
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
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("VmName"),
            xml::Tag::once("Algorithm"),
            xml::Tag::once("PointType"),
            xml::Tag::once("HierarchyObjRef"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.creation_time_utc = el_.text()?,
                2 => out.vm_name = el_.text()?,
                3 => out.algorithm = el_.text()?,
                4 => out.point_type = el_.text()?,
                5 => out.hierarchy_obj_ref = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmRestorePoint {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("VmName", &self.vm_name);
        w.elem_text("Algorithm", &self.algorithm);
        w.elem_text("PointType", &self.point_type);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmRestorePoint {
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
