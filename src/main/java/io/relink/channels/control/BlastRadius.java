package io.relink.channels.control;

import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.Cause;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What one identity's grant means to one channel: the blast radius of the design ("if Ana's token
 * dies, 14 pages go dark"). Pure.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>the channel is at risk when it is not dark now and would be {@code DISCONNECTED} if every
 *       token of the identity died, derived by {@link ChannelStates} like any state (so a channel
 *       whose other tokens are only unverified is at risk too);
 *   <li>the identity holds the channel's only token when it holds a token there that is not dead
 *       and no other identity does: such channels want a second admin's token. Dead tokens of
 *       others do not count, they give no failover.
 * </ul>
 */
public final class BlastRadius {

    private final ChannelStates states;

    public BlastRadius(ChannelStates states) {
        this.states = states;
    }

    /**
     * One channel as seen from one identity.
     *
     * @param state the channel's state now
     * @param tokenWorks whether a token of the identity works there now
     * @param otherTokenWorks whether a token of another identity works there now
     * @param atRisk whether the channel would go dark if the identity's tokens died
     * @param onlyToken whether the identity holds the channel's only token that is not dead
     */
    public record Reliance(
            ChannelState state,
            boolean tokenWorks,
            boolean otherTokenWorks,
            boolean atRisk,
            boolean onlyToken) {}

    /**
     * @param tokens every token of a linked channel, as stored
     * @param identityTokens the ids of those tokens that the identity granted
     */
    public Reliance of(List<TokenFacts> tokens, Set<UUID> identityTokens, Instant now) {
        ChannelStates.Derivation current = states.derive(false, tokens, now);
        boolean tokenWorks = false;
        boolean otherTokenWorks = false;
        boolean holdsLive = false;
        boolean otherHoldsLive = false;
        for (TokenFacts token : current.tokens()) {
            boolean mine = identityTokens.contains(token.id());
            boolean works = token.status().isWorking();
            boolean live = !token.status().isDead();
            tokenWorks |= mine && works;
            otherTokenWorks |= !mine && works;
            holdsLive |= mine && live;
            otherHoldsLive |= !mine && live;
        }
        List<TokenFacts> identityDead =
                tokens.stream()
                        .map(
                                t ->
                                        identityTokens.contains(t.id()) && !t.status().isDead()
                                                ? t.withStatus(
                                                        TokenStatus.INVALID, Cause.UNKNOWN, now)
                                                : t)
                        .toList();
        boolean atRisk =
                current.state() != ChannelState.DISCONNECTED
                        && states.derive(false, identityDead, now).state()
                                == ChannelState.DISCONNECTED;
        return new Reliance(
                current.state(), tokenWorks, otherTokenWorks, atRisk, holdsLive && !otherHoldsLive);
    }
}
