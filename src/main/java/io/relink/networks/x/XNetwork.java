package io.relink.networks.x;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Cause;
import io.relink.networks.Discovery;
import io.relink.networks.GrantedScopes;
import io.relink.networks.Limits;
import io.relink.networks.NetworkEdge;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.OAuth2Adapter;
import io.relink.networks.Probe;
import io.relink.networks.TokenEndpoint;
import io.relink.networks.Verdict;
import io.relink.networks.Wiring;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Relink's adapter for X: OAuth 2.0 authorization code with PKCE, rotating single-use refresh
 * tokens, checks through {@code GET /2/users/me} (OAuth 2.0 tokens, and OAuth 1.0a tokens stored as
 * {@code oauth1:<token>:<secret>}), revocation, and pauses when X's rate-limit headers say a window
 * is nearly used up. The rules and what is unverified: {@code package-info.java}.
 *
 * <p>Fault tolerance guards each call, overridable under MicroProfile Fault Tolerance's keys
 * ({@code io.relink.networks.x.XNetwork/Bulkhead/value}, see {@code
 * microprofile-config.properties}). Only {@link NetworkTrouble} opens the circuit: a dead token is
 * an answer, not a failure of X.
 */
@ApplicationScoped
@Timeout(value = 15, unit = ChronoUnit.SECONDS)
@Bulkhead(8)
@CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = 30,
        delayUnit = ChronoUnit.SECONDS,
        successThreshold = 2,
        failOn = NetworkTrouble.class)
public class XNetwork implements OAuth2Adapter {

    static final String API = "https://api.x.com/";
    static final String AUTHORIZE = "https://x.com/i/oauth2/authorize";

    /**
     * What Relink asks every person for: read and publish posts (tweet.read, tweet.write, and
     * media.write for images and video [U: src/docs/networks.md, section X]), read the account,
     * which is also the check (users.read), and a refresh token (offline.access: without it the
     * grant dies in 2 h).
     */
    static final Set<String> SCOPES =
            Set.of("tweet.read", "tweet.write", "users.read", "offline.access", "media.write");

    /**
     * How long to pause after a 429 that said neither when the window resets nor Retry-After: one
     * 15-minute window.
     */
    static final Duration RATE_LIMIT_PAUSE = Duration.ofMinutes(15);

    private static final String AUTHORIZATION = "Authorization";

    @Inject Config config;
    @Inject Clock clock;

    private final SecureRandom random = new SecureRandom();
    private Wiring wiring;

    /** For CDI, which injects the fields. */
    public XNetwork() {}

    /** An adapter with explicit settings, for tests and tools: the same code path as CDI's. */
    public XNetwork(NetworkSettings settings, Clock clock) {
        this.clock = clock;
        connect(settings);
    }

    @PostConstruct
    void configure() {
        connect(NetworkSettings.read(config, NetworkType.X, API));
    }

    private void connect(NetworkSettings settings) {
        // A confidential client: Basic authentication, so no client_id in the form. Refresh tokens
        // are
        // single-use: the one sent is spent once X answers, so the grant carries its successor,
        // which the
        // caller stores before anything uses the new access token; a spent or unknown one is
        // refused as
        // invalid_request: REFRESH_FAILED.
        wiring =
                Wiring.open(
                        settings,
                        clock,
                        Limits.window(RATE_LIMIT_PAUSE, XLimits::pauseUntil),
                        edge ->
                                TokenEndpoint.basic(
                                        edge,
                                        settings.baseUrl().resolve("2/oauth2/token"),
                                        TokenEndpoint.Answers.of(
                                                (token, held) -> XAnswers.grant(token, edge.now()),
                                                (answer, refreshing) ->
                                                        NetworkEdge.errorBody(
                                                                answer,
                                                                (status, error) ->
                                                                        XAnswers.tokenRejection(
                                                                                status,
                                                                                error,
                                                                                refreshing)))));
    }

    @Override
    public Wiring wiring() {
        return wiring;
    }

    /**
     * {@code GET /2/users/me}: the cheapest call that needs a working user token; it changes
     * nothing.
     */
    @Override
    public Verdict inspect(Probe probe) {
        return edge().check(me(probe.accessToken()), XAnswers::me, XNetwork::rejection);
    }

