package io.relink.problems;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A body must say what it is: an endpoint that {@link Consumes} a type takes a body only with a
 * {@code Content-Type} naming that type, not none and not a wildcard like {@code application/*}
 * (JAX-RS would take either as a match). Anything else is a 415 before the body is read.
 */
@Provider
public class MediaTypes implements ContainerRequestFilter {

    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity() || resource == null || resource.getResourceMethod() == null) {
            return;
        }
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        if (consumes == null) {
            return;
        }
        List<MediaType> accepted = Arrays.stream(consumes.value()).map(MediaType::valueOf).toList();
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        MediaType sent = parse(header);
        if (sent == null
                || sent.isWildcardType()
                || sent.isWildcardSubtype()
                || accepted.stream().noneMatch(type -> type.isCompatible(sent))) {
            throw new ProblemException(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "Send the body with Content-Type "
                            + String.join(" or ", consumes.value())
                            + (header == null || header.isBlank()
                                    ? "; it had none."
                                    : ", not " + header + "."),
                    Map.of());
        }
    }

    private static MediaType parse(String header) {
        try {
            return header == null || header.isBlank() ? null : MediaType.valueOf(header);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
