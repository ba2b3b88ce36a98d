package io.relink.channels.control;

import io.relink.networks.NetworkType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The channels that were lost most often, and the identities whose tokens died most often, since a
 * day ({@link HealthHistory#OFFENDERS} of each at most, most first).
 */
public record RepeatOffenders(
        Instant since, List<ChannelOffender> channels, List<IdentityOffender> identities) {

    public static RepeatOffenders none(Instant since) {
        return new RepeatOffenders(since, List.of(), List.of());
    }

    /**
     * @param losses how many times it became {@code DISCONNECTED} in the period
     * @param state its state now ({@code UNLINKED} too)
     */
    public record ChannelOffender(
            UUID id, String name, NetworkType network, String state, long losses) {}

    /**
     * @param losses on how many UTC days one of its tokens died (one grant's death takes every
     *     channel's token with it: that counts once)
     * @param tokenDeaths how many of its tokens died in all
     * @param channels how many channels those tokens were on
     */
    public record IdentityOffender(
            UUID id,
            String name,
            NetworkType network,
            long losses,
            long tokenDeaths,
            long channels) {}
}
