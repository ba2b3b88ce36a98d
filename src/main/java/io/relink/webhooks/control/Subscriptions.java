package io.relink.webhooks.control;

import io.relink.problems.ProblemException;
import io.relink.security.KeyRing;
import io.relink.webhooks.entity.EventType;
import io.relink.webhooks.entity.Subscription;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A workspace's webhook subscriptions: made with a URL that passes {@link Destinations} (https to a
 * public address; http to loopback only in demo mode and tests) and a secret shown once; changed,
 * rotated (the old secret keeps signing for {@code relink.webhooks.previous-secret-life}), enabled,
 * disabled, deleted.
 */
@Stateless
public class Subscriptions {

    static final int MAX_PER_WORKSPACE = 20;

    @PersistenceContext EntityManager em;
    @Inject KeyRing keys;
    @Inject WebhookSettings settings;
    @Inject Clock clock;

    /** A subscription just made or given a new secret, with the only copy of that secret. */
    public record WithSecret(Subscription subscription, String secret) {}

    public List<Subscription> of(UUID workspaceId) {
        return em.createNamedQuery(Subscription.OF_WORKSPACE, Subscription.class)
                .setParameter("workspace", workspaceId)
                .getResultList();
    }

    public Subscription get(UUID workspaceId, UUID id) {
        Subscription subscription = id == null ? null : em.find(Subscription.class, id);
        if (subscription == null || !subscription.workspaceId().equals(workspaceId)) {
            throw ProblemException.notFound("webhook", id);
        }
        return subscription;
    }

    public WithSecret create(UUID workspaceId, String url, Set<EventType> types, String actor) {
        if (of(workspaceId).size() >= MAX_PER_WORKSPACE) {
            throw ProblemException.conflict(
                    "A workspace has at most "
                            + MAX_PER_WORKSPACE
                            + " webhooks; delete one first.");
        }
        Subscription subscription =
                new Subscription(
                        workspaceId, checked(url), checkedTypes(types), actor, clock.instant());
        String secret = WebhookSignature.newSecret();
        subscription.sealedSecret(seal(subscription.id(), secret));
        em.persist(subscription);
        return new WithSecret(subscription, secret);
    }

    public Subscription change(
            UUID workspaceId, UUID id, String url, Set<EventType> types, Boolean enabled) {
        Subscription subscription = get(workspaceId, id);
        if (url != null) {
            subscription.url(checked(url));
        }
        if (types != null) {
            subscription.types(checkedTypes(types));
        }
        if (Boolean.TRUE.equals(enabled)) {
            subscription.enable();
        } else if (Boolean.FALSE.equals(enabled)) {
            subscription.disable("Disabled by a person.");
        }
        return subscription;
    }

    public WithSecret rotate(UUID workspaceId, UUID id) {
        Subscription subscription = get(workspaceId, id);
        String secret = WebhookSignature.newSecret();
        subscription.rotate(seal(id, secret), clock.instant().plus(settings.previousSecretLife()));
        return new WithSecret(subscription, secret);
    }

    public void delete(UUID workspaceId, UUID id) {
        Subscription subscription = get(workspaceId, id);
        em.createQuery(
                        "delete from Attempt a where a.deliveryId in"
                                + " (select d.id from Delivery d where d.subscriptionId = :s)")
                .setParameter("s", id)
                .executeUpdate();
        em.createQuery("delete from Delivery d where d.subscriptionId = :s")
                .setParameter("s", id)
                .executeUpdate();
        em.remove(subscription);
    }

    /** The secrets that sign for this subscription now: the current one, and the previous one. */
    public List<String> secrets(Subscription subscription) {
        List<String> secrets = new ArrayList<>();
        secrets.add(keys.sealer().open(subscription.sealedSecret(), context(subscription.id())));
        byte[] previous = subscription.sealedPreviousSecret(clock.instant());
        if (previous != null) {
            secrets.add(keys.sealer().open(previous, context(subscription.id())));
        }
        return secrets;
    }

    private byte[] seal(UUID id, String secret) {
        return keys.sealer().seal(secret, context(id));
    }

    private static String context(UUID id) {
        return "webhook-secret:" + id;
    }

    private String checked(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException | NullPointerException malformed) {
            throw ProblemException.invalidParameter("url", "'url' is not a URL.");
        }
        if (url.length() > 2000) {
            throw ProblemException.invalidParameter("url", "'url' has more than 2000 characters.");
        }
        Destinations.refusal(uri, settings.allowLoopback(), Destinations::lookUp)
                .ifPresent(
                        why -> {
                            throw ProblemException.invalidParameter("url", why);
                        });
        return uri.toString();
    }

    private static Set<EventType> checkedTypes(Set<EventType> types) {
        if (types == null || types.isEmpty()) {
            throw ProblemException.invalidParameter(
                    "events", "Name at least one event type to send.");
        }
        if (types.contains(EventType.WEBHOOK_TEST)) {
            throw ProblemException.invalidParameter(
                    "events", "webhook.test is sent on request only, not subscribed to.");
        }
        return types;
    }
}
