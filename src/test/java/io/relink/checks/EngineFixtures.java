package io.relink.checks;

import io.relink.channels.control.ChannelLedger;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.TokenVault;
import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.Channel;
import io.relink.channels.entity.ChannelKind;
import io.relink.channels.entity.Identity;
import io.relink.networks.NetworkType;
import io.relink.sandbox.control.SandboxAccounts;
import io.relink.workspaces.control.ApiKeys;
import io.relink.workspaces.entity.Scope;
import io.relink.workspaces.entity.Workspace;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Test-only: connects sandbox accounts to channels of a workspace of its own, the way a reconnect
 * will (a real token issued by the sandbox, sealed), and reads what the checks made of them.
 */
@Stateless
public class EngineFixtures {

    public static final String ENGINE_KEY = "rk_it_engine_workspace_key_0123456789";
    static final Set<String> SCOPES = Set.of("read", "publish");

    @PersistenceContext EntityManager em;
    @Inject ApiKeys keys;
    @Inject TokenVault vault;
    @Inject ChannelLedger ledger;
    @Inject ChannelStore channels;
    @Inject SandboxAccounts sandbox;
    @Inject io.relink.people.control.People people;
    @Inject io.relink.workspaces.control.Memberships memberships;

    /** The engine tests' workspace, made once. */
    public UUID workspace() {
        List<Workspace> found =
                em.createQuery(
                                "select w from Workspace w where w.name = 'Engine tests'",
                                Workspace.class)
                        .getResultList();
        if (!found.isEmpty()) {
            return found.get(0).id();
        }
        Workspace ws = new Workspace("Engine tests", Instant.now());
        em.persist(ws);
        keys.register(ws, "Engine tests key", ENGINE_KEY, Scope.ALL);
        // an owner, told of what the checks find (no password: never signs in)
        memberships.join(
                ws,
                people.add("owner@engine.test", "Owner of Engine tests", false),
                io.relink.workspaces.entity.Role.OWNER);
        return ws.id();
    }

    /** The kinds of grant a network hands out. */
    public enum Grant {
        /** One-hour access tokens renewed with rotating refresh tokens (like X, TikTok). */
        REFRESHABLE,
        /** One 60-day token, no refresh (like a Facebook long-lived token). */
        LONG_LIVED,
        /** One one-hour token, no refresh: inside every warning threshold. */
        SHORT_LIVED
    }

    /**
     * A sandbox account administering {@code page}, and a token of it on that page's channel (made
     * if new). Returns the token's id.
     */
    public UUID connect(String account, String page, Grant grant) {
        return connect(account, page, grant, null);
    }

    /**
     * As {@link #connect(String, String, Grant)}, with the token's first check at {@code
     * firstCheck} (null: now).
     */
    public UUID connect(String account, String page, Grant grant, Instant firstCheck) {
        Workspace ws = em.find(Workspace.class, workspace());
        sandbox.upsert(
                account,
                "Account " + account,
                List.of(new SandboxAccounts.PageSpec(page, "Page " + page)));
        boolean refreshable = grant == Grant.REFRESHABLE;
        SandboxAccounts.Issued issued =
                switch (grant) {
                    case REFRESHABLE -> sandbox.issue(account, SCOPES);
                    case LONG_LIVED -> sandbox.issue(account, SCOPES, Duration.ofDays(60), false);
                    case SHORT_LIVED -> sandbox.issue(account, SCOPES, Duration.ofHours(1), false);
                };
        Instant now = Instant.now();
        Identity identity =
                new Identity(ws, NetworkType.SANDBOX, account, "Account " + account, now);
        em.persist(identity);
        Channel channel =
                em.createQuery(
                                "select c from Channel c where c.workspace = :ws and c.externalId = :page",
                                Channel.class)
                        .setParameter("ws", ws)
                        .setParameter("page", page)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (channel == null) {
            channel =
                    new Channel(
                            ws, NetworkType.SANDBOX, page, "Page " + page, ChannelKind.PAGE, now);
            em.persist(channel);
        }
        return ledger.seed(
                        channel,
                        identity,
                        new ChannelLedger.Seed(
                                issued.accessToken(),
                                refreshable ? issued.refreshToken() : null,
                                issued.scopes(),
                                now,
                                issued.expiresAt(),
                                refreshable ? issued.refreshExpiresAt() : null,
                                now,
                                firstCheck,
                                null,
                                null,
                                null))
                .id();
    }

