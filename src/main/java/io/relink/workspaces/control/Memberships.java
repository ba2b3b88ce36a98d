package io.relink.workspaces.control;

import io.relink.audit.control.AuditTrail;
import io.relink.audit.entity.Action;
import io.relink.people.entity.Person;
import io.relink.problems.ProblemException;
import io.relink.workspaces.entity.Membership;
import io.relink.workspaces.entity.Role;
import io.relink.workspaces.entity.Workspace;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who belongs to which workspace with which role. Role changes and removals lock the workspace row
 * first, so that two owners demoting each other at once cannot leave it without an owner.
 */
@Stateless
public class Memberships {

    @PersistenceContext EntityManager em;
    @Inject AuditTrail audit;
    @Inject Clock clock;

    /**
     * The person's memberships in workspaces that are not archived, oldest workspace first (the one
     * a person works in until they choose another).
     */
    public List<Membership> ofPerson(UUID personId) {
        return em.createNamedQuery(Membership.OF_PERSON, Membership.class)
                .setParameter("person", personId)
                .getResultList();
    }

    /** The person's membership in this workspace, unless the workspace is archived. */
    public Optional<Membership> of(UUID personId, UUID workspaceId) {
        if (personId == null || workspaceId == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Membership.OF_PERSON_IN, Membership.class)
                .setParameter("person", personId)
                .setParameter("workspace", workspaceId)
                .getResultStream()
                .findFirst();
    }

    public List<Membership> inWorkspace(UUID workspaceId) {
        return em.createNamedQuery(Membership.IN_WORKSPACE, Membership.class)
                .setParameter("workspace", workspaceId)
                .getResultList();
    }

    /** Adds the person with the role; a person already in the workspace keeps their role. */
    public Membership join(Workspace workspace, Person person, Role role) {
        return of(person.id(), workspace.id())
                .orElseGet(
                        () -> {
                            Membership joined =
                                    new Membership(workspace, person, role, clock.instant());
                            em.persist(joined);
                            return joined;
                        });
    }

    /**
     * Gives the person these roles (from the identity provider's groups): joins where they are not
     * a member, changes the role where it differs, unless that would leave a workspace without an
     * owner. Workspaces that do not exist or are archived are passed over.
     */
    public void grant(Person person, Map<UUID, Role> roles) {
        roles.forEach(
                (workspaceId, role) -> {
                    Workspace workspace = em.find(Workspace.class, workspaceId);
                    if (workspace == null || workspace.archived()) {
                        return;
                    }
                    Optional<Membership> member = of(person.id(), workspaceId);
                    if (member.isEmpty()) {
                        join(workspace, person, role);
                    } else if (member.get().role() != role
                            && TeamRules.mayLeaveRole(
                                            member.get().role(), role, owners(workspaceId))
                                    .isEmpty()) {
                        changeRole(workspaceId, member.get().id(), role, "identity provider");
                    }
                });
    }

    public Membership changeRole(UUID workspaceId, UUID membershipId, Role role, String actor) {
        Membership member = locked(workspaceId, membershipId);
        Role before = member.role();
        if (before == role) {
            return member;
        }
        TeamRules.mayLeaveRole(before, role, owners(workspaceId))
                .ifPresent(
                        why -> {
                            throw ProblemException.conflict(why);
                        });
        member.role(role);
        audit.write(
                workspaceId,
                null,
                null,
                actor,
                Action.MEMBER_ROLE_CHANGED,
                member.person().email() + ": " + before + " → " + role,
                clock.instant());
        return member;
    }

    public void remove(UUID workspaceId, UUID membershipId, String actor) {
        Membership member = locked(workspaceId, membershipId);
        TeamRules.mayLeaveRole(member.role(), null, owners(workspaceId))
                .ifPresent(
                        why -> {
                            throw ProblemException.conflict(why);
                        });
        em.remove(member);
        audit.write(
                workspaceId,
                null,
                null,
                actor,
                Action.MEMBER_REMOVED,
                member.person().email() + " (" + member.role() + ")",
                clock.instant());
    }

    private Membership locked(UUID workspaceId, UUID membershipId) {
        Workspace workspace = em.find(Workspace.class, workspaceId, LockModeType.PESSIMISTIC_WRITE);
        Membership member = membershipId == null ? null : em.find(Membership.class, membershipId);
        if (workspace == null || member == null || !member.workspace().id().equals(workspaceId)) {
            throw ProblemException.notFound("member", membershipId);
        }
        return member;
    }

    private long owners(UUID workspaceId) {
        return em.createNamedQuery(Membership.COUNT_ROLE, Long.class)
                .setParameter("workspace", workspaceId)
                .setParameter("role", Role.OWNER)
                .getSingleResult();
    }
}
