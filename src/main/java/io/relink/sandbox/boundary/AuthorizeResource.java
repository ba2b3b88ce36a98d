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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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
    public Response page(@Context UriInfo uri) {
        AuthorizeRequest request = request(uri.getQueryParameters());
        return Response.ok(
                        ConsentPage.render(request, book.people()),
                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * The page's form: the link's parameters again (hidden fields), plus {@code account} and {@code
     * decision}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(MultivaluedMap<String, String> form) {
        AuthorizeRequest request = request(form);
        String decision = form.getFirst("decision");
        if ("deny".equals(decision)) {
            return Response.seeOther(request.denied()).build();
        }
        if (!"allow".equals(decision)) {
            throw ProblemException.invalidParameter(
                    "decision", "decision must be 'allow' or 'deny'.");
        }
        String code = codes.grant(ScriptInput.id(form.getFirst("account"), "account"), request);
        return Response.seeOther(request.withCode(code)).build();
    }

    private AuthorizeRequest request(MultivaluedMap<String, String> parameters) {
        return AuthorizeRequest.parse(parameters::getFirst, settings.clientId());
    }
}
