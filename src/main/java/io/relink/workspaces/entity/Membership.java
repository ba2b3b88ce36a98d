package io.relink.workspaces.entity;

import io.relink.people.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's place in one workspace: their role there (OWNER, ADMIN, VIEWER). A person has at most
 * one membership per workspace; the same person may be a VIEWER in one workspace and the OWNER of
 * another. Made by accepting an invitation (or by demo seeding); its role changed and removed by an
 * owner, never leaving a workspace without an owner.
 */
@Entity
@Table(name = "membership")
@NamedQuery(
        name = Membership.OF_PERSON,
        query =
                "select m from Membership m join fetch m.workspace w where m.person.id = :person"
                        + " and w.archivedAt is null order by w.createdAt, w.name, w.id")
@NamedQuery(
        name = Membership.IN_WORKSPACE,
        query =
                "select m from Membership m join fetch m.person p where m.workspace.id ="
                        + " :workspace order by p.displayName, p.email")
@NamedQuery(
        name = Membership.OF_PERSON_IN,
        query =
                "select m from Membership m join fetch m.workspace w join fetch m.person"
                        + " where m.person.id = :person and w.id = :workspace"
                        + " and w.archivedAt is null")
@NamedQuery(
        name = Membership.COUNT_ROLE,
        query =
                "select count(m) from Membership m where m.workspace.id = :workspace and m.role ="
                        + " :role")
public class Membership {

    public static final String OF_PERSON = "Membership.ofPerson";
    public static final String IN_WORKSPACE = "Membership.inWorkspace";
    public static final String OF_PERSON_IN = "Membership.ofPersonIn";
    public static final String COUNT_ROLE = "Membership.countRole";

    @Id private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Membership() {}

    public Membership(Workspace workspace, Person person, Role role, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.workspace = workspace;
        this.person = person;
        this.role = role;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Person person() {
        return person;
    }

    public Role role() {
        return role;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void role(Role role) {
        this.role = role;
    }
}
