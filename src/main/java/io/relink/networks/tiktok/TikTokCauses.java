package io.relink.networks.tiktok;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import java.time.Instant;
import java.util.Map;

/**
 * Classifies TikTok's error codes into {@link Cause}s (dead) or transient kinds (never dead), and
 * keeps the raw code, HTTP status first ({@code 401/access_token_invalid}), for support. Pure.
 *
 * <p>Three vocabularies: the v2 API's {@code error.code} (developers.tiktok.com/doc/
 * tiktok-api-v2-error-handling), the OAuth endpoints' RFC 6749 {@code error}
 * (oauth-error-handling), and the {@code reason} of the {@code authorization.removed} webhook
 * (webhooks-events).
 */
public final class TikTokCauses {

    /** The v2 API's codes that kill a token. */
    private static final Map<String, Cause> API_DEAD =
            Map.of(
                    // The user did not grant (or withdrew) a scope the call needs: re-consent fixes
                    // it.
                    "scope_not_authorized", Cause.SCOPE_MISSING,
                    "scope_permission_missed", Cause.SCOPE_MISSING);

    /**
     * The v2 API's codes that say nothing about the token. {@code invalid_params} and {@code
     * invalid_file_upload} refuse Relink's request, not the token: a bug or a change on either side
     * must not disconnect every account, so they are trouble, retried and seen in the metrics.
     */
    private static final Map<String, Kind> API_TRANSIENT =
            Map.of(
                    "rate_limit_exceeded", Kind.RATE_LIMITED,
                    "internal_error", Kind.SERVER_ERROR,
                    "invalid_params", Kind.MALFORMED_ANSWER,
                    "invalid_file_upload", Kind.MALFORMED_ANSWER);

    /** The OAuth endpoints' codes that concern Relink's app, hence every account of the network. */
    private static final Map<String, Cause> OAUTH_DEAD =
            Map.of(
                    "invalid_client", Cause.APP_PROBLEM,
                    "unauthorized_client", Cause.APP_PROBLEM,
                    "unsupported_grant_type", Cause.APP_PROBLEM,
                    "unsupported_response_type", Cause.APP_PROBLEM,
                    // A scope the app is not approved for in the developer portal.
                    "invalid_scope", Cause.APP_PROBLEM);

    /**
     * RFC 6749's transient codes and TikTok's rate limit; TikTok's OAuth page does not list them
     * for the token endpoint [U], they are classified in case it sends them.
     */
    private static final Map<String, Kind> OAUTH_TRANSIENT =
            Map.of(
                    "server_error", Kind.SERVER_ERROR,
                    "temporarily_unavailable", Kind.SERVER_ERROR,
                    "rate_limit_exceeded", Kind.RATE_LIMITED);

    private TikTokCauses() {}

    /**
     * An error answer of the v2 API ({@code /v2/user/info/}): dead or transient. {@code
     * access_token_invalid} ("invalid or not found", also after a revocation or rotation) is {@code
     * LIFESPAN_ENDED} once the token's known expiry has passed, else {@code UNKNOWN}; an unknown
     * code is a definitive rejection, {@code UNKNOWN}.
     *
     * @param expiresAt the token's expiry when the caller knows it, or null
     */
    public static Verdict api(
            int status, String code, String message, Instant expiresAt, Instant now) {
        code = code == null ? "" : code; // Map.of answers no lookup of null
        String raw = rawCode(status, code);
        Kind trouble = API_TRANSIENT.get(code);
        if (trouble != null) {
            return new Verdict.Transient(trouble, null, raw);
        }
        if ("access_token_invalid".equals(code)) {
            return new Verdict.Dead(
                    lapsed(expiresAt, now) ? Cause.LIFESPAN_ENDED : Cause.UNKNOWN, raw, message);
        }
        return new Verdict.Dead(API_DEAD.getOrDefault(code, Cause.UNKNOWN), raw, message);
    }

    /**
     * An error answer of the OAuth endpoints (token, revoke). {@code invalid_grant} on a refresh is
     * {@code REFRESH_FAILED} (rotated away, revoked or unknown: TikTok does not say which), or
     * {@code LIFESPAN_ENDED} once the refresh token's known expiry has passed; on a code exchange
     * it is a used, expired or mismatched code, {@code UNKNOWN}. {@code invalid_request} and {@code
     * access_denied} carry no finer reason either: {@code UNKNOWN}.
     *
     * @param refreshExpiresAt the refresh token's expiry when the caller knows it, or null
     */
    public static Verdict oauth(
            int status,
            String error,
            String description,
            boolean refreshing,
            Instant refreshExpiresAt,
            Instant now) {
        error = error == null ? "" : error; // Map.of answers no lookup of null
        String raw = rawCode(status, error);
        Kind trouble = OAUTH_TRANSIENT.get(error);
        if (trouble != null) {
            return new Verdict.Transient(trouble, null, raw);
        }
        if ("invalid_grant".equals(error) && refreshing) {
            return new Verdict.Dead(
                    lapsed(refreshExpiresAt, now) ? Cause.LIFESPAN_ENDED : Cause.REFRESH_FAILED,
                    raw,
                    description);
        }
        return new Verdict.Dead(OAUTH_DEAD.getOrDefault(error, Cause.UNKNOWN), raw, description);
    }

    /**
     * The cause an {@code authorization.removed} webhook gives: 1 the person disconnected Relink in
     * the TikTok app; 2 account deleted, 3 age changed, 4 banned; 5 the developer (Relink's app)
     * revoked it, which src/docs/networks.md, section TikTok, files as an app-level problem; 0 or
     * anything new, unknown.
     */
    public static Cause removal(Integer reason) {
        if (reason == null) {
            return Cause.UNKNOWN;
        }
        return switch (reason) {
            case 1 -> Cause.REVOKED_BY_USER;
            case 2, 3, 4 -> Cause.ACCOUNT_UNAVAILABLE;
            case 5 -> Cause.APP_PROBLEM;
            default -> Cause.UNKNOWN;
        };
    }

    /** What an {@code authorization.removed} reason means, in a sentence for support and people. */
    public static String removalMessage(Integer reason) {
        if (reason == null) {
            return "TikTok ended Relink's access; the event named no reason.";
        }
        return switch (reason) {
            case 0 -> "TikTok ended Relink's access without saying why.";
            case 1 -> "The person disconnected Relink in the TikTok app.";
            case 2 -> "The TikTok account was deleted.";
            case 3 -> "The TikTok account's age changed, which ended Relink's access.";
            case 4 -> "The TikTok account was banned.";
            case 5 -> "The authorization was revoked from Relink's side of the TikTok app.";
            default -> "TikTok ended Relink's access (reason " + reason + ").";
        };
    }

    /** The HTTP status and the code when there is one: {@code 401/access_token_invalid}. */
    private static String rawCode(int status, String code) {
        return code.isEmpty() ? String.valueOf(status) : status + "/" + code;
    }

    private static boolean lapsed(Instant expiresAt, Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
