package io.relink.sandbox.boundary;

import io.relink.problems.ProblemException;
import io.relink.sandbox.control.AccountBook;
import io.relink.sandbox.control.AuthorizeRequest;
import io.relink.sandbox.control.SandboxCodes;
import io.relink.sandbox.control.SandboxSettings;
import io.relink.sandbox.control.ScriptInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The consent step of OAuth: a page to pick an account and allow or deny, then a {@code 303} back
 * to the client with a code or {@code error=access_denied}. Outages never reach this page: a real
 * network's login page rarely fails with its API, and a demo must get through it.
 */
@Path("oauth/authorize")
@RequestScoped
public class AuthorizeResource {

    @Inject SandboxSettings settings;
    @Inject AccountBook book;
    @Inject SandboxCodes codes;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(
            @QueryParam("response_type") String responseType,
            @QueryParam("client_id") String clientId,
            @QueryParam("redirect_uri") String redirectUri,
            @QueryParam("scope") String scope,
            @QueryParam("state") String state,
            @QueryParam("code_challenge") String codeChallenge,
            @QueryParam("code_challenge_method") String codeChallengeMethod) {
        AuthorizeRequest request = AuthorizeRequest.parse(responseType, clientId, redirectUri, scope, state, codeChallenge, codeChallengeMethod,
                settings.clientId());
        return Response.ok(ConsentPage.render(request, book.people()), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @FormParam("response_type") String responseType,
            @FormParam("client_id") String clientId,
            @FormParam("redirect_uri") String redirectUri,
            @FormParam("scope") String scope,
            @FormParam("state") String state,
            @FormParam("code_challenge") String codeChallenge,
            @FormParam("code_challenge_method") String codeChallengeMethod,
            @FormParam("account") String account,
            @FormParam("decision") String decision) {
        AuthorizeRequest request = AuthorizeRequest.parse(responseType, clientId, redirectUri, scope, state, codeChallenge, codeChallengeMethod,
                settings.clientId());
        if ("deny".equals(decision)) {
            return Response.seeOther(request.denied()).build();
        }
        if (!"allow".equals(decision)) {
            throw ProblemException.invalidParameter("decision", "decision must be 'allow' or 'deny'.");
        }
        String code = codes.grant(ScriptInput.id(account, "account"), request);
        return Response.seeOther(request.withCode(code)).build();
    }
}
