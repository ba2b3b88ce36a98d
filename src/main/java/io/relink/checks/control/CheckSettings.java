package io.relink.checks.control;

import io.relink.channels.control.CheckPolicy;
import io.relink.channels.control.TokenFacts;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkType;
import io.relink.networks.Verdict;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The checking engine's settings from MicroProfile Config ({@code relink.checks.*}), and the {@link
 * CheckRules} they make for each network. A network may check less often than the others allow
 * ({@code relink.network.<network>.max-check-interval}), e.g. to spare a small rate limit, or more
 * often, like the demo's SANDBOX; and renew its tokens earlier than others ({@code
 * relink.network.<network>.refresh-window}), e.g. a week ahead for 60-day tokens.
 */
@ApplicationScoped
public class CheckSettings implements CheckPolicy {

    @Inject
    @ConfigProperty(name = "relink.checks.interval")
    Duration interval;

    @Inject
    @ConfigProperty(name = "relink.checks.min-interval")
    Duration minInterval;

    @Inject
    @ConfigProperty(name = "relink.checks.max-interval")
    Duration maxInterval;

    @Inject
    @ConfigProperty(name = "relink.checks.backoff")
    Duration backoff;

    @Inject
    @ConfigProperty(name = "relink.checks.grace")
    Duration grace;

    @Inject
    @ConfigProperty(name = "relink.checks.thresholds")
    List<Duration> thresholds;

    @Inject
    @ConfigProperty(name = "relink.checks.refresh-window")
    Duration refreshWindow;

    @Inject
    @ConfigProperty(name = "relink.checks.batch-size")
    int batchSize;

    @Inject Config config;

    private final Map<NetworkType, CheckRules> rules = new EnumMap<>(NetworkType.class);
    private final Map<NetworkType, CheckSchedule> schedules = new EnumMap<>(NetworkType.class);

    @PostConstruct
    void init() {
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalStateException(
                    "relink.checks.batch-size must be from 1 to 1000, not " + batchSize);
        }
        if (minInterval.compareTo(interval.dividedBy(2)) < 0) {
            Logger.getLogger(CheckSettings.class.getName())
                    .warning(
                            "relink.checks.min-interval ("
                                    + minInterval
                                    + ") is under half of relink.checks.interval ("
                                    + interval
                                    + "): a token may be checked twice in one sweep");
        }
        for (NetworkType network : NetworkType.values()) {
            Duration max =
                    config.getOptionalValue(
                                    NetworkSettings.prefix(network) + "max-check-interval",
                                    Duration.class)
                            .orElse(maxInterval);
            Duration min = minInterval.compareTo(max) > 0 ? max : minInterval;
            CheckSchedule schedule = new CheckSchedule(min, max, backoff, grace, thresholds);
            schedules.put(network, schedule);
            Duration window =
                    config.getOptionalValue(
                                    NetworkSettings.prefix(network) + "refresh-window",
                                    Duration.class)
                            .orElse(refreshWindow);
            rules.put(network, new CheckRules(schedule, window));
        }
    }

    public CheckRules rules(NetworkType network) {
        return rules.get(network);
    }

    public CheckSchedule schedule(NetworkType network) {
        return schedules.get(network);
    }

    @Override
    public Plan plan(NetworkType network, TokenFacts token, Verdict verdict, Instant now) {
        return rules(network).plan(token, verdict, now, ThreadLocalRandom.current());
    }

    @Override
    public Optional<Duration> thresholdCrossed(NetworkType network, Instant now, Instant lapse) {
        return schedule(network).thresholdCrossed(now, lapse);
    }

    /** How often the sweep runs on each node. */
    public Duration interval() {
        return interval;
    }

    /** How many tokens one claim takes. */
    public int batchSize() {
        return batchSize;
    }
}
