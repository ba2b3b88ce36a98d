package io.relink.networks.sandbox;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Classifies the sandbox's error codes into {@link Cause}s (the table in {@code
 * src/docs/sandbox.md}) and keeps the raw code, HTTP status first ({@code 401/password_changed}),
 * for support. Pure.
 */
public final class SandboxCauses {

    private static final Map<String, Cause> BY_CODE =
            Map.of(
                    "token_expired", Cause.LIFESPAN_ENDED,
                    "password_changed", Cause.PASSWORD_CHANGED,
                    "app_revoked", Cause.REVOKED_BY_USER,
                    "checkpoint", Cause.SECURITY_CHECKPOINT,
                    "account_disabled", Cause.ACCOUNT_UNAVAILABLE,
                    "not_page_admin", Cause.ADMIN_ROLE_LOST,
                    "scope_missing", Cause.SCOPE_MISSING,
                    // Unknown, revoked or rotated away: the sandbox does not say which.
                    "invalid_token", Cause.UNKNOWN,
                    // Relink's own client id or secret was refused: every account of the network is
                    // hit.
                    "invalid_client", Cause.APP_PROBLEM);

    private SandboxCauses() {}

    /**
     * The cause of a code from an introspection or an API answer; an unknown code is {@code
     * UNKNOWN}.
     */
    public static Cause ofCheck(String code) {
        return code == null ? Cause.UNKNOWN : BY_CODE.getOrDefault(code, Cause.UNKNOWN);
    }

    /**
     * The cause of a refused refresh: {@code invalid_grant} carries the finer {@code reason}; with
     * none, or {@code invalid_token} (a rotated-away or unknown refresh token), the refresh simply
     * failed. Another OAuth error ({@code invalid_request}, ...) is classified like a check's code.
     */
    public static Cause ofRefresh(String error, String reason) {
        if (!"invalid_grant".equals(error)) {
            return ofCheck(error);
        }
        return reason == null || reason.equals("invalid_token")
                ? Cause.REFRESH_FAILED
                : ofCheck(reason);
    }

    /** A rejected token, from an introspection ({@code status} 200) or an API error answer. */
    public static Verdict.Dead rejected(int status, String code, String message) {
        return new Verdict.Dead(ofCheck(code), rawCode(status, code), message);
    }

    /** A refused refresh; the raw code keeps both the OAuth error and the reason. */
    public static Verdict.Dead refused(int status, String error, String reason, String message) {
        return new Verdict.Dead(ofRefresh(error, reason), rawCode(status, error, reason), message);
    }

    /**
     * The HTTP status and the codes that are present, joined by slashes: {@code
     * 400/invalid_grant/token_expired}.
     */
    static String rawCode(int status, String... codes) {
        return Stream.concat(
                        Stream.of(String.valueOf(status)),
                        Stream.of(codes).filter(Objects::nonNull))
                .collect(Collectors.joining("/"));
    }
}
