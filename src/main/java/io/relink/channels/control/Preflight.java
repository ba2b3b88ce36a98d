package io.relink.channels.control;

import io.relink.channels.entity.ChannelState;
import io.relink.networks.NetworkType;
import io.relink.problems.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers a downstream product's question before it schedules: "will this channel still work at
 * time T?". Pure.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>a channel that does not work now ({@code UNLINKED}, {@code DISCONNECTED}, or {@code
 *       UNVERIFIED}: no token confirmed to work, so no credential to hand out) will not work then;
 *   <li>a token that works now still works at T unless its {@link Lapse} comes first: its access
 *       token's expiry when Relink cannot refresh it, its refresh token's expiry when it can, or
 *       the end of its network's data-access window, whichever is earliest;
 *   <li>failover: the channel works at T when at least one of its working tokens still does.
 * </ol>
 *
 * Deaths nobody can foresee (a changed password, a revoked app) are not predicted: the answer is
 * about lifetimes that are known.
 */
public final class Preflight {

    /** How far in the past a moment may lie and still count as "now" (clocks differ a little). */
    public static final Duration TOLERANCE = Duration.ofMinutes(1);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Preflight() {}

    /**
     * One working token's outlook at the moment asked about.
     *
     * @param works whether it still works then
     * @param lapse when and why it stops working; null when it never lapses by itself
     */
    public record Outlook(TokenFacts token, boolean works, Lapse lapse) {}

    /**
     * The answer.
     *
     * @param reason the answer in plain words, never null
     * @param worksUntil when the channel stops working unless a person acts (the latest lapse of
     *     its working tokens); null when it does not work now or when a working token never lapses
     * @param tokens the tokens that work now, best first
     */
    public record Verdict(boolean ok, String reason, Instant worksUntil, List<Outlook> tokens) {}

    /**
     * Parses the moment asked about: absent is now; unparsable or past is a 400 naming {@code at}.
     */
    public static Instant moment(String raw, Instant now) {
        if (raw == null || raw.isBlank()) {
            return now;
        }
        Instant at;
        try {
            at = Instant.parse(raw.strip());
        } catch (DateTimeParseException unparsable) {
            String hint =
                    raw.strip().contains(" ")
                            ? " In a URL, write a '+' of the offset as %2B, or use Z."
                            : "";
            throw ProblemException.invalidParameter(
                    "at",
                    "at must be an ISO-8601 instant such as 2026-12-01T09:00:00Z, not '"
                            + raw
                            + "'."
                            + hint);
        }
        if (at.isBefore(now.minus(TOLERANCE))) {
            throw ProblemException.invalidParameter(
                    "at", "at (" + at + ") lies in the past; ask about now or a later moment.");
        }
        return at;
    }

