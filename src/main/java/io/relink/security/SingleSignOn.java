package io.relink.security;

import io.relink.people.entity.Person;
import io.relink.security.oidc.OidcClient;
import io.relink.security.oidc.OidcSettings;
import io.relink.workspaces.control.Admissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in through the company's identity provider (OpenID Connect, authorization code with PKCE),
 * driven from {@link CallerAuthentication}: {@code GET /sso/start} sends the browser to the
 * provider, {@code GET /sso/callback} brings it back, verified by {@link OidcClient}.
 *
 * <p>Who gets in: a person Relink knows (by the provider's subject, or by e-mail address the first
 * time, which links the two), or a person with a pending invitation to that address, who is created
 * then and joins every workspace that invited them (the provider vouches for the address as the
 * invitation e-mail would). Nobody else: no one is created just because the provider knows them.
 * The groups a workspace maps to roles ({@code ssoGroups}) give roles there at every sign-in.
 */
@ApplicationScoped
public class SingleSignOn {

    static final String PATH = "/sso/";
    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());
    private static final String BEGUN = "relink.sso.begun";

    /** The session attribute that tells the sign-in page why single sign-on did not let one in. */
    public static final String REFUSAL = "relink.sso.refusal";

    @Inject OidcSettings settings;
    @Inject OidcClient client;
    @Inject Admissions admissions;

    @Inject
    @ConfigProperty(name = "relink.public-url")
    String publicUrl;

    AuthenticationStatus handle(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            CallerAuthentication authentication) {
        String path = CallerAuthentication.path(request);
        if (!settings.isEnabled() || !"GET".equals(request.getMethod())) {
            return refused(request, context, "Single sign-on is not set up here.");
        }
        try {
            if (path.equals(PATH + "start")) {
                OidcClient.Begun begun = client.begin(callback());
                request.getSession(true).setAttribute(BEGUN, begun);
                return context.redirect(begun.authorizationUrl().toString());
            }
            if (path.equals(PATH + "callback")) {
                return callback(request, context, authentication);
            }
        } catch (OidcClient.Refused refused) {
            return refused(request, context, refused.getMessage());
        }
        return refused(request, context, "There is nothing at this address.");
    }

    private AuthenticationStatus callback(
            HttpServletRequest request,
            HttpMessageContext context,
            CallerAuthentication authentication) {
        HttpSession session = request.getSession(false);
        Object begun = session == null ? null : session.getAttribute(BEGUN);
        if (!(begun instanceof OidcClient.Begun started)) {
            return refused(
                    request, context, "This sign-in was not started here, or took too long.");
        }
        session.removeAttribute(BEGUN);
        String query = request.getQueryString();
        OidcClient.Verified verified =
                client.finish(
                        callback(),
                        URI.create(callback() + (query == null ? "" : "?" + query)),
                        started);
        Optional<Person> person =
                admissions.admit(
                        verified.issuer() + "|" + verified.subject(),
                        verified.email(),
                        name(verified),
                        verified.groups());
        if (person.isEmpty()) {
            LOG.info("A sign-in through the identity provider was refused: not invited");
            return refused(
                    request,
                    context,
                    verified.email()
                            + " has no Relink account and no invitation. Ask a workspace owner to"
                            + " invite you.");
        }
        return authentication.establish(person.get(), request, context, null);
    }

    private static String name(OidcClient.Verified verified) {
        return verified.name() == null || verified.name().isBlank()
                ? verified.email().substring(0, verified.email().indexOf('@'))
                : verified.name();
    }

    private URI callback() {
        return URI.create(publicUrl + PATH + "callback");
    }

    /**
     * Back to the sign-in page, which says why; the words travel in the session, not in the address
     * (where anyone could write a link that makes the page say anything).
     */
    private static AuthenticationStatus refused(
            HttpServletRequest request, HttpMessageContext context, String why) {
        request.getSession(true).setAttribute(REFUSAL, why);
        return CallerAuthentication.redirect(
                request, context, CallerAuthentication.LOGIN_PAGE + "?sso=refused");
    }
}
