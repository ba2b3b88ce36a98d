package io.relink.sandbox.boundary;

import io.relink.sandbox.control.AccountBook;
import io.relink.sandbox.control.Answers;
import io.relink.sandbox.control.ErrorCode;
import io.relink.sandbox.control.Inspection;
import io.relink.sandbox.control.SandboxTokens;
import io.relink.sandbox.entity.TokenKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The network's API, as far as Relink needs it: who the token's account is, and which pages it
 * administers. A refused token is a {@code 401} or {@code 403} with the same codes introspection
 * gives, so that an adapter may learn a token's death from any call.
 */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiResource {

    private static final String BEARER = "Bearer ";

    @Inject Troubles troubles;
    @Inject SandboxTokens tokens;
    @Inject AccountBook book;

    @GET
    @Path("me")
    public Response me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return Replies.ok(Answers.me(caller(authorization)));
    }

    @GET
    @Path("me/pages")
    public Response pages(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return Replies.ok(Answers.pages(book.adminPages(caller(authorization).accountId())));
    }

    /** The working access token's inspection, or an answer that ends the request. */
    private Inspection caller(String authorization) {
        troubles.guardGlobal();
        String token =
                authorization != null
                                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                        ? Replies.blankToNull(authorization.substring(BEARER.length()).strip())
                        : null;
        if (token == null) {
            throw refused(ErrorCode.INVALID_TOKEN);
        }
        Inspection inspection = tokens.inspect(token, null, TokenKind.ACCESS);
        troubles.guard(inspection.trouble());
        if (!inspection.works()) {
            throw refused(inspection.error());
        }
        return inspection;
    }

    private static EarlyAnswer refused(ErrorCode code) {
        Response answer = Replies.json(code.httpStatus(), Answers.apiError(code));
        if (code.httpStatus() == 401) {
            answer =
                    Response.fromResponse(answer)
                            .header(
                                    HttpHeaders.WWW_AUTHENTICATE,
                                    "Bearer realm=\"sandbox\", error=\"invalid_token\"")
                            .build();
        }
        return new EarlyAnswer(answer);
    }
}
