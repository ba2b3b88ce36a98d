package io.relink.networks.pinterest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.relink.networks.Cause;
import io.relink.networks.Network;
import io.relink.networks.NetworkContract;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkType;
import io.relink.networks.Probe;
import io.relink.networks.Verdict.Transient.Kind;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pinterest adapter passes the one contract, against a stub answering with Pinterest's JSON
 * shapes. The stub serves the API under {@code /v5/}, as Pinterest does.
 */
class PinterestContractTest extends NetworkContract {

    static final String APP_ID = "1484022";
    static final String APP_SECRET = "pinterest-app-secret-for-tests";

    @Override
    protected Network adapter(Duration timeout) {
        return new PinterestNetwork(settings(base(), APP_ID, APP_SECRET, timeout), CLOCK);
    }

    @Override
    protected Network unconfigured() {
        return new PinterestNetwork(settings(base(), "", "", Duration.ofSeconds(1)), CLOCK);
    }

    /** Every URL of Pinterest points at the stub. */
    static NetworkSettings settings(URI base, String id, String secret, Duration timeout) {
        return NetworkSettings.of(
                NetworkType.PINTEREST,
                id,
                secret,
                base.resolve("v5/"),
                timeout,
                Map.of("auth-url", base + "oauth/"));
    }

    @Override
    protected Probe stubValidToken() {
        stubAccount("pina_valid", 200, "pinterest/user-account.json");
        return new Probe("pina_valid", "549755885175");
    }

    /**
     * The deactivation wordings are not documented [U]: their answers are Pinterest's shape with a
     * guessed message.
     */
    @Override
    protected Map<Cause, Probe> stubDeadTokens() {
        Map<Cause, Probe> dead = new LinkedHashMap<>();
        dead.put(Cause.UNKNOWN, dead("pina_revoked", 401, "pinterest/authentication-failed.json"));
        dead.put(
                Cause.ACCOUNT_UNAVAILABLE,
                dead("pina_user_gone", 401, "pinterest/user-deactivated.json"));
        dead.put(Cause.APP_PROBLEM, dead("pina_app_gone", 401, "pinterest/app-deactivated.json"));
        dead.put(
                Cause.SCOPE_MISSING,
                dead("pina_no_scope", 403, "pinterest/authorization-failed.json"));
        return dead;
    }

    @Override
    protected void stubExchange(String code) {
        wire.stubFor(
                post(urlPathEqualTo("/v5/oauth/token"))
                        .withHeader("Authorization", equalTo(NetworkHttp.basic(APP_ID, APP_SECRET)))
                        .withRequestBody(containing("grant_type=authorization_code"))
                        .withRequestBody(containing("code=" + code))
                        .willReturn(okJson(json("pinterest/token.json"))));
    }

    @Override
    protected void stubRefresh(String refreshToken) {
        wire.stubFor(
                post(urlPathEqualTo("/v5/oauth/token"))
                        .withHeader("Authorization", equalTo(NetworkHttp.basic(APP_ID, APP_SECRET)))
                        .withRequestBody(containing("grant_type=refresh_token"))
                        .withRequestBody(containing("refresh_token=" + refreshToken))
                        .willReturn(okJson(json("pinterest/token-refreshed.json"))));
    }

    @Override
    protected List<Reported> reportedErrors() {
        return List.of(
                Reported.dead("pinterest/authentication-failed.json", 401, Cause.UNKNOWN, "401/2"),
                Reported.dead(null, 401, Cause.UNKNOWN, "401"),
                Reported.dead(
                        "pinterest/user-deactivated.json", 401, Cause.ACCOUNT_UNAVAILABLE, "401/2"),
                Reported.dead("pinterest/app-deactivated.json", 401, Cause.APP_PROBLEM, "401/2"),
                Reported.dead(
                        "pinterest/authorization-failed.json", 403, Cause.SCOPE_MISSING, "403/3"),
                Reported.trouble("pinterest/invalid-parameters.json", 400, Kind.MALFORMED_ANSWER),
                Reported.ignored("pinterest/board-not-found.json", 404),
                Reported.ignored("pinterest/user-account.json", 200));
    }

    @Override
    protected void stubDiscovery(String accessToken) {
        stubAccount(accessToken, 200, "pinterest/user-account.json");
    }

    private Probe dead(String token, int status, String file) {
        stubAccount(token, status, file);
        return new Probe(token, "549755885175");
    }

    private void stubAccount(String token, int status, String file) {
        wire.stubFor(
                get(urlPathEqualTo("/v5/user_account"))
                        .withHeader("Authorization", equalTo("Bearer " + token))
                        .willReturn(
                                aResponse()
                                        .withStatus(status)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(json(file))));
    }
}
