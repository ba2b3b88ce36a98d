package io.relink.workspaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling the REST API in this request: which workspace, under which key name, with which
 * scopes. Set once by {@link ApiKeyAuthentication}; every query is scoped to its workspace.
 */
@RequestScoped
public class Caller {

    private UUID workspaceId;
    private String actor;
    private Set<String> scopes = Set.of();

    void authenticate(UUID workspaceId, String actor, Set<String> scopes) {
        this.workspaceId = workspaceId;
        this.actor = actor;
        this.scopes = Set.copyOf(scopes);
    }

    public UUID workspaceId() {
        if (workspaceId == null) {
            throw new IllegalStateException("No authenticated caller in this request");
        }
        return workspaceId;
    }

    /** How the audit trail names this caller, e.g. {@code api-key:Publisher}. */
    public String actor() {
        return actor;
    }

    public boolean may(String scope) {
        return scopes.contains(scope);
    }
}
