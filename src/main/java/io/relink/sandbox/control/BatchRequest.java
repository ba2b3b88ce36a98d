package io.relink.sandbox.control;

import io.relink.problems.JsonBody;
import io.relink.problems.ProblemException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated batch introspection: 1 to {@value #MAX_ITEMS} items, each a token and an optional
 * page, in request order. Anything else is a 400 naming {@code items}.
 */
public record BatchRequest(List<Item> items) {

    public static final int MAX_ITEMS = 50;
    static final int MAX_VALUE = 500;

    public BatchRequest {
        items = List.copyOf(items);
    }

    /** One token to inspect, for a page or (page null) for none. toString hides the token. */
    public record Item(String token, String page) {

        @Override
        public String toString() {
            return "Item[page=" + page + ", token=***]";
        }
    }

    public static BatchRequest parse(String body) {
        JsonObject json = JsonBody.object(body).json();
        JsonValue raw = json.get("items");
        if (!(raw instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_ITEMS) {
            throw ProblemException.invalidParameter(
                    "items",
                    "items must be an array of 1 to "
                            + MAX_ITEMS
                            + " {\"token\",\"page\"} objects.");
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject item)) {
                throw ProblemException.invalidParameter(
                        "items", "items[" + i + "] must be an object.");
            }
            String token = text(item, "token", i);
            if (token == null || token.isBlank()) {
                throw ProblemException.invalidParameter(
                        "items", "items[" + i + "].token is required.");
            }
            String page = text(item, "page", i);
            items.add(new Item(token, page == null || page.isBlank() ? null : page));
        }
        return new BatchRequest(items);
    }

    private static String text(JsonObject item, String field, int index) {
        JsonValue value = item.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string) || string.getString().length() > MAX_VALUE) {
            throw ProblemException.invalidParameter(
                    "items",
                    "items["
                            + index
                            + "]."
                            + field
                            + " must be a string of at most "
                            + MAX_VALUE
                            + " characters.");
        }
        return string.getString();
    }
}
