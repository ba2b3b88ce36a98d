package io.relink.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsGateTest {

    @Test
    void only_the_configured_token_as_a_bearer_opens_the_metrics() {
        assertThat(MetricsGate.allowed("s3cret-token", "Bearer s3cret-token")).isTrue();
        assertThat(MetricsGate.allowed("s3cret-token", "bearer  s3cret-token ")).isTrue();
        assertThat(MetricsGate.allowed("s3cret-token", "Bearer s3cret-toke")).isFalse();
        assertThat(MetricsGate.allowed("s3cret-token", "Bearer s3cret-token2")).isFalse();
        assertThat(MetricsGate.allowed("s3cret-token", "Basic czNjcmV0LXRva2Vu")).isFalse();
        assertThat(MetricsGate.allowed("s3cret-token", null)).isFalse();
        assertThat(MetricsGate.allowed("s3cret-token", "Bearer")).isFalse();
    }
}
