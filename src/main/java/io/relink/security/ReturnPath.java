package io.relink.security;

import java.util.Optional;

/**
 * Where a person goes after signing in, when a page sent them to sign in first: the page they asked
 * for, and only if it is a page of Relink itself. The value travels through the session and ends up
 * in a {@code Location} header, so anything that a browser could read as another site ({@code
 * //evil.example}, {@code /\evil.example}, {@code https://…}) or that would split a header is
 * refused: no open redirect.
 */
final class ReturnPath {

    /** The session attribute that remembers the page until the sign-in succeeds. */
    static final String SESSION = "relink.return-to";

    /** Longer than any page of Relink with its parameters; a longer one is not worth keeping. */
    static final int MAX_LENGTH = 2000;

    private ReturnPath() {}

    /**
     * The path (within the application, without its context path) and query of a request, if a
     * person may be sent back there after signing in.
     *
     * @param query the query string as the request had it, or null
     */
    static Optional<String> of(String path, String query) {
        if (path == null) {
            return Optional.empty();
        }
        return check(query == null || query.isEmpty() ? path : path + "?" + query);
    }

    /** The remembered value, checked again as it leaves the session. */
    static Optional<String> check(String where) {
        if (where == null
                || where.isEmpty()
                || where.length() > MAX_LENGTH
                || where.charAt(0) != '/'
                || where.startsWith("//")
                || where.indexOf('\\') >= 0
                || where.chars().anyMatch(c -> c < 0x21 || c >= 0x7f)) {
            return Optional.empty();
        }
        String path = where.split("[?#]", 2)[0];
        if (path.equals(CallerAuthentication.LOGIN_PAGE)
                || path.startsWith("/j_security_check")
                || path.startsWith(SingleSignOn.PATH)
                || path.startsWith("/api/")) {
            return Optional.empty(); // signing in again, or not a page
        }
        return Optional.of(where);
    }
}
