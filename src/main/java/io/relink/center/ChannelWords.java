package io.relink.center;

import io.relink.audit.entity.Action;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.Explanations;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A channel's facts in the words the Connection Center's table and a channel's own page both show:
 * state colours and labels, a token's expiry, and who did what in its history. Pure.
 */
final class ChannelWords {

    /** How long before its refresh token ends a token that renews itself is worth a word. */
    static final Duration RENEWS_WARNING = Duration.ofDays(7);

    private ChannelWords() {}

    /** The badge colour of a state: green, amber, red or grey. */
    static String colour(ChannelState state) {
        return switch (state) {
            case CONNECTED -> "green";
            case EXPIRING, DEGRADED -> "amber";
            case DISCONNECTED -> "red";
            case UNVERIFIED, UNLINKED -> "grey";
        };
    }

    /** The dot beside a token: red when dead, amber expiring, grey unverified, green otherwise. */
    static String colour(TokenStatus status) {
        if (status.isDead()) {
            return "red";
        }
        return switch (status) {
            case EXPIRING -> "amber";
            case UNVERIFIED -> "grey";
            default -> "green";
        };
    }

    /** "Disconnected", "Connected". */
    static String label(ChannelState state) {
        return capital(state.name().toLowerCase());
    }

    /** An enum's name as words: {@code PASSWORD_CHANGED} is "password changed". */
    static String display(String enumName) {
        return enumName == null ? "" : enumName.replace('_', ' ').toLowerCase();
    }

    /**
     * A token's expiry in words that mean something to a person: a token Relink renews itself needs
     * nobody until its refresh token nears its end; otherwise when it lapses.
     */
    static String expiry(ChannelView.TokenView token, Instant now) {
        if (token.renewsItself()
                && (token.lapsesAt() == null
                        || token.lapsesAt().isAfter(now.plus(RENEWS_WARNING)))) {
            return "renews itself";
        }
        return Explanations.expiresIn(token.lapsesAt(), now);
    }

    /**
     * When and by whom an unlinked channel was unlinked: "Unlinked on 2025-03-01 10:15 by
     * ann@example.com." ({@code when} already in the page's words; the actor as in the history).
     */
    static String unlinked(String when, String actor) {
        String who = actor(actor);
        return "Unlinked on " + when + (who.isEmpty() ? "" : " by " + who) + ".";
    }

    /**
     * Who did it, as a person reads it: {@code member:<email>} is the e-mail address, {@code
     * api-key:<name>} "API key <name>", {@code relink} "Relink".
     */
    static String actor(String actor) {
        if (actor == null || actor.isBlank()) {
            return "";
        }
        if (actor.startsWith("member:")) {
            return actor.substring("member:".length());
        }
        if (actor.startsWith("api-key:")) {
            return "API key " + actor.substring("api-key:".length());
        }
        return "relink".equals(actor) ? "Relink" : actor;
    }

    /**
     * What happened, as words: {@code token.died} is "Token died"; an unknown key stays as it is.
     */
    static String action(String key) {
        for (Action action : Action.values()) {
            if (action.key().equals(key)) {
                return capital(display(action.name()));
            }
        }
        return key == null ? "" : key;
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
