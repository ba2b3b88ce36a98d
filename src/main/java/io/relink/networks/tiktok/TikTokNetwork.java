package io.relink.networks.tiktok;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Callback;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.GrantedScopes;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.OAuth2Adapter;
import io.relink.networks.Probe;
import io.relink.networks.Revocation;
import io.relink.networks.TokenEndpoint;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import io.relink.networks.VerifiedCallback;
import io.relink.networks.Wiring;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Relink's adapter for TikTok (Login Kit and the v2 API at open.tiktokapis.com): translates its
 * answers into verdicts and grants, and its {@code authorization.removed} webhook into revocations.
 * The rules and what is unverified: {@code package-info.java}.
 *
 * <p>Fault tolerance guards each call; the limits are overridable through MicroProfile Fault
 * Tolerance's keys ({@code io.relink.networks.tiktok.TikTokNetwork/Bulkhead/value}, see {@code
 * microprofile-config.properties}). Only {@link NetworkTrouble} opens the circuit: a dead token is
 * an answer, not a failure of the network.
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
public class TikTokNetwork implements OAuth2Adapter {

    static final String API = "https://open.tiktokapis.com/";
    static final String AUTHORIZE = "https://www.tiktok.com/v2/auth/authorize/";

    /**
     * What Relink asks for: {@code user.info.basic} to check a token and name the account (open_id,
     * display name), {@code video.list} to read the account's videos, {@code video.upload} and
     * {@code video.publish} so that downstream products can post drafts and publish directly. Each
     * must be approved for the app in TikTok's developer portal; {@code scopes} overrides the list.
     */
    static final String SCOPES = "user.info.basic,video.list,video.upload,video.publish";

    /** The fields of a check: the fewest that prove the token works. */
    private static final String CHECK_FIELDS = "open_id,display_name";

    private static final String DISCOVERY_FIELDS = "open_id,union_id,display_name";

    @Inject Config config;
    @Inject Clock clock;

    private Wiring wiring;
    private TikTokLimits usage;
    private Set<String> scopes;
    private boolean pkce;
    private Duration webhookTolerance;

    /** For CDI, which injects the fields. */
    public TikTokNetwork() {}

    /** An adapter with explicit settings, for tests and tools: the same code path as CDI's. */
    public TikTokNetwork(NetworkSettings settings, Clock clock) {
        this.clock = clock;
        connect(settings);
    }

    @PostConstruct
    void configure() {
        connect(NetworkSettings.read(config, NetworkType.TIKTOK, API));
    }

    private void connect(NetworkSettings settings) {
        // TikTok documents PKCE for mobile and desktop apps only; Relink is a web app (see
        // package-info).
        pkce = settings.value("pkce").map(String::strip).map(Boolean::parseBoolean).orElse(false);
        // TikTok rotates refresh tokens: the renewed grant carries the new one, which must be kept.
        // The
        // verifier is sent only where PKCE is switched on.
        wiring =
                Wiring.open(
                        settings,
                        clock,
                        TikTokLimits.LIMITS,
                        edge -> {
                            TokenEndpoint endpoint =
                                    TokenEndpoint.form(
                                            edge,
                                            settings.baseUrl().resolve("v2/oauth/token/"),
                                            "client_key",
                                            new TokenAnswers());
                            return pkce ? endpoint : endpoint.withoutPkce();
                        });
        usage =
                new TikTokLimits(
                        settings.value("user-info-per-minute")
                                .map(String::strip)
                                .map(Integer::valueOf)
                                .orElse(600),
                        edge().pause());
        scopes = commaSeparated(settings.value("scopes").orElse(SCOPES));
        webhookTolerance =
                settings.value("webhook-tolerance")
                        .map(String::strip)
                        .map(Duration::parse)
                        .orElse(Duration.ofMinutes(5));
    }

    @Override
    public Wiring wiring() {
        return wiring;
    }

    /**
     * Reads the account behind the token. TikTok reports neither the token's expiry nor its scopes
     * there, so a working token is valid with none (the grant's lifetimes come from the token
     * answers). A TikTok token reaches exactly the account that granted it: there is no admin role
     * to lose, so the probe's channel is not needed.
     */
    @Override
    public Verdict inspect(Probe probe) {
        Answer answer = userInfo(probe.accessToken(), CHECK_FIELDS);
        return answer.json(
                json -> {
                    TikTokAnswers.Failure failure = TikTokAnswers.failure(json);
                    if (failure == null && answer.status() == 200) {
                        TikTokAnswers.account(json); // proves the answer is the documented one
                        return new Verdict.Valid(null, null, Set.of());
                    }
                    return edge().definitive(
                                    answer,
                                    TikTokAnswers.apiError(answer.status(), json, edge().now()));
                });
    }

    /**
     * A reported v2 API error, read as a check's ({@link TikTokAnswers#apiError}), but nothing is
     * paused. An {@code UNKNOWN} code counts only with a 401 ({@code access_token_invalid} comes
     * with one), so a content-posting refusal leaves the token alone.
     */
    @Override
    public Verdict classify(int httpStatus, String body) {
        return edge().classify(
                        httpStatus,
                        body,
                        answer ->
                                answer.json(
                                        json ->
                                                TikTokAnswers.apiError(
                                                        answer.status(), json, edge().now())));
    }

