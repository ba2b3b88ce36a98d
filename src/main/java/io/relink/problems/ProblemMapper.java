package io.relink.problems;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one exception mapper: every failure of the REST API leaves as {@code
 * application/problem+json}. Known failures keep their status; anything unexpected becomes a 500
 * with an incident id that is also in the log, and never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        if (cause instanceof ProblemException problem) {
            return Problem.response(problem, instance);
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String title = web.getResponse().getStatusInfo().getReasonPhrase();
            String allowed = web.getResponse().getHeaderString("Allow");
            String detail =
                    status == 404
                            ? "No such resource."
                            : status == 405 && allowed != null
                                    ? "This resource takes " + allowed + " only."
                                    : web.getMessage();
            if (web.getCause() instanceof JsonbException
                    || web.getCause() instanceof JsonParsingException) {
                return Problem.response(
                        400,
                        "malformed-body",
                        "Malformed body",
                        "The body is not valid JSON of the expected shape.",
                        instance,
                        Map.of());
            }
            Response answer =
                    Problem.response(status, slug(title), title, detail, instance, Map.of());
            return allowed == null
                    ? answer
                    : Response.fromResponse(answer).header("Allow", allowed).build();
        }
        if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
            return Problem.response(
                    400,
                    "malformed-body",
                    "Malformed body",
                    "The body is not valid JSON of the expected shape.",
                    instance,
                    Map.of());
        }
        if (cause instanceof ConstraintViolationException violations) {
            return Problem.response(
                    400,
                    "invalid-request",
                    "Invalid request",
                    violations.getConstraintViolations().stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .sorted()
                            .toList()
                            .toString(),
                    instance,
                    Map.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + instance, failure);
        return Problem.response(
                500,
                "internal-error",
                "Internal error",
                "Something went wrong on Relink's side. Incident "
                        + incident
                        + " is in the server log.",
                instance,
                Map.of("incident", incident));
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String slug(String title) {
        return title == null ? "error" : title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
