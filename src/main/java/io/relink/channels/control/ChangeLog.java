package io.relink.channels.control;

import io.relink.channels.entity.ChannelStateChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;

/**
 * Tells operators in the server log when a channel's state changed, once the change is committed (a
 * change that rolled back is never logged). Routine checks are not logged.
 */
@ApplicationScoped
public class ChangeLog {

    private static final Logger LOG = Logger.getLogger(ChangeLog.class.getName());

    void channelStateChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) ChannelStateChanged change) {
        LOG.info(
                () ->
                        change.network().displayName()
                                + " channel '"
                                + change.channelName()
                                + "' ("
                                + change.channelId()
                                + "): "
                                + change.from()
                                + " -> "
                                + change.to()
                                + (change.cause() == null ? "" : " (" + change.cause() + ")")
                                + " by "
                                + change.actor());
    }
}
