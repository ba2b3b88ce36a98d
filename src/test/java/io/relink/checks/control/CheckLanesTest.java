package io.relink.checks.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.NetworkType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A network's calls run side by side, never more at once than its lanes (its bulkhead less one).
 * Proves rule checks R13.
 */
class CheckLanesTest {

    final CheckLanes lanes = new CheckLanes();

    @BeforeEach
    void pool() {
        lanes.executor = Executors.newCachedThreadPool();
        lanes.lanes.put(NetworkType.X, CheckLanes.lanesFor(4));
    }

    @AfterEach
    void stop() {
        lanes.stop();
    }

    @Test
    void a_networks_calls_run_side_by_side_up_to_its_lanes_and_all_are_answered() throws Exception {
        // The first three calls meet at a barrier: they can only pass it if they run at once.
        CyclicBarrier together = new CyclicBarrier(3);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Callable<List<Integer>>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int call = i;
            calls.add(
                    () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        if (call < 3) {
                            together.await(30, TimeUnit.SECONDS);
                        }
                        running.decrementAndGet();
                        return List.of(call);
                    });
        }

        List<Future<List<Integer>>> futures = lanes.run(NetworkType.X, calls);
        List<Integer> answered = new ArrayList<>();
        for (Future<List<Integer>> lane : futures) {
            answered.addAll(lane.get(60, TimeUnit.SECONDS));
        }

        assertThat(futures).as("one future per lane").hasSize(3);
        assertThat(answered).hasSize(12).doesNotHaveDuplicates();
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void a_call_that_fails_costs_only_its_own_answer() throws Exception {
        List<Callable<List<Integer>>> calls =
                List.of(
                        () -> List.of(1),
                        () -> {
                            throw new IllegalStateException("adapter bug");
                        },
                        () -> List.of(3));

        List<Integer> answered = new ArrayList<>();
        for (Future<List<Integer>> lane : lanes.run(NetworkType.X, calls)) {
            answered.addAll(lane.get(60, TimeUnit.SECONDS));
        }

        assertThat(answered).containsExactlyInAnyOrder(1, 3);
    }
}
