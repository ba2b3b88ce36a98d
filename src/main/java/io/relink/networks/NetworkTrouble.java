package io.relink.networks;

import java.time.Duration;

/**
 * A call to a network told nothing about the token: it timed out, the network answered 5xx or 429,
 * or the answer was not what the network documents. Thrown, so that fault tolerance counts it; the
 * checker turns it into a {@link Verdict.Transient}, which never kills a token.
 */
public class NetworkTrouble extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Verdict.Transient.Kind kind;
    private final Duration retryAfter;
    private final String rawCode;

    public NetworkTrouble(
            Verdict.Transient.Kind kind, Duration retryAfter, String rawCode, String message) {
        super(message);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.rawCode = rawCode;
    }

    public NetworkTrouble(
            Verdict.Transient.Kind kind, String rawCode, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = null;
        this.rawCode = rawCode;
    }

    public Verdict.Transient verdict() {
        return new Verdict.Transient(kind, retryAfter, rawCode);
    }
}
