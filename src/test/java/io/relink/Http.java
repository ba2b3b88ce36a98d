package io.relink;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the black-box side of the integration tests: real requests to Relink. */
public final class Http {

    /**
     * The API key the integration tests' demo workspace is seeded with (see the failsafe
     * configuration).
     */
    public static final String DEMO_KEY =
            System.getenv()
                    .getOrDefault(
                            "RELINK_DEMO_API_KEY", "rk_it_demo_key_0123456789abcdefghijklmnop");

    private final URI base;
    private final HttpClient client;

    public Http(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.client =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
    }

    public HttpResponse<String> get(String path, String key) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return send(request.build());
    }

    /** A POST without a body, with an API key (or none). */
    public HttpResponse<String> post(String path, String key) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return send(request.build());
    }

    /** Any method, with an API key (or none) and a JSON body (or none). */
    public HttpResponse<String> send(String method, String path, String key, String json) {
        return sendTyped(method, path, key, json, "application/json");
    }

    /**
     * Any method, with an API key, a "Basic ..." credential or none, and a body of the given type
     * (or none).
     */
    public HttpResponse<String> sendTyped(
            String method, String path, String key, String body, String type) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", type);
        }
        if (key != null) {
            request.header("Authorization", key.startsWith("Basic ") ? key : "Bearer " + key);
        }
        return send(request.build());
    }

    public HttpResponse<String> delete(String path) {
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .DELETE()
                        .build());
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
    }

    /**
     * A person calling the API with {@code Authorization: Basic} (their e-mail and password), in
     * the workspace {@link #in} names with the {@code Relink-Workspace} header (or their first).
     */
    public static final class Person {
        private final Http http;
        private final String authorization;
        private final String workspace;

        public Person(Http http, String authorization, String workspace) {
            this.http = http;
            this.authorization = authorization;
            this.workspace = workspace;
        }

        /** The same person, working in this workspace. */
        public Person in(String workspaceId) {
            return new Person(http, authorization, workspaceId);
        }

        public HttpResponse<String> get(String path) {
            return send("GET", path, null);
        }

        public HttpResponse<String> send(String method, String path, String json) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(http.base.resolve(path))
                            .timeout(Duration.ofSeconds(30))
                            .method(
                                    method,
                                    json == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(json))
                            .header("Authorization", authorization);
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (workspace != null) {
                request.header("Relink-Workspace", workspace);
            }
            return http.send(request.build());
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public static jakarta.json.JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
