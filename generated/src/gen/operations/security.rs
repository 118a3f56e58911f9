// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `security`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
    /// `GET /security`
    ///
    /// Returns a resource representation of the security resource. The security resource provides access to the Veeam Backup Enterprise Manager security settings and allows the client to manage roles used in Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EnterpriseSecuritySettings` (`<EnterpriseSecuritySettings>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EnterpriseSecuritySettings>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security.html>
    pub async fn get_security(
        &self,
    ) -> Result<super::types::EnterpriseSecuritySettings, crate::runtime::Error> {
        const OPERATION: &str = "GET /security";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/security".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security/accounts`
    ///
    /// Returns a collection of accounts having specific security roles in Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_security_accounts_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts.html>
    pub async fn get_security_accounts(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/security/accounts".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security/accounts?format=Entity`
    ///
    /// The entity form of [`Self::get_security_accounts`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `EnterpriseAccounts` (`<EnterpriseAccounts>` in XML), on 200 OK. Typed from the conventions: items `<EnterpriseAccount>` from `GET /security/accounts/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts.html>
    pub async fn get_security_accounts_entities(
        &self,
    ) -> Result<super::types::EnterpriseAccounts, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/security/accounts".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /security/accounts`
    ///
    /// Adds a user or group account having a specific security role to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, `<EnterpriseAccountCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Some(EnterpriseAccount)` (`<EnterpriseAccount>` in XML), or `None` when the body is empty, on 201 Created.
    ///
    /// The answer's type is not on the page; from convention: 201 Created answers the created resource, as `GET /security/accounts/{ID}` does; the page says the body is `None.`, so an empty body is `None`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html>
    pub async fn post_security_accounts(
        &self,
        body: &super::types::EnterpriseAccountCreateSpec,
    ) -> Result<Option<super::types::EnterpriseAccount>, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/security/accounts".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "EnterpriseAccountCreateSpec",
                    body,
                ),
            ),
            expect: &[201],
        };
        let response = self.send(request).await?;
        if response.body.iter().all(u8::is_ascii_whitespace) {
            Ok(None)
        } else {
            response.decode(OPERATION, self.format()).map(Some)
        }
    }
    /// `POST /security/accounts?action=rebuildScope`
    ///
    /// Rebuilds a restore scope for user accounts added to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, `<RebuildScopeJobSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 201 Created.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_actionrebuildscope.html>
    pub async fn post_security_accounts_rebuild_scope(
        &self,
        body: &super::types::RebuildScopeJobSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/security/accounts".to_string(),
            query: vec![("action", "rebuildScope".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "RebuildScopeJobSpec", body),
            ),
            expect: &[201],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /security/accounts/{ID}`
    ///
    /// Removes an account having the specified ID and a specific security role from Veeam Backup Enterprise Manager.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id.html>
    pub async fn delete_security_accounts_by_id(
        &self,
        id: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /security/accounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/security/accounts/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /security/accounts/{ID}`
    ///
    /// Returns an account having the specified ID. The account is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EnterpriseAccount` (`<EnterpriseAccount>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html>
    pub async fn get_security_accounts_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::EnterpriseAccount, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/security/accounts/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /security/accounts/{ID}`
    ///
    /// Enables or disables the Restore scope: All virtual machines option specified for the account.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id.html>
    pub async fn post_security_accounts_by_id(
        &self,
        id: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/security/accounts/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /security/accounts/{ID}/roles`
    ///
    /// Returns a collection of security roles assigned to the specified Veeam Backup Enterprise Manager account. For details on security roles, see Security Roles.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EnterpriseAccountInRoleList` (`<EnterpriseAccountInRoleList>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from resource page: `<EnterpriseAccountInRoleList>`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles.html>
    pub async fn get_security_accounts_by_id_roles(
        &self,
        id: &str,
    ) -> Result<super::types::EnterpriseAccountInRoleList, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/roles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/security/accounts/{}/roles", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /security/accounts/{ID}/roles`
    ///
    /// Assigns a Veeam Backup Enterprise Manager security role to the specified account.For details on security roles, see Security Roles.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<EnterpriseAccountInRoleCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Some(EnterpriseAccountInRole)` (`<EnterpriseAccountInRole>` in XML), or `None` when the body is empty, on 201 Created.
    ///
    /// The answer's type is not on the page; from convention: 201 Created answers the created resource, as `GET /security/accounts/{ID}/roles/{ID}` does; the page says the body is `None.`, so an empty body is `None`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_roles.html>
    pub async fn post_security_accounts_by_id_roles(
        &self,
        id: &str,
        body: &super::types::EnterpriseAccountInRoleCreateSpec,
    ) -> Result<Option<super::types::EnterpriseAccountInRole>, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts/{ID}/roles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/security/accounts/{}/roles", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "EnterpriseAccountInRoleCreateSpec",
                    body,
                ),
            ),
            expect: &[201],
        };
        let response = self.send(request).await?;
        if response.body.iter().all(u8::is_ascii_whitespace) {
            Ok(None)
        } else {
            response.decode(OPERATION, self.format()).map(Some)
        }
    }
    /// `DELETE /security/accounts/{ID}/roles/{ID}`
    ///
    /// Removes the Veeam Backup Enterprise Manager security role from the account having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id_roles_id.html>
    pub async fn delete_security_accounts_by_id_roles_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /security/accounts/{ID}/roles/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/security/accounts/{}/roles/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /security/accounts/{ID}/roles/{ID}`
    ///
    /// Returns a specific security role assigned to the specified account that is added to Veeam Backup Enterprise Manager. For details on security roles, see Security Roles.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EnterpriseAccountInRole` (`<EnterpriseAccountInRole>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles_id.html>
    pub async fn get_security_accounts_by_id_roles_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::EnterpriseAccountInRole, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/roles/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/security/accounts/{}/roles/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security/accounts/{ID}/scopes`
    ///
    /// Returns a collection of restore scopes defined for the specified account. The account is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EnterpriseAccountHierarchyScopes` (`<EnterpriseAccountHierarchyScopes>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes.html>
    pub async fn get_security_accounts_by_id_scopes(
        &self,
        id: &str,
    ) -> Result<super::types::EnterpriseAccountHierarchyScopes, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/scopes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/security/accounts/{}/scopes", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /security/accounts/{ID}/scopes`
    ///
    /// Assigns a restore scope to the account having the specified ID. The account is added to Veeam Backup Enterprise Manager and has a specific security role.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<HierarchyScopeCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// The answer's type is not on the page; from convention: 202 Accepted answers a Task (`format` (<https://helpcenter.veeam.com/docs/vbr/em_rest/format.html>)).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_scopes.html>
    pub async fn post_security_accounts_by_id_scopes(
        &self,
        id: &str,
        body: &super::types::HierarchyScopeCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts/{ID}/scopes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/security/accounts/{}/scopes", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "HierarchyScopeCreateSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /security/accounts/{ID}/scopes/{ID}`
    ///
    /// Removes a restore scope having the specified ID from the account having the specified ID. The account is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id_scopes_id.html>
    pub async fn delete_security_accounts_by_id_scopes_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /security/accounts/{ID}/scopes/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/security/accounts/{}/scopes/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /security/accounts/{ID}/scopes/{ID}`
    ///
    /// Returns a restore scope having the specified ID. The scope is defined for the account that is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EnterpriseAccountHierarchyScope` (`<EnterpriseAccountHierarchyScope>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes_id.html>
    pub async fn get_security_accounts_by_id_scopes_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::EnterpriseAccountHierarchyScope, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/scopes/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/security/accounts/{}/scopes/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security/roles`
    ///
    /// Returns a collection of security roles used for access management in Veeam Backup Enterprise Manager REST API. For details on security roles, see Security Roles.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_security_roles_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles.html>
    pub async fn get_security_roles(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/roles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/security/roles".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security/roles?format=Entity`
    ///
    /// The entity form of [`Self::get_security_roles`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `EnterpriseRoles` (`<EnterpriseRoles>` in XML), on 200 OK. Typed from the conventions: items `<EnterpriseRole>` from `GET /security/roles/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles.html>
    pub async fn get_security_roles_entities(
        &self,
    ) -> Result<super::types::EnterpriseRoles, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/roles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/security/roles".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security/roles/{ID}`
    ///
    /// Returns a security role having the specified ID. The security role belongs to a list of roles used in Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EnterpriseRole` (`<EnterpriseRole>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles_id.html>
    pub async fn get_security_roles_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::EnterpriseRole, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/roles/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/security/roles/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
