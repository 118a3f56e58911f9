//! What the generated calls and builders need beyond the codecs: [`MissingMembers`], the error of
//! a builder whose required members were not all set, and [`id_segment`], the path segment of an
//! id given as a [`Uid`](crate::Uid) or as text.

use std::fmt;

/// A builder's `build()` was called before every required member was set. Names the members by
/// their wire names (`Name`, `JobUid`), in the order the type declares them, so the message
/// reads like the documentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingMembers {
    /// The type being built (`CreateJobSpec`).
    pub type_name: &'static str,
    /// The wire names of the required members not set.
    pub members: Vec<&'static str>,
}

impl fmt::Display for MissingMembers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: required member{} not set: {}",
            self.type_name,
            if self.members.len() == 1 { "" } else { "s" },
            self.members.join(", ")
        )
    }
}

impl std::error::Error for MissingMembers {}

/// The path segment of an id parameter (`/backups/{ID}`), percent-encoded. The pages' paths take
/// the bare id (`/backups/7b6a400c-…`) while the types hand back the whole URN
/// (`urn:veeam:Backup:7b6a400c-…`, a [`Uid`](crate::Uid)): a `urn:veeam:<Type>:<id>` value
/// sends its `<id>`, so a `Uid` from one answer can be passed to the next call as it is. Any
/// other text is sent as given.
pub fn id_segment(value: &str) -> String {
    let uid = crate::Uid::new(value);
    crate::path_segment(uid.id().unwrap_or(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_veeam_urn_sends_its_id_and_other_text_is_kept() {
        assert_eq!(id_segment("urn:veeam:Backup:7b6a-40"), "7b6a-40");
        assert_eq!(id_segment("URN:VEEAM:Backup:a:b"), "a%3Ab");
        assert_eq!(id_segment("7b6a-40"), "7b6a-40");
        assert_eq!(id_segment("urn:VMware:Vm:x"), "urn%3AVMware%3AVm%3Ax");
        assert_eq!(id_segment("urn:veeam:Backup:"), "urn%3Aveeam%3ABackup%3A");
    }

    #[test]
    fn missing_members_name_every_member() {
        let one = MissingMembers {
            type_name: "Spec",
            members: vec!["Name"],
        };
        assert_eq!(one.to_string(), "Spec: required member not set: Name");
        let two = MissingMembers {
            type_name: "Spec",
            members: vec!["Name", "JobUid"],
        };
        assert_eq!(
            two.to_string(),
            "Spec: required members not set: Name, JobUid"
        );
    }
}
