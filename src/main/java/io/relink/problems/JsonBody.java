package io.relink.problems;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request body that must be one JSON object, read field by field with answers people can act on:
 * a malformed body, an unknown field, a wrong type or a missing value is a 400 problem naming the
 * field, before anything changes. Used instead of JSON-B binding because binding answers a wrong
 * type with a generic error and silently drops unknown fields.
 */
public final class JsonBody {

    /** The largest body any endpoint takes. */
    public static final int MAX_CHARS = 64 * 1024;

    private final JsonObject json;

    private JsonBody(JsonObject json) {
        this.json = json;
    }

    /** Reads the body; only the named fields are allowed. */
    public static JsonBody of(String body, Set<String> fields) {
        JsonBody parsed = object(body);
        for (String name : parsed.json.keySet()) {
            if (!fields.contains(name)) {
                throw ProblemException.invalidParameter(
                        name,
                        "Unknown field '"
                                + name
                                + "'; allowed: "
                                + String.join(", ", fields.stream().sorted().toList())
                                + ".");
            }
        }
        return parsed;
    }

    /** Reads the body, whatever its fields. */
    public static JsonBody object(String body) {
        if (body == null || body.isBlank()) {
            throw malformed("The body is empty; send a JSON object.");
        }
        if (body.length() > MAX_CHARS) {
            throw new ProblemException(
                    413,
                    "too-large",
                    "Body too large",
                    "The body has "
                            + body.length()
                            + " characters; at most "
                            + MAX_CHARS
                            + " are accepted.",
                    Map.of());
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return new JsonBody(reader.readObject());
        } catch (JsonException | IllegalStateException notAnObject) {
            throw malformed("The body is not a JSON object.");
        } catch (RuntimeException unreadable) {
            // The parser's own limits (nesting deeper than it goes) throw a bare RuntimeException:
            // still the body's fault, not Relink's.
            throw malformed("The body is not a JSON object Relink can read (nested too deeply?).");
        }
    }

    public JsonObject json() {
        return json;
    }

    public boolean has(String field) {
        return json.containsKey(field)
                && json.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    public Optional<String> text(String field, int maxLength) {
        if (!has(field)) {
            return Optional.empty();
        }
        if (!(json.get(field) instanceof JsonString text)) {
            throw wrong(field, "a string");
        }
        String value = text.getString().strip();
        if (value.isEmpty() || value.length() > maxLength) {
            throw ProblemException.invalidParameter(
                    field, "'" + field + "' must have 1 to " + maxLength + " characters.");
        }
        return Optional.of(value);
    }

    public String requiredText(String field, int maxLength) {
        return text(field, maxLength).orElseThrow(() -> missing(field));
    }

    public Optional<Boolean> flag(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonValue value = json.get(field);
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Optional.of(true);
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Optional.of(false);
        }
        throw wrong(field, "true or false");
    }

    public Optional<Integer> whole(String field, int min, int max) {
        if (!has(field)) {
            return Optional.empty();
        }
        if (!(json.get(field) instanceof JsonNumber number) || !number.isIntegral()) {
            throw wrong(field, "a whole number");
        }
        int value;
        try {
            value = number.intValueExact();
        } catch (ArithmeticException tooBig) {
            value = Integer.MAX_VALUE;
        }
        if (value < min || value > max) {
            throw ProblemException.invalidParameter(
                    field, "'" + field + "' must be between " + min + " and " + max + ".");
        }
        return Optional.of(value);
    }

    public List<String> texts(String field, int maxItems, int maxLength) {
        if (!has(field)) {
            return List.of();
        }
        if (!(json.get(field) instanceof JsonArray array)) {
            throw wrong(field, "an array of strings");
        }
        if (array.size() > maxItems) {
            throw ProblemException.invalidParameter(
                    field, "'" + field + "' takes at most " + maxItems + " items.");
        }
        List<String> values = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)
                    || text.getString().isBlank()
                    || text.getString().length() > maxLength) {
                throw wrong(field, "an array of strings");
            }
            values.add(text.getString().strip());
        }
        return values;
    }

    /**
     * A value from a fixed list (an enum's names, case as given); anything else names the choices.
     */
    public <E extends Enum<E>> Optional<E> constant(String field, Class<E> type) {
        return text(field, 64)
                .map(
                        name -> {
                            for (E constant : type.getEnumConstants()) {
                                if (constant.name().equals(name)) {
                                    return constant;
                                }
                            }
                            throw ProblemException.invalidParameter(
                                    field,
                                    "'"
                                            + field
                                            + "' must be one of "
                                            + java.util.Arrays.toString(type.getEnumConstants())
                                            + ".");
                        });
    }

    public static ProblemException missing(String field) {
        return ProblemException.invalidParameter(field, "'" + field + "' is required.");
    }

    private static ProblemException wrong(String field, String what) {
        return ProblemException.invalidParameter(field, "'" + field + "' must be " + what + ".");
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-body", "Malformed body", detail, Map.of());
    }
}
