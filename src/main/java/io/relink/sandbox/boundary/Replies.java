package io.relink.sandbox.boundary;

import io.relink.sandbox.control.Answers;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the SANDBOX network's HTTP answers from its JSON bodies. */
final class Replies {

    private Replies() {}

    /**
     * JSON, never cached: token answers must not be (RFC 6749 section 5.1), and nothing here is
     * static.
     */
    static Response json(int status, JsonObject body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    static Response ok(JsonObject body) {
        return json(200, body);
    }

    static Response oauthError(int status, String error, String description) {
        return json(status, Answers.oauthError(error, description));
    }

    static EarlyAnswer invalidRequest(String description) {
        return new EarlyAnswer(oauthError(400, "invalid_request", description));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
