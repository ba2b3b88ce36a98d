package io.relink.problems;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * The one limit on request bodies of the REST API, authenticated or not (callbacks included): a
 * body that says it is longer than {@link #MAX_BYTES} is refused with 413 before a byte of it is
 * read, and one that does not say (chunked) is read up to the limit and refused with 413 there;
 * nothing reads the rest (the connection is closed after the answer; see server-config). The pages
 * have their own guard ({@code security.RequestLimits}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter {

    /** The largest body any endpoint takes, in bytes. */
    public static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            // The container holds the body to its declared length: nothing more to count.
            if (tooLong(declared)) {
                refuse(request);
            }
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        // No declared length (chunked): read up to the limit, here, where the refusal is still an
        // answer of its own and not a failure in the middle of a resource's reading.
        byte[] body = request.getEntityStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            refuse(request);
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /**
     * Answers 413 at once, and closes the connection after it, so that the server does not read the
     * rest of the body to keep the connection alive.
     */
    private static void refuse(ContainerRequestContext request) {
        ProblemException tooLarge = tooLarge();
        request.abortWith(
                Response.fromResponse(
                                Problem.response(
                                        tooLarge, request.getUriInfo().getRequestUri().getPath()))
                        .header("Connection", "close")
                        .build());
    }

    /** Whether a Content-Length header asks for more than the limit (or is no number at all). */
    public static boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > MAX_BYTES;
        } catch (NumberFormatException notANumber) {
            return true;
        }
    }

    static ProblemException tooLarge() {
        return new ProblemException(
                413,
                "too-large",
                "Body too large",
                "A request body may have at most " + MAX_BYTES + " bytes.",
                Map.of());
    }
}
