package io.relink.channels.control;

import io.relink.channels.entity.ChannelState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where a page of channels ordered by urgency lies, given how many channels each state has: which
 * states it reads, from which row of each and how many. Urgency is the state (disconnected,
 * degraded, expiring, unverified, connected), so a page is read one state after the other, each in
 * name order by the index on workspace, state and name. Pure.
 */
final class UrgencyPages {

    /** The linked states, most urgent first. */
    static final List<ChannelState> ORDER =
            Arrays.stream(ChannelState.values())
                    .filter(s -> s != ChannelState.UNLINKED)
                    .sorted(Comparator.comparing(UrgencyPages::urgency))
                    .toList();

    private static final List<ChannelState> LEAST_URGENT_FIRST =
            ORDER.stream().sorted(Comparator.comparing(UrgencyPages::urgency).reversed()).toList();

    /** Read {@code limit} channels of {@code state}, skipping its first {@code offset}. */
    record Slice(ChannelState state, long offset, int limit) {}

    private UrgencyPages() {}

    /**
     * @param counts channels per state (missing states have none)
     * @param first the page's first row, from 0
     * @param size the page's size
     * @param leastUrgentFirst the other way round: connected first
     */
    static List<Slice> slices(
            Map<ChannelState, Long> counts, long first, int size, boolean leastUrgentFirst) {
        List<Slice> slices = new ArrayList<>();
        long skip = Math.max(0, first);
        int wanted = Math.max(0, size);
        for (ChannelState state : leastUrgentFirst ? LEAST_URGENT_FIRST : ORDER) {
            if (wanted == 0) {
                break;
            }
            long here = counts.getOrDefault(state, 0L);
            if (skip >= here) {
                skip -= here;
                continue;
            }
            int take = (int) Math.min(wanted, here - skip);
            slices.add(new Slice(state, skip, take));
            wanted -= take;
            skip = 0;
        }
        return slices;
    }

    static int urgency(ChannelState state) {
        return switch (state) {
            case DISCONNECTED -> 0;
            case DEGRADED -> 1;
            case EXPIRING -> 2;
            case UNVERIFIED -> 3;
            case CONNECTED -> 4;
            case UNLINKED -> 5;
        };
    }
}
