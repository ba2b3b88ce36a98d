package io.relink.workspaces.boundary;

import io.relink.problems.Ids;
import io.relink.problems.JsonBody;
import io.relink.workspaces.boundary.WorkspacesResource.MemberView;
import io.relink.workspaces.control.Memberships;
import io.relink.workspaces.entity.Role;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * The members of the caller's workspace, for its owners (scope {@code admin}): change a role,
 * remove a member. The last owner can be neither demoted nor removed (409). Listing is {@code GET
 * /workspaces/{id}/members}.
 */
@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.ADMIN)
public class MembersResource {

    @Inject Caller caller;
    @Inject Memberships memberships;

    /** {@code {"role": "ADMIN"}} */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberView change(@PathParam("id") String id, String body) {
        Role role =
                JsonBody.of(body, Set.of("role"))
                        .constant("role", Role.class)
                        .orElseThrow(() -> JsonBody.missing("role"));
        return MemberView.of(
                memberships.changeRole(
                        caller.workspaceId(), Ids.of(id, "member"), role, caller.actor()));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        memberships.remove(caller.workspaceId(), Ids.of(id, "member"), caller.actor());
        return Response.noContent().build();
    }
}
