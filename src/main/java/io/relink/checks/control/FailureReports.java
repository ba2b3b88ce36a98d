package io.relink.checks.control;

import io.relink.audit.control.AuditTrail;
import io.relink.audit.entity.Action;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.Credentials;
import io.relink.networks.Cause;
import io.relink.networks.Network;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import io.relink.networks.Verdict;
import io.relink.problems.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Reclassifies a channel at once from an error a downstream product got from the channel's network:
 * the report is read with that network's own rules ({@link Network#classify}) and acted on as a
 * check's answer would be.
 *
 * <ul>
 *   <li>dead: a check confirms it before it counts ({@link Checker#confirm}), on every network: a
 *       second look at the network (after one refresh, for a refreshable token, so that an access
 *       token that merely ran out early is no death). The network's answer is recorded under the
 *       reporting key's name: dead, the token dies with its events and history; working, it lives
 *       on (an error the network itself disproves, such as Facebook's 368, a block of the account's
 *       actions, kills nothing); trouble kills nothing and brings the next check near;
 *   <li>transient (the network down, limited, or answering nonsense), or nothing about the token (a
 *       success, a bad parameter): nothing changes.
 * </ul>
 *
 * <p>Every report is written to the channel's history ({@code failure.reported}), whatever came of
 * it. No transaction spans a call to the network: each write is a short transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FailureReports {

    /** The history's action for a report. */
    @Inject Credentials credentials;

    @Inject Networks networks;
    @Inject Checker checker;
    @Inject AuditTrail audit;
    @Inject Clock clock;
    @Inject ChannelStore channels;

    /**
     * Reads and acts on one report, then answers the channel as it stands.
     *
     * @throws ProblemException 404 for an unknown, unlinked or other workspace's channel, or a
     *     token not the channel's; 409 when no token was named and none works; 503 when the
     *     channel's network cannot be used now (nothing is read, nothing changes)
     */
    public Reclassified report(
            UUID workspaceId, UUID channelId, FailureReport report, String actor) {
        Credentials.Used token = credentials.used(workspaceId, channelId, report.tokenId());
        Network network = available(token.network());
        Verdict verdict = classify(network, report);
        Finding finding = Finding.of(verdict, apply(network, token, verdict, actor));
        audit.write(
                workspaceId,
                channelId,
                token.tokenId(),
                actor,
                Action.FAILURE_REPORTED,
                Finding.history(report, token.identity(), finding),
                clock.instant());
        return new Reclassified(channels.view(workspaceId, channelId), token.tokenId(), finding);
    }

    private Network available(NetworkType type) {
        try {
            return networks.of(type);
        } catch (Networks.NetworkUnavailable unavailable) {
            throw ProblemException.unavailable(
                    unavailable.getMessage()
                            + ". The report was not read and nothing changed; send it again later.");
        }
    }

    /**
     * The adapter's fault tolerance guards {@code classify} too; a full bulkhead is the only one it
     * can meet.
     */
    private static Verdict classify(Network network, FailureReport report) {
        try {
            return network.classify(report.httpStatus(), report.body());
        } catch (FaultToleranceException busy) {
            throw ProblemException.unavailable(
                    network.type().displayName()
                            + "'s adapter is busy: the report was not read and nothing changed; "
                            + "send it again shortly.");
        }
    }

    /** Acts on the verdict; says what became of the token, for the answer and the history. */
    private String apply(Network network, Credentials.Used token, Verdict verdict, String actor) {
        if (verdict == null) {
            return "The error says nothing about the token (a success, or a refusal of the call itself); nothing changed.";
        }
        if (verdict instanceof Verdict.Transient trouble) {
            return network.type().displayName()
                    + " was unavailable, limited or answered nonsense ("
                    + trouble.kind()
                    + "), which says nothing about the token; nothing changed.";
        }
        Verdict.Dead dead = (Verdict.Dead) verdict;
        if (token.status().isDead()) {
            return "The token was dead already.";
        }
        Verdict confirmed = checker.confirm(network, token.tokenId(), dead, actor);
        return confirmation(network, token.refreshable(), confirmed);
    }

    /** What the check that confirmed (or disproved) a reported death found, in words. */
    static String confirmation(Network network, boolean refreshed, Verdict confirmed) {
        String net = network.type().displayName();
        if (confirmed == null) {
            return "A check of the token is under way; its answer decides.";
        }
        if (confirmed instanceof Verdict.Valid) {
            return refreshed
                    ? "Refreshed and checked again: the token works (read the credential again for the new access token)."
                    : "Checked again at "
                            + net
                            + ": the token works, so the reported error did not count against it.";
        }
        if (confirmed instanceof Verdict.Dead died) {
            return (refreshed
                            ? "After one refresh and a second look, the token died ("
                            : "Checked again at " + net + ": the token died (")
                    + died.cause()
                    + ").";
        }
        return (refreshed ? "The refresh could not be tried (" : net + " could not be asked (")
                + ((Verdict.Transient) confirmed).kind()
                + "); the report did not count yet, and the token is checked again soon.";
    }

    /**
     * The answer to a report.
     *
     * @param channel the channel as it stands afterwards, as {@code GET /channels/{id}} shows it
     * @param tokenId the token the report was taken to be about
     * @param verdict what the network's rules make of the reported error
     */
    public record Reclassified(ChannelView channel, UUID tokenId, Finding verdict) {}

    /**
     * What the network's rules make of a reported error, and what Relink did about it.
     *
     * @param cause the cause, for a {@code DEAD} outcome
     * @param rawCode the network's code kept for support ({@code 190/460}, {@code 401/89}), when
     *     the error had one Relink reads
     * @param detail what became of the token, in words
     */
    public record Finding(Outcome outcome, Cause cause, String rawCode, String detail) {

        /**
         * A definitive rejection of the token; trouble that says nothing of it; or nothing about it
         * at all.
         */
        public enum Outcome {
            DEAD,
            TRANSIENT,
            IGNORED
        }

        static Finding of(Verdict verdict, String detail) {
            if (verdict instanceof Verdict.Dead dead) {
                return new Finding(Outcome.DEAD, dead.cause(), dead.rawCode(), detail);
            }
            if (verdict instanceof Verdict.Transient trouble) {
                return new Finding(Outcome.TRANSIENT, null, trouble.rawCode(), detail);
            }
            return new Finding(Outcome.IGNORED, null, null, detail);
        }

        /** The history's line: what was reported with whose token, and what came of it. */
        static String history(FailureReport report, String identity, Finding finding) {
            return "Reported HTTP "
                    + report.httpStatus()
                    + (finding.rawCode() == null ? "" : " (" + finding.rawCode() + ")")
                    + " with the token of "
                    + identity
                    + ": "
                    + finding.outcome()
                    + (finding.cause() == null ? "" : ", " + finding.cause())
                    + ". "
                    + finding.detail();
        }
    }
}
