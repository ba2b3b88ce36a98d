package io.relink.networks;

import java.util.List;

/** Who granted a token and which channels it reaches, as the network tells. */
public record Discovery(String externalUserId, String displayName, List<Reach> channels) {

    public Discovery {
        channels = List.copyOf(channels);
    }

    /**
     * One channel the grant reaches: the network's id, its name, and its kind (see {@code
     * ChannelKind}).
     */
    public record Reach(String externalId, String name, String kind) {}
}
