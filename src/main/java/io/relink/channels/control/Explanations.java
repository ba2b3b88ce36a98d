package io.relink.channels.control;

import io.relink.networks.Cause;
import io.relink.networks.GrantedScopes;
import io.relink.networks.NetworkType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Puts a channel's state in plain words: what happened, and who must do what next. Pure, so that
 * the page, the API and (later) e-mails say the same thing.
 */
public final class Explanations {

    private Explanations() {}

    /** A sentence for people and the next step; both null for a healthy channel. */
    public record Explanation(String text, String nextStep) {}

    public static Explanation of(
            ChannelStates.Derivation derivation, NetworkType network, Instant now) {
        TokenFacts token = derivation.decisive();
        String who =
                token == null || token.identityName() == null
                        ? "The connected account"
                        : token.identityName();
        String net = network.displayName();
        return switch (derivation.state()) {
            case CONNECTED, UNLINKED -> new Explanation(null, null);
            case EXPIRING ->
                    dataAccess(token)
                            ? new Explanation(
                                    who
                                            + "'s "
                                            + net
                                            + " data access "
                                            + lapsesIn(token.lapsesAt(), now)
                                            + " (the token itself stays valid, but reads nothing after that).",
                                    "Reconnect with "
                                            + who
                                            + "'s account before then, which renews data access, or add a token from another admin.")
                            : new Explanation(
                                    who
                                            + "'s "
                                            + net
                                            + " access "
                                            + expiresIn(token.lapsesAt(), now)
                                            + ".",
                                    "Reconnect with "
                                            + who
                                            + "'s account before then, or add a token from another admin.");
            case UNVERIFIED ->
                    new Explanation(
                            net
                                    + " could not confirm this channel's access for a long time; it is not known to be broken.",
                            "Nothing to do yet: Relink keeps trying. If it lasts, check "
                                    + net
                                    + "'s status page.");
            case DEGRADED ->
                    new Explanation(
                            derivation.dead()
                                    + " of "
                                    + (derivation.dead() + derivation.working())
                                    + " tokens lost. "
                                    + sentence(token, derivation.cause(), who, net),
                            "The channel keeps working through its other token. "
                                    + nextStep(derivation.cause(), who, net));
            case DISCONNECTED ->
                    token == null
                            ? new Explanation(
                                    "This channel has no access token left.",
                                    "Reconnect it, or add a token from an admin of the channel.")
                            : new Explanation(
                                    sentence(token, derivation.cause(), who, net),
                                    nextStep(derivation.cause(), who, net));
        };
    }

    /** Whether the token's lapse is its data-access window's end rather than its grant's. */
    private static boolean dataAccess(TokenFacts token) {
        return token != null
                && token.lapse() != null
                && token.lapse().limit() == Lapse.Limit.DATA_ACCESS;
    }

    /**
     * Why this token died, as a sentence: a withdrawn permission is named when the network's answer
     * told which ({@link GrantedScopes}); an ended data-access window is said as such.
     */
    static String sentence(TokenFacts token, Cause cause, String who, String net) {
        if (cause == Cause.SCOPE_MISSING && token != null) {
            List<String> missing = GrantedScopes.missingIn(token.rawCode());
            if (!missing.isEmpty()) {
                return who
                        + "'s "
                        + net
                        + " grant no longer includes "
                        + String.join(", ", missing)
                        + ", which Relink needs.";
            }
            if ("data_access_expired".equals(token.rawCode())
                    || (token.rawCode() == null && dataAccess(token))) {
                return who
                        + "'s "
                        + net
                        + " data access lapsed: "
                        + net
                        + " withdraws it when the person has not used the app for 90 days.";
            }
        }
        return sentence(cause, who, net);
    }

