package io.relink.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The pages sign people in with a form; the REST API uses API keys instead (see
 * {@link io.relink.workspaces.boundary.ApiKeyAuthentication}). Which pages need which role is in
 * web.xml.
 */
@ApplicationScoped
@DeclareRoles({"OWNER", "ADMIN", "VIEWER"})
@FormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "/login.xhtml?failed=true", useForwardToLogin = false))
public class WebSecurity {}
