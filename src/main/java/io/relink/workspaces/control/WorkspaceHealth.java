package io.relink.workspaces.control;

import java.util.Map;
import java.util.UUID;

/**
 * How many linked channels of each workspace are in each state, for the instance administrators'
 * overview. The channels component implements it (it owns the channel rows); the interface lives
 * here so that workspaces depend on no component above them.
 */
public interface WorkspaceHealth {

    /** Workspace id → (channel state name → count), linked channels only, in one query. */
    Map<UUID, Map<String, Long>> channelStates();
}
