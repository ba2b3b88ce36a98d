package io.relink.reconnect.boundary;

import io.relink.channels.control.ChannelQuery;
import io.relink.networks.Callback;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import io.relink.networks.VerifiedCallback;
import io.relink.problems.ProblemException;
import io.relink.reconnect.control.DataDeletions;
import io.relink.reconnect.control.SignedCallbacks;
import io.relink.reconnect.entity.DataDeletion;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Callbacks the networks send on their own: deauthorize callbacks and webhooks that say a person's
 * grant ended. No API key: a network cannot have one. Each callback proves itself with the
 * network's signature instead, which the network's adapter verifies; an unsigned or stale one is a
 * 400 and changes nothing, and so is a second copy of a genuine one ({@link SignedCallbacks}). A
 * genuine one kills that person's tokens within the request, with the usual events and history, but
 * never a token whose grant was given after the callback was issued.
 *
 * <p>A data-deletion request ({@value Callback#DATA_DELETION}) also erases the person's tokens'
 * secrets, and is answered as Meta requires, {@code {url, confirmation_code}}; that URL (a GET
 * under this path) answers the request's status to anybody who has the unguessable code.
 */
@Path("callbacks/{network}/{kind}")
// An empty requirement: no credentials, overriding the document's global API key (the network signs
// instead).
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CallbacksResource {

    private static final Logger LOG = Logger.getLogger(CallbacksResource.class.getName());

    @Inject Networks networks;
    @Inject SignedCallbacks signedCallbacks;
    @Inject DataDeletions dataDeletions;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public Map<String, Object> receive(
            @PathParam("network") String network,
            @PathParam("kind") String kind,
            @Context HttpHeaders headers,
            String body) {
        NetworkType type = ChannelQuery.oneOf("network", network, NetworkType.class);
        Callback callback =
                new Callback(
                        kind, lowerCase(headers), body == null ? "" : body, form(headers, body));
        VerifiedCallback verified;
        try {
            verified = networks.of(type).callback(callback);
        } catch (Networks.NetworkUnavailable | UnsupportedOperationException notHere) {
            throw ProblemException.notFound("callback", type.displayName() + " " + kind);
        } catch (FaultToleranceException busy) {
            // The adapter's bulkhead or circuit breaker said no: the network will send it again.
            throw ProblemException.unavailable(
                    "Relink cannot take this callback now; send it again later.");
        } catch (IllegalArgumentException forged) {
            LOG.warning(
                    () ->
                            "Refused a "
                                    + type.displayName()
                                    + " "
                                    + kind
                                    + " callback: "
                                    + forged.getMessage());
            throw ProblemException.badRequest(
                    "Not a genuine " + type.displayName() + " callback: " + forged.getMessage());
        }
        SignedCallbacks.Taken taken = signedCallbacks.take(type, verified);
        if (taken.receipt() != null) {
            return Map.of(
                    "url",
                    taken.receipt().url().toString(),
                    "confirmation_code",
                    taken.receipt().confirmationCode());
        }
        return Map.of("network", type.name(), "tokensRevoked", taken.tokensRevoked());
    }

    /** The status of a data-deletion request: the URL its receipt gave. */
    @GET
    @Path("{code}")
    public Map<String, Object> deletionStatus(
            @PathParam("network") String network,
            @PathParam("kind") String kind,
            @PathParam("code") String code) {
        NetworkType type = ChannelQuery.oneOf("network", network, NetworkType.class);
        Optional<DataDeletion> found =
                Callback.DATA_DELETION.equals(kind)
                        ? dataDeletions.status(type, code)
                        : Optional.empty();
        DataDeletion deletion =
                found.orElseThrow(
                        () ->
                                new ProblemException(
                                        404,
                                        "not-found",
                                        "Not found",
                                        "No "
                                                + type.displayName()
                                                + " data-deletion request has this confirmation code.",
                                        Map.of()));
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("confirmation_code", code); // the code asked with: only its digest is kept
        status.put("status", deletion.status().name());
        status.put("tokensErased", deletion.tokensErased());
        status.put("requestedAt", deletion.requestedAt());
        status.put("completedAt", deletion.completedAt());
        return status;
    }

    private static Map<String, String> lowerCase(HttpHeaders headers) {
        Map<String, String> lower = new HashMap<>();
        headers.getRequestHeaders()
                .forEach(
                        (name, values) ->
                                lower.put(
                                        name.toLowerCase(Locale.ROOT),
                                        values.isEmpty() ? "" : values.get(0)));
        return lower;
    }

    private static Map<String, String> form(HttpHeaders headers, String body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null
                || headers.getMediaType() == null
                || !headers.getMediaType()
                        .isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return fields;
        }
        try {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String name =
                        URLDecoder.decode(
                                eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                fields.putIfAbsent(
                        name,
                        eq < 0
                                ? ""
                                : URLDecoder.decode(
                                        pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.badRequest("The callback's form is not URL-encoded properly.");
        }
        return fields;
    }
}
