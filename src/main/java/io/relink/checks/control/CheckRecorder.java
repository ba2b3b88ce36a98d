package io.relink.checks.control;

import io.relink.channels.control.ChannelLedger;
import io.relink.channels.control.TokenFacts;
import io.relink.channels.entity.AccessToken;
import io.relink.networks.Grant;
import io.relink.networks.NetworkType;
import io.relink.networks.Verdict;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Turns what checks found into changes of the channel aggregate, a sweep's batch in one transaction
 * and anything else one token per transaction; the changes themselves are made by the aggregate's
 * one writer, {@link ChannelLedger}. Counts checks by network and outcome.
 *
 * <p>A result is recorded only while this node still holds the token's lease: if the lease ran out
 * and another node took the token over, the late result is dropped.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CheckRecorder {

    @PersistenceContext EntityManager em;
    @Inject ChannelLedger ledger;
    @Inject MetricRegistry metrics;

    /**
     * What the checker needs of claimed tokens; secrets stay sealed until the call that uses them.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Due> load(List<UUID> ids, String owner) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select t from AccessToken t join fetch t.channel join fetch t.identity where t.id in :ids and t.leaseOwner = :owner",
                        AccessToken.class)
                .setParameter("ids", ids)
                .setParameter("owner", owner)
                .getResultStream()
                .map(
                        t ->
                                new Due(
                                        t.id(),
                                        t.channel().id(),
                                        t.channel().network(),
                                        t.channel().externalId(),
                                        TokenFacts.of(t),
                                        t.sealedAccess(),
                                        t.sealedRefresh()))
                .toList();
    }

    /**
     * Stores a renewed grant at once, before its access token is used: a network that rotates
     * refresh tokens has already killed the old one. Returns false when the lease was lost.
     */
    public boolean renew(UUID tokenId, NetworkType network, String owner, Grant grant) {
        boolean renewed = ledger.renew(tokenId, owner, grant);
        if (renewed) {
            count(network, "renewed");
        }
        return renewed;
    }

    /** Records a verdict on a token this node holds. Returns false when the lease was lost. */
    public boolean record(UUID tokenId, NetworkType network, String owner, Verdict verdict) {
        return record(tokenId, network, owner, verdict, ChannelLedger.RELINK);
    }

    /**
     * Records the verdicts of a batch of checks in one transaction: one commit for the batch, not
     * one per token. Each token's change is still the ledger's, in the ledger's steps; the channels
     * are locked in the order of their ids, so that two nodes recording batches at the same moment
     * never wait for each other in a circle. A failure undoes the whole batch (the checker then
     * records it token by token). Returns the tokens recorded: a token whose lease this node lost
     * is not.
     */
    public Set<UUID> recordAll(List<Finding> findings, String owner) {
        Set<UUID> recorded = new HashSet<>();
        List<Finding> ordered =
                findings.stream()
                        .sorted(
                                Comparator.comparing((Finding f) -> f.token().channelId())
                                        .thenComparing(f -> f.token().id()))
                        .toList();
        for (Finding finding : ordered) {
            Due token = finding.token();
            if (ledger.record(token.id(), owner, finding.verdict(), ChannelLedger.RELINK)) {
                recorded.add(token.id());
                count(token.network(), outcomeName(finding.verdict()));
            }
            // Each change is written and forgotten before the next. Kept, every query of the next
            // change would first dirty-check all the batch had loaded so far (Hibernate's automatic
            // flush): four fifths of a sweep's CPU in a profile of 100,000 checks.
            em.flush();
            em.clear();
        }
        return recorded;
    }

    /**
     * Records a verdict on a token this node holds, for a check someone asked for ({@code actor}:
     * the API key whose failure report started it). Returns false when the lease was lost.
     */
    public boolean record(
            UUID tokenId, NetworkType network, String owner, Verdict verdict, String actor) {
        boolean recorded = ledger.record(tokenId, owner, verdict, actor);
        if (recorded) {
            count(network, outcomeName(verdict));
        }
        return recorded;
    }

    /**
     * Records a death Relink learned of without checking: a network's deauthorize callback, or a
     * downstream system reporting the error it got. Whoever holds a lease on the token loses it
     * (their late result is dropped). Returns false when the token was dead already.
     */
    public boolean learn(UUID tokenId, Verdict.Dead verdict, String actor) {
        return ledger.record(tokenId, null, verdict, actor);
    }

    /**
     * As {@link #learn}, inside the caller's transaction: for a death that must be committed
     * together with something else (the erasure of a data-deletion request) or not at all.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean learnWithin(UUID tokenId, Verdict.Dead verdict, String actor) {
        return ledger.record(tokenId, null, verdict, actor);
    }

    /**
     * Derives a channel's state again, in a transaction of its own; see {@link
     * ChannelLedger#rederive}.
     */
    public void rederive(UUID channelId) {
        ledger.rederive(channelId);
    }

    /** Puts off tokens whose network cannot be asked now, without counting a check. */
    public void postpone(List<UUID> ids, String owner, Instant until) {
        em.createQuery(
                        "update AccessToken t set t.nextCheckAt = :until, t.leaseOwner = null, t.leaseUntil = null "
                                + "where t.id in :ids and t.leaseOwner = :owner")
                .setParameter("until", until)
                .setParameter("ids", ids)
                .setParameter("owner", owner)
                .executeUpdate();
    }

    private void count(NetworkType network, String outcome) {
        metrics.counter(
                        "relink_checks",
                        new Tag("network", network.name()),
                        new Tag("outcome", outcome))
                .inc();
    }

    private static String outcomeName(Verdict verdict) {
        if (verdict instanceof Verdict.Transient trouble) {
            return "transient_" + trouble.kind().name().toLowerCase(Locale.ROOT);
        }
        return verdict instanceof Verdict.Valid ? "valid" : "dead";
    }

    /** What a check found on a claimed token; a null verdict: the lease was lost meanwhile. */
    public record Finding(Due token, Verdict verdict) {}

    /**
     * A claimed token, as the checker needs it. {@code toString} does not show the sealed secrets.
     */
    public record Due(
            UUID id,
            UUID channelId,
            NetworkType network,
            String channelExternalId,
            TokenFacts token,
            byte[] sealedAccess,
            byte[] sealedRefresh) {

        @Override
        public String toString() {
            return "Due[" + id + ", " + network + "]";
        }
    }
}
