package io.relink.webhooks.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one delivery over HTTP: {@code POST} of the event's JSON body with the Standard Webhooks
 * headers ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature} with one {@code
 * v1} signature per valid secret). Redirects are not followed (a 3xx is a failure), the answer is
 * read up to 64 KiB and kept up to 1 KiB, and the receiver's address is checked again right before
 * sending, so a name that now resolves to a private address (DNS rebinding) is not reached.
 */
@ApplicationScoped
public class Sender {

    static final int MAX_ANSWER_BYTES = 64 * 1024;

    @Inject WebhookSettings settings;
    @Inject Clock clock;

    private HttpClient client;

    /** How one attempt went. */
    public record Result(
            Instant at, Integer status, int latencyMillis, String answer, String error) {
        public boolean delivered() {
            return status != null && Receipts.delivered(status);
        }
    }

    @PostConstruct
    void open() {
        client =
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(settings.timeout())
                        .build();
    }

    public Result send(Deliveries.Send send) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        URI url = URI.create(send.url());
        try {
            List<InetAddress> addresses = Destinations.lookUp(url.getHost());
            if (addresses.isEmpty()
                    || addresses.stream()
                            .anyMatch(
                                    a -> !Destinations.deliverable(a, settings.allowLoopback()))) {
                return new Result(
                        at,
                        null,
                        0,
                        null,
                        "Not sent: the receiver's name now leads to an address"
                                + " that is not public.");
            }
            HttpRequest request =
                    HttpRequest.newBuilder(url)
                            .timeout(settings.timeout())
                            .header("Content-Type", "application/json")
                            .header("User-Agent", "Relink-Webhooks/1")
                            .header(WebhookSignature.ID_HEADER, send.messageId())
                            .header(
                                    WebhookSignature.TIMESTAMP_HEADER,
                                    Long.toString(send.timestamp()))
                            .header(
                                    WebhookSignature.SIGNATURE_HEADER,
                                    WebhookSignature.header(
                                            send.secrets(),
                                            send.messageId(),
                                            send.timestamp(),
                                            send.body()))
                            .POST(HttpRequest.BodyPublishers.ofString(send.body()))
                            .build();
            HttpResponse<InputStream> answer =
                    client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            return new Result(
                    at,
                    answer.statusCode(),
                    millisSince(started),
                    Receipts.excerpt(read(answer.body())),
                    null);
        } catch (HttpTimeoutException slow) {
            return new Result(
                    at, null, millisSince(started), null, "No answer within " + settings.timeout());
        } catch (IOException | IllegalArgumentException unreachable) {
            return new Result(
                    at,
                    null,
                    millisSince(started),
                    null,
                    "Could not reach the receiver: "
                            + Receipts.excerpt(
                                    (unreachable.getMessage() != null
                                                    ? unreachable.getMessage()
                                                    : unreachable.getClass().getSimpleName())
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Result(at, null, millisSince(started), null, "Interrupted");
        }
    }

    /**
     * The answer's first 64 KiB, read within the timeout: the request's own timeout ends when the
     * headers arrive, and a receiver that trickles its body must not hold the relay.
     */
    private byte[] read(InputStream body) throws IOException {
        CompletableFuture<byte[]> reading =
                CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return body.readNBytes(MAX_ANSWER_BYTES);
                            } catch (IOException broken) {
                                return new byte[0];
                            }
                        });
        try {
            return reading.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            return new byte[0];
        } catch (ExecutionException | InterruptedException failed) {
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new byte[0];
        } finally {
            body.close(); // ends a read still going on, and frees the connection
        }
    }

    private static int millisSince(long started) {
        return (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
