package io.relink.sandbox.boundary;

import io.relink.sandbox.control.ClientCredentials;
import io.relink.sandbox.control.SandboxSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Authenticates the app calling the OAuth endpoints: the one client the sandbox knows ({@code
 * relink.sandbox.client-id} / {@code client-secret}), by HTTP Basic or form fields.
 */
@ApplicationScoped
public class Clients {

    @Inject SandboxSettings settings;

    /** The client's id, or a {@code 401 {"error":"invalid_client"}} that ends the request. */
    public String authenticate(String authorization, String formId, String formSecret) {
        return ClientCredentials.from(authorization, formId, formSecret)
                .filter(client -> client.matches(settings.clientId(), settings.clientSecret()))
                .map(ClientCredentials::id)
                .orElseThrow(
                        () ->
                                new EarlyAnswer(
                                        Response.fromResponse(
                                                        Replies.oauthError(
                                                                401,
                                                                "invalid_client",
                                                                "Unknown client or wrong secret (HTTP Basic or client_id and client_secret)."))
                                                .header(
                                                        HttpHeaders.WWW_AUTHENTICATE,
                                                        "Basic realm=\"sandbox\"")
                                                .build()));
    }
}
