package io.relink.networks.tiktok;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The TikTok adapter passes the contract of every network, against a stub answering like TikTok.
 */
class TikTokContractTest extends NetworkContract {

    static final String USER_INFO = "/v2/user/info/";
    static final String TOKEN = "/v2/oauth/token/";

    @Override
    protected Network adapter(Duration timeout) {
        return new TikTokNetwork(
                settings("relink-client-key", "tiktok-client-secret", timeout), CLOCK);
    }

    @Override
    protected Network unconfigured() {
        return new TikTokNetwork(settings("", "", Duration.ofSeconds(1)), CLOCK);
    }

    NetworkSettings settings(String clientKey, String clientSecret, Duration timeout) {
        return NetworkSettings.of(
                NetworkType.TIKTOK,
                clientKey,
                clientSecret,
                base(),
                timeout,
                Map.of("auth-url", base() + "v2/auth/authorize/"));
    }

    @Override
    protected Probe stubValidToken() {
        userInfo("act.valid", 200, "user-info.json");
        return new Probe("act.valid", "-000Ana-Open-Id-0001");
    }

    @Override
    protected Map<Cause, Probe> stubDeadTokens() {
        userInfo("act.invalid", 401, "user-access_token_invalid.json");
        userInfo("act.scope", 401, "user-scope_not_authorized.json");
        return Map.of(
                Cause.UNKNOWN,
                new Probe("act.invalid", null),
                Cause.SCOPE_MISSING,
                new Probe("act.scope", null));
    }

    @Override
    protected void stubExchange(String code) {
        wire.stubFor(
                post(urlPathEqualTo(TOKEN))
                        .withRequestBody(containing("code=" + code))
                        .withRequestBody(containing("grant_type=authorization_code"))
                        .willReturn(okJson("token.json")));
    }

    @Override
    protected void stubRefresh(String refreshToken) {
        wire.stubFor(
                post(urlPathEqualTo(TOKEN))
                        .withRequestBody(containing("refresh_token=" + refreshToken))
                        .withRequestBody(containing("grant_type=refresh_token"))
                        .willReturn(okJson("token-refreshed.json")));
    }

    @Override
    protected List<Reported> reportedErrors() {
        return List.of(
                Reported.dead(
                        "tiktok/user-access_token_invalid.json",
                        401,
                        Cause.UNKNOWN,
                        "401/access_token_invalid"),
                Reported.dead(
                        "tiktok/user-scope_not_authorized.json",
                        401,
                        Cause.SCOPE_MISSING,
                        "401/scope_not_authorized"),
                Reported.dead(
                        "tiktok/user-scope_permission_missed.json",
                        401,
                        Cause.SCOPE_MISSING,
                        "401/scope_permission_missed"),
                Reported.trouble("tiktok/user-rate_limit_exceeded.json", 429, Kind.RATE_LIMITED),
                Reported.trouble("tiktok/user-rate_limit_exceeded.json", 400, Kind.RATE_LIMITED),
                Reported.trouble("tiktok/user-internal_error.json", 400, Kind.SERVER_ERROR),
                Reported.trouble("tiktok/user-invalid_params.json", 400, Kind.MALFORMED_ANSWER),
                // A code of no row (a content-posting refusal, say) is about the post, unless
                // TikTok answered 401.
                Reported.ignored("tiktok/user-something_new.json", 403),
                Reported.dead(
                        "tiktok/user-something_new.json", 401, Cause.UNKNOWN, "401/something_new"),
                Reported.trouble("tiktok/revoke-ok.json", 401, Kind.MALFORMED_ANSWER),
                Reported.ignored("tiktok/user-info.json", 200));
    }

    @Override
    protected void stubDiscovery(String accessToken) {
        userInfo(accessToken, 200, "user-info.json");
    }

    private void userInfo(String accessToken, int status, String file) {
        wire.stubFor(
                get(urlPathEqualTo(USER_INFO))
                        .withHeader("Authorization", equalTo("Bearer " + accessToken))
                        .willReturn(
                                aResponse()
                                        .withStatus(status)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(json("tiktok/" + file))));
    }

    private ResponseDefinitionBuilder okJson(String file) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(json("tiktok/" + file));
    }
}
