package io.relink.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a workspace's history: a check that changed something, or an action by a person or an
 * API key. Written in the same transaction as the change it tells of, and never updated. Channel
 * and token are plain ids so that the history outlives what it speaks of.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id private UUID id;

    @Column(name = "workspace_id", nullable = false)
    private UUID workspaceId;

    @Column(name = "channel_id")
    private UUID channelId;

    @Column(name = "token_id")
    private UUID tokenId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Who did it: {@code member:<email>}, {@code api-key:<name>} or {@code relink} for checks. */
    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(length = 2000)
    private String detail;

    /** For {@code channel.state-changed}: the state before, e.g. {@code CONNECTED}; else null. */
    @Column(name = "state_from", length = 16)
    private String stateFrom;

    /** For {@code channel.state-changed}: the state after; else null. */
    @Column(name = "state_to", length = 16)
    private String stateTo;

    protected AuditEntry() {}

    public AuditEntry(
            UUID workspaceId,
            UUID channelId,
            UUID tokenId,
            Instant occurredAt,
            String actor,
            Action action,
            String detail) {
        this.id = UUID.randomUUID();
        this.workspaceId = workspaceId;
        this.channelId = channelId;
        this.tokenId = tokenId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action.key();
        this.detail = detail;
    }

    /** A channel's change of state, from one to another (their names, plain strings). */
    public static AuditEntry stateChange(
            UUID workspaceId,
            UUID channelId,
            Instant occurredAt,
            String actor,
            String detail,
            String from,
            String to) {
        AuditEntry entry =
                new AuditEntry(
                        workspaceId,
                        channelId,
                        null,
                        occurredAt,
                        actor,
                        Action.CHANNEL_STATE_CHANGED,
                        detail);
        entry.stateFrom = from;
        entry.stateTo = to;
        return entry;
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

    public UUID tokenId() {
        return tokenId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }

    public String stateFrom() {
        return stateFrom;
    }

    public String stateTo() {
        return stateTo;
    }
}
