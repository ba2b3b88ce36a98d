package io.relink.workspaces.control;

import io.relink.workspaces.entity.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The identity provider's groups and the workspace roles they give. Each workspace keeps its own
 * mapping as {@code group=ROLE,group=ROLE} (set by its owners); a person signing in through the
 * identity provider gets, in each mapped workspace, the highest role any of their groups gives.
 */
public final class GroupRoles {

    private record Grant(UUID workspace, Role role) {}

    private final Map<String, List<Grant>> byGroup = new HashMap<>();

    /** The mappings of these workspaces (id → setting); unreadable entries are passed over. */
    public static GroupRoles of(Map<UUID, String> settings) {
        GroupRoles roles = new GroupRoles();
        settings.forEach(
                (workspace, setting) -> {
                    Map<String, Role> mapped;
                    try {
                        mapped = parse(setting);
                    } catch (IllegalArgumentException unreadable) {
                        return; // written through the API, which checks it: not expected
                    }
                    mapped.forEach(
                            (group, role) ->
                                    roles.byGroup
                                            .computeIfAbsent(group, g -> new ArrayList<>())
                                            .add(new Grant(workspace, role)));
                });
        return roles;
    }

    /** How many groups one workspace may map. */
    public static final int MAX_GROUPS = 50;

    /**
     * Whether a group's name can be stored and matched: 1 to 200 characters, not blank, without ','
     * or '=' (the setting's separators). The API and the Team page both ask this.
     */
    public static boolean isGroupName(String group) {
        return group != null
                && !group.isBlank()
                && group.length() <= 200
                && !group.contains(",")
                && !group.contains("=");
    }

    /**
     * One workspace's setting as group → role, in group order.
     *
     * @throws IllegalArgumentException naming the entry that is not {@code group=ROLE}
     */
    public static Map<String, Role> parse(String setting) {
        Map<String, Role> roles = new TreeMap<>();
        if (setting == null) {
            return roles;
        }
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            String group = equals <= 0 ? "" : entry.substring(0, equals).strip();
            Role role = null;
            try {
                role = Role.valueOf(entry.substring(equals + 1).strip());
            } catch (IllegalArgumentException unknown) {
                // reported below
            }
            if (group.isEmpty() || role == null) {
                throw new IllegalArgumentException(
                        "'" + entry.strip() + "' is not <group>=<OWNER|ADMIN|VIEWER>");
            }
            roles.put(group, role);
        }
        return roles;
    }

    /** The setting for a group → role map, as {@link #parse} reads it. */
    public static String format(Map<String, Role> roles) {
        StringBuilder setting = new StringBuilder();
        new TreeMap<>(roles)
                .forEach(
                        (group, role) -> {
                            if (group.contains(",") || group.contains("=") || group.isBlank()) {
                                throw new IllegalArgumentException(
                                        "A group name may not be empty or hold ',' or '=': '"
                                                + group
                                                + "'");
                            }
                            setting.append(setting.isEmpty() ? "" : ",")
                                    .append(group.strip())
                                    .append('=')
                                    .append(role.name());
                        });
        return setting.toString();
    }

    /** The role per workspace these groups give: the highest where several do. */
    public Map<UUID, Role> rolesFor(Collection<String> groups) {
        Map<UUID, Role> roles = new LinkedHashMap<>();
        for (String group : groups) {
            for (Grant grant : byGroup.getOrDefault(group, List.of())) {
                roles.merge(
                        grant.workspace(),
                        grant.role(),
                        (a, b) -> a.ordinal() <= b.ordinal() ? a : b); // OWNER is the first
            }
        }
        return roles;
    }
}