    /** Why a token died, as a sentence. */
    public static String sentence(Cause cause, String who, String net) {
        if (cause == null) {
            return who + "'s " + net + " access stopped working.";
        }
        return switch (cause) {
            case LIFESPAN_ENDED -> who + "'s " + net + " access reached the end of its lifespan.";
            case PASSWORD_CHANGED ->
                    who + " changed their " + net + " password, which cut Relink's access.";
            case REVOKED_BY_USER -> who + " removed Relink's app in their " + net + " settings.";
            case SECURITY_CHECKPOINT ->
                    net
                            + " flagged "
                            + who
                            + "'s account in a security check and suspended its access.";
            case ACCOUNT_UNAVAILABLE ->
                    who + "'s " + net + " account is disabled, deleted or unconfirmed.";
            case ADMIN_ROLE_LOST -> who + " no longer manages this channel on " + net + ".";
            case SCOPE_MISSING ->
                    "A permission Relink needs was withdrawn from " + who + "'s " + net + " grant.";
            case APP_PROBLEM ->
                    net
                            + " blocked Relink's app or its secret was reset: every "
                            + net
                            + " connection is affected.";
            case REFRESH_FAILED -> net + " refused to renew " + who + "'s access.";
            case UNKNOWN -> net + " rejected " + who + "'s access without saying why.";
        };
    }

    /** Who must do what to bring the channel back. */
    public static String nextStep(Cause cause, String who, String net) {
        if (cause == null) {
            return "Reconnect with " + who + "'s account.";
        }
        return switch (cause) {
            case LIFESPAN_ENDED, REFRESH_FAILED ->
                    "Reconnect with " + who + "'s account to renew it.";
            case PASSWORD_CHANGED, REVOKED_BY_USER ->
                    "Reconnect with "
                            + who
                            + "'s account, or add a token from another admin of the channel.";
            case SECURITY_CHECKPOINT ->
                    who
                            + " must log in on "
                            + net
                            + " and clear the security check, then reconnect.";
            case ACCOUNT_UNAVAILABLE ->
                    who
                            + " must restore the account on "
                            + net
                            + ", or add a token from another admin.";
            case ADMIN_ROLE_LOST ->
                    "Give "
                            + who
                            + " the admin role again on "
                            + net
                            + " and reconnect, or add a token from a current admin.";
            case SCOPE_MISSING ->
                    "Reconnect with "
                            + who
                            + "'s account and grant every permission Relink asks for.";
            case APP_PROBLEM ->
                    "A Relink administrator must fix the app's settings on "
                            + net
                            + "; reconnecting does not help until then.";
            case UNKNOWN ->
                    "Reconnect with "
                            + who
                            + "'s account; if it happens again, give support the raw error code.";
        };
    }

    /** "lapses in 5 days", "lapsed 2 days ago". */
    static String lapsesIn(Instant at, Instant now) {
        Duration left = Duration.between(now, at);
        return left.isNegative() || left.isZero()
                ? "lapsed " + timeLeft(at, now)
                : "lapses " + timeLeft(at, now);
    }

    /** "in 5 days", "2 days ago". */
    public static String timeLeft(Instant at, Instant now) {
        Duration left = Duration.between(now, at);
        return left.isNegative() || left.isZero()
                ? amount(left.negated()) + " ago"
                : "in " + amount(left);
    }

    /** "expires in 5 days", "expires in 3 hours", "expired 2 days ago", "never expires". */
    public static String expiresIn(Instant expiresAt, Instant now) {
        if (expiresAt == null) {
            return "never expires";
        }
        Duration left = Duration.between(now, expiresAt);
        if (left.isNegative() || left.isZero()) {
            return "expired " + amount(left.negated()) + " ago";
        }
        return "expires in " + amount(left);
    }

    private static String amount(Duration d) {
        long days = d.toDays();
        if (days >= 1) {
            return plural(days, "day");
        }
        long hours = d.toHours();
        if (hours >= 1) {
            return plural(hours, "hour");
        }
        return plural(Math.max(1, d.toMinutes()), "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
