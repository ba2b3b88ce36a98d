package io.relink.networks.linkedin;

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
import io.relink.networks.Verdict.Transient.Kind;
import io.relink.networks.Wiring;
import io.relink.networks.linkedin.LinkedInAnswers.Introspection;
import io.relink.networks.linkedin.LinkedInApi.Administered;
import io.relink.networks.linkedin.LinkedInCauses.Step;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Relink's adapter for LinkedIn (members and organization pages): checks tokens with LinkedIn's
 * introspection and, for an organization channel, the member's administrator ACL; trades codes and
 * refresh tokens; discovers the member and the organizations they administer. See {@code
 * package-info} for LinkedIn's rules.
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
public class LinkedInNetwork implements OAuth2Adapter {

    /**
     * What Relink asks for unless {@code relink.network.linkedin.scopes} says otherwise: OpenID
     * Connect to know the member ({@code openid profile email}), posting as the member ({@code
     * w_member_social}), reading and posting as an organization ({@code r_organization_social},
     * {@code w_organization_social}) and the organization ACL and names ({@code
     * rw_organization_admin}, which needs LinkedIn's Community Management approval). Keep the set
     * stable: LinkedIn voids a member's earlier tokens when an app asks for a different set.
     */
    public static final String SCOPES =
            "openid profile email w_member_social r_organization_social w_organization_social rw_organization_admin";

    static final String API = "https://api.linkedin.com/";
    static final String OAUTH = "https://www.linkedin.com/oauth/v2/";

    /**
     * The Marketing API version Relink speaks; LinkedIn retires each about a year after its
     * release.
     */
    static final String API_VERSION = "202510";

    /**
     * A token this young that the API calls revoked while introspection calls it active is still
     * propagating [C].
     */
    static final Duration FRESH = Duration.ofMinutes(10);

    @Inject Config config;
    @Inject Clock clock;

    private Wiring wiring;
    private URI oauth;
    private LinkedInApi api;

    /** For CDI, which injects the fields. */
    public LinkedInNetwork() {}

    /** An adapter with explicit settings, for tests and tools: the same code path as CDI's. */
    public LinkedInNetwork(NetworkSettings settings, Clock clock) {
        this.clock = clock;
        connect(settings);
    }

    @PostConstruct
    void configure() {
        connect(NetworkSettings.read(config, NetworkType.LINKEDIN, API));
    }

    private void connect(NetworkSettings settings) {
        String base = settings.url("oauth-url", OAUTH).toString();
        // Paths resolve against it: without the slash "accessToken" would replace "v2".
        oauth = URI.create(base.endsWith("/") ? base : base + "/");
        // Refresh tokens only for approved partner apps (other apps get none, so nothing asks);
        // LinkedIn
        // does not rotate them: the grant keeps the one Relink holds. No PKCE (see
        // authorizationUrl): the
        // verifier is not sent.
        wiring =
                Wiring.open(
                        settings,
                        clock,
                        LinkedInLimits.LIMITS,
                        edge ->
                                TokenEndpoint.form(
                                                edge,
                                                oauth.resolve("accessToken"),
                                                "client_id",
                                                TokenEndpoint.Answers.of(
                                                        (token, held) ->
                                                                LinkedInAnswers.grant(
                                                                        token, edge.now(), held),
                                                        (answer, refreshing) ->
                                                                answer.json(
                                                                        error ->
                                                                                LinkedInAnswers
                                                                                        .oauthError(
                                                                                                answer
                                                                                                        .status(),
                                                                                                error,
                                                                                                refreshing
                                                                                                        ? Step
                                                                                                                .REFRESH
                                                                                                        : Step
                                                                                                                .EXCHANGE))))
                                        .withoutPkce());
        api =
                new LinkedInApi(
                        edge()::send,
                        settings.baseUrl(),
                        settings.value("api-version").orElse(API_VERSION));
    }

    @Override
    public Wiring wiring() {
        return wiring;
    }

    /**
     * Introspects the token (no side effect, no member quota); for an organization channel, then
     * reads the member's approved ADMINISTRATOR roles with the token itself: an organization no
     * longer listed is a lost role, and a 403 there is a missing permission with the role not in
     * question.
     */
    @Override
    public Verdict inspect(Probe probe) {
        Answer answer =
                tokens().post(oauth.resolve("introspectToken"), "token", probe.accessToken());
        if (answer.status() != 200) {
            return answer.json(
                    error -> LinkedInAnswers.oauthError(answer.status(), error, Step.CHECK));
        }
        Introspection introspection = answer.json(LinkedInAnswers::introspection);
        String organization = LinkedInAnswers.organizationId(probe.channelExternalId());
        if (!introspection.active() || organization == null) {
            return introspection
                    .verdict(); // a member's channel is their own profile: the token is all there
            // is
        }
        Administered administered = api.administered(probe.accessToken());
        if (administered.refusal() != null
                && youngAndRevoked(introspection, administered.refusal())) {
            throw stillPropagating(administered.refusal());
        }
        if (administered.refusal() != null) {
            return administered.refusal();
        }
        if (!administered
                .organizations()
                .contains(LinkedInAnswers.ORGANIZATION_URN + organization)) {
            return new Verdict.Dead(
                    Cause.ADMIN_ROLE_LOST,
                    "200/organizationAcls/not-listed",
                    "The member is no longer an approved ADMINISTRATOR of organization "
                            + organization
                            + ".");
        }
        return introspection.verdict();
    }

