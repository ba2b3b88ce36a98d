package io.relink.workspaces.entity;

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
 * An invitation to join a workspace with a role, sent by e-mail as a single-use link (only its
 * SHA-256 is kept). Life cycle: sent (and possibly sent again with a new link, which replaces the
 * old one), then accepted once, withdrawn, or expired.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(
        name = Invitation.BY_HASH,
        query = "select i from Invitation i join fetch i.workspace where i.linkHash = :hash")
@NamedQuery(
        name = Invitation.OF_WORKSPACE,
        query =
                "select i from Invitation i where i.workspace.id = :workspace"
                        + " order by i.createdAt desc")
@NamedQuery(
        name = Invitation.PENDING_FOR,
        query =
                "select i from Invitation i join fetch i.workspace w where i.email = :email"
                        + " and i.acceptedAt is null and i.withdrawnAt is null"
                        + " and i.expiresAt > :now and w.archivedAt is null")
public class Invitation {

    public static final String BY_HASH = "Invitation.byHash";
    public static final String PENDING_FOR = "Invitation.pendingFor";
    public static final String OF_WORKSPACE = "Invitation.ofWorkspace";

    /** Where an invitation stands, for lists. */
    public enum Status {
        PENDING,
        ACCEPTED,
        WITHDRAWN,
        EXPIRED
    }

    @Id private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(nullable = false, length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "link_hash", nullable = false, length = 64)
    private String linkHash;

    @Column(name = "invited_by", nullable = false, length = 200)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private UUID acceptedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Invitation() {}

    public Invitation(
            Workspace workspace,
            String email,
            Role role,
            String linkHash,
            String invitedBy,
            Instant now,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.workspace = workspace;
        this.email = email;
        this.role = role;
        this.linkHash = linkHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.sentAt = now;
        this.expiresAt = expiresAt;
    }

    public UUID id() {
        return id;
    }

    public Workspace workspace() {
        return workspace;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public Status status(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (withdrawnAt != null) {
            return Status.WITHDRAWN;
        }
        return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
    }

    /** Sent again with a new link: the old link stops working, the life starts anew. */
    public void resent(String linkHash, Instant now, Instant expiresAt) {
        this.linkHash = linkHash;
        this.sentAt = now;
        this.expiresAt = expiresAt;
    }

    public void accepted(UUID personId, Instant at) {
        this.acceptedBy = personId;
        this.acceptedAt = at;
    }

    public void withdraw(Instant at) {
        this.withdrawnAt = at;
    }
}
