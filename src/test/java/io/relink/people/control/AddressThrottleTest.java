package io.relink.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    @Test
    void an_ipv4_address_counts_on_its_own() { // R4
        assertThat(AddressThrottle.key("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void ipv6_addresses_of_one_subscriber_prefix_count_together() { // R4
        assertThat(AddressThrottle.key("2001:db8:1:2:aaaa::1"))
                .isEqualTo(AddressThrottle.key("2001:db8:1:2:ffff:ffff:ffff:ffff"))
                .isEqualTo("20010db800010002::/64");
        assertThat(AddressThrottle.key("2001:db8:1:3::1"))
                .isNotEqualTo(AddressThrottle.key("2001:db8:1:2::1"));
    }

    @Test
    void an_address_shared_by_many_people_gets_twenty_free_failures() { // R4
        AddressThrottle throttle = new AddressThrottle();
        Instant now = Instant.parse("2026-12-06T10:00:00Z");
        for (int i = 0; i < 20; i++) {
            throttle.failed("192.0.2.7", now);
        }
        assertThat(throttle.refusedFor("192.0.2.7", now)).isEmpty();
        throttle.failed("192.0.2.7", now);
        assertThat(throttle.refusedFor("192.0.2.7", now)).isPresent();
    }

    @Test
    void a_pause_for_one_address_of_a_prefix_pauses_the_others() { // R4
        AddressThrottle throttle = new AddressThrottle();
        Instant now = Instant.parse("2026-12-06T10:00:00Z");
        for (int i = 0; i < 21; i++) {
            throttle.failed("2001:db8:1:2::" + (i + 1), now);
        }
        assertThat(throttle.refusedFor("2001:db8:1:2::99", now)).isPresent();
        assertThat(throttle.refusedFor("2001:db8:9:9::1", now)).isEmpty();
        assertThat(throttle.refusedFor(null, now)).isEmpty();
    }
}
