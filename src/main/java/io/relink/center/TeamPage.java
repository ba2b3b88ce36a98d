package io.relink.center;

import io.relink.problems.ProblemException;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.control.GroupRoles;
import io.relink.workspaces.control.Invitations;
import io.relink.workspaces.control.Memberships;
import io.relink.workspaces.control.TeamRules;
import io.relink.workspaces.control.Workspaces;
import io.relink.workspaces.entity.Invitation;
import io.relink.workspaces.entity.Membership;
import io.relink.workspaces.entity.Role;
import io.relink.workspaces.entity.Scope;
import io.relink.workspaces.entity.Workspace;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Backs the Team page: the current workspace's members and invitations. Owners change roles and
 * remove members; owners invite with any role and admins viewers only, and both send invitations
 * again or withdraw them; viewers see the members. The same rules as the REST API's, kept by the
 * same controls; the page only hides what the controls would refuse. Those who hold {@code admin}
 * (owners, as on the API) also rename the workspace and map the identity provider's groups to
 * roles.
 */
@Named("teamPage")
@ViewScoped
public class TeamPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME_DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /**
     * The request attribute that holds a just-sent invitation's link: only the answer to the send
     * shows it, and it never rests in the session with the view.
     */
    private static final String SENT = TeamPage.class.getName() + ".sent";

    @Inject transient Caller caller;
    @Inject transient Memberships memberships;
    @Inject transient Invitations invitations;
    @Inject transient Workspaces workspaces;
    @Inject transient Clock clock;

    private List<Member> members;
    private Map<UUID, String> roles;
    private List<Invite> invites;
    private String email;
    private Role role = Role.VIEWER;
    private UUID workspaceId;
    private String workspaceName;
    private String name;
    private List<Group> groups;
    private String groupLines;

    /** A group of the identity provider and the role it gives here. */
    public record Group(String name, Role role) implements Serializable {}

    /** A member as listed; {@code you} marks the person looking. */
    public record Member(UUID id, String name, String email, Role role, boolean you)
            implements Serializable {}

    /** An invitation as listed; {@code handled} when the person looking may resend or withdraw. */
    public record Invite(
            UUID id,
            String email,
            Role role,
            Invitation.Status status,
            String sent,
            String expires,
            boolean handled)
            implements Serializable {

        public boolean isPending() {
            return status == Invitation.Status.PENDING;
        }

        /** Sent again: a pending or expired one (an accepted or withdrawn one is done with). */
        public boolean isResendable() {
            return status == Invitation.Status.PENDING || status == Invitation.Status.EXPIRED;
        }
    }

    /** What the answer to a send says: to whom, and the link when the e-mail did not go out. */
    public record Sent(String email, String link, String mailProblem) {}

    @PostConstruct
    void load() {
        UUID workspaceId = caller.workspaceId();
        UUID me = caller.personId();
        members =
                memberships.inWorkspace(workspaceId).stream()
                        .map(
                                (Membership m) ->
                                        new Member(
                                                m.id(),
                                                m.person().displayName(),
                                                m.person().email(),
                                                m.role(),
                                                m.person().id().equals(me)))
                        .toList();
        roles = new HashMap<>();
        members.forEach(m -> roles.put(m.id(), m.role().name()));
        Instant now = clock.instant();
        // the invitations are for those who may invite, as on the API
        invites =
                isMayInvite()
                        ? invitations.of(workspaceId).stream()
                                .map(
                                        i ->
                                                new Invite(
                                                        i.id(),
                                                        i.email(),
                                                        i.role(),
                                                        i.status(now),
                                                        TIME_DAY.format(i.sentAt()),
                                                        TIME_DAY.format(i.expiresAt()),
                                                        TeamRules.mayInvite(myRole(), i.role())
                                                                .isEmpty()))
                                .toList()
                        : List.of();
        loadWorkspace();
    }

    /** The workspace's name and group mapping, for those who change them. */
    private void loadWorkspace() {
        Optional<Workspace> workspace =
                isWorkspaceAdmin() ? workspaces.byId(caller.workspaceId()) : Optional.empty();
        workspaceId = workspace.map(Workspace::id).orElse(null);
        workspaceName = workspace.map(Workspace::name).orElse(null);
        name = workspaceName;
        Map<String, Role> mapped = Map.of();
        try {
            mapped = workspace.map(w -> GroupRoles.parse(w.ssoGroups())).orElse(Map.of());
        } catch (IllegalArgumentException unreadable) {
            // written through the API or this page, which check it: not expected
        }
        groups = mapped.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
        groupLines = SsoGroupLines.format(mapped);
    }

    /** Owners change the team. */
    public boolean isOwner() {
        return myRole() == Role.OWNER;
    }

    /** Those who hold {@code admin} (owners) rename the workspace and map groups, as on the API. */
    public boolean isWorkspaceAdmin() {
        return caller.may(Scope.ADMIN);
    }

    /** Owners and admins invite. */
    public boolean isMayInvite() {
        return myRole() != Role.VIEWER;
    }

    /** The roles this person may invite with: all for owners, viewers for admins. */
    public List<Role> getInvitable() {
        return Arrays.stream(Role.values())
                .filter(r -> TeamRules.mayInvite(myRole(), r).isEmpty())
                .toList();
    }

    public List<Role> getRoleChoices() {
        return List.of(Role.values());
    }

    public void changeRole(UUID membershipId) {
        if (!ownerOrSay("Only owners change roles.")) {
            return;
        }
        Optional<Member> member = member(membershipId);
        Optional<Role> chosen = role(roles.get(membershipId));
        if (chosen.isEmpty()) {
            Pages.error("Choose one of owner, admin or viewer.");
            return;
        }
        try {
            Role to = chosen.get();
            memberships.changeRole(caller.workspaceId(), membershipId, to, caller.actor());
            String who = member.map(Member::name).orElse("The member");
            Pages.info(who + " is now " + to.name().toLowerCase() + ".");
            if (member.map(Member::you).orElse(false)) {
                // the person's own rights changed: read every page again with the new role
                Pages.open("/center/team.xhtml");
                return;
            }
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    public void remove(UUID membershipId) {
        if (!ownerOrSay("Only owners remove members.")) {
            return;
        }
        Optional<Member> member = member(membershipId);
        try {
            memberships.remove(caller.workspaceId(), membershipId, caller.actor());
            Pages.info(
                    member.map(Member::name).orElse("The member")
                            + " was removed from this workspace.");
            if (member.map(Member::you).orElse(false)) {
                // gone from here: on to another workspace of theirs, or to the welcome page
                Pages.open(
                        memberships.ofPerson(caller.personId()).isEmpty()
                                ? "/welcome.xhtml"
                                : "/center/channels.xhtml");
                return;
            }
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    public void invite() {
        try {
            show(invitations.invite(caller.workspaceId(), email, role, myRole(), caller.actor()));
            email = null;
            role = Role.VIEWER;
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    public void resend(UUID invitationId) {
        try {
            show(invitations.resend(caller.workspaceId(), invitationId, myRole(), caller.actor()));
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    public void withdraw(UUID invitationId) {
        try {
            Invitation withdrawn =
                    invitations.withdraw(
                            caller.workspaceId(), invitationId, myRole(), caller.actor());
            Pages.info("The invitation to " + withdrawn.email() + " was withdrawn.");
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    public void renameWorkspace() {
        if (!workspaceAdminOrSay()) {
            return;
        }
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > 200) {
            Pages.error("A workspace's name has 1 to 200 characters.");
            return;
        }
        try {
            Workspace renamed = workspaces.rename(caller.workspaceId(), text, caller.actor());
            Pages.info("The workspace is now called " + renamed.name() + ".");
            // the name is in every page's header too: read the page again
            Pages.open("/center/team.xhtml");
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
    }

    /** Replaces the whole mapping with the lines; one line that does not read changes nothing. */
    public void saveGroups() {
        if (!workspaceAdminOrSay()) {
            return;
        }
        Map<String, Role> mapped;
        try {
            mapped = SsoGroupLines.parse(groupLines);
        } catch (IllegalArgumentException unreadable) {
            Pages.error(unreadable.getMessage() + " Nothing was changed.");
            return;
        }
        try {
            workspaces.ssoGroups(caller.workspaceId(), mapped, caller.actor());
            Pages.info(
                    mapped.isEmpty()
                            ? "No group of the identity provider gives a role here now."
                            : mapped.size() == 1
                                    ? "1 group of the identity provider gives a role here now."
                                    : mapped.size()
                                            + " groups of the identity provider give a role here"
                                            + " now.");
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    /** The invitation just sent by this request, if any. */
    public Sent getSent() {
        return (Sent)
                FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(SENT);
    }

    private void show(Invitations.Sent sent) {
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .put(
                        SENT,
                        new Sent(
                                sent.invitation().email(),
                                sent.mailed() ? null : sent.link(),
                                sent.mailProblem()));
    }

    /** The server decides, whatever the page showed: the controls leave roles to the caller. */
    private boolean ownerOrSay(String refusal) {
        if (!isOwner()) {
            Pages.error(refusal);
            return false;
        }
        return true;
    }

    private boolean workspaceAdminOrSay() {
        if (!isWorkspaceAdmin()) {
            Pages.error("Only owners change the workspace's name and its groups.");
            return false;
        }
        return true;
    }

    private Role myRole() {
        return caller.role().orElse(Role.VIEWER);
    }

    private static Optional<Role> role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
    }

    private Optional<Member> member(UUID membershipId) {
        return members.stream().filter(m -> m.id().equals(membershipId)).findFirst();
    }

    public List<Member> getMembers() {
        return members;
    }

    public Map<UUID, String> getRoles() {
        return roles;
    }

    public List<Invite> getInvites() {
        return invites;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    /** The workspace's id, for the API; null for those who do not change the workspace. */
    public UUID getWorkspaceId() {
        return workspaceId;
    }

    public String getWorkspaceName() {
        return workspaceName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public String getGroupLines() {
        return groupLines;
    }

    public void setGroupLines(String groupLines) {
        this.groupLines = groupLines;
    }

    /** A role or status as people read it: {@code Owner}, {@code pending}. */
    public String roleName(Role role) {
        return role == null ? "" : role.name().charAt(0) + role.name().substring(1).toLowerCase();
    }

    public String statusName(Invitation.Status status) {
        return status == null ? "" : status.name().toLowerCase();
    }
}
