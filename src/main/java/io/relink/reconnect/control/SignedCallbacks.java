package io.relink.reconnect.control;

import io.relink.checks.control.Revocations;
import io.relink.networks.NetworkType;
import io.relink.networks.VerifiedCallback;
import io.relink.platform.OneTimeSecret;
import io.relink.problems.ProblemException;
import io.relink.reconnect.entity.AcceptedCallback;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Carries out a network's verified callback once: the callback is remembered by its fingerprint in
 * the same transaction as what it does (the deaths, or the erasure of a data-deletion request), and
 * a second copy of it, on this node or another, is a 400 that changes nothing. What is remembered
 * is forgotten once no copy could pass as fresh any more.
 */
@Stateless
public class SignedCallbacks {

    /**
     * How long a fingerprint is kept past the callback's freshness window: room for the clocks of
     * the nodes to disagree.
     */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @PersistenceContext EntityManager em;
    @Inject Revocations revocations;
    @Inject DataDeletions dataDeletions;
    @Inject Clock clock;

    /**
     * What a callback did: how many tokens died, or, for a data-deletion request, its receipt.
     *
     * @param receipt null unless the callback asked for an erasure
     */
    public record Taken(int tokensRevoked, DeletionReceipts.Receipt receipt) {}

    /**
     * Takes the callback, unless a copy was taken before.
     *
     * @throws ProblemException 400 when this signed request was taken already
     */
    public Taken take(NetworkType network, VerifiedCallback callback) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        em.createQuery("delete from AcceptedCallback a where a.freshUntil < :forgotten")
                .setParameter("forgotten", now.minus(CLOCK_SKEW))
                .executeUpdate();
        String key = OneTimeSecret.digest(network.name() + "\n" + callback.fingerprint());
        if (em.find(AcceptedCallback.class, key) != null) {
            throw replayed(network);
        }
        try {
            em.persist(new AcceptedCallback(key, network, now, callback.freshUntil()));
            // The primary key decides now, before anything changes: a copy taken at the same time
            // on another node waits for this transaction and then fails here.
            em.flush();
        } catch (PersistenceException taken) {
            throw replayed(network);
        }
        if (callback.revocation() == null) {
            return new Taken(0, null);
        }
        if (callback.revocation().erasure()) {
            return new Taken(
                    0,
                    dataDeletions.requested(network, callback.revocation(), callback.issuedAt()));
        }
        return new Taken(
                revocations.revokedWithin(network, callback.revocation(), callback.issuedAt()),
                null);
    }

    private static ProblemException replayed(NetworkType network) {
        return new ProblemException(
                400,
                "replayed-callback",
                "Callback already taken",
                "This signed "
                        + network.displayName()
                        + " callback was taken before; a copy of it changes nothing.",
                Map.of());
    }
}
