package io.relink.channels.control;

import io.relink.audit.control.AuditTrail;
import io.relink.audit.entity.Action;
import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.Channel;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.ChannelStateChanged;
import io.relink.channels.entity.Identity;
import io.relink.channels.entity.TokenExpiring;
import io.relink.channels.entity.TokenRenewed;
import io.relink.channels.entity.TokenStatus;
import io.relink.channels.entity.TokenStatusChanged;
import io.relink.networks.Cause;
import io.relink.networks.Grant;
import io.relink.networks.Verdict;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one writer of a channel and its tokens. Every change of a token's status, lifetimes or
 * secrets, and every unlink, goes through here and follows the same steps in one transaction (the
 * caller's, or a new one): lock the channel row, load its tokens, derive the state before, apply
 * the change, derive the state after, store that state in the channel row, write the history, and
 * fire the change events.
 *
 * <p>What one change may do is {@link ChannelChange}'s. Rules: (L1) the channel row is locked
 * before any of its tokens is read, so that the state before and after, and what was announced of
 * it, are read and written by one node at a time and every change is announced exactly once; (L2)
 * the stored state, cause and {@code state_until} are the derivation's result at the last change
 * ({@link ChannelStates}), never set otherwise; (L3) the history entry of a change is written in
 * the transaction of the change; (L4) events are fired inside the transaction: observers that act
 * outside it observe {@code AFTER_SUCCESS}, so they hear only of committed changes; (L5) a check's
 * result counts only while the checking node still holds the token's lease, and a death learned
 * otherwise (callback, report) never kills a token twice.
 */
@Stateless
public class ChannelLedger {

    /** The actor of changes the checking engine makes by itself. */
    public static final String RELINK = "relink";

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject ChannelStore store;
    @Inject TokenVault vault;
    @Inject AuditTrail audit;
    @Inject CheckPolicy policy;
    @Inject Event<TokenStatusChanged> tokenStatusChanged;
    @Inject Event<ChannelStateChanged> channelStateChanged;
    @Inject Event<TokenExpiring> tokenExpiring;
    @Inject Event<TokenRenewed> tokenRenewed;

    /**
     * Records a verdict on a token: a check's, when {@code owner} names the node holding its lease
     * (dropped when the lease was lost), or a death learned without checking when {@code owner} is
     * null (a callback, a downstream report: dropped when the token is dead already; a lease
     * another node holds is taken away). A check of a dead token (one that may recover, see {@code
     * CheckRules#mayRecover}) that the network calls valid brings it back, with the history saying
     * so; a dead answer leaves its first death as it was. Returns whether it was recorded.
     */
    public boolean record(UUID tokenId, String owner, Verdict verdict, String actor) {
        return changeToken(
                tokenId,
                actor,
                (change, token) -> {
                    boolean checked = owner != null;
                    if (checked ? !owner.equals(token.leaseOwner()) : token.status().isDead()) {
                        return change.nothing(false);
                    }
                    TokenStatus from = token.status();
                    Cause diedOf = token.cause();
                    CheckPolicy.Plan plan =
                            policy.plan(
                                    change.channel.network(),
                                    TokenFacts.of(token),
                                    verdict,
                                    change.now);
                    if (verdict instanceof Verdict.Dead dead) {
                        // A dead token checked again keeps its first death.
                        if (!from.isDead()) {
                            token.die(dead.cause(), dead.rawCode(), dead.rawMessage(), change.now);
                        }
                    } else if (verdict instanceof Verdict.Valid valid && !plan.status().isDead()) {
                        // Also a dead token the network calls valid again comes back, if its
                        // death may heal (the plan keeps a final death, whatever the answer).
                        token.confirm(change.now);
                        // What the answer does not tell (expiry, scopes) stays as the grant said.
                        token.grant(
                                valid.scopes().isEmpty() ? token.scopes() : valid.scopes(),
                                valid.expiresAt() != null ? valid.expiresAt() : token.expiresAt(),
                                token.refreshExpiresAt(),
                                valid.dataAccessExpiresAt() != null
                                        ? valid.dataAccessExpiresAt()
                                        : token.dataAccessExpiresAt());
                    } else {
                        token.troubled(change.now);
                        if (plan.status() == TokenStatus.UNVERIFIED
                                && from != TokenStatus.UNVERIFIED) {
                            token.unverified(change.now);
                        }
                    }
                    if (checked) {
                        token.checked(plan.nextCheckAt());
                    } else {
                        token.postpone(plan.nextCheckAt());
                    }
                    change.statusChanged(token, from, from.isDead() ? diedOf : null);
                    change.thresholdCrossed(token);
                    return true;
                });
    }

    /**
     * Stores a renewed grant at once, before its access token is used: a network that rotates
     * refresh tokens has already killed the old one. Returns false when the lease was lost.
     */
    public boolean renew(UUID tokenId, String owner, Grant grant) {
        return changeToken(
                tokenId,
                RELINK,
                (change, token) -> {
                    if (!owner.equals(token.leaseOwner())) {
                        return change.nothing(false);
                    }
                    change.announceLater();
                    // A network that does not rotate answers without a refresh token: keep the one
                    // we hold.
                    String refresh =
                            grant.refreshToken() != null
                                    ? grant.refreshToken()
                                    : token.isRefreshable()
                                            ? vault.openRefresh(token.id(), token.sealedRefresh())
                                            : null;
                    vault.store(token, grant.accessToken(), refresh);
                    token.grant(
                            grant.scopes().isEmpty() ? token.scopes() : grant.scopes(),
                            grant.expiresAt(),
                            grant.refreshExpiresAt() != null
                                    ? grant.refreshExpiresAt()
                                    : token.refreshExpiresAt(),
                            token.dataAccessExpiresAt());
                    change.history(
                            token,
                            Action.TOKEN_RENEWED,
                            "Token of "
                                    + token.identity().displayName()
                                    + " renewed; access until "
                                    + grant.expiresAt()
                                    + (grant.refreshToken() != null
                                            ? ", refresh token rotated"
                                            : ""));
                    tokenRenewed.fire(
                            new TokenRenewed(
                                    token.channel().workspace().id(),
                                    token.channel().id(),
                                    token.id(),
                                    token.channel().network(),
                                    token.identity().displayName(),
                                    grant.expiresAt(),
                                    grant.refreshToken() != null,
                                    clock.instant()));
                    return true;
                });
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
        return change(
                channelId,
                actor,
                change -> {
                    AccessToken token =
                            change.tokens.stream()
                                    .filter(t -> t.identity().id().equals(identityId))
                                    .findFirst()
                                    .orElse(null);
                    TokenStatus from = token == null ? null : token.status();
                    if (token == null) {
                        token =
                                new AccessToken(
                                        change.channel,
                                        em.find(Identity.class, identityId),
                                        change.now);
                        em.persist(token);
                        change.tokens.add(token);
                    }
                    vault.store(token, grant.accessToken(), grant.refreshToken());
                    token.grant(grant.scopes(), grant.expiresAt(), grant.refreshExpiresAt(), null);
                    Verdict works = new Verdict.Valid(grant.expiresAt(), null, grant.scopes());
                    token.reconnected(
                            change.now,
                            policy.plan(
                                            change.channel.network(),
                                            TokenFacts.of(token),
                                            works,
                                            change.now)
                                    .nextCheckAt());
                    change.channel.relink();
                    if (from != null && from != TokenStatus.VALID) {
                        change.statusChanged(token, from);
                    }
                    change.history(
                            token,
                            from == null ? Action.TOKEN_ADDED : Action.TOKEN_RECONNECTED,
                            "Token of "
                                    + token.identity().displayName()
                                    + (from == null ? " added" : " reconnected")
                                    + "; access until "
                                    + (grant.expiresAt() == null
                                            ? "it is revoked"
                                            : grant.expiresAt())
                                    + (grant.refreshToken() != null ? ", renews itself" : ""));
                    return token.id();
                });
    }

    /**
     * Unlinks a channel: every token's secrets are erased and never checked again, the history
     * stays, and {@code UNLINKED} is announced. Unlinking twice changes nothing.
     */
    public boolean unlink(UUID channelId, String actor, String detail) {
        return change(
                channelId,
                actor,
                change -> {
                    if (change.channel.isUnlinked()) {
                        return change.nothing(false);
                    }
                    change.tokens.forEach(AccessToken::erase);
                    change.channel.unlink(change.now);
                    change.history((UUID) null, Action.CHANNEL_UNLINKED, detail);
                    return true;
                });
    }

    /**
     * Removes one token from a channel (its history stays); the channel's new state is announced.
     */
    public void remove(UUID channelId, UUID tokenId, String actor, String detail) {
        change(
                channelId,
                actor,
                change -> {
                    AccessToken token = change.token(tokenId);
                    em.remove(token);
                    change.tokens.remove(token);
                    change.history(tokenId, Action.TOKEN_REMOVED, detail);
                    return null;
                });
    }

    /**
     * Erases a token's secrets for good (a person asked the network for their data to be deleted);
     * the row and the history stay. Returns whether there was anything to erase.
     */
    public boolean erase(UUID tokenId, String actor, String detail) {
        return changeToken(
                tokenId,
                actor,
                (change, token) -> {
                    if (!token.erase()) {
                        return change.nothing(false);
                    }
                    change.history(token, Action.TOKEN_ERASED, detail);
                    return true;
                });
    }

    /**
     * Derives the channel's state again and announces it if it changed: for a channel whose stored
     * state has run out by time alone ({@code state_until} passed: a token entered its warning
     * window or lapsed), or was never derived.
     */
    public void rederive(UUID channelId) {
        change(channelId, RELINK, change -> null);
    }

    /**
     * Stores a token made up by demo mode, as it would stand after its history: a grant confirmed
     * at {@code confirmedAt}, then maybe dead or unverified. No event is fired and nothing is
     * announced.
     */
    public AccessToken seed(Channel channel, Identity identity, Seed seed) {
        AccessToken token = new AccessToken(channel, identity, seed.createdAt());
        vault.store(token, seed.accessSecret(), seed.refreshSecret());
        token.grant(seed.scopes(), seed.expiresAt(), seed.refreshExpiresAt(), null);
        token.confirm(seed.confirmedAt());
        if (seed.nextCheckAt() != null) {
            token.postpone(seed.nextCheckAt());
        }
        if (seed.death() != null) {
            Verdict.Dead death = seed.death();
            token.die(death.cause(), death.rawCode(), death.rawMessage(), seed.diedAt());
            audit.write(
                    channel.workspace().id(),
                    channel.id(),
                    token.id(),
                    RELINK,
                    Action.TOKEN_DIED,
                    ChannelChange.died(identity.displayName(), death),
                    seed.diedAt());
        }
        if (seed.unverifiedSince() != null) {
            token.unverified(seed.unverifiedSince());
        }
        em.persist(token);
        List<AccessToken> tokens = new ArrayList<>(tokensOf(channel.id()));
        if (tokens.stream().noneMatch(t -> t.id().equals(token.id()))) {
            tokens.add(token);
        }
        Instant now = clock.instant();
        store(channel, store.derive(channel, tokens, now), now);
        return token;
    }

    /**
     * Writes one change of a demo channel's made-up past, back-dated, in the words the ledger uses
     * when such a change happens: the token's death ({@code token.died}), or its coming back
     * ({@code token.reconnected} by a person, {@code token.recovered} found by a check), then the
     * channel's {@code channel.state-changed} with both states (what the dashboard counts). History
     * only: the channel's stored state, its tokens and what was announced stay as {@link #seed}
     * made them (they are the present), and no event is fired.
     */
    public void seedPast(Channel channel, AccessToken token, Past past) {
        UUID ws = channel.workspace().id();
        String name = token == null ? null : token.identity().displayName();
        if (past.death() != null && token != null) {
            audit.write(
                    ws,
                    channel.id(),
                    token.id(),
                    RELINK,
                    Action.TOKEN_DIED,
                    ChannelChange.died(name, past.death()),
                    past.at());
        } else if (token != null && past.reconnectedBy() != null) {
            audit.write(
                    ws,
                    channel.id(),
                    token.id(),
                    past.reconnectedBy(),
                    Action.TOKEN_RECONNECTED,
                    "Token of " + name + " reconnected",
                    past.at());
        } else if (token != null && past.recovered() != null) {
            audit.write(
                    ws,
                    channel.id(),
                    token.id(),
                    RELINK,
                    Action.TOKEN_RECOVERED,
                    ChannelChange.recovered(
                            name, channel.network(), TokenStatus.INVALID, past.recovered()),
                    past.at());
        }
        audit.writeStateChange(
                ws,
                channel.id(),
                past.reconnectedBy() != null ? past.reconnectedBy() : RELINK,
                stateChange(
                        channel,
                        past.from(),
                        past.to(),
                        past.death() == null ? null : past.death().cause()),
                past.from().name(),
                past.to().name(),
                past.at());
    }

    private static String stateChange(
            Channel channel, ChannelState from, ChannelState to, Cause cause) {
        return channel.name()
                + ": "
                + from
                + " -> "
                + to
                + (cause == null ? "" : " (" + cause + ")");
    }

    /**
     * One change of a demo channel's made-up past (see {@link #seedPast}).
     *
     * @param death what the token died of, when the change is its death
     * @param reconnectedBy who reconnected it (an actor), when a person brought it back
     * @param recovered what it had died of, when a later check found it working again
     */
    public record Past(
            Instant at,
            ChannelState from,
            ChannelState to,
            Verdict.Dead death,
            String reconnectedBy,
            Cause recovered) {}

    /** A change of one token's channel; false when there is no such token. */
    private boolean changeToken(
            UUID tokenId, String actor, BiFunction<ChannelChange, AccessToken, Boolean> body) {
        UUID channelId = channelOf(tokenId);
        return channelId != null
                && change(channelId, actor, change -> body.apply(change, change.token(tokenId)));
    }

    private <R> R change(UUID channelId, String actor, Function<ChannelChange, R> body) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Channel channel = em.find(Channel.class, channelId, LockModeType.PESSIMISTIC_WRITE);
        if (channel == null) {
            throw new IllegalArgumentException("No channel " + channelId);
        }
        ChannelChange change =
                new ChannelChange(
                        channel,
                        new ArrayList<>(tokensOf(channelId)),
                        actor,
                        now,
                        audit,
                        policy,
                        tokenStatusChanged,
                        tokenExpiring);
        ChannelStates.Derivation before = store.derive(channel, change.tokens, now);
        R result = body.apply(change);
        if (change.nothing) {
            return result;
        }
        ChannelStates.Derivation after = store.derive(channel, change.tokens, now);
        store(channel, after, now);
        if (!change.announceLater) {
            announceState(channel, before, after, actor, now);
        }
        return result;
    }

    /** Stores a derivation's result; its tokens, as they stand now, tell until when it holds. */
    private void store(Channel channel, ChannelStates.Derivation derivation, Instant now) {
        Instant until =
                channel.isUnlinked() ? null : store.states().validUntil(derivation.tokens(), now);
        channel.derived(derivation.state(), derivation.cause(), until);
    }

    /**
     * Announces the channel's state when it differs from what was last announced. Before anything
     * was ever announced, the state before this change stands in for it.
     */
    private void announceState(
            Channel channel,
            ChannelStates.Derivation before,
            ChannelStates.Derivation after,
            String actor,
            Instant now) {
        ChannelState from =
                channel.announcedState() != null ? channel.announcedState() : before.state();
        if (after.state() != from) {
            audit.writeStateChange(
                    channel.workspace().id(),
                    channel.id(),
                    actor,
                    stateChange(channel, from, after.state(), after.cause()),
                    from.name(),
                    after.state().name(),
                    now);
            channelStateChanged.fire(
                    new ChannelStateChanged(
                            channel.workspace().id(),
                            channel.id(),
                            channel.name(),
                            channel.network(),
                            from,
                            after.state(),
                            after.cause(),
                            actor,
                            now));
        }
        if (channel.announcedState() != after.state()) {
            channel.announce(after.state());
        }
    }

    private UUID channelOf(UUID tokenId) {
        return em.createQuery("select t.channel.id from AccessToken t where t.id = :id", UUID.class)
                .setParameter("id", tokenId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<AccessToken> tokensOf(UUID channelId) {
        return em.createQuery(
                        "select t from AccessToken t join fetch t.identity where t.channel.id = :c",
                        AccessToken.class)
                .setParameter("c", channelId)
                .getResultList();
    }

    /**
     * A demo token's made-up past; see {@link #seed}. Secrets are never shown by {@code toString}.
     */
    public record Seed(
            String accessSecret,
            String refreshSecret,
            Set<String> scopes,
            Instant createdAt,
            Instant expiresAt,
            Instant refreshExpiresAt,
            Instant confirmedAt,
            Instant nextCheckAt,
            Verdict.Dead death,
            Instant diedAt,
            Instant unverifiedSince) {

        @Override
        public String toString() {
            return "Seed[expiresAt=" + expiresAt + ", death=" + death + "]";
        }
    }
}
