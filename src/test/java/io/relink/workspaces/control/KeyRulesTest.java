package io.relink.workspaces.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.workspaces.entity.Role;
import io.relink.workspaces.entity.Scope;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyRulesTest {

    @Test
    void anOwnerGivesAnyScopeCredentialsReadIncluded() {
        assertThat(KeyRules.refused(Role.OWNER, s -> false, Scope.ALL)).isEmpty();
    }

    @Test
    void aKeyWithOnlyAdminCannotMakeAStrongerKey() {
        assertThat(
                        KeyRules.refused(
                                null,
                                Set.of(Scope.ADMIN)::contains,
                                Set.of(Scope.CHANNELS_READ, Scope.CREDENTIALS_READ, Scope.ADMIN)))
                .containsExactly(Scope.CHANNELS_READ, Scope.CREDENTIALS_READ);
    }

    @Test
    void aKeyGivesWhatItHolds() {
        Set<String> holds = Set.of(Scope.ADMIN, Scope.CHANNELS_READ, Scope.CREDENTIALS_READ);
        assertThat(
                        KeyRules.refused(
                                null,
                                holds::contains,
                                Set.of(Scope.CHANNELS_READ, Scope.CREDENTIALS_READ)))
                .isEmpty();
    }

    @Test
    void anAdminOrViewerPersonGivesOnlyWhatTheirRoleHolds() {
        assertThat(
                        KeyRules.refused(
                                Role.ADMIN,
                                Role.ADMIN.groups()::contains,
                                Set.of(Scope.CHANNELS_WRITE, Scope.CREDENTIALS_READ)))
                .containsExactly(Scope.CREDENTIALS_READ);
    }
}
