package io.relink.security;

import io.relink.people.control.People;
import io.relink.people.control.SignIns;
import io.relink.people.entity.Person;
import io.relink.problems.Problem;
import io.relink.problems.StatusTexts;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.control.ApiKeys;
import io.relink.workspaces.control.Memberships;
import io.relink.workspaces.entity.ApiKey;
import io.relink.workspaces.entity.Membership;
import io.relink.workspaces.entity.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way callers are recognized, for the pages and the REST API alike:
 *
 * <ul>
 *   <li>{@code Authorization: Bearer <key>}: a workspace API key; its scopes become its groups.
 *       Nothing is kept between requests, so a revoked key stops working at once.
 *   <li>{@code Authorization: Basic}: a person's e-mail and password, for scripts run by a person.
 *   <li>the sign-in form ({@code POST j_security_check}) or the identity provider ({@link
 *       SingleSignOn}), then the HTTP session, for the pages only. The REST API never honours the
 *       session cookie, so a page cannot be tricked into calling the API on a member's behalf (no
 *       cross-site request forgery through the API).
 * </ul>
 *
 * <p>A person works in one workspace per request: on the API the one named by the path ({@code
 * /api/v1/workspaces/<id>…}), else by the {@code Relink-Workspace} header, else their first; on the
 * pages the one chosen with the switcher (kept in the session), else their first. Their role there,
 * the scopes it grants (see {@link io.relink.workspaces.entity.Role#groups()}), {@code person}, and
 * {@code instance-admin} for instance administrators become the groups. A person who names a
 * workspace they have no role in gets 404 for all of it. Person and role are read again on every
 * request, so a changed role or a removed member takes effect at once.
 *
 * <p>An {@code Authorization} header is only read on the REST API: elsewhere it belongs to someone
 * else (the SANDBOX network under {@code /sandbox} authenticates its own clients with it).
 *
 * <p>Written by hand rather than with {@code @FormAuthenticationMechanismDefinition}: Jakarta
 * Security 3 allows one mechanism per application, and Relink needs form, session, single sign-on,
 * bearer key and basic in one.
 */
@ApplicationScoped
public class CallerAuthentication implements HttpAuthenticationMechanism {

    /** The header an API caller (a person) names the workspace with. */
    public static final String WORKSPACE_HEADER = "Relink-Workspace";

    private static final String SIGN_IN = "/j_security_check";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String HOME = "/center/channels.xhtml";
    static final String NO_WORKSPACE = "/welcome.xhtml";
    private static final Pattern WORKSPACE_PATH =
            Pattern.compile("^/api/v1/workspaces/([0-9a-fA-F-]{36})(/.*)?$");

    @Inject ApiKeys keys;
    @Inject People people;
    @Inject SignIns signIns;
    @Inject Memberships memberships;
    @Inject SingleSignOn sso;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeaders.apply(path(request), response);
        if (request.isRequestedSessionIdFromURL() && !isApi(request)) {
            // session ids travel in the cookie only: one in the URL leaks through logs and
            // referrers, and would let a link fix someone's session
            return redirect(request, context, withoutPathParameters(request));
        }
        if (RequestLimits.page(path(request))) {
            Optional<Integer> refusal = RequestLimits.refusal(request);
            if (refusal.isPresent()) {
                try {
                    RequestLimits.refuse(response, refusal.get());
                } catch (IOException gone) {
                    // the client went away; nothing to answer
                }
                return AuthenticationStatus.SEND_CONTINUE;
            }
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && isApi(request)) {
            return fromHeader(authorization, request, response, context);
        }
        String path = path(request);
        if (path.equals(SIGN_IN) && "POST".equals(request.getMethod())) {
            return signIn(request, response, context);
        }
        if (path.startsWith(SingleSignOn.PATH)) {
            return sso.handle(request, response, context, this);
        }
        if (!isApi(request)) {
            Optional<Person> person = sessionPerson(request);
            if (person.isPresent()) {
                return pageCaller(person.get(), request, context);
            }
            if (context.isProtected()) {
                remember(request);
                return redirect(request, context, LOGIN_PAGE);
            }
        }
        return context.doNothing();
    }

    /** Signs the person in on this browser: a new session id, then the person in the session. */
    AuthenticationStatus establish(
            Person person, HttpServletRequest request, HttpMessageContext context, String target) {
        HttpSession session = request.getSession(true);
        request.changeSessionId(); // no session fixation: the id before sign-in is worth nothing
        session.setAttribute(Caller.PERSON, person.id());
        session.removeAttribute(Caller.WORKSPACE);
        Optional<String> asked =
                session.getAttribute(ReturnPath.SESSION) instanceof String remembered
                        ? ReturnPath.check(remembered)
                        : Optional.empty();
        session.removeAttribute(ReturnPath.SESSION); // once: a later sign-in starts afresh
        String where = target;
        if (where == null) {
            boolean member = !memberships.ofPerson(person.id()).isEmpty();
            // the page asked for needs a workspace; a person in none goes where they can start
            where =
                    member && asked.isPresent()
                            ? asked.get()
                            : member
                                    ? HOME
                                    : person.instanceAdmin()
                                            ? "/admin/workspaces.xhtml"
                                            : NO_WORKSPACE;
        }
        return redirect(request, context, where);
    }

    /**
     * Remembers the page a signed-out person asked for, so that signing in brings them back to it
     * (a link in an e-mail, say): a plain GET of a page only. A form post or an ajax request
     * belongs to a view that died with the old session, and replaying it would act without being
     * asked.
     */
    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Faces-Request") != null) {
            return;
        }
        ReturnPath.of(path(request), request.getQueryString())
                .ifPresent(
                        where -> request.getSession(true).setAttribute(ReturnPath.SESSION, where));
    }

    private AuthenticationStatus pageCaller(
            Person person, HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        UUID chosen = session.getAttribute(Caller.WORKSPACE) instanceof UUID id ? id : null;
        Optional<Membership> membership =
                chosen == null ? Optional.empty() : memberships.of(person.id(), chosen);
        if (membership.isEmpty()) {
            // never chosen, or removed from it / archived since: the person's first workspace
            membership = memberships.ofPerson(person.id()).stream().findFirst();
            membership.ifPresentOrElse(
                    m -> session.setAttribute(Caller.WORKSPACE, m.workspace().id()),
                    () -> session.removeAttribute(Caller.WORKSPACE));
        }
        return notify(person, membership, request, context);
    }

    private AuthenticationStatus fromHeader(
            String authorization,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiKey> key = keys.recognize(authorization.substring(7).strip());
            if (key.isEmpty()) {
                return refuse(request, response, 401, "The API key is unknown or was revoked.");
            }
            request.setAttribute(
                    Caller.API_KEY,
                    new Caller.KeyUse(
                            key.get().id(), key.get().workspace().id(), key.get().name()));
            return context.notifyContainerAboutLogin(
                    Caller.API_KEY_PREFIX + key.get().id(), key.get().scopes());
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<BasicCredential> credential = basic(authorization.substring(6).strip());
            if (credential.isEmpty()) {
                return refuse(request, response, 401, "That Basic credential is malformed.");
            }
            SignIns.Result result =
                    signIns.signIn(
                            credential.get().email(),
                            credential.get().password(),
                            request.getRemoteAddr());
            if (result instanceof SignIns.Result.Paused paused) {
                response.setHeader("Retry-After", Long.toString(seconds(paused.retryAfter())));
                return refuse(
                        request,
                        response,
                        429,
                        "Too many failed sign-ins: try again in "
                                + seconds(paused.retryAfter())
                                + " seconds.");
            }
            if (!(result instanceof SignIns.Result.In in)) {
                return refuse(
                        request, response, 401, "That e-mail address and password do not match.");
            }
            return apiPerson(in.person(), request, response, context);
        }
        return refuse(
                request,
                response,
                401,
                "Send a workspace API key as 'Authorization: Bearer <key>'.");
    }

    private AuthenticationStatus apiPerson(
            Person person,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        Matcher inPath = WORKSPACE_PATH.matcher(path(request));
        String named = inPath.matches() ? inPath.group(1) : request.getHeader(WORKSPACE_HEADER);
        Optional<Membership> membership;
        if (named == null || named.isBlank()) {
            membership = memberships.ofPerson(person.id()).stream().findFirst();
        } else {
            UUID id;
            try {
                id = UUID.fromString(named.strip());
            } catch (IllegalArgumentException malformed) {
                return refuse(
                        request, response, 404, "No workspace " + named.strip() + " for you.");
            }
            membership = memberships.of(person.id(), id);
            // an instance administrator may reach any workspace itself (not its channels)
            boolean administered = inPath.matches() && person.instanceAdmin();
            if (membership.isEmpty() && !administered) {
                return refuse(request, response, 404, "No workspace " + id + " for you.");
            }
            if (membership.isEmpty()) {
                request.setAttribute(Caller.WORKSPACE, id);
            }
        }
        return notify(person, membership, request, context);
    }

    private AuthenticationStatus notify(
            Person person,
            Optional<Membership> membership,
            HttpServletRequest request,
            HttpMessageContext context) {
        Set<String> groups = new HashSet<>();
        groups.add(Scope.PERSON);
        if (person.instanceAdmin()) {
            groups.add(Scope.INSTANCE_ADMIN);
        }
        membership.ifPresent(
                m -> {
                    groups.addAll(m.role().groups());
                    request.setAttribute(Caller.WORKSPACE, m.workspace().id());
                });
        request.setAttribute(Caller.PERSON, person.id());
        return context.notifyContainerAboutLogin(person.email(), groups);
    }

    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String email = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        SignIns.Result result =
                email == null || password == null
                        ? new SignIns.Result.Wrong()
                        : signIns.signIn(email, password, request.getRemoteAddr());
        if (result instanceof SignIns.Result.Paused paused) {
            return redirect(
                    request, context, LOGIN_PAGE + "?paused=" + seconds(paused.retryAfter()));
        }
        if (!(result instanceof SignIns.Result.In in)) {
            return redirect(request, context, LOGIN_PAGE + "?failed=true");
        }
        return establish(in.person(), request, context, null);
    }

    private Optional<Person> sessionPerson(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object id = session == null ? null : session.getAttribute(Caller.PERSON);
        if (!(id instanceof UUID personId)) {
            return Optional.empty();
        }
        Optional<Person> person = people.byId(personId);
        if (person.isEmpty()) {
            session.invalidate(); // the person was removed: the session dies with them
        }
        return person;
    }

    /** A redirect to a path of Relink, at its public URL ({@link PublicAddress}). */
    static AuthenticationStatus redirect(
            HttpServletRequest request, HttpMessageContext context, String path) {
        return context.redirect(PublicAddress.absolute(request, request.getContextPath() + path));
    }

    /** The path asked for, with {@code ;name=value} parameters dropped, and its query. */
    static String withoutPathParameters(HttpServletRequest request) {
        String path = path(request).replaceAll(";[^/]*", "");
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** What {@code Authorization: Basic} carries. */
    record BasicCredential(String email, String password) {
        @Override
        public String toString() {
            return "BasicCredential[" + email + "]";
        }
    }

    static Optional<BasicCredential> basic(String encoded) {
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
                        new BasicCredential(
                                decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A problem written here: the request never reaches a page or a resource. */
    static AuthenticationStatus refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String detail) {
        StatusTexts texts = StatusTexts.of(status);
        try {
            response.setStatus(status);
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"relink\"");
            }
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            Problem.document(
                                    status,
                                    texts.type(),
                                    texts.title(),
                                    detail,
                                    request.getRequestURI()));
            response.flushBuffer();
        } catch (IOException gone) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
