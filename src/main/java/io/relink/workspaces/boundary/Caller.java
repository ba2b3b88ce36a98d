package io.relink.workspaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Who is calling the REST API in this request: which workspace, under which key name. Set once by {@link ApiKeyAuthentication}; every query is scoped to its workspace.
 */
@RequestScoped
public class Caller {

    private UUID workspaceId;
    private String actor;

    void authenticate(UUID workspaceId, String actor) {
        this.workspaceId = workspaceId;
        this.actor = actor;
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
}
