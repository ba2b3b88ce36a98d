package io.relink.checks.control;

import io.relink.platform.Node;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Hands out due tokens to the node that checks them, so that several nodes on one database share
 * the sweep and each token is checked once per due time.
 *
 * <p>A claim writes this node's name and a lease end into the token rows, in its own short
 * transaction. On PostgreSQL the candidate rows are locked {@code FOR UPDATE SKIP LOCKED}, so nodes
 * claiming at the same moment take different rows instead of waiting for each other; the embedded
 * H2 serves one node and takes a plain conditional update. A lease that runs out (its node died
 * mid-check) makes the token claimable again. Recording a check frees the lease.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Leases {

    /**
     * Only tokens with secrets are checked: working or unverified ones, and dead ones that may
     * recover (their death left a next check: see {@code CheckRules#mayRecover}).
     */
    private static final String CHECKABLE =
            "(status in ('VALID', 'UNVERIFIED') or (status = 'INVALID' and next_check_at is not null))"
                    + " and access_secret is not null";

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject Node node;

    @Inject
    @ConfigProperty(name = "relink.checks.lease")
    Duration lease;

    private boolean skipLocked;

    @PostConstruct
    void detectDatabase() {
        String product =
                em.unwrap(Session.class)
                        .doReturningWork(c -> c.getMetaData().getDatabaseProductName());
        skipLocked = product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    /**
     * Claims up to {@code limit} tokens due by {@code dueBy}, the most overdue first, in one
     * statement. Cheap however many tokens are not due: the candidates are read from the index on
     * {@code next_check_at} (V1) in its order, and the walk stops at {@code dueBy} (with a million
     * tokens none due, PostgreSQL reads three index pages).
     */
    public Claim claimDue(int limit, Instant dueBy) {
        Instant now = now();
        List<UUID> claimed =
                claim(
                        "select id from access_token where "
                                + CHECKABLE
                                + " and next_check_at <= :dueBy and (lease_until is null or lease_until < :now)"
                                + " order by next_check_at fetch first "
                                + limit
                                + " rows only",
                        now,
                        "dueBy",
                        dueBy);
        return new Claim(claimed, now, now.plus(lease));
    }

    /**
     * Gives back the leases of a claim on tokens this node did not check after all (it gave up on
     * them, or their result could not be written): they are due again at once, for any node,
     * instead of waiting for the lease to run out. Only this claim's leases are freed: a token
     * recorded meanwhile, or claimed again since, is left alone.
     */
    public void release(Claim claim, Collection<UUID> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        em.createNativeQuery(
                        "update access_token set lease_owner = null, lease_until = null"
                                + " where id in (:ids) and lease_owner = :owner and lease_until = :until")
                .setParameter("ids", List.copyOf(tokens))
                .setParameter("owner", node.name())
                .setParameter("until", claim.until())
                .executeUpdate();
    }

    /** Claims the checkable tokens of one channel that no other check holds now ("check now"). */
    public Claim claimChannel(UUID channelId) {
        Instant now = now();
        List<UUID> claimed =
                claim(
                        "select id from access_token where "
                                + CHECKABLE
                                + " and channel_id = :channel and (lease_until is null or lease_until < :now)",
                        now,
                        "channel",
                        channelId);
        return new Claim(claimed, now, now.plus(lease));
    }

    /**
     * Whether another check holds one of these channels' checkable tokens now: its lease has not
     * run out, so its answer is still to be recorded.
     */
    public boolean checkUnderWay(Collection<UUID> channelIds) {
        return ((Number)
                                em.createNativeQuery(
                                                "select count(*) from access_token where "
                                                        + CHECKABLE
                                                        + " and channel_id in (:channels) and lease_until >= :now")
                                        .setParameter("channels", channelIds)
                                        .setParameter("now", now())
                                        .getSingleResult())
                        .longValue()
                > 0;
    }

    /**
     * Claims one token when it is checkable and no other check holds it now (a downstream product
     * reported it failing); empty otherwise.
     */
    public List<UUID> claimToken(UUID tokenId) {
        Instant now = now();
        return claim(
                "select id from access_token where "
                        + CHECKABLE
                        + " and id = :token and (lease_until is null or lease_until < :now)",
                now,
                "token",
                tokenId);
    }

    /**
     * @param filter the name and value of the one parameter {@code candidates} takes besides {@code
     *     :now}
     */
    private List<UUID> claim(String candidates, Instant now, String filter, Object value) {
        Instant until = now.plus(lease);
        String owner = node.name();
        // PostgreSQL: lock the candidates once in a CTE (an IN subquery may be evaluated again).
        String sql =
                skipLocked
                        ? "with due as ("
                                + candidates
                                + " for update skip locked) "
                                + "update access_token t set lease_owner = :owner, lease_until = :until from due where t.id = due.id"
                        : "update access_token set lease_owner = :owner, lease_until = :until where id in ("
                                + candidates
                                + ")";
        var update =
                em.createNativeQuery(sql)
                        .setParameter("owner", owner)
                        .setParameter("until", until)
                        .setParameter("now", now);
        update.setParameter(filter, value);
        if (update.executeUpdate() == 0) {
            return List.of();
        }
        List<?> claimed =
                em.createNativeQuery(
                                "select id from access_token where lease_owner = :owner and lease_until = :until",
                                UUID.class)
                        .setParameter("owner", owner)
                        .setParameter("until", until)
                        .getResultList();
        return claimed.stream().map(UUID.class::cast).toList();
    }

    /** Database timestamps hold microseconds: a lease end must compare equal after a round trip. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