    /**
     * A reported API error, read as a check's ({@link XAnswers#rejection}; an empty body is read as
     * {@code {}}), but nothing is paused. An {@code UNKNOWN} code counts only with a 401 (89, 32
     * and 215 come with one), so a 403 duplicate post leaves the token alone.
     */
    @Override
    public Verdict classify(int httpStatus, String body) {
        return edge().classify(httpStatus, body, XNetwork::rejection);
    }

    /** {@link #SCOPES}. */
    @Override
    public Set<String> requiredScopes() {
        return GrantedScopes.required(SCOPES, Set.of("tweet.write", "users.read"));
    }

    /**
     * X requires PKCE; only S256 is offered. The scopes asked are {@link #SCOPES} and any the
     * caller adds.
     */
    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        if (request.codeChallenge() == null || request.codeChallenge().isBlank()) {
            throw new IllegalArgumentException(
                    "X requires PKCE: an authorization request needs a code challenge");
        }
        return NetworkHttp.withQuery(
                edge().settings().url("auth-url", AUTHORIZE),
                "response_type",
                "code",
                "client_id",
                edge().settings().clientId(),
                "redirect_uri",
                request.redirectUri().toString(),
                "scope",
                request.scope(SCOPES, " "),
                "state",
                request.state(),
                "code_challenge",
                request.codeChallenge(),
                "code_challenge_method",
                "S256");
    }

    /** The person behind the token; their one channel is their own X account. */
    @Override
    public Discovery discover(String accessToken) {
        return edge().read(me(accessToken), XAnswers::person, XNetwork::rejection);
    }

    /**
     * {@code POST /2/oauth2/revoke} as the client. A token X no longer knows is gone already (RFC
     * 7009); a refused client is thrown. OAuth 1.0a tokens are left alone: they die when the person
     * removes the app in X's settings, and their invalidation call is not implemented.
     */
    @Override
    public void revoke(String accessToken) {
        if (XOAuth1.isOAuth1(accessToken)) {
            return;
        }
        Answer answer =
                tokens().post(
                                edge().settings().baseUrl().resolve("2/oauth2/revoke"),
                                "token",
                                accessToken,
                                "token_type_hint",
                                "access_token");
        if (answer.status() == 200) {
            return;
        }
        Verdict.Dead dead =
                edge().definitive(
                                answer,
                                NetworkEdge.errorBody(
                                        answer,
                                        (status, error) ->
                                                XAnswers.tokenRejection(status, error, false)));
        if (dead.cause() == Cause.APP_PROBLEM) {
            throw edge().refused(dead);
        }
    }

    /** The request of {@code GET /2/users/me} for either kind of token. */
    private HttpRequest.Builder me(String accessToken) {
        NetworkSettings settings = edge().settings();
        URI uri = settings.baseUrl().resolve("2/users/me");
        if (!XOAuth1.isOAuth1(accessToken)) {
            return NetworkHttp.get(uri).header(AUTHORIZATION, NetworkHttp.bearer(accessToken));
        }
        String consumerKey = settings.value("consumer-key").filter(v -> !v.isBlank()).orElse(null);
        String consumerSecret =
                settings.value("consumer-secret").filter(v -> !v.isBlank()).orElse(null);
        if (consumerKey == null || consumerSecret == null) {
            throw new IllegalStateException(
                    "X OAuth 1.0a tokens can be checked only with "
                            + NetworkSettings.prefix(NetworkType.X)
                            + "consumer-key and consumer-secret set (the app's API key and secret)");
        }
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return NetworkHttp.get(uri)
                .header(
                        AUTHORIZATION,
                        XOAuth1.authorization(
                                "GET",
                                uri,
                                Map.of(),
                                consumerKey,
                                consumerSecret,
                                XOAuth1.parse(accessToken),
                                HexFormat.of().formatHex(nonce),
                                edge().now().getEpochSecond()));
    }

    /**
     * An API error answer; an empty body (some gateways send one with a 401) is read as {@code {}}.
     */
    private static Verdict rejection(Answer answer) {
        return NetworkEdge.errorBody(answer, XAnswers::rejection);
    }

    @Override
    public String toString() {
        return "XNetwork[" + edge() + "]";
    }
}
