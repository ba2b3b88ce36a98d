package io.relink.channels.control;

import java.time.Instant;

/**
 * When a token stops working unless a person acts, and what ends it. Pure.
 *
 * <p>Three ends can stop a token: its access token's expiry (unless Relink can refresh it), its
 * refresh token's expiry (when it can), and Facebook's and Instagram's data-access window ({@code
 * data_access_expires_at}: 90 days after the person was last active; past it the token still
 * authenticates but reads nothing). The earliest of those that applies is the token's lapse.
 *
 * @param at the moment the token stops working
 * @param limit which end that is
 */
public record Lapse(Instant at, Limit limit) {

    /** What ends a token. */
    public enum Limit {
        /** The access token expires and cannot be refreshed. */
        ACCESS_TOKEN,
        /** The refresh token expires, after which Relink cannot renew the access token. */
        REFRESH_TOKEN,
        /** The network's data-access window ends (Facebook, Instagram). */
        DATA_ACCESS
    }

    /** The token's lapse, or null when it never lapses by itself. */
    public static Lapse of(TokenFacts token, Instant dataAccessExpiresAt) {
        Instant grant = token.grantLapsesAt();
        Limit grantLimit = token.refreshable() ? Limit.REFRESH_TOKEN : Limit.ACCESS_TOKEN;
        if (dataAccessExpiresAt != null && (grant == null || dataAccessExpiresAt.isBefore(grant))) {
            return new Lapse(dataAccessExpiresAt, Limit.DATA_ACCESS);
        }
        return grant == null ? null : new Lapse(grant, grantLimit);
    }

    /** Whether the token still works at {@code moment} as far as its lifetimes go. */
    public static boolean outlives(Lapse lapse, Instant moment) {
        return lapse == null || lapse.at().isAfter(moment);
    }
}
