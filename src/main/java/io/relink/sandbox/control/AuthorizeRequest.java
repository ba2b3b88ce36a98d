package io.relink.sandbox.control;

import io.relink.problems.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Function;

/**
 * A validated request for consent: the parameters of {@code /sandbox/oauth/authorize}, checked
 * before anything is shown or issued. Any client may use any http(s) redirect URI (the sandbox
 * registers none); the token endpoint then insists on the same one.
 *
 * @param state echoed back to the client; null when it sent none
 * @param codeChallenge the PKCE S256 challenge; null when it sent none
 */
public record AuthorizeRequest(
        String clientId, URI redirectUri, Set<String> scopes, String state, String codeChallenge) {

    static final int MAX_STATE = 500;
    static final int MAX_REDIRECT = 2000;

    public AuthorizeRequest {
        scopes = Set.copyOf(scopes);
    }

    /**
     * The request from its parameters by name, the same whether the consent link's query or the
     * consent page's form brought them.
     */
    public static AuthorizeRequest parse(
            Function<String, String> parameter, String expectedClientId) {
        return parse(
                parameter.apply("response_type"),
                parameter.apply("client_id"),
                parameter.apply("redirect_uri"),
                parameter.apply("scope"),
                parameter.apply("state"),
                parameter.apply("code_challenge"),
                parameter.apply("code_challenge_method"),
                expectedClientId);
    }

    public static AuthorizeRequest parse(
            String responseType,
            String clientId,
            String redirectUri,
            String scope,
            String state,
            String codeChallenge,
            String codeChallengeMethod,
            String expectedClientId) {
        if (!"code".equals(responseType)) {
            throw ProblemException.invalidParameter(
                    "response_type", "response_type must be 'code'.");
        }
        if (clientId == null || !clientId.equals(expectedClientId)) {
            throw ProblemException.invalidParameter(
                    "client_id", "Unknown client_id '" + clientId + "'.");
        }
        URI redirect = redirect(redirectUri);
        Set<String> scopes = Scopes.parse(scope, "scope");
        if (state != null && state.length() > MAX_STATE) {
            throw ProblemException.invalidParameter(
                    "state", "state may be at most " + MAX_STATE + " characters long.");
        }
        boolean challenged = codeChallenge != null && !codeChallenge.isEmpty();
        boolean method = codeChallengeMethod != null && !codeChallengeMethod.isEmpty();
        if (challenged && !Pkce.isWellFormed(codeChallenge)) {
            throw ProblemException.invalidParameter(
                    "code_challenge",
                    "code_challenge must be 43 to 128 characters of [A-Za-z0-9-._~].");
        }
        if ((challenged || method) && !"S256".equals(codeChallengeMethod)) {
            throw ProblemException.invalidParameter(
                    "code_challenge_method",
                    "code_challenge_method must be S256, with a code_challenge.");
        }
        if (method && !challenged) {
            throw ProblemException.invalidParameter(
                    "code_challenge", "code_challenge_method was sent without a code_challenge.");
        }
        return new AuthorizeRequest(
                clientId,
                redirect,
                scopes,
                state == null || state.isEmpty() ? null : state,
                challenged ? codeChallenge : null);
    }

    /** Where the browser goes after consent: the redirect URI with the code (and state). */
    public URI withCode(String code) {
        return redirectWith("code", code);
    }

    /** Where the browser goes after a refusal. */
    public URI denied() {
        return redirectWith("error", "access_denied");
    }

    private URI redirectWith(String name, String value) {
        String base = redirectUri.toString();
        StringBuilder target =
                new StringBuilder(base)
                        .append(base.contains("?") ? '&' : '?')
                        .append(name)
                        .append('=')
                        .append(encode(value));
        if (state != null) {
            target.append("&state=").append(encode(state));
        }
        return URI.create(target.toString());
    }

    private static URI redirect(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_REDIRECT) {
            throw ProblemException.invalidParameter(
                    "redirect_uri", "redirect_uri is required (an absolute http or https URI).");
        }
        try {
            URI uri = new URI(raw);
            String scheme =
                    uri.getScheme() == null
                            ? ""
                            : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // answered below
        }
        throw ProblemException.invalidParameter(
                "redirect_uri",
                "redirect_uri must be an absolute http or https URI without a fragment.");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
