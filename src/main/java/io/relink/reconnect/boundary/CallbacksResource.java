package io.relink.reconnect.boundary;

import io.relink.channels.control.ChannelQuery;
import io.relink.checks.control.Revocations;
import io.relink.networks.Callback;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import io.relink.networks.Revocation;
import io.relink.problems.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Callbacks the networks send on their own: deauthorize callbacks and webhooks that say a person's
 * grant ended. No API key: a network cannot have one. Each callback proves itself with the
 * network's signature instead, which the network's adapter verifies; an unsigned, stale or
 * replayed one is a 400 and changes nothing. A genuine one kills that person's tokens within the
 * request, with the usual events and history.
 */
@Path("callbacks/{network}/{kind}")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CallbacksResource {

    private static final Logger LOG = Logger.getLogger(CallbacksResource.class.getName());
    private static final int MAX_BODY = 64 * 1024;

    @Inject Networks networks;
    @Inject Revocations revocations;

    @POST
    public Map<String, Object> receive(@PathParam("network") String network, @PathParam("kind") String kind, @Context HttpHeaders headers,
            String body) {
        NetworkType type = ChannelQuery.oneOf("network", network, NetworkType.class);
        if (body != null && body.length() > MAX_BODY) {
            throw ProblemException.badRequest("A callback body may be at most " + MAX_BODY + " characters.");
        }
        Callback callback = new Callback(kind, lowerCase(headers), body == null ? "" : body, form(headers, body));
        Revocation revocation;
        try {
            revocation = networks.of(type).callback(callback);
        } catch (Networks.NetworkUnavailable | UnsupportedOperationException notHere) {
            throw ProblemException.notFound("callback", type.displayName() + " " + kind);
        } catch (FaultToleranceException busy) {
            // The adapter's bulkhead or circuit breaker said no: the network will send it again.
            throw ProblemException.unavailable("Relink cannot take this callback now; send it again later.");
        } catch (IllegalArgumentException forged) {
            LOG.warning(() -> "Refused a " + type.displayName() + " " + kind + " callback: " + forged.getMessage());
            throw ProblemException.badRequest("Not a genuine " + type.displayName() + " callback: " + forged.getMessage());
        }
        int died = revocation == null ? 0 : revocations.revoked(type, revocation);
        return Map.of("network", type.name(), "tokensRevoked", died);
    }

    private static Map<String, String> lowerCase(HttpHeaders headers) {
        Map<String, String> lower = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
        return lower;
    }

    private static Map<String, String> form(HttpHeaders headers, String body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || headers.getMediaType() == null || !headers.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return fields;
        }
        try {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.badRequest("The callback's form is not URL-encoded properly.");
        }
        return fields;
    }
}
