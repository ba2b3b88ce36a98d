package io.relink.sandbox.control;

import io.relink.problems.ProblemException;
import io.relink.sandbox.entity.Account;
import io.relink.sandbox.entity.OutageKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides an account's fate for the scripting API: password change, app removal, checkpoint,
 * disabling, lost admin role, withdrawn scope, short lifespan, outage, and restore. Each answers
 * the account's view afterwards.
 *
 * <p>State changes are single SQL updates rather than changes to a loaded entity, so that two nodes
 * scripting one account at once never write back each other's stale flags. Such updates bypass the
 * persistence context, hence the {@code flush()} and {@code clear()} before the view is read.
 */
@Stateless
public class AccountScripts {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject AccountBook book;
    @Inject SandboxOutages outages;

    /**
     * Every token issued before now dies with {@code password_changed}, for good (restore keeps
     * it).
     */
    public JsonObject passwordChange(String id) {
        return set(id, "a.passwordVersion = a.passwordVersion + 1");
    }

    public JsonObject revokeApp(String id) {
        return set(id, "a.appRevoked = true");
    }

    public JsonObject checkpoint(String id) {
        return set(id, "a.atCheckpoint = true");
    }

    public JsonObject disable(String id) {
        return set(id, "a.disabled = true");
    }

    public JsonObject loseAdmin(String id, String page) {
        book.require(id);
        int changed =
                em.createQuery(
                                "update SandboxPageAdmin r set r.admin = false where r.accountId = :id and r.pageId = :page")
                        .setParameter("id", id)
                        .setParameter("page", page)
                        .executeUpdate();
        if (changed == 0) {
            throw new ProblemException(
                    404,
                    "not-found",
                    "Not found",
                    "Sandbox account '" + id + "' has no page '" + page + "'.",
                    Map.of());
        }
        return view(id);
    }

    public JsonObject withdrawScope(String id, String rawScope) {
        String scope = Scopes.one(rawScope, "scope");
        Account account = book.require(id);
        Set<String> withdrawn = new LinkedHashSet<>(Scopes.of(account.withdrawnScopes()));
        withdrawn.add(scope);
        em.createQuery("update SandboxAccount a set a.withdrawnScopes = :scopes where a.id = :id")
                .setParameter("scopes", Scopes.format(withdrawn))
                .setParameter("id", id)
                .executeUpdate();
        return view(id);
    }

    /**
     * Current tokens live at most {@code seconds} from now, future ones at most {@code seconds}
     * from their issue.
     */
    public JsonObject lifespan(String id, long seconds) {
        book.require(id);
        em.createQuery(
                        "update SandboxAccount a set a.lifespanSeconds = :seconds, a.lifespanFrom = :now where a.id = :id")
                .setParameter("seconds", seconds)
                .setParameter("now", clock.instant())
                .setParameter("id", id)
                .executeUpdate();
        return view(id);
    }

    public JsonObject outage(String id, OutageKind kind, long seconds) {
        book.require(id);
        outages.start(id, kind, seconds);
        return view(id);
    }

    public JsonObject endOutage(String id) {
        book.require(id);
        outages.end(id);
        return view(id);
    }

    /** Undoes everything but a password change: tokens it killed stay dead. */
    public JsonObject restore(String id) {
        update(
                id,
                "a.atCheckpoint = false, a.disabled = false, a.appRevoked = false, a.withdrawnScopes = '', "
                        + "a.lifespanSeconds = null, a.lifespanFrom = null");
        em.createQuery("update SandboxPageAdmin r set r.admin = true where r.accountId = :id")
                .setParameter("id", id)
                .executeUpdate();
        outages.end(id);
        return view(id);
    }

    private JsonObject set(String id, String assignments) {
        update(id, assignments);
        return view(id);
    }

    /** The assignments are constants of this class, never input. */
    private void update(String id, String assignments) {
        int changed =
                em.createQuery("update SandboxAccount a set " + assignments + " where a.id = :id")
                        .setParameter("id", id)
                        .executeUpdate();
        if (changed == 0) {
            throw SandboxAccounts.noSuchAccount(id);
        }
    }

    /**
     * Writes what is pending (an outage is persisted, not updated) before forgetting what the
     * updates made stale.
     */
    private JsonObject view(String id) {
        em.flush();
        em.clear();
        return book.view(id);
    }
}
