package io.relink.center;

import io.relink.people.entity.Person;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.control.Memberships;
import io.relink.workspaces.entity.Membership;
import io.relink.workspaces.entity.Role;
import io.relink.workspaces.entity.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Backs the header of every page: who is signed in, where they may go, and the workspace they work
 * in, which they change with the switcher. The choice lives in the HTTP session ({@link
 * Caller#WORKSPACE}), where {@code security.CallerAuthentication} reads it on every request, so
 * that every page and every check of a role follows it.
 */
@Named("account")
@RequestScoped
public class Account {

    /** Where a refused switch is said: next to the switcher, whichever page it was on. */
    static final String SWITCHER = "switcher:workspace";

    @Inject Caller caller;
    @Inject Memberships memberships;

    private List<Membership> workspaces;
    private String chosen;

    /**
     * Whether a person is signed in. The sign-in and link pages are open to everyone, and {@link
     * Caller} refuses to answer when nobody is signed in, so the header asks the request first.
     */
    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null
                && caller.person().isPresent();
    }

    public String getName() {
        return caller.person().map(Person::displayName).orElse("");
    }

    /** The person's workspaces (archived ones left out), by name. */
    public List<Membership> getWorkspaces() {
        if (workspaces == null) {
            workspaces = memberships.ofPerson(caller.personId());
        }
        return workspaces;
    }

    public boolean isInWorkspace() {
        return caller.inWorkspace();
    }

    /** The person's role in the current workspace, in lower case; empty outside any. */
    public String getRole() {
        return caller.role().map(r -> r.name().toLowerCase()).orElse("");
    }

    public boolean isOwner() {
        return caller.role().filter(r -> r == Role.OWNER).isPresent();
    }

    public boolean isInstanceAdmin() {
        return caller.may(Scope.INSTANCE_ADMIN);
    }

    /** The workspace the switcher shows: the one picked, else the one worked in. */
    public String getChosen() {
        if (chosen == null && caller.inWorkspace()) {
            return caller.workspaceId().toString();
        }
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    /**
     * Works in the chosen workspace from now on, if the person belongs to it (the value comes from
     * the browser), and opens its channels.
     */
    public void switchWorkspace() {
        Optional<Membership> membership = memberships.of(caller.personId(), parse(chosen));
        FacesContext faces = FacesContext.getCurrentInstance();
        if (membership.isEmpty()) {
            faces.addMessage(
                    SWITCHER,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            "You are not a member of that workspace.",
                            null));
            return;
        }
        faces.getExternalContext()
                .getSessionMap()
                .put(Caller.WORKSPACE, membership.get().workspace().id());
        Pages.open("/center/channels.xhtml");
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            return null; // a hand-made value: no such membership
        }
    }
}
