package io.relink.networks.meta;

import io.relink.networks.Callback;
import io.relink.networks.Cause;
import io.relink.networks.Revocation;
import io.relink.networks.SignedRequests;
import io.relink.networks.VerifiedCallback;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads Meta's two signed callbacks, both a POST with the form field {@code signed_request} naming
 * the app-scoped {@code user_id} (Facebook Login settings, and the same format for Instagram and
 * Threads [C/U]), verified alike with the app secret:
 *
 * <ul>
 *   <li>{@code deauthorize}, sent when a person removes the app: their tokens die;
 *   <li>{@code data-deletion} (the "Data Deletion Request Callback"), sent when a person asks the
 *       app to delete their data: their tokens die and are erased, which the {@link Revocation}
 *       says with {@link Revocation#erasure()}. Meta wants {@code {url, confirmation_code}} in
 *       answer; giving it is the callback endpoint's business, not the adapter's.
 * </ul>
 */
public final class Deauthorizations {

    /**
     * The kind of callback sent when a person removes the app: the last path segment of its URL.
     */
    public static final String KIND = "deauthorize";

    /**
     * How old a signed request may be. Meta posts the callback right after the removal, and its
     * payload carries {@code issued_at}; ten minutes leave room for clock drift and Meta's retries
     * while keeping a captured request from being replayed later.
     */
    public static final Duration MAX_AGE = Duration.ofMinutes(10);

    private Deauthorizations() {}

    /**
     * The revocation a genuine callback tells, when it was issued and its fingerprint.
     *
     * @throws UnsupportedOperationException for another kind of callback
     * @throws IllegalArgumentException when it is not genuine or names no user
     */
    public static VerifiedCallback read(
            Callback callback, String appSecret, Instant now, String network) {
        boolean erasure = Callback.DATA_DELETION.equals(callback.kind());
        if (!erasure && !KIND.equals(callback.kind())) {
            throw new UnsupportedOperationException(
                    network + " sends Relink no " + callback.kind() + " callback");
        }
        return SignedRequests.read(
                callback.kind(),
                callback.form().get("signed_request"),
                appSecret,
                now,
                MAX_AGE,
                payload -> revocation(payload, erasure, network));
    }

    private static Revocation revocation(JsonObject payload, boolean erasure, String network) {
        String user;
        try {
            user = GraphJson.id(payload, "user_id");
        } catch (ArithmeticException fraction) {
            throw new IllegalArgumentException("signed_request names no whole user_id");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("signed_request names no user_id");
        }
        return erasure
                ? new Revocation(
                        user,
                        Cause.REVOKED_BY_USER,
                        "data-deletion-callback",
                        "The person asked for their data to be deleted in their "
                                + network
                                + " settings.",
                        true)
                : new Revocation(
                        user,
                        Cause.REVOKED_BY_USER,
                        "deauthorize-callback",
                        "The person removed Relink's app in their " + network + " settings.");
    }
}
