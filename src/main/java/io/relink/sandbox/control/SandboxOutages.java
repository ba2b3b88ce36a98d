package io.relink.sandbox.control;

import io.relink.sandbox.entity.AuthorizationCode;
import io.relink.sandbox.entity.Outage;
import io.relink.sandbox.entity.OutageKind;
import io.relink.sandbox.entity.Token;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Starts and ends scripted outages, and tells which one a request meets: the whole network's, or
 * that of the account whose token or code the request is about.
 */
@Stateless
public class SandboxOutages {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;

    public Optional<Trouble> global() {
        return of(Outage.GLOBAL);
    }

    /** The trouble of the account's outage (or, for {@link Outage#GLOBAL}, the network's). */
    public Optional<Trouble> of(String subject) {
        return running(subject).flatMap(o -> Trouble.of(o.kind(), o.endsAt(), clock.instant()));
    }

    /** The trouble of the outage of the account the token belongs to; none for an unknown token. */
    public Optional<Trouble> ofToken(String tokenValue) {
        return em.createNamedQuery(Token.BY_HASH, Token.class)
                .setParameter("hash", TokenValues.hash(tokenValue))
                .getResultStream()
                .findFirst()
                .flatMap(token -> of(token.accountId()));
    }

    /** The trouble of the outage of the account that gave the code; none for an unknown code. */
    public Optional<Trouble> ofCode(String code) {
        return Optional.ofNullable(em.find(AuthorizationCode.class, TokenValues.hash(code)))
                .flatMap(c -> of(c.accountId()));
    }

    /** The outage of the subject, if it is still running. */
    public Optional<Outage> running(String subject) {
        Instant now = clock.instant();
        return Optional.ofNullable(em.find(Outage.class, subject))
                .filter(o -> now.isBefore(o.endsAt()));
    }

    /** Starts an outage, or replaces the subject's running one. */
    public void start(String subject, OutageKind kind, long seconds) {
        Instant endsAt = clock.instant().plusSeconds(seconds);
        Outage outage = em.find(Outage.class, subject);
        if (outage == null) {
            em.persist(new Outage(subject, kind, endsAt));
        } else {
            outage.change(kind, endsAt);
        }
    }

    public void end(String subject) {
        em.createQuery("delete from SandboxOutage o where o.subject = :subject")
                .setParameter("subject", subject)
                .executeUpdate();
    }
}
