package io.relink.problems;

import java.util.UUID;

/**
 * Ids as they arrive in paths: a malformed one names nothing, so it is a 404 like an unknown one.
 */
public final class Ids {

    private Ids() {}

    /**
     * The id in canonical form.
     *
     * @param what what the id names, for the problem's detail ("channel", "API key")
     * @throws ProblemException 404 when the text is not a UUID
     */
    public static UUID of(String raw, String what) {
        try {
            UUID id = UUID.fromString(raw);
            // UUID.fromString also takes shortened forms ("1-1-1-1-1"); only the canonical form
            // names anything.
            if (id.toString().equalsIgnoreCase(raw)) {
                return id;
            }
        } catch (IllegalArgumentException | NullPointerException malformed) {
            // falls through to the 404
        }
        throw ProblemException.notFound(what, raw);
    }

    /**
     * An id given in a body or a query parameter: a malformed one is bad input (400 naming the
     * field), not a 404.
     *
     * @param field the body's field or the parameter, for the problem
     */
    public static UUID inBody(String raw, String field) {
        try {
            return of(raw, field);
        } catch (ProblemException malformed) {
            throw ProblemException.invalidParameter(
                    field, "'" + raw + "' in '" + field + "' is not an id.");
        }
    }
}
