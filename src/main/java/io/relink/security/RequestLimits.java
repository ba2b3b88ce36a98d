package io.relink.security;

import io.relink.problems.BodyLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * What the pages (and the sign-in form) take: the methods a browser uses on them ({@value
 * #ALLOWED}; anything else is a 405, not the 501 the servlet default gives), and a body of declared
 * length up to the REST API's limit ({@link BodyLimit#MAX_BYTES}; a longer one is a 413, a chunked
 * one, which no browser sends for a form, a 411). Refused before a byte of the body is read, and
 * before anything else: {@link CallerAuthentication}, which the server calls first for every
 * request, asks here (so a protected page refuses a PATCH too, rather than send it to sign in). The
 * REST API ({@code /api/}) and the SANDBOX ({@code /sandbox/}) are left to JAX-RS, which answers
 * the same in its own terms ({@code problems.BodyLimit}, {@code problems.MediaTypes}).
 */
final class RequestLimits {

    static final String ALLOWED = "GET, HEAD, POST, OPTIONS";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");

    private RequestLimits() {}

    /** Whether the request is for a page (or the sign-in form): neither the API nor the SANDBOX. */
    static boolean page(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/sandbox/");
    }

    /** The status a page request is refused with, if it is. */
    static Optional<Integer> refusal(HttpServletRequest request) {
        if (!METHODS.contains(request.getMethod())) {
            return Optional.of(405);
        }
        String length = request.getHeader("Content-Length");
        if (length != null && BodyLimit.tooLong(length)) {
            return Optional.of(413);
        }
        if (length == null && request.getHeader("Transfer-Encoding") != null) {
            return Optional.of(411);
        }
        return Optional.empty();
    }

    /** Answers the refusal at once, and closes the connection rather than read the body. */
    static void refuse(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        if (status == 405) {
            response.setHeader("Allow", ALLOWED);
        } else {
            response.setHeader("Connection", "close");
        }
        response.setContentType("text/plain;charset=UTF-8");
        String why =
                switch (status) {
                    case 405 -> "This page takes " + ALLOWED + " only.";
                    case 413 -> "A form may send at most " + BodyLimit.MAX_BYTES + " bytes.";
                    default -> "Send the form with a Content-Length.";
                };
        response.getOutputStream().write((why + "\n").getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }
}
