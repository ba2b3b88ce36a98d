package io.relink.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every answer carries, pages, API, error pages and the answers the authentication
 * mechanism writes (the redirect to sign in, a 401) alike: no framing, no sniffing, no referrer to
 * other sites, a content security policy, and no caching of anything but the static resources.
 *
 * <p>Set twice on purpose: {@link CallerAuthentication}, which the server calls before any filter,
 * sets them first, so that its own answers carry them; this filter sets them again for forwards and
 * error dispatches, which do not pass the mechanism.
 *
 * <p>The Faces pages: everything from this origin, no framing, no plugins, and no inline script but
 * those signed with the page's nonce. PrimeFaces' CSP mode (switched on in {@code web.xml}, with
 * {@link #PAGE_POLICY} as its policy) moves every inline handler into a script, signs the page's
 * scripts with a nonce of its own and sends this policy with {@code 'nonce-…'} appended; this
 * filter lets that header replace the one it set first, so that a page carries one policy, not two
 * (a browser enforces every policy it is given: the unsigned one would block the signed scripts).
 * Inline styles stay allowed: PrimeFaces' widgets position themselves with them. Relink's own page
 * behaviour is in {@code resources/js/relink.js}. Everything else (the API documentation page, a
 * redirect, a static file) gets scripts of this origin only; the API allows nothing at all.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {
            DispatcherType.REQUEST,
            DispatcherType.FORWARD,
            DispatcherType.ERROR,
            DispatcherType.ASYNC
        })
public class SecurityHeaders extends HttpFilter {

    /** The pages' policy; PrimeFaces appends the page's nonce to its last word, script-src. */
    static final String PAGE_POLICY =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src"
                    + " 'self' data:; connect-src 'self'; frame-ancestors 'none'; object-src"
                    + " 'none'; base-uri 'self'; script-src 'self'";

    static final String STATIC_POLICY =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                    + " frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final String POLICY = "Content-Security-Policy";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = original(request);
        apply(path, response);
        chain.doFilter(request, path.startsWith("/api/") ? response : new OnePolicy(response));
    }

    /**
     * Lets a policy added later (PrimeFaces' signed one) replace the one this filter set, rather
     * than stand beside it.
     */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    /** The path the client asked for, also inside a forward or an error dispatch. */
    private static String original(HttpServletRequest request) {
        Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (asked == null) {
            asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        }
        return asked instanceof String uri
                ? uri.substring(Math.min(uri.length(), request.getContextPath().length()))
                : CallerAuthentication.path(request);
    }

    /** Sets the headers for an answer to {@code path} (the path inside the application). */
    static void apply(String path, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(
                POLICY,
                path.startsWith("/api/")
                        ? API_POLICY
                        : path.equals("/api.html") ? STATIC_POLICY : PAGE_POLICY);
        if (!path.startsWith("/jakarta.faces.resource/")
                && !path.startsWith("/resources/")
                && !path.startsWith("/webjars/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
