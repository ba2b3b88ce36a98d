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
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates, renames, archives and lists workspaces. Creating is for instance administrators, who
 * become the new workspace's first owner (so that they can invite its people); renaming is for the
 * workspace's owners and instance administrators; archiving for instance administrators.
 */
@Stateless
public class Workspaces {

    @PersistenceContext EntityManager em;
    @Inject AuditTrail audit;
    @Inject Clock clock;

    public Optional<Workspace> byId(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(Workspace.class, id));
    }

    /** Every workspace, archived ones included, by name. */
    public List<Workspace> all() {
        return em.createNamedQuery(Workspace.ALL, Workspace.class).getResultList();
    }

    public Workspace create(String name, UUID creatorId, String actor) {
        Person creator = em.find(Person.class, creatorId);
        Workspace workspace = new Workspace(name, clock.instant());
        em.persist(workspace);
        em.persist(new Membership(workspace, creator, Role.OWNER, clock.instant()));
        audit.write(
                workspace.id(),
                null,
                null,
                actor,
                Action.WORKSPACE_CREATED,
                name + "; first owner " + creator.email(),
                clock.instant());
        return workspace;
    }

    public Workspace rename(UUID id, String name, String actor) {
        Workspace workspace = existing(id);
        if (!workspace.name().equals(name)) {
            String before = workspace.name();
            workspace.rename(name);
            audit.write(
                    id,
                    null,
                    null,
                    actor,
                    Action.WORKSPACE_RENAMED,
                    before + " → " + name,
                    clock.instant());
        }
        return workspace;
    }

    /** Sets which groups of the identity provider give which role here (empty: none). */
    public Workspace ssoGroups(UUID id, Map<String, Role> groups, String actor) {
        Workspace workspace = existing(id);
        String setting = groups.isEmpty() ? null : GroupRoles.format(groups);
        workspace.ssoGroups(setting);
        audit.write(
                id,
                null,
                null,
                actor,
                Action.WORKSPACE_SSO_GROUPS,
                setting == null ? "none" : setting,
                clock.instant());
        return workspace;
    }

    /** Archives the workspace, or brings it back ({@code archived} false). */
    public Workspace archive(UUID id, boolean archived, String actor) {
        Workspace workspace = existing(id);
        if (workspace.archived() != archived) {
            if (archived) {
                workspace.archive(clock.instant());
            } else {
                workspace.restore();
            }
            audit.write(
                    id,
                    null,
                    null,
                    actor,
                    Action.WORKSPACE_ARCHIVED,
                    archived ? "archived" : "brought back",
                    clock.instant());
        }
        return workspace;
    }

    private Workspace existing(UUID id) {
        return byId(id).orElseThrow(() -> ProblemException.notFound("workspace", id));
    }
}
