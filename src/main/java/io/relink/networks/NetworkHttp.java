package io.relink.networks;

import io.relink.networks.Verdict.Transient.Kind;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The shared edge every adapter calls its network through: sends over HTTP with a per-request
 * timeout and throws, as {@link NetworkTrouble}, every outcome that says nothing about a token, so
 * that each adapter only reads the answers its network documents.
 *
 * <ul>
 *   <li>no answer in time: {@code TIMEOUT}; no connection: {@code NETWORK_UNAVAILABLE};
 *   <li>429: {@code RATE_LIMITED}, with the {@code Retry-After} the network asked for; 504: {@code
 *       TIMEOUT} (a gateway gave up waiting); any other 5xx: {@code SERVER_ERROR};
 *   <li>a body that is not the JSON the adapter reads: {@code MALFORMED_ANSWER} (see {@link
 *       Answer#json}).
 * </ul>
 *
 * The raw code kept for support is the HTTP status ("503", "429"). Messages name the network, the
 * method and the path, never the query or a body: tokens travel in those.
 */
public final class NetworkHttp {

    /**
     * Looked up once: the provider lookup behind {@code Json.createReader} is a service-loader
     * scan.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private final String network;
    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;
    private final Consumer<HttpHeaders> usage;

    public NetworkHttp(String network, Duration timeout, Clock clock) {
        this(network, timeout, clock, headers -> {});
    }

    /**
     * @param usage hears the headers of every answer, trouble included, so that an adapter can
     *     follow usage headers (such as Facebook's {@code X-App-Usage}) and slow its checks down
     */
    public NetworkHttp(String network, Duration timeout, Clock clock, Consumer<HttpHeaders> usage) {
        this.network = network;
        this.timeout = timeout;
        this.clock = clock;
        this.usage = usage;
        // HTTP/1.1: no h2c upgrade dance on plain http (the sandbox, tests); keep-alive already
        // reuses connections. Redirects are not followed, so credentials never go elsewhere.
        this.client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    /** Sends the request with this edge's timeout; any answer that is trouble is thrown instead. */
    public Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(timeout).build();
        String call = network + " " + built.method() + " " + built.uri().getRawPath();
        HttpResponse<String> response;
        try {
            response = client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException slow) {
            throw new NetworkTrouble(
                    Kind.TIMEOUT, "timeout", call + " got no answer within " + timeout, slow);
        } catch (IOException unreachable) {
            String what = unreachable.getClass().getSimpleName();
            throw new NetworkTrouble(
                    Kind.NETWORK_UNAVAILABLE, what, call + " failed: " + what, unreachable);
        } catch (InterruptedException interrupted) {
            // Fault tolerance's @Timeout interrupts the caller; keep the flag for it to see.
            Thread.currentThread().interrupt();
            throw new NetworkTrouble(
                    Kind.TIMEOUT, "interrupted", call + " was interrupted", interrupted);
        }
        usage.accept(response.headers());
        int status = response.statusCode();
        Kind trouble = troubleOf(status);
        if (trouble != null) {
            Duration retryAfter =
                    RetryAfter.parse(
                            response.headers().firstValue("Retry-After").orElse(null),
                            clock.instant());
            throw new NetworkTrouble(
                    trouble,
                    retryAfter,
                    String.valueOf(status),
                    call
                            + " answered "
                            + status
                            + (retryAfter == null ? "" : ", retry after " + retryAfter));
        }
        return new Answer(call, status, response.headers(), response.body());
    }

    /**
     * What an HTTP status that says nothing about the token means, or null for any other status.
     * Batch answers use it for their items' own statuses.
     */
    public static Kind troubleOf(int status) {
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status == 504) {
            return Kind.TIMEOUT;
        }
        return status >= 500 && status <= 599 ? Kind.SERVER_ERROR : null;
    }

    /**
     * Reads one item of a batch answer: an item that is not the JSON the reader expects is a {@code
     * MALFORMED_ANSWER} for that item only, and the other items keep their verdicts.
     */
    public static Verdict item(JsonValue item, Function<JsonObject, Verdict> reader) {
        try {
            return reader.apply(item.asJsonObject());
        } catch (RuntimeException unexpected) {
            return new Verdict.Transient(Kind.MALFORMED_ANSWER, null, "item");
        }
    }

    /** A GET that asks for JSON. */
    public static HttpRequest.Builder get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "application/json").GET();
    }

    /** A POST of an {@code application/x-www-form-urlencoded} body; see {@link #encode}. */
    public static HttpRequest.Builder postForm(URI uri, String... namesAndValues) {
        return HttpRequest.newBuilder(uri)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(namesAndValues)));
    }

    /** A POST of a JSON body. */
    public static HttpRequest.Builder postJson(URI uri, JsonStructure body) {
        return HttpRequest.newBuilder(uri)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    /**
     * Encodes name/value pairs for a query string or a form body ({@code a=1&b=x%20y}), in the
     * order given; a pair whose value is null is left out, so optional parameters read inline.
     * Spaces become {@code %20}, which form bodies and query strings both decode.
     */
    public static String encode(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "names and values come in pairs; got " + namesAndValues.length + " strings");
        }
        StringJoiner pairs = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                pairs.add(escape(namesAndValues[i]) + "=" + escape(namesAndValues[i + 1]));
            }
        }
        return pairs.toString();
    }

    /**
     * {@code uri} with the name/value pairs, encoded as by {@link #encode}, added to its query: a
     * consent page's parameters, or Graph's (which takes tokens in the query string too).
     */
    public static URI withQuery(URI uri, String... namesAndValues) {
        String encoded = encode(namesAndValues);
        return encoded.isEmpty()
                ? uri
                : URI.create(uri + (uri.getRawQuery() == null ? "?" : "&") + encoded);
    }

    private static String escape(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The {@code Authorization} value for HTTP Basic client authentication (RFC 7617: id and secret
     * joined by a colon, not form-encoded first, which is what networks accept in practice).
     */
    public static String basic(String clientId, String clientSecret) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code Authorization} value for a bearer token. */
    public static String bearer(String accessToken) {
        return "Bearer " + accessToken;
    }

    /** Builds request bodies without a provider lookup per call. */
    public static JsonBuilderFactory json() {
        return BUILDERS;
    }

    /**
     * An answer that is not trouble: a 2xx, or a 4xx the adapter classifies.
     *
     * @param call network, method and path, for messages
     */
    public record Answer(String call, int status, HttpHeaders headers, String body) {

        /**
         * Reads the body as a JSON object with the adapter's reader. Anything the reader trips over
         * (not JSON, not an object, a missing field or a field of another type) says nothing about
         * the token, so it is thrown as {@code MALFORMED_ANSWER} rather than mistaken for a
         * verdict.
         */
        public <T> T json(Function<JsonObject, T> reader) {
            try (JsonReader json = READERS.createReader(new StringReader(body))) {
                return reader.apply(json.readObject());
            } catch (NetworkTrouble | NetworkRefusal meant) {
                throw meant;
            } catch (RuntimeException unexpected) {
                throw new NetworkTrouble(
                        Kind.MALFORMED_ANSWER,
                        String.valueOf(status),
                        call
                                + " answered "
                                + status
                                + " with a body that is not the JSON it documents",
                        unexpected);
            }
        }

        /** The body is left out: token answers carry secrets. */
        @Override
        public String toString() {
            return "Answer["
                    + call
                    + " -> "
                    + status
                    + ", "
                    + (body == null ? 0 : body.length())
                    + " chars]";
        }
    }
}
