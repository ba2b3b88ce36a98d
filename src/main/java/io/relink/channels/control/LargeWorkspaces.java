package io.relink.channels.control;

import io.relink.channels.entity.ChannelState;
import io.relink.networks.NetworkType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * What this node remembers of large workspaces for a few seconds (see {@link Recent}): their linked
 * channels per network and stored state, which every page of the channel list and the summary need,
 * and their summary. Counting 100,000 channels takes tens of milliseconds; a list page of 50 takes
 * one. A workspace under {@link #LARGE} linked channels is counted afresh on every request.
 */
@ApplicationScoped
public class LargeWorkspaces {

    /** From this many linked channels on, a workspace's counts are remembered. */
    public static final long LARGE = 10_000;

    /** How long the counts of a large workspace are used: its totals lag at most this much. */
    public static final Duration COUNTS_FRESH = Duration.ofSeconds(2);

    /** How long the summary of a large workspace is used. */
    public static final Duration SUMMARY_FRESH = Duration.ofSeconds(5);

    final Recent<UUID, Map<NetworkType, Map<ChannelState, Long>>> counts =
            new Recent<>(COUNTS_FRESH);

    final Recent<UUID, SummaryView> summaries = new Recent<>(SUMMARY_FRESH);

    /**
     * Forgets what this node remembers of the workspace: one of its channels changed state (on this
     * node or another; see {@code center.LiveUpdates}), so that the refresh its pages are about to
     * make counts the change instead of showing the figures from before it.
     */
    public void forget(UUID workspaceId) {
        counts.forget(workspaceId);
        summaries.forget(workspaceId);
    }

    static long total(Map<NetworkType, Map<ChannelState, Long>> counts) {
        return counts.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToLong(Long::longValue)
                .sum();
    }
}
