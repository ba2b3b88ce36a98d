package io.relink.reconnect;

import io.relink.channels.control.ChannelLedger;
import io.relink.channels.control.TokenVault;
import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.Channel;
import io.relink.channels.entity.ChannelKind;
import io.relink.channels.entity.Identity;
import io.relink.networks.Grant;
import io.relink.networks.NetworkType;
import io.relink.people.control.Passwords;
import io.relink.people.control.People;
import io.relink.reconnect.entity.ConnectionFlow;
import io.relink.sandbox.control.SandboxAccounts;
import io.relink.workspaces.control.ApiKeys;
import io.relink.workspaces.control.Memberships;
import io.relink.workspaces.entity.Role;
import io.relink.workspaces.entity.Scope;
import io.relink.workspaces.entity.Workspace;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A workspace of its own for the flow tests, with members of each role and keys of each scope, and
 * a look into the database.
 */
@Stateless
public class ReconnectFixtures {

    public static final String KEY = "rk_it_reconnect_all_scopes_0123456789";
    public static final String PASSWORD = "reconnect-it-password";
    public static final String WORKSPACE = "Reconnect tests";

    @PersistenceContext EntityManager em;
    @Inject ApiKeys keys;
    @Inject TokenVault vault;
    @Inject ChannelLedger ledger;
    @Inject SandboxAccounts sandbox;
    @Inject Passwords passwords;
    @Inject People people;
    @Inject Memberships memberships;

    /**
     * The workspace, made once, with owner@, admin@ and viewer@ reconnect.test and a key with every
     * scope.
     */
    public UUID workspace() {
        return workspace(WORKSPACE, "reconnect.test", KEY);
    }

    /**
     * A workspace by name, made once, with a member per role at {@code <role>@<domain>} and a key
     * with every scope.
     */
    public UUID workspace(String name, String domain, String key) {
        List<Workspace> found =
                em.createQuery("select w from Workspace w where w.name = :n", Workspace.class)
                        .setParameter("n", name)
                        .getResultList();
        if (!found.isEmpty()) {
            return found.get(0).id();
        }
        Workspace ws = new Workspace(name, Instant.now());
        em.persist(ws);
        keys.register(ws, name + " key", key, Scope.ALL);
        String hash = passwords.hash(PASSWORD);
        for (Role role : Role.values()) {
            memberships.join(
                    ws,
                    people.add(
                            role.name().toLowerCase() + "@" + domain,
                            role.name() + " of " + name,
                            false,
                            hash),
                    role);
        }
        return ws.id();
    }

    /**
     * A second workspace (made once, by name) in which the person with this address is an owner
     * too, with one channel of its own; answers its id.
     */
    public UUID secondWorkspaceFor(String email, String name) {
        List<Workspace> found =
                em.createQuery("select w from Workspace w where w.name = :n", Workspace.class)
                        .setParameter("n", name)
                        .getResultList();
        if (!found.isEmpty()) {
            return found.get(0).id();
        }
        Workspace ws = new Workspace(name, Instant.now());
        em.persist(ws);
        memberships.join(ws, people.byEmail(email).orElseThrow(), Role.OWNER);
        return ws.id();
    }

    /** A key of the workspace with exactly these scopes; answers the key. */
    public String key(UUID workspaceId, String... scopes) {
        return keys.issue(
                        em.find(Workspace.class, workspaceId),
                        "key " + String.join(" ", scopes),
                        Set.copyOf(Arrays.asList(scopes)))
                .secret();
    }

    /** A sandbox account administering these pages (made or updated). */
    public void account(String id, String... pages) {
        sandbox.upsert(
                id,
                "Account " + id,
                Arrays.stream(pages)
                        .map(p -> new SandboxAccounts.PageSpec(p, "Page " + p))
                        .toList());
    }

    /**
     * A SANDBOX channel of the workspace with one working token of a real sandbox account; answers
     * the channel id.
     */
    public UUID channel(UUID workspaceId, String account, String page) {
        account(account, page);
        SandboxAccounts.Issued issued = sandbox.issue(account, Set.of("read", "publish"));
        Workspace ws = em.find(Workspace.class, workspaceId);
        Instant now = Instant.now();
        Identity identity =
                new Identity(ws, NetworkType.SANDBOX, account, "Account " + account, now);
        em.persist(identity);
        Channel channel =
                new Channel(ws, NetworkType.SANDBOX, page, "Page " + page, ChannelKind.PAGE, now);
        em.persist(channel);
        ledger.seed(
                channel,
                identity,
                new ChannelLedger.Seed(
                        issued.accessToken(),
                        issued.refreshToken(),
                        issued.scopes(),
                        now,
                        issued.expiresAt(),
                        issued.refreshExpiresAt(),
                        now,
                        now.plus(java.time.Duration.ofDays(1)),
                        null,
                        null,
                        null));
        return channel.id();
    }

    /**
     * The channel's sandbox account consents again, and the new grant is stored as a reconnect
     * stores it ({@link ChannelLedger#attach}); answers the token that holds it.
     */
    public UUID reconnect(UUID channelId) {
        UUID identity = identityOf(channelId);
        String account = em.find(Identity.class, identity).externalUserId();
        SandboxAccounts.Issued issued = sandbox.issue(account, Set.of("read", "publish"));
        return ledger.attach(
                channelId,
                identity,
                new Grant(
                        issued.accessToken(),
                        issued.refreshToken(),
                        issued.expiresAt(),
                        issued.refreshExpiresAt(),
                        issued.scopes(),
                        account),
                "test:reconnect");
    }

    /**
     * Gives the channel another name, as a network's discovery might (the name comes from outside).
     */
    public void rename(UUID channelId, String name) {
        em.createQuery("update Channel c set c.name = :name where c.id = :id")
                .setParameter("name", name)
                .setParameter("id", channelId)
                .executeUpdate();
    }

    public UUID identityOf(UUID channelId) {
        return em.createQuery(
                        "select t.identity.id from AccessToken t where t.channel.id = :c",
                        UUID.class)
                .setParameter("c", channelId)
                .getResultList()
                .get(0);
    }

    public List<AccessToken> tokens(UUID channelId) {
        List<AccessToken> tokens =
                em.createQuery(
                                "select t from AccessToken t join fetch t.identity where t.channel.id = :c",
                                AccessToken.class)
                        .setParameter("c", channelId)
                        .getResultList();
        tokens.forEach(em::detach);
        return tokens;
    }

    public String accessSecret(UUID tokenId) {
        return vault.openAccess(em.find(AccessToken.class, tokenId));
    }

    /** Makes a flow's state run out, as if ten minutes had passed. */
    public void expire(UUID flowId) {
        em.find(ConnectionFlow.class, flowId);
        em.createQuery("update ConnectionFlow f set f.expiresAt = :past where f.id = :id")
                .setParameter("past", Instant.now().minusSeconds(1))
                .setParameter("id", flowId)
                .executeUpdate();
    }

    /** History entries of this channel, and of the workspace with no channel (API keys). */
    public long history(UUID workspaceId, UUID channelId) {
        return em.createQuery(
                        "select count(a) from AuditEntry a where a.channelId = :c or (a.workspaceId = :w and a.channelId is null)",
                        Long.class)
                .setParameter("c", channelId)
                .setParameter("w", workspaceId)
                .getSingleResult();
    }

    /** Notices written for this channel (to any recipient). */
    public long notices(UUID channelId) {
        return em.createQuery("select count(n) from Notice n where n.channelId = :c", Long.class)
                .setParameter("c", channelId)
                .getSingleResult();
    }

    public long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
