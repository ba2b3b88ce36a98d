package io.relink.networks.meta;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Classifies the error codes Meta's Graph APIs share (src/docs/networks.md, section Facebook,
 * "Error codes → cause") into a dead {@link Verdict} with its {@link Cause}, or a transient one for
 * rate limits and outages, which never kill a token. The raw code ({@code 190/460}) and the
 * network's message are kept. Pure.
 *
 * <p>Facebook, Instagram and Threads all answer in this shape; each network's own causes class adds
 * what is particular to it.
 */
public final class GraphCauses {

    /**
     * How long a rate-limited network is left alone when it did not say for how long (usage headers
     * may say longer).
     */
    public static final Duration RATE_LIMIT_PAUSE = Duration.ofMinutes(15);

    /**
     * Code 190 (and 102, "API session") subcodes; the legacy ones are from community records [C].
     */
    private static final Map<Integer, Cause> SESSION_SUBCODES =
            Map.ofEntries(
                    Map.entry(
                            458, Cause.REVOKED_BY_USER), // app not installed: removed by the person
                    Map.entry(
                            459,
                            Cause.SECURITY_CHECKPOINT), // checkpointed: must log in on facebook.com
                    Map.entry(
                            460, Cause.PASSWORD_CHANGED), // password changed, or the session reset
                    // for security
                    Map.entry(463, Cause.LIFESPAN_ENDED), // expired
                    // Unconfirmed user, who must act on facebook.com: the cause table of
                    // src/docs/networks.md, section
                    // Facebook, files it with checkpoints (ACCOUNT_UNAVAILABLE would fit too); the
                    // next step is the same.
                    Map.entry(464, Cause.SECURITY_CHECKPOINT),
                    Map.entry(467, Cause.UNKNOWN), // "invalid access token": nothing finer known
                    Map.entry(
                            492,
                            Cause.ADMIN_ROLE_LOST), // the Page token's user has no suitable role
                    // on the Page
                    Map.entry(
                            452,
                            Cause.PASSWORD_CHANGED), // legacy: accompanies password changes [C]
                    Map.entry(
                            461,
                            Cause.UNKNOWN), // legacy: app reinstalled, this token superseded [C]
                    Map.entry(465, Cause.ACCOUNT_UNAVAILABLE), // legacy: user invalid [C]
                    Map.entry(466, Cause.UNKNOWN), // legacy: invalidated via the API [C]
                    Map.entry(468, Cause.LIFESPAN_ENDED)); // legacy: unused for a long time [C]

    private GraphCauses() {}

    /**
     * The verdict an error gives the token it was about.
     *
     * @param expiresAt when the token was to expire, or null when unknown: a bare 190 past it is
     *     the end of the token's lifespan, before it (or unknown) an unexplained rejection
     */
    public static Verdict classify(GraphError error, Instant expiresAt, Instant now) {
        Verdict known = ofTable(error, expiresAt, now);
        // A check's call fails only for its token, so a code of no row still rejects it.
        return known != null ? known : dead(Cause.UNKNOWN, error.rawCode(), error);
    }

    /**
     * The verdict of an error a downstream product's call got with the token (a publish, a read):
     * only a code of the table speaks of the token. Any other code (100 invalid parameter, 506
     * duplicate post, ...) is about that call: null. The token's expiry is not known here, so a
     * bare 190 is {@code UNKNOWN} (a passed expiry kills the token by itself anyway).
     */
    public static Verdict reported(GraphError error, Instant now) {
        return ofTable(error, null, now);
    }

    /** The table's row for the error, or null when no row names its code. */
    private static Verdict ofTable(GraphError error, Instant expiresAt, Instant now) {
        String raw = error.rawCode();
        int code = error.code();
        if (code == 190 || code == 102) {
            Cause cause =
                    error.subcode() == null
                            ? bare(expiresAt, now)
                            : SESSION_SUBCODES.getOrDefault(error.subcode(), Cause.UNKNOWN);
            return dead(cause, raw, error);
        }
        if (code == 10 || (code >= 200 && code <= 299) || code == 3) {
            // 10 and 200–299: a permission not granted or removed; 3: the app lacks the capability.
            return dead(Cause.SCOPE_MISSING, raw, error);
        }
        if (isRateLimit(code)) {
            return new Verdict.Transient(Kind.RATE_LIMITED, RATE_LIMIT_PAUSE, raw);
        }
        if (code == 1 || code == 2) {
            // "An unknown error occurred" / "Service temporarily unavailable": retry later.
            return new Verdict.Transient(Kind.SERVER_ERROR, null, raw);
        }
        if (code == 368) {
            // Temporarily blocked for policy violations: the account, not the token; the person
            // must act on the network's site, which is what SECURITY_CHECKPOINT tells them.
            return dead(Cause.SECURITY_CHECKPOINT, raw, error);
        }
        return null;
    }

    /**
     * The verdict of an error about Relink's own app token ({@code {app-id}|{app-secret}}, used to
     * call {@code debug_token}): a session error there means the app secret was reset or the app is
     * gone, which hits every token of the network; the rest reads as {@link #classify}.
     */
    public static Verdict ofAppToken(GraphError error, Instant now) {
        if (error.code() == 190 || error.code() == 102 || error.code() == 101) {
            // 101: "Invalid API key" / "Error validating application" [C].
            return dead(Cause.APP_PROBLEM, error.rawCode(), error);
        }
        return classify(error, null, now);
    }

    /**
     * Rate limits: 4 app, 17 user, 32 Pages, 613 custom, 341 application limit, 80000–80014
     * business-use-case limits (80001 Pages and 80002 Instagram are documented, the rest of the
     * family is from Meta's error list [C]).
     */
    public static boolean isRateLimit(int code) {
        return code == 4
                || code == 17
                || code == 32
                || code == 613
                || code == 341
                || (code >= 80000 && code <= 80014);
    }

    private static Cause bare(Instant expiresAt, Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now) ? Cause.LIFESPAN_ENDED : Cause.UNKNOWN;
    }

    private static Verdict.Dead dead(Cause cause, String raw, GraphError error) {
        return new Verdict.Dead(cause, raw, error.message());
    }
}
