package io.relink.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The consent request's shared part: the {@code scope} parameter every OAuth 2.0 network builds
 * alike.
 */
class AuthorizationRequestTest {

    @Test
    void
            the_scope_parameter_is_ours_and_the_callers_sorted_once_each_and_joined_the_networks_way() {
        AuthorizationRequest request =
                new AuthorizationRequest(
                        URI.create("https://relink.test/cb"), Set.of("c", "a"), "s", null);
        assertThat(request.scope(List.of("b", "a"), ",")).isEqualTo("a,b,c");
        assertThat(request.scope(Set.of(), " ")).isEqualTo("a c");
    }
}
