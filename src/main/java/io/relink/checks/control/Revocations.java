package io.relink.checks.control;

import io.relink.checks.entity.Verdict;
import io.relink.networks.NetworkType;
import io.relink.networks.Revocation;
import io.relink.tokens.entity.TokenStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Deaths Relink learns of faster than a sweep: a network telling that a person removed the app
 * (or lost their account). Every working token that person's identity granted, in every
 * workspace, dies at once with the cause the network gave, each in its own transaction with its events and history, as a check
 * would record it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Revocations {

    @PersistenceContext EntityManager em;
    @Inject CheckRecorder recorder;

    /** Every working token of the person dies as the network said; returns how many died. */
    public int revoked(NetworkType network, Revocation revocation) {
        String externalUserId = revocation.externalUserId();
        List<UUID> tokens = em.createQuery("select t.id from AccessToken t where t.identity.network = :network "
                        + "and t.identity.externalUserId = :user and t.status in :alive", UUID.class)
                .setParameter("network", network).setParameter("user", externalUserId)
                .setParameter("alive", List.of(TokenStatus.VALID, TokenStatus.UNVERIFIED))
                .getResultList();
        Verdict.Dead removed = new Verdict.Dead(revocation.cause(), revocation.rawCode(), revocation.message());
        int died = 0;
        for (UUID token : tokens) {
            if (recorder.learn(token, removed, "network:" + network.name().toLowerCase(Locale.ROOT))) {
                died++;
            }
        }
        return died;
    }
}
