package io.relink.networks.x;

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

/** The X adapter passes the one contract, against a stub answering with X's own JSON shapes. */
class XContractTest extends NetworkContract {

    static final String CLIENT_ID = "M1M5R3BMVy13QmpScXkzTUt5OE46MTpjaQ";
    static final String CLIENT_SECRET = "x-client-secret-for-tests";

    @Override
    protected Network adapter(Duration timeout) {
        return new XNetwork(settings(base(), CLIENT_ID, CLIENT_SECRET, timeout), CLOCK);
    }

    @Override
    protected Network unconfigured() {
        return new XNetwork(settings(base(), "", "", Duration.ofSeconds(1)), CLOCK);
    }

    /** Every URL of X points at the stub. */
    static NetworkSettings settings(URI base, String id, String secret, Duration timeout) {
        return NetworkSettings.of(
                NetworkType.X,
                id,
                secret,
                base,
                timeout,
                Map.of(
                        "auth-url",
                        base + "i/oauth2/authorize",
                        "consumer-key",
                        "consumer-key-1",
                        "consumer-secret",
                        "consumer-secret-1"));
    }

    @Override
    protected Probe stubValidToken() {
        stubMe("x-access-valid", 200, "x/users-me.json");
        return new Probe("x-access-valid", "2244994945");
    }

    @Override
    protected Map<Cause, Probe> stubDeadTokens() {
        Map<Cause, Probe> dead = new LinkedHashMap<>();
        dead.put(Cause.UNKNOWN, dead("x-access-expired", 401, "x/error-89.json"));
        dead.put(Cause.ACCOUNT_UNAVAILABLE, dead("x-access-suspended", 403, "x/error-64.json"));
        dead.put(Cause.SECURITY_CHECKPOINT, dead("x-access-locked", 403, "x/error-326.json"));
        dead.put(Cause.SCOPE_MISSING, dead("x-access-forbidden", 403, "x/client-forbidden.json"));
        dead.put(
                Cause.APP_PROBLEM,
                dead("x-access-not-enrolled", 403, "x/client-forbidden-not-enrolled.json"));
        return dead;
    }

    @Override
    protected void stubExchange(String code) {
        wire.stubFor(
                post(urlPathEqualTo("/2/oauth2/token"))
                        .withHeader(
                                "Authorization",
                                equalTo(NetworkHttp.basic(CLIENT_ID, CLIENT_SECRET)))
                        .withRequestBody(containing("grant_type=authorization_code"))
                        .withRequestBody(containing("code=" + code))
                        .withRequestBody(containing("code_verifier="))
                        .willReturn(okJson(json("x/token.json"))));
    }

    @Override
    protected void stubRefresh(String refreshToken) {
        wire.stubFor(
                post(urlPathEqualTo("/2/oauth2/token"))
                        .withHeader(
                                "Authorization",
                                equalTo(NetworkHttp.basic(CLIENT_ID, CLIENT_SECRET)))
                        .withRequestBody(containing("grant_type=refresh_token"))
                        .withRequestBody(containing("refresh_token=" + refreshToken))
                        .willReturn(okJson(json("x/token.json"))));
    }

    @Override
    protected List<Reported> reportedErrors() {
        return List.of(
                Reported.dead("x/error-89.json", 401, Cause.UNKNOWN, "401/89"),
                Reported.dead("x/error-32.json", 401, Cause.UNKNOWN, "401/32"),
                Reported.dead("x/unauthorized.json", 401, Cause.UNKNOWN, "401"),
                Reported.dead(null, 401, Cause.UNKNOWN, "401"),
                Reported.dead("x/error-64.json", 403, Cause.ACCOUNT_UNAVAILABLE, "403/64"),
                Reported.dead("x/error-326.json", 403, Cause.SECURITY_CHECKPOINT, "403/326"),
                Reported.dead("x/error-416.json", 403, Cause.APP_PROBLEM, "403/416"),
                Reported.dead(
                        "x/client-forbidden.json",
                        403,
                        Cause.SCOPE_MISSING,
                        "403/client-forbidden"),
                Reported.dead(
                        "x/client-forbidden-not-enrolled.json",
                        403,
                        Cause.APP_PROBLEM,
                        "403/client-forbidden/client-not-enrolled"),
                Reported.trouble("x/error-88.json", 400, Kind.RATE_LIMITED),
                Reported.trouble("x/error-135.json", 401, Kind.NETWORK_UNAVAILABLE),
                Reported.trouble("x/invalid-request.json", 400, Kind.MALFORMED_ANSWER),
                // 215 "Bad authentication data" comes with a 400: the product sent no usable
                // credential,
                // which says nothing about the token it holds. A 403 with no code is about the
                // post.
                Reported.ignored("x/error-215.json", 400),
                Reported.ignored("x/duplicate.json", 403),
                Reported.ignored("x/forbidden.json", 403),
                Reported.ignored("x/users-me.json", 200));
    }

    @Override
    protected void stubDiscovery(String accessToken) {
        stubMe(accessToken, 200, "x/users-me.json");
    }

    private Probe dead(String token, int status, String file) {
        stubMe(token, status, file);
        return new Probe(token, "2244994945");
    }

    private void stubMe(String token, int status, String file) {
        wire.stubFor(
                get(urlPathEqualTo("/2/users/me"))
                        .withHeader("Authorization", equalTo("Bearer " + token))
                        .willReturn(
                                aResponse()
                                        .withStatus(status)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(json(file))));
    }
}
