package io.relink.sandbox.control;

import io.relink.problems.ProblemException;
import io.relink.sandbox.entity.Account;
import io.relink.sandbox.entity.Page;
import io.relink.sandbox.entity.PageAdmin;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Puts people and their pages on the SANDBOX network and hands out tokens without the consent page.
 * Relink's demo seeding and tests call it directly; the scripting API calls it over HTTP.
 */
@Stateless
public class SandboxAccounts {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject SandboxTokens tokens;
    @Inject AccountBook book;

    /** Creates or updates an account and its pages (admin on each). Idempotent. */
    public void upsert(String accountId, String name, List<PageSpec> pages) {
        String id = ScriptInput.id(accountId, "id");
        String display = ScriptInput.name(name, "name");
        List<PageSpec> wanted = ScriptInput.pages(pages);
        Account account = em.find(Account.class, id);
        if (account == null) {
            em.persist(new Account(id, display, clock.instant()));
        } else {
            account.rename(display);
        }
        for (PageSpec spec : wanted) {
            Page page = em.find(Page.class, spec.id());
            if (page == null) {
                em.persist(new Page(spec.id(), spec.name()));
            } else {
                page.rename(spec.name());
            }
        }
        // The admin rows refer to the account and pages by plain id, so Hibernate cannot know to
        // insert those first: write them now, and the callers' tokens can refer to them too.
        em.flush();
        for (PageSpec spec : wanted) {
            List<PageAdmin> role =
                    em.createNamedQuery(PageAdmin.ONE, PageAdmin.class)
                            .setParameter("account", id)
                            .setParameter("page", spec.id())
                            .getResultList();
            if (role.isEmpty()) {
                em.persist(new PageAdmin(id, spec.id()));
            } else {
                role.get(0).restore();
            }
        }
        em.flush();
    }

    /**
     * Issues a token pair for the account without the consent page (fixtures, demo). Like a
     * consent, it authorizes the app again for the account.
     */
    public Issued issue(String accountId, Set<String> scopes) {
        Set<String> granted = Scopes.require(scopes, "scopes");
        Account account = book.require(accountId);
        book.authorizeApp(account);
        return tokens.issuePair(account, granted, UUID.randomUUID());
    }

    /**
     * Issues one token living {@code accessLifetime}, with or without a refresh token (demo data
     * that must expire on a chosen day, load runs).
     */
    public Issued issue(
            String accountId, Set<String> scopes, Duration accessLifetime, boolean withRefresh) {
        if (accessLifetime == null || accessLifetime.isNegative() || accessLifetime.isZero()) {
            throw ProblemException.invalidParameter(
                    "lifetime", "A token must live for some time, not " + accessLifetime + ".");
        }
        Set<String> granted = Scopes.require(scopes, "scopes");
        Account account = book.require(accountId);
        book.authorizeApp(account);
        return tokens.issue(account, granted, UUID.randomUUID(), accessLifetime, withRefresh);
    }

    /** A page to create or update: its id on the network and its name. */
    public record PageSpec(String id, String name) {}

    /**
     * A token pair just issued, with its only plaintext copies. {@code expiresAt} and {@code
     * refreshExpiresAt} include a scripted lifespan. toString must not print the token values.
     */
    public record Issued(
            String accessToken,
            String refreshToken,
            Instant expiresAt,
            Instant refreshExpiresAt,
            Set<String> scopes) {

        public Issued {
            scopes = Set.copyOf(scopes);
        }

        @Override
        public String toString() {
            return "Issued[expiresAt="
                    + expiresAt
                    + ", refreshExpiresAt="
                    + refreshExpiresAt
                    + ", scopes="
                    + Scopes.format(scopes)
                    + ", accessToken=***, refreshToken=***]";
        }
    }

    /** The 404 of an account the network does not know. */
    static ProblemException noSuchAccount(String id) {
        return new ProblemException(
                404,
                "not-found",
                "Not found",
                "No sandbox account '" + id + "'.",
                java.util.Map.of());
    }
}
