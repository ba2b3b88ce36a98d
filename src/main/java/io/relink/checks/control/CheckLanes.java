package io.relink.checks.control;

import io.relink.networks.Network;
import io.relink.networks.NetworkType;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

/**
 * Runs the network calls of a sweep's batch side by side: for each network, as many lanes as its
 * bulkhead lets calls in at once, less one left to people and downstream products ("check now",
 * reconnect, a failure report), so that the sweep never makes their call fail with a full bulkhead.
 * Each lane takes the next call of its network until none is left.
 *
 * <p>The bulkhead is the adapter's own MicroProfile Fault Tolerance setting ({@code <adapter
 * class>/Bulkhead/value}, else {@code Bulkhead/value}, else the annotation's value), so raising a
 * network's bulkhead raises the sweep's pace on it. The threads come from the server's managed
 * thread factory: they carry the application's context, like the timer's thread.
 */
@ApplicationScoped
public class CheckLanes {

    private static final Logger LOG = Logger.getLogger(CheckLanes.class.getName());

    @Inject @Any Instance<Network> adapters;
    @Inject Config config;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    final Map<NetworkType, Integer> lanes = new EnumMap<>(NetworkType.class);
    ExecutorService executor;

    @PostConstruct
    void init() {
        for (Instance.Handle<Network> adapter : adapters.handles()) {
            Class<?> type = adapter.getBean().getBeanClass();
            lanes.put(adapter.get().type(), lanesFor(bulkhead(type)));
        }
        // Idle threads end after a minute: between sweeps the node keeps none.
        executor = Executors.newCachedThreadPool(threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** How many calls to a network's adapter the sweep makes at once: its bulkhead less one. */
    public static int lanesFor(int bulkhead) {
        return Math.max(1, bulkhead - 1);
    }

    /**
     * Runs a network's calls in its lanes; one future per lane, each with what its calls returned
     * in turn. A call that throws is logged and returns nothing: its tokens keep their lease, a
     * pause before they are tried again.
     */
    public <T> List<Future<List<T>>> run(NetworkType network, List<Callable<List<T>>> calls) {
        Queue<Callable<List<T>>> left = new ConcurrentLinkedQueue<>(calls);
        int count = Math.min(lanes.getOrDefault(network, 1), calls.size());
        List<Future<List<T>>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(executor.submit(() -> drain(left)));
        }
        return futures;
    }

    static <T> List<T> drain(Queue<Callable<List<T>>> left) {
        List<T> found = new ArrayList<>();
        for (Callable<List<T>> call = left.poll(); call != null; call = left.poll()) {
            try {
                found.addAll(call.call());
            } catch (Exception bug) {
                LOG.log(
                        Level.SEVERE,
                        "A check failed; its tokens are tried again when their lease runs out",
                        bug);
            }
        }
        return found;
    }

    private int bulkhead(Class<?> adapter) {
        Bulkhead annotated = adapter.getAnnotation(Bulkhead.class);
        return config.getOptionalValue(adapter.getName() + "/Bulkhead/value", Integer.class)
                .or(() -> config.getOptionalValue("Bulkhead/value", Integer.class))
                .orElse(annotated != null ? annotated.value() : 1);
    }
}
