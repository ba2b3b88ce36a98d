package io.relink.networks.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.relink.networks.Cause;
import io.relink.networks.Network;
import io.relink.networks.NetworkContract;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkType;
import io.relink.networks.Probe;
import io.relink.networks.Verdict.Transient.Kind;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The contract for Meta's networks that share the long-lived token flow (Instagram Login, Threads):
 * code exchange, {@code <x>_exchange_token}, {@code <x>_refresh_token}, checks with {@code /me}.
 * Each subclass names its network's prefixes, paths and answer folder.
 */
public abstract class LongLivedTokenContract extends NetworkContract {

    private final NetworkType network;
    private final BiFunction<NetworkSettings, Clock, Network> factory;
    private final String tokenPrefix;
    private final String grantPrefix;
    private final String mePath;
    private final String channelId;

    /**
     * @param tokenPrefix how the network's tokens begin, e.g. {@code IGAA}
     * @param grantPrefix the grant types' prefix, e.g. {@code ig} for {@code ig_exchange_token}
     * @param mePath the path of the check call, e.g. {@code /me}
     */
    protected LongLivedTokenContract(
            NetworkType network,
            BiFunction<NetworkSettings, Clock, Network> factory,
            String tokenPrefix,
            String grantPrefix,
            String mePath,
            String channelId) {
        this.network = network;
        this.factory = factory;
        this.tokenPrefix = tokenPrefix;
        this.grantPrefix = grantPrefix;
        this.mePath = mePath;
        this.channelId = channelId;
    }

    @Override
    protected Network adapter(Duration timeout) {
        return factory.apply(
                NetworkSettings.of(
                        network,
                        "1234567890123456",
                        grantPrefix + "-app-secret-SECRET",
                        base(),
                        timeout,
                        Map.of(
                                "auth-url",
                                base() + "oauth/authorize",
                                "token-url",
                                base() + "oauth/access_token")),
                CLOCK);
    }

    @Override
    protected Network unconfigured() {
        return factory.apply(
                NetworkSettings.of(network, "", "", base(), Duration.ofSeconds(1), Map.of()),
                CLOCK);
    }

    @Override
    protected Probe stubValidToken() {
        me(token("valid"), 200, "me.json");
        return new Probe(token("valid"), channelId);
    }

    @Override
    protected Map<Cause, Probe> stubDeadTokens() {
        Map<Cause, Probe> dead = new LinkedHashMap<>();
        dead.put(Cause.REVOKED_BY_USER, dead("error-190-458.json"));
        dead.put(Cause.SECURITY_CHECKPOINT, dead("error-190-459.json"));
        dead.put(Cause.PASSWORD_CHANGED, dead("error-190-460.json"));
        dead.put(Cause.LIFESPAN_ENDED, dead("error-190-463.json"));
        dead.put(Cause.UNKNOWN, dead("error-190.json"));
        dead.put(Cause.SCOPE_MISSING, dead("error-10.json"));
        return dead;
    }

    @Override
    protected void stubExchange(String code) {
        wire.stubFor(
                post(urlPathEqualTo("/oauth/access_token"))
                        .withRequestBody(containing("code=" + code))
                        .willReturn(file("token-short.json")));
        wire.stubFor(
                get(urlPathEqualTo("/access_token"))
                        .withQueryParam("grant_type", equalTo(grantPrefix + "_exchange_token"))
                        .withQueryParam("access_token", equalTo(token("short-lived")))
                        .willReturn(file("token-long.json")));
    }

    @Override
    protected void stubRefresh(String refreshToken) {
        wire.stubFor(
                get(urlPathEqualTo("/refresh_access_token"))
                        .withQueryParam("grant_type", equalTo(grantPrefix + "_refresh_token"))
                        .withQueryParam("access_token", equalTo(refreshToken))
                        .willReturn(file("token-refreshed.json")));
    }

    /**
     * Both networks answer Graph errors from the same table; each folder holds its network's
     * wording.
     */
    @Override
    protected List<Reported> reportedErrors() {
        String folder = network.name().toLowerCase(Locale.ROOT) + "/";
        return List.of(
                Reported.dead(folder + "error-190-458.json", 400, Cause.REVOKED_BY_USER, "190/458"),
                Reported.dead(
                        folder + "error-190-459.json", 400, Cause.SECURITY_CHECKPOINT, "190/459"),
                Reported.dead(
                        folder + "error-190-460.json", 400, Cause.PASSWORD_CHANGED, "190/460"),
                Reported.dead(folder + "error-190-463.json", 400, Cause.LIFESPAN_ENDED, "190/463"),
                Reported.dead(folder + "error-190.json", 400, Cause.UNKNOWN, "190"),
                Reported.dead(folder + "error-10.json", 403, Cause.SCOPE_MISSING, "10"),
                // Instagram's flat OAuth error (code 400) and Threads' code 100 are in no row of
                // the table.
                Reported.ignored(folder + "code-invalid.json", 400),
                Reported.trouble(folder + "me.json", 400, Kind.MALFORMED_ANSWER),
                Reported.ignored(folder + "me.json", 200));
    }

    @Override
    protected void stubDiscovery(String accessToken) {
        me(accessToken, 200, "me-profile.json");
    }

    private String token(String name) {
        return tokenPrefix + "-SECRET-" + name;
    }

    private Probe dead(String file) {
        me(token(file), 400, file);
        return new Probe(token(file), channelId);
    }

    private void me(String token, int status, String file) {
        wire.stubFor(
                get(urlPathEqualTo(mePath))
                        .withQueryParam("access_token", equalTo(token))
                        .willReturn(file(file).withStatus(status)));
    }

    private ResponseDefinitionBuilder file(String name) {
        return okJson(json(network.name().toLowerCase(Locale.ROOT) + "/" + name));
    }
}
