package io.relink.checks.control;

import io.relink.audit.control.AuditTrail;
import io.relink.audit.entity.Action;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.entity.ChannelState;
import io.relink.problems.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/**
 * "Check now": a person or an integration asks for a channel's tokens to be checked at once, and
 * gets the channel as it stands afterwards. The request itself goes into the channel's history.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckNow {

    @Inject ChannelStore channels;
    @Inject Checker checker;
    @Inject AuditTrail audit;
    @Inject Clock clock;

    public ChannelView check(UUID workspaceId, UUID channelId, String actor) {
        ChannelView channel = channels.view(workspaceId, channelId);
        if (channel.state() == ChannelState.UNLINKED) {
            throw ProblemException.conflict(
                    "Channel " + channelId + " is unlinked; it is not checked any more.");
        }
        Tally tally = checker.checkChannel(channelId);
        audit.write(
                workspaceId,
                channelId,
                null,
                actor,
                Action.CHANNEL_CHECKED,
                "Checked on request: " + tally,
                clock.instant());
        if (!tally.unavailable().isEmpty()) {
            throw ProblemException.unavailable(
                    String.join("; ", tally.unavailable().values())
                            + ". Lifespans were checked; the network could not be asked.");
        }
        return channels.view(workspaceId, channelId);
    }
}
