package io.relink.channels.control;

import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.Cause;
import java.time.Instant;
import java.util.UUID;

/**
 * One token as the pure rules see it (the state derivation, the check rules), free of any container
 * or entity: the aggregate's one snapshot of a token.
 *
 * @param status the stored status ({@link TokenStatus#EXPIRING} is derived, never stored)
 * @param expiresAt when the access token lapses; null when it never does
 * @param refreshable whether Relink holds a refresh token and can renew the access token itself
 * @param refreshExpiresAt when the refresh token lapses; null when it never does
 * @param diedAt when a dead token died
 * @param transientSince since when every answer has been transient; null after a definitive one
 * @param failedChecks transient answers in a row, for the backoff
 * @param dataAccessExpiresAt when the network's data-access window ends (Facebook's and Instagram's
 *     {@code data_access_expires_at}); null when the network has none
 * @param rawCode the network's code a dead token died with, kept for support (and for naming a
 *     withdrawn permission, see {@link io.relink.networks.GrantedScopes})
 */
public record TokenFacts(
        UUID id,
        TokenStatus status,
        Cause cause,
        Instant expiresAt,
        boolean refreshable,
        Instant refreshExpiresAt,
        Instant diedAt,
        Instant lastCheckedAt,
        String identityName,
        Instant transientSince,
        int failedChecks,
        Instant dataAccessExpiresAt,
        String rawCode) {

    /** The token as it is stored. */
    public static TokenFacts of(AccessToken t) {
        return new TokenFacts(
                t.id(),
                t.status(),
                t.cause(),
                t.expiresAt(),
                t.isRefreshable(),
                t.refreshExpiresAt(),
                t.diedAt(),
                t.lastCheckedAt(),
                t.identity().displayName(),
                t.transientSince(),
                t.failedChecks(),
                t.dataAccessExpiresAt(),
                t.rawCode());
    }

    /** A token with no data-access window and no raw code. */
    public TokenFacts(
            UUID id,
            TokenStatus status,
            Cause cause,
            Instant expiresAt,
            boolean refreshable,
            Instant refreshExpiresAt,
            Instant diedAt,
            Instant lastCheckedAt,
            String identityName,
            Instant transientSince,
            int failedChecks) {
        this(
                id,
                status,
                cause,
                expiresAt,
                refreshable,
                refreshExpiresAt,
                diedAt,
                lastCheckedAt,
                identityName,
                transientSince,
                failedChecks,
                null,
                null);
    }

    /** A token with no transient trouble behind it. */
    public TokenFacts(
            UUID id,
            TokenStatus status,
            Cause cause,
            Instant expiresAt,
            boolean refreshable,
            Instant refreshExpiresAt,
            Instant diedAt,
            Instant lastCheckedAt,
            String identityName) {
        this(
                id,
                status,
                cause,
                expiresAt,
                refreshable,
                refreshExpiresAt,
                diedAt,
                lastCheckedAt,
                identityName,
                null,
                0);
    }

    /**
     * The moment the token stops working unless a person acts: the refresh token's end when Relink
     * can refresh, else the access token's end, and no later than the data-access window's end (see
     * {@link Lapse}). Null when that never happens.
     */
    public Instant lapsesAt() {
        Lapse lapse = lapse();
        return lapse == null ? null : lapse.at();
    }

    /** When the token stops working unless a person acts, and what ends it; null when never. */
    public Lapse lapse() {
        return Lapse.of(this, dataAccessExpiresAt);
    }

    /**
     * The grant's own end, leaving the data-access window aside: the refresh token's when Relink
     * can refresh, else the access token's.
     */
    public Instant grantLapsesAt() {
        return refreshable ? refreshExpiresAt : expiresAt;
    }

    TokenFacts withStatus(TokenStatus newStatus, Cause newCause, Instant newDiedAt) {
        return new TokenFacts(
                id,
                newStatus,
                newCause,
                expiresAt,
                refreshable,
                refreshExpiresAt,
                newDiedAt,
                lastCheckedAt,
                identityName,
                transientSince,
                failedChecks,
                dataAccessExpiresAt,
                rawCode);
    }

    /** The same token with another access-token expiry, as a renewal or a check reported it. */
    public TokenFacts withExpiry(Instant newExpiresAt) {
        return new TokenFacts(
                id,
                status,
                cause,
                newExpiresAt,
                refreshable,
                refreshExpiresAt,
                diedAt,
                lastCheckedAt,
                identityName,
                transientSince,
                failedChecks,
                dataAccessExpiresAt,
                rawCode);
    }
}
