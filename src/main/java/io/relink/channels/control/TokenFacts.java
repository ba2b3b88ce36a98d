package io.relink.channels.control;

import io.relink.networks.Cause;
import io.relink.channels.entity.TokenStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * What the state derivation needs to know of one token, free of any container or entity.
 *
 * @param status the stored status ({@link TokenStatus#EXPIRING} is derived, never stored)
 * @param expiresAt when the access token lapses; null when it never does
 * @param refreshable whether Relink holds a refresh token and can renew the access token itself
 * @param refreshExpiresAt when the refresh token lapses; null when it never does
 * @param diedAt when a dead token died
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
        String identityName) {

    /**
     * The moment the grant stops working unless a person acts: the refresh token's end when
     * Relink can refresh, else the access token's end. Null when that never happens.
     */
    public Instant lapsesAt() {
        return refreshable ? refreshExpiresAt : expiresAt;
    }

    TokenFacts withStatus(TokenStatus newStatus, Cause newCause, Instant newDiedAt) {
        return new TokenFacts(id, newStatus, newCause, expiresAt, refreshable, refreshExpiresAt, newDiedAt, lastCheckedAt, identityName);
    }
}
