package io.relink.workspaces.boundary;

import io.relink.people.control.People;
import io.relink.people.entity.Person;
import io.relink.problems.ProblemException;
import io.relink.workspaces.control.ApiKeys;
import io.relink.workspaces.control.Memberships;
import io.relink.workspaces.entity.ApiKey;
import io.relink.workspaces.entity.Membership;
import io.relink.workspaces.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling in this request: which workspace, and how the history names them. Read from what
 * {@code security.CallerAuthentication} established: an API key ({@code api-key:<id>}, whose
 * workspace is fixed) or a person and the workspace chosen for this request (request attributes
 * {@link #PERSON} and {@link #WORKSPACE}). Every query is scoped to {@link #workspaceId()}, so an
 * id of another workspace is simply not found.
 */
@RequestScoped
public class Caller {

    public static final String API_KEY_PREFIX = "api-key:";

    /** The request attribute naming the signed-in person's id. */
    public static final String PERSON = "relink.person";

    /** The request attribute naming the workspace chosen for this request (a member's). */
    public static final String WORKSPACE = "relink.workspace";

    /**
     * The request attribute holding the API key this request was authenticated with, as it was read
     * then ({@link KeyUse}): the key is not read a second time in the same request.
     */
    public static final String API_KEY = "relink.api-key";

    /** What a request needs of the API key it came with. */
    public record KeyUse(UUID id, UUID workspaceId, String name) {}

    @Inject SecurityContext security;
    @Inject HttpServletRequest request;
    @Inject ApiKeys keys;
    @Inject People people;
    @Inject Memberships memberships;

    private boolean resolved;
    private UUID workspaceId;
    private String actor;
    private Person person;
    private Membership membership;

    /**
     * The workspace this request works in.
     *
     * @throws ProblemException 404 when the caller is a person with no workspace to work in
     */
    public UUID workspaceId() {
        resolve();
        if (workspaceId == null) {
            throw ProblemException.notFound("workspace", "for you");
        }
        return workspaceId;
    }

    /** Whether a workspace was chosen (a person may belong to none yet). */
    public boolean inWorkspace() {
        resolve();
        return workspaceId != null;
    }

    /**
     * How the audit trail names this caller: {@code api-key:Publisher} or {@code
     * member:ana@example.com}.
     */
    public String actor() {
        resolve();
        return actor;
    }

    /** The signed-in person's id, or null for an API key. */
    public UUID personId() {
        resolve();
        return person == null ? null : person.id();
    }

    public Optional<Person> person() {
        resolve();
        return Optional.ofNullable(person);
    }

    /** The person's membership in the chosen workspace; empty for API keys. */
    public Optional<Membership> membership() {
        resolve();
        return Optional.ofNullable(membership);
    }

    /** The person's role in the chosen workspace; empty for API keys and outsiders. */
    public Optional<Role> role() {
        return membership().map(Membership::role);
    }

    /** Whether the caller holds this scope (or role). */
    public boolean may(String scope) {
        return security.isCallerInRole(scope);
    }

    private void resolve() {
        if (resolved) {
            return;
        }
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw ProblemException.unauthorized(
                    "Send a workspace API key as 'Authorization: Bearer <key>'.");
        }
        String name = principal.getName();
        if (name.startsWith(API_KEY_PREFIX)
                && request.getAttribute(API_KEY) instanceof KeyUse use
                && name.equals(API_KEY_PREFIX + use.id())) {
            workspaceId = use.workspaceId();
            actor = API_KEY_PREFIX + use.name();
        } else if (name.startsWith(API_KEY_PREFIX)) {
            ApiKey key =
                    keys.byId(UUID.fromString(name.substring(API_KEY_PREFIX.length())))
                            .orElseThrow(
                                    () ->
                                            ProblemException.unauthorized(
                                                    "The API key is unknown or was revoked."));
            workspaceId = key.workspace().id();
            actor = API_KEY_PREFIX + key.name();
        } else {
            Object id = request.getAttribute(PERSON);
            person =
                    (id instanceof UUID personId ? people.byId(personId) : Optional.<Person>empty())
                            .orElseThrow(() -> ProblemException.unauthorized("Sign in again."));
            actor = "member:" + person.email();
            if (request.getAttribute(WORKSPACE) instanceof UUID chosen) {
                membership = memberships.of(person.id(), chosen).orElse(null);
                workspaceId = membership == null ? null : chosen;
            }
        }
        resolved = true;
    }
}
