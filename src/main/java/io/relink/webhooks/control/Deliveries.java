package io.relink.webhooks.control;

import io.relink.platform.Node;
import io.relink.platform.Page;
import io.relink.problems.ProblemException;
import io.relink.webhooks.entity.Attempt;
import io.relink.webhooks.entity.Delivery;
import io.relink.webhooks.entity.OutboxEvent;
import io.relink.webhooks.entity.Subscription;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Turns outbox events into deliveries and hands them to the node that sends them, each step in a
 * short transaction of its own, so that several nodes share the work through row locks and leases
 * (as the sweep does) and a node that dies mid-send loses nothing: its lease runs out and another
 * node sends the delivery again, with the same {@code webhook-id}.
 *
 * <p>Order per channel: a delivery is not handed out while an older one of the same subscription
 * and channel is still pending, so a receiver that was down sees a channel's events in the order
 * they happened once it is back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

    /**
     * Rows another node has locked are passed over, not waited for (Hibernate's "skip locked" lock
     * timeout; PostgreSQL's {@code FOR UPDATE SKIP LOCKED}; the embedded H2 serves one node and
     * takes a plain lock).
     */
    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

    private static final int SKIP_LOCKED = -2;

    @PersistenceContext EntityManager em;
    @Inject Subscriptions subscriptions;
    @Inject Outbox outbox;
    @Inject WebhookSettings settings;
    @Inject Node node;
    @Inject Clock clock;

    /** What a node needs to send one delivery, read under its lease. */
    public record Send(
            UUID deliveryId,
            String url,
            String messageId,
            long timestamp,
            String body,
            List<String> secrets) {
        @Override
        public String toString() {
            return "Send[" + deliveryId + " to " + url + "]"; // never the secrets
        }
    }

    /**
     * Makes the deliveries of up to {@code limit} events not yet fanned out: one per enabled
     * subscription of the event's workspace that wants its type (a test event: its one
     * subscription). Answers how many events it handled.
     */
    public int fanOut(int limit) {
        List<OutboxEvent> events =
                em.createQuery(
                                "select e from OutboxEvent e where e.fannedOutAt is null"
                                        + " order by e.occurredAt",
                                OutboxEvent.class)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setHint(LOCK_TIMEOUT, SKIP_LOCKED)
                        .setMaxResults(limit)
                        .getResultList();
        Instant now = clock.instant();
        // a burst is mostly one workspace's: its subscriptions are read once, not per event
        Map<UUID, List<Subscription>> byWorkspace = new HashMap<>();
        for (OutboxEvent event : events) {
            for (Subscription subscription :
                    byWorkspace.computeIfAbsent(event.workspaceId(), subscriptions::of)) {
                boolean concerned =
                        event.onlyFor() != null
                                ? event.onlyFor().equals(subscription.id())
                                : subscription.enabled() && subscription.wants(event.type());
                if (concerned) {
                    em.persist(new Delivery(subscription.id(), event, now));
                }
            }
            event.fannedOut(now);
        }
        return events.size();
    }

    /** Leases up to {@code limit} due deliveries to this node; answers their ids. */
    public List<UUID> claim(int limit) {
        Instant now = clock.instant();
        List<Delivery> due =
                em.createQuery(
                                "select d from Delivery d where d.status = :pending"
                                        + " and d.nextAttemptAt <= :now"
                                        + " and (d.leaseUntil is null or d.leaseUntil < :now)"
                                        + " and exists (select s.id from Subscription s"
                                        + "   where s.id = d.subscriptionId and s.enabled = true)"
                                        + " and not exists (select o.id from Delivery o"
                                        + "   where o.subscriptionId = d.subscriptionId"
                                        + "   and o.channelId = d.channelId"
                                        + "   and o.status = :pending"
                                        + "   and o.occurredAt < d.occurredAt)"
                                        + " order by d.nextAttemptAt",
                                Delivery.class)
                        .setParameter("pending", Delivery.Status.PENDING)
                        .setParameter("now", now)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setHint(LOCK_TIMEOUT, SKIP_LOCKED)
                        .setMaxResults(limit)
                        .getResultList();
        for (Delivery delivery : due) {
            delivery.lease(node.name(), now.plus(settings.lease()));
        }
        return due.stream().map(Delivery::id).toList();
    }

    /**
     * The delivery as this node sends it, if it still holds the lease; the lease is renewed for
     * this one attempt, so a long batch never outlives it.
     */
    public Optional<Send> prepare(UUID deliveryId) {
        Delivery delivery = em.find(Delivery.class, deliveryId);
        if (delivery == null || !node.name().equals(delivery.leaseOwner())) {
            return Optional.empty();
        }
        delivery.lease(node.name(), clock.instant().plus(settings.lease()));
        Subscription subscription = em.find(Subscription.class, delivery.subscriptionId());
        OutboxEvent event = delivery.event();
        return Optional.of(
                new Send(
                        deliveryId,
                        subscription.url(),
                        event.messageId(),
                        clock.instant().getEpochSecond(),
                        event.payload(),
                        subscriptions.secrets(subscription)));
    }

    /**
     * Records one attempt: delivered, tried again later by the backoff, or given up on, which
     * disables the subscription (its owners are told by the caller).
     *
     * @return the subscription's id when it was disabled just now
     */
    public Optional<UUID> record(UUID deliveryId, Sender.Result result) {
        Delivery delivery = em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !node.name().equals(delivery.leaseOwner())) {
            // its subscription was deleted, or the lease ran out and another node has it now
            return Optional.empty();
        }
        Instant now = clock.instant();
        em.persist(
                new Attempt(
                        deliveryId,
                        result.at(),
                        result.status(),
                        result.latencyMillis(),
                        result.answer(),
                        result.error()));
        if (result.delivered()) {
            delivery.attempted(true, now, null);
            return Optional.empty();
        }
        Instant first = delivery.firstAttemptAt() == null ? result.at() : delivery.firstAttemptAt();
        Optional<Instant> next =
                Backoff.standard()
                        .nextAttempt(delivery.attempts() + 1, first, now, settings.disableAfter());
        delivery.attempted(false, now, next.orElse(null));
        if (next.isPresent()) {
            return Optional.empty();
        }
        Subscription subscription = em.find(Subscription.class, delivery.subscriptionId());
        if (subscription.enabled()) {
            subscription.disable(
                    "Deliveries failed for longer than "
                            + settings.disableAfter()
                            + "; the last answer: "
                            + (result.status() != null ? "HTTP " + result.status() : result.error())
                            + ".");
            LOG.warning("Webhook " + subscription.id() + " disabled after failing deliveries");
            return Optional.of(subscription.id());
        }
        return Optional.empty();
    }

    /** A subscription's deliveries, newest first; pages count from 1. */
    public Page<Delivery> of(UUID workspaceId, UUID subscriptionId, int page, int size) {
        subscriptions.get(workspaceId, subscriptionId);
        List<Delivery> items =
                em.createQuery(
                                "select d from Delivery d join fetch d.event"
                                        + " where d.subscriptionId = :s"
                                        + " order by d.createdAt desc, d.id",
                                Delivery.class)
                        .setParameter("s", subscriptionId)
                        .setFirstResult(Page.offset(page, size))
                        .setMaxResults(size)
                        .getResultList();
        long total =
                em.createQuery(
                                "select count(d) from Delivery d where d.subscriptionId = :s",
                                Long.class)
                        .setParameter("s", subscriptionId)
                        .getSingleResult();
        return Page.of(items, page, size, total);
    }

    /** The attempts of these deliveries, oldest first. */
    public List<Attempt> attempts(List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from Attempt a where a.deliveryId in :ids order by a.attemptedAt",
                        Attempt.class)
                .setParameter("ids", deliveryIds)
                .getResultList();
    }

    /**
     * Forgets what was settled longer than {@code retention} ago: delivered or given-up deliveries
     * with their attempts, and outbox events fanned out by then that no delivery needs any more.
     * Answers how many events went.
     */
    public int prune(java.time.Duration retention) {
        Instant before = clock.instant().minus(retention);
        em.createQuery(
                        "delete from Attempt a where a.deliveryId in (select d.id from Delivery d"
                                + " where d.status <> :pending and d.createdAt < :before)")
                .setParameter("pending", Delivery.Status.PENDING)
                .setParameter("before", before)
                .executeUpdate();
        em.createQuery(
                        "delete from Delivery d where d.status <> :pending and d.createdAt < :before")
                .setParameter("pending", Delivery.Status.PENDING)
                .setParameter("before", before)
                .executeUpdate();
        return em.createQuery(
                        "delete from OutboxEvent e where e.fannedOutAt < :before and not exists"
                                + " (select d.id from Delivery d where d.event = e)")
                .setParameter("before", before)
                .executeUpdate();
    }

    /** Writes a test event for this one subscription; the relay sends it at its next tick. */
    public void test(UUID workspaceId, UUID subscriptionId) {
        subscriptions.get(workspaceId, subscriptionId);
        outbox.test(workspaceId, subscriptionId, clock.instant());
    }

    /** Sends a delivery again, now, with the same {@code webhook-id}. */
    public Delivery redeliver(UUID workspaceId, UUID subscriptionId, UUID deliveryId) {
        subscriptions.get(workspaceId, subscriptionId);
        Delivery delivery =
                deliveryId == null
                        ? null
                        : em.createQuery(
                                        "select d from Delivery d join fetch d.event where d.id = :id",
                                        Delivery.class)
                                .setParameter("id", deliveryId)
                                .getResultStream()
                                .findFirst()
                                .orElse(null);
        if (delivery == null || !delivery.subscriptionId().equals(subscriptionId)) {
            throw ProblemException.notFound("delivery", deliveryId);
        }
        delivery.redeliver(clock.instant());
        return delivery;
    }
}
