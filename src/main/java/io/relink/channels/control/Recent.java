package io.relink.channels.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Figures that cost a read of a whole large workspace (how many channels it has per network and
 * state, its summary), remembered by one node for a short while, and forgotten when the workspace
 * changes (see {@link LargeWorkspaces#forget}). Shared by the node's requests: thread-safe.
 *
 * <p>Only figures that {@code worth} accepts are remembered (a large workspace's): a small one is
 * counted afresh every time, so it always reads what was just written. When a figure is older than
 * {@code fresh}, the first caller counts it again while the others are answered with the figure
 * they had until then: under many requests at once the database counts once, not once per request.
 */
final class Recent<K, V> {

    private record Figure<V>(V value, Instant at, AtomicBoolean counting) {}

    private final Duration fresh;
    private final Map<K, Figure<V>> figures = new ConcurrentHashMap<>();

    Recent(Duration fresh) {
        this.fresh = fresh;
    }

    V get(K key, Instant now, Supplier<V> count, Predicate<V> worth) {
        Figure<V> known = figures.get(key);
        if (known != null) {
            boolean stale = known.at().plus(fresh).isBefore(now) || known.at().isAfter(now);
            if (!stale || !known.counting().compareAndSet(false, true)) {
                return known.value();
            }
            try {
                return remember(key, count.get(), now, worth);
            } finally {
                known.counting().set(false);
            }
        }
        return remember(key, count.get(), now, worth);
    }

    /** Forgets the key's figure: the next caller counts it afresh. */
    void forget(K key) {
        figures.remove(key);
    }

    private V remember(K key, V value, Instant now, Predicate<V> worth) {
        if (worth.test(value)) {
            figures.put(key, new Figure<>(value, now, new AtomicBoolean()));
        } else {
            figures.remove(key);
        }
        return value;
    }
}
