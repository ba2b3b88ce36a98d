package io.relink.reconnect.control;

import io.relink.channels.control.ChannelLedger;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.Network;
import io.relink.networks.NetworkRefusal;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * What happens when a person comes back from a network's consent page: the flow is taken (once),
 * the code exchanged, the identity's channels discovered, the grant attached where it belongs
 * ({@link Targets}), and the result verified at once, because a reconnect must really fix the
 * channel (src/docs/architecture.md, "Reconnecting"): the same account as before, the permissions
 * Relink needs, a refresh token where the network issues one.
 *
 * <p>The network is called with no transaction open; each channel's new token is stored in its own
 * short transaction, with the usual events.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Consents {

    private static final Logger LOG = Logger.getLogger(Consents.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject ConnectionFlows authorizations;
    @Inject Networks networks;
    @Inject Targets targets;
    @Inject ChannelLedger ledger;

    /**
     * Completes the flow whose state came back.
     *
     * @param error the network's {@code error} parameter when the person declined, else null
     * @throws ConnectionFlows.Refused when the state is unknown, used, expired or another member's
     */
    public Outcome complete(
            NetworkType type, String state, String code, String error, UUID sessionMember) {
        ConnectionFlows.Taken flow = authorizations.take(type, state, sessionMember);
        Completion done;
        if (error != null) {
            done =
                    Completion.failed(
                            flow.id(),
                            "Access was not granted on "
                                    + type.displayName()
                                    + " ("
                                    + clip(error)
                                    + "). Nothing was changed.");
        } else if (code == null || code.isBlank() || code.length() > 2000) {
            done =
                    Completion.failed(
                            flow.id(),
                            type.displayName()
                                    + " sent no authorization code back. Nothing was changed; try again.");
        } else {
            done = exchange(flow, code);
        }
        return finish(flow, done);
    }

    /**
     * Stores the outcome, and the roles the discovery found lost, in one transaction. Should that
     * fail, the flow still ends with a short outcome (no list of channels, nothing marked: the next
     * check finds the lost roles), so that it never stays in progress; only when even that cannot
     * be stored does the failure reach the person.
     */
    private Outcome finish(ConnectionFlows.Taken flow, Completion done) {
        Outcome outcome = done.outcome();
        try {
            authorizations.finish(flow.id(), JSON.toJson(outcome), done.rolesLost(), flow.actor());
            return outcome;
        } catch (RuntimeException failed) {
            LOG.log(
                    Level.SEVERE,
                    "Storing the outcome of "
                            + flow
                            + " ("
                            + outcome.channels().size()
                            + " channels) failed; storing it without its list of channels",
                    failed);
            Outcome brief = outcome.brief();
            authorizations.finish(flow.id(), JSON.toJson(brief), List.of(), flow.actor());
            return brief;
        }
    }

    private Completion exchange(ConnectionFlows.Taken flow, String code) {
        String network = flow.network().displayName();
        try {
            Network adapter = networks.of(flow.network());
            Grant grant = adapter.exchange(code, flow.codeVerifier(), flow.redirectUri());
            Discovery discovery = adapter.discover(grant.accessToken());
            return attach(flow, adapter, grant, discovery);
        } catch (NetworkRefusal refused) {
            return Completion.failed(
                    flow.id(),
                    network
                            + " refused: "
                            + clip(refused.getMessage())
                            + ". Nothing was changed; try again.");
        } catch (NetworkTrouble | FaultToleranceException | Networks.NetworkUnavailable trouble) {
            LOG.log(
                    Level.WARNING,
                    "Could not complete {0} with {1}: {2}",
                    new Object[] {flow, network, trouble.toString()});
            return Completion.failed(
                    flow.id(),
                    network
                            + " could not be reached to finish the connection. Nothing was changed; try again in a minute.");
        } catch (RuntimeException bug) {
            // The flow is used up either way; its outcome must say so rather than stay "in
            // progress" for ever.
            LOG.log(Level.SEVERE, "Completing " + flow + " failed", bug);
            return Completion.failed(
                    flow.id(),
                    "Relink could not finish the connection (an internal error, logged as "
                            + flow.id()
                            + "). Channels already updated keep their new token; start again to finish the rest.");
        }
    }

    private Completion attach(
            ConnectionFlows.Taken flow, Network adapter, Grant grant, Discovery discovery) {
        Targets.Plan plan = targets.plan(flow, discovery);
        List<Outcome.Line> lines = new ArrayList<>();
        for (Targets.Target target : plan.targets()) {
            ledger.attach(target.channelId(), plan.identityId(), grant, flow.actor());
            lines.add(new Outcome.Line(target.channelId(), target.name(), target.result()));
        }
        lines.addAll(plan.missed());
        List<String> warnings = new ArrayList<>(plan.warnings());
        if (plan.wrongAccount() != null) {
            warnings.add(0, plan.wrongAccount());
        }
        warnings.addAll(verify(adapter, grant));
        boolean ok = !plan.targets().isEmpty();
        String summary =
                ok
                        ? plan.account()
                                + ": "
                                + count(plan.targets().size())
                                + " "
                                + verb(flow)
                                + "."
                        : plan.account() + ": nothing was changed.";
        return new Completion(
                new Outcome(
                        flow.id(),
                        ok,
                        summary,
                        plan.account(),
                        plan.wrongAccount() != null,
                        warnings,
                        lines),
                plan.rolesLost());
    }

    /** What a grant lacks that would make the channel die again soon. */
    static List<String> verify(Network adapter, Grant grant) {
        List<String> warnings = new ArrayList<>();
        String network = adapter.type().displayName();
        if (!grant.scopes().isEmpty()) {
            Set<String> missing = new HashSet<>(adapter.requiredScopes());
            missing.removeAll(grant.scopes());
            if (!missing.isEmpty()) {
                warnings.add(
                        "Permissions not granted: "
                                + String.join(", ", missing.stream().sorted().toList())
                                + ". Reconnect and allow all of "
                                + "them on "
                                + network
                                + "'s page, or publishing will fail.");
            }
        }
        if (adapter.refreshes() && grant.refreshToken() == null) {
            warnings.add(
                    network
                            + " issued no refresh token, so the token cannot renew itself"
                            + (grant.expiresAt() == null
                                    ? "."
                                    : " and ends " + grant.expiresAt() + "."));
        }
        return warnings;
    }

    private static String verb(ConnectionFlows.Taken flow) {
        return switch (flow.purpose()) {
            case CONNECT -> "connected";
            case RECONNECT -> "reconnected";
            case ADD_TOKEN -> "got a further token";
        };
    }

    private static String count(int channels) {
        return channels == 1 ? "1 channel" : channels + " channels";
    }

    /**
     * What a callback did, and the tokens its discovery found on channels the identity no longer
     * manages.
     */
    private record Completion(Outcome outcome, List<UUID> rolesLost) {

        static Completion failed(UUID flowId, String summary) {
            return new Completion(Outcome.failed(flowId, summary), List.of());
        }
    }

    private static String clip(String text) {
        String plain = text == null ? "" : text.replaceAll("[\\p{Cntrl}]", " ");
        return plain.length() > 200 ? plain.substring(0, 200) + "…" : plain;
    }
}
