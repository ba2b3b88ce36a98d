package io.relink.checks.control;

import io.relink.audit.control.AuditTrail;
import io.relink.channels.control.ChannelStates;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.entity.Channel;
import io.relink.channels.entity.Identity;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.ChannelStateChanged;
import io.relink.networks.Verdict;
import io.relink.networks.Grant;
import io.relink.networks.NetworkType;
import io.relink.channels.control.TokenVault;
import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.TokenExpiring;
import io.relink.channels.entity.TokenStatus;
import io.relink.channels.entity.TokenStatusChanged;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Writes what checks found, one token per transaction, so that one token's trouble never undoes
 * another's result. Each write locks the token's channel row first, so that the channel's state
 * before and after, and what was announced of it, are read and written by one node at a time.
 * The change events are fired inside the transaction: the audit trail writes in it, and every
 * other observer hears of the change only once it is committed.
 *
 * <p>A result is recorded only while this node still holds the token's lease: if the lease ran
 * out and another node took the token over, the late result is dropped.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CheckRecorder {

    static final String RELINK = "relink";

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject CheckSettings settings;
    @Inject ChannelStore channels;
    @Inject TokenVault vault;
    @Inject AuditTrail audit;
    @Inject MetricRegistry metrics;
    @Inject Event<TokenStatusChanged> tokenStatusChanged;
    @Inject Event<ChannelStateChanged> channelStateChanged;
    @Inject Event<TokenExpiring> tokenExpiring;

    /** What the checker needs of claimed tokens; secrets stay sealed until the call that uses them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Due> load(List<UUID> ids, String owner) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from AccessToken t join fetch t.channel where t.id in :ids and t.leaseOwner = :owner", AccessToken.class)
                .setParameter("ids", ids).setParameter("owner", owner).getResultStream()
                .map(t -> new Due(t.id(), t.channel().network(), t.channel().externalId(), snapshot(t), t.sealedAccess(), t.sealedRefresh()))
                .toList();
    }

    /**
     * Stores a renewed grant at once, before its access token is used: a network that rotates
     * refresh tokens has already killed the old one. Returns false when the lease was lost.
     */
    public boolean renew(UUID tokenId, String owner, Grant grant) {
        AccessToken token = em.find(AccessToken.class, tokenId, LockModeType.PESSIMISTIC_WRITE);
        if (token == null || !owner.equals(token.leaseOwner())) {
            return false;
        }
        // A network that does not rotate answers without a refresh token: keep the one we hold.
        String refresh = grant.refreshToken() != null ? grant.refreshToken()
                : token.isRefreshable() ? vault.openRefresh(token.id(), token.sealedRefresh()) : null;
        vault.store(token, grant.accessToken(), refresh);
        token.grant(grant.scopes().isEmpty() ? token.scopes() : grant.scopes(), grant.expiresAt(),
                grant.refreshExpiresAt() != null ? grant.refreshExpiresAt() : token.refreshExpiresAt(), token.dataAccessExpiresAt());
        Instant now = clock.instant();
        audit.write(token.channel().workspace().id(), token.channel().id(), token.id(), RELINK, "token.renewed",
                "Token of " + token.identity().displayName() + " renewed; access until " + grant.expiresAt()
                        + (grant.refreshToken() != null ? ", refresh token rotated" : ""), now);
        count(token.channel().network(), "renewed");
        return true;
    }

    /** Records a verdict on a token this node holds. Returns false when the lease was lost. */
    public boolean record(UUID tokenId, String owner, Verdict verdict) {
        return record(tokenId, owner, verdict, RELINK);
    }

    /**
     * Records a verdict on a token this node holds, for a check someone asked for ({@code actor}:
     * the API key whose failure report started it). Returns false when the lease was lost.
     */
    public boolean record(UUID tokenId, String owner, Verdict verdict, String actor) {
        return apply(tokenId, owner, verdict, actor);
    }

    /**
     * Records a death Relink learned of without checking: a network's deauthorize callback, or a
     * downstream system reporting the error it got. Whoever holds a lease on the token loses it
     * (their late result is dropped). Returns false when the token was dead already.
     */
    public boolean learn(UUID tokenId, Verdict.Dead verdict, String actor) {
        return apply(tokenId, null, verdict, actor);
    }

    /**
     * As {@link #learn}, inside the caller's transaction: for a death that must be committed
     * together with something else (the erasure of a data-deletion request) or not at all.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean learnWithin(UUID tokenId, Verdict.Dead verdict, String actor) {
        return apply(tokenId, null, verdict, actor);
    }

    private boolean apply(UUID tokenId, String owner, Verdict verdict, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID channelId = em.createQuery("select t.channel.id from AccessToken t where t.id = :id", UUID.class)
                .setParameter("id", tokenId).getResultStream().findFirst().orElse(null);
        if (channelId == null) {
            return false;
        }
        Channel channel = em.find(Channel.class, channelId, LockModeType.PESSIMISTIC_WRITE);
        List<AccessToken> tokens = tokensOf(channelId);
        AccessToken token = tokens.stream().filter(t -> t.id().equals(tokenId)).findFirst().orElseThrow();
        boolean checked = owner != null;
        if (checked ? !owner.equals(token.leaseOwner()) : token.status().isDead()) {
            return false;
        }
        ChannelStates.Derivation before = channels.derive(channel, tokens, now);
        TokenStatus from = token.status();
        NetworkType network = channel.network();
        CheckRules.Outcome outcome = settings.rules(network).outcome(snapshot(token), verdict, now, ThreadLocalRandom.current());

        if (verdict instanceof Verdict.Dead dead) {
            token.die(dead.cause(), dead.rawCode(), dead.rawMessage(), now);
        } else if (verdict instanceof Verdict.Valid valid) {
            token.confirm(now);
            // What the answer does not tell (expiry, scopes) stays as the grant said.
            token.grant(valid.scopes().isEmpty() ? token.scopes() : valid.scopes(),
                    valid.expiresAt() != null ? valid.expiresAt() : token.expiresAt(), token.refreshExpiresAt(),
                    valid.dataAccessExpiresAt() != null ? valid.dataAccessExpiresAt() : token.dataAccessExpiresAt());
        } else {
            token.troubled(now);
            if (outcome.status() == TokenStatus.UNVERIFIED && from != TokenStatus.UNVERIFIED) {
                token.unverified(now);
            }
        }
        if (checked) {
            token.checked(outcome.nextCheckAt());
            count(network, outcomeName(verdict));
        } else {
            token.postpone(outcome.nextCheckAt());
        }

        if (token.status() != from) {
            tokenStatusChanged.fire(new TokenStatusChanged(channel.workspace().id(), channelId, tokenId, network, token.identity().displayName(),
                    from, token.status(), token.cause(), token.rawCode(), actor, now));
        }
        announceThreshold(channel, token, now);
        announceState(channel, before, channels.derive(channel, tokens, now), actor, now);
        return true;
    }

    /**
     * Stores a grant a person just gave (connect, reconnect, add token) on one channel: the
     * identity's token there gets the new secrets and works again, or a new token is made. The
     * channel keeps its id and history, comes back if it was unlinked, and its new state is
     * announced like any other change.
     *
     * @return the token that holds the grant
     */
    public UUID attach(UUID channelId, UUID identityId, Grant grant, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Channel channel = em.find(Channel.class, channelId, LockModeType.PESSIMISTIC_WRITE);
        List<AccessToken> tokens = tokensOf(channelId);
        ChannelStates.Derivation before = channels.derive(channel, tokens, now);
        AccessToken token = tokens.stream().filter(t -> t.identity().id().equals(identityId)).findFirst().orElse(null);
        TokenStatus from = token == null ? null : token.status();
        if (token == null) {
            token = new AccessToken(channel, em.find(Identity.class, identityId), now);
            em.persist(token);
            tokens = new java.util.ArrayList<>(tokens);
            tokens.add(token);
        }
        vault.store(token, grant.accessToken(), grant.refreshToken());
        token.grant(grant.scopes(), grant.expiresAt(), grant.refreshExpiresAt(), null);
        Verdict works = new Verdict.Valid(grant.expiresAt(), null, grant.scopes());
        token.reconnected(now, settings.rules(channel.network()).outcome(snapshot(token), works, now, ThreadLocalRandom.current()).nextCheckAt());
        channel.relink();
        if (from != null && from != TokenStatus.VALID) {
            tokenStatusChanged.fire(new TokenStatusChanged(channel.workspace().id(), channelId, token.id(), channel.network(),
                    token.identity().displayName(), from, TokenStatus.VALID, null, null, actor, now));
        }
        audit.write(channel.workspace().id(), channelId, token.id(), actor, from == null ? "token.added" : "token.reconnected",
                "Token of " + token.identity().displayName() + (from == null ? " added" : " reconnected") + "; access until "
                        + (grant.expiresAt() == null ? "it is revoked" : grant.expiresAt())
                        + (grant.refreshToken() != null ? ", renews itself" : ""), now);
        announceState(channel, before, channels.derive(channel, tokens, now), actor, now);
        return token.id();
    }

    /**
     * Unlinks a channel: every token's secrets are erased and never checked again, the history
     * stays, and {@code UNLINKED} is announced. Unlinking twice changes nothing.
     */
    public boolean unlink(UUID channelId, String actor, String detail) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Channel channel = em.find(Channel.class, channelId, LockModeType.PESSIMISTIC_WRITE);
        if (channel.isUnlinked()) {
            return false;
        }
        List<AccessToken> tokens = tokensOf(channelId);
        ChannelStates.Derivation before = channels.derive(channel, tokens, now);
        tokens.forEach(AccessToken::erase);
        channel.unlink(now);
        audit.write(channel.workspace().id(), channelId, null, actor, "channel.unlinked", detail, now);
        announceState(channel, before, channels.derive(channel, tokens, now), actor, now);
        return true;
    }

    /** Removes one token from a channel (its history stays); the channel's new state is announced. */
    public void remove(UUID channelId, UUID tokenId, String actor, String detail) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Channel channel = em.find(Channel.class, channelId, LockModeType.PESSIMISTIC_WRITE);
        List<AccessToken> tokens = tokensOf(channelId);
        ChannelStates.Derivation before = channels.derive(channel, tokens, now);
        AccessToken token = tokens.stream().filter(t -> t.id().equals(tokenId)).findFirst().orElseThrow();
        em.remove(token);
        List<AccessToken> left = tokens.stream().filter(t -> !t.id().equals(tokenId)).toList();
        audit.write(channel.workspace().id(), channelId, tokenId, actor, "token.removed", detail, now);
        announceState(channel, before, channels.derive(channel, left, now), actor, now);
    }

    private List<AccessToken> tokensOf(UUID channelId) {
        return em.createQuery("select t from AccessToken t join fetch t.identity where t.channel.id = :c", AccessToken.class)
                .setParameter("c", channelId).getResultList();
    }

    /** Writes a person's or an API key's action into the channel's history. */
    public void action(UUID workspaceId, UUID channelId, String actor, String action, String detail) {
        action(workspaceId, channelId, null, actor, action, detail);
    }

    /** Writes a person's or an API key's action about one token into the channel's history. */
    public void action(UUID workspaceId, UUID channelId, UUID tokenId, String actor, String action, String detail) {
        audit.write(workspaceId, channelId, tokenId, actor, action, detail, clock.instant());
    }

    /** Puts off tokens whose network cannot be asked now, without counting a check. */
    public void postpone(List<UUID> ids, String owner, Instant until) {
        em.createQuery("update AccessToken t set t.nextCheckAt = :until, t.leaseOwner = null, t.leaseUntil = null "
                        + "where t.id in :ids and t.leaseOwner = :owner")
                .setParameter("until", until).setParameter("ids", ids).setParameter("owner", owner).executeUpdate();
    }

    private void announceThreshold(Channel channel, AccessToken token, Instant now) {
        if (!token.status().isWorking()) {
            return;
        }
        Instant lapse = token.lapsesAt();
        settings.schedule(channel.network()).thresholdCrossed(now, lapse).ifPresent(threshold -> {
            Duration announced = token.announcedThreshold(lapse);
            if (announced == null || threshold.compareTo(announced) < 0) {
                token.announced(lapse, threshold);
                tokenExpiring.fire(new TokenExpiring(channel.workspace().id(), channel.id(), token.id(), channel.network(),
                        token.identity().displayName(), threshold, lapse, now));
            }
        });
    }

    /**
     * Announces the channel's state when it differs from what was last announced. Before anything
     * was ever announced, the state before this check stands in for it.
     */
    void announceState(Channel channel, ChannelStates.Derivation before, ChannelStates.Derivation after, String actor, Instant now) {
        ChannelState from = channel.announcedState() != null ? channel.announcedState() : before.state();
        if (after.state() != from) {
            channelStateChanged.fire(new ChannelStateChanged(channel.workspace().id(), channel.id(), channel.name(), channel.network(), from,
                    after.state(), after.cause(), actor, now));
        }
        if (channel.announcedState() != after.state()) {
            channel.announce(after.state());
        }
    }

    private void count(NetworkType network, String outcome) {
        metrics.counter("relink_checks", new Tag("network", network.name()), new Tag("outcome", outcome)).inc();
    }

    private static String outcomeName(Verdict verdict) {
        if (verdict instanceof Verdict.Transient trouble) {
            return "transient_" + trouble.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        return verdict instanceof Verdict.Valid ? "valid" : "dead";
    }

    static CheckRules.Token snapshot(AccessToken t) {
        return new CheckRules.Token(t.status(), t.expiresAt(), t.isRefreshable(), t.refreshExpiresAt(), t.transientSince(), t.failedChecks());
    }

    /** A claimed token, as the checker needs it. {@code toString} does not show the sealed secrets. */
    public record Due(UUID id, NetworkType network, String channelExternalId, CheckRules.Token token, byte[] sealedAccess, byte[] sealedRefresh) {

        @Override
        public String toString() {
            return "Due[" + id + ", " + network + "]";
        }
    }
}
