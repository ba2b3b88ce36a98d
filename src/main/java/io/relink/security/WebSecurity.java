package io.relink.security;

import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles Relink knows: the members' roles (which pages need which is in web.xml) and the API
 * scopes (which endpoint needs which is in {@code @RolesAllowed} on the resources). Callers are
 * recognized by {@link CallerAuthentication}.
 */
@ApplicationScoped
@DeclareRoles({
    "OWNER",
    "ADMIN",
    "VIEWER",
    Scope.CHANNELS_READ,
    Scope.CHANNELS_WRITE,
    Scope.CREDENTIALS_READ,
    Scope.ADMIN
})
public class WebSecurity {}
