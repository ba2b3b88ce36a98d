package io.relink.sandbox.control;

import io.relink.sandbox.entity.Account;
import io.relink.sandbox.entity.Page;
import io.relink.sandbox.entity.PageAdmin;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and shows the SANDBOX network's accounts: for the consent page, for {@code /api/me/pages},
 * for the token rules (who administers what), and as the scripting API's views of their state.
 */
@Stateless
public class AccountBook {

    @PersistenceContext EntityManager em;
    @Inject SandboxOutages outages;

    /** An account as the consent page lists it. */
    public record Person(String id, String name) {}

    /** The account, or a 404 problem. */
    public Account require(String id) {
        Account account = id == null ? null : em.find(Account.class, id);
        if (account == null) {
            throw SandboxAccounts.noSuchAccount(id);
        }
        return account;
    }

    public List<Person> people() {
        return all().map(a -> new Person(a.id(), a.name())).toList();
    }

    /** The pages the account administers now (lost roles left out). */
    public List<SandboxAccounts.PageSpec> adminPages(String accountId) {
        return roles(accountId).stream()
                .filter(r -> r.admin)
                .map(r -> new SandboxAccounts.PageSpec(r.id, r.name))
                .toList();
    }

    public boolean isAdmin(String accountId, String pageId) {
        return em.createNamedQuery(PageAdmin.ONE, PageAdmin.class)
                .setParameter("account", accountId)
                .setParameter("page", pageId)
                .getResultStream()
                .anyMatch(PageAdmin::admin);
    }

    /**
     * Consent, or tokens issued without it, authorize the app again. One SQL update: see
     * AccountScripts.
     */
    public void authorizeApp(Account account) {
        if (account.appRevoked()) {
            em.createQuery("update SandboxAccount a set a.appRevoked = false where a.id = :id")
                    .setParameter("id", account.id())
                    .executeUpdate();
            em.refresh(account);
        }
    }

    /** Every account with its pages and scripted state, for the scripting API. */
    public JsonArray views() {
        JsonArrayBuilder views = Json.createArrayBuilder();
        all().map(this::view).forEach(views::add);
        return views.build();
    }

    public JsonObject view(String id) {
        return view(require(id));
    }

    private JsonObject view(Account account) {
        JsonArrayBuilder pages = Json.createArrayBuilder();
        roles(account.id())
                .forEach(
                        r ->
                                pages.add(
                                        Json.createObjectBuilder()
                                                .add("id", r.id)
                                                .add("name", r.name)
                                                .add("admin", r.admin)));
        return Json.createObjectBuilder()
                .add("id", account.id())
                .add("name", account.name())
                .add("password_version", account.passwordVersion())
                .add("app_revoked", account.appRevoked())
                .add("checkpoint", account.atCheckpoint())
                .add("disabled", account.disabled())
                .add(
                        "withdrawn_scopes",
                        Json.createArrayBuilder(
                                Scopes.ordered(Scopes.of(account.withdrawnScopes()))))
                .add(
                        "lifespan_seconds",
                        account.lifespanSeconds() == null
                                ? JsonValue.NULL
                                : Json.createValue(account.lifespanSeconds()))
                .add("outage", Answers.outage(outages.running(account.id())))
                .add("pages", pages)
                .build();
    }

    /** Every account, by id: the consent page and the scripting API list them alike. */
    private Stream<Account> all() {
        return em.createQuery("select a from SandboxAccount a order by a.id", Account.class)
                .getResultStream();
    }

    private record Role(String id, String name, boolean admin) {}

    private List<Role> roles(String accountId) {
        return em.createQuery(
                        "select p, r from SandboxPage p, SandboxPageAdmin r where p.id = r.pageId and r.accountId = :account order by p.id",
                        Object[].class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(
                        row ->
                                new Role(
                                        ((Page) row[0]).id(),
                                        ((Page) row[0]).name(),
                                        ((PageAdmin) row[1]).admin()))
                .toList();
    }
}
