package io.relink.workspaces.entity;

import java.util.Set;

/**
 * What a member may do in a workspace. The names are also the security roles of the pages; each
 * role also grants the API {@link Scope}s that match it, so that one {@code @RolesAllowed} on a
 * resource method serves members and API keys alike.
 */
public enum Role {
    /** May do everything, like a master account: also manages API keys. */
    OWNER(Set.of(Scope.CHANNELS_READ, Scope.CHANNELS_WRITE, Scope.ADMIN)),
    /** May reconnect, unlink, add tokens and change notification settings. */
    ADMIN(Set.of(Scope.CHANNELS_READ, Scope.CHANNELS_WRITE)),
    /** Sees state only. */
    VIEWER(Set.of(Scope.CHANNELS_READ));

    private final Set<String> scopes;

    Role(Set<String> scopes) {
        this.scopes = scopes;
    }

    /**
     * The security groups of a member with this role: the role itself and its scopes. No role
     * grants {@link Scope#CREDENTIALS_READ}: reading a plaintext token is for integrations' keys.
     */
    public Set<String> groups() {
        return Set.copyOf(
                java.util.stream.Stream.concat(Set.of(name()).stream(), scopes.stream()).toList());
    }
}
