package io.relink.networks;

import java.time.Instant;
import java.util.Set;

/**
 * What a network granted: a token pair with its lifetimes and scopes.
 *
 * @param refreshToken null when the network issues none
 * @param expiresAt when the access token lapses; null when it never does
 * @param refreshExpiresAt when the refresh token lapses; null when it never does (or there is none)
 * @param externalUserId the network's id of the person who granted, when the answer names it
 */
public record Grant(
        String accessToken,
        String refreshToken,
        Instant expiresAt,
        Instant refreshExpiresAt,
        Set<String> scopes,
        String externalUserId) {

    public Grant {
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "Grant[user="
                + externalUserId
                + ", expiresAt="
                + expiresAt
                + ", refreshExpiresAt="
                + refreshExpiresAt
                + ", scopes="
                + scopes
                + ", refreshToken="
                + (refreshToken == null ? "none" : "***")
                + ", accessToken=***]";
    }
}
