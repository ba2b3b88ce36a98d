package io.relink.center;

import io.relink.workspaces.control.GroupRoles;
import io.relink.workspaces.entity.Role;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The identity provider's groups and the roles they give, as the Team page writes them: one {@code
 * group = ROLE} a line. Checked as the API checks {@code ssoGroups} ({@link
 * GroupRoles#isGroupName}, one of OWNER, ADMIN, VIEWER, at most {@link GroupRoles#MAX_GROUPS}
 * groups), and whole: one line that does not read is named, and nothing of the rest is taken. Pure.
 */
public final class SsoGroupLines {

    private SsoGroupLines() {}

    /**
     * The lines as group → role; blank lines are passed over, the role's case does not matter.
     *
     * @throws IllegalArgumentException naming the first line that does not read, or a group named
     *     twice, or too many groups
     */
    public static Map<String, Role> parse(String text) {
        Map<String, Role> groups = new TreeMap<>();
        if (text == null) {
            return groups;
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            String group = equals < 0 ? "" : line.substring(0, equals).strip();
            Role role = equals < 0 ? null : role(line.substring(equals + 1).strip());
            if (!GroupRoles.isGroupName(group) || role == null) {
                throw new IllegalArgumentException(
                        "Line "
                                + (i + 1)
                                + ", '"
                                + line
                                + "', is not group = OWNER, ADMIN or VIEWER (a group's name has 1"
                                + " to 200 characters, without ',' or '=').");
            }
            if (groups.putIfAbsent(group, role) != null) {
                throw new IllegalArgumentException(
                        "Line "
                                + (i + 1)
                                + " names the group '"
                                + group
                                + "' again: give each group one role.");
            }
        }
        if (groups.size() > GroupRoles.MAX_GROUPS) {
            throw new IllegalArgumentException(
                    "At most "
                            + GroupRoles.MAX_GROUPS
                            + " groups; these lines name "
                            + groups.size()
                            + ".");
        }
        return groups;
    }

    /** The mapping as lines {@link #parse} reads, in group order. */
    public static String format(Map<String, Role> groups) {
        return new TreeMap<>(groups)
                .entrySet().stream()
                        .map(e -> e.getKey() + " = " + e.getValue().name())
                        .collect(Collectors.joining("\n"));
    }

    private static Role role(String text) {
        return Arrays.stream(Role.values())
                .filter(r -> r.name().equals(text.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
    }
}
