package io.relink.workspaces.boundary;

import io.relink.problems.Ids;
import io.relink.problems.JsonBody;
import io.relink.problems.ProblemException;
import io.relink.workspaces.control.GroupRoles;
import io.relink.workspaces.control.Memberships;
import io.relink.workspaces.control.WorkspaceHealth;
import io.relink.workspaces.control.Workspaces;
import io.relink.workspaces.entity.Membership;
import io.relink.workspaces.entity.Role;
import io.relink.workspaces.entity.Scope;
import io.relink.workspaces.entity.Workspace;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Workspaces: every workspace with its health at a glance and creation, for instance
 * administrators; one workspace and its renaming for its members (owners rename) and instance
 * administrators; its members for anyone in it. Archiving is {@code PATCH {"archived": true}}, for
 * instance administrators. A workspace the caller has no part in is a 404.
 */
@Path("workspaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspacesResource {

    @Inject Caller caller;
    @Inject Workspaces workspaces;
    @Inject Memberships memberships;
    @Inject WorkspaceHealth health;
    @Context UriInfo uri;

    @GET
    @RolesAllowed(Scope.INSTANCE_ADMIN)
    public List<WorkspaceView> all() {
        Map<UUID, Map<String, Long>> states = health.channelStates();
        return workspaces.all().stream()
                .map(w -> WorkspaceView.of(w, states.getOrDefault(w.id(), Map.of())))
                .toList();
    }

    /** {@code {"name": "Acme Agency client"}}: the caller becomes its first owner. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.INSTANCE_ADMIN)
    public Response create(String body) {
        String name = JsonBody.of(body, Set.of("name")).requiredText("name", 200).strip();
        Workspace made = workspaces.create(name, caller.personId(), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(made.id().toString()).build())
                .entity(WorkspaceView.of(made, Map.of()))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Scope.CHANNELS_READ, Scope.INSTANCE_ADMIN})
    public WorkspaceView one(@PathParam("id") String id) {
        Workspace workspace = reachable(id);
        return WorkspaceView.of(
                workspace, health.channelStates().getOrDefault(workspace.id(), Map.of()));
    }

    /**
     * {@code {"name": "…"}} (owners, instance administrators), {@code {"archived": true|false}}.
     */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Scope.ADMIN, Scope.INSTANCE_ADMIN})
    public WorkspaceView change(@PathParam("id") String id, String body) {
        Workspace workspace = reachable(id);
        JsonBody json = JsonBody.of(body, Set.of("name", "archived", "ssoGroups"));
        if (!json.has("name") && !json.has("archived") && !json.has("ssoGroups")) {
            throw ProblemException.badRequest("Send 'name', 'archived' or 'ssoGroups'.");
        }
        if (json.has("archived") && !caller.may(Scope.INSTANCE_ADMIN)) {
            throw ProblemException.forbidden(
                    "This needs the scope instance-admin; the key or member calling has not got"
                            + " it.");
        }
        Optional<String> name = json.text("name", 200);
        Optional<Boolean> archived = json.flag("archived");
        Optional<Map<String, Role>> groups = ssoGroups(json);
        name.ifPresent(n -> workspaces.rename(workspace.id(), n, caller.actor()));
        groups.ifPresent(g -> workspaces.ssoGroups(workspace.id(), g, caller.actor()));
        archived.ifPresent(a -> workspaces.archive(workspace.id(), a, caller.actor()));
        return one(id);
    }

    /** {@code "ssoGroups": {"marketing": "VIEWER", "social-admins": "ADMIN"}}, checked whole. */
    private static Optional<Map<String, Role>> ssoGroups(JsonBody json) {
        if (!json.has("ssoGroups")) {
            return Optional.empty();
        }
        if (!(json.json().get("ssoGroups") instanceof JsonObject object)
                || object.size() > GroupRoles.MAX_GROUPS) {
            throw ProblemException.invalidParameter(
                    "ssoGroups", "'ssoGroups' must be an object of at most 50 group: role pairs.");
        }
        Map<String, Role> groups = new TreeMap<>();
        object.forEach(
                (group, role) -> {
                    Role parsed = null;
                    if (role instanceof JsonString text) {
                        try {
                            parsed = Role.valueOf(text.getString());
                        } catch (IllegalArgumentException unknown) {
                            // reported below
                        }
                    }
                    if (parsed == null || !GroupRoles.isGroupName(group)) {
                        throw ProblemException.invalidParameter(
                                "ssoGroups",
                                "Each group needs a name (no ',' or '=') and one of OWNER, ADMIN,"
                                        + " VIEWER.");
                    }
                    groups.put(group.strip(), parsed);
                });
        return Optional.of(groups);
    }

    @GET
    @Path("{id}/members")
    @RolesAllowed(Scope.CHANNELS_READ)
    public List<MemberView> members(@PathParam("id") String id) {
        return memberships.inWorkspace(reachable(id).id()).stream().map(MemberView::of).toList();
    }

    /**
     * The workspace if the caller may see it: their own (a key's, a member's), or any for an
     * instance administrator; otherwise a 404, as for one that does not exist.
     */
    private Workspace reachable(String id) {
        UUID workspaceId = Ids.of(id, "workspace");
        boolean own = caller.inWorkspace() && caller.workspaceId().equals(workspaceId);
        if (!own && !caller.may(Scope.INSTANCE_ADMIN)) {
            throw ProblemException.notFound("workspace", id);
        }
        return workspaces
                .byId(workspaceId)
                .orElseThrow(() -> ProblemException.notFound("workspace", id));
    }

    /** A workspace and how its linked channels stand (state → count). */
    public record WorkspaceView(
            UUID id,
            String name,
            Instant createdAt,
            Instant archivedAt,
            Map<String, Role> ssoGroups,
            Map<String, Long> channels) {
        static WorkspaceView of(Workspace workspace, Map<String, Long> channels) {
            return new WorkspaceView(
                    workspace.id(),
                    workspace.name(),
                    workspace.createdAt(),
                    workspace.archivedAt(),
                    GroupRoles.parse(workspace.ssoGroups()),
                    channels);
        }
    }

    /** A member as listed: the membership's id (for changes), the person and the role. */
    public record MemberView(UUID id, UUID personId, String email, String name, Role role) {
        static MemberView of(Membership membership) {
            return new MemberView(
                    membership.id(),
                    membership.person().id(),
                    membership.person().email(),
                    membership.person().displayName(),
                    membership.role());
        }
    }
}
