package io.relink.workspaces.boundary;

import io.relink.problems.ProblemException;
import io.relink.workspaces.control.ApiKeys;
import io.relink.workspaces.control.Members;
import io.relink.workspaces.entity.ApiKey;
import io.relink.workspaces.entity.Member;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.UUID;

/**
 * Who is calling in this request: which workspace, and how the audit trail names them. Read from
 * the principal that {@code security.CallerAuthentication} established: an API key ({@code
 * api-key:<id>}) or a member (their e-mail address). Every query is scoped to {@link
 * #workspaceId()}, so an id of another workspace is simply not found.
 */
@RequestScoped
public class Caller {

    static final String API_KEY_PREFIX = "api-key:";

    @Inject SecurityContext security;
    @Inject ApiKeys keys;
    @Inject Members members;

    private UUID workspaceId;
    private String actor;
    private UUID memberId;

    public UUID workspaceId() {
        resolve();
        return workspaceId;
    }

    /**
     * How the audit trail names this caller: {@code api-key:Publisher} or {@code
     * member:ana@example.com}.
     */
    public String actor() {
        resolve();
        return actor;
    }

    /** The signed-in member, or null for an API key. */
    public UUID memberId() {
        resolve();
        return memberId;
    }

    /** Whether the caller holds this scope (or role). */
    public boolean may(String scope) {
        return security.isCallerInRole(scope);
    }

    private void resolve() {
        if (workspaceId != null) {
            return;
        }
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw ProblemException.unauthorized(
                    "Send a workspace API key as 'Authorization: Bearer <key>'.");
        }
        String name = principal.getName();
        if (name.startsWith(API_KEY_PREFIX)) {
            ApiKey key =
                    keys.byId(UUID.fromString(name.substring(API_KEY_PREFIX.length())))
                            .orElseThrow(
                                    () ->
                                            ProblemException.unauthorized(
                                                    "The API key is unknown or was revoked."));
            workspaceId = key.workspace().id();
            actor = API_KEY_PREFIX + key.name();
        } else {
            Member member =
                    members.byEmail(name)
                            .orElseThrow(
                                    () -> ProblemException.unauthorized("No member " + name + "."));
            workspaceId = member.workspace().id();
            actor = "member:" + member.email();
            memberId = member.id();
        }
    }
}
