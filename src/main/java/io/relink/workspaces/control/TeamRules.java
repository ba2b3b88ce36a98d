package io.relink.workspaces.control;

import io.relink.workspaces.entity.Role;
import java.util.Optional;

/**
 * Who may change a workspace's team, as pure decisions: owners invite with any role and change
 * roles and remove members; admins may invite viewers; nobody else changes the team. A workspace
 * always keeps at least one owner.
 */
public final class TeamRules {

    private TeamRules() {}

    /** Why someone with this role may not invite with that role; empty when they may. */
    public static Optional<String> mayInvite(Role inviter, Role invited) {
        return switch (inviter) {
            case OWNER -> Optional.empty();
            case ADMIN ->
                    invited == Role.VIEWER
                            ? Optional.empty()
                            : Optional.of("Admins may invite viewers only; ask an owner.");
            case VIEWER -> Optional.of("Viewers may not invite anyone.");
        };
    }

    /**
     * Why a member with role {@code from} may not become {@code to} (null: removed) in a workspace
     * with {@code owners} owners; empty when they may.
     */
    public static Optional<String> mayLeaveRole(Role from, Role to, long owners) {
        if (from == Role.OWNER && to != Role.OWNER && owners <= 1) {
            return Optional.of(
                    "This is the workspace's last owner: make someone else an owner first.");
        }
        return Optional.empty();
    }
}
