// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `cloud`, `query`, `replication`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /vmReplicaPoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id.html>
///
/// XML root element: `<VmReplicaPoint>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmReplicaPoint {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the VM replica point, for example: dc-hv@2014-08-21 11:03:38.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the VM replica point resource.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML attribute `VmDisplayName`; JSON `"VmDisplayName"`.
    pub vm_display_name: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Date and time when the restore point was created. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Name of the VM for which the restore point has been created.
    ///
    /// XML element `<VmName>`; JSON `"VmName"`.
    pub vm_name: Option<String>,
    /// Replication method used to create the restore point. Possible values:
    ///
    /// - `Full`
    /// - `ReversedIncremental`
    /// - `Incremental`
    /// - `SyntheticFull`
    ///
    /// XML element `<Algorithm>`; JSON `"Algorithm"`.
    pub algorithm: Option<super::enums::PointAlgorithm>,
    /// Type of the VM replica point. Possible values:
    ///
    /// - `Full`
    /// - `ReverseIncrement`
    /// - `Increment`
    /// - `Snapshot`
    ///
    /// XML element `<PoinType>`; JSON `"PoinType"`.
    pub poin_type: Option<super::enums::ReplicaPointPointType>,
    /// XML element `<PointType>`; JSON `"PointType"`.
    pub point_type: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmReplicaPoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("VmDisplayName", &self.vm_display_name)?;
        o.opt("Links", &self.links)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("VmName", &self.vm_name)?;
        o.opt("Algorithm", &self.algorithm)?;
        o.opt("PoinType", &self.poin_type)?;
        o.opt("PointType", &self.point_type)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmReplicaPoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("VmDisplayName", &["vmDisplayName"]),
            F::new("Links", &["Link", "links"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("VmName", &["vmName"]),
            F::new("Algorithm", &["algorithm"]),
            F::new("PoinType", &["poinType"]),
            F::new("PointType", &["pointType"]),
        ];
        crate::runtime::json::object(deserializer, "VmReplicaPoint", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmReplicaPoint {
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
                4 => out.vm_display_name = o.lenient()?,
                5 => out.links = o.list_of("Link")?,
                6 => out.creation_time_utc = o.lenient()?,
                7 => out.vm_name = o.lenient()?,
                8 => out.algorithm = o.value()?,
                9 => out.poin_type = o.value()?,
                10 => out.point_type = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmReplicaPoint {
    const ROOTS: &'static [&'static str] = &["VmReplicaPoint"];
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
            vm_display_name: xml::attr(el, "VmDisplayName")?,
            links: xml::wrapped(el, "Links", "Link")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            vm_name: xml::elem_text(el, "VmName")?,
            algorithm: xml::elem_text(el, "Algorithm")?,
            poin_type: xml::elem_text(el, "PoinType")?,
            point_type: xml::elem_text(el, "PointType")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID", "VmDisplayName"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<String>("VmName"),
                    xml::Child::once_text::<super::enums::PointAlgorithm>("Algorithm"),
                    xml::Child::once_text::<
                        super::enums::ReplicaPointPointType,
                    >("PoinType"),
                    xml::Child::once_text::<String>("PointType"),
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
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID", "VmDisplayName"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
            out.vm_display_name = xml::attr_value(&at_[4])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("VmName"),
            xml::Tag::once("Algorithm"),
            xml::Tag::once("PoinType"),
            xml::Tag::once("PointType"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.creation_time_utc = el_.text()?,
                2 => out.vm_name = el_.text()?,
                3 => out.algorithm = el_.text()?,
                4 => out.poin_type = el_.text()?,
                5 => out.point_type = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmReplicaPoint {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("VmName", &self.vm_name);
        w.elem_text("Algorithm", &self.algorithm);
        w.elem_text("PoinType", &self.poin_type);
        w.elem_text("PointType", &self.point_type);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmReplicaPoint {
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
