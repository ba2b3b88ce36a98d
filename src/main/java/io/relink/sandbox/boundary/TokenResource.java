package io.relink.sandbox.boundary;

import io.relink.sandbox.control.Answers;
import io.relink.sandbox.control.Exchange;
import io.relink.sandbox.control.SandboxCodes;
import io.relink.sandbox.control.SandboxOutages;
import io.relink.sandbox.control.SandboxStats;
import io.relink.sandbox.control.SandboxTokens;
import io.relink.sandbox.entity.Counter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The token endpoint: a code (with its PKCE verifier) or a refresh token traded for a token pair.
 * In this order: the network's outage, the client, the input, the outage of the account the code or
 * token belongs to, then the trade itself, so that an outage never uses up a code or a refresh
 * token.
 */
@Path("oauth/token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject SandboxStats stats;
    @Inject Troubles troubles;
    @Inject Clients clients;
    @Inject SandboxOutages outages;
    @Inject SandboxCodes codes;
    @Inject SandboxTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @FormParam("grant_type") String grantType,
            @FormParam("code") String code,
            @FormParam("redirect_uri") String redirectUri,
            @FormParam("code_verifier") String codeVerifier,
            @FormParam("refresh_token") String refreshToken) {
        if ("refresh_token".equals(grantType)) {
            stats.count(Counter.REFRESHES);
        }
        troubles.guardGlobal();
        String client = clients.authenticate(authorization, clientId, clientSecret);
        if (Replies.blankToNull(grantType) == null) {
            throw Replies.invalidRequest("grant_type is required.");
        }
        return switch (grantType) {
            case "authorization_code" -> exchange(code, redirectUri, codeVerifier, client);
            case "refresh_token" -> refresh(refreshToken);
            default ->
                    Replies.oauthError(
                            400,
                            "unsupported_grant_type",
                            "grant_type must be authorization_code or refresh_token.");
        };
    }

    private Response exchange(String code, String redirectUri, String codeVerifier, String client) {
        if (Replies.blankToNull(code) == null || Replies.blankToNull(redirectUri) == null) {
            throw Replies.invalidRequest("code and redirect_uri are required.");
        }
        troubles.guard(outages.ofCode(code));
        return answer(codes.exchange(code, redirectUri, codeVerifier, client));
    }

    private Response refresh(String refreshToken) {
        if (Replies.blankToNull(refreshToken) == null) {
            throw Replies.invalidRequest("refresh_token is required.");
        }
        troubles.guard(outages.ofToken(refreshToken));
        return answer(tokens.refresh(refreshToken));
    }

    private static Response answer(Exchange exchange) {
        if (exchange instanceof Exchange.Granted granted) {
            return Replies.ok(Answers.token(granted.issued(), granted.accountId(), granted.at()));
        }
        Exchange.Refused refused = (Exchange.Refused) exchange;
        return Replies.json(400, Answers.invalidGrant(refused.reason(), refused.description()));
    }
}
