package io.relink.workspaces.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.workspaces.entity.Role;
import org.junit.jupiter.api.Test;

class TeamRulesTest {

    @Test
    void owners_invite_with_any_role() { // R7
        for (Role role : Role.values()) {
            assertThat(TeamRules.mayInvite(Role.OWNER, role)).as(role.name()).isEmpty();
        }
    }

    @Test
    void admins_invite_viewers_only() { // R7
        assertThat(TeamRules.mayInvite(Role.ADMIN, Role.VIEWER)).isEmpty();
        assertThat(TeamRules.mayInvite(Role.ADMIN, Role.ADMIN))
                .hasValueSatisfying(why -> assertThat(why).contains("viewers"));
        assertThat(TeamRules.mayInvite(Role.ADMIN, Role.OWNER)).isPresent();
    }

    @Test
    void viewers_invite_nobody() { // R7
        for (Role role : Role.values()) {
            assertThat(TeamRules.mayInvite(Role.VIEWER, role)).as(role.name()).isPresent();
        }
    }

    @Test
    void the_last_owner_can_be_neither_demoted_nor_removed() { // R8
        assertThat(TeamRules.mayLeaveRole(Role.OWNER, Role.ADMIN, 1))
                .hasValueSatisfying(why -> assertThat(why).contains("last owner"));
        assertThat(TeamRules.mayLeaveRole(Role.OWNER, Role.VIEWER, 1)).isPresent();
        assertThat(TeamRules.mayLeaveRole(Role.OWNER, null, 1)).isPresent();
    }

    @Test
    void an_owner_among_several_may_go_and_others_always_may() { // R8
        assertThat(TeamRules.mayLeaveRole(Role.OWNER, Role.ADMIN, 2)).isEmpty();
        assertThat(TeamRules.mayLeaveRole(Role.OWNER, null, 2)).isEmpty();
        assertThat(TeamRules.mayLeaveRole(Role.OWNER, Role.OWNER, 1)).isEmpty();
        assertThat(TeamRules.mayLeaveRole(Role.ADMIN, null, 1)).isEmpty();
        assertThat(TeamRules.mayLeaveRole(Role.VIEWER, Role.OWNER, 1)).isEmpty();
    }
}
