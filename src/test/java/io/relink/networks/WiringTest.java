package io.relink.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** An OAuth 2.0 adapter's parts: the token endpoint is built on the very edge the wiring holds. */
class WiringTest {

    @Test
    void the_token_endpoint_is_built_on_the_edge_it_is_kept_with() {
        NetworkSettings settings =
                NetworkSettings.of(
                        NetworkType.SANDBOX,
                        "id",
                        "secret",
                        URI.create("http://localhost:1/"),
                        Duration.ofSeconds(1),
                        Map.of());
        AtomicReference<NetworkEdge> built = new AtomicReference<>();
        Wiring wiring =
                Wiring.open(
                        settings,
                        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
                        Limits.NONE,
                        edge -> {
                            built.set(edge);
                            return TokenEndpoint.basic(
                                    edge, edge.settings().baseUrl().resolve("oauth/token"), null);
                        });
        assertThat(wiring.edge()).isSameAs(built.get());
        assertThat(wiring.edge().settings()).isSameAs(settings);
        assertThat(wiring.tokens()).isNotNull();
        assertThat(wiring).hasToString(wiring.edge().toString());
    }
}
