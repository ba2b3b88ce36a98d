package io.relink.checks.control;

import io.relink.channels.control.ChannelView;
import io.relink.channels.entity.ChannelKind;
import io.relink.channels.entity.ChannelState;
import io.relink.networks.Cause;
import io.relink.networks.NetworkType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer of "check now": the channel as it stands after the check, with every field of {@link
 * ChannelView} as before (integrations read it as a channel), and what the check got from the
 * network ({@link #check()}).
 */
public record CheckedChannel(
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
        List<ChannelView.TokenView> tokens,
        CheckAttempt check) {

    static CheckedChannel of(ChannelView channel, CheckAttempt check) {
        return new CheckedChannel(
                channel.id(),
                channel.network(),
                channel.externalId(),
                channel.name(),
                channel.kind(),
                channel.state(),
                channel.cause(),
                channel.causeText(),
                channel.nextStep(),
                channel.lastCheckedAt(),
                channel.tokens(),
                check);
    }
}
