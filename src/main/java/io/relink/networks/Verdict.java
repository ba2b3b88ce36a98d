package io.relink.networks;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * What one check of one token concluded, translated from the network's answer at the edge. Only
 * {@link Valid} and {@link Dead} are definitive; a {@link Transient} outcome never kills a token,
 * it only delays the next check.
 */
public sealed interface Verdict {

    /**
     * The token works. A null time means the answer did not tell it (many check calls report no
     * expiry): Relink keeps what it knew from the grant, never takes it for "never expires".
     */
    record Valid(Instant expiresAt, Instant dataAccessExpiresAt, Set<String> scopes)
            implements Verdict {
        public Valid {
            scopes = Set.copyOf(scopes);
        }
    }

    /**
     * The network definitively rejected the token; the raw code and message are kept for support.
     */
    record Dead(Cause cause, String rawCode, String rawMessage) implements Verdict {}

    /**
     * The network could not be asked, or did not answer usefully.
     *
     * @param retryAfter how long the network asked us to wait, or null
     */
    record Transient(Kind kind, Duration retryAfter, String rawCode) implements Verdict {

        /** Why the answer was not definitive. */
        public enum Kind {
            TIMEOUT,
            SERVER_ERROR,
            RATE_LIMITED,
            NETWORK_UNAVAILABLE,
            MALFORMED_ANSWER
        }
    }
}
