package io.relink.networks.youtube;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Cause;
import io.relink.networks.Discovery;
import io.relink.networks.GrantedScopes;
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
import io.relink.networks.youtube.YouTubeAnswers.TokenInfo;
import io.relink.networks.youtube.YouTubeCauses.Step;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Relink's adapter for YouTube, through Google OAuth 2.0: checks tokens with Google's {@code
 * tokeninfo} and one cheap YouTube call, refreshes them (Google does not rotate refresh tokens),
 * and discovers the Google account and its YouTube channel. See {@code package-info} for Google's
 * rules.
 *
 * <p>Fault tolerance guards each call, as for every network; only {@link NetworkTrouble} opens the
 * circuit.
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
public class YouTubeNetwork implements OAuth2Adapter {

    /**
     * What Relink asks for unless {@code relink.network.youtube.scopes} says otherwise: who the
     * person is ({@code openid email profile}; also what makes Google's cross-account protection
     * cover the grant), reading the channel ({@code youtube.readonly}) and publishing videos
     * ({@code youtube.upload}). No Gmail scope, so a password change does not end the grant.
     */
    public static final String SCOPES =
            "openid email profile https://www.googleapis.com/auth/youtube.readonly "
                    + "https://www.googleapis.com/auth/youtube.upload";

    static final String API = "https://www.googleapis.com/";
    static final String AUTH = "https://accounts.google.com/o/oauth2/v2/auth";
    static final String TOKEN = "https://oauth2.googleapis.com/token";
    static final String TOKENINFO = "https://oauth2.googleapis.com/tokeninfo";
    static final String REVOKE = "https://oauth2.googleapis.com/revoke";
    static final String USERINFO = "https://openidconnect.googleapis.com/v1/userinfo";

    @Inject Config config;
    @Inject Clock clock;

    private Wiring wiring;
    private boolean testing;

    /** For CDI, which injects the fields. */
    public YouTubeNetwork() {}

    /** An adapter with explicit settings, for tests and tools: the same code path as CDI's. */
    public YouTubeNetwork(NetworkSettings settings, Clock clock) {
        this.clock = clock;
        connect(settings);
    }

    @PostConstruct
    void configure() {
        connect(NetworkSettings.read(config, NetworkType.YOUTUBE, API));
    }

    private void connect(NetworkSettings settings) {
        testing = Boolean.parseBoolean(settings.value("consent-testing").orElse("false").strip());
        // Google does not rotate refresh tokens: the grant keeps the one Relink holds.
        wiring =
                Wiring.open(
                        settings,
                        clock,
                        YouTubeLimits.LIMITS,
                        edge ->
                                TokenEndpoint.form(
                                        edge,
                                        settings.url("token-url", TOKEN),
                                        "client_id",
                                        TokenEndpoint.Answers.of(
                                                (token, held) ->
                                                        YouTubeAnswers.grant(
                                                                token, edge.now(), held, testing),
                                                (answer, refreshing) ->
                                                        answer.json(
                                                                error ->
                                                                        YouTubeAnswers.oauthError(
                                                                                answer.status(),
                                                                                error,
                                                                                refreshing
                                                                                        ? Step
                                                                                                .REFRESH
                                                                                        : Step
                                                                                                .EXCHANGE)))));
    }

    @Override
    public Wiring wiring() {
        return wiring;
    }

    /**
     * Asks {@code tokeninfo} (no quota) whether the token is alive, for Relink's client, until when
     * and with which scopes; then {@code channels?part=id&mine=true} (1 unit) whether it still
     * reaches the channel and may read it. A 401 is UNKNOWN: the checker refreshes once and asks
     * again.
     */
    @Override
    public Verdict inspect(Probe probe) {
        Answer answer =
                edge().send(
                                NetworkHttp.get(
                                        NetworkHttp.withQuery(
                                                edge().settings().url("tokeninfo-url", TOKENINFO),
                                                "access_token",
                                                probe.accessToken())));
        if (answer.status() != 200) {
            return answer.json(
                    error -> YouTubeAnswers.oauthError(answer.status(), error, Step.CHECK));
        }
        TokenInfo info = answer.json(YouTubeAnswers::tokenInfo);
        if (!edge().settings().clientId().equals(info.audience())) {
            // Issued to another client: Relink's client id changed, and its refreshes will fail
            // too.
            return new Verdict.Dead(
                    Cause.APP_PROBLEM,
                    "200/aud-mismatch",
                    "The token was issued to another Google OAuth client.");
        }
        Answer channels =
                edge().send(api("youtube/v3/channels?part=id&mine=true", probe.accessToken()));
        if (channels.status() != 200) {
            return edge().definitive(channels, apiError(channels));
        }
        List<String> reached = channels.json(YouTubeAnswers::channelIds);
        if (probe.channelExternalId() != null && !reached.contains(probe.channelExternalId())) {
            return new Verdict.Dead(
                    Cause.ADMIN_ROLE_LOST,
                    "200/channel-not-listed",
                    "The grant no longer reaches YouTube channel "
                            + probe.channelExternalId()
                            + ".");
        }
        return new Verdict.Valid(info.expiresAt(), null, info.scopes());
    }