    /**
     * Of the scopes asked, those publishing needs: {@code user.info.basic}, {@code video.publish}.
     */
    @Override
    public Set<String> requiredScopes() {
        return GrantedScopes.required(scopes, Set.of("user.info.basic", "video.publish"));
    }

    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        String challenge = pkce ? request.codeChallenge() : null;
        return NetworkHttp.withQuery(
                edge().settings().url("auth-url", AUTHORIZE),
                "client_key",
                edge().settings().clientId(),
                "response_type",
                "code",
                "scope",
                request.scope(scopes, ","),
                "redirect_uri",
                request.redirectUri().toString(),
                "state",
                request.state(),
                "code_challenge",
                challenge,
                "code_challenge_method",
                challenge == null ? null : "S256");
    }

    /** The account that granted the token is the one channel it reaches (kind ACCOUNT). */
    @Override
    public Discovery discover(String accessToken) {
        Answer answer = userInfo(accessToken, DISCOVERY_FIELDS);
        return answer.json(
                json -> {
                    TikTokAnswers.Failure failure = TikTokAnswers.failure(json);
                    if (failure == null && answer.status() == 200) {
                        return TikTokAnswers.account(json);
                    }
                    throw edge().refused(
                                    edge().definitive(
                                                    answer,
                                                    TikTokAnswers.apiError(
                                                            answer.status(), json, edge().now())));
                });
    }

    /**
     * Revokes the token, which also removes Relink from the person's connected apps (and makes
     * TikTok send an {@code authorization.removed} event with reason 5). A token TikTok no longer
     * knows ({@code invalid_grant}, {@code access_token_invalid}) is taken as revoked already [U:
     * TikTok does not document its answer for one].
     */
    @Override
    public void revoke(String accessToken) {
        Answer answer =
                tokens().post(
                                edge().settings().baseUrl().resolve("v2/oauth/revoke/"),
                                "token",
                                accessToken);
        if (answer.status() == 200 && answer.body().isBlank()) {
            return; // TikTok answers success with an empty body (or "{}")
        }
        answer.json(
                json -> {
                    TikTokAnswers.Failure failure = TikTokAnswers.failure(json);
                    if (failure == null && answer.status() == 200
                            || failure != null
                                    && Set.of("invalid_grant", "access_token_invalid")
                                            .contains(failure.code())) {
                        return null;
                    }
                    throw edge().refused(
                                    edge().definitive(
                                                    answer,
                                                    failure == null
                                                            ? unexpected(answer)
                                                            : failure.oauth(
                                                                    answer.status(),
                                                                    false,
                                                                    edge().now())));
                });
    }

    /**
     * TikTok's webhook, posted to {@code /api/v1/callbacks/tiktok/events}: verified with the client
     * secret (see {@link TikTokSignature}), then read by {@link TikTokWebhook}.
     */
    @Override
    public VerifiedCallback callback(Callback callback) {
        if (!"events".equals(callback.kind())) {
            throw new UnsupportedOperationException(
                    "TikTok sends no " + callback.kind() + " callback");
        }
        Instant signedAt =
                TikTokSignature.verify(
                        callback.header("TikTok-Signature").orElse(null),
                        callback.body(),
                        edge().settings().clientSecret(),
                        edge().now(),
                        webhookTolerance);
        Revocation revocation = TikTokWebhook.revocation(callback.body());
        return new VerifiedCallback(
                revocation,
                TikTokWebhook.createdAt(callback.body()).orElse(signedAt),
                signedAt.plus(webhookTolerance),
                VerifiedCallback.fingerprint(
                        callback.kind(), signedAt.getEpochSecond() + "." + callback.body()));
    }

    private Answer userInfo(String accessToken, String fields) {
        usage.called(edge().now());
        return edge().send(
                        NetworkHttp.get(
                                        edge().settings()
                                                .baseUrl()
                                                .resolve(
                                                        "v2/user/info/?"
                                                                + NetworkHttp.encode(
                                                                        "fields", fields)))
                                .header("Authorization", NetworkHttp.bearer(accessToken)));
    }

    /** A non-200 answer with no error code: not what TikTok documents. */
    private static Verdict unexpected(Answer answer) {
        return new Verdict.Transient(Kind.MALFORMED_ANSWER, null, String.valueOf(answer.status()));
    }

    /** TikTok's token answers: an error can come with a 200, as {@code error} beside no grant. */
    private final class TokenAnswers implements TokenEndpoint.Answers {

        @Override
        public Grant grant(JsonObject token, String heldRefreshToken) {
            return TikTokAnswers.grant(token, edge().now());
        }

        @Override
        public Verdict refusal(Answer answer, boolean refreshing) {
            return answer.json(
                    json -> {
                        TikTokAnswers.Failure failure = TikTokAnswers.failure(json);
                        return failure == null
                                ? unexpected(answer)
                                : failure.oauth(answer.status(), refreshing, edge().now());
                    });
        }

        @Override
        public boolean failed(Answer answer) {
            return answer.status() != 200 || answer.json(TikTokAnswers::failure) != null;
        }
    }

    private static Set<String> commaSeparated(String scopes) {
        return Set.copyOf(
                Stream.of(scopes.split(","))
                        .map(String::strip)
                        .filter(scope -> !scope.isEmpty())
                        .toList());
    }

    @Override
    public String toString() {
        return "TikTokNetwork[" + edge() + "]";
    }
}
