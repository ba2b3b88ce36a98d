package io.relink.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.workspaces.control.GroupRoles;
import io.relink.workspaces.entity.Role;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SsoGroupLinesTest {

    @Test
    void one_group_a_line_blank_lines_passed_over_the_roles_case_free() {
        assertThat(
                        SsoGroupLines.parse(
                                "marketing = VIEWER\r\n\n  social-admins=owner  \nIT Ops = Admin\n"))
                .containsExactly(
                        Map.entry("IT Ops", Role.ADMIN),
                        Map.entry("marketing", Role.VIEWER),
                        Map.entry("social-admins", Role.OWNER));
    }

    @Test
    void nothing_written_is_no_mapping() {
        assertThat(SsoGroupLines.parse(null)).isEmpty();
        assertThat(SsoGroupLines.parse("")).isEmpty();
        assertThat(SsoGroupLines.parse(" \n\n ")).isEmpty();
    }

    @Test
    void a_line_that_does_not_read_is_named_with_its_number() {
        for (String[] bad :
                new String[][] {
                    {"marketing = VIEWER\nsales", "Line 2, 'sales',"},
                    {"marketing = READER", "Line 1, 'marketing = READER',"},
                    {"a = b = VIEWER", "Line 1, 'a = b = VIEWER',"},
                    {"\n = ADMIN", "Line 2, '= ADMIN',"},
                    {"x\n\nsales, eu = ADMIN", "Line 1, 'x',"},
                    {"ok = OWNER\n\nsales, eu = ADMIN", "Line 3, 'sales, eu = ADMIN',"},
                    {"g".repeat(201) + " = VIEWER", "Line 1,"},
                }) {
            assertThatThrownBy(() -> SsoGroupLines.parse(bad[0]))
                    .as(bad[0])
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(bad[1]);
        }
    }

    @Test
    void a_group_named_twice_is_refused_rather_than_one_role_chosen() {
        assertThatThrownBy(() -> SsoGroupLines.parse("sales = ADMIN\nsales = VIEWER"))
                .hasMessage("Line 2 names the group 'sales' again: give each group one role.");
    }

    @Test
    void at_most_fifty_groups_as_on_the_api() {
        String fifty =
                IntStream.rangeClosed(1, 50)
                        .mapToObj(i -> "g" + i + " = VIEWER")
                        .collect(Collectors.joining("\n"));
        assertThat(SsoGroupLines.parse(fifty)).hasSize(50);
        assertThatThrownBy(() -> SsoGroupLines.parse(fifty + "\ng51 = VIEWER"))
                .hasMessage("At most 50 groups; these lines name 51.");
    }

    @Test
    void formatted_lines_read_back_the_same_and_the_stored_setting_takes_them() {
        Map<String, Role> groups = Map.of("sales", Role.ADMIN, "marketing", Role.VIEWER);
        String lines = SsoGroupLines.format(groups);
        assertThat(lines).isEqualTo("marketing = VIEWER\nsales = ADMIN");
        assertThat(SsoGroupLines.parse(lines)).isEqualTo(groups);
        assertThat(GroupRoles.parse(GroupRoles.format(SsoGroupLines.parse(lines))))
                .isEqualTo(groups);
        assertThat(SsoGroupLines.format(Map.of())).isEmpty();
    }
}
