package io.relink.reconnect.boundary;

import io.relink.channels.control.ChannelQuery;
import io.relink.checks.control.Revocations;
import io.relink.networks.Network;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import io.relink.problems.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Callbacks the networks send on their own: today the deauthorize callback (a person removed
 * Relink's app). No API key: a network cannot have one. Each callback proves itself with the
 * network's signature instead, which the network's adapter verifies; an unsigned or stale one is
 * a 400 and changes nothing.
 */
@Path("callbacks/{network}")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CallbacksResource {

    private static final Logger LOG = Logger.getLogger(CallbacksResource.class.getName());

    @Inject Networks networks;
    @Inject Revocations revocations;

    @POST
    @Path("deauthorize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Map<String, Object> deauthorize(@PathParam("network") String network, MultivaluedMap<String, String> form) {
        NetworkType type = ChannelQuery.oneOf("network", network, NetworkType.class);
        Network adapter;
        String user;
        try {
            adapter = networks.of(type);
            user = adapter.deauthorizedUser(first(form));
        } catch (Networks.NetworkUnavailable | UnsupportedOperationException notHere) {
            throw ProblemException.notFound("callback for", type.displayName());
        } catch (IllegalArgumentException forged) {
            LOG.warning(() -> "Refused a " + type.displayName() + " deauthorize callback: " + forged.getMessage());
            throw ProblemException.badRequest("Not a genuine " + type.displayName() + " callback: " + forged.getMessage());
        }
        int died = revocations.appRemoved(type, user, "deauthorize-callback");
        return Map.of("network", type.name(), "tokensRevoked", died);
    }

    private static Map<String, String> first(MultivaluedMap<String, String> form) {
        Map<String, String> fields = new HashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() ? null : values.get(0)));
        return fields;
    }
}
