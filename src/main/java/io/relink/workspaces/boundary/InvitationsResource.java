package io.relink.workspaces.boundary;

import io.relink.problems.Ids;
import io.relink.problems.JsonBody;
import io.relink.problems.ProblemException;
import io.relink.workspaces.control.Invitations;
import io.relink.workspaces.entity.Invitation;
import io.relink.workspaces.entity.Role;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Invitations to the caller's workspace (scope {@code channels:write}: owners invite with any role,
 * admins viewers only). The answer that sends one carries its link, once, and whether the e-mail
 * went out; the link is never shown again.
 */
@Path("invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.CHANNELS_WRITE)
public class InvitationsResource {

    @Inject Caller caller;
    @Inject Invitations invitations;
    @Inject Clock clock;
    @Context UriInfo uri;

    @GET
    public List<InvitationView> list() {
        Instant now = clock.instant();
        return invitations.of(caller.workspaceId()).stream()
                .map(i -> InvitationView.of(i, now))
                .toList();
    }

    /** {@code {"email": "sam@example.com", "role": "VIEWER"}} */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(String body) {
        JsonBody json = JsonBody.of(body, Set.of("email", "role"));
        String email = json.requiredText("email", 320);
        Role role = json.constant("role", Role.class).orElseThrow(() -> JsonBody.missing("role"));
        Invitations.Sent sent =
                invitations.invite(
                        caller.workspaceId(), email, role, inviterRole(), caller.actor());
        return created(sent);
    }

    /** Sends the invitation again with a new link (the old one stops working) and a new life. */
    @POST
    @Path("{id}/resend")
    public Response resend(@PathParam("id") String id) {
        return created(
                invitations.resend(
                        caller.workspaceId(),
                        Ids.of(id, "invitation"),
                        inviterRole(),
                        caller.actor()));
    }

    @DELETE
    @Path("{id}")
    public InvitationView withdraw(@PathParam("id") String id) {
        return InvitationView.of(
                invitations.withdraw(
                        caller.workspaceId(),
                        Ids.of(id, "invitation"),
                        inviterRole(),
                        caller.actor()),
                clock.instant());
    }

    /** A member invites with their role's rights; a key with {@code admin} as an owner would. */
    private Role inviterRole() {
        return caller.role()
                .orElseGet(
                        () -> {
                            if (caller.may(Scope.ADMIN)) {
                                return Role.OWNER;
                            }
                            if (caller.may(Scope.CHANNELS_WRITE)) {
                                return Role.ADMIN;
                            }
                            throw ProblemException.forbidden("Only owners and admins invite.");
                        });
    }

    private Response created(Invitations.Sent sent) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(
                        uri.getBaseUriBuilder()
                                .path("invitations")
                                .path(sent.invitation().id().toString())
                                .build())
                .cacheControl(noStore)
                .entity(
                        new Sent(
                                InvitationView.of(sent.invitation(), clock.instant()),
                                sent.link(),
                                sent.mailed(),
                                sent.mailProblem()))
                .build();
    }

    /** An invitation as listed: never its link. */
    public record InvitationView(
            UUID id,
            String email,
            Role role,
            Invitation.Status status,
            String invitedBy,
            Instant sentAt,
            Instant expiresAt,
            Instant acceptedAt) {
        static InvitationView of(Invitation invitation, Instant now) {
            return new InvitationView(
                    invitation.id(),
                    invitation.email(),
                    invitation.role(),
                    invitation.status(now),
                    invitation.invitedBy(),
                    invitation.sentAt(),
                    invitation.expiresAt(),
                    invitation.acceptedAt());
        }
    }

    /** The answer to sending: the only time the link is shown. */
    public record Sent(
            InvitationView invitation, String link, boolean mailed, String mailProblem) {}
}
