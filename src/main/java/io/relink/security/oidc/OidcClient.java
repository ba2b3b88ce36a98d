package io.relink.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Signs people in with the configured OpenID Connect provider (authorization-code flow with PKCE):
 * {@link #begin} makes the URL to send the browser to, {@link #finish} turns the provider's answer
 * into a {@link Verified} identity or a {@link Refused} with a sentence a person can read.
 *
 * <p>Holds no state per sign-in: the caller keeps the {@link Begun} (in the HTTP session) between
 * the two calls. The provider's metadata, and the keys that go with it, are discovered once and
 * kept; a failed discovery is tried again at the next sign-in. The rules are in {@code
 * package-info.java}.
 */
@ApplicationScoped
public class OidcClient {

    private static final Logger LOG = Logger.getLogger(OidcClient.class.getName());

    private OidcSettings settings;
    private volatile OidcProvider provider;

    /** For CDI's client proxy only. */
    protected OidcClient() {}

    @Inject
    public OidcClient(OidcSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts a sign-in: fresh state, nonce and PKCE verifier, and the provider's authorization URL
     * that carries them (the verifier only as its S256 challenge). Keep the result for {@link
     * #finish}.
     *
     * @param redirectUri where the provider sends the browser back; registered there as is
     */
    public Begun begin(URI redirectUri) {
        OidcProvider known = provider();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request =
                new AuthenticationRequest.Builder(
                                ResponseType.CODE, scope(), known.clientId(), redirectUri)
                        .endpointURI(known.authorizationEndpoint())
                        .state(state)
                        .nonce(nonce)
                        .codeChallenge(verifier, CodeChallengeMethod.S256)
                        .build();
        return new Begun(request.toURI(), state.getValue(), nonce.getValue(), verifier.getValue());
    }

    /**
     * Completes a sign-in from the provider's answer: checks that it belongs to {@code begun},
     * exchanges the code, validates the ID token and reads the person from it.
     *
     * @param redirectUri the same as given to {@link #begin}
     * @param callbackWithQuery the URL the browser came back to, query included
     * @throws Refused when anything does not hold; its message can be shown as it is
     */
    public Verified finish(URI redirectUri, URI callbackWithQuery, Begun begun) {
        OidcProvider known = provider();
        AuthenticationResponse answer;
        try {
            answer = AuthenticationResponseParser.parse(callbackWithQuery);
        } catch (ParseException unreadable) {
            throw new Refused(
                    "The answer from " + name() + " could not be read. Please sign in again.");
        }
        if (answer.getState() == null || !same(answer.getState().getValue(), begun.state())) {
            // a forged or replayed answer, or one for a sign-in started in another tab
            throw new Refused(
                    "This answer does not belong to the sign-in started here. Please sign in again.");
        }
        if (answer.getIssuer() != null && !answer.getIssuer().equals(known.issuer())) {
            // RFC 9207: another provider's answer sent to this callback (a mix-up attack)
            throw new Refused("This answer comes from another identity provider.");
        }
        if (!answer.indicatesSuccess()) {
            throw new Refused(refusal(answer.toErrorResponse().getErrorObject()));
        }
        AuthorizationCode code = answer.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new Refused(name() + " sent no sign-in code. Please sign in again.");
        }
        JWT idToken = exchange(known, code, redirectUri, new CodeVerifier(begun.codeVerifier()));
        IDTokenClaimsSet claims;
        try {
            claims = known.validator().validate(idToken, new Nonce(begun.nonce()));
        } catch (BadJOSEException invalid) {
            throw new Refused(
                    "The sign-in could not be trusted: the ID token from "
                            + name()
                            + " "
                            + why(invalid)
                            + ".");
        } catch (JOSEException unchecked) {
            // mostly: the provider's key set could not be fetched
            LOG.warning(() -> "ID token from " + known.issuer() + " not checked: " + unchecked);
            throw new Refused(
                    "The keys of " + name() + " could not be fetched. Please try again shortly.");
        }
        return OidcClaims.verified(claims, settings.emailClaim(), settings.groupsClaim(), name());
    }

    /** The provider's name as people know it. */
    public String name() {
        return settings.name();
    }

    private JWT exchange(
            OidcProvider known, AuthorizationCode code, URI redirectUri, CodeVerifier verifier) {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, redirectUri, verifier);
        URI endpoint = known.tokenEndpoint();
        TokenRequest request =
                clientAuthentication(known)
                        .map(client -> new TokenRequest(endpoint, client, grant, (Scope) null))
                        .orElseGet(
                                () ->
                                        new TokenRequest(
                                                endpoint, known.clientId(), grant, (Scope) null));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(OidcProvider.millis(settings.timeout()));
        http.setReadTimeout(OidcProvider.millis(settings.timeout()));
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException unreachable) {
            LOG.warning(() -> "Token endpoint of " + known.issuer() + " failed: " + unreachable);
            throw new Refused(name() + " could not be reached. Please try again shortly.");
        } catch (ParseException unreadable) {
            throw new Refused(
                    name() + " answered with something that is not a token. Please try again.");
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new Refused(
                    name()
                            + " did not accept the sign-in ("
                            + code(error)
                            + "). Please sign in again.");
        }
        if (!(response instanceof OIDCTokenResponse tokens)
                || tokens.getOIDCTokens().getIDToken() == null) {
            throw new Refused(name() + " sent no ID token, so nobody could be signed in.");
        }
        return tokens.getOIDCTokens().getIDToken();
    }

    /** The client secret as the provider wants it; none for a public client. */
    private Optional<ClientAuthentication> clientAuthentication(OidcProvider known) {
        return settings.clientSecret()
                .map(Secret::new)
                .<ClientAuthentication>map(
                        secret ->
                                known.secretPost()
                                        ? new ClientSecretPost(known.clientId(), secret)
                                        : new ClientSecretBasic(known.clientId(), secret));
    }

    /** The provider once discovered; discovered now if not yet, or if the last try failed. */
    private OidcProvider provider() {
        OidcProvider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider == null) {
                provider = OidcProvider.discover(settings);
            }
            return provider;
        }
    }

    private Scope scope() {
        Scope scope = Scope.parse(settings.scopes());
        if (scope == null) {
            scope = new Scope();
        }
        if (!scope.contains(OIDCScopeValue.OPENID)) {
            scope.add(OIDCScopeValue.OPENID); // without it the provider issues no ID token
        }
        return scope;
    }

    private String refusal(ErrorObject error) {
        if (OAuth2Error.ACCESS_DENIED_CODE.equals(error.getCode())) {
            return "The sign-in was cancelled or refused at " + name() + ".";
        }
        return name() + " did not sign you in (" + code(error) + "). Please sign in again.";
    }

    /**
     * The error code alone, reduced to the characters codes are made of: it came through the
     * browser, so anyone could have written it.
     */
    private static String code(ErrorObject error) {
        String raw = error == null || error.getCode() == null ? "" : error.getCode();
        String safe = raw.replaceAll("[^A-Za-z0-9_.-]", "");
        return safe.isEmpty() ? "no reason given" : safe.substring(0, Math.min(40, safe.length()));
    }

    /**
     * What was wrong with the ID token, in words; never its content. Nimbus tells it only in its
     * messages, hence the look at their words.
     */
    static String why(BadJOSEException invalid) {
        if (invalid instanceof BadJWSException) {
            return "does not carry a valid signature of the provider";
        }
        String message = String.valueOf(invalid.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("audience") || message.contains("authorized party")) {
            return "was made for another application";
        }
        if (message.contains("issuer")) {
            return "was issued by another provider";
        }
        if (message.contains("expir") || message.contains("issue time")) {
            return "has expired (or a clock is wrong)";
        }
        if (message.contains("nonce")) {
            return "belongs to another sign-in";
        }
        if (message.contains("key") || message.contains("algorithm")) {
            return "is not signed with a key the provider publishes";
        }
        return "did not pass validation";
    }

    private static boolean same(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(
                        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A sign-in under way: where to send the browser, and what to check its answer against. Kept in
     * the HTTP session (hence serializable); its state, nonce and verifier are for {@link #finish}
     * only and stay out of {@link #toString()}.
     */
    public record Begun(URI authorizationUrl, String state, String nonce, String codeVerifier)
            implements Serializable {

        @Override
        public String toString() {
            return "Begun[authorizationEndpoint="
                    + authorizationUrl.getScheme()
                    + "://"
                    + authorizationUrl.getRawAuthority()
                    + authorizationUrl.getRawPath()
                    + "]";
        }
    }

    /**
     * A person the provider vouched for, from a validated ID token.
     *
     * @param name the person's name as the provider tells it (else the e-mail address)
     * @param groups the provider's groups for the person; empty when it tells none
     */
    public record Verified(
            String issuer,
            String subject,
            String email,
            boolean emailVerified,
            String name,
            Set<String> groups) {

        public Verified {
            groups = Set.copyOf(groups);
        }
    }

    /**
     * A sign-in that did not succeed. The message is one or two sentences for the person signing
     * in; it holds no token, code, secret or stack trace.
     */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }
}
