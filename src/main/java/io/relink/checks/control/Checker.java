package io.relink.checks.control;

import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.TokenVault;
import io.relink.checks.control.CheckRecorder.Due;
import io.relink.checks.control.CheckRecorder.Finding;
import io.relink.networks.Grant;
import io.relink.networks.GrantedScopes;
import io.relink.networks.Network;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Verdict;
import io.relink.platform.Node;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Checks tokens: claims the due ones, asks their networks, and has each result recorded.
 *
 * <p>For each token, in this order: a passed lifespan kills it without a network call; a
 * refreshable token near its access token's end is renewed (and the renewal stored before the new
 * access token is used); any other is inspected, in batches where the network has a batch call. A
 * dead answer on a refreshable token gets one refresh and a second look before it counts. Trouble
 * (timeouts, 5xx, 429, open circuits, answers that make no sense, even a bug in an adapter) is a
 * transient verdict: it delays, it never kills.
 *
 * <p>No transaction spans a network call: claims and results are short transactions of their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Checker {

    private static final Logger LOG = Logger.getLogger(Checker.class.getName());

    @Inject Leases leases;
    @Inject CheckLanes lanes;
    @Inject ChannelStore channels;
    @Inject CheckRecorder recorder;
    @Inject Networks networks;
    @Inject TokenVault vault;
    @Inject CheckSettings settings;
    @Inject Node node;
    @Inject Clock clock;

    /**
     * Checks what is due, batch after batch, until nothing is left or this round has run as long as
     * two intervals; then derives again what time alone changed. The next batch is claimed and its
     * network calls started while the previous one is recorded, so the network and the database
     * work at the same time. A round cut short says so ({@link Tally#wasCutShort}), and the sweep
     * starts the next one at once instead of waiting for a tick. A token due within half an
     * interval is taken now rather than a whole interval late.
     */
    public Tally sweep() {
        Instant started = clock.instant();
        // Two intervals: well inside the readiness limit (SweepHealth: three intervals and a
        // minute),
        // which each round resets, however long the work.
        Instant stopAt = started.plus(settings.interval().multipliedBy(2));
        // Fixed for the whole round: a token checked in it is next due at least min-interval later,
        // so it is not taken twice in one round (keep min-interval at least half the interval).
        Instant dueBy = started.plus(settings.interval().dividedBy(2));
        Tally tally = new Tally();
        Batch pending = null;
        try {
            while (true) {
                Batch next = null;
                boolean cut = !clock.instant().isBefore(stopAt);
                if (cut) {
                    tally.cutShort();
                } else {
                    Claim claim = leases.claimDue(settings.batchSize(), dueBy);
                    if (!claim.isEmpty()) {
                        next = start(claim, tally, pending);
                    }
                }
                int givenBack = 0;
                if (pending != null) {
                    Batch done = pending;
                    pending = null;
                    givenBack = finish(done, tally);
                }
                pending = next;
                // Tokens given back are due again now: claim them in this round, not the next.
                if (pending == null && (cut || givenBack == 0)) {
                    break;
                }
            }
        } finally {
            if (pending != null) {
                abandon(pending);
            }
        }
        // Time alone changes few channels; they get a budget of their own, even after a long round.
        rederiveStale(clock.instant().plus(settings.interval()));
        return tally;
    }

    /**
     * Derives again the stored state of channels whose state has run out by time alone (a token
     * entered its warning window or lapsed since their last change) or was never derived (rows
     * older than the stored state), batch after batch within the same time limit as the checks, and
     * announces what changed. A channel that fails is left for the next sweep.
     */
    private void rederiveStale(Instant stopAt) {
        Set<UUID> failed = new HashSet<>();
        while (clock.instant().isBefore(stopAt)) {
            List<UUID> stale =
                    new ArrayList<>(channels.staleStates(clock.instant(), settings.batchSize()));
            stale.removeAll(failed);
            if (stale.isEmpty()) {
                return;
            }
            for (UUID channel : stale) {
                try {
                    recorder.rederive(channel);
                } catch (RuntimeException trouble) {
                    failed.add(channel);
                    LOG.log(
                            Level.WARNING,
                            "Deriving the state of channel "
                                    + channel
                                    + " again failed; the next sweep tries again",
                            trouble);
                }
            }
        }
    }

    /** Checks every working or unverified token of one channel now ("check now"). */
    public Tally checkChannel(UUID channelId) {
        Tally tally = new Tally();
        check(leases.claimChannel(channelId), tally);
        return tally;
    }

    /**
     * Confirms a death a downstream product reported, as a check confirms a dead answer of its own,
     * before it counts: a refreshable token gets one refresh (stored before it is used) and a
     * second look, and a refused refresh keeps the finer of the two causes ({@link
     * CheckRules#finer}); any other token gets a second look, and a dead answer keeps the finer of
     * the report's cause and the network's. The network's answer is recorded under {@code actor}: a
     * working token lives on, whatever was reported; trouble (the network down, limited or paused)
     * kills nothing and brings the next check near. The token is claimed like any check's, so no
     * sweep checks it meanwhile.
     *
     * @param network the token's network, known to be available
     * @return the verdict recorded; null when another check holds the token now (its answer
     *     decides), the token is not checkable any more, or the lease was lost
     */
    public Verdict confirm(Network network, UUID tokenId, Verdict.Dead reported, String actor) {
        if (!leases.claimToken(tokenId).contains(tokenId)) {
            return null;
        }
        List<Due> claimed = recorder.load(List.of(tokenId), node.name());
        if (claimed.isEmpty()) {
            return null;
        }
        Due token = claimed.get(0);
        Verdict verdict =
                settings.rules(token.network()).retriesWithRefresh(token.token(), reported, false)
                        ? refresh(network, token, reported)
                        : lookAgain(network, token, reported);
        return verdict != null
                        && recorder.record(token.id(), token.network(), node.name(), verdict, actor)
                ? verdict
                : null;
    }

    /**
     * A second look at a token Relink cannot refresh, after a reported death: the network's answer,
     * or the finer cause of the two when both call it dead. A paused network is not asked.
     */
    private Verdict lookAgain(Network network, Due token, Verdict.Dead reported) {
        Instant now = clock.instant();
        Instant paused = network.pausedUntil();
        if (paused != null && paused.isAfter(now)) {
            return new Verdict.Transient(
                    Verdict.Transient.Kind.RATE_LIMITED,
                    java.time.Duration.between(now, paused),
                    "paused");
        }
        Verdict again = inspect(network, List.of(token)).get(0);
        return again instanceof Verdict.Dead dead ? CheckRules.finer(reported, dead) : again;
    }

    /** Checks a claimed batch, start to end. */
    private void check(Claim claim, Tally tally) {
        finish(start(claim, tally, null), tally);
    }

    /**
     * A claimed batch whose network calls run side by side ({@link CheckLanes}): what was found
     * without a call (a passed lifespan), what was settled without one (tokens put off), and the
     * tokens whose call did not start for lack of lease ({@link Claim#callable}).
     */
    private record Batch(
            Claim claim,
            List<Finding> findings,
            List<Future<List<Finding>>> running,
            Set<UUID> settled,
            Set<UUID> notAsked) {}

    /**
     * Loads a claimed batch and starts its network calls; returns before they end. A token the
     * batch still being checked holds is left to it: its lease ran out while it was checked, and
     * this node claimed it again; the earlier check records it (this lease then ends with it).
     */
    private Batch start(Claim claim, Tally tally, Batch checking) {
        Batch batch =
                new Batch(
                        claim,
                        new ArrayList<>(),
                        new ArrayList<>(),
                        new HashSet<>(),
                        ConcurrentHashMap.newKeySet());
        try {
            Instant now = clock.instant();
            List<UUID> tokens = new ArrayList<>(claim.tokens());
            if (checking != null) {
                tokens.removeIf(t -> checking.claim().tokens().contains(t));
                claim.tokens().stream()
                        .filter(t -> !tokens.contains(t))
                        .forEach(batch.settled()::add);
            }
            byNetwork(tokens)
                    .forEach(
                            (type, due) -> {
                                List<Callable<List<Finding>>> calls =
                                        calls(
                                                type,
                                                due,
                                                claim,
                                                now,
                                                batch.findings(),
                                                batch.settled(),
                                                batch.notAsked(),
                                                tally);
                                if (!calls.isEmpty()) {
                                    batch.running().addAll(lanes.run(type, calls));
                                }
                            });
            return batch;
        } catch (RuntimeException | Error failure) {
            abandon(batch);
            throw failure;
        }
    }

    /**
     * Waits for a batch's calls and records every result in one transaction ({@link
     * CheckRecorder#recordAll}), or one by one when that fails. Tokens whose call did not start are
     * given back at once, due as they were; a token whose network was asked but whose result could
     * not be written keeps its lease as a pause before it is tried again. Returns how many tokens
     * were given back.
     */
    private int finish(Batch batch, Tally tally) {
        boolean finished = false;
        try {
            for (Future<List<Finding>> lane : batch.running()) {
                batch.findings().addAll(result(lane));
            }
            batch.settled().addAll(recordAll(batch.findings(), tally));
            finished = true;
        } finally {
            if (!finished) {
                abandon(batch);
            }
        }
        List<UUID> notAsked = List.copyOf(batch.notAsked());
        giveBack(batch.claim(), notAsked);
        return notAsked.size();
    }

    /**
     * Gives back a batch this node stops caring for (the sweep failed): once its calls have ended,
     * so that no other node checks a token while this one still asks its network, every token not
     * yet recorded or put off is due again at once instead of when its lease runs out.
     */
    private void abandon(Batch batch) {
        for (Future<List<Finding>> lane : batch.running()) {
            result(lane);
        }
        giveBack(
                batch.claim(),
                batch.claim().tokens().stream().filter(t -> !batch.settled().contains(t)).toList());
    }

    private Map<NetworkType, List<Due>> byNetwork(List<UUID> claimed) {
        return recorder.load(claimed, node.name()).stream()
                .collect(
                        Collectors.groupingBy(
                                Due::network,
                                () -> new EnumMap<>(NetworkType.class),
                                Collectors.toList()));
    }

    /**
     * Sorts a network's claimed tokens: a passed lifespan is a finding at once; a network that
     * cannot or should not be asked puts its tokens off (settled); the rest become network calls,
     * one per renewal and one per batch of inspections.
     */
    private List<Callable<List<Finding>>> calls(
            NetworkType type,
            List<Due> due,
            Claim claim,
            Instant now,
            List<Finding> findings,
            Set<UUID> settled,
            Set<UUID> notAsked,
            Tally tally) {
        CheckRules rules = settings.rules(type);
        List<Due> toInspect = new ArrayList<>();
        List<Due> toRefresh = new ArrayList<>();
        for (Due token : due) {
            switch (rules.firstStep(token.token(), now)) {
                case LIFESPAN_ENDED ->
                        findings.add(new Finding(token, CheckRules.lapsed(token.token())));
                case REFRESH -> toRefresh.add(token);
                case INSPECT -> toInspect.add(token);
            }
        }
        if (toInspect.isEmpty() && toRefresh.isEmpty()) {
            return List.of();
        }
        Network network;
        try {
            network = networks.of(type);
        } catch (Networks.NetworkUnavailable unavailable) {
            tally.unavailable(type, unavailable.getMessage());
            settled.addAll(
                    putOff(toInspect, toRefresh, now.plus(settings.schedule(type).maxInterval())));
            return List.of();
        }
        Instant paused = network.pausedUntil();
        if (paused != null && paused.isAfter(now)) {
            // the network's usage headers asked for a pause
            List<UUID> putOff = putOff(toInspect, toRefresh, paused);
            settled.addAll(putOff);
            tally.paused(putOff, paused);
            return List.of();
        }
        List<Callable<List<Finding>>> calls = new ArrayList<>();
        for (Due token : toRefresh) {
            calls.add(
                    whileLeased(
                            claim,
                            List.of(token),
                            notAsked,
                            () -> List.of(new Finding(token, refresh(network, token, null)))));
        }
        int limit = Math.max(1, network.batchLimit());
        for (int from = 0; from < toInspect.size(); from += limit) {
            List<Due> chunk = toInspect.subList(from, Math.min(from + limit, toInspect.size()));
            calls.add(
                    whileLeased(claim, chunk, notAsked, () -> inspectChunk(network, rules, chunk)));
        }
        return calls;
    }

    /**
     * A network call that starts only while enough of the claim's lease is left ({@link
     * Claim#callable}); otherwise its tokens are noted as not asked, to be given back.
     */
    private Callable<List<Finding>> whileLeased(
            Claim claim, List<Due> tokens, Set<UUID> notAsked, Callable<List<Finding>> call) {
        return () -> {
            if (claim.callable(clock.instant())) {
                return call.call();
            }
            tokens.forEach(t -> notAsked.add(t.id()));
            return List.of();
        };
    }

    private List<Finding> inspectChunk(Network network, CheckRules rules, List<Due> chunk) {
        List<Verdict> verdicts = inspect(network, chunk);
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Due token = chunk.get(i);
            Verdict verdict = verdicts.get(i);
            if (rules.retriesWithRefresh(token.token(), verdict, false)) {
                verdict = refresh(network, token, (Verdict.Dead) verdict);
            }
            found.add(new Finding(token, verdict));
        }
        return found;
    }

    private static List<Finding> result(Future<List<Finding>> lane) {
        try {
            return lane.get();
        } catch (ExecutionException failure) {
            LOG.log(
                    Level.SEVERE,
                    "A lane of checks failed; its tokens are tried again when their lease runs out",
                    failure);
            return List.of();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /**
     * Records a batch's findings in one transaction; when that fails, one transaction per token, so
     * that one token's trouble never undoes another's result. Returns the tokens recorded.
     */
    private Set<UUID> recordAll(List<Finding> findings, Tally tally) {
        Set<UUID> recorded = new HashSet<>();
        List<Finding> answered = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.verdict() == null) {
                tally.miss(); // the lease was lost to another node during a renewal
            } else {
                answered.add(finding);
            }
        }
        if (answered.isEmpty()) {
            return recorded;
        }
        Set<UUID> written;
        try {
            written = recorder.recordAll(answered, node.name());
        } catch (RuntimeException failure) {
            LOG.log(
                    Level.WARNING,
                    "Recording a batch of "
                            + answered.size()
                            + " checks failed; recording them one by one",
                    failure);
            for (Finding finding : answered) {
                if (record(finding.token(), finding.verdict(), tally)) {
                    recorded.add(finding.token().id());
                }
            }
            return recorded;
        }
        for (Finding finding : answered) {
            if (written.contains(finding.token().id())) {
                tally.add(finding.token().id(), finding.verdict());
                recorded.add(finding.token().id());
            } else {
                tally.miss();
            }
        }
        return recorded;
    }

    private void giveBack(Claim claim, List<UUID> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        try {
            leases.release(claim, tokens);
        } catch (RuntimeException failure) {
            LOG.log(
                    Level.WARNING,
                    "Could not give back " + tokens.size() + " leases; they run out by themselves",
                    failure);
        }
    }

    /**
     * Puts tokens off without counting a check: their network cannot or should not be asked now.
     */
    private List<UUID> putOff(List<Due> toInspect, List<Due> toRefresh, Instant until) {
        List<UUID> ids = new ArrayList<>();
        toInspect.forEach(t -> ids.add(t.id()));
        toRefresh.forEach(t -> ids.add(t.id()));
        recorder.postpone(ids, node.name(), until);
        return ids;
    }

    /**
     * Inspects a chunk of tokens in one call where the network has a batch call. A token whose
     * secret cannot be opened (a key missing from the key ring, a damaged row) is trouble of its
     * own, kept out of the call: it neither stops the sweep nor spoils its neighbours' answers.
     */
    private List<Verdict> inspect(Network network, List<Due> chunk) {
        Verdict[] verdicts = new Verdict[chunk.size()];
        List<Probe> probes = new ArrayList<>();
        List<Integer> asked = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Due t = chunk.get(i);
            try {
                probes.add(
                        new Probe(
                                vault.openAccess(t.id(), t.sealedAccess()), t.channelExternalId()));
                asked.add(i);
            } catch (RuntimeException unopened) {
                LOG.log(
                        Level.SEVERE,
                        "The access token of " + t + " cannot be opened; it is only delayed",
                        unopened);
                verdicts[i] =
                        new Verdict.Transient(
                                Verdict.Transient.Kind.MALFORMED_ANSWER, null, "sealed-secret");
            }
        }
        if (!probes.isEmpty()) {
            List<Verdict> answers = ask(network, probes);
            for (int k = 0; k < asked.size(); k++) {
                verdicts[asked.get(k)] = answers.get(k);
            }
        }
        return Arrays.asList(verdicts);
    }

    /** One call for the probes: one verdict per probe, trouble standing in for each when needed. */
    private List<Verdict> ask(Network network, List<Probe> probes) {
        Answer<List<Verdict>> answer =
                call(
                        network,
                        () ->
                                probes.size() == 1
                                        ? List.of(network.inspect(probes.get(0)))
                                        : network.inspectAll(probes));
        if (answer.trouble() != null) {
            return probes.stream().map(p -> (Verdict) answer.trouble()).toList();
        }
        if (answer.value().size() != probes.size()) {
            LOG.severe(
                    network.type()
                            + " answered "
                            + answer.value().size()
                            + " verdicts for "
                            + probes.size()
                            + " tokens; taken as trouble");
            Verdict trouble =
                    new Verdict.Transient(
                            Verdict.Transient.Kind.MALFORMED_ANSWER, null, "batch-size");
            return probes.stream().map(p -> trouble).toList();
        }
        // Asked once per answer, not per token: every call of an adapter's method passes its fault
        // tolerance (a timeout task scheduled with the caller's context captured), a sixth of a
        // sweep's CPU when it was asked for each token.
        Set<String> required = network.requiredScopes();
        return answer.value().stream().map(verdict -> heard(required, verdict)).toList();
    }

    /**
     * A network's answer as it counts: a working token that no longer carries a scope the adapter
     * requires is dead ({@link GrantedScopes}). The one place where every network's answers are
     * compared with its required scopes.
     */
    private static Verdict heard(Set<String> required, Verdict verdict) {
        return GrantedScopes.judge(verdict, required);
    }

    /**
     * Renews a token and stores the renewal before anything uses it. Ahead of its access token's
     * end ({@code inspected} null) a renewal is the verdict; after a dead answer, the renewed token
     * is inspected again and that answer counts.
     *
     * @return the verdict, or null when this node lost the token's lease meanwhile
     */
    private Verdict refresh(Network network, Due token, Verdict.Dead inspected) {
        Answer<Renewal> renewal =
                call(
                        network,
                        () ->
                                network.refresh(
                                        vault.openRefresh(token.id(), token.sealedRefresh())));
        if (renewal.trouble() != null) {
            return renewal.trouble();
        }
        if (renewal.value() instanceof Renewal.Refused refused) {
            return inspected == null
                    ? refused.verdict()
                    : CheckRules.finer(inspected, refused.verdict());
        }
        Grant grant = ((Renewal.Renewed) renewal.value()).grant();
        if (!recorder.renew(token.id(), token.network(), node.name(), grant)) {
            return null;
        }
        if (inspected == null) {
            return heard(
                    network.requiredScopes(),
                    new Verdict.Valid(grant.expiresAt(), null, grant.scopes()));
        }
        Answer<Verdict> again =
                call(
                        network,
                        () ->
                                network.inspect(
                                        new Probe(grant.accessToken(), token.channelExternalId())));
        return again.trouble() != null
                ? again.trouble()
                : heard(network.requiredScopes(), again.value());
    }

    /**
     * Calls a network; any trouble (from the adapter, from fault tolerance, or a bug) comes back as
     * a transient verdict.
     */
    private <T> Answer<T> call(Network network, Supplier<T> call) {
        try {
            return new Answer<>(call.get(), null);
        } catch (NetworkTrouble trouble) {
            return new Answer<>(null, trouble.verdict());
        } catch (TimeoutException timeout) {
            return new Answer<>(
                    null, new Verdict.Transient(Verdict.Transient.Kind.TIMEOUT, null, "timeout"));
        } catch (CircuitBreakerOpenException open) {
            return new Answer<>(
                    null,
                    new Verdict.Transient(
                            Verdict.Transient.Kind.NETWORK_UNAVAILABLE, null, "circuit-open"));
        } catch (BulkheadException full) {
            return new Answer<>(
                    null,
                    new Verdict.Transient(
                            Verdict.Transient.Kind.NETWORK_UNAVAILABLE, null, "bulkhead-full"));
        } catch (RuntimeException bug) {
            LOG.log(
                    Level.SEVERE,
                    "The " + network.type() + " adapter failed; its tokens are only delayed",
                    bug);
            return new Answer<>(
                    null,
                    new Verdict.Transient(
                            Verdict.Transient.Kind.MALFORMED_ANSWER,
                            null,
                            bug.getClass().getSimpleName()));
        }
    }

    /** A network's answer, or the trouble that stood in for it. */
    private record Answer<T>(T value, Verdict.Transient trouble) {}

    private boolean record(Due token, Verdict verdict, Tally tally) {
        if (verdict == null) {
            tally.miss();
            return false;
        }
        try {
            if (recorder.record(token.id(), token.network(), node.name(), verdict)) {
                tally.add(token.id(), verdict);
                return true;
            }
            tally.miss();
            return false;
        } catch (RuntimeException failure) {
            // The lease runs out and the token is checked again; nothing is lost.
            LOG.log(
                    Level.WARNING,
                    "Could not record the check of token "
                            + token.id()
                            + "; it will be checked again",
                    failure);
            tally.miss();
            return false;
        }
    }
}