    /**
     * Channels whose stored state (ChannelLedger, rule L2) differs from what their tokens give now,
     * among those whose stored state has not run out by time; each read under the channel's lock,
     * so that no change is half seen. Empty when the invariant holds.
     */
    public List<String> storedStatesThatDisagree() {
        Instant now = Instant.now();
        List<String> disagree = new java.util.ArrayList<>();
        for (UUID id : em.createQuery("select c.id from Channel c", UUID.class).getResultList()) {
            Channel channel =
                    em.find(Channel.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (channel.stateUntil() != null && !channel.stateUntil().isAfter(now)) {
                continue;
            }
            List<AccessToken> tokens =
                    em.createQuery(
                                    "select t from AccessToken t join fetch t.identity where t.channel.id = :c",
                                    AccessToken.class)
                            .setParameter("c", id)
                            .getResultList();
            var derived = channels.derive(channel, tokens, now);
            if (derived.state() != channel.state() || derived.cause() != channel.cause()) {
                disagree.add(
                        channel.name()
                                + ": stored "
                                + channel.state()
                                + "/"
                                + channel.cause()
                                + ", derived "
                                + derived.state()
                                + "/"
                                + derived.cause());
            }
        }
        return disagree;
    }

    /** Channels whose stored state ran out by time and waits for the sweep to derive it again. */
    public List<UUID> staleStates() {
        return channels.staleStates(Instant.now(), 1000);
    }

    /** The notices of this kind about the channel, as "address kind" lines. */
    public List<String> notices(UUID channelId, String kind) {
        return em.createQuery(
                        "select n from Notice n where n.channelId = :c",
                        io.relink.notifications.entity.Notice.class)
                .setParameter("c", channelId)
                .getResultStream()
                .filter(n -> n.kind().key().equals(kind))
                .map(n -> n.address() + " " + n.kind().key())
                .toList();
    }

    public UUID channelOf(UUID tokenId) {
        return em.find(AccessToken.class, tokenId).channel().id();
    }

    public ChannelView view(UUID channelId) {
        return channels.view(workspace(), channelId);
    }

    public AccessToken token(UUID tokenId) {
        AccessToken token = em.find(AccessToken.class, tokenId);
        em.detach(token);
        return token;
    }

    public String refreshSecret(UUID tokenId) {
        AccessToken token = em.find(AccessToken.class, tokenId);
        return token.sealedRefresh() == null
                ? null
                : vault.openRefresh(token.id(), token.sealedRefresh());
    }

    public String accessSecret(UUID tokenId) {
        return vault.openAccess(em.find(AccessToken.class, tokenId));
    }

    /** Moves Relink's idea of the access token's end, e.g. into the refresh window. */
    public void expireAccessAt(UUID tokenId, Instant at) {
        em.createQuery(
                        "update AccessToken t set t.expiresAt = :at, t.nextCheckAt = :now where t.id = :id")
                .setParameter("at", at)
                .setParameter("now", Instant.now())
                .setParameter("id", tokenId)
                .executeUpdate();
        // A change of the token's lifetimes: its channel's stored state is derived again, as the
        // ledger does for every change.
        ledger.rederive(channelOf(tokenId));
    }

    /** As another node's check in flight: the token is held under a lease until {@code until}. */
    public void holdLease(UUID tokenId, String owner, Instant until) {
        em.createNativeQuery(
                        "update access_token set lease_owner = :owner, lease_until = :until where id = :id")
                .setParameter("owner", owner)
                .setParameter("until", until)
                .setParameter("id", tokenId)
                .executeUpdate();
    }
}
