package io.relink.channels.control;

import io.relink.channels.entity.TokenStatus;
import io.relink.networks.NetworkType;
import io.relink.networks.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The checking engine's rules, as the aggregate's writer needs them to record a change: the status
 * and next check a verdict gives a token, and the warning threshold a lapse has come inside. The
 * checks component implements it ({@code checks.control.CheckSettings}); the interface lives here
 * so that the aggregate depends on no component above it.
 */
public interface CheckPolicy {

    /** The token's status after the verdict, and when it is checked next (null: never again). */
    Plan plan(NetworkType network, TokenFacts token, Verdict verdict, Instant now);

    /**
     * The smallest warning threshold that {@code lapse} has come inside of at {@code now}, if any.
     */
    Optional<Duration> thresholdCrossed(NetworkType network, Instant now, Instant lapse);

    /** A token's status after a check, and its next check (null: never). */
    record Plan(TokenStatus status, Instant nextCheckAt) {}
}
