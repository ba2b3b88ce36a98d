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
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * "Check now": a person or an integration asks for a channel's tokens to be checked at once, and
 * gets the channel as it stands afterwards, with what the network answered: when it could not be
 * asked, the unchanged state says so, and when the sweep tries again. The request itself goes into
 * the channel's history.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckNow {

    @Inject ChannelStore channels;

    /** How long "check now" waits for a check under way to finish (see awaitChecksUnderWay). */
    static final Duration PATIENCE = Duration.ofSeconds(5);

    @Inject Checker checker;
    @Inject Leases leases;
    @Inject AuditTrail audit;
    @Inject Clock clock;

    /**
     * Checks the channel's tokens now; the answer tells, besides the channel, whether the network
     * answered, and if not, why and when the sweep tries again.
     *
     * @throws ProblemException 409 when the channel is unlinked, 503 when its network is not
     *     configured here
     */
    public CheckedChannel check(UUID workspaceId, UUID channelId, String actor) {
        awaitChecksUnderWay(List.of(channelId));
        return checkOnce(workspaceId, channelId, actor);
    }

    /**
     * As {@link #check}, without waiting for a check under way: for channels whose checks under way
     * were waited for already ({@link #awaitChecksUnderWay}, once for several).
     */
    public CheckedChannel checkOnce(UUID workspaceId, UUID channelId, String actor) {
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
        ChannelView after = channels.view(workspaceId, channelId);
        return CheckedChannel.of(after, attempt(after, tally));
    }

    /**
     * Waits, for {@link #PATIENCE} at most, while a check already under way (the sweep's, another
     * node's) holds one of these channels' tokens: it is asking the network at this moment, and a
     * token it holds would be left out of "check now", which would then answer the state from
     * before, such as "connected" for a token the sweep is about to find revoked. Once it is done
     * its answer is in the channel, and check now asks again; past the wait (a node that died
     * holding the lease, a long batch) the tokens still held are left to it, as before. {@link
     * #check} waits for its channel; checking several at once, wait for all of them first, once.
     */
    public void awaitChecksUnderWay(Collection<UUID> channelIds) {
        if (channelIds.isEmpty()) {
            return;
        }
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (leases.checkUnderWay(channelIds) && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * What the check got; its next attempt is the earliest next check of the tokens the network did
     * not answer, or of all working tokens when it answered.
     */
    private CheckAttempt attempt(ChannelView channel, Tally tally) {
        Set<UUID> concerned = tally.notAnswered();
        Instant next =
                channel.tokens().stream()
                        .filter(t -> concerned.isEmpty() || concerned.contains(t.id()))
                        .map(ChannelView.TokenView::nextCheckAt)
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .orElse(null);
        return CheckAttempt.of(
                channel.network(), tally.troubles(), tally.pausedUntil(), next, clock.instant());
    }
}
