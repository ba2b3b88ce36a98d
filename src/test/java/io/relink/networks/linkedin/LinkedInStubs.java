package io.relink.networks.linkedin;

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
import java.util.Map;

/**
 * Stubs shaped like LinkedIn on a WireMock server: its OAuth endpoints under {@code /oauth/v2/} and
 * its REST API at the root, each answer a JSON file of {@code networks/linkedin/}.
 */
final class LinkedInStubs {

    static final String CLIENT_ID = "86relinkclient";
    static final String CLIENT_SECRET = "li-client-SECRET";

    private final WireMockServer wire;

    LinkedInStubs(WireMockServer wire) {
        this.wire = wire;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + wire.port() + "/");
    }

    /** Settings pointing every LinkedIn URL at the stub, plus any extra keys. */
    NetworkSettings settings(Duration timeout, Map<String, String> extra) {
        Map<String, String> keys = new java.util.HashMap<>(extra);
        keys.put("oauth-url", base() + "oauth/v2");
        return NetworkSettings.of(
                NetworkType.LINKEDIN, CLIENT_ID, CLIENT_SECRET, base(), timeout, keys);
    }

    LinkedInNetwork adapter(Duration timeout, Clock clock) {
        return new LinkedInNetwork(settings(timeout, Map.of()), clock);
    }

    /** The introspection of {@code token} answers {@code file} with {@code status}. */
    LinkedInStubs introspection(String token, int status, String file) {
        return stub(
                post(urlPathEqualTo("/oauth/v2/introspectToken"))
                        .withFormParam("token", equalTo(token)),
                status,
                file);
    }

    /** The ACL finder, for {@code token}, from {@code start}, answers {@code file}. */
    LinkedInStubs acls(String token, int start, int status, String file) {
        return stub(
                api(get(urlPathEqualTo("/rest/organizationAcls")), token)
                        .withQueryParam("start", equalTo(String.valueOf(start))),
                status,
                file);
    }

    LinkedInStubs acls(String token, int status, String file) {
        return acls(token, 0, status, file);
    }

    LinkedInStubs userinfo(String token, int status, String file) {
        return stub(api(get(urlPathEqualTo("/v2/userinfo")), token), status, file);
    }

    LinkedInStubs organizations(String token, int status, String file) {
        return stub(api(get(urlPathEqualTo("/rest/organizations")), token), status, file);
    }

    /** The token endpoint answers a form carrying {@code name=value}. */
    LinkedInStubs token(String name, String value, int status, String file) {
        return stub(
                post(urlPathEqualTo("/oauth/v2/accessToken")).withFormParam(name, equalTo(value)),
                status,
                file);
    }

    LinkedInStubs revoke(int status, String file) {
        return stub(post(urlPathEqualTo("/oauth/v2/revoke")), status, file);
    }

    private static MappingBuilder api(MappingBuilder request, String token) {
        return request.withHeader("Authorization", equalTo("Bearer " + token));
    }

    private LinkedInStubs stub(MappingBuilder request, int status, String file) {
        var response = aResponse().withStatus(status);
        if (file != null) {
            response.withHeader(
                            "Content-Type",
                            file.endsWith(".json") ? "application/json" : "text/html")
                    .withBody(read(file));
        }
        wire.stubFor(request.willReturn(response));
        return this;
    }

    static String read(String file) {
        try (var in = LinkedInStubs.class.getResourceAsStream("/networks/linkedin/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no answer file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
