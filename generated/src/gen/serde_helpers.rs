// @generated — do not edit; run `cargo xtask codegen`
//! serde adapters for the shapes Enterprise Manager's JSON takes.
/// Writes a list as `{"ACLs": […]}`.
pub fn wrapped_ac_ls<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("ACLs", value)?;
    map.end()
}
/// Writes a list as `{"BackupResources": […]}`.
pub fn wrapped_backup_resources<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("BackupResources", value)?;
    map.end()
}
/// Writes a list as `{"CdpReplicaPolicyInfos": […]}`.
pub fn wrapped_cdp_replica_policy_infos<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("CdpReplicaPolicyInfos", value)?;
    map.end()
}
/// Writes a list as `{"CloudGatewayUids": […]}`.
pub fn wrapped_cloud_gateway_uids<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("CloudGatewayUids", value)?;
    map.end()
}
/// Writes a list as `{"CloudTenantComputeResources": […]}`.
pub fn wrapped_cloud_tenant_compute_resources<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("CloudTenantComputeResources", value)?;
    map.end()
}
/// Writes a list as `{"CloudTenantUids": […]}`.
pub fn wrapped_cloud_tenant_uids<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("CloudTenantUids", value)?;
    map.end()
}
/// Writes a list as `{"ComputeResources": […]}`.
pub fn wrapped_compute_resources<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("ComputeResources", value)?;
    map.end()
}
/// Writes a list as `{"Day": […]}`.
pub fn wrapped_day<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("Day", value)?;
    map.end()
}
/// Writes a list as `{"Days": […]}`.
pub fn wrapped_days<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("Days", value)?;
    map.end()
}
/// Writes a list as `{"EnterpriseRoles": […]}`.
pub fn wrapped_enterprise_roles<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("EnterpriseRoles", value)?;
    map.end()
}
/// Writes a list as `{"Extensions": […]}`.
pub fn wrapped_extensions<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("Extensions", value)?;
    map.end()
}
/// Writes a list as `{"FailoveredVms": […]}`.
pub fn wrapped_failovered_vms<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("FailoveredVms", value)?;
    map.end()
}
/// Writes a list as `{"Includeses": […]}`.
pub fn wrapped_includeses<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("Includeses", value)?;
    map.end()
}
/// Writes a list as `{"LinkedBackupRepositories": […]}`.
pub fn wrapped_linked_backup_repositories<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("LinkedBackupRepositories", value)?;
    map.end()
}
/// Writes a list as `{"LinkedJobObjects": […]}`.
pub fn wrapped_linked_job_objects<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("LinkedJobObjects", value)?;
    map.end()
}
/// Writes a list as `{"NASObjects": […]}`.
pub fn wrapped_nas_objects<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("NASObjects", value)?;
    map.end()
}
/// Writes a list as `{"ObjectInAgentBackupJobs": […]}`.
pub fn wrapped_object_in_agent_backup_jobs<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("ObjectInAgentBackupJobs", value)?;
    map.end()
}
/// Writes a list as `{"ObjectInJobs": […]}`.
pub fn wrapped_object_in_jobs<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("ObjectInJobs", value)?;
    map.end()
}
/// Writes a list as `{"OptionsContinuouses": […]}`.
pub fn wrapped_options_continuouses<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("OptionsContinuouses", value)?;
    map.end()
}
/// Writes a list as `{"PasswordKeyIds": […]}`.
pub fn wrapped_password_key_ids<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("PasswordKeyIds", value)?;
    map.end()
}
/// Writes a list as `{"Paths": […]}`.
pub fn wrapped_paths<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("Paths", value)?;
    map.end()
}
/// Writes a list as `{"ProcessingModes": […]}`.
pub fn wrapped_processing_modes<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("ProcessingModes", value)?;
    map.end()
}
/// Writes a list as `{"TenantCredentialses": […]}`.
pub fn wrapped_tenant_credentialses<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("TenantCredentialses", value)?;
    map.end()
}
/// Writes a list as `{"VCloudComputeResources": […]}`.
pub fn wrapped_v_cloud_compute_resources<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("VCloudComputeResources", value)?;
    map.end()
}
/// Writes a list as `{"Vms": […]}`.
pub fn wrapped_vms<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("Vms", value)?;
    map.end()
}
/// Writes a list as `{"Volumes": […]}`.
pub fn wrapped_volumes<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("Volumes", value)?;
    map.end()
}
impl<T: crate::runtime::xml::ToXml> crate::runtime::xml::ToXml for Box<T> {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        (**self).write_xml(w)
    }
}
impl<T: crate::runtime::xml::FromXml> crate::runtime::xml::FromXml for Box<T> {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        T::from_xml(el).map(Box::new)
    }
}
/// Any scalar as its text: enum values arrive as strings, numbers or booleans.
pub fn wire_string<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<String, D::Error> {
    struct Wire;
    impl serde::de::Visitor<'_> for Wire {
        type Value = String;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string, number or boolean")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<String, E> {
            Ok(v.to_string())
        }
    }
    deserializer.deserialize_any(Wire)
}
/// A list that may come as `null`, an array, one object or a wrapping object.
pub fn vec<'de, D: serde::Deserializer<'de>, T: serde::Deserialize<'de>>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    Ok(crate::runtime::json::list(deserializer)?.unwrap_or_default())
}
/// A number or boolean that may come as a JSON string (`"389"`, `"true"`).
pub fn lenient<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned + std::str::FromStr,
{
    use serde::de::Error;
    let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
    from_value(value).map_err(D::Error::custom)
}
/// [`lenient`] for optional fields; `null` is absent.
pub fn lenient_opt<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned + std::str::FromStr,
{
    use serde::de::Error;
    let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
    match value {
        serde_json::Value::Null => Ok(None),
        other => from_value(other).map(Some).map_err(D::Error::custom),
    }
}
/// A scalar from any JSON scalar: strings parse, numbers and booleans read as text.
fn from_value<T>(value: serde_json::Value) -> Result<T, String>
where
    T: serde::de::DeserializeOwned + std::str::FromStr,
{
    match value {
        serde_json::Value::String(s) => {
            match serde_json::from_value(serde_json::Value::String(s.clone())) {
                Ok(v) => Ok(v),
                Err(_) => {
                    s.trim()
                        .parse()
                        .or_else(|_| s.trim().to_ascii_lowercase().parse())
                        .map_err(|_| format!("{s:?} is not a valid value"))
                }
            }
        }
        serde_json::Value::Number(n) => {
            match serde_json::from_value(serde_json::Value::Number(n.clone())) {
                Ok(v) => Ok(v),
                Err(_) => {
                    n.to_string()
                        .parse()
                        .map_err(|_| format!("{n} is not a valid value"))
                }
            }
        }
        serde_json::Value::Bool(b) => {
            match serde_json::from_value(serde_json::Value::Bool(b)) {
                Ok(v) => Ok(v),
                Err(_) => {
                    b.to_string()
                        .parse()
                        .map_err(|_| format!("{b} is not a valid value"))
                }
            }
        }
        other => serde_json::from_value(other).map_err(|e| e.to_string()),
    }
}
