package io.relink.channels.control;

import io.relink.audit.control.AuditTrail;
import io.relink.audit.entity.Action;
import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.Channel;
import io.relink.channels.entity.TokenExpiring;
import io.relink.channels.entity.TokenStatus;
import io.relink.channels.entity.TokenStatusChanged;
import io.relink.networks.Cause;
import io.relink.networks.NetworkType;
import io.relink.networks.Verdict;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change of a channel aggregate under way, inside {@link ChannelLedger}: the locked channel,
 * its tokens, who acts and when, and what a change may tell: history entries, a token's new status,
 * a warning threshold newly crossed. Lives only for one ledger operation.
 */
final class ChannelChange {

    final Channel channel;
    final List<AccessToken> tokens;
    final String actor;
    final Instant now;
    boolean nothing;
    boolean announceLater;

    private final AuditTrail audit;
    private final CheckPolicy policy;
    private final Event<TokenStatusChanged> tokenStatusChanged;
    private final Event<TokenExpiring> tokenExpiring;

    ChannelChange(
            Channel channel,
            List<AccessToken> tokens,
            String actor,
            Instant now,
            AuditTrail audit,
            CheckPolicy policy,
            Event<TokenStatusChanged> tokenStatusChanged,
            Event<TokenExpiring> tokenExpiring) {
        this.channel = channel;
        this.tokens = tokens;
        this.actor = actor;
        this.now = now;
        this.audit = audit;
        this.policy = policy;
        this.tokenStatusChanged = tokenStatusChanged;
        this.tokenExpiring = tokenExpiring;
    }

    AccessToken token(UUID tokenId) {
        return tokens.stream()
                .filter(t -> t.id().equals(tokenId))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "No token " + tokenId + " on channel " + channel.id()));
    }

    /**
     * The state is stored but not announced: the change is the first step of one that goes on (a
     * renewal before the check that uses it), whose last step announces.
     */
    void announceLater() {
        announceLater = true;
    }

    /** Nothing changed after all: no state is stored or announced. */
    <R> R nothing(R result) {
        nothing = true;
        return result;
    }

    void history(AccessToken token, Action action, String detail) {
        history(token == null ? null : token.id(), action, detail);
    }

    void history(UUID tokenId, Action action, String detail) {
        audit.write(channel.workspace().id(), channel.id(), tokenId, actor, action, detail, now);
    }

    /** Writes and announces a token's new status, if it has one. */
    void statusChanged(AccessToken token, TokenStatus from) {
        statusChanged(token, from, null);
    }

    /**
     * Writes and announces a token's new status, if it has one.
     *
     * @param diedOf the cause a dead token died of, when a check found it working again; null
     *     otherwise
     */
    void statusChanged(AccessToken token, TokenStatus from, Cause diedOf) {
        TokenStatus to = token.status();
        if (to == from) {
            return;
        }
        String name = token.identity().displayName();
        if (diedOf != null && to.isWorking()) {
            history(
                    token,
                    Action.TOKEN_RECOVERED,
                    recovered(name, channel.network(), from, diedOf));
        } else if (to.isDead()) {
            history(
                    token,
                    Action.TOKEN_DIED,
                    died(
                            name,
                            new Verdict.Dead(token.cause(), token.rawCode(), token.rawMessage())));
        } else {
            history(
                    token,
                    to == TokenStatus.UNVERIFIED ? Action.TOKEN_UNVERIFIED : Action.TOKEN_RECOVERED,
                    "Token of " + name + " is " + to + " (was " + from + ")");
        }
        tokenStatusChanged.fire(
                new TokenStatusChanged(
                        channel.workspace().id(),
                        channel.id(),
                        token.id(),
                        channel.network(),
                        name,
                        from,
                        to,
                        token.cause(),
                        token.rawCode(),
                        actor,
                        now));
    }

    /** Announces a warning threshold the token's lapse has newly come inside of. */
    void thresholdCrossed(AccessToken token) {
        if (!token.status().isWorking()) {
            return;
        }
        Instant lapse = token.lapsesAt();
        NetworkType network = channel.network();
        policy.thresholdCrossed(network, now, lapse)
                .ifPresent(
                        threshold -> {
                            Duration announced = token.announcedThreshold(lapse);
                            if (announced == null || threshold.compareTo(announced) < 0) {
                                token.announced(lapse, threshold);
                                String name = token.identity().displayName();
                                audit.write(
                                        channel.workspace().id(),
                                        channel.id(),
                                        token.id(),
                                        ChannelLedger.RELINK,
                                        Action.TOKEN_EXPIRING,
                                        "Token of "
                                                + name
                                                + (token.dataAccessLapsesFirst()
                                                        ? ": data access lapses at "
                                                        : " lapses at ")
                                                + lapse
                                                + ": inside the "
                                                + span(threshold)
                                                + " warning",
                                        now);
                                tokenExpiring.fire(
                                        new TokenExpiring(
                                                channel.workspace().id(),
                                                channel.id(),
                                                token.id(),
                                                network,
                                                name,
                                                threshold,
                                                lapse,
                                                now,
                                                token.dataAccessLapsesFirst()));
                            }
                        });
    }

    static String recovered(
            String identityName, NetworkType network, TokenStatus from, Cause diedOf) {
        return "Token of "
                + identityName
                + " works again: "
                + network.displayName()
                + " called it valid on a later check (was "
                + from
                + ", "
                + diedOf
                + ")";
    }

    static String died(String identityName, Verdict.Dead death) {
        return "Token of "
                + identityName
                + " died: "
                + death.cause()
                + (death.rawCode() == null ? "" : " (" + death.rawCode() + ")");
    }

    private static String span(Duration threshold) {
        long days = threshold.toDays();
        return days >= 1 && threshold.equals(Duration.ofDays(days))
                ? days + "-day"
                : threshold.toString();
    }
}
