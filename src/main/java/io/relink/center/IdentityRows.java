package io.relink.center;

import io.relink.channels.control.ChannelView;
import io.relink.channels.control.IdentityView;
import io.relink.channels.control.SameMetaUser;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the Identities page shows of one identity, as it reads: the person, their token in words,
 * the channels hanging on it and what its death would cost. Pure, so that the page keeps plain
 * values in its view state and never an entity read in a transaction long over.
 */
public final class IdentityRows {

    /** A token that lapses within this is worth a word, even when Relink renews it itself. */
    private IdentityRows() {}

    /**
     * One identity as shown.
     *
     * @param token its tokens in words ("works, renews itself", "revoked")
     * @param tokenColour the badge colour of those words: green, amber, red or grey
     * @param dark how many of its channels are dark ({@code DISCONNECTED}) already
     * @param radius "If this token dies, N channels go dark."
     * @param single the names of the channels where it holds the only token that is not dead
     */
    public record Row(
            UUID id,
            String name,
            String network,
            String token,
            String tokenColour,
            List<Link> channels,
            int atRisk,
            int dark,
            String radius,
            List<String> single,
            String reconnectLabel,
            List<Same> same)
            implements Serializable {

        /** Whether the blast radius is worth red: channels would go dark, or are dark. */
        public boolean grave() {
            return atRisk > 0 || dark > 0;
        }

        /** The channels where it holds the only token, as a sentence lists them. */
        public String singleText() {
            return String.join(", ", single);
        }
    }

    /** One channel hanging on the identity. */
    public record Link(
            UUID id,
            String name,
            String network,
            String state,
            String colour,
            boolean atRisk,
            boolean onlyToken)
            implements Serializable {}

    /** Another identity of the same person, as the networks say ({@code SameMetaUser}). */
    public record Same(UUID id, String words) implements Serializable {}

    /** The token words and their colour. */
    public record Token(String words, String colour) implements Serializable {}

    /**
     * @param own the identity's tokens on the channels it reaches (from each channel's view)
     * @param same the workspace's other identities of the same person
     */
    public static Row row(
            IdentityView identity,
            List<ChannelView.TokenView> own,
            List<SameMetaUser.Ref> same,
            Instant now) {
        Set<UUID> single = Set.copyOf(identity.singleToken());
        List<Link> links =
                identity.channels().stream()
                        .map(
                                c ->
                                        new Link(
                                                c.id(),
                                                c.name(),
                                                c.network().displayName(),
                                                ChannelWords.label(c.state()),
                                                ChannelWords.colour(c.state()),
                                                c.atRisk(),
                                                single.contains(c.id())))
                        .toList();
        Token token = token(own, now);
        int dark =
                (int)
                        identity.channels().stream()
                                .filter(c -> c.state() == ChannelState.DISCONNECTED)
                                .count();
        return new Row(
                identity.id(),
                identity.displayName(),
                identity.network().displayName(),
                token.words(),
                token.colour(),
                links,
                identity.channelsAtRisk(),
                dark,
                radius(identity.channelsAtRisk(), dark),
                links.stream().filter(Link::onlyToken).map(Link::name).toList(),
                reconnectLabel(links.size()),
                same.stream()
                        .map(
                                o ->
                                        new Same(
                                                o.id(),
                                                o.displayName()
                                                        + " on "
                                                        + o.network().displayName()))
                        .toList());
    }

    /**
     * "If this token dies, 3 channels go dark."; when none would because they are dark already,
     * that they are.
     */
    static String radius(int atRisk, int dark) {
        if (atRisk == 0 && dark > 0) {
            return (dark == 1 ? "1 channel on this token is" : dark + " channels on this token are")
                    + " dark already: reconnect to bring "
                    + (dark == 1 ? "it" : "them")
                    + " back.";
        }
        return switch (atRisk) {
            case 0 -> "If this token dies, no channel goes dark.";
            case 1 -> "If this token dies, 1 channel goes dark.";
            default -> "If this token dies, " + atRisk + " channels go dark.";
        };
    }

    static String reconnectLabel(int channels) {
        return channels == 1 ? "Reconnect its channel" : "Reconnect all " + channels + " channels";
    }

    /**
     * The identity's tokens in words: the soonest to lapse of those that still work (in the words
     * of the channels table: "renews itself", "expires in 5 days", "never expires"), or how they
     * died when none does; and on how many channels its token is dead already.
     */
    static Token token(List<ChannelView.TokenView> own, Instant now) {
        if (own.isEmpty()) {
            return new Token("No token on a linked channel", "grey");
        }
        List<ChannelView.TokenView> live = own.stream().filter(t -> !t.status().isDead()).toList();
        long dead = own.size() - live.size();
        if (live.isEmpty()) {
            TokenStatus how =
                    own.stream().map(ChannelView.TokenView::status).sorted().findFirst().get();
            return new Token(dead(how), "red");
        }
        ChannelView.TokenView soonest =
                live.stream()
                        .min(
                                Comparator.comparing(
                                        ChannelView.TokenView::lapsesAt,
                                        Comparator.nullsLast(Comparator.naturalOrder())))
                        .get();
        boolean verified = live.stream().anyMatch(t -> t.status().isWorking());
        String words =
                (verified ? "Works, " : "Not verified lately, ")
                        + ChannelWords.expiry(soonest, now);
        String colour =
                !verified
                        ? "grey"
                        : soonest.status() == TokenStatus.EXPIRING
                                        || (soonest.lapsesAt() != null
                                                && !soonest.lapsesAt()
                                                        .isAfter(
                                                                now.plus(
                                                                        ChannelWords
                                                                                .RENEWS_WARNING)))
                                ? "amber"
                                : "green";
        if (dead > 0) {
            words += "; dead on " + dead + (dead == 1 ? " channel" : " channels");
            colour = "amber";
        }
        return new Token(words, colour);
    }

    private static String dead(TokenStatus status) {
        return switch (status) {
            case EXPIRED -> "Expired";
            case REVOKED -> "Revoked";
            default -> "No longer valid";
        };
    }
}
