// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `logon`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
    /// `GET /logonSessions`
    ///
    /// Returns a collection of currently existing login sessions for Veeam Backup Enterprise Manager REST API.
    ///
    /// # Returns
    ///
    /// `LogonSessions` (`<LogonSessions>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<LogonSessions>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_loginsessions.html>
    pub async fn get_logon_sessions(
        &self,
    ) -> Result<super::types::LogonSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /logonSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/logonSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /logonSessions/{ID}`
    ///
    /// Deletes a logon session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_loginsessions_id.html>
    pub async fn delete_logon_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /logonSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/logonSessions/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /logonSessions/{ID}`
    ///
    /// Returns a currently existing logon session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `LogonSession` (`<LogonSession>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_loginsessions_id.html>
    pub async fn get_logon_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::LogonSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /logonSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/logonSessions/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /sessionMngr/?v=v1_7`
    ///
    /// Creates a new logon session for Veeam Backup Enterprise Manager REST API.
    ///
    /// # Returns
    ///
    /// `LogonSession` (`<LogonSession>` in XML), on 201 Created.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_sessionmngr.html>
    pub async fn post_session_mngr_v_v1_7(
        &self,
    ) -> Result<super::types::LogonSession, crate::runtime::Error> {
        const OPERATION: &str = "POST /sessionMngr/";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/sessionMngr/".to_string(),
            query: vec![("v", "v1_7".to_string())],
            body: None,
            expect: &[201],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
