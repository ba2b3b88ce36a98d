package io.relink.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    static final String PUBLIC = "https://relink.example.com";

    @Test
    void a_path_of_relink_goes_below_the_public_url_whatever_the_request_said() {
        assertThat(PublicAddress.resolve(PUBLIC, "/center/team.xhtml", "/login.xhtml?failed=true"))
                .isEqualTo("https://relink.example.com/login.xhtml?failed=true");
        assertThat(PublicAddress.resolve(PUBLIC + "/", "/x", "/center/channels.xhtml"))
                .isEqualTo("https://relink.example.com/center/channels.xhtml");
    }

    @Test
    void a_relative_location_is_taken_next_to_the_page_asked_for() {
        assertThat(PublicAddress.resolve(PUBLIC, "/center/team.xhtml", "channels.xhtml"))
                .isEqualTo("https://relink.example.com/center/channels.xhtml");
        assertThat(PublicAddress.resolve(PUBLIC, "/center/team.xhtml", "../login.xhtml"))
                .isEqualTo("https://relink.example.com/login.xhtml");
    }

    @Test
    void a_location_elsewhere_is_left_alone() {
        String consent = "https://www.facebook.com/v23.0/dialog/oauth?client_id=1&state=s";
        assertThat(PublicAddress.resolve(PUBLIC, "/center/channels.xhtml", consent))
                .isEqualTo(consent);
        assertThat(PublicAddress.resolve(PUBLIC, "/", "//idp.example.com/authorize"))
                .isEqualTo("//idp.example.com/authorize");
    }
}
