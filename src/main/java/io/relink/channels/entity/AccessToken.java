package io.relink.channels.entity;

import io.relink.networks.Cause;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One credential that reaches one channel, obtained through one identity.
 *
 * <p>Life cycle: stored when a grant is made (its secrets sealed, see {@link
 * io.relink.security.Sealer}); checked again and again, each check recording what the network said;
 * once dead it carries one {@link Cause} and the network's raw code for support, and stays dead
 * until a reconnect replaces it or, for a cause it may recover from, a later check finds it working
 * again; erased (secrets wiped, row kept for history) on unlink.
 *
 * <p>The secrets are only ever held here sealed: {@link #sealedAccess()} is ciphertext bound to
 * this token's id. {@link Object#toString()} is deliberately not overridden.
 */
@Entity
@Table(name = "access_token")
public class AccessToken {

    @Id private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "channel_id")
    private Channel channel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "identity_id")
    private Identity identity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TokenStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Cause cause;

    /** The network's own error code, kept for support (e.g. {@code 190/460}). */
    @Column(name = "raw_code", length = 100)
    private String rawCode;

    @Column(name = "raw_message", length = 1000)
    private String rawMessage;

    @Column(name = "access_secret")
    private byte[] sealedAccess;

    @Column(name = "refresh_secret")
    private byte[] sealedRefresh;

    /** Space-separated scopes the network granted. */
    @Column(length = 1000)
    private String scopes;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "refresh_expires_at")
    private Instant refreshExpiresAt;

    @Column(name = "data_access_expires_at")
    private Instant dataAccessExpiresAt;

    @Column(name = "last_checked_at")
    private Instant lastCheckedAt;

    @Column(name = "died_at")
    private Instant diedAt;

    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * When the grant this token holds was given: at its creation, and again at each reconnect. A
     * network's callback issued before then speaks of an earlier grant.
     */
    @Column(name = "granted_at")
    private Instant grantedAt;

    /** The node checking this token now (see {@code Leases}); null when nobody is. */
    @Column(name = "lease_owner", length = 100)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    /** Since when every answer has been transient; null after a definitive one. */
    @Column(name = "transient_since")
    private Instant transientSince;

    /** Transient answers in a row, for the backoff. */
    @Column(name = "failed_checks", nullable = false)
    private int failedChecks;

    @Column(name = "check_count", nullable = false)
    private long checkCount;

    @Column(name = "checked_by", length = 100)
    private String checkedBy;

    /** The lapse the expiry warnings were about, and the smallest threshold announced for it. */
    @Column(name = "announced_lapse")
    private Instant announcedLapse;

    @Column(name = "announced_threshold_seconds")
    private Long announcedThresholdSeconds;

    @Version private long version;

    protected AccessToken() {}

    public AccessToken(Channel channel, Identity identity, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.channel = channel;
        this.identity = identity;
        this.status = TokenStatus.VALID;
        this.createdAt = createdAt;
        this.grantedAt = createdAt;
        this.nextCheckAt = createdAt;
    }

    /** Stores freshly sealed secrets; a null refresh secret means the network issued none. */
    public void storeSecrets(byte[] sealedAccess, byte[] sealedRefresh) {
        this.sealedAccess = sealedAccess;
        this.sealedRefresh = sealedRefresh;
    }

    /** Records the lifetimes and scopes the network reported for this grant. */
    public void grant(
            Set<String> scopes,
            Instant expiresAt,
            Instant refreshExpiresAt,
            Instant dataAccessExpiresAt) {
        this.scopes = String.join(" ", scopes);
        this.expiresAt = expiresAt;
        this.refreshExpiresAt = refreshExpiresAt;
        this.dataAccessExpiresAt = dataAccessExpiresAt;
    }

    /**
     * A check confirmed the token works; a dead token the network calls valid again forgets its
     * death.
     */
    public void confirm(Instant checkedAt) {
        this.status = TokenStatus.VALID;
        this.cause = null;
        this.rawCode = null;
        this.rawMessage = null;
        this.diedAt = null;
        this.lastCheckedAt = checkedAt;
        this.transientSince = null;
        this.failedChecks = 0;
    }

    /** The network could not be asked: one more transient answer in a row. */
    public void troubled(Instant checkedAt) {
        if (transientSince == null) {
            transientSince = checkedAt;
        }
        failedChecks++;
        lastCheckedAt = checkedAt;
    }

    /** One check ended: count it, set the next one (null: never again), and free the lease. */
    public void checked(Instant nextCheckAt) {
        this.checkCount++;
        this.checkedBy = leaseOwner;
        this.nextCheckAt = nextCheckAt;
        this.leaseOwner = null;
        this.leaseUntil = null;
    }

    /** Puts the next check off without counting a check, e.g. while its network is unavailable. */
    public void postpone(Instant nextCheckAt) {
        this.nextCheckAt = nextCheckAt;
        this.leaseOwner = null;
        this.leaseUntil = null;
    }

    /** Remembers that a warning threshold before {@code lapse} was announced. */
    public void announced(Instant lapse, Duration threshold) {
        this.announcedLapse = lapse;
        this.announcedThresholdSeconds = threshold.toSeconds();
    }

    /** A definitive answer (or a passed expiry) killed the token. */
    public void die(Cause cause, String rawCode, String rawMessage, Instant at) {
        this.status =
                cause == Cause.LIFESPAN_ENDED
                        ? TokenStatus.EXPIRED
                        : cause == Cause.REVOKED_BY_USER
                                ? TokenStatus.REVOKED
                                : TokenStatus.INVALID;
        this.cause = cause;
        this.rawCode = rawCode;
        this.rawMessage = rawMessage;
        this.diedAt = at;
        this.lastCheckedAt = at;
        this.transientSince = null;
        this.failedChecks = 0;
    }

    /**
     * A new grant from a reconnect replaced this token's secrets: it works again, whatever it died
     * of, and the warnings start over for its new lifetime.
     */
    public void reconnected(Instant at, Instant nextCheckAt) {
        this.grantedAt = at;
        this.status = TokenStatus.VALID;
        this.cause = null;
        this.rawCode = null;
        this.rawMessage = null;
        this.diedAt = null;
        this.lastCheckedAt = at;
        this.transientSince = null;
        this.failedChecks = 0;
        this.announcedLapse = null;
        this.announcedThresholdSeconds = null;
        postpone(nextCheckAt);
    }

    /**
     * Forgets the secrets for good (the channel was unlinked, or the person asked for their data to
     * be deleted): with nothing to check with, the token is never checked again. The row stays for
     * the history. Returns whether there was anything to erase.
     */
    public boolean erase() {
        boolean held = sealedAccess != null || sealedRefresh != null;
        this.sealedAccess = null;
        this.sealedRefresh = null;
        postpone(null);
        return held;
    }

    public boolean isErased() {
        return sealedAccess == null;
    }

    /** The network could not be asked for longer than the grace period. */
    public void unverified(Instant checkedAt) {
        this.status = TokenStatus.UNVERIFIED;
        this.lastCheckedAt = checkedAt;
    }

    public UUID id() {
        return id;
    }

    /** When the grant this token holds was given (created, or last reconnected). */
    public Instant grantedAt() {
        return grantedAt;
    }

    public Channel channel() {
        return channel;
    }

    public Identity identity() {
        return identity;
    }

    /** The stored status; {@link TokenStatus#EXPIRING} is derived on read, never stored. */
    public TokenStatus status() {
        return status;
    }

    public Cause cause() {
        return cause;
    }

    public String rawCode() {
        return rawCode;
    }

    public String rawMessage() {
        return rawMessage;
    }

    public byte[] sealedAccess() {
        return sealedAccess;
    }

    public byte[] sealedRefresh() {
        return sealedRefresh;
    }

    public boolean isRefreshable() {
        return sealedRefresh != null;
    }

    public Set<String> scopes() {
        return scopes == null
                ? Set.of()
                : Arrays.stream(scopes.split(" "))
                        .filter(s -> !s.isBlank())
                        .collect(Collectors.toUnmodifiableSet());
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant refreshExpiresAt() {
        return refreshExpiresAt;
    }

    public Instant dataAccessExpiresAt() {
        return dataAccessExpiresAt;
    }

    public Instant lastCheckedAt() {
        return lastCheckedAt;
    }

    public Instant diedAt() {
        return diedAt;
    }

    public Instant nextCheckAt() {
        return nextCheckAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String leaseOwner() {
        return leaseOwner;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public Instant transientSince() {
        return transientSince;
    }

    public int failedChecks() {
        return failedChecks;
    }

    public long checkCount() {
        return checkCount;
    }

    /** The smallest warning threshold already announced for {@code lapse}, or null. */
    public Duration announcedThreshold(Instant lapse) {
        return announcedThresholdSeconds == null || !Objects.equals(announcedLapse, lapse)
                ? null
                : Duration.ofSeconds(announcedThresholdSeconds);
    }

    /**
     * When the token stops working unless a person acts: see {@code TokenFacts#lapsesAt} (the
     * grant's end, no later than the data-access window's).
     */
    public Instant lapsesAt() {
        Instant grant = isRefreshable() ? refreshExpiresAt : expiresAt;
        return dataAccessExpiresAt != null && (grant == null || dataAccessExpiresAt.isBefore(grant))
                ? dataAccessExpiresAt
                : grant;
    }

    /** Whether {@link #lapsesAt()} is the data-access window's end rather than the grant's. */
    public boolean dataAccessLapsesFirst() {
        Instant grant = isRefreshable() ? refreshExpiresAt : expiresAt;
        return dataAccessExpiresAt != null
                && (grant == null || dataAccessExpiresAt.isBefore(grant));
    }
}
