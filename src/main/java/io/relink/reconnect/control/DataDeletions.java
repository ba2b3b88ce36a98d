package io.relink.reconnect.control;

import io.relink.channels.control.ChannelLedger;
import io.relink.channels.entity.Channel;
import io.relink.checks.control.Revocations;
import io.relink.networks.NetworkType;
import io.relink.networks.Revocation;
import io.relink.platform.OneTimeSecret;
import io.relink.reconnect.entity.DataDeletion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries out a data-deletion request a network sent on a person's behalf: every working token of
 * that person (the identities with that network and network id, in every workspace) dies as at a
 * deauthorize callback, then every token of theirs has its secrets erased, each erasure in the
 * channel's history ({@code token.erased}). The history itself is kept. All of it, and the
 * request's record, commit in one transaction, or none of it does.
 */
@Stateless
public class DataDeletions {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext EntityManager em;
    @Inject Revocations revocations;
    @Inject ChannelLedger ledger;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relink.public-url")
    String publicUrl;

    /**
     * Kills and erases the person's tokens whose grant was given before the request was issued at
     * {@code issuedAt} (a later grant is a new consent, which the request does not speak of); the
     * receipt tells the network where the status is.
     */
    public DeletionReceipts.Receipt requested(
            NetworkType network, Revocation revocation, Instant issuedAt) {
        Instant requestedAt = now();
        String code = DeletionReceipts.code(RANDOM);
        String user = revocation.externalUserId();
        // Every channel of the person is locked first, in one order, before any of their tokens is
        // read: the deaths and erasures below then take locks this transaction already holds, so
        // two deletions never wait on each other in a circle, and nothing is read before its lock.
        em.createQuery(
                        "select c from Channel c where c.id in (select t.channel.id from AccessToken t"
                                + " where t.identity.network = :network and t.identity.externalUserId = :user)"
                                + " order by c.id",
                        Channel.class)
                .setParameter("network", network)
                .setParameter("user", user)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        revocations.revokedWithin(network, revocation, issuedAt);
        String actor = Revocations.actor(network);
        int erased = 0;
        for (Object[] token :
                em.createQuery(
                                "select t.id, i.displayName from AccessToken t join t.identity i"
                                        + " where i.network = :network and i.externalUserId = :user"
                                        + " and (t.grantedAt is null or t.grantedAt < :grantedBefore)"
                                        + " order by t.channel.id, t.id",
                                Object[].class)
                        .setParameter("network", network)
                        .setParameter("user", user)
                        .setParameter("grantedBefore", Revocations.grantedBefore(issuedAt))
                        .getResultList()) {
            if (ledger.erase(
                    (UUID) token[0],
                    actor,
                    "Secrets of "
                            + token[1]
                            + "'s token erased: "
                            + network.displayName()
                            + " asked for the person's data to be deleted (confirmation code"
                            + " ending "
                            + code.substring(code.length() - 6)
                            + ")")) {
                erased++;
            }
        }
        DataDeletion deletion =
                new DataDeletion(
                        OneTimeSecret.digest(code),
                        network,
                        DeletionReceipts.fingerprint(user),
                        requestedAt);
        deletion.completed(erased, now());
        em.persist(deletion);
        return DeletionReceipts.receipt(publicUrl, network, code);
    }

    /** The request with this code, if it was sent by {@code network}; a malformed code is none. */
    public Optional<DataDeletion> status(NetworkType network, String code) {
        if (!DeletionReceipts.wellFormed(code)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(DataDeletion.class, OneTimeSecret.digest(code)))
                .filter(deletion -> deletion.network() == network);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
