package io.relink.problems;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A failure that has a clear answer for the client: an HTTP status, a short title and a detail
 * saying what was wrong. Rendered as {@code application/problem+json} by {@link ProblemMapper}.
 */
@ApplicationException(rollback = true)
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(
            int status, String type, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "invalid-request", "Invalid request", detail, Map.of());
    }

    public static ProblemException invalidParameter(String parameter, String detail) {
        return new ProblemException(
                400,
                "invalid-parameter",
                "Invalid parameter",
                detail,
                Map.of("parameter", parameter));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(
                404,
                "not-found",
                "Not found",
                "No " + what + " " + id + " in this workspace.",
                Map.of());
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, Map.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, Map.of());
    }

    /**
     * The request is well-formed but the resource's state does not allow it (e.g. checking an
     * unlinked channel).
     */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, Map.of());
    }

    /** Something Relink depends on cannot serve the request now; worth retrying later. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "unavailable", "Service unavailable", detail, Map.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
