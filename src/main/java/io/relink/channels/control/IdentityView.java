package io.relink.channels.control;

import io.relink.channels.entity.ChannelState;
import io.relink.networks.NetworkType;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An identity as integrators read it: the person whose grant reaches channels, and what its death
 * would cost (see {@link BlastRadius}). Unlinked channels are left out.
 *
 * @param channels the linked channels its tokens reach, by name
 * @param channelsAtRisk how many of them would go dark ({@code DISCONNECTED}) if its tokens died
 * @param singleToken the channels where it holds the only token that is not dead: each wants a
 *     second admin's token
 */
public record IdentityView(
        UUID id,
        NetworkType network,
        String externalUserId,
        String displayName,
        List<ChannelLink> channels,
        int channelsAtRisk,
        List<UUID> singleToken) {
    /**
     * Cheap and consistent with {@code equals}: JSON-B hashes every object it writes (to find
     * cycles), and a record's own hash reads every field, its lists' items too, so the answer of a
     * page was hashed again at every level of it.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    /**
     * One channel the identity's tokens reach.
     *
     * @param tokenWorks whether this identity's token works there now
     * @param otherTokenWorks whether a token of another identity works there now (failover)
     * @param atRisk whether the channel would go dark if this identity's tokens died
     */
    public record ChannelLink(
            UUID id,
            String name,
            NetworkType network,
            ChannelState state,
            boolean tokenWorks,
            boolean otherTokenWorks,
            boolean atRisk) {
        /**
         * Cheap and consistent with {@code equals}: JSON-B hashes every object it writes (to find
         * cycles), and a record's own hash reads every field, its lists' items too, so the answer
         * of a page was hashed again at every level of it.
         */
        @Override
        public int hashCode() {
            return Objects.hashCode(id);
        }
    }
}
