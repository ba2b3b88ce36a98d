package io.relink.networks.meta;

import io.relink.networks.Callback;
import io.relink.networks.Revocation;
import io.relink.networks.SignedRequests;
import io.relink.tokens.entity.Cause;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads Meta's deauthorize callback: a POST with the form field {@code signed_request}, sent when
 * a person removes the app (Facebook Login settings, and the same format for Instagram and
 * Threads [C/U]). Verified with the app secret; the payload names the app-scoped {@code user_id}.
 *
 * <p>Only {@code deauthorize} is read. Meta's data-deletion callback uses the same signed request
 * but must be answered with {@code {url, confirmation_code}}, which Relink's shared callback
 * endpoint does not give; it is not offered (register no deletion URL that points at Relink).
 */
public final class Deauthorizations {

    /** The kind of callback Relink reads: the last path segment of its URL. */
    public static final String KIND = "deauthorize";

    /**
     * How old a signed request may be. Meta posts the callback right after the removal, and its
     * payload carries {@code issued_at}; ten minutes leave room for clock drift and Meta's retries
     * while keeping a captured request from being replayed later.
     */
    public static final Duration MAX_AGE = Duration.ofMinutes(10);

    private Deauthorizations() {}

    /**
     * The revocation a genuine callback tells.
     *
     * @throws UnsupportedOperationException for another kind of callback
     * @throws IllegalArgumentException when it is not genuine or names no user
     */
    public static Revocation read(Callback callback, String appSecret, Instant now, String network) {
        if (!KIND.equals(callback.kind())) {
            throw new UnsupportedOperationException(network + " sends Relink no " + callback.kind() + " callback");
        }
        JsonObject payload = SignedRequests.verify(callback.form().get("signed_request"), appSecret, now, MAX_AGE);
        String user = GraphJson.id(payload, "user_id");
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("signed_request names no user_id");
        }
        return new Revocation(user, Cause.REVOKED_BY_USER, "deauthorize-callback",
                "The person removed Relink's app in their " + network + " settings.");
    }
}
