package io.relink.networks.tiktok;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.relink.networks.Network;
import io.relink.networks.NetworkContract;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkType;
import io.relink.networks.Probe;
import io.relink.tokens.entity.Cause;
import java.time.Duration;
import java.util.Map;

/** The TikTok adapter passes the contract of every network, against a stub answering like TikTok. */
class TikTokContractTest extends NetworkContract {

    static final String USER_INFO = "/v2/user/info/";
    static final String TOKEN = "/v2/oauth/token/";

    @Override
    protected Network adapter(Duration timeout) {
        return new TikTokNetwork(settings("relink-client-key", "tiktok-client-secret", timeout), CLOCK);
    }

    @Override
    protected Network unconfigured() {
        return new TikTokNetwork(settings("", "", Duration.ofSeconds(1)), CLOCK);
    }

    NetworkSettings settings(String clientKey, String clientSecret, Duration timeout) {
        return NetworkSettings.of(NetworkType.TIKTOK, clientKey, clientSecret, base(), timeout,
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
        return Map.of(Cause.UNKNOWN, new Probe("act.invalid", null), Cause.SCOPE_MISSING, new Probe("act.scope", null));
    }

    @Override
    protected void stubExchange(String code) {
        wire.stubFor(post(urlPathEqualTo(TOKEN)).withRequestBody(containing("code=" + code)).withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(okJson("token.json")));
    }

    @Override
    protected void stubRefresh(String refreshToken) {
        wire.stubFor(post(urlPathEqualTo(TOKEN)).withRequestBody(containing("refresh_token=" + refreshToken))
                .withRequestBody(containing("grant_type=refresh_token")).willReturn(okJson("token-refreshed.json")));
    }

    @Override
    protected void stubDiscovery(String accessToken) {
        userInfo(accessToken, 200, "user-info.json");
    }

    private void userInfo(String accessToken, int status, String file) {
        wire.stubFor(get(urlPathEqualTo(USER_INFO)).withHeader("Authorization", equalTo("Bearer " + accessToken))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(json("tiktok/" + file))));
    }

    private ResponseDefinitionBuilder okJson(String file) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json("tiktok/" + file));
    }
}
