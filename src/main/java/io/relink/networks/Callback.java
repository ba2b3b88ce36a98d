package io.relink.networks;

import java.util.Map;
import java.util.Optional;

/**
 * A request a network sent to Relink on its own (a deauthorize callback, a webhook), as it arrived:
 * which callback, its headers (names in lower case), its raw body and, for a form, its fields. The
 * adapter verifies and reads it.
 *
 * @param kind the last path segment, e.g. {@code deauthorize} or {@code events}
 */
public record Callback(
        String kind, Map<String, String> headers, String body, Map<String, String> form) {

    /**
     * The kind of a request to delete a person's data (Meta's "Data Deletion Request Callback"):
     * whatever network sends it, it is answered with a confirmation code whose status can be read
     * under the same path.
     */
    public static final String DATA_DELETION = "data-deletion";

    public Callback {
        headers = Map.copyOf(headers);
        form = Map.copyOf(form);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    public String toString() {
        return "Callback[" + kind + "]";
    }
}
