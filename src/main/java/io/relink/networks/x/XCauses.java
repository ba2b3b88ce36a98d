package io.relink.networks.x;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Classifies X's error answers into {@link Cause}s, or into transient trouble where the answer says
 * nothing about the token, and keeps the raw code, HTTP status first ({@code 401/89}, {@code
 * 403/client-forbidden/client-not-enrolled}, {@code 400/invalid_request}) for support. Pure.
 *
 * <p>X answers in three shapes: v2 problems ({@code type}, {@code title}, {@code detail}, sometimes
 * {@code reason}), v1.1-style {@code errors[].code} (still sent by v2 endpoints for OAuth 1.0a and
 * for rate limits), and OAuth's {@code error}/{@code error_description} at the token endpoint.
 */
public final class XCauses {

    /**
     * v1.1 error codes [C: SDK error tables; src/docs/networks.md, section X]. 89 and 32 do not
     * tell an expired token from a revoked one (nor, for 32, from a bad signature), so they are
     * UNKNOWN.
     */
    private static final Map<Integer, Cause> BY_CODE =
            Map.of(
                    89, Cause.UNKNOWN, // Invalid or expired token.
                    32, Cause.UNKNOWN, // Could not authenticate you.
                    215, Cause.UNKNOWN, // Bad authentication data.
                    64, Cause.ACCOUNT_UNAVAILABLE, // Your account is suspended.
                    63, Cause.ACCOUNT_UNAVAILABLE, // User has been suspended.
                    // "This account is temporarily locked. Please log in to https://x.com to
                    // unlock":
                    // the person must act on X's site, which is what SECURITY_CHECKPOINT asks of
                    // them
                    // (src/docs/networks.md, section X, files it under ACCOUNT_DISABLED; 326 itself
                    // is [U]).
                    326, Cause.SECURITY_CHECKPOINT,
                    416, Cause.APP_PROBLEM, // Invalid / suspended application [C].
                    261, Cause.APP_PROBLEM); // Application cannot perform write actions (app

    // restricted) [C].

    /** 88: rate limit exceeded (normally with a 429, which the HTTP edge already throws). */
    private static final int RATE_LIMIT_EXCEEDED = 88;

    /**
     * 135: timestamp out of bounds. Only OAuth 1.0a requests carry a timestamp: Relink's clock is
     * off, which says nothing about the token, so it is trouble and never a death.
     */
    private static final int TIMESTAMP_OUT_OF_BOUNDS = 135;

    private static final Set<String> RATE_LIMIT_TYPES =
            Set.of("rate-limit-exceeded", "usage-capped");

    private XCauses() {}

    /**
     * An API error answer: a {@link Verdict.Dead}, or a {@link Verdict.Transient} when it tells
     * nothing about the token.
     *
     * @param code the first {@code errors[].code}, or null
     * @param type the v2 problem type's last path segment ({@code client-forbidden}), or null
     * @param reason the v2 problem's {@code reason}, or null
     */
    public static Verdict ofApi(
            int status, Integer code, String type, String reason, String message) {
        String raw = rawCode(status, code == null ? null : code.toString(), type, reason);
        if ((code != null && code == RATE_LIMIT_EXCEEDED)
                || (type != null && RATE_LIMIT_TYPES.contains(type))) {
            return new Verdict.Transient(Kind.RATE_LIMITED, null, raw);
        }
        if (code != null && code == TIMESTAMP_OUT_OF_BOUNDS) {
            return new Verdict.Transient(Kind.NETWORK_UNAVAILABLE, null, raw);
        }
        if ("invalid-request".equals(type)) {
            // Relink's own request was refused as malformed: nothing is known about the token.
            return new Verdict.Transient(Kind.MALFORMED_ANSWER, null, raw);
        }
        return new Verdict.Dead(causeOfApi(code, type, reason), raw, message);
    }

    /**
     * An OAuth error of the token endpoint. A refused refresh is {@code REFRESH_FAILED} (X says
     * {@code invalid_request} for a spent or unknown refresh token, and tells no finer reason); a
     * refused code exchange is {@code UNKNOWN} (a used or expired code says nothing of a token). A
     * refused client ({@code invalid_client}, {@code unauthorized_client}: X's answer to a wrong
     * Basic header) is an {@code APP_PROBLEM} either way.
     */
    public static Verdict ofToken(int status, String error, String message, boolean refreshing) {
        String raw = rawCode(status, error);
        if ("temporarily_unavailable".equals(error) || "server_error".equals(error)) {
            return new Verdict.Transient(Kind.SERVER_ERROR, null, raw);
        }
        if ("invalid_client".equals(error) || "unauthorized_client".equals(error)) {
            return new Verdict.Dead(Cause.APP_PROBLEM, raw, message);
        }
        return new Verdict.Dead(refreshing ? Cause.REFRESH_FAILED : Cause.UNKNOWN, raw, message);
    }

    /** The cause of a definitive API rejection; an unknown code is {@code UNKNOWN}. */
    static Cause causeOfApi(Integer code, String type, String reason) {
        if (code != null && BY_CODE.containsKey(code)) {
            return BY_CODE.get(code);
        }
        if ("client-forbidden".equals(type)) {
            // Not enrolled (no Project, too low an access level): every account is hit. Any other
            // client-forbidden is the token lacking access, which re-consent fixes
            // [src/docs/networks.md, section X].
            return "client-not-enrolled".equals(reason) ? Cause.APP_PROBLEM : Cause.SCOPE_MISSING;
        }
        return Cause.UNKNOWN;
    }

    /** The HTTP status and the codes that are present, joined by slashes. */
    static String rawCode(int status, String... codes) {
        return Stream.concat(
                        Stream.of(String.valueOf(status)),
                        Stream.of(codes).filter(Objects::nonNull).filter(c -> !c.isBlank()))
                .collect(Collectors.joining("/"));
    }
}
