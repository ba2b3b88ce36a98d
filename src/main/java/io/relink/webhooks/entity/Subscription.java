package io.relink.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A workspace's webhook receiver: where to send which event types, signed with a secret that was
 * shown once (kept sealed). Rotating the secret keeps the previous one signing until {@code
 * previousUntil}, so receivers can switch without losing a delivery. Disabled by hand, or by Relink
 * after deliveries failed for longer than {@code relink.webhooks.disable-after}.
 */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(
        name = Subscription.OF_WORKSPACE,
        query =
                "select s from Subscription s where s.workspaceId = :workspace"
                        + " order by s.createdAt, s.id")
public class Subscription {

    public static final String OF_WORKSPACE = "Subscription.ofWorkspace";

    @Id private UUID id;

    @Column(name = "workspace_id", nullable = false)
    private UUID workspaceId;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(name = "event_types", nullable = false, length = 1000)
    private String eventTypes;

    @Column(nullable = false)
    private byte[] secret;

    @Column(name = "previous_secret")
    private byte[] previousSecret;

    @Column(name = "previous_until")
    private Instant previousUntil;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "disabled_reason", length = 2000)
    private String disabledReason;

    protected Subscription() {}

    public Subscription(
            UUID workspaceId, String url, Set<EventType> types, String createdBy, Instant at) {
        this.id = UUID.randomUUID();
        this.workspaceId = workspaceId;
        this.url = url;
        this.eventTypes = join(types);
        this.enabled = true;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    private static String join(Set<EventType> types) {
        return types.stream().map(EventType::key).sorted().collect(Collectors.joining(" "));
    }

    public UUID id() {
        return id;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    public String url() {
        return url;
    }

    public Set<EventType> types() {
        return Arrays.stream(eventTypes.split(" "))
                .map(EventType::of)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean wants(EventType type) {
        return types().contains(type);
    }

    public byte[] sealedSecret() {
        return secret;
    }

    /** The previous secret while it still signs; null otherwise. */
    public byte[] sealedPreviousSecret(Instant now) {
        return previousUntil != null && now.isBefore(previousUntil) ? previousSecret : null;
    }

    public Instant previousUntil() {
        return previousUntil;
    }

    public boolean enabled() {
        return enabled;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String disabledReason() {
        return disabledReason;
    }

    public void sealedSecret(byte[] sealed) {
        this.secret = sealed;
    }

    /** A new secret; the current one keeps signing until {@code until}. */
    public void rotate(byte[] newSealed, Instant until) {
        this.previousSecret = this.secret;
        this.previousUntil = until;
        this.secret = newSealed;
    }

    public void url(String url) {
        this.url = url;
    }

    public void types(Set<EventType> types) {
        this.eventTypes = join(types);
    }

    public void enable() {
        this.enabled = true;
        this.disabledReason = null;
    }

    public void disable(String reason) {
        this.enabled = false;
        this.disabledReason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    }
}
