package io.relink.networks;

/**
 * A network definitively refused a call that has no verdict to return (a code exchange, a
 * discovery, a revocation): the refusal is thrown, carrying the classified {@link Verdict.Dead}.
 * Unlike {@link NetworkTrouble} it is an answer, not trouble, so fault tolerance does not count it.
 */
public class NetworkRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Verdict.Dead verdict;

    /** The message is the raw code and the network's own words; it never carries a token. */
    public NetworkRefusal(String network, Verdict.Dead verdict) {
        super(
                network
                        + " refused: "
                        + verdict.rawCode()
                        + (verdict.rawMessage() == null ? "" : " (" + verdict.rawMessage() + ")"));
        this.verdict = verdict;
    }

    public Verdict.Dead verdict() {
        return verdict;
    }
}
