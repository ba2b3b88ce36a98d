package io.relink.reconnect.control;

import java.util.List;
import java.util.UUID;

/**
 * What a callback did, in words a person reads on the Connection Center and an integration reads
 * from the API: whether it worked, whose account was connected, which channels it reached, and what
 * to watch (wrong account, missing permissions, no refresh token).
 *
 * @param account the network account that consented, e.g. "Ana Sandbox"
 * @param wrongAccount true when someone else's account came back than the one being reconnected
 */
// Named: "Outcome" is also the name of a failure report's verdict.
public record Outcome(
        UUID authorizationId,
        boolean ok,
        String summary,
        String account,
        boolean wrongAccount,
        List<String> warnings,
        List<Line> channels) {

    public Outcome {
        warnings = List.copyOf(warnings);
        channels = List.copyOf(channels);
    }

    /**
     * The same outcome without its list of channels, for when the whole of it cannot be kept: the
     * summary and warnings stay, and a warning says where the rest is.
     */
    Outcome brief() {
        List<String> told = new java.util.ArrayList<>(warnings);
        told.add(
                "The list of the "
                        + channels.size()
                        + " channels concerned could not be kept; each channel's history tells what"
                        + " happened to it.");
        return new Outcome(authorizationId, ok, summary, account, wrongAccount, told, List.of());
    }

    static Outcome failed(UUID authorizationId, String summary) {
        return new Outcome(authorizationId, false, summary, null, false, List.of(), List.of());
    }

    /**
     * One channel and what happened to it: connected, reconnected, token added, or no longer
     * reached.
     */
    public record Line(UUID id, String name, String result) {}
}
