// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `security`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
    /// Returns a resource representation of the security resource. The security resource provides access to the Veeam Backup Enterprise Manager security settings and allows the client to manage roles used in Veeam Backup Enterprise Manager.
    ///
    /// `GET /security`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security.html>
    ///
    /// # Returns
    ///
    /// [`EnterpriseSecuritySettings`](crate::api::types::EnterpriseSecuritySettings) (`<EnterpriseSecuritySettings>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EnterpriseSecuritySettings>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    pub async fn get_security(
        &self,
    ) -> Result<super::types::EnterpriseSecuritySettings, crate::runtime::Error> {
        const OPERATION: &str = "GET /security";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/security".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of accounts having specific security roles in Veeam Backup Enterprise Manager.
    ///
    /// `GET /security/accounts`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_security_accounts_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_security_accounts_entities`]: every one, in full
    /// - [`Self::get_security_accounts_by_id`]: one, by its id
    pub async fn get_security_accounts(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/security/accounts".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_security_accounts`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of accounts having specific security roles in Veeam Backup Enterprise Manager.
    ///
    /// `GET /security/accounts?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts.html>
    ///
    /// # Returns
    ///
    /// [`EnterpriseAccounts`](crate::api::types::EnterpriseAccounts) (`<EnterpriseAccounts>` in XML), on 200 OK. Typed from the conventions: items `<EnterpriseAccount>` from `GET /security/accounts/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_security_accounts`]: every one, as references
    /// - [`Self::get_security_accounts_by_id`]: one, by its id
    pub async fn get_security_accounts_entities(
        &self,
    ) -> Result<super::types::EnterpriseAccounts, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/security/accounts".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Adds a user or group account having a specific security role to Veeam Backup Enterprise Manager.
    ///
    /// `POST /security/accounts`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html>
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, [`EnterpriseAccountCreateSpec`](crate::api::types::EnterpriseAccountCreateSpec) (`<EnterpriseAccountCreateSpec>` in XML). Build it with [`EnterpriseAccountCreateSpec::builder`](crate::api::types::EnterpriseAccountCreateSpec::builder).
    ///
    /// # Returns
    ///
    /// `Some(`[`EnterpriseAccount`](crate::api::types::EnterpriseAccount)`)` (`<EnterpriseAccount>` in XML), or `None` when the body is empty, on 201 Created.
    ///
    /// The answer's type is not on the page; from convention: 201 Created answers the created resource, as `GET /security/accounts/{ID}` does; the page says the body is `None.`, so an empty body is `None`.
    pub async fn post_security_accounts(
        &self,
        body: &super::types::EnterpriseAccountCreateSpec,
    ) -> Result<Option<super::types::EnterpriseAccount>, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: "/security/accounts".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "EnterpriseAccountCreateSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::CREATED],
        };
        let response = self.send(request).await?;
        if response.body.iter().all(u8::is_ascii_whitespace) {
            Ok(None)
        } else {
            response.decode(OPERATION, self.format()).map(Some)
        }
    }

    /// Rebuilds a restore scope for user accounts added to Veeam Backup Enterprise Manager.
    ///
    /// `POST /security/accounts?action=rebuildScope`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_actionrebuildscope.html>
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, [`RebuildScopeJobSpec`](crate::api::types::RebuildScopeJobSpec) (`<RebuildScopeJobSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 201 Created.
    pub async fn post_security_accounts_rebuild_scope(
        &self,
        body: &super::types::RebuildScopeJobSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: "/security/accounts".to_string(),
            query: vec![("action", "rebuildScope".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "RebuildScopeJobSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::CREATED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Removes an account having the specified ID and a specific security role from Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /security/accounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_security_accounts_by_id(
        &self,
        account_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /security/accounts/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/security/accounts/{}", account_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }

    /// Returns an account having the specified ID. The account is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// `GET /security/accounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EnterpriseAccount`](crate::api::types::EnterpriseAccount) (`<EnterpriseAccount>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_security_accounts`]: every one, as references
    /// - [`Self::get_security_accounts_entities`]: every one, in full
    pub async fn get_security_accounts_by_id(
        &self,
        account_id: impl AsRef<str>,
    ) -> Result<super::types::EnterpriseAccount, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/security/accounts/{}", account_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Enables or disables the Restore scope: All virtual machines option specified for the account.
    ///
    /// `POST /security/accounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn post_security_accounts_by_id(
        &self,
        account_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/security/accounts/{}", account_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }

    /// Returns a collection of security roles assigned to the specified Veeam Backup Enterprise Manager account. For details on security roles, see Security Roles.
    ///
    /// `GET /security/accounts/{ID}/roles`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EnterpriseAccountInRoleList`](crate::api::types::EnterpriseAccountInRoleList) (`<EnterpriseAccountInRoleList>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from resource page: `<EnterpriseAccountInRoleList>`.
    pub async fn get_security_accounts_by_id_roles(
        &self,
        account_id: impl AsRef<str>,
    ) -> Result<super::types::EnterpriseAccountInRoleList, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/roles";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/security/accounts/{}/roles", account_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Assigns a Veeam Backup Enterprise Manager security role to the specified account.For details on security roles, see Security Roles.
    ///
    /// `POST /security/accounts/{ID}/roles`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_roles.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`EnterpriseAccountInRoleCreateSpec`](crate::api::types::EnterpriseAccountInRoleCreateSpec) (`<EnterpriseAccountInRoleCreateSpec>` in XML). Build it with [`EnterpriseAccountInRoleCreateSpec::builder`](crate::api::types::EnterpriseAccountInRoleCreateSpec::builder).
    ///
    /// # Returns
    ///
    /// `Some(`[`EnterpriseAccountInRole`](crate::api::types::EnterpriseAccountInRole)`)` (`<EnterpriseAccountInRole>` in XML), or `None` when the body is empty, on 201 Created.
    ///
    /// The answer's type is not on the page; from convention: 201 Created answers the created resource, as `GET /security/accounts/{ID}/roles/{ID}` does; the page says the body is `None.`, so an empty body is `None`.
    pub async fn post_security_accounts_by_id_roles(
        &self,
        account_id: impl AsRef<str>,
        body: &super::types::EnterpriseAccountInRoleCreateSpec,
    ) -> Result<Option<super::types::EnterpriseAccountInRole>, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts/{ID}/roles";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/security/accounts/{}/roles", account_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "EnterpriseAccountInRoleCreateSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::CREATED],
        };
        let response = self.send(request).await?;
        if response.body.iter().all(u8::is_ascii_whitespace) {
            Ok(None)
        } else {
            response.decode(OPERATION, self.format()).map(Some)
        }
    }

    /// Removes the Veeam Backup Enterprise Manager security role from the account having the specified ID.
    ///
    /// `DELETE /security/accounts/{ID}/roles/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id_roles_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `role_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_security_accounts_by_id_roles_by_id(
        &self,
        account_id: impl AsRef<str>,
        role_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /security/accounts/{ID}/roles/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let role_id = crate::runtime::id_segment(role_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/security/accounts/{}/roles/{}", account_id, role_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }

    /// Returns a specific security role assigned to the specified account that is added to Veeam Backup Enterprise Manager. For details on security roles, see Security Roles.
    ///
    /// `GET /security/accounts/{ID}/roles/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `role_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EnterpriseAccountInRole`](crate::api::types::EnterpriseAccountInRole) (`<EnterpriseAccountInRole>` in XML), on 200 OK.
    pub async fn get_security_accounts_by_id_roles_by_id(
        &self,
        account_id: impl AsRef<str>,
        role_id: impl AsRef<str>,
    ) -> Result<super::types::EnterpriseAccountInRole, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/roles/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let role_id = crate::runtime::id_segment(role_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/security/accounts/{}/roles/{}", account_id, role_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of restore scopes defined for the specified account. The account is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// `GET /security/accounts/{ID}/scopes`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EnterpriseAccountHierarchyScopes`](crate::api::types::EnterpriseAccountHierarchyScopes) (`<EnterpriseAccountHierarchyScopes>` in XML), on 200 OK.
    pub async fn get_security_accounts_by_id_scopes(
        &self,
        account_id: impl AsRef<str>,
    ) -> Result<super::types::EnterpriseAccountHierarchyScopes, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/scopes";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/security/accounts/{}/scopes", account_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Assigns a restore scope to the account having the specified ID. The account is added to Veeam Backup Enterprise Manager and has a specific security role.
    ///
    /// `POST /security/accounts/{ID}/scopes`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_scopes.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`HierarchyScopeCreateSpec`](crate::api::types::HierarchyScopeCreateSpec) (`<HierarchyScopeCreateSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    ///
    /// The answer's type is not on the page; from convention: 202 Accepted answers a Task (`format` (<https://helpcenter.veeam.com/docs/vbr/em_rest/format.html>)).
    pub async fn post_security_accounts_by_id_scopes(
        &self,
        account_id: impl AsRef<str>,
        body: &super::types::HierarchyScopeCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts/{ID}/scopes";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/security/accounts/{}/scopes", account_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "HierarchyScopeCreateSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Removes a restore scope having the specified ID from the account having the specified ID. The account is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// `DELETE /security/accounts/{ID}/scopes/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id_scopes_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `scope_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_security_accounts_by_id_scopes_by_id(
        &self,
        account_id: impl AsRef<str>,
        scope_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /security/accounts/{ID}/scopes/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let scope_id = crate::runtime::id_segment(scope_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/security/accounts/{}/scopes/{}", account_id, scope_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }

    /// Returns a restore scope having the specified ID. The scope is defined for the account that is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// `GET /security/accounts/{ID}/scopes/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `scope_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EnterpriseAccountHierarchyScope`](crate::api::types::EnterpriseAccountHierarchyScope) (`<EnterpriseAccountHierarchyScope>` in XML), on 200 OK.
    pub async fn get_security_accounts_by_id_scopes_by_id(
        &self,
        account_id: impl AsRef<str>,
        scope_id: impl AsRef<str>,
    ) -> Result<super::types::EnterpriseAccountHierarchyScope, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/scopes/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let scope_id = crate::runtime::id_segment(scope_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/security/accounts/{}/scopes/{}", account_id, scope_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of security roles used for access management in Veeam Backup Enterprise Manager REST API. For details on security roles, see Security Roles.
    ///
    /// `GET /security/roles`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_security_roles_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_security_roles_entities`]: every one, in full
    /// - [`Self::get_security_roles_by_id`]: one, by its id
    pub async fn get_security_roles(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/roles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/security/roles".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_security_roles`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of security roles used for access management in Veeam Backup Enterprise Manager REST API. For details on security roles, see Security Roles.
    ///
    /// `GET /security/roles?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles.html>
    ///
    /// # Returns
    ///
    /// [`EnterpriseRoles`](crate::api::types::EnterpriseRoles) (`<EnterpriseRoles>` in XML), on 200 OK. Typed from the conventions: items `<EnterpriseRole>` from `GET /security/roles/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_security_roles`]: every one, as references
    /// - [`Self::get_security_roles_by_id`]: one, by its id
    pub async fn get_security_roles_entities(
        &self,
    ) -> Result<super::types::EnterpriseRoles, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/roles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/security/roles".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a security role having the specified ID. The security role belongs to a list of roles used in Veeam Backup Enterprise Manager.
    ///
    /// `GET /security/roles/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles_id.html>
    ///
    /// # Arguments
    ///
    /// - `role_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EnterpriseRole`](crate::api::types::EnterpriseRole) (`<EnterpriseRole>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_security_roles`]: every one, as references
    /// - [`Self::get_security_roles_entities`]: every one, in full
    pub async fn get_security_roles_by_id(
        &self,
        role_id: impl AsRef<str>,
    ) -> Result<super::types::EnterpriseRole, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/roles/{ID}";
        let role_id = crate::runtime::id_segment(role_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/security/roles/{}", role_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
