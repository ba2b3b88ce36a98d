package io.relink.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One notice to one address. Life cycle: PENDING (due when its group's window closes; leased to one
 * node while it is sent, tried again later while the mail server does not take it), then SENT with
 * the id of the message it went out in, or CANCELLED when the channel recovered before its loss was
 * sent.
 */
@Entity
@Table(name = "notice")
public class Notice {

    /** Where a notice stands. */
    public enum Status {
        PENDING,
        SENT,
        CANCELLED
    }

    @Id private UUID id;

    @Column(name = "workspace_id", nullable = false)
    private UUID workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NoticeKind kind;

    @Column(nullable = false, length = 320)
    private String address;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "channel_id")
    private UUID channelId;

    @Column(name = "channel_name", length = 500)
    private String channelName;

    @Column(length = 20)
    private String network;

    @Column(nullable = false, length = 2000)
    private String headline;

    @Column(name = "next_step", length = 2000)
    private String nextStep;

    @Column(name = "who_acts", length = 500)
    private String whoActs;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "dedup_key", nullable = false, length = 300)
    private String dedupKey;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "next_try_at", nullable = false)
    private Instant nextTryAt;

    @Column(name = "lease_owner", length = 200)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "message_id")
    private UUID messageId;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notice() {}

    /** A pending notice, due at {@code dueAt}; its texts are cut to their columns. */
    public Notice(
            UUID workspaceId,
            NoticeKind kind,
            Recipient recipient,
            About about,
            Instant occurredAt,
            String dedupKey,
            Instant dueAt) {
        this.id = UUID.randomUUID();
        this.workspaceId = workspaceId;
        this.kind = kind;
        this.address = recipient.address();
        this.personId = recipient.personId();
        this.channelId = about.channelId();
        this.channelName = cut(about.channelName(), 500);
        this.network = about.network();
        this.headline = cut(about.headline(), 2000);
        this.nextStep = cut(about.nextStep(), 2000);
        this.whoActs = cut(about.whoActs(), 500);
        this.occurredAt = occurredAt;
        this.dedupKey = cut(dedupKey, 300);
        this.dueAt = dueAt;
        this.nextTryAt = dueAt;
        this.status = Status.PENDING;
    }

    /**
     * What a notice is about, in the words of the moment it happened.
     *
     * @param channelId null for a digest
     * @param network the network's display name
     * @param headline what happened, in plain words
     * @param nextStep what to do, if anything
     * @param whoActs whose sign-in brings it back, if a sign-in does
     */
    public record About(
            UUID channelId,
            String channelName,
            String network,
            String headline,
            String nextStep,
            String whoActs) {}

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public UUID id() {
        return id;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    public NoticeKind kind() {
        return kind;
    }

    public String address() {
        return address;
    }

    public UUID personId() {
        return personId;
    }

    public UUID channelId() {
        return channelId;
    }

    public String channelName() {
        return channelName;
    }

    public String network() {
        return network;
    }

    public String headline() {
        return headline;
    }

    public String nextStep() {
        return nextStep;
    }

    public String whoActs() {
        return whoActs;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String dedupKey() {
        return dedupKey;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextTryAt() {
        return nextTryAt;
    }

    public UUID messageId() {
        return messageId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** Leased to one node until {@code until}, to go out in message {@code messageId}. */
    public void lease(String owner, Instant until, UUID messageId) {
        this.leaseOwner = owner;
        this.leaseUntil = until;
        this.messageId = messageId;
    }

    /** Whether a node holds it at {@code now}, sending it. */
    public boolean leasedAt(Instant now) {
        return leaseUntil != null && leaseUntil.isAfter(now);
    }

    public boolean leasedBy(String owner) {
        return owner.equals(leaseOwner);
    }

    public void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
        leaseOwner = null;
        leaseUntil = null;
    }

    /** The mail server did not take it: tried again at {@code retryAt}. */
    public void failed(String error, Instant retryAt) {
        attempts++;
        lastError = cut(error, 2000);
        nextTryAt = retryAt;
        leaseOwner = null;
        leaseUntil = null;
    }

    public void cancel() {
        status = Status.CANCELLED;
        leaseOwner = null;
        leaseUntil = null;
    }
}
