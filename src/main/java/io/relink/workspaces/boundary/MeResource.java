package io.relink.workspaces.boundary;

import io.relink.people.entity.Person;
import io.relink.workspaces.control.Memberships;
import io.relink.workspaces.entity.Role;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * Who am I: the signed-in person, whether they run the instance, and their workspaces with their
 * role in each. For people only (an API key is not somebody: 403).
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.PERSON)
public class MeResource {

    @Inject Caller caller;
    @Inject Memberships memberships;

    @GET
    public Me me() {
        Person person = caller.person().orElseThrow();
        return new Me(
                person.id(),
                person.email(),
                person.displayName(),
                person.instanceAdmin(),
                caller.inWorkspace() ? caller.workspaceId() : null,
                memberships.ofPerson(person.id()).stream()
                        .map(m -> new Place(m.workspace().id(), m.workspace().name(), m.role()))
                        .toList());
    }

    /** A person and where they belong; {@code workspaceId} is the one this request works in. */
    public record Me(
            UUID id,
            String email,
            String name,
            boolean instanceAdmin,
            UUID workspaceId,
            List<Place> workspaces) {}

    /** One workspace of the person's, with their role there. */
    public record Place(UUID id, String name, Role role) {}
}
