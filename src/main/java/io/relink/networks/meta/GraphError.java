package io.relink.networks.meta;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One error of Meta's Graph APIs (Facebook, Instagram, Threads), as the network sent it: the
 * numeric code, the subcode that tells most causes apart, the type and the message. Pure.
 *
 * <p>Graph answers carry {@code {"error":{"code":190,"error_subcode":460,"type":"OAuthException",
 * "message":…}}}; inside a {@code debug_token} answer the same object names its subcode {@code
 * subcode} [C]; Instagram's older OAuth endpoint answers flat {@code {"error_type":…,"code":400,
 * "error_message":…}} [C]. All three are read.
 *
 * @param subcode null when the network sent none
 */
public record GraphError(int code, Integer subcode, String type, String message) {

    /**
     * The error object of an error answer; an answer with none throws (a malformed answer, not a
     * verdict).
     */
    public static GraphError in(JsonObject answer) {
        if (answer.get("error") instanceof JsonObject error) {
            return of(error);
        }
        if (answer.containsKey("error_message") || answer.containsKey("error_type")) {
            return new GraphError(
                    number(answer, "code"),
                    null,
                    answer.getString("error_type", null),
                    answer.getString("error_message", null));
        }
        throw new IllegalStateException("an error answer without an error object");
    }

    /** Reads an error object in either of its namings of the subcode. */
    public static GraphError of(JsonObject error) {
        Integer subcode =
                error.containsKey("error_subcode")
                        ? Integer.valueOf(number(error, "error_subcode"))
                        : error.containsKey("subcode")
                                ? Integer.valueOf(number(error, "subcode"))
                                : null;
        return new GraphError(
                number(error, "code"),
                subcode,
                error.getString("type", null),
                error.getString("message", null));
    }

    /** The code kept for support: {@code 190/460}, or {@code 190} without a subcode. */
    public String rawCode() {
        return subcode == null ? String.valueOf(code) : code + "/" + subcode;
    }

    /**
     * Meta sends some numbers as strings ({@code "code":"190"} in older answers [C]); both are
     * read.
     */
    private static int number(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number) {
            return number.intValueExact();
        }
        return Integer.parseInt(object.getString(name).strip());
    }
}
