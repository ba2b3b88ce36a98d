package io.relink.networks.linkedin;

import io.relink.networks.Cause;
import io.relink.networks.NetworkHttp;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Classifies LinkedIn's answers into {@link Cause}s (src/docs/networks.md, section LinkedIn) and
 * keeps the raw code, HTTP status first ({@code 401/REVOKED_ACCESS_TOKEN/65601}), for support.
 * Pure.
 *
 * <p>Three kinds of answer carry a verdict: the introspection's {@code status}, the REST API's
 * error body ({@code {status, serviceErrorCode, code, message}}) and the OAuth endpoints' RFC 6749
 * error ({@code {error, error_description}}). Rate limits and server errors are transient kinds,
 * never causes.
 */
public final class LinkedInCauses {

    /** Which OAuth call an OAuth error answered: the same code means something else at each. */
    public enum Step {
        /** Introspection of an access token. */
        CHECK,
        /** Trading an authorization code. */
        EXCHANGE,
        /** Trading a refresh token. */
        REFRESH
    }

    private LinkedInCauses() {}

    /**
     * A token the introspection called inactive: {@code revoked} (the member removed the app, or
     * LinkedIn revoked it: the answer does not say which) or {@code expired} (past {@code
     * expires_at}); without a status the token is simply unknown to LinkedIn.
     */
    public static Verdict.Dead ofIntrospection(String status, String message) {
        String code =
                status == null || status.isBlank() ? "inactive" : status.toLowerCase(Locale.ROOT);
        Cause cause =
                switch (code) {
                    case "revoked" -> Cause.REVOKED_BY_USER;
                    case "expired" -> Cause.LIFESPAN_ENDED;
                    default -> Cause.UNKNOWN;
                };
        return new Verdict.Dead(cause, rawCode(200, code), message);
    }

    /**
     * An error of the REST API. 401 {@code REVOKED_ACCESS_TOKEN} (65601) is the member revoking the
     * app in their privacy settings; {@code EXPIRED_ACCESS_TOKEN} (65602 in logs) the 60 days ran
     * out; 65600 ("Invalid access token") says nothing finer. 403 {@code ACCESS_DENIED} (100) is a
     * permission the token lacks: the caller checks the organization's ACL first, so a lost role is
     * told apart before this is read. 429 and 5xx (500 is also LinkedIn's "token verification
     * failed") are transient.
     */
    public static Verdict ofApiError(
            int status, String code, Integer serviceErrorCode, String message) {
        String raw =
                rawCode(
                        status,
                        code,
                        serviceErrorCode == null ? null : serviceErrorCode.toString());
        Kind trouble = NetworkHttp.troubleOf(status);
        if (trouble != null) {
            return new Verdict.Transient(trouble, null, raw);
        }
        return new Verdict.Dead(causeOfApi(status, code, serviceErrorCode), raw, message);
    }

    /**
     * An OAuth endpoint's error. A refused client ({@code invalid_client}, or a 401: LinkedIn's
     * introspection answers 401 to a wrong client secret) is Relink's own app, every member hit. A
     * refused refresh names no finer reason in a documented field; its description is read for
     * "revoked" and "expired" [U: wording not documented], else the refresh simply failed.
     */
    public static Verdict.Dead ofOAuthError(
            int status, String error, String description, Step step) {
        return new Verdict.Dead(
                causeOfOAuth(status, error, description, step),
                rawCode(status, error),
                description);
    }

    private static Cause causeOfApi(int status, String code, Integer serviceErrorCode) {
        int service = serviceErrorCode == null ? -1 : serviceErrorCode;
        if ("REVOKED_ACCESS_TOKEN".equals(code) || service == 65601) {
            return Cause.REVOKED_BY_USER;
        }
        if ("EXPIRED_ACCESS_TOKEN".equals(code) || service == 65602) {
            return Cause.LIFESPAN_ENDED;
        }
        if (status == 403 && ("ACCESS_DENIED".equals(code) || service == 100)) {
            return Cause.SCOPE_MISSING;
        }
        // 65600 "Invalid access token" and anything new: definitive, but with no finer reason.
        return Cause.UNKNOWN;
    }

    private static Cause causeOfOAuth(int status, String error, String description, Step step) {
        if (status == 401
                || "invalid_client".equals(error)
                || "unauthorized_client".equals(error)) {
            return Cause.APP_PROBLEM;
        }
        if (step != Step.REFRESH) {
            return Cause.UNKNOWN;
        }
        String words = description == null ? "" : description.toLowerCase(Locale.ROOT);
        if (words.contains("revoked")) {
            return Cause.REVOKED_BY_USER;
        }
        // The refresh token's 365 days (from the first consent) ran out; Relink normally sees this
        // coming from refreshExpiresAt and never asks.
        return words.contains("expired") ? Cause.LIFESPAN_ENDED : Cause.REFRESH_FAILED;
    }

    /** The HTTP status and the codes that are present, joined by slashes. */
    static String rawCode(int status, String... codes) {
        return Stream.concat(
                        Stream.of(String.valueOf(status)),
                        Stream.of(codes).filter(Objects::nonNull).filter(c -> !c.isBlank()))
                .collect(Collectors.joining("/"));
    }
}