    /**
     * A reported Google API error, read as the check's {@code channels} call reads one ({@link
     * YouTubeAnswers#apiError}), but a spent quota does not pause the checks from here. A 401 is
     * {@code UNKNOWN} and counts (the refresh that follows decides, as for a check); an {@code
     * UNKNOWN} reason at another status ({@code forbidden}, {@code videoNotFound}, ...) is about
     * the product's call, not the token.
     */
    @Override
    public Verdict classify(int httpStatus, String body) {
        return edge().classify(httpStatus, body, this::apiError);
    }

    /** {@code youtube.upload} (publishing), if the scopes asked include it. */
    @Override
    public Set<String> requiredScopes() {
        return GrantedScopes.required(
                List.of(edge().settings().value("scopes").orElse(SCOPES).trim().split("\\s+")),
                Set.of("https://www.googleapis.com/auth/youtube.upload"));
    }

    /**
     * Google's consent page, with PKCE (S256) when Relink gives a challenge; {@code
     * access_type=offline} and {@code prompt=consent} so that a refresh token is issued on every
     * consent, not only the first.
     */
    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        List<String> ours =
                List.of(edge().settings().value("scopes").orElse(SCOPES).trim().split("\\s+"));
        String challenge = request.codeChallenge();
        return NetworkHttp.withQuery(
                edge().settings().url("auth-url", AUTH),
                "response_type",
                "code",
                "client_id",
                edge().settings().clientId(),
                "redirect_uri",
                request.redirectUri().toString(),
                "scope",
                request.scope(ours, " "),
                "state",
                request.state(),
                "access_type",
                "offline",
                "prompt",
                "consent",
                "include_granted_scopes",
                "true",
                "code_challenge",
                challenge,
                "code_challenge_method",
                challenge == null ? null : "S256");
    }

    /**
     * The Google account (OpenID Connect {@code userinfo}) and the YouTube channel the grant
     * reaches.
     */
    @Override
    public Discovery discover(String accessToken) {
        Discovery person =
                call(
                        bearer(
                                NetworkHttp.get(edge().settings().url("userinfo-url", USERINFO)),
                                accessToken),
                        YouTubeAnswers::person);
        List<Discovery.Reach> channels =
                call(
                        api("youtube/v3/channels?part=snippet&mine=true", accessToken),
                        YouTubeAnswers::channels);
        return new Discovery(person.externalUserId(), person.displayName(), channels);
    }

    /**
     * Revokes the grant at Google. Google revokes the whole grant from either token; an access
     * token only while it is alive (an hour), so Relink should hand over the refresh token where it
     * holds one. A token Google no longer knows ({@code invalid_token}) leaves nothing to revoke.
     */
    @Override
    public void revoke(String token) {
        Answer answer =
                edge().send(
                                NetworkHttp.postForm(
                                        edge().settings().url("revoke-url", REVOKE),
                                        "token",
                                        token));
        if (answer.status() == 200) {
            return;
        }
        if (!"invalid_token".equals(answer.json(YouTubeAnswers::errorCode))) {
            throw edge().refused(
                            answer.json(
                                    error ->
                                            YouTubeAnswers.oauthError(
                                                    answer.status(), error, Step.CHECK)));
        }
    }

    private <T> T call(HttpRequest.Builder request, Function<JsonObject, T> reader) {
        return edge().read(request, reader, this::apiError);
    }

    private HttpRequest.Builder api(String path, String accessToken) {
        return bearer(NetworkHttp.get(edge().settings().baseUrl().resolve(path)), accessToken);
    }

    private static HttpRequest.Builder bearer(HttpRequest.Builder request, String accessToken) {
        return request.header("Authorization", NetworkHttp.bearer(accessToken));
    }

    /**
     * A Google API error answer, by {@link YouTubeCauses}: quota, rate and server trouble are
     * transient, and a spent daily quota (the only trouble that names its end) pauses every YouTube
     * check until then (see {@link YouTubeLimits}).
     */
    private Verdict apiError(Answer answer) {
        return answer.json(error -> YouTubeAnswers.apiError(answer.status(), error, edge().now()));
    }

    @Override
    public String toString() {
        return "YouTubeNetwork[" + edge() + "]";
    }
}
