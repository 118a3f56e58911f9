// @generated — do not edit; run `cargo xtask codegen`
//! Always compiled.

#[allow(unused_imports)]
use super::*;

/// The `Link` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Link {
    /// XML attribute `Rel`; JSON `"Rel"`.
    pub rel: Option<String>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Link {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Rel", &self.rel)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Link {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Rel", &["rel"]),
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
        ];
        crate::runtime::json::object(deserializer, "Link", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Link {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.rel = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.href = o.lenient()?,
                3 => out.name = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Link {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            rel: xml::attr(el, "Rel")?,
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Rel", "Type", "Href", "Name"],
                &[],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Rel", "Type", "Href", "Name"])?;
            out.rel = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
            out.href = xml::attr_value(&at_[2])?;
            out.name = xml::attr_value(&at_[3])?;
        }
        while el_.next_child(&[])?.is_some() {}
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Link {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Rel", &self.rel);
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Link {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `Ref` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ref {
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Ref {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("UID", &self.uid)?;
        o.opt("Name", &self.name)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Ref {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("UID", &["uID", "uid"]),
            F::new("Name", &["name"]),
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "Ref", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Ref {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.uid = o.lenient()?,
                1 => out.name = o.lenient()?,
                2 => out.href = o.lenient()?,
                3 => out.r#type = o.lenient()?,
                4 => out.links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Ref {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            uid: xml::attr(el, "UID")?,
            name: xml::attr(el, "Name")?,
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["UID", "Name", "Href", "Type"],
                &[xml::Child::once("Links")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["UID", "Name", "Href", "Type"])?;
            out.uid = xml::attr_value(&at_[0])?;
            out.name = xml::attr_value(&at_[1])?;
            out.href = xml::attr_value(&at_[2])?;
            out.r#type = xml::attr_value(&at_[3])?;
        }
        while el_.next_child(&[xml::Tag::once("Links")])?.is_some() {
            out.links = Some(el_.wrapped("Link")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Ref {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("UID", &self.uid);
        w.attr("Name", &self.name);
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Ref {
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

/// The `Result` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultType {
    /// XML attribute `Success`; JSON `"Success"`.
    pub success: Option<String>,
    /// XML element `<Message>`; JSON `"Message"`.
    pub message: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ResultType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Success", &self.success)?;
        o.opt("Message", &self.message)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ResultType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Success", &["success"]),
            F::new("Message", &["message"]),
        ];
        crate::runtime::json::object(deserializer, "Result", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ResultType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.success = o.lenient()?,
                1 => out.message = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ResultType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            success: xml::attr(el, "Success")?,
            message: xml::elem_text(el, "Message")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Success"],
                &[xml::Child::once_text::<String>("Message")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Success"])?;
            out.success = xml::attr_value(&at_[0])?;
        }
        while el_.next_child(&[xml::Tag::once("Message")])?.is_some() {
            out.message = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ResultType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Success", &self.success);
        w.elem_text("Message", &self.message);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ResultType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by DELETE /cdpPolicies/{ID}/includes/{ID}, DELETE /cloud/cloudFailoverPlans/{ID}, DELETE /cloud/gatewayPools/{ID}, DELETE /cloud/gateways/{ID}, DELETE /cloud/hardwarePlans/{ID}, DELETE /cloud/publicIpAddresses/{ID}, DELETE /cloud/tenants/{ID}, DELETE /cloud/tenants/{ID}/computeResources/{ID}, DELETE /cloud/tenants/{ID}/resources/{ID}, DELETE /cloud/tenants/{ID}/subtenants/{ID}, DELETE /cloud/tenants/{ID}/vCloudComputeResources/{ID}, DELETE /cloud/vlans/{ID}, DELETE /jobs/{ID}, DELETE /jobs/{ID}/includes/{ID}, DELETE /jobs/{ID}/linkedBackupRepositories/{ID}, DELETE /jobs/{ID}/linkedJobs/{ID}, DELETE /selfService/vSphere/Configs/{ID}, DELETE /vCloud/orgConfigs/{ID}, GET /tasks/{ID}, POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /agents/jobs/{ID}?action=retry, POST /agents/jobs/{ID}?action=start, POST /agents/jobs/{ID}?action=stop, POST /agents/jobs/{ID}?action=toggleScheduleEnabled, POST /backupServers/{ID}?action=collect, POST /backupServers/{ID}?action=quickbackup, POST /backupServers/{ID}?action=veeamzip, POST /backupSessions/{ID}?action=stop, POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}?action=restore, POST /cdpPolicies/{ID}/includes, POST /cdpPolicies/{ID}?action=disable, POST /cdpPolicies/{ID}?action=enable, POST /cdpReplica/vApps/{ID}?action=failover, POST /cdpReplicas/{ID}/vms/{ID}?action=failover, POST /cloud/cloudFailoverPlans/{ID}?action=start, POST /cloud/cloudFailoverPlans/{ID}?action=test, POST /cloud/cloudFailoverPlans/{ID}?action=undo, POST /cloud/gatewayPools, POST /cloud/gateways, POST /cloud/hardwarePlans, POST /cloud/publicIpAddresses, POST /cloud/tenants, POST /cloud/tenants/{ID}/computeResources, POST /cloud/tenants/{ID}/resources, POST /cloud/tenants/{ID}/subtenants, POST /cloud/tenants/{ID}/vCloudComputeResources, POST /failoverPlans/{ID}?action=start, POST /failoverPlans/{ID}?action=undo, POST /jobs/{ID}/includes, POST /jobs/{ID}/linkedBackupRepositories, POST /jobs/{ID}/linkedJobs, POST /jobs/{ID}?action=clone, POST /jobs/{ID}?action=retry, POST /jobs/{ID}?action=start, POST /jobs/{ID}?action=stop, POST /jobs/{ID}?action=sync, POST /jobs/{ID}?action=toggleScheduleEnabled, POST /nas/jobs/{ID}/retry, POST /nas/jobs/{ID}/start, POST /nas/jobs/{ID}/stop, POST /nas/jobs/{ID}/toggleScheduleEnabled, POST /security/accounts?action=rebuildScope, POST /selfService/vSphere/Configs, POST /vAppReplicaPoints/{ID}?action=failover, POST /vAppRestorePoints/{ID}?action=restore, POST /vCloud/orgConfigs, POST /vCloud/orgConfigs/{ID}?action=disable, POST /vmReplicaPoints/{ID}/mounts, POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmReplicaPoints/{ID}?action=failover, POST /vmRestorePoints/{ID}/mounts, POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmRestorePoints/{ID}?action=restore, PUT /cdpPolicies/{ID}, PUT /cloud/cloudFailoverPlans/{ID}, PUT /cloud/gatewayPools/{ID}, PUT /cloud/gateways/{ID}, PUT /cloud/hardwarePlans/{ID}, PUT /cloud/publicIpAddresses/{ID}, PUT /cloud/tenants/{ID}, PUT /cloud/tenants/{ID}/subtenants/{ID}, PUT /cloud/vlans/{ID}, PUT /failoverPlans/{ID}, PUT /jobs/{ID}?action=edit, PUT /selfService/vSphere/Configs/{ID}, PUT /vCloud/orgConfigs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tasks_id.html>
///
/// XML root element: `<Task>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Task {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// ID of the task resource, for example: task-1.
    ///
    /// XML element `<TaskId>`; JSON `"TaskId"`.
    pub task_id: Option<String>,
    /// State of the task. Possible values:
    ///
    /// - `Running` — the task is in progress.
    /// - `OperationFinished` — the task operation is finished on the backup server, but Veeam Backup Enterprise Manager has not collected the operation data yet.
    /// - `Finished` — the task operation is finished, and the Veeam Backup Enterprise Manager database contains the operation data.
    ///
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<super::enums::TaskState>,
    /// Name of the task operation, for example: StartJob.
    ///
    /// XML element `<Operation>`; JSON `"Operation"`.
    pub operation: Option<String>,
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<ResultType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Task {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Links", &self.links)?;
        o.opt("TaskId", &self.task_id)?;
        o.opt("State", &self.state)?;
        o.opt("Operation", &self.operation)?;
        o.opt("Result", &self.result)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Task {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Links", &["Link", "links"]),
            F::new("TaskId", &["taskId"]),
            F::new("State", &["state"]),
            F::new("Operation", &["operation"]),
            F::new("Result", &["result"]),
        ];
        crate::runtime::json::object(deserializer, "Task", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Task {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.links = o.list_of("Link")?,
                3 => out.task_id = o.lenient()?,
                4 => out.state = o.value()?,
                5 => out.operation = o.lenient()?,
                6 => out.result = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Task {
    const ROOTS: &'static [&'static str] = &["Task"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            links: xml::wrapped(el, "Links", "Link")?,
            task_id: xml::elem_text(el, "TaskId")?,
            state: xml::elem_text(el, "State")?,
            operation: xml::elem_text(el, "Operation")?,
            result: xml::elem(el, "Result")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("TaskId"),
                    xml::Child::once_text::<super::enums::TaskState>("State"),
                    xml::Child::once_text::<String>("Operation"),
                    xml::Child::once("Result"),
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
            let at_ = el_.attrs(&["Href", "Type"])?;
            out.href = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("TaskId"),
            xml::Tag::once("State"),
            xml::Tag::once("Operation"),
            xml::Tag::once("Result"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.task_id = el_.text()?,
                2 => out.state = el_.text()?,
                3 => out.operation = el_.text()?,
                4 => out.result = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Task {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("TaskId", &self.task_id);
        w.elem_text("State", &self.state);
        w.elem_text("Operation", &self.operation);
        w.elem("Result", &self.result);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Task {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.result,
            &crate::runtime::unknown::join(path, "Result"),
            out,
        );
    }
}
