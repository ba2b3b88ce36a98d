package io.relink.problems;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Map;

/** An RFC 9457 problem document, and the one way Relink builds its HTTP answer. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:relink:problem:";

    private Problem() {}

    public static Response response(ProblemException problem, String instance) {
        return response(
                problem.status(),
                problem.type(),
                problem.title(),
                problem.getMessage(),
                instance,
                problem.extensions());
    }

    /**
     * The problem document without extensions, as text: for answers written outside JAX-RS (the
     * authentication mechanism, the container's error pages).
     */
    public static String document(
            int status, String type, String title, String detail, String instance) {
        return body(status, type, title, detail, instance, Map.of()).build().toString();
    }

    public static Response response(
            int status,
            String type,
            String title,
            String detail,
            String instance,
            Map<String, Object> extensions) {
        Response.ResponseBuilder answer =
                Response.status(status)
                        .type(MEDIA_TYPE)
                        .entity(
                                body(status, type, title, detail, instance, extensions)
                                        .build()
                                        .toString());
        if (status == 401) {
            answer.header("WWW-Authenticate", "Bearer realm=\"relink\"");
        }
        return answer.build();
    }

    private static JsonObjectBuilder body(
            int status,
            String type,
            String title,
            String detail,
            String instance,
            Map<String, Object> extensions) {
        JsonObjectBuilder body =
                Json.createObjectBuilder()
                        .add("type", TYPE_PREFIX + type)
                        .add("title", title)
                        .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (instance != null) {
            body.add("instance", instance);
        }
        extensions.forEach(
                (name, value) -> {
                    if (value instanceof Collection<?> values) {
                        body.add(
                                name,
                                Json.createArrayBuilder(
                                        values.stream().map(String::valueOf).toList()));
                    } else {
                        body.add(name, String.valueOf(value));
                    }
                });
        return body;
    }
}
