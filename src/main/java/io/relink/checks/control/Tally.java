package io.relink.checks.control;

import io.relink.networks.NetworkType;
import io.relink.networks.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one sweep (or one "check now") did, for its log line: routine checks are counted, not
 * logged.
 */
public final class Tally {

    private int valid;
    private int dead;
    private int troubled;
    private int lost;
    private final Map<NetworkType, String> unavailable = new EnumMap<>(NetworkType.class);
    private final List<Verdict.Transient> troubles = new ArrayList<>();
    private final Set<UUID> notAnswered = new LinkedHashSet<>();
    private Instant pausedUntil;
    private boolean cutShort;

    void add(UUID token, Verdict verdict) {
        if (verdict instanceof Verdict.Valid) {
            valid++;
        } else if (verdict instanceof Verdict.Dead) {
            dead++;
        } else {
            troubled++;
            troubles.add((Verdict.Transient) verdict);
            notAnswered.add(token);
        }
    }

    /** Tokens put off without asking, because their network asked to be left alone until then. */
    void paused(List<UUID> tokens, Instant until) {
        notAnswered.addAll(tokens);
        if (pausedUntil == null || until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /**
     * A result not recorded: the lease was lost, or the write failed (the token is checked again).
     */
    void miss() {
        lost++;
    }

    /** The sweep stopped with tokens still due, to derive states and report; it goes on at once. */
    void cutShort() {
        cutShort = true;
    }

    /** Whether the sweep stopped with tokens still due (see {@link Checker#sweep}). */
    public boolean wasCutShort() {
        return cutShort;
    }

    void unavailable(NetworkType network, String why) {
        unavailable.put(network, why);
    }

    public int checked() {
        return valid + dead + troubled;
    }

    public int dead() {
        return dead;
    }

    public int troubled() {
        return troubled;
    }

    public int notRecorded() {
        return lost;
    }

    /** The trouble met instead of an answer, in the order met. */
    public List<Verdict.Transient> troubles() {
        return List.copyOf(troubles);
    }

    /** The tokens whose network gave no answer: trouble, or a pause it asked for. */
    public Set<UUID> notAnswered() {
        return Collections.unmodifiableSet(notAnswered);
    }

    /** Until when a network asked to be left alone, when tokens were put off for it; else null. */
    public Instant pausedUntil() {
        return pausedUntil;
    }

    /** Networks that could not be asked, and why. */
    public Map<NetworkType, String> unavailable() {
        return Map.copyOf(unavailable);
    }

    @Override
    public String toString() {
        return checked()
                + " checked ("
                + valid
                + " valid, "
                + dead
                + " dead, "
                + troubled
                + " transient), "
                + lost
                + " not recorded";
    }
}
