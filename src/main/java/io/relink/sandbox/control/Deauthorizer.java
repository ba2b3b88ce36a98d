package io.relink.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Tells Relink that an account removed the app, as Facebook does: a form POST of a {@code
 * signed_request} to the deauthorize callback ({@code relink.sandbox.deauthorize-url}). Never
 * called inside a transaction: the callback may take up to {@value #TIMEOUT_SECONDS} s. An
 * unreachable callback is reported, not thrown: the script's change has happened either way.
 */
@ApplicationScoped
public class Deauthorizer {

    static final long TIMEOUT_SECONDS = 10;

    @Inject SandboxSettings settings;
    @Inject Clock clock;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build();

    /**
     * What the callback answered.
     *
     * @param status its HTTP status, or null when it was not reached
     * @param error why it was not reached, or null
     */
    public record Callback(String url, Integer status, String error) {}

    public Callback notify(String accountId) {
        var url = settings.deauthorizeUrl();
        if (url.isEmpty()) {
            return new Callback(null, null, "relink.sandbox.deauthorize-url is not set");
        }
        String signed =
                SignedRequest.sign(
                        SignedRequest.deauthorization(accountId, clock.instant()),
                        settings.clientSecret());
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(URI.create(url.get()))
                            .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                            "signed_request="
                                                    + URLEncoder.encode(
                                                            signed, StandardCharsets.UTF_8)))
                            .build();
            return new Callback(
                    url.get(),
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(),
                    null);
        } catch (IOException | IllegalArgumentException unreachable) {
            return new Callback(
                    url.get(),
                    null,
                    unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Callback(url.get(), null, "interrupted");
        }
    }
}
