package io.relink.sandbox.control;

import io.relink.sandbox.entity.Outage;
import io.relink.sandbox.entity.OutageKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The JSON bodies the SANDBOX network answers with, shaped as the contract (src/docs/sandbox.md)
 * says. Built in one place so that every endpoint that gives a token answer or an error gives the
 * same shape.
 */
public final class Answers {

    /** What a GARBAGE outage answers with a 200: something a JSON parser must refuse. */
    public static final String GARBAGE = "<html><body>oops</body></html>";

    private Answers() {}

    public static JsonObject token(SandboxAccounts.Issued issued, String userId, Instant now) {
        return Json.createObjectBuilder()
                .add("access_token", issued.accessToken())
                .add("token_type", "Bearer")
                .add("expires_in", secondsLeft(now, issued.expiresAt()))
                .add("refresh_token", issued.refreshToken())
                .add("refresh_token_expires_in", secondsLeft(now, issued.refreshExpiresAt()))
                .add("scope", Scopes.format(issued.scopes()))
                .add("user_id", userId)
                .build();
    }

    /** An OAuth error ({@code invalid_request}, {@code invalid_client}, ...). */
    public static JsonObject oauthError(String error, String description) {
        return Json.createObjectBuilder()
                .add("error", error)
                .add("error_description", description)
                .build();
    }

    /** A refused grant, with the code that says why. */
    public static JsonObject invalidGrant(ErrorCode reason, String description) {
        return Json.createObjectBuilder()
                .add("error", "invalid_grant")
                .add("error_description", description)
                .add("reason", reason.code())
                .build();
    }

    public static JsonObject introspection(Inspection inspection) {
        if (!inspection.works()) {
            return Json.createObjectBuilder()
                    .add("active", false)
                    .add("error", error(inspection.error()))
                    .build();
        }
        return Json.createObjectBuilder()
                .add("active", true)
                .add("scope", Scopes.format(inspection.scopes()))
                .add("exp", inspection.expiresAt().getEpochSecond())
                .add("sub", inspection.accountId())
                .add("username", inspection.accountName())
                .build();
    }

    /** The body of a refused {@code /api} call. */
    public static JsonObject apiError(ErrorCode code) {
        return Json.createObjectBuilder().add("error", error(code)).build();
    }

    public static JsonObject me(Inspection inspection) {
        return Json.createObjectBuilder()
                .add("id", inspection.accountId())
                .add("name", inspection.accountName())
                .add("scopes", Json.createArrayBuilder(Scopes.ordered(inspection.scopes())))
                .build();
    }

    public static JsonObject pages(List<SandboxAccounts.PageSpec> pages) {
        var data = Json.createArrayBuilder();
        pages.forEach(
                page ->
                        data.add(
                                Json.createObjectBuilder()
                                        .add("id", page.id())
                                        .add("name", page.name())));
        return Json.createObjectBuilder().add("data", data).build();
    }

    /**
     * {@code {"kind":…,"ends_at":…}} of a running outage (an account's or the network's), or JSON
     * null when there is none.
     */
    public static JsonValue outage(Optional<Outage> running) {
        return running.<JsonValue>map(
                        o ->
                                Json.createObjectBuilder()
                                        .add("kind", o.kind().name())
                                        .add("ends_at", o.endsAt().toString())
                                        .build())
                .orElse(JsonValue.NULL);
    }

    /** The body of a whole call hit by an outage (GARBAGE has none: see {@link #GARBAGE}). */
    public static JsonObject trouble(OutageKind kind) {
        String error =
                switch (kind) {
                    case SERVER_ERROR -> "temporarily_unavailable";
                    case RATE_LIMITED -> "rate_limited";
                    case TIMEOUT -> "timeout";
                    case GARBAGE ->
                            throw new IllegalArgumentException("GARBAGE answers with no JSON");
                };
        return Json.createObjectBuilder().add("error", error).build();
    }

    /** One batch item hit by its account's outage; only that item fails. */
    public static JsonObject batchItem(Trouble trouble) {
        JsonObjectBuilder item = Json.createObjectBuilder();
        switch (trouble.kind()) {
            case SERVER_ERROR -> item.add("status", 503);
            case RATE_LIMITED ->
                    item.add("status", 429).add("retry_after", trouble.retryAfterSeconds());
            case TIMEOUT -> item.add("status", 504);
            // The body is a string where an object belongs, as a broken proxy would leave it.
            case GARBAGE -> item.add("status", 200).add("body", "<html>oops");
        }
        return item.build();
    }

    public static JsonObject batchItem(Inspection inspection) {
        return Json.createObjectBuilder()
                .add("status", 200)
                .add("body", introspection(inspection))
                .build();
    }

    private static JsonObject error(ErrorCode code) {
        return Json.createObjectBuilder()
                .add("code", code.code())
                .add("message", code.message())
                .build();
    }

    /**
     * Rounded to the nearest second: a token issued a few microseconds ago still says 3600, not
     * 3599.
     */
    static long secondsLeft(Instant now, Instant end) {
        return Math.max(0, (Duration.between(now, end).toMillis() + 500) / 1000);
    }
}
