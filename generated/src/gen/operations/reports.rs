// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `reports`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
    /// Returns a set of links to reports on Veeam Backup Enterprise Manager and Veeam Backup & Replication entities.
    ///
    /// `GET /reports/summary`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary.html>
    ///
    /// # Returns
    ///
    /// [`SummaryReport`](crate::api::types::SummaryReport) (`<SummaryReport>` in XML), on 200 OK.
    pub async fn get_reports_summary(
        &self,
    ) -> Result<super::types::SummaryReport, crate::runtime::Error> {
        const OPERATION: &str = "GET /reports/summary";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/reports/summary".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns an overview report about performed jobs, their status, duration and other job-related information.
    ///
    /// `GET /reports/summary/job_statistics`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_statistics.html>
    ///
    /// # Returns
    ///
    /// [`JobStatisticsReportFrame`](crate::api::types::JobStatisticsReportFrame) (`<JobStatisticsReportFrame>` in XML), on 200 OK.
    pub async fn get_reports_summary_job_statistics(
        &self,
    ) -> Result<super::types::JobStatisticsReportFrame, crate::runtime::Error> {
        const OPERATION: &str = "GET /reports/summary/job_statistics";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/reports/summary/job_statistics".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of an overview report about backup infrastructure components and performed backup and replication jobs.
    ///
    /// `GET /reports/summary/overview`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_overview.html>
    ///
    /// # Returns
    ///
    /// [`OverviewReportFrame`](crate::api::types::OverviewReportFrame) (`<OverviewReportFrame>` in XML), on 200 OK.
    pub async fn get_reports_summary_overview(
        &self,
    ) -> Result<super::types::OverviewReportFrame, crate::runtime::Error> {
        const OPERATION: &str = "GET /reports/summary/overview";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/reports/summary/overview".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns an overview report about the number of VMs processed per day.
    ///
    /// `GET /reports/summary/processed_vms`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_processed_vms.html>
    ///
    /// # Returns
    ///
    /// [`ProcessedVmsReportFrame`](crate::api::types::ProcessedVmsReportFrame) (`<ProcessedVmsReportFrame>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<ProcessedVmsReportFrame>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    pub async fn get_reports_summary_processed_vms(
        &self,
    ) -> Result<super::types::ProcessedVmsReportFrame, crate::runtime::Error> {
        const OPERATION: &str = "GET /reports/summary/processed_vms";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/reports/summary/processed_vms".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns an overview report about backup repositories, their capacity, free space and size of backup files on these backup repositories.
    ///
    /// `GET /reports/summary/repository`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_repository.html>
    ///
    /// # Returns
    ///
    /// [`RepositoryReportFrame`](crate::api::types::RepositoryReportFrame) (`<RepositoryReportFrame>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<RepositoryReportFrame>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    pub async fn get_reports_summary_repository(
        &self,
    ) -> Result<super::types::RepositoryReportFrame, crate::runtime::Error> {
        const OPERATION: &str = "GET /reports/summary/repository";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/reports/summary/repository".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of an overview report about backed up and replicated VMs, available restore points and so on.
    ///
    /// `GET /reports/summary/vms_overview`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_vms_overview.html>
    ///
    /// # Returns
    ///
    /// [`VmsOverviewReportFrame`](crate::api::types::VmsOverviewReportFrame) (`<VmsOverviewReportFrame>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VmsOverviewReportFrame>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    pub async fn get_reports_summary_vms_overview(
        &self,
    ) -> Result<super::types::VmsOverviewReportFrame, crate::runtime::Error> {
        const OPERATION: &str = "GET /reports/summary/vms_overview";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/reports/summary/vms_overview".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
