package io.relink.networks.pinterest;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Classifies Pinterest's error answers ({@code {"code":2,"message":"Authentication failed.",
 * "status":"failure"}}) into {@link Cause}s, or into transient trouble where the answer says
 * nothing about the token, and keeps the raw code, HTTP status first ({@code 401/2}). Pure.
 *
 * <p>Pinterest documents one code Relink meets: 2, "Authentication failed.", for an expired,
 * revoked or invalid token alike, hence {@code UNKNOWN} [C]. Its Token Debugger tells a deactivated
 * user or app apart, but how the API words those is not documented: they are read from the message,
 * defensively [U].
 */
public final class PinterestCauses {

    private static final Set<String> GONE =
            Set.of("deactivated", "suspended", "disabled", "banned", "deleted");

    private PinterestCauses() {}

    /**
     * An error answer of the API ({@code GET /v5/user_account}).
     *
     * @param code Pinterest's {@code code}, or null
     */
    public static Verdict ofApi(int status, Integer code, String message) {
        String raw = rawCode(status, code == null ? null : code.toString());
        String words = lower(message);
        if (rateLimited(words)) {
            return new Verdict.Transient(Kind.RATE_LIMITED, null, raw);
        }
        if (status == 400) {
            // Relink's own request was refused as malformed: nothing is known about the token.
            return new Verdict.Transient(Kind.MALFORMED_ANSWER, null, raw);
        }
        Cause gone = gone(words);
        if (gone != null) {
            return new Verdict.Dead(gone, raw, message);
        }
        if (status == 403) {
            // Insufficient scope, or a Trial app over its limits [U: src/docs/networks.md, section
            // Pinterest].
            return new Verdict.Dead(
                    words.contains("trial") ? Cause.APP_PROBLEM : Cause.SCOPE_MISSING,
                    raw,
                    message);
        }
        return new Verdict.Dead(Cause.UNKNOWN, raw, message);
    }

    /**
     * An error answer of the token endpoint, in Pinterest's shape ({@code code}) or OAuth's ({@code
     * error}). A refused refresh is {@code REFRESH_FAILED}: 401 code 2 is Pinterest's answer both
     * to a dead refresh token and to wrong client credentials [C], and a refresh fails either way.
     * A refused code exchange with a 401 is an {@code APP_PROBLEM} (only the client's credentials
     * authenticate an exchange [U]); otherwise {@code UNKNOWN}.
     *
     * @param error Pinterest's {@code code} or OAuth's {@code error}, as text; null when absent
     */
    public static Verdict ofToken(int status, String error, String message, boolean refreshing) {
        String raw = rawCode(status, error);
        String words = lower(message);
        if (rateLimited(words)) {
            return new Verdict.Transient(Kind.RATE_LIMITED, null, raw);
        }
        if ("temporarily_unavailable".equals(error) || "server_error".equals(error)) {
            return new Verdict.Transient(Kind.SERVER_ERROR, null, raw);
        }
        Cause gone = gone(words);
        if (gone != null) {
            return new Verdict.Dead(gone, raw, message);
        }
        if ("invalid_client".equals(error)
                || "unauthorized_client".equals(error)
                || (!refreshing && status == 401)) {
            return new Verdict.Dead(Cause.APP_PROBLEM, raw, message);
        }
        if (refreshing && words.contains("expired")) {
            return new Verdict.Dead(
                    Cause.LIFESPAN_ENDED, raw, message); // a refresh token past its end [U wording]
        }
        return new Verdict.Dead(refreshing ? Cause.REFRESH_FAILED : Cause.UNKNOWN, raw, message);
    }

    /**
     * A deactivated (suspended, ...) app hits every account; a deactivated user only theirs. Null:
     * neither.
     */
    static Cause gone(String words) {
        if (GONE.stream().noneMatch(words::contains)) {
            return null;
        }
        boolean app = words.matches(".*\\b(app|application|client)\\b.*");
        return app
                ? Cause.APP_PROBLEM
                : words.matches(".*\\b(user|account)\\b.*") ? Cause.ACCOUNT_UNAVAILABLE : null;
    }

    private static boolean rateLimited(String words) {
        return words.contains("rate limit") || words.contains("too many requests");
    }

    private static String lower(String message) {
        return message == null ? "" : message.toLowerCase(Locale.ROOT);
    }

    /** The HTTP status and the codes that are present, joined by slashes. */
    static String rawCode(int status, String... codes) {
        return Stream.concat(
                        Stream.of(String.valueOf(status)),
                        Stream.of(codes).filter(Objects::nonNull).filter(c -> !c.isBlank()))
                .collect(Collectors.joining("/"));
    }
}