    /**
     * A reported REST API error, read as the ACL call reads one ({@link LinkedInAnswers#apiError},
     * {@link LinkedInCauses#ofApiError}); an {@code UNKNOWN} code counts only with a 401 (65600
     * "Invalid access token" comes with one), so a 422 duplicate post or a 400 leaves the token
     * alone.
     */
    @Override
    public Verdict classify(int httpStatus, String body) {
        return edge().classify(
                        httpStatus,
                        body,
                        answer ->
                                answer.json(
                                        error -> LinkedInAnswers.apiError(answer.status(), error)));
    }

    /** {@code w_member_social} (posting as the member), if the scopes asked include it. */
    @Override
    public Set<String> requiredScopes() {
        return GrantedScopes.required(
                List.of(edge().settings().value("scopes").orElse(SCOPES).trim().split("\\s+")),
                Set.of("w_member_social"));
    }

    /**
     * LinkedIn's consent page. No PKCE: it is not part of LinkedIn's documented web flow [U], and
     * the code is traded with the client secret anyway; the single-use {@code state} guards the
     * callback.
     */
    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        List<String> ours =
                List.of(edge().settings().value("scopes").orElse(SCOPES).trim().split("\\s+"));
        return NetworkHttp.withQuery(
                oauth.resolve("authorization"),
                "response_type",
                "code",
                "client_id",
                edge().settings().clientId(),
                "redirect_uri",
                request.redirectUri().toString(),
                "state",
                request.state(),
                "scope",
                request.scope(ours, " "));
    }

    /**
     * The member (OpenID Connect {@code userinfo}; their own profile is a channel) and the
     * organizations they administer. An app without the organization permissions gets a 403 on the
     * ACL: then the member's profile is all the grant reaches.
     */
    @Override
    public Discovery discover(String accessToken) {
        Discovery member = api.member(accessToken);
        List<Discovery.Reach> channels = new ArrayList<>(member.channels());
        Administered administered = api.administered(accessToken);
        if (administered.refusal() != null
                && administered.refusal().cause() != Cause.SCOPE_MISSING) {
            throw edge().refused(administered.refusal());
        }
        List<String> ids =
                administered.organizations().stream().map(LinkedInAnswers::organizationId).toList();
        Map<String, String> names = api.names(ids, accessToken);
        ids.forEach(
                id ->
                        channels.add(
                                new Discovery.Reach(
                                        LinkedInAnswers.ORGANIZATION_URN + id,
                                        names.get(id),
                                        "ORGANIZATION")));
        return new Discovery(member.externalUserId(), member.displayName(), channels);
    }

    /**
     * Revokes the token with {@code POST /oauth/v2/revoke} [U: seen in community code, not in
     * LinkedIn's docs]. A token LinkedIn no longer knows leaves nothing to revoke; an endpoint that
     * is not there (404) is taken as "LinkedIn cannot revoke": Relink erases the token anyway.
     */
    @Override
    public void revoke(String accessToken) {
        Answer answer = tokens().post(oauth.resolve("revoke"), "token", accessToken);
        if (answer.status() == 200 || answer.status() == 404) {
            return;
        }
        Verdict.Dead refused =
                answer.json(
                        error -> LinkedInAnswers.oauthError(answer.status(), error, Step.CHECK));
        if (refused.cause() != Cause.APP_PROBLEM) {
            return; // RFC 7009: an unknown, expired or revoked token is already as good as revoked
        }
        throw edge().refused(refused);
    }

    private boolean youngAndRevoked(Introspection introspection, Verdict.Dead refusal) {
        return refusal.cause() == Cause.REVOKED_BY_USER
                && introspection.createdAt() != null
                && introspection.createdAt().plus(FRESH).isAfter(edge().now());
    }

    private NetworkTrouble stillPropagating(Verdict.Dead refusal) {
        return new NetworkTrouble(
                Kind.SERVER_ERROR,
                null,
                refusal.rawCode(),
                edge().name()
                        + " called a token issued minutes ago revoked while its introspection calls it active; asked again later");
    }

    @Override
    public String toString() {
        return "LinkedInNetwork[" + edge() + "]";
    }
}
