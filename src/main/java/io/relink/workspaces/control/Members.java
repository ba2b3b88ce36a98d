package io.relink.workspaces.control;

import io.relink.workspaces.entity.Member;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds the people who sign in to the Connection Center. */
@Stateless
public class Members {

    @PersistenceContext EntityManager em;

    public Optional<Member> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Member.BY_EMAIL, Member.class)
                .setParameter("email", email.strip())
                .getResultStream()
                .findFirst();
    }
}
