// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `query`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_agent_backup_job_all`].
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// `GET /query?type=AgentBackupJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentBackupJob` ([`query_types::AGENT_BACKUP_JOB`](crate::api::query_types::AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_jobs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_jobs_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_jobs_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_agent_backup_job_entities`]: a query, in full
    pub async fn get_query_agent_backup_job(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::AGENT_BACKUP_JOB, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_agent_backup_job`].
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// `GET /query?type=AgentBackupJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentBackupJob` ([`query_types::AGENT_BACKUP_JOB`](crate::api::query_types::AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_jobs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_jobs_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_jobs_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_agent_backup_job`]: a query, as references
    /// - [`Self::get_query_agent_backup_job_entities`]: a query, in full
    pub fn get_query_agent_backup_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::AGENT_BACKUP_JOB, query)
    }

    /// One page of entities ([`AgentBackupJob`](crate::api::types::AgentBackupJob)) of the query, with its paging info. Every page: [`Self::get_query_agent_backup_job_entities_all`].
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// `GET /query?type=AgentBackupJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentBackupJob` ([`query_types::AGENT_BACKUP_JOB`](crate::api::query_types::AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/jobs?format=Entity` (`AgentBackupJobs`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_jobs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_jobs_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_jobs_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_agent_backup_job`]: a query, as references
    pub async fn get_query_agent_backup_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::AgentBackupJob> {
        self.query_entities_of(&super::query_types::AGENT_BACKUP_JOB, query).await
    }

    /// Every entity ([`AgentBackupJob`](crate::api::types::AgentBackupJob)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_agent_backup_job_entities`].
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// `GET /query?type=AgentBackupJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentBackupJob` ([`query_types::AGENT_BACKUP_JOB`](crate::api::query_types::AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/jobs?format=Entity` (`AgentBackupJobs`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_jobs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_jobs_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_jobs_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_agent_backup_job`]: a query, as references
    /// - [`Self::get_query_agent_backup_job_entities`]: a query, in full
    pub fn get_query_agent_backup_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::AgentBackupJob> + '_ {
        self.query_all_entities_of(&super::query_types::AGENT_BACKUP_JOB, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_agent_protection_group_all`].
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// `GET /query?type=AgentProtectionGroup`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentProtectionGroup` ([`query_types::AGENT_PROTECTION_GROUP`](crate::api::query_types::AGENT_PROTECTION_GROUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_agent_protection_group_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_protection_groups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_protection_groups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_protection_groups_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_agent_protection_group_entities`]: a query, in full
    pub async fn get_query_agent_protection_group(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::AGENT_PROTECTION_GROUP, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_agent_protection_group`].
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// `GET /query?type=AgentProtectionGroup`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentProtectionGroup` ([`query_types::AGENT_PROTECTION_GROUP`](crate::api::query_types::AGENT_PROTECTION_GROUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_agent_protection_group_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_protection_groups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_protection_groups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_protection_groups_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_agent_protection_group`]: a query, as references
    /// - [`Self::get_query_agent_protection_group_entities`]: a query, in full
    pub fn get_query_agent_protection_group_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::AGENT_PROTECTION_GROUP, query)
    }

    /// One page of entities ([`AgentProtectionGroup`](crate::api::types::AgentProtectionGroup)) of the query, with its paging info. Every page: [`Self::get_query_agent_protection_group_entities_all`].
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// `GET /query?type=AgentProtectionGroup&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentProtectionGroup` ([`query_types::AGENT_PROTECTION_GROUP`](crate::api::query_types::AGENT_PROTECTION_GROUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/protectionGroups?format=Entity` (`AgentProtectionGroups`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_protection_groups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_protection_groups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_protection_groups_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_agent_protection_group`]: a query, as references
    pub async fn get_query_agent_protection_group_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::AgentProtectionGroup> {
        self.query_entities_of(&super::query_types::AGENT_PROTECTION_GROUP, query).await
    }

    /// Every entity ([`AgentProtectionGroup`](crate::api::types::AgentProtectionGroup)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_agent_protection_group_entities`].
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// `GET /query?type=AgentProtectionGroup&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentProtectionGroup` ([`query_types::AGENT_PROTECTION_GROUP`](crate::api::query_types::AGENT_PROTECTION_GROUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/protectionGroups?format=Entity` (`AgentProtectionGroups`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_protection_groups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_protection_groups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_protection_groups_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_agent_protection_group`]: a query, as references
    /// - [`Self::get_query_agent_protection_group_entities`]: a query, in full
    pub fn get_query_agent_protection_group_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::AgentProtectionGroup> + '_ {
        self.query_all_entities_of(&super::query_types::AGENT_PROTECTION_GROUP, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_agent_restore_point_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// `GET /query?type=AgentRestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentRestorePoint` ([`query_types::AGENT_RESTORE_POINT`](crate::api::query_types::AGENT_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_agent_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_restore_points_entities`]: every one, in full"
    )]
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
    pub async fn get_query_agent_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::AGENT_RESTORE_POINT, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_agent_restore_point`].
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// `GET /query?type=AgentRestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentRestorePoint` ([`query_types::AGENT_RESTORE_POINT`](crate::api::query_types::AGENT_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_agent_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_restore_points_entities`]: every one, in full"
    )]
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
    pub fn get_query_agent_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::AGENT_RESTORE_POINT, query)
    }

    /// One page of entities ([`AgentRestorePoint`](crate::api::types::AgentRestorePoint)) of the query, with its paging info. Every page: [`Self::get_query_agent_restore_point_entities_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// `GET /query?type=AgentRestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentRestorePoint` ([`query_types::AGENT_RESTORE_POINT`](crate::api::query_types::AGENT_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/agentRestorePoints?format=Entity` (`AgentRestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_restore_points_entities`]: every one, in full"
    )]
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    pub async fn get_query_agent_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::AgentRestorePoint> {
        self.query_entities_of(&super::query_types::AGENT_RESTORE_POINT, query).await
    }

    /// Every entity ([`AgentRestorePoint`](crate::api::types::AgentRestorePoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_agent_restore_point_entities`].
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// `GET /query?type=AgentRestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentRestorePoint` ([`query_types::AGENT_RESTORE_POINT`](crate::api::query_types::AGENT_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/agentRestorePoints?format=Entity` (`AgentRestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_restore_points_entities`]: every one, in full"
    )]
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
    pub fn get_query_agent_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::AgentRestorePoint> + '_ {
        self.query_all_entities_of(&super::query_types::AGENT_RESTORE_POINT, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_backup_all`].
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// `GET /query?type=Backup`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Backup` ([`query_types::BACKUP`](crate::api::query_types::BACKUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_entities`]: a query, in full
    pub async fn get_query_backup(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::BACKUP, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup`].
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// `GET /query?type=Backup`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Backup` ([`query_types::BACKUP`](crate::api::query_types::BACKUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup`]: a query, as references
    /// - [`Self::get_query_backup_entities`]: a query, in full
    pub fn get_query_backup_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::BACKUP, query)
    }

    /// One page of entities ([`Backup`](crate::api::types::Backup)) of the query, with its paging info. Every page: [`Self::get_query_backup_entities_all`].
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// `GET /query?type=Backup&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Backup` ([`query_types::BACKUP`](crate::api::query_types::BACKUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backups?format=Entity` (`Backups`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup`]: a query, as references
    pub async fn get_query_backup_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Backup> {
        self.query_entities_of(&super::query_types::BACKUP, query).await
    }

    /// Every entity ([`Backup`](crate::api::types::Backup)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_entities`].
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// `GET /query?type=Backup&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Backup` ([`query_types::BACKUP`](crate::api::query_types::BACKUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backups?format=Entity` (`Backups`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup`]: a query, as references
    /// - [`Self::get_query_backup_entities`]: a query, in full
    pub fn get_query_backup_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Backup> + '_ {
        self.query_all_entities_of(&super::query_types::BACKUP, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_backup_file_all`].
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// `GET /query?type=BackupFile`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupFile` ([`query_types::BACKUP_FILE`](crate::api::query_types::BACKUP_FILE)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_file_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
    pub async fn get_query_backup_file(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::BACKUP_FILE, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_file`].
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// `GET /query?type=BackupFile`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupFile` ([`query_types::BACKUP_FILE`](crate::api::query_types::BACKUP_FILE)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_file_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_file`]: a query, as references
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
    pub fn get_query_backup_file_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::BACKUP_FILE, query)
    }

    /// One page of entities ([`BackupFile`](crate::api::types::BackupFile)) of the query, with its paging info. Every page: [`Self::get_query_backup_file_entities_all`].
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// `GET /query?type=BackupFile&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupFile` ([`query_types::BACKUP_FILE`](crate::api::query_types::BACKUP_FILE)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupFiles?format=Entity` (`BackupFiles`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_file`]: a query, as references
    pub async fn get_query_backup_file_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::BackupFile> {
        self.query_entities_of(&super::query_types::BACKUP_FILE, query).await
    }

    /// Every entity ([`BackupFile`](crate::api::types::BackupFile)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_file_entities`].
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// `GET /query?type=BackupFile&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupFile` ([`query_types::BACKUP_FILE`](crate::api::query_types::BACKUP_FILE)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupFiles?format=Entity` (`BackupFiles`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_file`]: a query, as references
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
    pub fn get_query_backup_file_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::BackupFile> + '_ {
        self.query_all_entities_of(&super::query_types::BACKUP_FILE, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_backup_job_session_all`].
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// `GET /query?type=BackupJobSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupJobSession` ([`query_types::BACKUP_JOB_SESSION`](crate::api::query_types::BACKUP_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_job_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
    pub async fn get_query_backup_job_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::BACKUP_JOB_SESSION, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_job_session`].
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// `GET /query?type=BackupJobSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupJobSession` ([`query_types::BACKUP_JOB_SESSION`](crate::api::query_types::BACKUP_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_job_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
    pub fn get_query_backup_job_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::BACKUP_JOB_SESSION, query)
    }

    /// One page of entities ([`BackupJobSession`](crate::api::types::BackupJobSession)) of the query, with its paging info. Every page: [`Self::get_query_backup_job_session_entities_all`].
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// `GET /query?type=BackupJobSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupJobSession` ([`query_types::BACKUP_JOB_SESSION`](crate::api::query_types::BACKUP_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupSessions?format=Entity` (`BackupJobSessions`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    pub async fn get_query_backup_job_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::BackupJobSession> {
        self.query_entities_of(&super::query_types::BACKUP_JOB_SESSION, query).await
    }

    /// Every entity ([`BackupJobSession`](crate::api::types::BackupJobSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_job_session_entities`].
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// `GET /query?type=BackupJobSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupJobSession` ([`query_types::BACKUP_JOB_SESSION`](crate::api::query_types::BACKUP_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupSessions?format=Entity` (`BackupJobSessions`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
    pub fn get_query_backup_job_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::BackupJobSession> + '_ {
        self.query_all_entities_of(&super::query_types::BACKUP_JOB_SESSION, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_backup_server_all`].
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// `GET /query?type=BackupServer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupServer` ([`query_types::BACKUP_SERVER`](crate::api::query_types::BACKUP_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_server_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_server_entities`]: a query, in full
    pub async fn get_query_backup_server(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::BACKUP_SERVER, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_server`].
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// `GET /query?type=BackupServer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupServer` ([`query_types::BACKUP_SERVER`](crate::api::query_types::BACKUP_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_server_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_server`]: a query, as references
    /// - [`Self::get_query_backup_server_entities`]: a query, in full
    pub fn get_query_backup_server_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::BACKUP_SERVER, query)
    }

    /// One page of entities ([`BackupServer`](crate::api::types::BackupServer)) of the query, with its paging info. Every page: [`Self::get_query_backup_server_entities_all`].
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// `GET /query?type=BackupServer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupServer` ([`query_types::BACKUP_SERVER`](crate::api::query_types::BACKUP_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupServers?format=Entity` (`BackupServers`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_server`]: a query, as references
    pub async fn get_query_backup_server_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::BackupServer> {
        self.query_entities_of(&super::query_types::BACKUP_SERVER, query).await
    }

    /// Every entity ([`BackupServer`](crate::api::types::BackupServer)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_server_entities`].
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// `GET /query?type=BackupServer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupServer` ([`query_types::BACKUP_SERVER`](crate::api::query_types::BACKUP_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupServers?format=Entity` (`BackupServers`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_server`]: a query, as references
    /// - [`Self::get_query_backup_server_entities`]: a query, in full
    pub fn get_query_backup_server_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::BackupServer> + '_ {
        self.query_all_entities_of(&super::query_types::BACKUP_SERVER, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_backup_task_session_all`].
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// `GET /query?type=BackupTaskSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupTaskSession` ([`query_types::BACKUP_TASK_SESSION`](crate::api::query_types::BACKUP_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_task_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_task_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_task_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_task_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_task_session_entities`]: a query, in full
    pub async fn get_query_backup_task_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::BACKUP_TASK_SESSION, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_task_session`].
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// `GET /query?type=BackupTaskSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupTaskSession` ([`query_types::BACKUP_TASK_SESSION`](crate::api::query_types::BACKUP_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_task_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_task_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_task_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_task_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_task_session`]: a query, as references
    /// - [`Self::get_query_backup_task_session_entities`]: a query, in full
    pub fn get_query_backup_task_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::BACKUP_TASK_SESSION, query)
    }

    /// One page of entities ([`BackupTaskSession`](crate::api::types::BackupTaskSession)) of the query, with its paging info. Every page: [`Self::get_query_backup_task_session_entities_all`].
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// `GET /query?type=BackupTaskSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupTaskSession` ([`query_types::BACKUP_TASK_SESSION`](crate::api::query_types::BACKUP_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupTaskSessions?format=Entity` (`BackupTaskSessions`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_task_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_task_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_task_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_task_session`]: a query, as references
    pub async fn get_query_backup_task_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::BackupTaskSession> {
        self.query_entities_of(&super::query_types::BACKUP_TASK_SESSION, query).await
    }

    /// Every entity ([`BackupTaskSession`](crate::api::types::BackupTaskSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_task_session_entities`].
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// `GET /query?type=BackupTaskSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupTaskSession` ([`query_types::BACKUP_TASK_SESSION`](crate::api::query_types::BACKUP_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupTaskSessions?format=Entity` (`BackupTaskSessions`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_task_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_task_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_task_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_backup_task_session`]: a query, as references
    /// - [`Self::get_query_backup_task_session_entities`]: a query, in full
    pub fn get_query_backup_task_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::BackupTaskSession> + '_ {
        self.query_all_entities_of(&super::query_types::BACKUP_TASK_SESSION, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cdp_policy_all`].
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// `GET /query?type=CdpPolicy`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpPolicy` ([`query_types::CDP_POLICY`](crate::api::query_types::CDP_POLICY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_policy_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_policies`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_policies_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_policies_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_policy_entities`]: a query, in full
    pub async fn get_query_cdp_policy(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CDP_POLICY, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_policy`].
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// `GET /query?type=CdpPolicy`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpPolicy` ([`query_types::CDP_POLICY`](crate::api::query_types::CDP_POLICY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_policy_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_policies`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_policies_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_policies_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_policy`]: a query, as references
    /// - [`Self::get_query_cdp_policy_entities`]: a query, in full
    pub fn get_query_cdp_policy_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CDP_POLICY, query)
    }

    /// One page of entities ([`CdpPolicy`](crate::api::types::CdpPolicy)) of the query, with its paging info. Every page: [`Self::get_query_cdp_policy_entities_all`].
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// `GET /query?type=CdpPolicy&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpPolicy` ([`query_types::CDP_POLICY`](crate::api::query_types::CDP_POLICY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpPolicies?format=Entity` (`CdpPolicies`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_policies`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_policies_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_policies_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_policy`]: a query, as references
    pub async fn get_query_cdp_policy_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CdpPolicy> {
        self.query_entities_of(&super::query_types::CDP_POLICY, query).await
    }

    /// Every entity ([`CdpPolicy`](crate::api::types::CdpPolicy)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_policy_entities`].
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// `GET /query?type=CdpPolicy&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpPolicy` ([`query_types::CDP_POLICY`](crate::api::query_types::CDP_POLICY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpPolicies?format=Entity` (`CdpPolicies`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_policies`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_policies_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_policies_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_policy`]: a query, as references
    /// - [`Self::get_query_cdp_policy_entities`]: a query, in full
    pub fn get_query_cdp_policy_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CdpPolicy> + '_ {
        self.query_all_entities_of(&super::query_types::CDP_POLICY, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cdp_replica_all`].
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// `GET /query?type=CdpReplica`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplica` ([`query_types::CDP_REPLICA`](crate::api::query_types::CDP_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replicas`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replicas_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replicas_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_replica_entities`]: a query, in full
    pub async fn get_query_cdp_replica(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CDP_REPLICA, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_replica`].
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// `GET /query?type=CdpReplica`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplica` ([`query_types::CDP_REPLICA`](crate::api::query_types::CDP_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replicas`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replicas_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replicas_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_replica`]: a query, as references
    /// - [`Self::get_query_cdp_replica_entities`]: a query, in full
    pub fn get_query_cdp_replica_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CDP_REPLICA, query)
    }

    /// One page of entities ([`CdpReplica`](crate::api::types::CdpReplica)) of the query, with its paging info. Every page: [`Self::get_query_cdp_replica_entities_all`].
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// `GET /query?type=CdpReplica&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplica` ([`query_types::CDP_REPLICA`](crate::api::query_types::CDP_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpReplicas?format=Entity` (`CdpReplicas`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replicas`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replicas_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replicas_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_replica`]: a query, as references
    pub async fn get_query_cdp_replica_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CdpReplica> {
        self.query_entities_of(&super::query_types::CDP_REPLICA, query).await
    }

    /// Every entity ([`CdpReplica`](crate::api::types::CdpReplica)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_replica_entities`].
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// `GET /query?type=CdpReplica&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplica` ([`query_types::CDP_REPLICA`](crate::api::query_types::CDP_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpReplicas?format=Entity` (`CdpReplicas`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replicas`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replicas_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replicas_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_replica`]: a query, as references
    /// - [`Self::get_query_cdp_replica_entities`]: a query, in full
    pub fn get_query_cdp_replica_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CdpReplica> + '_ {
        self.query_all_entities_of(&super::query_types::CDP_REPLICA, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cdp_replica_session_all`].
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// `GET /query?type=CdpReplicaSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaSession` ([`query_types::CDP_REPLICA_SESSION`](crate::api::query_types::CDP_REPLICA_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_replica_session_entities`]: a query, in full
    pub async fn get_query_cdp_replica_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CDP_REPLICA_SESSION, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_replica_session`].
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// `GET /query?type=CdpReplicaSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaSession` ([`query_types::CDP_REPLICA_SESSION`](crate::api::query_types::CDP_REPLICA_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_replica_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_session_entities`]: a query, in full
    pub fn get_query_cdp_replica_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CDP_REPLICA_SESSION, query)
    }

    /// One page of entities ([`CdpReplicaSession`](crate::api::types::CdpReplicaSession)) of the query, with its paging info. Every page: [`Self::get_query_cdp_replica_session_entities_all`].
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// `GET /query?type=CdpReplicaSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaSession` ([`query_types::CDP_REPLICA_SESSION`](crate::api::query_types::CDP_REPLICA_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpReplicaSessions?format=Entity` (`CdpReplicaSessions`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_replica_session`]: a query, as references
    pub async fn get_query_cdp_replica_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CdpReplicaSession> {
        self.query_entities_of(&super::query_types::CDP_REPLICA_SESSION, query).await
    }

    /// Every entity ([`CdpReplicaSession`](crate::api::types::CdpReplicaSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_replica_session_entities`].
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// `GET /query?type=CdpReplicaSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaSession` ([`query_types::CDP_REPLICA_SESSION`](crate::api::query_types::CDP_REPLICA_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpReplicaSessions?format=Entity` (`CdpReplicaSessions`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_replica_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_session_entities`]: a query, in full
    pub fn get_query_cdp_replica_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CdpReplicaSession> + '_ {
        self.query_all_entities_of(&super::query_types::CDP_REPLICA_SESSION, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cdp_replica_task_session_all`].
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// `GET /query?type=CdpReplicaTaskSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaTaskSession` ([`query_types::CDP_REPLICA_TASK_SESSION`](crate::api::query_types::CDP_REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_task_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_task_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_task_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_task_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full
    pub async fn get_query_cdp_replica_task_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CDP_REPLICA_TASK_SESSION, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_replica_task_session`].
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// `GET /query?type=CdpReplicaTaskSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaTaskSession` ([`query_types::CDP_REPLICA_TASK_SESSION`](crate::api::query_types::CDP_REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_task_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_task_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_task_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_task_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_replica_task_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full
    pub fn get_query_cdp_replica_task_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CDP_REPLICA_TASK_SESSION, query)
    }

    /// One page of entities ([`CdpReplicaTaskSession`](crate::api::types::CdpReplicaTaskSession)) of the query, with its paging info. Every page: [`Self::get_query_cdp_replica_task_session_entities_all`].
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// `GET /query?type=CdpReplicaTaskSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaTaskSession` ([`query_types::CDP_REPLICA_TASK_SESSION`](crate::api::query_types::CDP_REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpReplicaTaskSessions?format=Entity` (`CdpReplicaTaskSessions`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_task_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_task_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_task_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_replica_task_session`]: a query, as references
    pub async fn get_query_cdp_replica_task_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CdpReplicaTaskSession> {
        self.query_entities_of(&super::query_types::CDP_REPLICA_TASK_SESSION, query)
            .await
    }

    /// Every entity ([`CdpReplicaTaskSession`](crate::api::types::CdpReplicaTaskSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_replica_task_session_entities`].
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// `GET /query?type=CdpReplicaTaskSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaTaskSession` ([`query_types::CDP_REPLICA_TASK_SESSION`](crate::api::query_types::CDP_REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpReplicaTaskSessions?format=Entity` (`CdpReplicaTaskSessions`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_task_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_task_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cdp",
        doc = " - [`Self::get_cdp_replica_task_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cdp_replica_task_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full
    pub fn get_query_cdp_replica_task_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CdpReplicaTaskSession> + '_ {
        self.query_all_entities_of(&super::query_types::CDP_REPLICA_TASK_SESSION, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_failover_plan_all`].
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// `GET /query?type=CloudFailoverPlan`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverPlan` ([`query_types::CLOUD_FAILOVER_PLAN`](crate::api::query_types::CLOUD_FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_plan_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_cloud_failover_plans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_cloud_failover_plans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_cloud_failover_plans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_failover_plan_entities`]: a query, in full
    pub async fn get_query_cloud_failover_plan(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_FAILOVER_PLAN, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_failover_plan`].
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// `GET /query?type=CloudFailoverPlan`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverPlan` ([`query_types::CLOUD_FAILOVER_PLAN`](crate::api::query_types::CLOUD_FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_plan_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_cloud_failover_plans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_cloud_failover_plans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_cloud_failover_plans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_failover_plan`]: a query, as references
    /// - [`Self::get_query_cloud_failover_plan_entities`]: a query, in full
    pub fn get_query_cloud_failover_plan_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_FAILOVER_PLAN, query)
    }

    /// One page of entities ([`CloudFailoverPlan`](crate::api::types::CloudFailoverPlan)) of the query, with its paging info. Every page: [`Self::get_query_cloud_failover_plan_entities_all`].
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// `GET /query?type=CloudFailoverPlan&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverPlan` ([`query_types::CLOUD_FAILOVER_PLAN`](crate::api::query_types::CLOUD_FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/cloudFailoverPlans?format=Entity` (`CloudFailoverPlans`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_cloud_failover_plans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_cloud_failover_plans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_cloud_failover_plans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_failover_plan`]: a query, as references
    pub async fn get_query_cloud_failover_plan_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudFailoverPlan> {
        self.query_entities_of(&super::query_types::CLOUD_FAILOVER_PLAN, query).await
    }

    /// Every entity ([`CloudFailoverPlan`](crate::api::types::CloudFailoverPlan)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_failover_plan_entities`].
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// `GET /query?type=CloudFailoverPlan&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverPlan` ([`query_types::CLOUD_FAILOVER_PLAN`](crate::api::query_types::CLOUD_FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/cloudFailoverPlans?format=Entity` (`CloudFailoverPlans`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_cloud_failover_plans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_cloud_failover_plans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_cloud_failover_plans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_failover_plan`]: a query, as references
    /// - [`Self::get_query_cloud_failover_plan_entities`]: a query, in full
    pub fn get_query_cloud_failover_plan_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudFailoverPlan> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_FAILOVER_PLAN, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_failover_session_all`].
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// `GET /query?type=CloudFailoverSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverSession` ([`query_types::CLOUD_FAILOVER_SESSION`](crate::api::query_types::CLOUD_FAILOVER_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_failover_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_failover_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_failover_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_failover_session_entities`]: a query, in full
    pub async fn get_query_cloud_failover_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_FAILOVER_SESSION, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_failover_session`].
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// `GET /query?type=CloudFailoverSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverSession` ([`query_types::CLOUD_FAILOVER_SESSION`](crate::api::query_types::CLOUD_FAILOVER_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_failover_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_failover_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_failover_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_failover_session`]: a query, as references
    /// - [`Self::get_query_cloud_failover_session_entities`]: a query, in full
    pub fn get_query_cloud_failover_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_FAILOVER_SESSION, query)
    }

    /// One page of entities ([`CloudFailoverSession`](crate::api::types::CloudFailoverSession)) of the query, with its paging info. Every page: [`Self::get_query_cloud_failover_session_entities_all`].
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// `GET /query?type=CloudFailoverSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverSession` ([`query_types::CLOUD_FAILOVER_SESSION`](crate::api::query_types::CLOUD_FAILOVER_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/failoverSessions?format=Entity` (`CloudFailoverSessions`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_failover_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_failover_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_failover_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_failover_session`]: a query, as references
    pub async fn get_query_cloud_failover_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudFailoverSession> {
        self.query_entities_of(&super::query_types::CLOUD_FAILOVER_SESSION, query).await
    }

    /// Every entity ([`CloudFailoverSession`](crate::api::types::CloudFailoverSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_failover_session_entities`].
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// `GET /query?type=CloudFailoverSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverSession` ([`query_types::CLOUD_FAILOVER_SESSION`](crate::api::query_types::CLOUD_FAILOVER_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/failoverSessions?format=Entity` (`CloudFailoverSessions`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_failover_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_failover_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_failover_sessions_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_failover_session`]: a query, as references
    /// - [`Self::get_query_cloud_failover_session_entities`]: a query, in full
    pub fn get_query_cloud_failover_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudFailoverSession> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_FAILOVER_SESSION, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_gateway_all`].
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// `GET /query?type=CloudGateway`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGateway` ([`query_types::CLOUD_GATEWAY`](crate::api::query_types::CLOUD_GATEWAY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateways`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateways_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateways_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_gateway_entities`]: a query, in full
    pub async fn get_query_cloud_gateway(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_GATEWAY, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_gateway`].
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// `GET /query?type=CloudGateway`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGateway` ([`query_types::CLOUD_GATEWAY`](crate::api::query_types::CLOUD_GATEWAY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateways`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateways_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateways_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_gateway`]: a query, as references
    /// - [`Self::get_query_cloud_gateway_entities`]: a query, in full
    pub fn get_query_cloud_gateway_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_GATEWAY, query)
    }

    /// One page of entities ([`CloudGateway`](crate::api::types::CloudGateway)) of the query, with its paging info. Every page: [`Self::get_query_cloud_gateway_entities_all`].
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// `GET /query?type=CloudGateway&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGateway` ([`query_types::CLOUD_GATEWAY`](crate::api::query_types::CLOUD_GATEWAY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/gateways?format=Entity` (`CloudGateways`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateways`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateways_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateways_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_gateway`]: a query, as references
    pub async fn get_query_cloud_gateway_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudGateway> {
        self.query_entities_of(&super::query_types::CLOUD_GATEWAY, query).await
    }

    /// Every entity ([`CloudGateway`](crate::api::types::CloudGateway)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_gateway_entities`].
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// `GET /query?type=CloudGateway&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGateway` ([`query_types::CLOUD_GATEWAY`](crate::api::query_types::CLOUD_GATEWAY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/gateways?format=Entity` (`CloudGateways`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateways`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateways_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateways_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_gateway`]: a query, as references
    /// - [`Self::get_query_cloud_gateway_entities`]: a query, in full
    pub fn get_query_cloud_gateway_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudGateway> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_GATEWAY, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_gateway_pool_all`].
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// `GET /query?type=CloudGatewayPool`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGatewayPool` ([`query_types::CLOUD_GATEWAY_POOL`](crate::api::query_types::CLOUD_GATEWAY_POOL)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_pool_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateway_pools_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_gateway_pool_entities`]: a query, in full
    pub async fn get_query_cloud_gateway_pool(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_GATEWAY_POOL, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_gateway_pool`].
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// `GET /query?type=CloudGatewayPool`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGatewayPool` ([`query_types::CLOUD_GATEWAY_POOL`](crate::api::query_types::CLOUD_GATEWAY_POOL)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_pool_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateway_pools_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_gateway_pool`]: a query, as references
    /// - [`Self::get_query_cloud_gateway_pool_entities`]: a query, in full
    pub fn get_query_cloud_gateway_pool_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_GATEWAY_POOL, query)
    }

    /// One page of entities ([`CloudGatewayPool`](crate::api::types::CloudGatewayPool)) of the query, with its paging info. Every page: [`Self::get_query_cloud_gateway_pool_entities_all`].
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// `GET /query?type=CloudGatewayPool&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGatewayPool` ([`query_types::CLOUD_GATEWAY_POOL`](crate::api::query_types::CLOUD_GATEWAY_POOL)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `CloudGatewayPool`.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateway_pools_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_gateway_pool`]: a query, as references
    pub async fn get_query_cloud_gateway_pool_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudGatewayPool> {
        self.query_entities_of(&super::query_types::CLOUD_GATEWAY_POOL, query).await
    }

    /// Every entity ([`CloudGatewayPool`](crate::api::types::CloudGatewayPool)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_gateway_pool_entities`].
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// `GET /query?type=CloudGatewayPool&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGatewayPool` ([`query_types::CLOUD_GATEWAY_POOL`](crate::api::query_types::CLOUD_GATEWAY_POOL)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `CloudGatewayPool`.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_gateway_pools_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_gateway_pool`]: a query, as references
    /// - [`Self::get_query_cloud_gateway_pool_entities`]: a query, in full
    pub fn get_query_cloud_gateway_pool_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudGatewayPool> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_GATEWAY_POOL, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_hardware_plan_all`].
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// `GET /query?type=CloudHardwarePlan`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudHardwarePlan` ([`query_types::CLOUD_HARDWARE_PLAN`](crate::api::query_types::CLOUD_HARDWARE_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_hardware_plan_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_hardware_plans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_hardware_plans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_hardware_plans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_hardware_plan_entities`]: a query, in full
    pub async fn get_query_cloud_hardware_plan(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_HARDWARE_PLAN, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_hardware_plan`].
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// `GET /query?type=CloudHardwarePlan`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudHardwarePlan` ([`query_types::CLOUD_HARDWARE_PLAN`](crate::api::query_types::CLOUD_HARDWARE_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_hardware_plan_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_hardware_plans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_hardware_plans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_hardware_plans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_hardware_plan`]: a query, as references
    /// - [`Self::get_query_cloud_hardware_plan_entities`]: a query, in full
    pub fn get_query_cloud_hardware_plan_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_HARDWARE_PLAN, query)
    }

    /// One page of entities ([`CloudHardwarePlan`](crate::api::types::CloudHardwarePlan)) of the query, with its paging info. Every page: [`Self::get_query_cloud_hardware_plan_entities_all`].
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// `GET /query?type=CloudHardwarePlan&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudHardwarePlan` ([`query_types::CLOUD_HARDWARE_PLAN`](crate::api::query_types::CLOUD_HARDWARE_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/hardwarePlans?format=Entity` (`CloudHardwarePlans`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_hardware_plans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_hardware_plans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_hardware_plans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_hardware_plan`]: a query, as references
    pub async fn get_query_cloud_hardware_plan_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudHardwarePlan> {
        self.query_entities_of(&super::query_types::CLOUD_HARDWARE_PLAN, query).await
    }

    /// Every entity ([`CloudHardwarePlan`](crate::api::types::CloudHardwarePlan)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_hardware_plan_entities`].
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// `GET /query?type=CloudHardwarePlan&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudHardwarePlan` ([`query_types::CLOUD_HARDWARE_PLAN`](crate::api::query_types::CLOUD_HARDWARE_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/hardwarePlans?format=Entity` (`CloudHardwarePlans`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_hardware_plans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_hardware_plans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_hardware_plans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_hardware_plan`]: a query, as references
    /// - [`Self::get_query_cloud_hardware_plan_entities`]: a query, in full
    pub fn get_query_cloud_hardware_plan_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudHardwarePlan> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_HARDWARE_PLAN, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_public_ip_address_all`].
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// `GET /query?type=CloudPublicIpAddress`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudPublicIpAddress` ([`query_types::CLOUD_PUBLIC_IP_ADDRESS`](crate::api::query_types::CLOUD_PUBLIC_IP_ADDRESS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_public_ip_address_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_public_ip_addresses`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_public_ip_addresses_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_public_ip_addresses_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_public_ip_address_entities`]: a query, in full
    pub async fn get_query_cloud_public_ip_address(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_PUBLIC_IP_ADDRESS, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_public_ip_address`].
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// `GET /query?type=CloudPublicIpAddress`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudPublicIpAddress` ([`query_types::CLOUD_PUBLIC_IP_ADDRESS`](crate::api::query_types::CLOUD_PUBLIC_IP_ADDRESS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_public_ip_address_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_public_ip_addresses`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_public_ip_addresses_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_public_ip_addresses_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_public_ip_address`]: a query, as references
    /// - [`Self::get_query_cloud_public_ip_address_entities`]: a query, in full
    pub fn get_query_cloud_public_ip_address_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_PUBLIC_IP_ADDRESS, query)
    }

    /// One page of entities ([`CloudPublicIpAddress`](crate::api::types::CloudPublicIpAddress)) of the query, with its paging info. Every page: [`Self::get_query_cloud_public_ip_address_entities_all`].
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// `GET /query?type=CloudPublicIpAddress&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudPublicIpAddress` ([`query_types::CLOUD_PUBLIC_IP_ADDRESS`](crate::api::query_types::CLOUD_PUBLIC_IP_ADDRESS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/publicIpAddresses?format=Entity` (`CloudPublicIpAddresses`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_public_ip_addresses`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_public_ip_addresses_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_public_ip_addresses_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_public_ip_address`]: a query, as references
    pub async fn get_query_cloud_public_ip_address_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudPublicIpAddress> {
        self.query_entities_of(&super::query_types::CLOUD_PUBLIC_IP_ADDRESS, query).await
    }

    /// Every entity ([`CloudPublicIpAddress`](crate::api::types::CloudPublicIpAddress)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_public_ip_address_entities`].
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// `GET /query?type=CloudPublicIpAddress&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudPublicIpAddress` ([`query_types::CLOUD_PUBLIC_IP_ADDRESS`](crate::api::query_types::CLOUD_PUBLIC_IP_ADDRESS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/publicIpAddresses?format=Entity` (`CloudPublicIpAddresses`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_public_ip_addresses`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_public_ip_addresses_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_public_ip_addresses_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_public_ip_address`]: a query, as references
    /// - [`Self::get_query_cloud_public_ip_address_entities`]: a query, in full
    pub fn get_query_cloud_public_ip_address_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudPublicIpAddress> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_PUBLIC_IP_ADDRESS, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_replica_all`].
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// `GET /query?type=CloudReplica`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudReplica` ([`query_types::CLOUD_REPLICA`](crate::api::query_types::CLOUD_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_replica_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_replicas`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_replicas_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_replicas_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_replica_entities`]: a query, in full
    pub async fn get_query_cloud_replica(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_REPLICA, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_replica`].
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// `GET /query?type=CloudReplica`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudReplica` ([`query_types::CLOUD_REPLICA`](crate::api::query_types::CLOUD_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_replica_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_replicas`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_replicas_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_replicas_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_replica`]: a query, as references
    /// - [`Self::get_query_cloud_replica_entities`]: a query, in full
    pub fn get_query_cloud_replica_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_REPLICA, query)
    }

    /// One page of entities ([`CloudReplica`](crate::api::types::CloudReplica)) of the query, with its paging info. Every page: [`Self::get_query_cloud_replica_entities_all`].
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// `GET /query?type=CloudReplica&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudReplica` ([`query_types::CLOUD_REPLICA`](crate::api::query_types::CLOUD_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/replicas?format=Entity` (`CloudReplicas`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_replicas`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_replicas_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_replicas_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_replica`]: a query, as references
    pub async fn get_query_cloud_replica_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudReplica> {
        self.query_entities_of(&super::query_types::CLOUD_REPLICA, query).await
    }

    /// Every entity ([`CloudReplica`](crate::api::types::CloudReplica)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_replica_entities`].
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// `GET /query?type=CloudReplica&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudReplica` ([`query_types::CLOUD_REPLICA`](crate::api::query_types::CLOUD_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/replicas?format=Entity` (`CloudReplicas`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_replicas`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_replicas_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_replicas_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_replica`]: a query, as references
    /// - [`Self::get_query_cloud_replica_entities`]: a query, in full
    pub fn get_query_cloud_replica_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudReplica> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_REPLICA, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_subtenant_all`].
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// `GET /query?type=CloudSubtenant`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudSubtenant` ([`query_types::CLOUD_SUBTENANT`](crate::api::query_types::CLOUD_SUBTENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_subtenant_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants_by_id_subtenants_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_subtenant_entities`]: a query, in full
    pub async fn get_query_cloud_subtenant(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_SUBTENANT, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_subtenant`].
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// `GET /query?type=CloudSubtenant`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudSubtenant` ([`query_types::CLOUD_SUBTENANT`](crate::api::query_types::CLOUD_SUBTENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_subtenant_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants_by_id_subtenants_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_subtenant`]: a query, as references
    /// - [`Self::get_query_cloud_subtenant_entities`]: a query, in full
    pub fn get_query_cloud_subtenant_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_SUBTENANT, query)
    }

    /// One page of entities ([`CloudSubtenant`](crate::api::types::CloudSubtenant)) of the query, with its paging info. Every page: [`Self::get_query_cloud_subtenant_entities_all`].
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// `GET /query?type=CloudSubtenant&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudSubtenant` ([`query_types::CLOUD_SUBTENANT`](crate::api::query_types::CLOUD_SUBTENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `CloudSubtenant`.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants_by_id_subtenants_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_subtenant`]: a query, as references
    pub async fn get_query_cloud_subtenant_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudSubtenant> {
        self.query_entities_of(&super::query_types::CLOUD_SUBTENANT, query).await
    }

    /// Every entity ([`CloudSubtenant`](crate::api::types::CloudSubtenant)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_subtenant_entities`].
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// `GET /query?type=CloudSubtenant&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudSubtenant` ([`query_types::CLOUD_SUBTENANT`](crate::api::query_types::CLOUD_SUBTENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `CloudSubtenant`.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants_by_id_subtenants_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_subtenant`]: a query, as references
    /// - [`Self::get_query_cloud_subtenant_entities`]: a query, in full
    pub fn get_query_cloud_subtenant_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudSubtenant> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_SUBTENANT, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_tenant_all`].
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// `GET /query?type=CloudTenant`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudTenant` ([`query_types::CLOUD_TENANT`](crate::api::query_types::CLOUD_TENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_tenant_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_tenant_entities`]: a query, in full
    pub async fn get_query_cloud_tenant(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_TENANT, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_tenant`].
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// `GET /query?type=CloudTenant`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudTenant` ([`query_types::CLOUD_TENANT`](crate::api::query_types::CLOUD_TENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_tenant_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_tenant`]: a query, as references
    /// - [`Self::get_query_cloud_tenant_entities`]: a query, in full
    pub fn get_query_cloud_tenant_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_TENANT, query)
    }

    /// One page of entities ([`CloudTenant`](crate::api::types::CloudTenant)) of the query, with its paging info. Every page: [`Self::get_query_cloud_tenant_entities_all`].
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// `GET /query?type=CloudTenant&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudTenant` ([`query_types::CLOUD_TENANT`](crate::api::query_types::CLOUD_TENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/tenants?format=Entity` (`CloudTenants`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_tenant`]: a query, as references
    pub async fn get_query_cloud_tenant_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudTenant> {
        self.query_entities_of(&super::query_types::CLOUD_TENANT, query).await
    }

    /// Every entity ([`CloudTenant`](crate::api::types::CloudTenant)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_tenant_entities`].
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// `GET /query?type=CloudTenant&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudTenant` ([`query_types::CLOUD_TENANT`](crate::api::query_types::CLOUD_TENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/tenants?format=Entity` (`CloudTenants`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_tenants_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_tenant`]: a query, as references
    /// - [`Self::get_query_cloud_tenant_entities`]: a query, in full
    pub fn get_query_cloud_tenant_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudTenant> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_TENANT, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_vm_replica_point_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// `GET /query?type=CloudVmReplicaPoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudVmReplicaPoint` ([`query_types::CLOUD_VM_REPLICA_POINT`](crate::api::query_types::CLOUD_VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vm_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vm_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vm_replica_points_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_vm_replica_point_entities`]: a query, in full
    pub async fn get_query_cloud_vm_replica_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_VM_REPLICA_POINT, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_vm_replica_point`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// `GET /query?type=CloudVmReplicaPoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudVmReplicaPoint` ([`query_types::CLOUD_VM_REPLICA_POINT`](crate::api::query_types::CLOUD_VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vm_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vm_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vm_replica_points_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_cloud_vm_replica_point_entities`]: a query, in full
    pub fn get_query_cloud_vm_replica_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_VM_REPLICA_POINT, query)
    }

    /// One page of entities ([`CloudVmReplicaPoint`](crate::api::types::CloudVmReplicaPoint)) of the query, with its paging info. Every page: [`Self::get_query_cloud_vm_replica_point_entities_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// `GET /query?type=CloudVmReplicaPoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudVmReplicaPoint` ([`query_types::CLOUD_VM_REPLICA_POINT`](crate::api::query_types::CLOUD_VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/vmReplicaPoints?format=Entity` (`CloudVmReplicaPoints`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vm_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vm_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vm_replica_points_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_vm_replica_point`]: a query, as references
    pub async fn get_query_cloud_vm_replica_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudVmReplicaPoint> {
        self.query_entities_of(&super::query_types::CLOUD_VM_REPLICA_POINT, query).await
    }

    /// Every entity ([`CloudVmReplicaPoint`](crate::api::types::CloudVmReplicaPoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_vm_replica_point_entities`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// `GET /query?type=CloudVmReplicaPoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudVmReplicaPoint` ([`query_types::CLOUD_VM_REPLICA_POINT`](crate::api::query_types::CLOUD_VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/vmReplicaPoints?format=Entity` (`CloudVmReplicaPoints`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vm_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vm_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vm_replica_points_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_cloud_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_cloud_vm_replica_point_entities`]: a query, in full
    pub fn get_query_cloud_vm_replica_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudVmReplicaPoint> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_VM_REPLICA_POINT, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_credentials_all`].
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// `GET /query?type=Credentials`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Credentials` ([`query_types::CREDENTIALS`](crate::api::query_types::CREDENTIALS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_credentials_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_by_id_credentials_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_credentials_entities`]: a query, in full
    pub async fn get_query_credentials(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CREDENTIALS, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_credentials`].
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// `GET /query?type=Credentials`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Credentials` ([`query_types::CREDENTIALS`](crate::api::query_types::CREDENTIALS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_credentials_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_by_id_credentials_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_credentials`]: a query, as references
    /// - [`Self::get_query_credentials_entities`]: a query, in full
    pub fn get_query_credentials_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CREDENTIALS, query)
    }

    /// One page of entities ([`CredentialsInfo`](crate::api::types::CredentialsInfo)) of the query, with its paging info. Every page: [`Self::get_query_credentials_entities_all`].
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// `GET /query?type=Credentials&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Credentials` ([`query_types::CREDENTIALS`](crate::api::query_types::CREDENTIALS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/credentials?format=Entity` (`CredentialsInfoList`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_by_id_credentials_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_credentials`]: a query, as references
    pub async fn get_query_credentials_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CredentialsInfo> {
        self.query_entities_of(&super::query_types::CREDENTIALS, query).await
    }

    /// Every entity ([`CredentialsInfo`](crate::api::types::CredentialsInfo)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_credentials_entities`].
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// `GET /query?type=Credentials&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Credentials` ([`query_types::CREDENTIALS`](crate::api::query_types::CREDENTIALS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/credentials?format=Entity` (`CredentialsInfoList`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_by_id_credentials_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_credentials`]: a query, as references
    /// - [`Self::get_query_credentials_entities`]: a query, in full
    pub fn get_query_credentials_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CredentialsInfo> + '_ {
        self.query_all_entities_of(&super::query_types::CREDENTIALS, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_discovered_computer_all`].
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// `GET /query?type=DiscoveredComputer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `DiscoveredComputer` ([`query_types::DISCOVERED_COMPUTER`](crate::api::query_types::DISCOVERED_COMPUTER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_discovered_computer_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_discovered_computers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_discovered_computers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_discovered_computers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_discovered_computer_entities`]: a query, in full
    pub async fn get_query_discovered_computer(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::DISCOVERED_COMPUTER, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_discovered_computer`].
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// `GET /query?type=DiscoveredComputer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `DiscoveredComputer` ([`query_types::DISCOVERED_COMPUTER`](crate::api::query_types::DISCOVERED_COMPUTER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_discovered_computer_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_discovered_computers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_discovered_computers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_discovered_computers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_discovered_computer`]: a query, as references
    /// - [`Self::get_query_discovered_computer_entities`]: a query, in full
    pub fn get_query_discovered_computer_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::DISCOVERED_COMPUTER, query)
    }

    /// One page of entities ([`DiscoveredComputer`](crate::api::types::DiscoveredComputer)) of the query, with its paging info. Every page: [`Self::get_query_discovered_computer_entities_all`].
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// `GET /query?type=DiscoveredComputer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `DiscoveredComputer` ([`query_types::DISCOVERED_COMPUTER`](crate::api::query_types::DISCOVERED_COMPUTER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/discoveredComputers?format=Entity` (`DiscoveredComputers`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_discovered_computers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_discovered_computers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_discovered_computers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_discovered_computer`]: a query, as references
    pub async fn get_query_discovered_computer_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::DiscoveredComputer> {
        self.query_entities_of(&super::query_types::DISCOVERED_COMPUTER, query).await
    }

    /// Every entity ([`DiscoveredComputer`](crate::api::types::DiscoveredComputer)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_discovered_computer_entities`].
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// `GET /query?type=DiscoveredComputer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `DiscoveredComputer` ([`query_types::DISCOVERED_COMPUTER`](crate::api::query_types::DISCOVERED_COMPUTER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/discoveredComputers?format=Entity` (`DiscoveredComputers`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_discovered_computers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_discovered_computers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_discovered_computers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_discovered_computer`]: a query, as references
    /// - [`Self::get_query_discovered_computer_entities`]: a query, in full
    pub fn get_query_discovered_computer_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::DiscoveredComputer> + '_ {
        self.query_all_entities_of(&super::query_types::DISCOVERED_COMPUTER, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_failover_plan_all`].
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// `GET /query?type=FailoverPlan`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FailoverPlan` ([`query_types::FAILOVER_PLAN`](crate::api::query_types::FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_failover_plan_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_failover_plans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_failover_plans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_failover_plans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_failover_plan_entities`]: a query, in full
    pub async fn get_query_failover_plan(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::FAILOVER_PLAN, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_failover_plan`].
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// `GET /query?type=FailoverPlan`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FailoverPlan` ([`query_types::FAILOVER_PLAN`](crate::api::query_types::FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_failover_plan_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_failover_plans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_failover_plans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_failover_plans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_failover_plan`]: a query, as references
    /// - [`Self::get_query_failover_plan_entities`]: a query, in full
    pub fn get_query_failover_plan_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::FAILOVER_PLAN, query)
    }

    /// One page of entities ([`FailoverPlan`](crate::api::types::FailoverPlan)) of the query, with its paging info. Every page: [`Self::get_query_failover_plan_entities_all`].
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// `GET /query?type=FailoverPlan&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FailoverPlan` ([`query_types::FAILOVER_PLAN`](crate::api::query_types::FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /failoverPlans?format=Entity` (`FailoverPlans`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_failover_plans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_failover_plans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_failover_plans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_failover_plan`]: a query, as references
    pub async fn get_query_failover_plan_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::FailoverPlan> {
        self.query_entities_of(&super::query_types::FAILOVER_PLAN, query).await
    }

    /// Every entity ([`FailoverPlan`](crate::api::types::FailoverPlan)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_failover_plan_entities`].
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// `GET /query?type=FailoverPlan&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FailoverPlan` ([`query_types::FAILOVER_PLAN`](crate::api::query_types::FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /failoverPlans?format=Entity` (`FailoverPlans`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_failover_plans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_failover_plans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_failover_plans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_failover_plan`]: a query, as references
    /// - [`Self::get_query_failover_plan_entities`]: a query, in full
    pub fn get_query_failover_plan_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::FailoverPlan> + '_ {
        self.query_all_entities_of(&super::query_types::FAILOVER_PLAN, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_file_server_all`].
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// `GET /query?type=FileServer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FileServer` ([`query_types::FILE_SERVER`](crate::api::query_types::FILE_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_file_server_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_file_servers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_file_servers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_file_servers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_file_server_entities`]: a query, in full
    pub async fn get_query_file_server(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::FILE_SERVER, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_file_server`].
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// `GET /query?type=FileServer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FileServer` ([`query_types::FILE_SERVER`](crate::api::query_types::FILE_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_file_server_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_file_servers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_file_servers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_file_servers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_file_server`]: a query, as references
    /// - [`Self::get_query_file_server_entities`]: a query, in full
    pub fn get_query_file_server_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::FILE_SERVER, query)
    }

    /// One page of entities ([`FileServer`](crate::api::types::FileServer)) of the query, with its paging info. Every page: [`Self::get_query_file_server_entities_all`].
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// `GET /query?type=FileServer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FileServer` ([`query_types::FILE_SERVER`](crate::api::query_types::FILE_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /nas/fileServers?format=Entity` (`FileServers`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_file_servers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_file_servers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_file_servers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_file_server`]: a query, as references
    pub async fn get_query_file_server_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::FileServer> {
        self.query_entities_of(&super::query_types::FILE_SERVER, query).await
    }

    /// Every entity ([`FileServer`](crate::api::types::FileServer)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_file_server_entities`].
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// `GET /query?type=FileServer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FileServer` ([`query_types::FILE_SERVER`](crate::api::query_types::FILE_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /nas/fileServers?format=Entity` (`FileServers`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_file_servers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_file_servers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_file_servers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_file_server`]: a query, as references
    /// - [`Self::get_query_file_server_entities`]: a query, in full
    pub fn get_query_file_server_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::FileServer> + '_ {
        self.query_all_entities_of(&super::query_types::FILE_SERVER, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_hierarchy_root_all`].
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// `GET /query?type=HierarchyRoot`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `HierarchyRoot` ([`query_types::HIERARCHY_ROOT`](crate::api::query_types::HIERARCHY_ROOT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_hierarchy_root_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_hierarchy_roots`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_hierarchy_roots_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_hierarchy_roots_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_hierarchy_root_entities`]: a query, in full
    pub async fn get_query_hierarchy_root(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::HIERARCHY_ROOT, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_hierarchy_root`].
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// `GET /query?type=HierarchyRoot`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `HierarchyRoot` ([`query_types::HIERARCHY_ROOT`](crate::api::query_types::HIERARCHY_ROOT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_hierarchy_root_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_hierarchy_roots`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_hierarchy_roots_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_hierarchy_roots_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_hierarchy_root`]: a query, as references
    /// - [`Self::get_query_hierarchy_root_entities`]: a query, in full
    pub fn get_query_hierarchy_root_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::HIERARCHY_ROOT, query)
    }

    /// One page of entities ([`HierarchyRoot`](crate::api::types::HierarchyRoot)) of the query, with its paging info. Every page: [`Self::get_query_hierarchy_root_entities_all`].
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// `GET /query?type=HierarchyRoot&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `HierarchyRoot` ([`query_types::HIERARCHY_ROOT`](crate::api::query_types::HIERARCHY_ROOT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /hierarchyRoots?format=Entity` (`HierarchyRoots`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_hierarchy_roots`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_hierarchy_roots_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_hierarchy_roots_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_hierarchy_root`]: a query, as references
    pub async fn get_query_hierarchy_root_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::HierarchyRoot> {
        self.query_entities_of(&super::query_types::HIERARCHY_ROOT, query).await
    }

    /// Every entity ([`HierarchyRoot`](crate::api::types::HierarchyRoot)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_hierarchy_root_entities`].
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// `GET /query?type=HierarchyRoot&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `HierarchyRoot` ([`query_types::HIERARCHY_ROOT`](crate::api::query_types::HIERARCHY_ROOT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /hierarchyRoots?format=Entity` (`HierarchyRoots`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_hierarchy_roots`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_hierarchy_roots_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_hierarchy_roots_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_hierarchy_root`]: a query, as references
    /// - [`Self::get_query_hierarchy_root_entities`]: a query, in full
    pub fn get_query_hierarchy_root_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::HierarchyRoot> + '_ {
        self.query_all_entities_of(&super::query_types::HIERARCHY_ROOT, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_job_all`].
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// `GET /query?type=Job`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Job` ([`query_types::JOB`](crate::api::query_types::JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "jobs",
        doc = " - [`Self::get_jobs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "jobs",
        doc = " - [`Self::get_jobs_entities`]: every one, in full"
    )]
    #[cfg_attr(feature = "jobs", doc = " - [`Self::get_jobs_by_id`]: one, by its id")]
    /// - [`Self::get_query_job_entities`]: a query, in full
    pub async fn get_query_job(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::JOB, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_job`].
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// `GET /query?type=Job`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Job` ([`query_types::JOB`](crate::api::query_types::JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "jobs",
        doc = " - [`Self::get_jobs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "jobs",
        doc = " - [`Self::get_jobs_entities`]: every one, in full"
    )]
    #[cfg_attr(feature = "jobs", doc = " - [`Self::get_jobs_by_id`]: one, by its id")]
    /// - [`Self::get_query_job`]: a query, as references
    /// - [`Self::get_query_job_entities`]: a query, in full
    pub fn get_query_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::JOB, query)
    }

    /// One page of entities ([`Job`](crate::api::types::Job)) of the query, with its paging info. Every page: [`Self::get_query_job_entities_all`].
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// `GET /query?type=Job&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Job` ([`query_types::JOB`](crate::api::query_types::JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /jobs?format=Entity` (`Jobs`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "jobs",
        doc = " - [`Self::get_jobs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "jobs",
        doc = " - [`Self::get_jobs_entities`]: every one, in full"
    )]
    #[cfg_attr(feature = "jobs", doc = " - [`Self::get_jobs_by_id`]: one, by its id")]
    /// - [`Self::get_query_job`]: a query, as references
    pub async fn get_query_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Job> {
        self.query_entities_of(&super::query_types::JOB, query).await
    }

    /// Every entity ([`Job`](crate::api::types::Job)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_job_entities`].
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// `GET /query?type=Job&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Job` ([`query_types::JOB`](crate::api::query_types::JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /jobs?format=Entity` (`Jobs`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "jobs",
        doc = " - [`Self::get_jobs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "jobs",
        doc = " - [`Self::get_jobs_entities`]: every one, in full"
    )]
    #[cfg_attr(feature = "jobs", doc = " - [`Self::get_jobs_by_id`]: one, by its id")]
    /// - [`Self::get_query_job`]: a query, as references
    /// - [`Self::get_query_job_entities`]: a query, in full
    pub fn get_query_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Job> + '_ {
        self.query_all_entities_of(&super::query_types::JOB, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_managed_server_all`].
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ManagedServer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ManagedServer` ([`query_types::MANAGED_SERVER`](crate::api::query_types::MANAGED_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_managed_server_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_managed_servers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_managed_servers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_managed_servers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_managed_server_entities`]: a query, in full
    pub async fn get_query_managed_server(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::MANAGED_SERVER, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_managed_server`].
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ManagedServer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ManagedServer` ([`query_types::MANAGED_SERVER`](crate::api::query_types::MANAGED_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_managed_server_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_managed_servers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_managed_servers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_managed_servers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_managed_server`]: a query, as references
    /// - [`Self::get_query_managed_server_entities`]: a query, in full
    pub fn get_query_managed_server_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::MANAGED_SERVER, query)
    }

    /// One page of entities ([`ManagedServer`](crate::api::types::ManagedServer)) of the query, with its paging info. Every page: [`Self::get_query_managed_server_entities_all`].
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ManagedServer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ManagedServer` ([`query_types::MANAGED_SERVER`](crate::api::query_types::MANAGED_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `ManagedServer`.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_managed_servers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_managed_servers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_managed_servers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_managed_server`]: a query, as references
    pub async fn get_query_managed_server_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::ManagedServer> {
        self.query_entities_of(&super::query_types::MANAGED_SERVER, query).await
    }

    /// Every entity ([`ManagedServer`](crate::api::types::ManagedServer)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_managed_server_entities`].
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ManagedServer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ManagedServer` ([`query_types::MANAGED_SERVER`](crate::api::query_types::MANAGED_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `ManagedServer`.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_managed_servers`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_managed_servers_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "inventory",
        doc = " - [`Self::get_managed_servers_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_managed_server`]: a query, as references
    /// - [`Self::get_query_managed_server_entities`]: a query, in full
    pub fn get_query_managed_server_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::ManagedServer> + '_ {
        self.query_all_entities_of(&super::query_types::MANAGED_SERVER, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_nas_job_all`].
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// `GET /query?type=NasJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasJob` ([`query_types::NAS_JOB`](crate::api::query_types::NAS_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_nas_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_jobs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_jobs_entities`]: every one, in full"
    )]
    #[cfg_attr(feature = "nas", doc = " - [`Self::get_nas_jobs_by_id`]: one, by its id")]
    /// - [`Self::get_query_nas_job_entities`]: a query, in full
    pub async fn get_query_nas_job(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::NAS_JOB, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_nas_job`].
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// `GET /query?type=NasJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasJob` ([`query_types::NAS_JOB`](crate::api::query_types::NAS_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_nas_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_jobs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_jobs_entities`]: every one, in full"
    )]
    #[cfg_attr(feature = "nas", doc = " - [`Self::get_nas_jobs_by_id`]: one, by its id")]
    /// - [`Self::get_query_nas_job`]: a query, as references
    /// - [`Self::get_query_nas_job_entities`]: a query, in full
    pub fn get_query_nas_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::NAS_JOB, query)
    }

    /// One page of entities ([`NasJob`](crate::api::types::NasJob)) of the query, with its paging info. Every page: [`Self::get_query_nas_job_entities_all`].
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// `GET /query?type=NasJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasJob` ([`query_types::NAS_JOB`](crate::api::query_types::NAS_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /nas/jobs?format=Entity` (`NASJobs`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_jobs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_jobs_entities`]: every one, in full"
    )]
    #[cfg_attr(feature = "nas", doc = " - [`Self::get_nas_jobs_by_id`]: one, by its id")]
    /// - [`Self::get_query_nas_job`]: a query, as references
    pub async fn get_query_nas_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::NasJob> {
        self.query_entities_of(&super::query_types::NAS_JOB, query).await
    }

    /// Every entity ([`NasJob`](crate::api::types::NasJob)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_nas_job_entities`].
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// `GET /query?type=NasJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasJob` ([`query_types::NAS_JOB`](crate::api::query_types::NAS_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /nas/jobs?format=Entity` (`NASJobs`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_jobs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_jobs_entities`]: every one, in full"
    )]
    #[cfg_attr(feature = "nas", doc = " - [`Self::get_nas_jobs_by_id`]: one, by its id")]
    /// - [`Self::get_query_nas_job`]: a query, as references
    /// - [`Self::get_query_nas_job_entities`]: a query, in full
    pub fn get_query_nas_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::NasJob> + '_ {
        self.query_all_entities_of(&super::query_types::NAS_JOB, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_nas_object_all`].
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// `GET /query?type=NasObject`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasObject` ([`query_types::NAS_OBJECT`](crate::api::query_types::NAS_OBJECT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_nas_object_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_jobs_by_id_includes_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_nas_object_entities`]: a query, in full
    pub async fn get_query_nas_object(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::NAS_OBJECT, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_nas_object`].
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// `GET /query?type=NasObject`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasObject` ([`query_types::NAS_OBJECT`](crate::api::query_types::NAS_OBJECT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_nas_object_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_jobs_by_id_includes_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_nas_object`]: a query, as references
    /// - [`Self::get_query_nas_object_entities`]: a query, in full
    pub fn get_query_nas_object_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::NAS_OBJECT, query)
    }

    /// One page of entities ([`NasObject`](crate::api::types::NasObject)) of the query, with its paging info. Every page: [`Self::get_query_nas_object_entities_all`].
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// `GET /query?type=NasObject&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasObject` ([`query_types::NAS_OBJECT`](crate::api::query_types::NAS_OBJECT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /nas/jobs/{ID}/includes?format=Entity` (`NASObjects`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_jobs_by_id_includes_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_nas_object`]: a query, as references
    pub async fn get_query_nas_object_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::NasObject> {
        self.query_entities_of(&super::query_types::NAS_OBJECT, query).await
    }

    /// Every entity ([`NasObject`](crate::api::types::NasObject)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_nas_object_entities`].
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// `GET /query?type=NasObject&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasObject` ([`query_types::NAS_OBJECT`](crate::api::query_types::NAS_OBJECT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /nas/jobs/{ID}/includes?format=Entity` (`NASObjects`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "nas",
        doc = " - [`Self::get_nas_jobs_by_id_includes_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_nas_object`]: a query, as references
    /// - [`Self::get_query_nas_object_entities`]: a query, in full
    pub fn get_query_nas_object_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::NasObject> + '_ {
        self.query_all_entities_of(&super::query_types::NAS_OBJECT, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_object_in_agent_backup_job_all`].
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInAgentBackupJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInAgentBackupJob` ([`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](crate::api::query_types::OBJECT_IN_AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_object_in_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_agent_backup_job_entities`]: a query, in full
    pub async fn get_query_object_in_agent_backup_job(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::OBJECT_IN_AGENT_BACKUP_JOB, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_object_in_agent_backup_job`].
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInAgentBackupJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInAgentBackupJob` ([`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](crate::api::query_types::OBJECT_IN_AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_object_in_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_agent_backup_job`]: a query, as references
    /// - [`Self::get_query_object_in_agent_backup_job_entities`]: a query, in full
    pub fn get_query_object_in_agent_backup_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::OBJECT_IN_AGENT_BACKUP_JOB, query)
    }

    /// One page of entities ([`ObjectInAgentBackupJob`](crate::api::types::ObjectInAgentBackupJob)) of the query, with its paging info. Every page: [`Self::get_query_object_in_agent_backup_job_entities_all`].
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInAgentBackupJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInAgentBackupJob` ([`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](crate::api::query_types::OBJECT_IN_AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `ObjectInAgentBackupJob`.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_agent_backup_job`]: a query, as references
    pub async fn get_query_object_in_agent_backup_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::ObjectInAgentBackupJob> {
        self.query_entities_of(&super::query_types::OBJECT_IN_AGENT_BACKUP_JOB, query)
            .await
    }

    /// Every entity ([`ObjectInAgentBackupJob`](crate::api::types::ObjectInAgentBackupJob)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_object_in_agent_backup_job_entities`].
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInAgentBackupJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInAgentBackupJob` ([`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](crate::api::query_types::OBJECT_IN_AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `ObjectInAgentBackupJob`.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_agent_backup_job`]: a query, as references
    /// - [`Self::get_query_object_in_agent_backup_job_entities`]: a query, in full
    pub fn get_query_object_in_agent_backup_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::ObjectInAgentBackupJob> + '_ {
        self.query_all_entities_of(
            &super::query_types::OBJECT_IN_AGENT_BACKUP_JOB,
            query,
        )
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_object_in_job_all`].
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInJob` ([`query_types::OBJECT_IN_JOB`](crate::api::query_types::OBJECT_IN_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_object_in_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_job_entities`]: a query, in full
    pub async fn get_query_object_in_job(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::OBJECT_IN_JOB, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_object_in_job`].
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInJob` ([`query_types::OBJECT_IN_JOB`](crate::api::query_types::OBJECT_IN_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_object_in_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_job`]: a query, as references
    /// - [`Self::get_query_object_in_job_entities`]: a query, in full
    pub fn get_query_object_in_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::OBJECT_IN_JOB, query)
    }

    /// One page of entities ([`ObjectInJob`](crate::api::types::ObjectInJob)) of the query, with its paging info. Every page: [`Self::get_query_object_in_job_entities_all`].
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInJob` ([`query_types::OBJECT_IN_JOB`](crate::api::query_types::OBJECT_IN_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /jobs/{ID}/includes?format=Entity` (`ObjectsInJob`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_job`]: a query, as references
    pub async fn get_query_object_in_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::ObjectInJob> {
        self.query_entities_of(&super::query_types::OBJECT_IN_JOB, query).await
    }

    /// Every entity ([`ObjectInJob`](crate::api::types::ObjectInJob)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_object_in_job_entities`].
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInJob` ([`query_types::OBJECT_IN_JOB`](crate::api::query_types::OBJECT_IN_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /jobs/{ID}/includes?format=Entity` (`ObjectsInJob`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_job`]: a query, as references
    /// - [`Self::get_query_object_in_job_entities`]: a query, in full
    pub fn get_query_object_in_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::ObjectInJob> + '_ {
        self.query_all_entities_of(&super::query_types::OBJECT_IN_JOB, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_passwords_all`].
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// `GET /query?type=Passwords`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Passwords` ([`query_types::PASSWORDS`](crate::api::query_types::PASSWORDS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_passwords_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_by_id_passwords_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_passwords_entities`]: a query, in full
    pub async fn get_query_passwords(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::PASSWORDS, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_passwords`].
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// `GET /query?type=Passwords`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Passwords` ([`query_types::PASSWORDS`](crate::api::query_types::PASSWORDS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_passwords_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_by_id_passwords_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_passwords`]: a query, as references
    /// - [`Self::get_query_passwords_entities`]: a query, in full
    pub fn get_query_passwords_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::PASSWORDS, query)
    }

    /// One page of entities ([`PasswordKeyInfo`](crate::api::types::PasswordKeyInfo)) of the query, with its paging info. Every page: [`Self::get_query_passwords_entities_all`].
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// `GET /query?type=Passwords&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Passwords` ([`query_types::PASSWORDS`](crate::api::query_types::PASSWORDS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/passwords?format=Entity` (`PasswordKeyInfoList`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_by_id_passwords_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_passwords`]: a query, as references
    pub async fn get_query_passwords_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::PasswordKeyInfo> {
        self.query_entities_of(&super::query_types::PASSWORDS, query).await
    }

    /// Every entity ([`PasswordKeyInfo`](crate::api::types::PasswordKeyInfo)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_passwords_entities`].
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// `GET /query?type=Passwords&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Passwords` ([`query_types::PASSWORDS`](crate::api::query_types::PASSWORDS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/passwords?format=Entity` (`PasswordKeyInfoList`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "backup-servers",
        doc = " - [`Self::get_backup_servers_by_id_passwords_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_passwords`]: a query, as references
    /// - [`Self::get_query_passwords_entities`]: a query, in full
    pub fn get_query_passwords_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::PasswordKeyInfo> + '_ {
        self.query_all_entities_of(&super::query_types::PASSWORDS, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_replica_all`].
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// `GET /query?type=Replica`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Replica` ([`query_types::REPLICA`](crate::api::query_types::REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_replica_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_entities`]: a query, in full
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_replicas`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_replicas_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_replicas_by_id`]: one, by its id"
    )]
    pub async fn get_query_replica(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::REPLICA, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_replica`].
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// `GET /query?type=Replica`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Replica` ([`query_types::REPLICA`](crate::api::query_types::REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_replica_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica`]: a query, as references
    /// - [`Self::get_query_replica_entities`]: a query, in full
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_replicas`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_replicas_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_replicas_by_id`]: one, by its id"
    )]
    pub fn get_query_replica_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::REPLICA, query)
    }

    /// One page of entities ([`Replica`](crate::api::types::Replica)) of the query, with its paging info. Every page: [`Self::get_query_replica_entities_all`].
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// `GET /query?type=Replica&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Replica` ([`query_types::REPLICA`](crate::api::query_types::REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /replicas?format=Entity` (`Replicas`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica`]: a query, as references
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_replicas`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_replicas_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_replicas_by_id`]: one, by its id"
    )]
    pub async fn get_query_replica_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Replica> {
        self.query_entities_of(&super::query_types::REPLICA, query).await
    }

    /// Every entity ([`Replica`](crate::api::types::Replica)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_replica_entities`].
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// `GET /query?type=Replica&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Replica` ([`query_types::REPLICA`](crate::api::query_types::REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /replicas?format=Entity` (`Replicas`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica`]: a query, as references
    /// - [`Self::get_query_replica_entities`]: a query, in full
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_replicas`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_replicas_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_replicas_by_id`]: one, by its id"
    )]
    pub fn get_query_replica_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Replica> + '_ {
        self.query_all_entities_of(&super::query_types::REPLICA, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_replica_job_session_all`].
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// `GET /query?type=ReplicaJobSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaJobSession` ([`query_types::REPLICA_JOB_SESSION`](crate::api::query_types::REPLICA_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_replica_job_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_job_session_entities`]: a query, in full
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_sessions_by_id`]: one, by its id"
    )]
    pub async fn get_query_replica_job_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::REPLICA_JOB_SESSION, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_replica_job_session`].
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// `GET /query?type=ReplicaJobSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaJobSession` ([`query_types::REPLICA_JOB_SESSION`](crate::api::query_types::REPLICA_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_replica_job_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_job_session`]: a query, as references
    /// - [`Self::get_query_replica_job_session_entities`]: a query, in full
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_sessions_by_id`]: one, by its id"
    )]
    pub fn get_query_replica_job_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::REPLICA_JOB_SESSION, query)
    }

    /// One page of entities ([`ReplicaJobSession`](crate::api::types::ReplicaJobSession)) of the query, with its paging info. Every page: [`Self::get_query_replica_job_session_entities_all`].
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// `GET /query?type=ReplicaJobSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaJobSession` ([`query_types::REPLICA_JOB_SESSION`](crate::api::query_types::REPLICA_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /replicaSessions?format=Entity` (`ReplicaJobSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_job_session`]: a query, as references
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_sessions_by_id`]: one, by its id"
    )]
    pub async fn get_query_replica_job_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::ReplicaJobSession> {
        self.query_entities_of(&super::query_types::REPLICA_JOB_SESSION, query).await
    }

    /// Every entity ([`ReplicaJobSession`](crate::api::types::ReplicaJobSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_replica_job_session_entities`].
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// `GET /query?type=ReplicaJobSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaJobSession` ([`query_types::REPLICA_JOB_SESSION`](crate::api::query_types::REPLICA_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /replicaSessions?format=Entity` (`ReplicaJobSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_job_session`]: a query, as references
    /// - [`Self::get_query_replica_job_session_entities`]: a query, in full
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_sessions_by_id`]: one, by its id"
    )]
    pub fn get_query_replica_job_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::ReplicaJobSession> + '_ {
        self.query_all_entities_of(&super::query_types::REPLICA_JOB_SESSION, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_replica_task_session_all`].
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// `GET /query?type=ReplicaTaskSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaTaskSession` ([`query_types::REPLICA_TASK_SESSION`](crate::api::query_types::REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_replica_task_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session_entities`]: a query, in full
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_task_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_task_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_task_sessions_by_id`]: one, by its id"
    )]
    pub async fn get_query_replica_task_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::REPLICA_TASK_SESSION, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_replica_task_session`].
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// `GET /query?type=ReplicaTaskSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaTaskSession` ([`query_types::REPLICA_TASK_SESSION`](crate::api::query_types::REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_replica_task_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session`]: a query, as references
    /// - [`Self::get_query_replica_task_session_entities`]: a query, in full
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_task_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_task_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_task_sessions_by_id`]: one, by its id"
    )]
    pub fn get_query_replica_task_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::REPLICA_TASK_SESSION, query)
    }

    /// One page of entities ([`ReplicaTaskSession`](crate::api::types::ReplicaTaskSession)) of the query, with its paging info. Every page: [`Self::get_query_replica_task_session_entities_all`].
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// `GET /query?type=ReplicaTaskSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaTaskSession` ([`query_types::REPLICA_TASK_SESSION`](crate::api::query_types::REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /replicaTaskSessions?format=Entity` (`ReplicaTaskSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session`]: a query, as references
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_task_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_task_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_task_sessions_by_id`]: one, by its id"
    )]
    pub async fn get_query_replica_task_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::ReplicaTaskSession> {
        self.query_entities_of(&super::query_types::REPLICA_TASK_SESSION, query).await
    }

    /// Every entity ([`ReplicaTaskSession`](crate::api::types::ReplicaTaskSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_replica_task_session_entities`].
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// `GET /query?type=ReplicaTaskSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaTaskSession` ([`query_types::REPLICA_TASK_SESSION`](crate::api::query_types::REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /replicaTaskSessions?format=Entity` (`ReplicaTaskSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session`]: a query, as references
    /// - [`Self::get_query_replica_task_session_entities`]: a query, in full
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_task_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_task_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_replica_task_sessions_by_id`]: one, by its id"
    )]
    pub fn get_query_replica_task_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::ReplicaTaskSession> + '_ {
        self.query_all_entities_of(&super::query_types::REPLICA_TASK_SESSION, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_repository_all`].
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// `GET /query?type=Repository`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Repository` ([`query_types::REPOSITORY`](crate::api::query_types::REPOSITORY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_repository_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_repository_entities`]: a query, in full
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_repositories`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_repositories_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_repositories_by_id`]: one, by its id"
    )]
    pub async fn get_query_repository(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::REPOSITORY, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_repository`].
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// `GET /query?type=Repository`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Repository` ([`query_types::REPOSITORY`](crate::api::query_types::REPOSITORY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_repository_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_repository`]: a query, as references
    /// - [`Self::get_query_repository_entities`]: a query, in full
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_repositories`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_repositories_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_repositories_by_id`]: one, by its id"
    )]
    pub fn get_query_repository_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::REPOSITORY, query)
    }

    /// One page of entities ([`Repository`](crate::api::types::Repository)) of the query, with its paging info. Every page: [`Self::get_query_repository_entities_all`].
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// `GET /query?type=Repository&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Repository` ([`query_types::REPOSITORY`](crate::api::query_types::REPOSITORY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /repositories?format=Entity` (`Repositories`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_repository`]: a query, as references
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_repositories`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_repositories_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_repositories_by_id`]: one, by its id"
    )]
    pub async fn get_query_repository_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Repository> {
        self.query_entities_of(&super::query_types::REPOSITORY, query).await
    }

    /// Every entity ([`Repository`](crate::api::types::Repository)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_repository_entities`].
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// `GET /query?type=Repository&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Repository` ([`query_types::REPOSITORY`](crate::api::query_types::REPOSITORY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /repositories?format=Entity` (`Repositories`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_repository`]: a query, as references
    /// - [`Self::get_query_repository_entities`]: a query, in full
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_repositories`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_repositories_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_repositories_by_id`]: one, by its id"
    )]
    pub fn get_query_repository_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Repository> + '_ {
        self.query_all_entities_of(&super::query_types::REPOSITORY, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_restore_point_all`].
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// `GET /query?type=RestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestorePoint` ([`query_types::RESTORE_POINT`](crate::api::query_types::RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_restore_points_by_id`]: one, by its id"
    )]
    pub async fn get_query_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::RESTORE_POINT, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_restore_point`].
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// `GET /query?type=RestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestorePoint` ([`query_types::RESTORE_POINT`](crate::api::query_types::RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_restore_points_by_id`]: one, by its id"
    )]
    pub fn get_query_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::RESTORE_POINT, query)
    }

    /// One page of entities ([`RestorePoint`](crate::api::types::RestorePoint)) of the query, with its paging info. Every page: [`Self::get_query_restore_point_entities_all`].
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// `GET /query?type=RestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestorePoint` ([`query_types::RESTORE_POINT`](crate::api::query_types::RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /restorePoints?format=Entity` (`RestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_restore_points_by_id`]: one, by its id"
    )]
    pub async fn get_query_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::RestorePoint> {
        self.query_entities_of(&super::query_types::RESTORE_POINT, query).await
    }

    /// Every entity ([`RestorePoint`](crate::api::types::RestorePoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_restore_point_entities`].
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// `GET /query?type=RestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestorePoint` ([`query_types::RESTORE_POINT`](crate::api::query_types::RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /restorePoints?format=Entity` (`RestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_restore_points_by_id`]: one, by its id"
    )]
    pub fn get_query_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::RestorePoint> + '_ {
        self.query_all_entities_of(&super::query_types::RESTORE_POINT, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_restore_session_all`].
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// `GET /query?type=RestoreSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestoreSession` ([`query_types::RESTORE_SESSION`](crate::api::query_types::RESTORE_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_restore_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_session_entities`]: a query, in full
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_restore_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_restore_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_restore_sessions_by_id`]: one, by its id"
    )]
    pub async fn get_query_restore_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::RESTORE_SESSION, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_restore_session`].
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// `GET /query?type=RestoreSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestoreSession` ([`query_types::RESTORE_SESSION`](crate::api::query_types::RESTORE_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_restore_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_session`]: a query, as references
    /// - [`Self::get_query_restore_session_entities`]: a query, in full
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_restore_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_restore_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_restore_sessions_by_id`]: one, by its id"
    )]
    pub fn get_query_restore_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::RESTORE_SESSION, query)
    }

    /// One page of entities ([`RestoreSession`](crate::api::types::RestoreSession)) of the query, with its paging info. Every page: [`Self::get_query_restore_session_entities_all`].
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// `GET /query?type=RestoreSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestoreSession` ([`query_types::RESTORE_SESSION`](crate::api::query_types::RESTORE_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /restoreSessions?format=Entity` (`RestoreSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_session`]: a query, as references
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_restore_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_restore_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_restore_sessions_by_id`]: one, by its id"
    )]
    pub async fn get_query_restore_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::RestoreSession> {
        self.query_entities_of(&super::query_types::RESTORE_SESSION, query).await
    }

    /// Every entity ([`RestoreSession`](crate::api::types::RestoreSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_restore_session_entities`].
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// `GET /query?type=RestoreSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestoreSession` ([`query_types::RESTORE_SESSION`](crate::api::query_types::RESTORE_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /restoreSessions?format=Entity` (`RestoreSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_session`]: a query, as references
    /// - [`Self::get_query_restore_session_entities`]: a query, in full
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_restore_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_restore_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_restore_sessions_by_id`]: one, by its id"
    )]
    pub fn get_query_restore_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::RestoreSession> + '_ {
        self.query_all_entities_of(&super::query_types::RESTORE_SESSION, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_task_all`].
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// `GET /query?type=Task`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Task` ([`query_types::TASK`](crate::api::query_types::TASK)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_task_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_task_entities`]: a query, in full
    pub async fn get_query_task(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::TASK, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_task`].
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// `GET /query?type=Task`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Task` ([`query_types::TASK`](crate::api::query_types::TASK)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_task_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_task`]: a query, as references
    /// - [`Self::get_query_task_entities`]: a query, in full
    pub fn get_query_task_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::TASK, query)
    }

    /// One page of entities ([`Task`](crate::api::types::Task)) of the query, with its paging info. Every page: [`Self::get_query_task_entities_all`].
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// `GET /query?type=Task&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Task` ([`query_types::TASK`](crate::api::query_types::TASK)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `Task`.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_task`]: a query, as references
    pub async fn get_query_task_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Task> {
        self.query_entities_of(&super::query_types::TASK, query).await
    }

    /// Every entity ([`Task`](crate::api::types::Task)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_task_entities`].
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// `GET /query?type=Task&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Task` ([`query_types::TASK`](crate::api::query_types::TASK)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `Task`.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_task`]: a query, as references
    /// - [`Self::get_query_task_entities`]: a query, in full
    pub fn get_query_task_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Task> + '_ {
        self.query_all_entities_of(&super::query_types::TASK, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_v_cloud_organization_config_all`].
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// `GET /query?type=VCloudOrganizationConfig`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VCloudOrganizationConfig` ([`query_types::V_CLOUD_ORGANIZATION_CONFIG`](crate::api::query_types::V_CLOUD_ORGANIZATION_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_v_cloud_organization_config_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_cloud_organization_config_entities`]: a query, in full
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_v_cloud_org_configs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_v_cloud_org_configs_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_v_cloud_org_configs_by_id`]: one, by its id"
    )]
    pub async fn get_query_v_cloud_organization_config(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::V_CLOUD_ORGANIZATION_CONFIG, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_v_cloud_organization_config`].
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// `GET /query?type=VCloudOrganizationConfig`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VCloudOrganizationConfig` ([`query_types::V_CLOUD_ORGANIZATION_CONFIG`](crate::api::query_types::V_CLOUD_ORGANIZATION_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_v_cloud_organization_config_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_cloud_organization_config`]: a query, as references
    /// - [`Self::get_query_v_cloud_organization_config_entities`]: a query, in full
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_v_cloud_org_configs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_v_cloud_org_configs_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_v_cloud_org_configs_by_id`]: one, by its id"
    )]
    pub fn get_query_v_cloud_organization_config_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::V_CLOUD_ORGANIZATION_CONFIG, query)
    }

    /// One page of entities ([`VCloudOrganizationConfig`](crate::api::types::VCloudOrganizationConfig)) of the query, with its paging info. Every page: [`Self::get_query_v_cloud_organization_config_entities_all`].
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// `GET /query?type=VCloudOrganizationConfig&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VCloudOrganizationConfig` ([`query_types::V_CLOUD_ORGANIZATION_CONFIG`](crate::api::query_types::V_CLOUD_ORGANIZATION_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vCloud/orgConfigs?format=Entity` (`VCloudOrganizationConfigs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_cloud_organization_config`]: a query, as references
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_v_cloud_org_configs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_v_cloud_org_configs_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_v_cloud_org_configs_by_id`]: one, by its id"
    )]
    pub async fn get_query_v_cloud_organization_config_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VCloudOrganizationConfig> {
        self.query_entities_of(&super::query_types::V_CLOUD_ORGANIZATION_CONFIG, query)
            .await
    }

    /// Every entity ([`VCloudOrganizationConfig`](crate::api::types::VCloudOrganizationConfig)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_v_cloud_organization_config_entities`].
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// `GET /query?type=VCloudOrganizationConfig&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VCloudOrganizationConfig` ([`query_types::V_CLOUD_ORGANIZATION_CONFIG`](crate::api::query_types::V_CLOUD_ORGANIZATION_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vCloud/orgConfigs?format=Entity` (`VCloudOrganizationConfigs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_cloud_organization_config`]: a query, as references
    /// - [`Self::get_query_v_cloud_organization_config_entities`]: a query, in full
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_v_cloud_org_configs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_v_cloud_org_configs_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_v_cloud_org_configs_by_id`]: one, by its id"
    )]
    pub fn get_query_v_cloud_organization_config_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VCloudOrganizationConfig> + '_ {
        self.query_all_entities_of(
            &super::query_types::V_CLOUD_ORGANIZATION_CONFIG,
            query,
        )
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_vlan_configuration_all`].
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// `GET /query?type=VlanConfiguration`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VlanConfiguration` ([`query_types::VLAN_CONFIGURATION`](crate::api::query_types::VLAN_CONFIGURATION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vlan_configuration_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vlans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vlans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vlans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_vlan_configuration_entities`]: a query, in full
    pub async fn get_query_vlan_configuration(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::VLAN_CONFIGURATION, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vlan_configuration`].
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// `GET /query?type=VlanConfiguration`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VlanConfiguration` ([`query_types::VLAN_CONFIGURATION`](crate::api::query_types::VLAN_CONFIGURATION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vlan_configuration_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vlans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vlans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vlans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_vlan_configuration`]: a query, as references
    /// - [`Self::get_query_vlan_configuration_entities`]: a query, in full
    pub fn get_query_vlan_configuration_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::VLAN_CONFIGURATION, query)
    }

    /// One page of entities ([`VlanConfiguration`](crate::api::types::VlanConfiguration)) of the query, with its paging info. Every page: [`Self::get_query_vlan_configuration_entities_all`].
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// `GET /query?type=VlanConfiguration&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VlanConfiguration` ([`query_types::VLAN_CONFIGURATION`](crate::api::query_types::VLAN_CONFIGURATION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/vlans?format=Entity` (`VlanConfigurations`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vlans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vlans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vlans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_vlan_configuration`]: a query, as references
    pub async fn get_query_vlan_configuration_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VlanConfiguration> {
        self.query_entities_of(&super::query_types::VLAN_CONFIGURATION, query).await
    }

    /// Every entity ([`VlanConfiguration`](crate::api::types::VlanConfiguration)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vlan_configuration_entities`].
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// `GET /query?type=VlanConfiguration&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VlanConfiguration` ([`query_types::VLAN_CONFIGURATION`](crate::api::query_types::VLAN_CONFIGURATION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/vlans?format=Entity` (`VlanConfigurations`), the collection the page names.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vlans`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vlans_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "cloud",
        doc = " - [`Self::get_cloud_vlans_by_id`]: one, by its id"
    )]
    /// - [`Self::get_query_vlan_configuration`]: a query, as references
    /// - [`Self::get_query_vlan_configuration_entities`]: a query, in full
    pub fn get_query_vlan_configuration_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VlanConfiguration> + '_ {
        self.query_all_entities_of(&super::query_types::VLAN_CONFIGURATION, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_vm_replica_point_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// `GET /query?type=VmReplicaPoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmReplicaPoint` ([`query_types::VM_REPLICA_POINT`](crate::api::query_types::VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_replica_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points_by_id`]: one, by its id"
    )]
    pub async fn get_query_vm_replica_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::VM_REPLICA_POINT, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vm_replica_point`].
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// `GET /query?type=VmReplicaPoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmReplicaPoint` ([`query_types::VM_REPLICA_POINT`](crate::api::query_types::VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_vm_replica_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points_by_id`]: one, by its id"
    )]
    pub fn get_query_vm_replica_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::VM_REPLICA_POINT, query)
    }

    /// One page of entities ([`VmReplicaPoint`](crate::api::types::VmReplicaPoint)) of the query, with its paging info. Every page: [`Self::get_query_vm_replica_point_entities_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// `GET /query?type=VmReplicaPoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmReplicaPoint` ([`query_types::VM_REPLICA_POINT`](crate::api::query_types::VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vmReplicaPoints?format=Entity` (`VmReplicaPoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_replica_point`]: a query, as references
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points_by_id`]: one, by its id"
    )]
    pub async fn get_query_vm_replica_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VmReplicaPoint> {
        self.query_entities_of(&super::query_types::VM_REPLICA_POINT, query).await
    }

    /// Every entity ([`VmReplicaPoint`](crate::api::types::VmReplicaPoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vm_replica_point_entities`].
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// `GET /query?type=VmReplicaPoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmReplicaPoint` ([`query_types::VM_REPLICA_POINT`](crate::api::query_types::VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vmReplicaPoints?format=Entity` (`VmReplicaPoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_vm_replica_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points_by_id`]: one, by its id"
    )]
    pub fn get_query_vm_replica_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VmReplicaPoint> + '_ {
        self.query_all_entities_of(&super::query_types::VM_REPLICA_POINT, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_vm_restore_point_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// `GET /query?type=VmRestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmRestorePoint` ([`query_types::VM_RESTORE_POINT`](crate::api::query_types::VM_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vm_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points_by_id`]: one, by its id"
    )]
    pub async fn get_query_vm_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::VM_RESTORE_POINT, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vm_restore_point`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// `GET /query?type=VmRestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmRestorePoint` ([`query_types::VM_RESTORE_POINT`](crate::api::query_types::VM_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vm_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points_by_id`]: one, by its id"
    )]
    pub fn get_query_vm_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::VM_RESTORE_POINT, query)
    }

    /// One page of entities ([`VmRestorePoint`](crate::api::types::VmRestorePoint)) of the query, with its paging info. Every page: [`Self::get_query_vm_restore_point_entities_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// `GET /query?type=VmRestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmRestorePoint` ([`query_types::VM_RESTORE_POINT`](crate::api::query_types::VM_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vmRestorePoints?format=Entity` (`VmRestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points_by_id`]: one, by its id"
    )]
    pub async fn get_query_vm_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VmRestorePoint> {
        self.query_entities_of(&super::query_types::VM_RESTORE_POINT, query).await
    }

    /// Every entity ([`VmRestorePoint`](crate::api::types::VmRestorePoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vm_restore_point_entities`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// `GET /query?type=VmRestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmRestorePoint` ([`query_types::VM_RESTORE_POINT`](crate::api::query_types::VM_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vmRestorePoints?format=Entity` (`VmRestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points_by_id`]: one, by its id"
    )]
    pub fn get_query_vm_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VmRestorePoint> + '_ {
        self.query_all_entities_of(&super::query_types::VM_RESTORE_POINT, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_vsphere_self_service_config_all`].
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// `GET /query?type=VsphereSelfServiceConfig`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VsphereSelfServiceConfig` ([`query_types::VSPHERE_SELF_SERVICE_CONFIG`](crate::api::query_types::VSPHERE_SELF_SERVICE_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vsphere_self_service_config_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vsphere_self_service_config_entities`]: a query, in full
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_self_service_v_sphere_configs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_self_service_v_sphere_configs_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_self_service_v_sphere_configs_by_id`]: one, by its id"
    )]
    pub async fn get_query_vsphere_self_service_config(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::VSPHERE_SELF_SERVICE_CONFIG, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vsphere_self_service_config`].
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// `GET /query?type=VsphereSelfServiceConfig`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VsphereSelfServiceConfig` ([`query_types::VSPHERE_SELF_SERVICE_CONFIG`](crate::api::query_types::VSPHERE_SELF_SERVICE_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vsphere_self_service_config_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vsphere_self_service_config`]: a query, as references
    /// - [`Self::get_query_vsphere_self_service_config_entities`]: a query, in full
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_self_service_v_sphere_configs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_self_service_v_sphere_configs_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_self_service_v_sphere_configs_by_id`]: one, by its id"
    )]
    pub fn get_query_vsphere_self_service_config_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::VSPHERE_SELF_SERVICE_CONFIG, query)
    }

    /// One page of entities ([`VSphereSelfServiceConfig`](crate::api::types::VSphereSelfServiceConfig)) of the query, with its paging info. Every page: [`Self::get_query_vsphere_self_service_config_entities_all`].
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// `GET /query?type=VsphereSelfServiceConfig&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VsphereSelfServiceConfig` ([`query_types::VSPHERE_SELF_SERVICE_CONFIG`](crate::api::query_types::VSPHERE_SELF_SERVICE_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /selfService/vSphere/Configs?format=Entity` (`VSphereSelfServiceConfigs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vsphere_self_service_config`]: a query, as references
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_self_service_v_sphere_configs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_self_service_v_sphere_configs_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_self_service_v_sphere_configs_by_id`]: one, by its id"
    )]
    pub async fn get_query_vsphere_self_service_config_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VSphereSelfServiceConfig> {
        self.query_entities_of(&super::query_types::VSPHERE_SELF_SERVICE_CONFIG, query)
            .await
    }

    /// Every entity ([`VSphereSelfServiceConfig`](crate::api::types::VSphereSelfServiceConfig)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vsphere_self_service_config_entities`].
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// `GET /query?type=VsphereSelfServiceConfig&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VsphereSelfServiceConfig` ([`query_types::VSPHERE_SELF_SERVICE_CONFIG`](crate::api::query_types::VSPHERE_SELF_SERVICE_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /selfService/vSphere/Configs?format=Entity` (`VSphereSelfServiceConfigs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vsphere_self_service_config`]: a query, as references
    /// - [`Self::get_query_vsphere_self_service_config_entities`]: a query, in full
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_self_service_v_sphere_configs`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_self_service_v_sphere_configs_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "self-service",
        doc = " - [`Self::get_self_service_v_sphere_configs_by_id`]: one, by its id"
    )]
    pub fn get_query_vsphere_self_service_config_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VSphereSelfServiceConfig> + '_ {
        self.query_all_entities_of(
            &super::query_types::VSPHERE_SELF_SERVICE_CONFIG,
            query,
        )
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_wan_accelerator_all`].
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// `GET /query?type=WanAccelerator`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `WanAccelerator` ([`query_types::WAN_ACCELERATOR`](crate::api::query_types::WAN_ACCELERATOR)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_wan_accelerator_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_wan_accelerator_entities`]: a query, in full
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_wan_accelerators`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_wan_accelerators_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_wan_accelerators_by_id`]: one, by its id"
    )]
    pub async fn get_query_wan_accelerator(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::WAN_ACCELERATOR, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_wan_accelerator`].
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// `GET /query?type=WanAccelerator`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `WanAccelerator` ([`query_types::WAN_ACCELERATOR`](crate::api::query_types::WAN_ACCELERATOR)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_wan_accelerator_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_wan_accelerator`]: a query, as references
    /// - [`Self::get_query_wan_accelerator_entities`]: a query, in full
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_wan_accelerators`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_wan_accelerators_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_wan_accelerators_by_id`]: one, by its id"
    )]
    pub fn get_query_wan_accelerator_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::WAN_ACCELERATOR, query)
    }

    /// One page of entities ([`WanAccelerator`](crate::api::types::WanAccelerator)) of the query, with its paging info. Every page: [`Self::get_query_wan_accelerator_entities_all`].
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// `GET /query?type=WanAccelerator&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `WanAccelerator` ([`query_types::WAN_ACCELERATOR`](crate::api::query_types::WAN_ACCELERATOR)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /wanAccelerators?format=Entity` (`WanAccelerators`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_wan_accelerator`]: a query, as references
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_wan_accelerators`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_wan_accelerators_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_wan_accelerators_by_id`]: one, by its id"
    )]
    pub async fn get_query_wan_accelerator_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::WanAccelerator> {
        self.query_entities_of(&super::query_types::WAN_ACCELERATOR, query).await
    }

    /// Every entity ([`WanAccelerator`](crate::api::types::WanAccelerator)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_wan_accelerator_entities`].
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// `GET /query?type=WanAccelerator&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `WanAccelerator` ([`query_types::WAN_ACCELERATOR`](crate::api::query_types::WAN_ACCELERATOR)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /wanAccelerators?format=Entity` (`WanAccelerators`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_wan_accelerator`]: a query, as references
    /// - [`Self::get_query_wan_accelerator_entities`]: a query, in full
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_wan_accelerators`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_wan_accelerators_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_wan_accelerators_by_id`]: one, by its id"
    )]
    pub fn get_query_wan_accelerator_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::WanAccelerator> + '_ {
        self.query_all_entities_of(&super::query_types::WAN_ACCELERATOR, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_v_app_replica_point_all`].
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// `GET /query?type=vAppReplicaPoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppReplicaPoint` ([`query_types::V_APP_REPLICA_POINT`](crate::api::query_types::V_APP_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_v_app_replica_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_replica_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_v_app_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_v_app_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_v_app_replica_points_by_id`]: one, by its id"
    )]
    pub async fn get_query_v_app_replica_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::V_APP_REPLICA_POINT, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_v_app_replica_point`].
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// `GET /query?type=vAppReplicaPoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppReplicaPoint` ([`query_types::V_APP_REPLICA_POINT`](crate::api::query_types::V_APP_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_v_app_replica_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_replica_point`]: a query, as references
    /// - [`Self::get_query_v_app_replica_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_v_app_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_v_app_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_v_app_replica_points_by_id`]: one, by its id"
    )]
    pub fn get_query_v_app_replica_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::V_APP_REPLICA_POINT, query)
    }

    /// One page of entities ([`VAppReplicaPoint`](crate::api::types::VAppReplicaPoint)) of the query, with its paging info. Every page: [`Self::get_query_v_app_replica_point_entities_all`].
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// `GET /query?type=vAppReplicaPoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppReplicaPoint` ([`query_types::V_APP_REPLICA_POINT`](crate::api::query_types::V_APP_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vAppReplicaPoints?format=Entity` (`VAppReplicaPoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_replica_point`]: a query, as references
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_v_app_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_v_app_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_v_app_replica_points_by_id`]: one, by its id"
    )]
    pub async fn get_query_v_app_replica_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VAppReplicaPoint> {
        self.query_entities_of(&super::query_types::V_APP_REPLICA_POINT, query).await
    }

    /// Every entity ([`VAppReplicaPoint`](crate::api::types::VAppReplicaPoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_v_app_replica_point_entities`].
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// `GET /query?type=vAppReplicaPoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppReplicaPoint` ([`query_types::V_APP_REPLICA_POINT`](crate::api::query_types::V_APP_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vAppReplicaPoints?format=Entity` (`VAppReplicaPoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_replica_point`]: a query, as references
    /// - [`Self::get_query_v_app_replica_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_v_app_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_v_app_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_v_app_replica_points_by_id`]: one, by its id"
    )]
    pub fn get_query_v_app_replica_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VAppReplicaPoint> + '_ {
        self.query_all_entities_of(&super::query_types::V_APP_REPLICA_POINT, query)
    }

    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_v_app_restore_point_all`].
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// `GET /query?type=vAppRestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppRestorePoint` ([`query_types::V_APP_RESTORE_POINT`](crate::api::query_types::V_APP_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_v_app_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_v_app_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_v_app_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_v_app_restore_points_by_id`]: one, by its id"
    )]
    pub async fn get_query_v_app_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::V_APP_RESTORE_POINT, query).await
    }

    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_v_app_restore_point`].
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// `GET /query?type=vAppRestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppRestorePoint` ([`query_types::V_APP_RESTORE_POINT`](crate::api::query_types::V_APP_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_v_app_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point`]: a query, as references
    /// - [`Self::get_query_v_app_restore_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_v_app_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_v_app_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_v_app_restore_points_by_id`]: one, by its id"
    )]
    pub fn get_query_v_app_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::V_APP_RESTORE_POINT, query)
    }

    /// One page of entities ([`VAppRestorePoint`](crate::api::types::VAppRestorePoint)) of the query, with its paging info. Every page: [`Self::get_query_v_app_restore_point_entities_all`].
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// `GET /query?type=vAppRestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppRestorePoint` ([`query_types::V_APP_RESTORE_POINT`](crate::api::query_types::V_APP_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vAppRestorePoints?format=Entity` (`VAppRestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point`]: a query, as references
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_v_app_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_v_app_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_v_app_restore_points_by_id`]: one, by its id"
    )]
    pub async fn get_query_v_app_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VAppRestorePoint> {
        self.query_entities_of(&super::query_types::V_APP_RESTORE_POINT, query).await
    }

    /// Every entity ([`VAppRestorePoint`](crate::api::types::VAppRestorePoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_v_app_restore_point_entities`].
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// `GET /query?type=vAppRestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppRestorePoint` ([`query_types::V_APP_RESTORE_POINT`](crate::api::query_types::V_APP_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vAppRestorePoints?format=Entity` (`VAppRestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point`]: a query, as references
    /// - [`Self::get_query_v_app_restore_point_entities`]: a query, in full
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_v_app_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_v_app_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_v_app_restore_points_by_id`]: one, by its id"
    )]
    pub fn get_query_v_app_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VAppRestorePoint> + '_ {
        self.query_all_entities_of(&super::query_types::V_APP_RESTORE_POINT, query)
    }

    /// Returns a list of queries for entity resources.
    ///
    /// `GET /querySvc`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_querysvc.html>
    ///
    /// # Returns
    ///
    /// [`QuerySvc`](crate::api::types::QuerySvc) (`<QuerySvc>` in XML), on 200 OK.
    pub async fn get_query_svc(
        &self,
    ) -> Result<super::types::QuerySvc, crate::runtime::Error> {
        const OPERATION: &str = "GET /querySvc";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/querySvc".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