    /**
     * @param current the channel's state now, as derived by {@link ChannelStates}
     * @param dataAccessEnds the end of each token's data-access window, by token id (absent: none)
     */
    public static Verdict check(
            ChannelStates.Derivation current,
            Map<UUID, Instant> dataAccessEnds,
            NetworkType network,
            Instant at,
            Instant now) {
        // An unlinked channel's tokens may still look alive: its secrets are erased all the same.
        List<Outlook> outlooks =
                current.state() == ChannelState.UNLINKED
                        ? List.of()
                        : current.tokens().stream()
                                .filter(t -> t.status().isWorking())
                                .map(
                                        t -> {
                                            Lapse lapse = Lapse.of(t, dataAccessEnds.get(t.id()));
                                            return new Outlook(t, Lapse.outlives(lapse, at), lapse);
                                        })
                                .toList();
        if (outlooks.isEmpty()) {
            return new Verdict(false, notWorking(current, network, now), null, List.of());
        }
        boolean endless = outlooks.stream().anyMatch(o -> o.lapse() == null);
        Instant worksUntil =
                endless
                        ? null
                        : outlooks.stream()
                                .map(o -> o.lapse().at())
                                .max(Comparator.naturalOrder())
                                .get();
        // The last to lapse first: it is the one that carries the channel longest.
        Outlook longest =
                outlooks.stream()
                        .max(
                                Comparator.comparing(
                                        (Outlook o) ->
                                                o.lapse() == null ? Instant.MAX : o.lapse().at()))
                        .get();
        long lasting = outlooks.stream().filter(Outlook::works).count();
        String who = who(longest.token());
        if (lasting > 0) {
            StringBuilder reason =
                    new StringBuilder(Character.toUpperCase(who.charAt(0)) + who.substring(1))
                            .append("'s token ");
            reason.append(
                    longest.lapse() == null
                            ? (longest.token().refreshable()
                                    ? "works then: Relink renews it by itself and it has no end date."
                                    : "works then: it has no end date.")
                            : "works until "
                                    + date(longest.lapse().at(), at)
                                    + lasts(longest.lapse().limit(), network)
                                    + ".");
            if (lasting > 1) {
                reason.append(' ')
                        .append(lasting - 1)
                        .append(lasting == 2 ? " more token works" : " more tokens work")
                        .append(" then too.");
            }
            long lapsing = outlooks.size() - lasting;
            if (lapsing > 0) {
                reason.append(' ')
                        .append(lapsing)
                        .append(lapsing == 1 ? " other token lapses" : " other tokens lapse")
                        .append(" before then.");
            }
            return new Verdict(true, reason.toString(), worksUntil, outlooks);
        }
        String end = ends(longest.lapse(), network, at);
        String reason =
                outlooks.size() == 1
                        ? "The only working token, "
                                + who
                                + "'s, "
                                + end
                                + "; reconnect with "
                                + who
                                + "'s account before then, or add a token from another admin."
                        : "All "
                                + outlooks.size()
                                + " working tokens lapse before then; the last, "
                                + who
                                + "'s, "
                                + end
                                + "; reconnect before then.";
        return new Verdict(false, reason, worksUntil, outlooks);
    }

    private static String notWorking(
            ChannelStates.Derivation current, NetworkType network, Instant now) {
        if (current.state() == ChannelState.UNLINKED) {
            return "This channel was unlinked; Relink holds no access to it.";
        }
        if (current.state() == ChannelState.UNVERIFIED) {
            return "No token of this channel is confirmed to work now: "
                    + network.displayName()
                    + " could not confirm its access for a long time. Relink keeps trying.";
        }
        Explanations.Explanation explanation = Explanations.of(current, network, now);
        return "This channel does not work now. "
                + explanation.text()
                + " "
                + explanation.nextStep();
    }

    /** Why the longest-lasting token lasts as long as it does. */
    private static String lasts(Lapse.Limit limit, NetworkType network) {
        return switch (limit) {
            case ACCESS_TOKEN -> "";
            case REFRESH_TOKEN -> " (Relink renews it by itself until its refresh token ends)";
            case DATA_ACCESS ->
                    ", when its " + network.displayName() + " data-access window closes";
        };
    }

    private static String ends(Lapse lapse, NetworkType network, Instant at) {
        String date = date(lapse.at(), at);
        return switch (lapse.limit()) {
            case ACCESS_TOKEN -> "expires on " + date;
            case REFRESH_TOKEN ->
                    "can be renewed only until " + date + ", when its refresh token ends";
            case DATA_ACCESS ->
                    "loses its "
                            + network.displayName()
                            + " data access on "
                            + date
                            + " (90 days after the person was last active)";
        };
    }

    /**
     * A day, with the time when it is the very day asked about. In UTC, like every instant of the
     * API.
     */
    private static String date(Instant instant, Instant at) {
        LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return day.equals(LocalDate.ofInstant(at, ZoneOffset.UTC))
                ? day + " at " + TIME.format(instant.atOffset(ZoneOffset.UTC)) + " UTC"
                : day.toString();
    }

    private static String who(TokenFacts token) {
        return token.identityName() == null || token.identityName().isBlank()
                ? "the connected account"
                : token.identityName();
    }
}
