package io.relink.networks.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Stubs shaped like Google and YouTube on a WireMock server, each of Google's hosts under its own
 * path ({@code /o/oauth2/v2/auth}, {@code /token}, {@code /tokeninfo}, {@code /revoke}, {@code
 * /v1/userinfo}, {@code /youtube/v3/...}); each answer a JSON file of {@code networks/youtube/}.
 */
final class YouTubeStubs {

    static final String CLIENT_ID = "1042-relink.apps.googleusercontent.com";
    static final String CLIENT_SECRET = "GOCSPX-SECRET-client";
    static final String CHANNEL = "UCa1b2c3d4e5f6g7h8i9j0kL";

    private final WireMockServer wire;

    YouTubeStubs(WireMockServer wire) {
        this.wire = wire;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + wire.port() + "/");
    }

    /** Settings pointing every Google URL at the stub, plus any extra keys. */
    NetworkSettings settings(Duration timeout, Map<String, String> extra) {
        Map<String, String> keys =
                new HashMap<>(
                        Map.of(
                                "auth-url",
                                base() + "o/oauth2/v2/auth",
                                "token-url",
                                base() + "token",
                                "tokeninfo-url",
                                base() + "tokeninfo",
                                "revoke-url",
                                base() + "revoke",
                                "userinfo-url",
                                base() + "v1/userinfo"));
        keys.putAll(extra);
        return NetworkSettings.of(
                NetworkType.YOUTUBE, CLIENT_ID, CLIENT_SECRET, base(), timeout, keys);
    }

    YouTubeNetwork adapter(Duration timeout, Clock clock) {
        return new YouTubeNetwork(settings(timeout, Map.of()), clock);
    }

    YouTubeStubs tokenInfo(String token, int status, String file) {
        return stub(
                get(urlPathEqualTo("/tokeninfo")).withQueryParam("access_token", equalTo(token)),
                status,
                file);
    }

    /** {@code channels?mine=true} for {@code token}, with {@code part} id or snippet. */
    YouTubeStubs channels(String token, String part, int status, String file) {
        return stub(
                get(urlPathEqualTo("/youtube/v3/channels"))
                        .withQueryParam("part", equalTo(part))
                        .withQueryParam("mine", equalTo("true"))
                        .withHeader("Authorization", equalTo("Bearer " + token)),
                status,
                file);
    }

    YouTubeStubs userinfo(String token, int status, String file) {
        return stub(
                get(urlPathEqualTo("/v1/userinfo"))
                        .withHeader("Authorization", equalTo("Bearer " + token)),
                status,
                file);
    }

    /** The token endpoint answers a form carrying {@code name=value}. */
    YouTubeStubs token(String name, String value, int status, String file) {
        return stub(
                post(urlPathEqualTo("/token")).withFormParam(name, equalTo(value)), status, file);
    }

    YouTubeStubs revoke(int status, String file) {
        return stub(post(urlPathEqualTo("/revoke")), status, file);
    }

    private YouTubeStubs stub(MappingBuilder request, int status, String file) {
        var response = aResponse().withStatus(status);
        if (file != null) {
            response.withHeader(
                            "Content-Type",
                            file.endsWith(".json")
                                    ? "application/json; charset=UTF-8"
                                    : "text/html")
                    .withBody(read(file));
        }
        wire.stubFor(request.willReturn(response));
        return this;
    }

    static String read(String file) {
        try (var in = YouTubeStubs.class.getResourceAsStream("/networks/youtube/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no answer file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
