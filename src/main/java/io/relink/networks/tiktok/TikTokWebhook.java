package io.relink.networks.tiktok;

import io.relink.networks.Revocation;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a TikTok webhook event whose signature is verified: an {@code authorization.removed} event
 * becomes a {@link Revocation} of the person's grant; every other event (video uploads and
 * publications, data portability) tells nothing Relink acts on. Pure.
 *
 * <p>The event (developers.tiktok.com/doc/webhooks-events [D]): {@code {"client_key":"…","event":
 * "authorization.removed","create_time":1615338610,"user_openid":"…","content":"{\"reason\":1}"}},
 * {@code content} being JSON serialized into a string. TikTok has revoked the token already when
 * the event arrives, and delivers at least once, so the same event may come again: reading it twice
 * revokes nothing more.
 */
final class TikTokWebhook {

    static final String AUTHORIZATION_REMOVED = "authorization.removed";

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private TikTokWebhook() {}

    /**
     * The revocation an event tells of, or null for an event Relink does not act on.
     *
     * @throws IllegalArgumentException when the body is not a TikTok event
     */
    static Revocation revocation(String body) {
        JsonObject event = object(body, "the body");
        if (!(event.get("event") instanceof JsonString name)) {
            throw new IllegalArgumentException("the body names no event");
        }
        if (!AUTHORIZATION_REMOVED.equals(name.getString())) {
            return null;
        }
        if (!(event.get("user_openid") instanceof JsonString user) || user.getString().isBlank()) {
            throw new IllegalArgumentException(AUTHORIZATION_REMOVED + " names no user_openid");
        }
        Integer reason = reason(event.get("content"));
        return new Revocation(
                user.getString(),
                TikTokCauses.removal(reason),
                AUTHORIZATION_REMOVED + (reason == null ? "" : "/" + reason),
                TikTokCauses.removalMessage(reason));
    }

    /**
     * When the event happened ({@code create_time}, unix seconds, inside the signed body), if it
     * says so plausibly; a retry signed later still names the first attempt's time.
     */
    static Optional<Instant> createdAt(String body) {
        if (object(body, "the body").get("create_time") instanceof JsonNumber seconds
                && seconds.isIntegral()
                && seconds.bigIntegerValue().bitLength() < 40) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        return Optional.empty();
    }

    /**
     * The reason in {@code content}, or null when it names none. The access is gone whatever the
     * reason, so a missing one still revokes (as {@code UNKNOWN}); only content that is not JSON is
     * refused. An object in place of the documented string is read too [U].
     */
    private static Integer reason(JsonValue content) {
        JsonObject details;
        if (content == null || content == JsonValue.NULL) {
            return null;
        } else if (content instanceof JsonString serialized) {
            details = object(serialized.getString(), "content");
        } else if (content instanceof JsonObject object) {
            details = object;
        } else {
            throw new IllegalArgumentException("content is neither serialized JSON nor an object");
        }
        JsonValue reason = details.get("reason");
        if (reason instanceof JsonNumber number
                && number.isIntegral()
                && number.bigIntegerValue().bitLength() < 16) {
            return number.intValue();
        }
        if (reason instanceof JsonString text && text.getString().strip().matches("\\d{1,3}")) {
            return Integer.valueOf(text.getString().strip());
        }
        return null;
    }

    private static JsonObject object(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
    }
}
