package io.relink.checks.control;

import io.relink.channels.entity.TokenStatus;
import io.relink.networks.NetworkType;
import io.relink.networks.Revocation;
import io.relink.networks.Verdict;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Deaths Relink learns of faster than a sweep: a network telling that a person removed the app (or
 * lost their account). Every working token that person's identity granted, in every workspace, dies
 * at once with the cause the network gave, as a check would record it, with its events and history,
 * all in the caller's transaction ({@link #revokedWithin}), which also records that the signed
 * callback was taken.
 *
 * <p>A callback speaks of the grants that existed when the network issued it: a token whose grant
 * was given later (a reconnect after the person removed the app and consented again) is not
 * touched, however late the callback arrives. Issue times are whole seconds, so a grant given
 * within the second the callback was issued counts as earlier.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Revocations {

    @PersistenceContext EntityManager em;
    @Inject CheckRecorder recorder;

    /**
     * Every working token of the person dies as the network said, in the caller's transaction (with
     * the record that the callback was taken, so that both commit or neither); returns how many
     * died. The tokens are taken in the order of their channels, whose rows are locked one after
     * the other, so that two such transactions never wait on each other in a circle.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int revokedWithin(NetworkType network, Revocation revocation, Instant issuedAt) {
        Verdict.Dead removed = deathOf(revocation);
        String actor = actor(network);
        int died = 0;
        for (UUID token : alive(network, revocation.externalUserId(), issuedAt)) {
            if (recorder.learnWithin(token, removed, actor)) {
                died++;
            }
            // written and forgotten, as CheckRecorder.recordAll does, so that a person of many
            // tokens does not make each next change dirty-check all the earlier ones
            em.flush();
            em.clear();
        }
        return died;
    }

    /** Who a network's callback is in the history: {@code network:facebook}. */
    public static String actor(NetworkType network) {
        return "network:" + network.name().toLowerCase(Locale.ROOT);
    }

    private List<UUID> alive(NetworkType network, String externalUserId, Instant issuedAt) {
        return em.createQuery(
                        "select t.id from AccessToken t where t.identity.network = :network "
                                + "and t.identity.externalUserId = :user and t.status in :alive "
                                + "and (t.grantedAt is null or t.grantedAt < :grantedBefore) "
                                + "order by t.channel.id, t.id",
                        UUID.class)
                .setParameter("network", network)
                .setParameter("user", externalUserId)
                .setParameter("alive", List.of(TokenStatus.VALID, TokenStatus.UNVERIFIED))
                .setParameter("grantedBefore", grantedBefore(issuedAt))
                .getResultList();
    }

    /**
     * The instant before which a grant was given for a callback issued at {@code issuedAt} to speak
     * of it: the end of the issuing second (issue times are whole seconds).
     */
    public static Instant grantedBefore(Instant issuedAt) {
        return issuedAt.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    private static Verdict.Dead deathOf(Revocation revocation) {
        return new Verdict.Dead(revocation.cause(), revocation.rawCode(), revocation.message());
    }
}
