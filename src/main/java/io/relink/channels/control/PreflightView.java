package io.relink.channels.control;

import io.relink.channels.entity.ChannelState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer to "will this channel still work at {@code at}?" (see {@link Preflight}).
 *
 * @param state the channel's state now
 * @param reason the answer in plain words, also when it is yes
 * @param worksUntil when the channel stops working unless a person acts; null when it does not work
 *     now, or when one of its working tokens never lapses by itself
 * @param tokens the tokens that work now
 */
public record PreflightView(
        UUID channelId,
        Instant at,
        boolean ok,
        String reason,
        ChannelState state,
        Instant worksUntil,
        List<TokenOutlook> tokens) {

    /**
     * One working token at the moment asked about.
     *
     * @param worksThen whether it still works at {@code at}
     * @param lapsesAt when it stops working unless a person acts; null when never by itself
     * @param limitedBy what ends it then; null when nothing does
     */
    public record TokenOutlook(
            UUID id,
            ChannelView.IdentityRef identity,
            boolean worksThen,
            Instant lapsesAt,
            Lapse.Limit limitedBy) {}
}
