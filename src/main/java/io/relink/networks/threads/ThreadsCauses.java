package io.relink.networks.threads;

import io.relink.networks.Verdict;
import io.relink.networks.meta.GraphCauses;
import io.relink.networks.meta.GraphError;
import java.time.Instant;

/**
 * Classifies Threads' error codes into causes, raw code kept. Pure. Threads answers with Graph
 * errors [U: Meta documents no Threads-specific table], so Meta's table applies ({@link
 * GraphCauses}): the 190 family by subcode, 10 and 200–299 missing permissions, 4/17/32/613/
 * 80000–80014 rate limits and 1/2 outages transient, anything else {@code UNKNOWN}.
 */
public final class ThreadsCauses {

    private ThreadsCauses() {}

    /** An error about a person's token; {@code expiresAt} null when unknown. */
    public static Verdict of(GraphError error, Instant expiresAt, Instant now) {
        return GraphCauses.classify(error, expiresAt, now);
    }
}
