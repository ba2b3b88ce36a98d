package io.relink.checks.control;

import io.relink.networks.NetworkType;
import io.relink.networks.Verdict;
import java.util.EnumMap;
import java.util.Map;

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

    void add(Verdict verdict) {
        if (verdict instanceof Verdict.Valid) {
            valid++;
        } else if (verdict instanceof Verdict.Dead) {
            dead++;
        } else {
            troubled++;
        }
    }

    /**
     * A result not recorded: the lease was lost, or the write failed (the token is checked again).
     */
    void miss() {
        lost++;
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
