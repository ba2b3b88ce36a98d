package io.relink.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the SANDBOX network at scale: answers its check endpoints ({@code
 * /sandbox/oauth/introspect} and {@code /sandbox/oauth/introspect/batch}, the only calls a sweep of
 * non-refreshable tokens makes) for any token as active with the scopes Relink requires, after a
 * fixed latency, like a remote network that is never the bottleneck. Runs as a process of its own
 * ({@code java -cp target/test-classes io.relink.bench.StubNetwork <port> <latency-ms>}), so that
 * its threads and heap do not count against the Relink under test.
 *
 * <p>{@code GET /stats} tells what it was asked: requests, tokens, and the most requests in flight
 * at once (the concurrency Relink really used), and {@code repeats}: how often a token it had
 * already been asked about (since the last reset) came again, so that "every token checked exactly
 * once" is counted where the checks arrive; {@code POST /stats/reset} starts the count again.
 * Anything else is a 404 and counted, so that a sweep calling something else shows.
 */
public final class StubNetwork {

    /** Threads enough that the latency, not the pool, limits it: 256 / 20 ms = 12,800 answers/s. */
    static final int THREADS = 256;

    private static final String ACTIVE = "{\"active\":true,\"scope\":\"read publish\"}";
    private static final byte[] SINGLE = ACTIVE.getBytes(StandardCharsets.UTF_8);

    private final long latencyMillis;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicLong others = new AtomicLong();
    private final AtomicLong repeats = new AtomicLong();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private StubNetwork(long latencyMillis) {
        this.latencyMillis = latencyMillis;
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        StubNetwork stub = new StubNetwork(Long.parseLong(args[1]));
        HttpServer server =
                HttpServer.create(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(THREADS));
        server.createContext("/", stub::answer);
        server.start();
        System.out.println(
                "Stub network on 127.0.0.1:" + port + ", latency " + stub.latencyMillis + " ms");
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            switch (path) {
                case "/sandbox/oauth/introspect" -> {
                    String form = new String(body, StandardCharsets.UTF_8);
                    Matcher token = FORM_TOKEN.matcher(form);
                    if (token.find()) {
                        remember(URLDecoder.decode(token.group(1), StandardCharsets.UTF_8));
                    }
                    check(exchange, 1, SINGLE);
                }
                case "/sandbox/oauth/introspect/batch" -> {
                    Matcher token = JSON_TOKEN.matcher(new String(body, StandardCharsets.UTF_8));
                    int items = 0;
                    while (token.find()) {
                        remember(token.group(1));
                        items++;
                    }
                    check(exchange, items, batch(items));
                }
                case "/stats" -> send(exchange, 200, stats().getBytes(StandardCharsets.UTF_8));
                case "/stats/reset" -> {
                    requests.set(0);
                    tokens.set(0);
                    others.set(0);
                    maxInFlight.set(0);
                    repeats.set(0);
                    seen.clear();
                    send(exchange, 200, stats().getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    others.incrementAndGet();
                    send(
                            exchange,
                            404,
                            "{\"error\":\"not_found\"}".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static final Pattern FORM_TOKEN = Pattern.compile("(?:^|&)token=([^&]*)");
    private static final Pattern JSON_TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]*)\"");

    private void remember(String token) {
        if (!seen.add(token)) {
            repeats.incrementAndGet();
        }
    }

    /** Answers a check after the latency, counting the request and how many ran at once. */
    private void check(HttpExchange exchange, int items, byte[] answer) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            Thread.sleep(latencyMillis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
        requests.incrementAndGet();
        tokens.addAndGet(items);
        send(exchange, 200, answer);
    }

    private static byte[] batch(int items) {
        StringBuilder json = new StringBuilder(items * 64 + 16).append("{\"items\":[");
        for (int i = 0; i < items; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"status\":200,\"body\":")
                    .append(ACTIVE)
                    .append('}');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private String stats() {
        return "{\"requests\":"
                + requests.get()
                + ",\"tokens\":"
                + tokens.get()
                + ",\"maxInFlight\":"
                + maxInFlight.get()
                + ",\"others\":"
                + others.get()
                + ",\"repeats\":"
                + repeats.get()
                + ",\"distinct\":"
                + seen.size()
                + ",\"latencyMillis\":"
                + latencyMillis
                + "}";
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
