package io.relink.security;

import io.relink.workspaces.control.ApiKeys;
import io.relink.workspaces.control.Members;
import io.relink.workspaces.entity.ApiKey;
import io.relink.workspaces.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one way callers are recognized, for the pages and the REST API alike:
 *
 * <ul>
 *   <li>{@code Authorization: Bearer <key>}: a workspace API key; its scopes become its groups.
 *       Nothing is kept between requests, so a revoked key stops working at once.
 *   <li>{@code Authorization: Basic}: a member's e-mail and password, for scripts run by a person;
 *       the member's role and the scopes it grants become the groups (see {@link
 *       io.relink.workspaces.entity.Role#groups()}).
 *   <li>the sign-in form ({@code POST j_security_check}), then the HTTP session, for the pages
 *       only. The REST API never honours the session cookie, so a page cannot be tricked into
 *       calling the API on a member's behalf (no cross-site request forgery through the API).
 * </ul>
 *
 * An {@code Authorization} header is only read on the REST API: elsewhere it belongs to someone
 * else (the SANDBOX network under {@code /sandbox} authenticates its own clients with it).
 *
 * <p>The member behind a session is read again on every request, so a changed role or a removed
 * member takes effect at once. Which page needs which role is in web.xml; which endpoint needs
 * which scope is in {@code @RolesAllowed} on the resources, enforced by {@link
 * io.relink.workspaces.boundary.ScopeFilter}.
 *
 * <p>Written by hand rather than with {@code @FormAuthenticationMechanismDefinition}: Jakarta
 * Security 3 allows one mechanism per application, and Relink needs form, session, bearer key and
 * basic in one.
 */
@ApplicationScoped
public class CallerAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute holding the signed-in member's e-mail address. */
    static final String SESSION_MEMBER = "relink.member";

    static final String API_KEY_PREFIX = "api-key:";
    private static final String SIGN_IN = "/j_security_check";
    private static final String LOGIN_PAGE = "/login.xhtml";
    private static final String HOME = "/center/channels.xhtml";

    @Inject ApiKeys keys;
    @Inject Members members;
    @Inject MemberIdentityStore identityStore;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && isApi(request)) {
            return fromHeader(authorization, request, response, context);
        }
        if (path(request).equals(SIGN_IN) && "POST".equals(request.getMethod())) {
            return signIn(request, response, context);
        }
        if (!isApi(request)) {
            Optional<Member> member = sessionMember(request);
            if (member.isPresent()) {
                return context.notifyContainerAboutLogin(
                        member.get().email(), member.get().role().groups());
            }
            if (context.isProtected()) {
                return context.redirect(request.getContextPath() + LOGIN_PAGE);
            }
        }
        return context.doNothing();
    }

    private AuthenticationStatus fromHeader(
            String authorization,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiKey> key = keys.recognize(authorization.substring(7).strip());
            if (key.isEmpty()) {
                return refuse(request, response, context, "The API key is unknown or was revoked.");
            }
            return context.notifyContainerAboutLogin(
                    API_KEY_PREFIX + key.get().id(), key.get().scopes());
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<UsernamePasswordCredential> credential =
                    basic(authorization.substring(6).strip());
            CredentialValidationResult result =
                    credential
                            .map(identityStore::validate)
                            .orElse(CredentialValidationResult.INVALID_RESULT);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return refuse(
                        request,
                        response,
                        context,
                        "That e-mail address and password do not match.");
            }
            return context.notifyContainerAboutLogin(result);
        }
        return refuse(
                request,
                response,
                context,
                "Send a workspace API key as 'Authorization: Bearer <key>'.");
    }

    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String email = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        CredentialValidationResult result =
                email == null || password == null
                        ? CredentialValidationResult.INVALID_RESULT
                        : identityStore.validate(new UsernamePasswordCredential(email, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?failed=true");
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId(); // no session fixation: the id before sign-in is worth nothing
        // after
        session.setAttribute(SESSION_MEMBER, result.getCallerPrincipal().getName());
        context.notifyContainerAboutLogin(result);
        return context.redirect(request.getContextPath() + HOME);
    }

    private Optional<Member> sessionMember(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object email = session == null ? null : session.getAttribute(SESSION_MEMBER);
        if (email == null) {
            return Optional.empty();
        }
        Optional<Member> member = members.byEmail(email.toString());
        if (member.isEmpty()) {
            session.invalidate(); // the member was removed: the session dies with them
        }
        return member;
    }

    static Optional<UsernamePasswordCredential> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon <= 0
                ? Optional.empty()
                : Optional.of(
                        new UsernamePasswordCredential(
                                decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A 401 problem written here: the request never reaches a page or a resource. */
    private static AuthenticationStatus refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"relink\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            Json.createObjectBuilder()
                                    .add("type", "urn:relink:problem:unauthorized")
                                    .add("title", "Unauthorized")
                                    .add("status", 401)
                                    .add("detail", detail)
                                    .add("instance", request.getRequestURI())
                                    .build()
                                    .toString());
            response.flushBuffer();
        } catch (IOException gone) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
