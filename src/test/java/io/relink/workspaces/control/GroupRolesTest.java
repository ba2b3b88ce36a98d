package io.relink.workspaces.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.workspaces.entity.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GroupRolesTest {

    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void a_setting_reads_as_group_to_role_and_formats_back_the_same() { // R9
        Map<String, Role> read = GroupRoles.parse(" marketing = VIEWER ,social-admins=ADMIN,");
        assertThat(read)
                .containsExactly(
                        Map.entry("marketing", Role.VIEWER),
                        Map.entry("social-admins", Role.ADMIN));
        assertThat(GroupRoles.parse(GroupRoles.format(read))).isEqualTo(read);
        assertThat(GroupRoles.parse(null)).isEmpty();
        assertThat(GroupRoles.parse("")).isEmpty();
    }

    @Test
    void malformed_entries_are_refused_with_the_entry_named() { // R9
        assertThatThrownBy(() -> GroupRoles.parse("marketing")).hasMessageContaining("'marketing'");
        assertThatThrownBy(() -> GroupRoles.parse("marketing=KING")).hasMessageContaining("KING");
        assertThatThrownBy(() -> GroupRoles.parse("=ADMIN"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupRoles.format(Map.of("a,b", Role.ADMIN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_highest_role_any_group_gives_wins_per_workspace() { // R9
        GroupRoles roles =
                GroupRoles.of(Map.of(A, "marketing=VIEWER,leads=OWNER", B, "marketing=ADMIN"));
        assertThat(roles.rolesFor(List.of("marketing")))
                .containsOnly(Map.entry(A, Role.VIEWER), Map.entry(B, Role.ADMIN));
        assertThat(roles.rolesFor(List.of("marketing", "leads"))).containsEntry(A, Role.OWNER);
        assertThat(roles.rolesFor(List.of("leads", "marketing"))).containsEntry(A, Role.OWNER);
        assertThat(roles.rolesFor(List.of("strangers"))).isEmpty();
    }

    @Test
    void an_unreadable_setting_gives_nothing_and_spoils_no_other_workspace() { // R9
        GroupRoles roles = GroupRoles.of(Map.of(A, "broken", B, "marketing=ADMIN"));
        assertThat(roles.rolesFor(List.of("marketing", "broken")))
                .containsOnly(Map.entry(B, Role.ADMIN));
    }
}
