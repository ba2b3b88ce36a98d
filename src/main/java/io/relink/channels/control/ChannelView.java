package io.relink.channels.control;

import io.relink.channels.entity.ChannelKind;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.Cause;
import io.relink.networks.NetworkType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A channel as people and integrations read it: its derived state explained in plain words, and its
 * tokens without any secret. The REST API and the Connection Center both show this.
 */
public record ChannelView(
        UUID id,
        NetworkType network,
        String externalId,
        String name,
        ChannelKind kind,
        ChannelState state,
        Cause cause,
        String causeText,
        String nextStep,
        Instant lastCheckedAt,
        List<TokenView> tokens) {
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
     * One token of a channel, as far as anybody may see it.
     *
     * @param checks how many checks it has had (routine checks are counted, not written to the
     *     history)
     * @param nextCheckAt when the sweep checks it next; null when it never will (dead)
     */
    public record TokenView(
            UUID id,
            IdentityRef identity,
            TokenStatus status,
            Cause cause,
            String rawCode,
            Instant expiresAt,
            Instant lastCheckedAt,
            long checks,
            Instant nextCheckAt,
            boolean renewsItself,
            Instant lapsesAt) {
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

    /** The identity a token was obtained through. */
    public record IdentityRef(UUID id, String name) {}
}
