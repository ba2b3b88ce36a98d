package io.relink.networks.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for the sandbox over real HTTP on 127.0.0.1: answers each path from a JSON file in
 * {@code networks/sandbox/} (shaped like the contract's answers) and remembers what it was sent.
 */
final class SandboxStub implements AutoCloseable {

    static {
        // The JDK server delays small answers by ~40 ms (Nagle and delayed ACKs) without it.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** What the stub was sent. */
    record Seen(String method, String path, String authorization, String contentType, String body) {

        Map<String, String> form() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                String[] nameValue = pair.split("=", 2);
                fields.put(decode(nameValue[0]), nameValue.length < 2 ? "" : decode(nameValue[1]));
            }
            return fields;
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
    }

    private record Reply(int status, String file, Map<String, String> headers, Duration delay) {}

    private final HttpServer server;
    private final ExecutorService threads =
            Executors.newCachedThreadPool(
                    work -> {
                        Thread thread = new Thread(work, "sandbox-stub");
                        thread.setDaemon(true);
                        return thread;
                    });
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    SandboxStub() {
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        server.createContext("/sandbox/", this::handle);
        server.setExecutor(threads); // a slow answer must not hold up the others
        server.start();
    }

    /** Where the adapter finds the stub; without a trailing slash, as configuration writes it. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sandbox");
    }

    /**
     * Answers {@code path} (below /sandbox/) with the file, or with no body when file is null;
     * headers as name, value pairs.
     */
    SandboxStub answer(String path, int status, String file, String... headers) {
        return reply(path, new Reply(status, file, pairs(headers), Duration.ZERO));
    }

    /** Answers {@code path} only after {@code delay}. */
    SandboxStub slow(String path, Duration delay) {
        return reply(path, new Reply(200, "introspect-active.json", Map.of(), delay));
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    Seen last() {
        return seen.get(seen.size() - 1);
    }

    private SandboxStub reply(String path, Reply reply) {
        replies.put(path, reply);
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            String path = exchange.getRequestURI().getPath();
            seen.add(
                    new Seen(
                            exchange.getRequestMethod(),
                            path,
                            exchange.getRequestHeaders().getFirst("Authorization"),
                            exchange.getRequestHeaders().getFirst("Content-Type"),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            Reply reply =
                    replies.getOrDefault(
                            path.substring("/sandbox/".length()),
                            new Reply(404, null, Map.of(), Duration.ZERO));
            Thread.sleep(reply.delay().toMillis());
            reply.headers().forEach(exchange.getResponseHeaders()::add);
            if (reply.file() == null) {
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            byte[] body = read(reply.file());
            exchange.getResponseHeaders()
                    .add(
                            "Content-Type",
                            reply.file().endsWith(".json") ? "application/json" : "text/html");
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = SandboxStub.class.getResourceAsStream("/networks/sandbox/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no answer file " + file);
            }
            return in.readAllBytes();
        }
    }

    private static Map<String, String> pairs(String... namesAndValues) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return pairs;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow(); // wakes a slow answer still asleep
    }
}
