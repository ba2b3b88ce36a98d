package io.relink.reconnect.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A delegated reconnect: a single-use link e-mailed to the real owner of a channel's account, who
 * need not be a member. Life cycle: sent → used (the link opened the network's consent page once)
 * or withdrawn or expired. Only the link's hash is stored.
 */
@Entity
@Table(name = "reconnect_request")
public class ReconnectRequest {

    /** Where a request stands. */
    public enum Status {
        PENDING,
        USED,
        WITHDRAWN,
        EXPIRED
    }

    @Id private UUID id;

    @Column(name = "workspace_id", nullable = false)
    private UUID workspaceId;

    @Column(name = "channel_id", nullable = false)
    private UUID channelId;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(length = 1000)
    private String message;

    @Column(name = "link_hash", nullable = false, length = 64)
    private String linkHash;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "authorization_id")
    private UUID authorizationId;

    protected ReconnectRequest() {}

    public ReconnectRequest(
            UUID workspaceId,
            UUID channelId,
            String email,
            String message,
            String linkHash,
            String createdBy,
            Instant createdAt,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.workspaceId = workspaceId;
        this.channelId = channelId;
        this.email = email;
        this.message = message;
        this.linkHash = linkHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Status status(Instant now) {
        if (withdrawnAt != null) {
            return Status.WITHDRAWN;
        }
        if (usedAt != null) {
            return Status.USED;
        }
        return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
    }

    /** The link opened the consent page: it never works again. */
    public void use(Instant at, UUID authorizationId) {
        this.usedAt = at;
        this.authorizationId = authorizationId;
    }

    public void withdraw(Instant at) {
        if (withdrawnAt == null && usedAt == null) {
            withdrawnAt = at;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    public UUID channelId() {
        return channelId;
    }

    public String email() {
        return email;
    }

    public String message() {
        return message;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public UUID authorizationId() {
        return authorizationId;
    }
}
