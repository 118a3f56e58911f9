// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `logon`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
    /// Returns a collection of currently existing login sessions for Veeam Backup Enterprise Manager REST API.
    ///
    /// `GET /logonSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_loginsessions.html>
    ///
    /// # Returns
    ///
    /// [`LogonSessions`](crate::api::types::LogonSessions) (`<LogonSessions>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<LogonSessions>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    pub async fn get_logon_sessions(
        &self,
    ) -> Result<super::types::LogonSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /logonSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/logonSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a logon session having the specified ID.
    ///
    /// `DELETE /logonSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_loginsessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `logon_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_logon_sessions_by_id(
        &self,
        logon_session_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /logonSessions/{ID}";
        let logon_session_id = crate::runtime::id_segment(logon_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/logonSessions/{}", logon_session_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }

    /// Returns a currently existing logon session having the specified ID.
    ///
    /// `GET /logonSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_loginsessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `logon_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`LogonSession`](crate::api::types::LogonSession) (`<LogonSession>` in XML), on 200 OK.
    pub async fn get_logon_sessions_by_id(
        &self,
        logon_session_id: impl AsRef<str>,
    ) -> Result<super::types::LogonSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /logonSessions/{ID}";
        let logon_session_id = crate::runtime::id_segment(logon_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/logonSessions/{}", logon_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Creates a new logon session for Veeam Backup Enterprise Manager REST API.
    ///
    /// `POST /sessionMngr/?v=v1_7`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_sessionmngr.html>
    ///
    /// # Returns
    ///
    /// [`LogonSession`](crate::api::types::LogonSession) (`<LogonSession>` in XML), on 201 Created.
    pub async fn post_session_mngr_v_v1_7(
        &self,
    ) -> Result<super::types::LogonSession, crate::runtime::Error> {
        const OPERATION: &str = "POST /sessionMngr/";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: "/sessionMngr/".to_string(),
            query: vec![("v", "v1_7".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::CREATED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
