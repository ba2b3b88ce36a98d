package io.relink.networks.youtube;

import io.relink.networks.Cause;
import io.relink.networks.NetworkHttp;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Classifies Google's and YouTube's answers into {@link Cause}s (src/docs/networks.md, section
 * YouTube) and keeps the raw code, HTTP status first ({@code 400/invalid_grant}, {@code
 * 403/insufficientPermissions}), for support. Pure.
 *
 * <p>Google tells almost nothing about a dead refresh token: seven different causes answer the same
 * {@code invalid_grant} "Token has been expired or revoked.". What can be told apart is: a deleted
 * account ("Account has been deleted" [C]), a session-length policy ({@code invalid_rapt} [C]), a
 * Workspace admin's block ({@code admin_policy_enforced}) and Relink's own client refused or
 * deleted ({@code invalid_client}, {@code unauthorized_client}). Time-based access and the 7 days
 * of an app in Testing end at a known time, which Relink sees coming without asking; the other
 * causes (revoked by the person, 6 months unused, a Gmail-scope password change, more than 100
 * refresh tokens) stay {@code REFRESH_FAILED}. Only Google's RISC events would tell them apart, and
 * Relink does not receive those (see {@code package-info}).
 */
public final class YouTubeCauses {

    /** Which OAuth call an OAuth error answered. */
    public enum Step {
        /** {@code tokeninfo}: an access token is checked. */
        CHECK,
        /** Trading an authorization code. */
        EXCHANGE,
        /** Trading a refresh token. */
        REFRESH
    }

    /** Reasons of YouTube's daily quota: spent until the next midnight Pacific time. */
    private static final Set<String> QUOTA = Set.of("quotaExceeded", "dailyLimitExceeded");

    private static final Set<String> RATE = Set.of("rateLimitExceeded", "userRateLimitExceeded");
    private static final Set<String> SCOPE =
            Set.of("insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT");
    private static final Set<String> APP =
            Set.of("accessNotConfigured", "SERVICE_DISABLED", "API_KEY_SERVICE_BLOCKED");

    /**
     * [U]: documented for other YouTube calls; {@code channels?mine=true} is not known to answer
     * them.
     */
    private static final Set<String> ACCOUNT =
            Set.of(
                    "youtubeSignupRequired",
                    "channelClosed",
                    "channelSuspended",
                    "accountClosed",
                    "accountSuspended");

    private YouTubeCauses() {}

    /**
     * An OAuth endpoint's error ({@code {error, error_description, error_subtype}}).
     *
     * @param subtype Google's {@code error_subtype}, or null
     */
    public static Verdict.Dead ofOAuthError(
            int status, String error, String subtype, String description, Step step) {
        return new Verdict.Dead(
                causeOfOAuth(status, error, subtype, description, step),
                rawCode(status, error, subtype),
                description);
    }

    /**
     * An error of the YouTube API (or of Google's {@code userinfo}), by its first {@code
     * errors[].reason} (or {@code details[].reason}). A 401 is UNKNOWN: the checker refreshes once
     * and the refresh's answer decides. Quota and rate reasons and 5xx are transient; a spent daily
     * quota asks to wait until it is back ({@link YouTubeLimits}), a rate limit for nothing in
     * particular.
     *
     * @param now when the answer came, for the quota's reset
     */
    public static Verdict ofApiError(int status, String reason, String message, Instant now) {
        String raw = rawCode(status, reason);
        if (reason != null && QUOTA.contains(reason)) {
            return new Verdict.Transient(Kind.RATE_LIMITED, YouTubeLimits.untilReset(now), raw);
        }
        if (reason != null && RATE.contains(reason)) {
            return new Verdict.Transient(Kind.RATE_LIMITED, null, raw);
        }
        Kind trouble = NetworkHttp.troubleOf(status);
        if (trouble != null) {
            return new Verdict.Transient(trouble, null, raw);
        }
        return new Verdict.Dead(causeOfApi(status, reason), raw, message);
    }

    private static Cause causeOfApi(int status, String reason) {
        if (reason != null && SCOPE.contains(reason)) {
            return Cause.SCOPE_MISSING;
        }
        if (reason != null && APP.contains(reason)) {
            return Cause
                    .APP_PROBLEM; // the YouTube Data API is off in Relink's Google Cloud project
        }
        if (reason != null && ACCOUNT.contains(reason)) {
            return Cause.ACCOUNT_UNAVAILABLE;
        }
        return Cause.UNKNOWN; // 401 authError, and anything new
    }

    private static Cause causeOfOAuth(
            int status, String error, String subtype, String description, Step step) {
        String words = description == null ? "" : description.toLowerCase(Locale.ROOT);
        if ("invalid_client".equals(error)
                || "unauthorized_client".equals(error)
                || status == 401) {
            // Relink's client was refused: deleted (Google deletes clients idle for 6 months),
            // wrong
            // secret, or not allowed this grant. Every identity of the network is hit.
            return Cause.APP_PROBLEM;
        }
        if ("admin_policy_enforced".equals(error)
                || "admin_policy_enforced".equals(subtype)
                || words.contains("admin_policy_enforced")) {
            // The account's Workspace admin withdrew Relink's access to the service for the whole
            // domain: the person's admin must allow Relink, then the person consents again.
            return Cause.SCOPE_MISSING;
        }
        if (!"invalid_grant".equals(error)) {
            return Cause
                    .UNKNOWN; // invalid_token at tokeninfo (expired or revoked: the refresh tells),
            // invalid_request, ...
        }
        if ("invalid_rapt".equals(subtype)) {
            return Cause.LIFESPAN_ENDED; // a Cloud session-length policy ended the session: sign in
            // again
        }
        if (words.contains("account has been deleted")
                || words.contains("account has been disabled")) {
            return Cause.ACCOUNT_UNAVAILABLE;
        }
        return step == Step.REFRESH ? Cause.REFRESH_FAILED : Cause.UNKNOWN;
    }

    /** The HTTP status and the codes that are present, joined by slashes. */
    static String rawCode(int status, String... codes) {
        return Stream.concat(
                        Stream.of(String.valueOf(status)),
                        Stream.of(codes).filter(Objects::nonNull).filter(c -> !c.isBlank()))
                .collect(Collectors.joining("/"));
    }
}
