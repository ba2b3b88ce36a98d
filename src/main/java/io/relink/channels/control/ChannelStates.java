package io.relink.channels.control;

import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.Cause;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Derives a channel's state from its tokens, following the state table of the design. Pure: the
 * same tokens at the same instant always give the same state. The channel row keeps the result of
 * the last change ({@link ChannelLedger}) only so that lists can filter by it in SQL.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>an unlinked channel is {@code UNLINKED};
 *   <li>a token whose grant has lapsed counts as {@code EXPIRED} ({@code LIFESPAN_ENDED}) even
 *       before a check has written so: a passed expiry time is definitive; one whose data-access
 *       window has ended counts as {@code INVALID} ({@code SCOPE_MISSING});
 *   <li>a valid token whose grant lapses inside the warning window, and that Relink cannot renew by
 *       itself, counts as {@code EXPIRING}; so does one whose data-access window ends inside it (no
 *       refresh renews data access);
 *   <li>some token works and some token is dead: {@code DEGRADED};
 *   <li>some token works: {@code EXPIRING} when the best working token is expiring, else {@code
 *       CONNECTED} (a channel with one valid token stays connected however its other tokens fare:
 *       that is failover);
 *   <li>no token works, none is known dead, and some could not be verified: {@code UNVERIFIED};
 *   <li>otherwise (no token works, or none at all): {@code DISCONNECTED}.
 * </ol>
 */
public final class ChannelStates {

    /**
     * The best token first: working before not working, valid before expiring, latest lapse first.
     */
    private static final Comparator<TokenFacts> BEST_FIRST =
            Comparator.comparing((TokenFacts t) -> rank(t.status()))
                    .thenComparing(
                            TokenFacts::lapsesAt, Comparator.nullsFirst(Comparator.reverseOrder()))
                    .thenComparing(
                            TokenFacts::lastCheckedAt,
                            Comparator.nullsLast(Comparator.reverseOrder()));

    private final Duration warningWindow;

    /**
     * @param warningWindow how long before its lapse a token counts as expiring
     */
    public ChannelStates(Duration warningWindow) {
        this.warningWindow = warningWindow;
    }

    /** The token as it stands at {@code now}, with passed and nearing lapses taken into account. */
    public TokenFacts effective(TokenFacts token, Instant now) {
        if (token.status().isDead()) {
            return token;
        }
        Instant lapse = token.lapsesAt();
        if (lapse != null && !lapse.isAfter(now)) {
            // A passed expiry is definitive, whatever the network last said (or could not say). A
            // passed data-access window leaves a token that authenticates but reads nothing: a
            // withdrawn permission, as the network itself reports it (DebugToken).
            return token.lapse().limit() == Lapse.Limit.DATA_ACCESS
                    ? token.withStatus(TokenStatus.INVALID, Cause.SCOPE_MISSING, lapse)
                    : token.withStatus(TokenStatus.EXPIRED, Cause.LIFESPAN_ENDED, lapse);
        }
        if (token.status() == TokenStatus.UNVERIFIED) {
            return token;
        }
        if (lapse == null) {
            return token.withStatus(TokenStatus.VALID, null, null);
        }
        boolean nearing = !lapse.isAfter(now.plus(warningWindow));
        return token.withStatus(nearing ? TokenStatus.EXPIRING : TokenStatus.VALID, null, null);
    }

    /** The channel's state and the token that explains it. */
    public Derivation derive(boolean unlinked, List<TokenFacts> tokens, Instant now) {
        List<TokenFacts> current =
                tokens.stream().map(t -> effective(t, now)).sorted(BEST_FIRST).toList();
        int working = (int) current.stream().filter(t -> t.status().isWorking()).count();
        List<TokenFacts> dead =
                current.stream()
                        .filter(t -> t.status().isDead())
                        .sorted(
                                Comparator.comparing(
                                        TokenFacts::diedAt,
                                        Comparator.nullsLast(Comparator.reverseOrder())))
                        .toList();
        Optional<TokenFacts> latestDeath = dead.stream().findFirst();

        if (unlinked) {
            return new Derivation(ChannelState.UNLINKED, null, current, working, dead.size());
        }
        if (working > 0) {
            TokenFacts best = current.get(0);
            if (!dead.isEmpty()) {
                return new Derivation(
                        ChannelState.DEGRADED, latestDeath.get(), current, working, dead.size());
            }
            ChannelState state =
                    best.status() == TokenStatus.EXPIRING
                            ? ChannelState.EXPIRING
                            : ChannelState.CONNECTED;
            return new Derivation(state, best, current, working, 0);
        }
        boolean unverified = current.stream().anyMatch(t -> t.status() == TokenStatus.UNVERIFIED);
        if (unverified && dead.isEmpty()) {
            return new Derivation(ChannelState.UNVERIFIED, current.get(0), current, 0, 0);
        }
        return new Derivation(
                ChannelState.DISCONNECTED, latestDeath.orElse(null), current, 0, dead.size());
    }

    /**
     * When the state derived from these tokens may change by time alone: the first moment after
     * {@code now} at which a working token enters the warning window or reaches its lapse. Null
     * when no such moment comes (no working token lapses). Between now and then, {@link #derive}
     * gives the same state for the same tokens.
     */
    public Instant validUntil(List<TokenFacts> tokens, Instant now) {
        Instant until = null;
        for (TokenFacts token : tokens) {
            Instant lapse = token.lapsesAt();
            if (token.status().isDead() || lapse == null || !lapse.isAfter(now)) {
                continue;
            }
            Instant nearing = lapse.minus(warningWindow);
            Instant next = nearing.isAfter(now) ? nearing : lapse;
            until = until == null || next.isBefore(until) ? next : until;
        }
        return until;
    }

    /** The token a downstream product should use: the best working one, if any. */
    public Optional<TokenFacts> best(List<TokenFacts> tokens, Instant now) {
        return tokens.stream()
                .map(t -> effective(t, now))
                .filter(t -> t.status().isWorking())
                .min(BEST_FIRST);
    }

    private static int rank(TokenStatus status) {
        return switch (status) {
            case VALID -> 0;
            case EXPIRING -> 1;
            case UNVERIFIED -> 2;
            case EXPIRED, REVOKED, INVALID -> 3;
        };
    }

    /**
     * A derived state.
     *
     * @param decisive the token that explains the state: the latest death for {@code DEGRADED} and
     *     {@code DISCONNECTED}, the best token otherwise; null when there is none
     * @param tokens every token as it stands now, best first
     */
    public record Derivation(
            ChannelState state,
            TokenFacts decisive,
            List<TokenFacts> tokens,
            int working,
            int dead) {

        /** The cause of the channel's trouble; only a dead token has one. */
        public Cause cause() {
            return decisive == null || !decisive.status().isDead() ? null : decisive.cause();
        }
    }
}
