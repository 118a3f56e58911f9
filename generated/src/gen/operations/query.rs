// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `query`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
    /// `GET /query?type=AgentBackupJob`
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_BACKUP_JOB`](super::query_types::AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_agent_backup_job_all`].
    ///
    /// The entities themselves: [`Self::get_query_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    pub async fn get_query_agent_backup_job(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::AGENT_BACKUP_JOB,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=AgentBackupJob`
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_BACKUP_JOB`](super::query_types::AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_agent_backup_job`].
    ///
    /// The entities themselves: [`Self::get_query_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    pub fn get_query_agent_backup_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::AGENT_BACKUP_JOB,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=AgentBackupJob&format=Entities`
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_BACKUP_JOB`](super::query_types::AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`AgentBackupJob`](super::types::AgentBackupJob) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_agent_backup_job_entities_all`].
    ///
    /// The entity type from the items of `GET /agents/jobs?format=Entity` (`AgentBackupJobs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    pub async fn get_query_agent_backup_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::AgentBackupJob>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::AGENT_BACKUP_JOB,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=AgentBackupJob&format=Entities`
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_BACKUP_JOB`](super::query_types::AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`AgentBackupJob`](super::types::AgentBackupJob) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_agent_backup_job_entities`].
    ///
    /// The entity type from the items of `GET /agents/jobs?format=Entity` (`AgentBackupJobs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    pub fn get_query_agent_backup_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::AgentBackupJob, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::AGENT_BACKUP_JOB,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=AgentProtectionGroup`
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentProtectionGroup`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_PROTECTION_GROUP`](super::query_types::AGENT_PROTECTION_GROUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_agent_protection_group_all`].
    ///
    /// The entities themselves: [`Self::get_query_agent_protection_group_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    pub async fn get_query_agent_protection_group(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::AGENT_PROTECTION_GROUP,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=AgentProtectionGroup`
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentProtectionGroup`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_PROTECTION_GROUP`](super::query_types::AGENT_PROTECTION_GROUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_agent_protection_group`].
    ///
    /// The entities themselves: [`Self::get_query_agent_protection_group_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    pub fn get_query_agent_protection_group_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::AGENT_PROTECTION_GROUP,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=AgentProtectionGroup&format=Entities`
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentProtectionGroup`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_PROTECTION_GROUP`](super::query_types::AGENT_PROTECTION_GROUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`AgentProtectionGroup`](super::types::AgentProtectionGroup) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_agent_protection_group_entities_all`].
    ///
    /// The entity type from the items of `GET /agents/protectionGroups?format=Entity` (`AgentProtectionGroups`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    pub async fn get_query_agent_protection_group_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::AgentProtectionGroup>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::AGENT_PROTECTION_GROUP,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=AgentProtectionGroup&format=Entities`
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentProtectionGroup`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_PROTECTION_GROUP`](super::query_types::AGENT_PROTECTION_GROUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`AgentProtectionGroup`](super::types::AgentProtectionGroup) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_agent_protection_group_entities`].
    ///
    /// The entity type from the items of `GET /agents/protectionGroups?format=Entity` (`AgentProtectionGroups`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    pub fn get_query_agent_protection_group_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::AgentProtectionGroup, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::AGENT_PROTECTION_GROUP,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=AgentRestorePoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_RESTORE_POINT`](super::query_types::AGENT_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_agent_restore_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_agent_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    pub async fn get_query_agent_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::AGENT_RESTORE_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=AgentRestorePoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_RESTORE_POINT`](super::query_types::AGENT_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_agent_restore_point`].
    ///
    /// The entities themselves: [`Self::get_query_agent_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    pub fn get_query_agent_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::AGENT_RESTORE_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=AgentRestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_RESTORE_POINT`](super::query_types::AGENT_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`AgentRestorePoint`](super::types::AgentRestorePoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_agent_restore_point_entities_all`].
    ///
    /// The entity type from the items of `GET /agents/agentRestorePoints?format=Entity` (`AgentRestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    pub async fn get_query_agent_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::AgentRestorePoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::AGENT_RESTORE_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=AgentRestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_RESTORE_POINT`](super::query_types::AGENT_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`AgentRestorePoint`](super::types::AgentRestorePoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_agent_restore_point_entities`].
    ///
    /// The entity type from the items of `GET /agents/agentRestorePoints?format=Entity` (`AgentRestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    pub fn get_query_agent_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::AgentRestorePoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::AGENT_RESTORE_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Backup`
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Backup`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP`](super::query_types::BACKUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_all`].
    ///
    /// The entities themselves: [`Self::get_query_backup_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    pub async fn get_query_backup(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::BACKUP,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Backup`
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Backup`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP`](super::query_types::BACKUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup`].
    ///
    /// The entities themselves: [`Self::get_query_backup_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    pub fn get_query_backup_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Backup&format=Entities`
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Backup`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP`](super::query_types::BACKUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`Backup`](super::types::Backup) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_entities_all`].
    ///
    /// The entity type from the items of `GET /backups?format=Entity` (`Backups`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    pub async fn get_query_backup_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Backup>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::BACKUP,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Backup&format=Entities`
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Backup`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP`](super::query_types::BACKUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`Backup`](super::types::Backup) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_entities`].
    ///
    /// The entity type from the items of `GET /backups?format=Entity` (`Backups`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    pub fn get_query_backup_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Backup, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=BackupFile`
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupFile`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_FILE`](super::query_types::BACKUP_FILE) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_file_all`].
    ///
    /// The entities themselves: [`Self::get_query_backup_file_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    pub async fn get_query_backup_file(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::BACKUP_FILE,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupFile`
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupFile`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_FILE`](super::query_types::BACKUP_FILE) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_file`].
    ///
    /// The entities themselves: [`Self::get_query_backup_file_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    pub fn get_query_backup_file_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_FILE,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=BackupFile&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupFile`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_FILE`](super::query_types::BACKUP_FILE) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`BackupFile`](super::types::BackupFile) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_file_entities_all`].
    ///
    /// The entity type from the items of `GET /backupFiles?format=Entity` (`BackupFiles`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    pub async fn get_query_backup_file_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::BackupFile>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::BACKUP_FILE,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupFile&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupFile`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_FILE`](super::query_types::BACKUP_FILE) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`BackupFile`](super::types::BackupFile) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_file_entities`].
    ///
    /// The entity type from the items of `GET /backupFiles?format=Entity` (`BackupFiles`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    pub fn get_query_backup_file_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::BackupFile, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_FILE,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=BackupJobSession`
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_JOB_SESSION`](super::query_types::BACKUP_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_job_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_backup_job_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    pub async fn get_query_backup_job_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::BACKUP_JOB_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupJobSession`
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_JOB_SESSION`](super::query_types::BACKUP_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_job_session`].
    ///
    /// The entities themselves: [`Self::get_query_backup_job_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    pub fn get_query_backup_job_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_JOB_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=BackupJobSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_JOB_SESSION`](super::query_types::BACKUP_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`BackupJobSession`](super::types::BackupJobSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_job_session_entities_all`].
    ///
    /// The entity type from the items of `GET /backupSessions?format=Entity` (`BackupJobSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    pub async fn get_query_backup_job_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::BackupJobSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::BACKUP_JOB_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupJobSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_JOB_SESSION`](super::query_types::BACKUP_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`BackupJobSession`](super::types::BackupJobSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_job_session_entities`].
    ///
    /// The entity type from the items of `GET /backupSessions?format=Entity` (`BackupJobSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    pub fn get_query_backup_job_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::BackupJobSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_JOB_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=BackupServer`
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupServer`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_SERVER`](super::query_types::BACKUP_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_server_all`].
    ///
    /// The entities themselves: [`Self::get_query_backup_server_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    pub async fn get_query_backup_server(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::BACKUP_SERVER,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupServer`
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupServer`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_SERVER`](super::query_types::BACKUP_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_server`].
    ///
    /// The entities themselves: [`Self::get_query_backup_server_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    pub fn get_query_backup_server_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_SERVER,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=BackupServer&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupServer`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_SERVER`](super::query_types::BACKUP_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`BackupServer`](super::types::BackupServer) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_server_entities_all`].
    ///
    /// The entity type from the items of `GET /backupServers?format=Entity` (`BackupServers`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    pub async fn get_query_backup_server_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::BackupServer>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::BACKUP_SERVER,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupServer&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupServer`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_SERVER`](super::query_types::BACKUP_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`BackupServer`](super::types::BackupServer) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_server_entities`].
    ///
    /// The entity type from the items of `GET /backupServers?format=Entity` (`BackupServers`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    pub fn get_query_backup_server_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::BackupServer, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_SERVER,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=BackupTaskSession`
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_TASK_SESSION`](super::query_types::BACKUP_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_task_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_backup_task_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    pub async fn get_query_backup_task_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::BACKUP_TASK_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupTaskSession`
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_TASK_SESSION`](super::query_types::BACKUP_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_task_session`].
    ///
    /// The entities themselves: [`Self::get_query_backup_task_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    pub fn get_query_backup_task_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_TASK_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=BackupTaskSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_TASK_SESSION`](super::query_types::BACKUP_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`BackupTaskSession`](super::types::BackupTaskSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_task_session_entities_all`].
    ///
    /// The entity type from the items of `GET /backupTaskSessions?format=Entity` (`BackupTaskSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    pub async fn get_query_backup_task_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::BackupTaskSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::BACKUP_TASK_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupTaskSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_TASK_SESSION`](super::query_types::BACKUP_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`BackupTaskSession`](super::types::BackupTaskSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_task_session_entities`].
    ///
    /// The entity type from the items of `GET /backupTaskSessions?format=Entity` (`BackupTaskSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    pub fn get_query_backup_task_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::BackupTaskSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_TASK_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CdpPolicy`
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpPolicy`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_POLICY`](super::query_types::CDP_POLICY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_policy_all`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_policy_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    pub async fn get_query_cdp_policy(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CDP_POLICY,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpPolicy`
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpPolicy`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_POLICY`](super::query_types::CDP_POLICY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_policy`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_policy_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    pub fn get_query_cdp_policy_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_POLICY,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CdpPolicy&format=Entities`
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpPolicy`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_POLICY`](super::query_types::CDP_POLICY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CdpPolicy`](super::types::CdpPolicy) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_policy_entities_all`].
    ///
    /// The entity type from the items of `GET /cdpPolicies?format=Entity` (`CdpPolicies`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    pub async fn get_query_cdp_policy_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CdpPolicy>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CDP_POLICY,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpPolicy&format=Entities`
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpPolicy`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_POLICY`](super::query_types::CDP_POLICY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CdpPolicy`](super::types::CdpPolicy) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_policy_entities`].
    ///
    /// The entity type from the items of `GET /cdpPolicies?format=Entity` (`CdpPolicies`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    pub fn get_query_cdp_policy_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CdpPolicy, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_POLICY,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CdpReplica`
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA`](super::query_types::CDP_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_replica_all`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    pub async fn get_query_cdp_replica(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CDP_REPLICA,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpReplica`
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA`](super::query_types::CDP_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_replica`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    pub fn get_query_cdp_replica_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_REPLICA,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CdpReplica&format=Entities`
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA`](super::query_types::CDP_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CdpReplica`](super::types::CdpReplica) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_replica_entities_all`].
    ///
    /// The entity type from the items of `GET /cdpReplicas?format=Entity` (`CdpReplicas`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    pub async fn get_query_cdp_replica_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CdpReplica>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CDP_REPLICA,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpReplica&format=Entities`
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA`](super::query_types::CDP_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CdpReplica`](super::types::CdpReplica) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_replica_entities`].
    ///
    /// The entity type from the items of `GET /cdpReplicas?format=Entity` (`CdpReplicas`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    pub fn get_query_cdp_replica_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CdpReplica, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_REPLICA,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CdpReplicaSession`
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_SESSION`](super::query_types::CDP_REPLICA_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_replica_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    pub async fn get_query_cdp_replica_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CDP_REPLICA_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpReplicaSession`
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_SESSION`](super::query_types::CDP_REPLICA_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_replica_session`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    pub fn get_query_cdp_replica_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_REPLICA_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CdpReplicaSession&format=Entities`
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_SESSION`](super::query_types::CDP_REPLICA_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CdpReplicaSession`](super::types::CdpReplicaSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_replica_session_entities_all`].
    ///
    /// The entity type from the items of `GET /cdpReplicaSessions?format=Entity` (`CdpReplicaSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    pub async fn get_query_cdp_replica_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CdpReplicaSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CDP_REPLICA_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpReplicaSession&format=Entities`
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_SESSION`](super::query_types::CDP_REPLICA_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CdpReplicaSession`](super::types::CdpReplicaSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_replica_session_entities`].
    ///
    /// The entity type from the items of `GET /cdpReplicaSessions?format=Entity` (`CdpReplicaSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    pub fn get_query_cdp_replica_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CdpReplicaSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_REPLICA_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CdpReplicaTaskSession`
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_TASK_SESSION`](super::query_types::CDP_REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_replica_task_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_task_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    pub async fn get_query_cdp_replica_task_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CDP_REPLICA_TASK_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpReplicaTaskSession`
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_TASK_SESSION`](super::query_types::CDP_REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_replica_task_session`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_task_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    pub fn get_query_cdp_replica_task_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_REPLICA_TASK_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CdpReplicaTaskSession&format=Entities`
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_TASK_SESSION`](super::query_types::CDP_REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CdpReplicaTaskSession`](super::types::CdpReplicaTaskSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_replica_task_session_entities_all`].
    ///
    /// The entity type from the items of `GET /cdpReplicaTaskSessions?format=Entity` (`CdpReplicaTaskSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    pub async fn get_query_cdp_replica_task_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CdpReplicaTaskSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CDP_REPLICA_TASK_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpReplicaTaskSession&format=Entities`
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_TASK_SESSION`](super::query_types::CDP_REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CdpReplicaTaskSession`](super::types::CdpReplicaTaskSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_replica_task_session_entities`].
    ///
    /// The entity type from the items of `GET /cdpReplicaTaskSessions?format=Entity` (`CdpReplicaTaskSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    pub fn get_query_cdp_replica_task_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CdpReplicaTaskSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_REPLICA_TASK_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudFailoverPlan`
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_PLAN`](super::query_types::CLOUD_FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_failover_plan_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_plan_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    pub async fn get_query_cloud_failover_plan(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_FAILOVER_PLAN,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudFailoverPlan`
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_PLAN`](super::query_types::CLOUD_FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_failover_plan`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_plan_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    pub fn get_query_cloud_failover_plan_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_FAILOVER_PLAN,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudFailoverPlan&format=Entities`
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_PLAN`](super::query_types::CLOUD_FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudFailoverPlan`](super::types::CloudFailoverPlan) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_failover_plan_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/cloudFailoverPlans?format=Entity` (`CloudFailoverPlans`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    pub async fn get_query_cloud_failover_plan_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudFailoverPlan>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_FAILOVER_PLAN,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudFailoverPlan&format=Entities`
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_PLAN`](super::query_types::CLOUD_FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudFailoverPlan`](super::types::CloudFailoverPlan) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_failover_plan_entities`].
    ///
    /// The entity type from the items of `GET /cloud/cloudFailoverPlans?format=Entity` (`CloudFailoverPlans`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    pub fn get_query_cloud_failover_plan_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudFailoverPlan, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_FAILOVER_PLAN,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudFailoverSession`
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverSession`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_SESSION`](super::query_types::CLOUD_FAILOVER_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_failover_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    pub async fn get_query_cloud_failover_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_FAILOVER_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudFailoverSession`
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverSession`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_SESSION`](super::query_types::CLOUD_FAILOVER_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_failover_session`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    pub fn get_query_cloud_failover_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_FAILOVER_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudFailoverSession&format=Entities`
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverSession`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_SESSION`](super::query_types::CLOUD_FAILOVER_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudFailoverSession`](super::types::CloudFailoverSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_failover_session_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/failoverSessions?format=Entity` (`CloudFailoverSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    pub async fn get_query_cloud_failover_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudFailoverSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_FAILOVER_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudFailoverSession&format=Entities`
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverSession`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_SESSION`](super::query_types::CLOUD_FAILOVER_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudFailoverSession`](super::types::CloudFailoverSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_failover_session_entities`].
    ///
    /// The entity type from the items of `GET /cloud/failoverSessions?format=Entity` (`CloudFailoverSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    pub fn get_query_cloud_failover_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudFailoverSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_FAILOVER_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudGateway`
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGateway`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY`](super::query_types::CLOUD_GATEWAY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_gateway_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    pub async fn get_query_cloud_gateway(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_GATEWAY,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudGateway`
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGateway`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY`](super::query_types::CLOUD_GATEWAY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_gateway`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    pub fn get_query_cloud_gateway_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_GATEWAY,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudGateway&format=Entities`
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGateway`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY`](super::query_types::CLOUD_GATEWAY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudGateway`](super::types::CloudGateway) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_gateway_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/gateways?format=Entity` (`CloudGateways`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    pub async fn get_query_cloud_gateway_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudGateway>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_GATEWAY,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudGateway&format=Entities`
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGateway`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY`](super::query_types::CLOUD_GATEWAY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudGateway`](super::types::CloudGateway) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_gateway_entities`].
    ///
    /// The entity type from the items of `GET /cloud/gateways?format=Entity` (`CloudGateways`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    pub fn get_query_cloud_gateway_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudGateway, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_GATEWAY,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudGatewayPool`
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGatewayPool`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY_POOL`](super::query_types::CLOUD_GATEWAY_POOL) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_gateway_pool_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_pool_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    pub async fn get_query_cloud_gateway_pool(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_GATEWAY_POOL,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudGatewayPool`
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGatewayPool`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY_POOL`](super::query_types::CLOUD_GATEWAY_POOL) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_gateway_pool`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_pool_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    pub fn get_query_cloud_gateway_pool_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_GATEWAY_POOL,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudGatewayPool&format=Entities`
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGatewayPool`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY_POOL`](super::query_types::CLOUD_GATEWAY_POOL) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudGatewayPool`](super::types::CloudGatewayPool) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_gateway_pool_entities_all`].
    ///
    /// The entity type from the type whose root is the query type `CloudGatewayPool`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    pub async fn get_query_cloud_gateway_pool_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudGatewayPool>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_GATEWAY_POOL,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudGatewayPool&format=Entities`
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGatewayPool`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY_POOL`](super::query_types::CLOUD_GATEWAY_POOL) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudGatewayPool`](super::types::CloudGatewayPool) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_gateway_pool_entities`].
    ///
    /// The entity type from the type whose root is the query type `CloudGatewayPool`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    pub fn get_query_cloud_gateway_pool_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudGatewayPool, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_GATEWAY_POOL,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudHardwarePlan`
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudHardwarePlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_HARDWARE_PLAN`](super::query_types::CLOUD_HARDWARE_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_hardware_plan_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_hardware_plan_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    pub async fn get_query_cloud_hardware_plan(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_HARDWARE_PLAN,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudHardwarePlan`
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudHardwarePlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_HARDWARE_PLAN`](super::query_types::CLOUD_HARDWARE_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_hardware_plan`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_hardware_plan_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    pub fn get_query_cloud_hardware_plan_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_HARDWARE_PLAN,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudHardwarePlan&format=Entities`
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudHardwarePlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_HARDWARE_PLAN`](super::query_types::CLOUD_HARDWARE_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudHardwarePlan`](super::types::CloudHardwarePlan) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_hardware_plan_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/hardwarePlans?format=Entity` (`CloudHardwarePlans`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    pub async fn get_query_cloud_hardware_plan_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudHardwarePlan>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_HARDWARE_PLAN,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudHardwarePlan&format=Entities`
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudHardwarePlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_HARDWARE_PLAN`](super::query_types::CLOUD_HARDWARE_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudHardwarePlan`](super::types::CloudHardwarePlan) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_hardware_plan_entities`].
    ///
    /// The entity type from the items of `GET /cloud/hardwarePlans?format=Entity` (`CloudHardwarePlans`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    pub fn get_query_cloud_hardware_plan_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudHardwarePlan, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_HARDWARE_PLAN,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudPublicIpAddress`
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudPublicIpAddress`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_PUBLIC_IP_ADDRESS`](super::query_types::CLOUD_PUBLIC_IP_ADDRESS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_public_ip_address_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_public_ip_address_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    pub async fn get_query_cloud_public_ip_address(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_PUBLIC_IP_ADDRESS,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudPublicIpAddress`
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudPublicIpAddress`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_PUBLIC_IP_ADDRESS`](super::query_types::CLOUD_PUBLIC_IP_ADDRESS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_public_ip_address`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_public_ip_address_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    pub fn get_query_cloud_public_ip_address_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_PUBLIC_IP_ADDRESS,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudPublicIpAddress&format=Entities`
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudPublicIpAddress`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_PUBLIC_IP_ADDRESS`](super::query_types::CLOUD_PUBLIC_IP_ADDRESS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudPublicIpAddress`](super::types::CloudPublicIpAddress) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_public_ip_address_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/publicIpAddresses?format=Entity` (`CloudPublicIpAddresses`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    pub async fn get_query_cloud_public_ip_address_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudPublicIpAddress>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_PUBLIC_IP_ADDRESS,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudPublicIpAddress&format=Entities`
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudPublicIpAddress`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_PUBLIC_IP_ADDRESS`](super::query_types::CLOUD_PUBLIC_IP_ADDRESS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudPublicIpAddress`](super::types::CloudPublicIpAddress) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_public_ip_address_entities`].
    ///
    /// The entity type from the items of `GET /cloud/publicIpAddresses?format=Entity` (`CloudPublicIpAddresses`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    pub fn get_query_cloud_public_ip_address_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudPublicIpAddress, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_PUBLIC_IP_ADDRESS,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudReplica`
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_REPLICA`](super::query_types::CLOUD_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_replica_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_replica_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    pub async fn get_query_cloud_replica(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_REPLICA,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudReplica`
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_REPLICA`](super::query_types::CLOUD_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_replica`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_replica_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    pub fn get_query_cloud_replica_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_REPLICA,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudReplica&format=Entities`
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_REPLICA`](super::query_types::CLOUD_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudReplica`](super::types::CloudReplica) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_replica_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/replicas?format=Entity` (`CloudReplicas`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    pub async fn get_query_cloud_replica_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudReplica>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_REPLICA,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudReplica&format=Entities`
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_REPLICA`](super::query_types::CLOUD_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudReplica`](super::types::CloudReplica) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_replica_entities`].
    ///
    /// The entity type from the items of `GET /cloud/replicas?format=Entity` (`CloudReplicas`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    pub fn get_query_cloud_replica_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudReplica, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_REPLICA,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudSubtenant`
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudSubtenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_SUBTENANT`](super::query_types::CLOUD_SUBTENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_subtenant_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_subtenant_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    pub async fn get_query_cloud_subtenant(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_SUBTENANT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudSubtenant`
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudSubtenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_SUBTENANT`](super::query_types::CLOUD_SUBTENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_subtenant`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_subtenant_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    pub fn get_query_cloud_subtenant_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_SUBTENANT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudSubtenant&format=Entities`
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudSubtenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_SUBTENANT`](super::query_types::CLOUD_SUBTENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudSubtenant`](super::types::CloudSubtenant) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_subtenant_entities_all`].
    ///
    /// The entity type from the type whose root is the query type `CloudSubtenant`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    pub async fn get_query_cloud_subtenant_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudSubtenant>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_SUBTENANT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudSubtenant&format=Entities`
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudSubtenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_SUBTENANT`](super::query_types::CLOUD_SUBTENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudSubtenant`](super::types::CloudSubtenant) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_subtenant_entities`].
    ///
    /// The entity type from the type whose root is the query type `CloudSubtenant`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    pub fn get_query_cloud_subtenant_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudSubtenant, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_SUBTENANT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudTenant`
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudTenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_TENANT`](super::query_types::CLOUD_TENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_tenant_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_tenant_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    pub async fn get_query_cloud_tenant(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_TENANT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudTenant`
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudTenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_TENANT`](super::query_types::CLOUD_TENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_tenant`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_tenant_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    pub fn get_query_cloud_tenant_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_TENANT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudTenant&format=Entities`
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudTenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_TENANT`](super::query_types::CLOUD_TENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudTenant`](super::types::CloudTenant) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_tenant_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/tenants?format=Entity` (`CloudTenants`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    pub async fn get_query_cloud_tenant_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudTenant>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_TENANT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudTenant&format=Entities`
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudTenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_TENANT`](super::query_types::CLOUD_TENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudTenant`](super::types::CloudTenant) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_tenant_entities`].
    ///
    /// The entity type from the items of `GET /cloud/tenants?format=Entity` (`CloudTenants`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    pub fn get_query_cloud_tenant_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudTenant, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_TENANT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudVmReplicaPoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudVmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_VM_REPLICA_POINT`](super::query_types::CLOUD_VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_vm_replica_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    pub async fn get_query_cloud_vm_replica_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_VM_REPLICA_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudVmReplicaPoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudVmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_VM_REPLICA_POINT`](super::query_types::CLOUD_VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_vm_replica_point`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    pub fn get_query_cloud_vm_replica_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_VM_REPLICA_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudVmReplicaPoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudVmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_VM_REPLICA_POINT`](super::query_types::CLOUD_VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudVmReplicaPoint`](super::types::CloudVmReplicaPoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_vm_replica_point_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/vmReplicaPoints?format=Entity` (`CloudVmReplicaPoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    pub async fn get_query_cloud_vm_replica_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudVmReplicaPoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_VM_REPLICA_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudVmReplicaPoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudVmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_VM_REPLICA_POINT`](super::query_types::CLOUD_VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudVmReplicaPoint`](super::types::CloudVmReplicaPoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_vm_replica_point_entities`].
    ///
    /// The entity type from the items of `GET /cloud/vmReplicaPoints?format=Entity` (`CloudVmReplicaPoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    pub fn get_query_cloud_vm_replica_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudVmReplicaPoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_VM_REPLICA_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Credentials`
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Credentials`, in no other format. Its filter and sort fields must be ones [`query_types::CREDENTIALS`](super::query_types::CREDENTIALS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_credentials_all`].
    ///
    /// The entities themselves: [`Self::get_query_credentials_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    pub async fn get_query_credentials(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CREDENTIALS,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Credentials`
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Credentials`, in no other format. Its filter and sort fields must be ones [`query_types::CREDENTIALS`](super::query_types::CREDENTIALS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_credentials`].
    ///
    /// The entities themselves: [`Self::get_query_credentials_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    pub fn get_query_credentials_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CREDENTIALS,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Credentials&format=Entities`
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Credentials`, in no other format. Its filter and sort fields must be ones [`query_types::CREDENTIALS`](super::query_types::CREDENTIALS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CredentialsInfo`](super::types::CredentialsInfo) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_credentials_entities_all`].
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/credentials?format=Entity` (`CredentialsInfoList`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    pub async fn get_query_credentials_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CredentialsInfo>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CREDENTIALS,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Credentials&format=Entities`
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Credentials`, in no other format. Its filter and sort fields must be ones [`query_types::CREDENTIALS`](super::query_types::CREDENTIALS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CredentialsInfo`](super::types::CredentialsInfo) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_credentials_entities`].
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/credentials?format=Entity` (`CredentialsInfoList`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    pub fn get_query_credentials_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CredentialsInfo, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CREDENTIALS,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=DiscoveredComputer`
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `DiscoveredComputer`, in no other format. Its filter and sort fields must be ones [`query_types::DISCOVERED_COMPUTER`](super::query_types::DISCOVERED_COMPUTER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_discovered_computer_all`].
    ///
    /// The entities themselves: [`Self::get_query_discovered_computer_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    pub async fn get_query_discovered_computer(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::DISCOVERED_COMPUTER,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=DiscoveredComputer`
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `DiscoveredComputer`, in no other format. Its filter and sort fields must be ones [`query_types::DISCOVERED_COMPUTER`](super::query_types::DISCOVERED_COMPUTER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_discovered_computer`].
    ///
    /// The entities themselves: [`Self::get_query_discovered_computer_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    pub fn get_query_discovered_computer_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::DISCOVERED_COMPUTER,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=DiscoveredComputer&format=Entities`
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `DiscoveredComputer`, in no other format. Its filter and sort fields must be ones [`query_types::DISCOVERED_COMPUTER`](super::query_types::DISCOVERED_COMPUTER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`DiscoveredComputer`](super::types::DiscoveredComputer) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_discovered_computer_entities_all`].
    ///
    /// The entity type from the items of `GET /agents/discoveredComputers?format=Entity` (`DiscoveredComputers`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    pub async fn get_query_discovered_computer_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::DiscoveredComputer>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::DISCOVERED_COMPUTER,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=DiscoveredComputer&format=Entities`
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `DiscoveredComputer`, in no other format. Its filter and sort fields must be ones [`query_types::DISCOVERED_COMPUTER`](super::query_types::DISCOVERED_COMPUTER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`DiscoveredComputer`](super::types::DiscoveredComputer) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_discovered_computer_entities`].
    ///
    /// The entity type from the items of `GET /agents/discoveredComputers?format=Entity` (`DiscoveredComputers`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    pub fn get_query_discovered_computer_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::DiscoveredComputer, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::DISCOVERED_COMPUTER,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=FailoverPlan`
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::FAILOVER_PLAN`](super::query_types::FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_failover_plan_all`].
    ///
    /// The entities themselves: [`Self::get_query_failover_plan_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    pub async fn get_query_failover_plan(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::FAILOVER_PLAN,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=FailoverPlan`
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::FAILOVER_PLAN`](super::query_types::FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_failover_plan`].
    ///
    /// The entities themselves: [`Self::get_query_failover_plan_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    pub fn get_query_failover_plan_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::FAILOVER_PLAN,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=FailoverPlan&format=Entities`
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::FAILOVER_PLAN`](super::query_types::FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`FailoverPlan`](super::types::FailoverPlan) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_failover_plan_entities_all`].
    ///
    /// The entity type from the items of `GET /failoverPlans?format=Entity` (`FailoverPlans`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    pub async fn get_query_failover_plan_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::FailoverPlan>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::FAILOVER_PLAN,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=FailoverPlan&format=Entities`
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::FAILOVER_PLAN`](super::query_types::FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`FailoverPlan`](super::types::FailoverPlan) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_failover_plan_entities`].
    ///
    /// The entity type from the items of `GET /failoverPlans?format=Entity` (`FailoverPlans`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    pub fn get_query_failover_plan_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::FailoverPlan, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::FAILOVER_PLAN,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=FileServer`
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FileServer`, in no other format. Its filter and sort fields must be ones [`query_types::FILE_SERVER`](super::query_types::FILE_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_file_server_all`].
    ///
    /// The entities themselves: [`Self::get_query_file_server_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    pub async fn get_query_file_server(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::FILE_SERVER,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=FileServer`
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FileServer`, in no other format. Its filter and sort fields must be ones [`query_types::FILE_SERVER`](super::query_types::FILE_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_file_server`].
    ///
    /// The entities themselves: [`Self::get_query_file_server_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    pub fn get_query_file_server_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::FILE_SERVER,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=FileServer&format=Entities`
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FileServer`, in no other format. Its filter and sort fields must be ones [`query_types::FILE_SERVER`](super::query_types::FILE_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`FileServer`](super::types::FileServer) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_file_server_entities_all`].
    ///
    /// The entity type from the items of `GET /nas/fileServers?format=Entity` (`FileServers`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    pub async fn get_query_file_server_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::FileServer>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::FILE_SERVER,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=FileServer&format=Entities`
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FileServer`, in no other format. Its filter and sort fields must be ones [`query_types::FILE_SERVER`](super::query_types::FILE_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`FileServer`](super::types::FileServer) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_file_server_entities`].
    ///
    /// The entity type from the items of `GET /nas/fileServers?format=Entity` (`FileServers`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    pub fn get_query_file_server_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::FileServer, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::FILE_SERVER,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=HierarchyRoot`
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `HierarchyRoot`, in no other format. Its filter and sort fields must be ones [`query_types::HIERARCHY_ROOT`](super::query_types::HIERARCHY_ROOT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_hierarchy_root_all`].
    ///
    /// The entities themselves: [`Self::get_query_hierarchy_root_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    pub async fn get_query_hierarchy_root(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::HIERARCHY_ROOT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=HierarchyRoot`
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `HierarchyRoot`, in no other format. Its filter and sort fields must be ones [`query_types::HIERARCHY_ROOT`](super::query_types::HIERARCHY_ROOT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_hierarchy_root`].
    ///
    /// The entities themselves: [`Self::get_query_hierarchy_root_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    pub fn get_query_hierarchy_root_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::HIERARCHY_ROOT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=HierarchyRoot&format=Entities`
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `HierarchyRoot`, in no other format. Its filter and sort fields must be ones [`query_types::HIERARCHY_ROOT`](super::query_types::HIERARCHY_ROOT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`HierarchyRoot`](super::types::HierarchyRoot) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_hierarchy_root_entities_all`].
    ///
    /// The entity type from the items of `GET /hierarchyRoots?format=Entity` (`HierarchyRoots`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    pub async fn get_query_hierarchy_root_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::HierarchyRoot>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::HIERARCHY_ROOT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=HierarchyRoot&format=Entities`
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `HierarchyRoot`, in no other format. Its filter and sort fields must be ones [`query_types::HIERARCHY_ROOT`](super::query_types::HIERARCHY_ROOT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`HierarchyRoot`](super::types::HierarchyRoot) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_hierarchy_root_entities`].
    ///
    /// The entity type from the items of `GET /hierarchyRoots?format=Entity` (`HierarchyRoots`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    pub fn get_query_hierarchy_root_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::HierarchyRoot, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::HIERARCHY_ROOT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Job`
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Job`, in no other format. Its filter and sort fields must be ones [`query_types::JOB`](super::query_types::JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_job_all`].
    ///
    /// The entities themselves: [`Self::get_query_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    pub async fn get_query_job(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::JOB,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Job`
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Job`, in no other format. Its filter and sort fields must be ones [`query_types::JOB`](super::query_types::JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_job`].
    ///
    /// The entities themselves: [`Self::get_query_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    pub fn get_query_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::JOB,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Job&format=Entities`
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Job`, in no other format. Its filter and sort fields must be ones [`query_types::JOB`](super::query_types::JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`Job`](super::types::Job) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_job_entities_all`].
    ///
    /// The entity type from the items of `GET /jobs?format=Entity` (`Jobs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    pub async fn get_query_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Job>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::JOB,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Job&format=Entities`
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Job`, in no other format. Its filter and sort fields must be ones [`query_types::JOB`](super::query_types::JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`Job`](super::types::Job) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_job_entities`].
    ///
    /// The entity type from the items of `GET /jobs?format=Entity` (`Jobs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    pub fn get_query_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Job, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::JOB,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=ManagedServer`
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ManagedServer`, in no other format. Its filter and sort fields must be ones [`query_types::MANAGED_SERVER`](super::query_types::MANAGED_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_managed_server_all`].
    ///
    /// The entities themselves: [`Self::get_query_managed_server_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    pub async fn get_query_managed_server(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::MANAGED_SERVER,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=ManagedServer`
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ManagedServer`, in no other format. Its filter and sort fields must be ones [`query_types::MANAGED_SERVER`](super::query_types::MANAGED_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_managed_server`].
    ///
    /// The entities themselves: [`Self::get_query_managed_server_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    pub fn get_query_managed_server_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::MANAGED_SERVER,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=ManagedServer&format=Entities`
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ManagedServer`, in no other format. Its filter and sort fields must be ones [`query_types::MANAGED_SERVER`](super::query_types::MANAGED_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`ManagedServer`](super::types::ManagedServer) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_managed_server_entities_all`].
    ///
    /// The entity type from the type whose root is the query type `ManagedServer`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    pub async fn get_query_managed_server_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::ManagedServer>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::MANAGED_SERVER,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=ManagedServer&format=Entities`
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ManagedServer`, in no other format. Its filter and sort fields must be ones [`query_types::MANAGED_SERVER`](super::query_types::MANAGED_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`ManagedServer`](super::types::ManagedServer) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_managed_server_entities`].
    ///
    /// The entity type from the type whose root is the query type `ManagedServer`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    pub fn get_query_managed_server_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::ManagedServer, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::MANAGED_SERVER,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=NasJob`
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasJob`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_JOB`](super::query_types::NAS_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_nas_job_all`].
    ///
    /// The entities themselves: [`Self::get_query_nas_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    pub async fn get_query_nas_job(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::NAS_JOB,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=NasJob`
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasJob`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_JOB`](super::query_types::NAS_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_nas_job`].
    ///
    /// The entities themselves: [`Self::get_query_nas_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    pub fn get_query_nas_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::NAS_JOB,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=NasJob&format=Entities`
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasJob`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_JOB`](super::query_types::NAS_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`NasJob`](super::types::NasJob) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_nas_job_entities_all`].
    ///
    /// The entity type from the items of `GET /nas/jobs?format=Entity` (`NASJobs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    pub async fn get_query_nas_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::NasJob>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::NAS_JOB,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=NasJob&format=Entities`
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasJob`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_JOB`](super::query_types::NAS_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`NasJob`](super::types::NasJob) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_nas_job_entities`].
    ///
    /// The entity type from the items of `GET /nas/jobs?format=Entity` (`NASJobs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    pub fn get_query_nas_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::NasJob, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::NAS_JOB,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=NasObject`
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasObject`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_OBJECT`](super::query_types::NAS_OBJECT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_nas_object_all`].
    ///
    /// The entities themselves: [`Self::get_query_nas_object_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    pub async fn get_query_nas_object(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::NAS_OBJECT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=NasObject`
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasObject`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_OBJECT`](super::query_types::NAS_OBJECT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_nas_object`].
    ///
    /// The entities themselves: [`Self::get_query_nas_object_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    pub fn get_query_nas_object_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::NAS_OBJECT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=NasObject&format=Entities`
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasObject`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_OBJECT`](super::query_types::NAS_OBJECT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`NasObject`](super::types::NasObject) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_nas_object_entities_all`].
    ///
    /// The entity type from the items of `GET /nas/jobs/{ID}/includes?format=Entity` (`NASObjects`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    pub async fn get_query_nas_object_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::NasObject>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::NAS_OBJECT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=NasObject&format=Entities`
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasObject`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_OBJECT`](super::query_types::NAS_OBJECT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`NasObject`](super::types::NasObject) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_nas_object_entities`].
    ///
    /// The entity type from the items of `GET /nas/jobs/{ID}/includes?format=Entity` (`NASObjects`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    pub fn get_query_nas_object_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::NasObject, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::NAS_OBJECT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=ObjectInAgentBackupJob`
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInAgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](super::query_types::OBJECT_IN_AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_object_in_agent_backup_job_all`].
    ///
    /// The entities themselves: [`Self::get_query_object_in_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    pub async fn get_query_object_in_agent_backup_job(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::OBJECT_IN_AGENT_BACKUP_JOB,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=ObjectInAgentBackupJob`
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInAgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](super::query_types::OBJECT_IN_AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_object_in_agent_backup_job`].
    ///
    /// The entities themselves: [`Self::get_query_object_in_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    pub fn get_query_object_in_agent_backup_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::OBJECT_IN_AGENT_BACKUP_JOB,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=ObjectInAgentBackupJob&format=Entities`
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInAgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](super::query_types::OBJECT_IN_AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`ObjectInAgentBackupJob`](super::types::ObjectInAgentBackupJob) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_object_in_agent_backup_job_entities_all`].
    ///
    /// The entity type from the type whose root is the query type `ObjectInAgentBackupJob`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    pub async fn get_query_object_in_agent_backup_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::ObjectInAgentBackupJob>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::OBJECT_IN_AGENT_BACKUP_JOB,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=ObjectInAgentBackupJob&format=Entities`
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInAgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](super::query_types::OBJECT_IN_AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`ObjectInAgentBackupJob`](super::types::ObjectInAgentBackupJob) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_object_in_agent_backup_job_entities`].
    ///
    /// The entity type from the type whose root is the query type `ObjectInAgentBackupJob`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    pub fn get_query_object_in_agent_backup_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::ObjectInAgentBackupJob, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::OBJECT_IN_AGENT_BACKUP_JOB,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=ObjectInJob`
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_JOB`](super::query_types::OBJECT_IN_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_object_in_job_all`].
    ///
    /// The entities themselves: [`Self::get_query_object_in_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    pub async fn get_query_object_in_job(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::OBJECT_IN_JOB,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=ObjectInJob`
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_JOB`](super::query_types::OBJECT_IN_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_object_in_job`].
    ///
    /// The entities themselves: [`Self::get_query_object_in_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    pub fn get_query_object_in_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::OBJECT_IN_JOB,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=ObjectInJob&format=Entities`
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_JOB`](super::query_types::OBJECT_IN_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`ObjectInJob`](super::types::ObjectInJob) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_object_in_job_entities_all`].
    ///
    /// The entity type from the items of `GET /jobs/{ID}/includes?format=Entity` (`ObjectsInJob`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    pub async fn get_query_object_in_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::ObjectInJob>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::OBJECT_IN_JOB,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=ObjectInJob&format=Entities`
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_JOB`](super::query_types::OBJECT_IN_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`ObjectInJob`](super::types::ObjectInJob) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_object_in_job_entities`].
    ///
    /// The entity type from the items of `GET /jobs/{ID}/includes?format=Entity` (`ObjectsInJob`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    pub fn get_query_object_in_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::ObjectInJob, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::OBJECT_IN_JOB,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Passwords`
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Passwords`, in no other format. Its filter and sort fields must be ones [`query_types::PASSWORDS`](super::query_types::PASSWORDS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_passwords_all`].
    ///
    /// The entities themselves: [`Self::get_query_passwords_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    pub async fn get_query_passwords(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::PASSWORDS,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Passwords`
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Passwords`, in no other format. Its filter and sort fields must be ones [`query_types::PASSWORDS`](super::query_types::PASSWORDS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_passwords`].
    ///
    /// The entities themselves: [`Self::get_query_passwords_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    pub fn get_query_passwords_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::PASSWORDS,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Passwords&format=Entities`
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Passwords`, in no other format. Its filter and sort fields must be ones [`query_types::PASSWORDS`](super::query_types::PASSWORDS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`PasswordKeyInfo`](super::types::PasswordKeyInfo) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_passwords_entities_all`].
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/passwords?format=Entity` (`PasswordKeyInfoList`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    pub async fn get_query_passwords_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::PasswordKeyInfo>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::PASSWORDS,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Passwords&format=Entities`
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Passwords`, in no other format. Its filter and sort fields must be ones [`query_types::PASSWORDS`](super::query_types::PASSWORDS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`PasswordKeyInfo`](super::types::PasswordKeyInfo) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_passwords_entities`].
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/passwords?format=Entity` (`PasswordKeyInfoList`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    pub fn get_query_passwords_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::PasswordKeyInfo, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::PASSWORDS,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Replica`
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Replica`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA`](super::query_types::REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_replica_all`].
    ///
    /// The entities themselves: [`Self::get_query_replica_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    pub async fn get_query_replica(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::REPLICA,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Replica`
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Replica`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA`](super::query_types::REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_replica`].
    ///
    /// The entities themselves: [`Self::get_query_replica_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    pub fn get_query_replica_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPLICA,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Replica&format=Entities`
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Replica`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA`](super::query_types::REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`Replica`](super::types::Replica) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_replica_entities_all`].
    ///
    /// The entity type from the items of `GET /replicas?format=Entity` (`Replicas`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    pub async fn get_query_replica_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::Replica>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::REPLICA,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Replica&format=Entities`
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Replica`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA`](super::query_types::REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`Replica`](super::types::Replica) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_replica_entities`].
    ///
    /// The entity type from the items of `GET /replicas?format=Entity` (`Replicas`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    pub fn get_query_replica_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Replica, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPLICA,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=ReplicaJobSession`
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_JOB_SESSION`](super::query_types::REPLICA_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_replica_job_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_replica_job_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    pub async fn get_query_replica_job_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::REPLICA_JOB_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=ReplicaJobSession`
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_JOB_SESSION`](super::query_types::REPLICA_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_replica_job_session`].
    ///
    /// The entities themselves: [`Self::get_query_replica_job_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    pub fn get_query_replica_job_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPLICA_JOB_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=ReplicaJobSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_JOB_SESSION`](super::query_types::REPLICA_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`ReplicaJobSession`](super::types::ReplicaJobSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_replica_job_session_entities_all`].
    ///
    /// The entity type from the items of `GET /replicaSessions?format=Entity` (`ReplicaJobSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    pub async fn get_query_replica_job_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::ReplicaJobSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::REPLICA_JOB_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=ReplicaJobSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_JOB_SESSION`](super::query_types::REPLICA_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`ReplicaJobSession`](super::types::ReplicaJobSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_replica_job_session_entities`].
    ///
    /// The entity type from the items of `GET /replicaSessions?format=Entity` (`ReplicaJobSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    pub fn get_query_replica_job_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::ReplicaJobSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPLICA_JOB_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=ReplicaTaskSession`
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_TASK_SESSION`](super::query_types::REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_replica_task_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_replica_task_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    pub async fn get_query_replica_task_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::REPLICA_TASK_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=ReplicaTaskSession`
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_TASK_SESSION`](super::query_types::REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_replica_task_session`].
    ///
    /// The entities themselves: [`Self::get_query_replica_task_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    pub fn get_query_replica_task_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPLICA_TASK_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=ReplicaTaskSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_TASK_SESSION`](super::query_types::REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`ReplicaTaskSession`](super::types::ReplicaTaskSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_replica_task_session_entities_all`].
    ///
    /// The entity type from the items of `GET /replicaTaskSessions?format=Entity` (`ReplicaTaskSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    pub async fn get_query_replica_task_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::ReplicaTaskSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::REPLICA_TASK_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=ReplicaTaskSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_TASK_SESSION`](super::query_types::REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`ReplicaTaskSession`](super::types::ReplicaTaskSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_replica_task_session_entities`].
    ///
    /// The entity type from the items of `GET /replicaTaskSessions?format=Entity` (`ReplicaTaskSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    pub fn get_query_replica_task_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::ReplicaTaskSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPLICA_TASK_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Repository`
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Repository`, in no other format. Its filter and sort fields must be ones [`query_types::REPOSITORY`](super::query_types::REPOSITORY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_repository_all`].
    ///
    /// The entities themselves: [`Self::get_query_repository_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    pub async fn get_query_repository(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::REPOSITORY,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Repository`
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Repository`, in no other format. Its filter and sort fields must be ones [`query_types::REPOSITORY`](super::query_types::REPOSITORY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_repository`].
    ///
    /// The entities themselves: [`Self::get_query_repository_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    pub fn get_query_repository_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPOSITORY,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Repository&format=Entities`
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Repository`, in no other format. Its filter and sort fields must be ones [`query_types::REPOSITORY`](super::query_types::REPOSITORY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`Repository`](super::types::Repository) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_repository_entities_all`].
    ///
    /// The entity type from the items of `GET /repositories?format=Entity` (`Repositories`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    pub async fn get_query_repository_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::Repository>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::REPOSITORY,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Repository&format=Entities`
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Repository`, in no other format. Its filter and sort fields must be ones [`query_types::REPOSITORY`](super::query_types::REPOSITORY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`Repository`](super::types::Repository) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_repository_entities`].
    ///
    /// The entity type from the items of `GET /repositories?format=Entity` (`Repositories`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    pub fn get_query_repository_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Repository, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPOSITORY,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=RestorePoint`
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_POINT`](super::query_types::RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_restore_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    pub async fn get_query_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::RESTORE_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=RestorePoint`
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_POINT`](super::query_types::RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_restore_point`].
    ///
    /// The entities themselves: [`Self::get_query_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    pub fn get_query_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::RESTORE_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=RestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_POINT`](super::query_types::RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`RestorePoint`](super::types::RestorePoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_restore_point_entities_all`].
    ///
    /// The entity type from the items of `GET /restorePoints?format=Entity` (`RestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    pub async fn get_query_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::RestorePoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::RESTORE_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=RestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_POINT`](super::query_types::RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`RestorePoint`](super::types::RestorePoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_restore_point_entities`].
    ///
    /// The entity type from the items of `GET /restorePoints?format=Entity` (`RestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    pub fn get_query_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::RestorePoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::RESTORE_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=RestoreSession`
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestoreSession`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_SESSION`](super::query_types::RESTORE_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_restore_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_restore_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    pub async fn get_query_restore_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::RESTORE_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=RestoreSession`
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestoreSession`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_SESSION`](super::query_types::RESTORE_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_restore_session`].
    ///
    /// The entities themselves: [`Self::get_query_restore_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    pub fn get_query_restore_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::RESTORE_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=RestoreSession&format=Entities`
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestoreSession`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_SESSION`](super::query_types::RESTORE_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`RestoreSession`](super::types::RestoreSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_restore_session_entities_all`].
    ///
    /// The entity type from the items of `GET /restoreSessions?format=Entity` (`RestoreSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    pub async fn get_query_restore_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::RestoreSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::RESTORE_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=RestoreSession&format=Entities`
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestoreSession`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_SESSION`](super::query_types::RESTORE_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`RestoreSession`](super::types::RestoreSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_restore_session_entities`].
    ///
    /// The entity type from the items of `GET /restoreSessions?format=Entity` (`RestoreSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    pub fn get_query_restore_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::RestoreSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::RESTORE_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Task`
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Task`, in no other format. Its filter and sort fields must be ones [`query_types::TASK`](super::query_types::TASK) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_task_all`].
    ///
    /// The entities themselves: [`Self::get_query_task_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    pub async fn get_query_task(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::TASK,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Task`
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Task`, in no other format. Its filter and sort fields must be ones [`query_types::TASK`](super::query_types::TASK) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_task`].
    ///
    /// The entities themselves: [`Self::get_query_task_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    pub fn get_query_task_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::TASK,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Task&format=Entities`
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Task`, in no other format. Its filter and sort fields must be ones [`query_types::TASK`](super::query_types::TASK) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`Task`](super::types::Task) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_task_entities_all`].
    ///
    /// The entity type from the type whose root is the query type `Task`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    pub async fn get_query_task_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Task>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::TASK,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Task&format=Entities`
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Task`, in no other format. Its filter and sort fields must be ones [`query_types::TASK`](super::query_types::TASK) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`Task`](super::types::Task) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_task_entities`].
    ///
    /// The entity type from the type whose root is the query type `Task`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    pub fn get_query_task_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Task, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::TASK,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=VCloudOrganizationConfig`
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VCloudOrganizationConfig`, in no other format. Its filter and sort fields must be ones [`query_types::V_CLOUD_ORGANIZATION_CONFIG`](super::query_types::V_CLOUD_ORGANIZATION_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_v_cloud_organization_config_all`].
    ///
    /// The entities themselves: [`Self::get_query_v_cloud_organization_config_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    pub async fn get_query_v_cloud_organization_config(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::V_CLOUD_ORGANIZATION_CONFIG,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=VCloudOrganizationConfig`
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VCloudOrganizationConfig`, in no other format. Its filter and sort fields must be ones [`query_types::V_CLOUD_ORGANIZATION_CONFIG`](super::query_types::V_CLOUD_ORGANIZATION_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_v_cloud_organization_config`].
    ///
    /// The entities themselves: [`Self::get_query_v_cloud_organization_config_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    pub fn get_query_v_cloud_organization_config_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::V_CLOUD_ORGANIZATION_CONFIG,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=VCloudOrganizationConfig&format=Entities`
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VCloudOrganizationConfig`, in no other format. Its filter and sort fields must be ones [`query_types::V_CLOUD_ORGANIZATION_CONFIG`](super::query_types::V_CLOUD_ORGANIZATION_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VCloudOrganizationConfig`](super::types::VCloudOrganizationConfig) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_v_cloud_organization_config_entities_all`].
    ///
    /// The entity type from the items of `GET /vCloud/orgConfigs?format=Entity` (`VCloudOrganizationConfigs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    pub async fn get_query_v_cloud_organization_config_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VCloudOrganizationConfig>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::V_CLOUD_ORGANIZATION_CONFIG,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=VCloudOrganizationConfig&format=Entities`
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VCloudOrganizationConfig`, in no other format. Its filter and sort fields must be ones [`query_types::V_CLOUD_ORGANIZATION_CONFIG`](super::query_types::V_CLOUD_ORGANIZATION_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VCloudOrganizationConfig`](super::types::VCloudOrganizationConfig) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_v_cloud_organization_config_entities`].
    ///
    /// The entity type from the items of `GET /vCloud/orgConfigs?format=Entity` (`VCloudOrganizationConfigs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    pub fn get_query_v_cloud_organization_config_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VCloudOrganizationConfig, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::V_CLOUD_ORGANIZATION_CONFIG,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=VlanConfiguration`
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VlanConfiguration`, in no other format. Its filter and sort fields must be ones [`query_types::VLAN_CONFIGURATION`](super::query_types::VLAN_CONFIGURATION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vlan_configuration_all`].
    ///
    /// The entities themselves: [`Self::get_query_vlan_configuration_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    pub async fn get_query_vlan_configuration(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::VLAN_CONFIGURATION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=VlanConfiguration`
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VlanConfiguration`, in no other format. Its filter and sort fields must be ones [`query_types::VLAN_CONFIGURATION`](super::query_types::VLAN_CONFIGURATION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vlan_configuration`].
    ///
    /// The entities themselves: [`Self::get_query_vlan_configuration_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    pub fn get_query_vlan_configuration_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VLAN_CONFIGURATION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=VlanConfiguration&format=Entities`
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VlanConfiguration`, in no other format. Its filter and sort fields must be ones [`query_types::VLAN_CONFIGURATION`](super::query_types::VLAN_CONFIGURATION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VlanConfiguration`](super::types::VlanConfiguration) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vlan_configuration_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/vlans?format=Entity` (`VlanConfigurations`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    pub async fn get_query_vlan_configuration_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VlanConfiguration>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::VLAN_CONFIGURATION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=VlanConfiguration&format=Entities`
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VlanConfiguration`, in no other format. Its filter and sort fields must be ones [`query_types::VLAN_CONFIGURATION`](super::query_types::VLAN_CONFIGURATION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VlanConfiguration`](super::types::VlanConfiguration) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vlan_configuration_entities`].
    ///
    /// The entity type from the items of `GET /cloud/vlans?format=Entity` (`VlanConfigurations`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    pub fn get_query_vlan_configuration_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VlanConfiguration, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VLAN_CONFIGURATION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=VmReplicaPoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_REPLICA_POINT`](super::query_types::VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vm_replica_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    pub async fn get_query_vm_replica_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::VM_REPLICA_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=VmReplicaPoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_REPLICA_POINT`](super::query_types::VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vm_replica_point`].
    ///
    /// The entities themselves: [`Self::get_query_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    pub fn get_query_vm_replica_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VM_REPLICA_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=VmReplicaPoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_REPLICA_POINT`](super::query_types::VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VmReplicaPoint`](super::types::VmReplicaPoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vm_replica_point_entities_all`].
    ///
    /// The entity type from the items of `GET /vmReplicaPoints?format=Entity` (`VmReplicaPoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    pub async fn get_query_vm_replica_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VmReplicaPoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::VM_REPLICA_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=VmReplicaPoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_REPLICA_POINT`](super::query_types::VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VmReplicaPoint`](super::types::VmReplicaPoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vm_replica_point_entities`].
    ///
    /// The entity type from the items of `GET /vmReplicaPoints?format=Entity` (`VmReplicaPoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    pub fn get_query_vm_replica_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VmReplicaPoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VM_REPLICA_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=VmRestorePoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_RESTORE_POINT`](super::query_types::VM_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vm_restore_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_vm_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    pub async fn get_query_vm_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::VM_RESTORE_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=VmRestorePoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_RESTORE_POINT`](super::query_types::VM_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vm_restore_point`].
    ///
    /// The entities themselves: [`Self::get_query_vm_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    pub fn get_query_vm_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VM_RESTORE_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=VmRestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_RESTORE_POINT`](super::query_types::VM_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VmRestorePoint`](super::types::VmRestorePoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vm_restore_point_entities_all`].
    ///
    /// The entity type from the items of `GET /vmRestorePoints?format=Entity` (`VmRestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    pub async fn get_query_vm_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VmRestorePoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::VM_RESTORE_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=VmRestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_RESTORE_POINT`](super::query_types::VM_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VmRestorePoint`](super::types::VmRestorePoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vm_restore_point_entities`].
    ///
    /// The entity type from the items of `GET /vmRestorePoints?format=Entity` (`VmRestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    pub fn get_query_vm_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VmRestorePoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VM_RESTORE_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=VsphereSelfServiceConfig`
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VsphereSelfServiceConfig`, in no other format. Its filter and sort fields must be ones [`query_types::VSPHERE_SELF_SERVICE_CONFIG`](super::query_types::VSPHERE_SELF_SERVICE_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vsphere_self_service_config_all`].
    ///
    /// The entities themselves: [`Self::get_query_vsphere_self_service_config_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    pub async fn get_query_vsphere_self_service_config(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::VSPHERE_SELF_SERVICE_CONFIG,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=VsphereSelfServiceConfig`
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VsphereSelfServiceConfig`, in no other format. Its filter and sort fields must be ones [`query_types::VSPHERE_SELF_SERVICE_CONFIG`](super::query_types::VSPHERE_SELF_SERVICE_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vsphere_self_service_config`].
    ///
    /// The entities themselves: [`Self::get_query_vsphere_self_service_config_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    pub fn get_query_vsphere_self_service_config_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VSPHERE_SELF_SERVICE_CONFIG,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=VsphereSelfServiceConfig&format=Entities`
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VsphereSelfServiceConfig`, in no other format. Its filter and sort fields must be ones [`query_types::VSPHERE_SELF_SERVICE_CONFIG`](super::query_types::VSPHERE_SELF_SERVICE_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VSphereSelfServiceConfig`](super::types::VSphereSelfServiceConfig) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vsphere_self_service_config_entities_all`].
    ///
    /// The entity type from the items of `GET /selfService/vSphere/Configs?format=Entity` (`VSphereSelfServiceConfigs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    pub async fn get_query_vsphere_self_service_config_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VSphereSelfServiceConfig>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::VSPHERE_SELF_SERVICE_CONFIG,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=VsphereSelfServiceConfig&format=Entities`
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VsphereSelfServiceConfig`, in no other format. Its filter and sort fields must be ones [`query_types::VSPHERE_SELF_SERVICE_CONFIG`](super::query_types::VSPHERE_SELF_SERVICE_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VSphereSelfServiceConfig`](super::types::VSphereSelfServiceConfig) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vsphere_self_service_config_entities`].
    ///
    /// The entity type from the items of `GET /selfService/vSphere/Configs?format=Entity` (`VSphereSelfServiceConfigs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    pub fn get_query_vsphere_self_service_config_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VSphereSelfServiceConfig, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VSPHERE_SELF_SERVICE_CONFIG,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=WanAccelerator`
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `WanAccelerator`, in no other format. Its filter and sort fields must be ones [`query_types::WAN_ACCELERATOR`](super::query_types::WAN_ACCELERATOR) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_wan_accelerator_all`].
    ///
    /// The entities themselves: [`Self::get_query_wan_accelerator_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    pub async fn get_query_wan_accelerator(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::WAN_ACCELERATOR,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=WanAccelerator`
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `WanAccelerator`, in no other format. Its filter and sort fields must be ones [`query_types::WAN_ACCELERATOR`](super::query_types::WAN_ACCELERATOR) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_wan_accelerator`].
    ///
    /// The entities themselves: [`Self::get_query_wan_accelerator_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    pub fn get_query_wan_accelerator_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::WAN_ACCELERATOR,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=WanAccelerator&format=Entities`
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `WanAccelerator`, in no other format. Its filter and sort fields must be ones [`query_types::WAN_ACCELERATOR`](super::query_types::WAN_ACCELERATOR) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`WanAccelerator`](super::types::WanAccelerator) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_wan_accelerator_entities_all`].
    ///
    /// The entity type from the items of `GET /wanAccelerators?format=Entity` (`WanAccelerators`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    pub async fn get_query_wan_accelerator_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::WanAccelerator>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::WAN_ACCELERATOR,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=WanAccelerator&format=Entities`
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `WanAccelerator`, in no other format. Its filter and sort fields must be ones [`query_types::WAN_ACCELERATOR`](super::query_types::WAN_ACCELERATOR) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`WanAccelerator`](super::types::WanAccelerator) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_wan_accelerator_entities`].
    ///
    /// The entity type from the items of `GET /wanAccelerators?format=Entity` (`WanAccelerators`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    pub fn get_query_wan_accelerator_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::WanAccelerator, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::WAN_ACCELERATOR,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=vAppReplicaPoint`
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_REPLICA_POINT`](super::query_types::V_APP_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_v_app_replica_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_v_app_replica_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    pub async fn get_query_v_app_replica_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::V_APP_REPLICA_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=vAppReplicaPoint`
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_REPLICA_POINT`](super::query_types::V_APP_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_v_app_replica_point`].
    ///
    /// The entities themselves: [`Self::get_query_v_app_replica_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    pub fn get_query_v_app_replica_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::V_APP_REPLICA_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=vAppReplicaPoint&format=Entities`
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_REPLICA_POINT`](super::query_types::V_APP_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VAppReplicaPoint`](super::types::VAppReplicaPoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_v_app_replica_point_entities_all`].
    ///
    /// The entity type from the items of `GET /vAppReplicaPoints?format=Entity` (`VAppReplicaPoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    pub async fn get_query_v_app_replica_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VAppReplicaPoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::V_APP_REPLICA_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=vAppReplicaPoint&format=Entities`
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_REPLICA_POINT`](super::query_types::V_APP_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VAppReplicaPoint`](super::types::VAppReplicaPoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_v_app_replica_point_entities`].
    ///
    /// The entity type from the items of `GET /vAppReplicaPoints?format=Entity` (`VAppReplicaPoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    pub fn get_query_v_app_replica_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VAppReplicaPoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::V_APP_REPLICA_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=vAppRestorePoint`
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_RESTORE_POINT`](super::query_types::V_APP_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_v_app_restore_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_v_app_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    pub async fn get_query_v_app_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::V_APP_RESTORE_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=vAppRestorePoint`
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_RESTORE_POINT`](super::query_types::V_APP_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_v_app_restore_point`].
    ///
    /// The entities themselves: [`Self::get_query_v_app_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    pub fn get_query_v_app_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::V_APP_RESTORE_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=vAppRestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_RESTORE_POINT`](super::query_types::V_APP_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VAppRestorePoint`](super::types::VAppRestorePoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_v_app_restore_point_entities_all`].
    ///
    /// The entity type from the items of `GET /vAppRestorePoints?format=Entity` (`VAppRestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    pub async fn get_query_v_app_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VAppRestorePoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::V_APP_RESTORE_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=vAppRestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_RESTORE_POINT`](super::query_types::V_APP_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VAppRestorePoint`](super::types::VAppRestorePoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_v_app_restore_point_entities`].
    ///
    /// The entity type from the items of `GET /vAppRestorePoints?format=Entity` (`VAppRestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    pub fn get_query_v_app_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VAppRestorePoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::V_APP_RESTORE_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /querySvc`
    ///
    /// Returns a list of queries for entity resources.
    ///
    /// # Returns
    ///
    /// `QuerySvc` (`<QuerySvc>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_querysvc.html>
    pub async fn get_query_svc(
        &self,
    ) -> Result<super::types::QuerySvc, crate::runtime::Error> {
        const OPERATION: &str = "GET /querySvc";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/querySvc".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
