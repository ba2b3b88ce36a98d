package io.relink.channels.entity;

import io.relink.networks.Cause;
import io.relink.networks.NetworkType;
import java.time.Instant;
import java.util.UUID;

/**
 * A channel's derived state changed (e.g. {@code CONNECTED} to {@code DISCONNECTED}). Announced
 * once per change, by whichever node records it first; a committed fact for {@code AFTER_SUCCESS}
 * observers.
 *
 * @param cause the cause of the trouble in the new state, or null when there is none
 */
public record ChannelStateChanged(
        UUID workspaceId,
        UUID channelId,
        String channelName,
        NetworkType network,
        ChannelState from,
        ChannelState to,
        Cause cause,
        String actor,
        Instant at) {}
