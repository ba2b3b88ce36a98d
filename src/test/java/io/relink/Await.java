package io.relink;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits for something the sweep does in the background, polling, and fails with what was last seen.
 */
public final class Await {

    private Await() {}

    public static <T> T until(
            Duration limit, Supplier<T> probe, java.util.function.Predicate<T> done, String what) {
        long end = System.nanoTime() + limit.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError(
                        "Not within " + limit + ": " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what);
            }
            last = probe.get();
        }
        return last;
    }
}
