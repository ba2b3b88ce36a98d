package io.relink.workspaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A tenant: one brand, agency client or company. Every membership, identity, channel and token
 * belongs to exactly one workspace, and nothing is ever visible across workspaces. Instance
 * administrators create, rename and archive workspaces; an archived workspace keeps everything in
 * it but nobody works in it: its members do not see it and its API keys stop working.
 */
@Entity
@Table(name = "workspace")
@NamedQuery(name = Workspace.ALL, query = "select w from Workspace w order by w.name, w.id")
@NamedQuery(
        name = Workspace.WITH_SSO_GROUPS,
        query = "select w from Workspace w where w.ssoGroups is not null and w.archivedAt is null")
public class Workspace {

    public static final String ALL = "Workspace.all";
    public static final String WITH_SSO_GROUPS = "Workspace.withSsoGroups";

    @Id private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "sso_groups", length = 2000)
    private String ssoGroups;

    protected Workspace() {}

    public Workspace(String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When an instance administrator archived it; null while it is in use. */
    public Instant archivedAt() {
        return archivedAt;
    }

    public boolean archived() {
        return archivedAt != null;
    }

    /**
     * Which groups of the identity provider give which role here ({@code group=ROLE,…}); null for
     * none. See {@code workspaces.control.GroupRoles}.
     */
    public String ssoGroups() {
        return ssoGroups;
    }

    public void ssoGroups(String ssoGroups) {
        this.ssoGroups = ssoGroups;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void archive(Instant at) {
        this.archivedAt = at;
    }

    public void restore() {
        this.archivedAt = null;
    }
}
