package io.relink.networks.meta;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small readers for the fields every Meta answer uses the same way. Pure. */
public final class GraphJson {

    private GraphJson() {}

    /** A Unix time in seconds; absent or 0 (Meta's "never") is null. */
    public static Instant epoch(JsonObject object, String name) {
        if (!(object.get(name) instanceof JsonNumber seconds) || seconds.longValue() == 0) {
            return null;
        }
        return Instant.ofEpochSecond(seconds.longValueExact());
    }

    /** {@code now} plus a number of seconds ({@code expires_in}); absent is null. */
    public static Instant after(Instant now, JsonObject object, String name) {
        return object.get(name) instanceof JsonNumber seconds
                ? now.plusSeconds(seconds.longValueExact())
                : null;
    }

    /** Scopes given as a JSON array of strings or as one string separated by commas or spaces. */
    public static Set<String> scopes(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        if (value instanceof JsonString text) {
            return Stream.of(text.getString().split("[,\\s]+"))
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        return Set.of();
    }

    /** An id that Meta sends as a string, or as a number in some answers [C]. */
    public static String id(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number) {
            return number.bigIntegerValueExact().toString();
        }
        return value instanceof JsonString text ? text.getString() : null;
    }
}
