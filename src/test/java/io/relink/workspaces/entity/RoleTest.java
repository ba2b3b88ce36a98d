package io.relink.workspaces.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void each_role_grants_its_own_name_and_the_scopes_that_match_it() { // R4
        assertThat(Role.VIEWER.groups()).containsExactlyInAnyOrder("VIEWER", Scope.CHANNELS_READ);
        assertThat(Role.ADMIN.groups())
                .containsExactlyInAnyOrder("ADMIN", Scope.CHANNELS_READ, Scope.CHANNELS_WRITE);
        assertThat(Role.OWNER.groups())
                .containsExactlyInAnyOrder(
                        "OWNER", Scope.CHANNELS_READ, Scope.CHANNELS_WRITE, Scope.ADMIN);
    }

    @Test
    void no_member_reads_plaintext_credentials_that_is_for_integration_keys() { // R4
        for (Role role : Role.values()) {
            assertThat(role.groups()).doesNotContain(Scope.CREDENTIALS_READ);
        }
    }
}
