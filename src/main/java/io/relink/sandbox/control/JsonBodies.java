package io.relink.sandbox.control;

import io.relink.problems.ProblemException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Map;

/** Reads a request body that must be one JSON object; anything else is a 400 "malformed body". */
final class JsonBodies {

    private JsonBodies() {}

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw malformed("The body is empty; send a JSON object.");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            throw malformed("The body is not a JSON object.");
        }
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-body", "Malformed body", detail, Map.of());
    }
}
