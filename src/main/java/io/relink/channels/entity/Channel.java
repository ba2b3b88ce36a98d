package io.relink.channels.entity;

import io.relink.networks.Cause;
import io.relink.networks.NetworkType;
import io.relink.workspaces.entity.Workspace;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * Something a workspace publishes to or reads from: a Facebook page, an Instagram business account,
 * a LinkedIn organization, an X account, a YouTube channel.
 *
 * <p>Life cycle: created when an identity's grant first reaches it; is reached by one or more
 * access tokens (from one or more identities) so that it stays connected when one dies; its state
 * is always derived from those tokens; unlinked by a person, after which its secrets are erased and
 * its history kept.
 */
@Entity
@Table(name = "channel")
// Only the columns that changed are written: a rename (discovery) must not write back the state
// columns another node's ledger may have changed since this transaction read the row.
@DynamicUpdate
public class Channel {

    @Id private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NetworkType network;

    /** The network's own id of the page, account or organization. */
    @Column(name = "external_id", nullable = false, length = 200)
    private String externalId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ChannelKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "unlinked_at")
    private Instant unlinkedAt;

    /**
     * The state last announced to observers. Not the channel's state, which is always derived from
     * its tokens: this is what lets a change be announced once, by whichever node sees it first.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "announced_state", length = 16)
    private ChannelState announcedState;

    /**
     * The state derived from the tokens at the channel's last change, its cause, and when it may
     * change by time alone. Written only by the aggregate's one writer, with every change of the
     * tokens, so that lists can filter, sort and count by state in SQL.
     */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ChannelState state;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Cause cause;

    @Column(name = "state_until")
    private Instant stateUntil;

    protected Channel() {}

    public Channel(
            Workspace workspace,
            NetworkType network,
            String externalId,
            String name,
            ChannelKind kind,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.workspace = workspace;
        this.network = network;
        this.externalId = externalId;
        this.name = name;
        this.kind = kind;
        this.createdAt = createdAt;
        // No token yet: nothing works (the derivation of an empty channel).
        this.state = ChannelState.DISCONNECTED;
    }

    public UUID id() {
        return id;
    }

    public Workspace workspace() {
        return workspace;
    }

    public NetworkType network() {
        return network;
    }

    public String externalId() {
        return externalId;
    }

    public String name() {
        return name;
    }

    public ChannelKind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant unlinkedAt() {
        return unlinkedAt;
    }

    public ChannelState announcedState() {
        return announcedState;
    }

    public void announce(ChannelState state) {
        this.announcedState = state;
    }

    /** The stored result of the last derivation: see {@link #state}. */
    public ChannelState state() {
        return state;
    }

    public Cause cause() {
        return cause;
    }

    public Instant stateUntil() {
        return stateUntil;
    }

    /** Stores a derivation's result: state, cause, and until when it holds by itself. */
    public void derived(ChannelState state, Cause cause, Instant until) {
        this.state = state;
        this.cause = cause;
        this.stateUntil = until;
    }

    public boolean isUnlinked() {
        return unlinkedAt != null;
    }

    /**
     * A person removed the channel: it leaves the lists and is never checked again; its history
     * stays.
     */
    public void unlink(Instant at) {
        if (unlinkedAt == null) {
            unlinkedAt = at;
        }
    }

    /** Connected again after an unlink (the same page, found by a new connect). */
    public void relink() {
        unlinkedAt = null;
    }

    /** The network's current name of the channel, as discovery found it. */
    public void rename(String name) {
        if (name != null && !name.isBlank()) {
            this.name = name.length() > 200 ? name.substring(0, 200) : name;
        }
    }
}
