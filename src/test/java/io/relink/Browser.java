package io.relink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person's browser, as far as the OAuth flows need one: it keeps cookies, does not follow
 * redirects by itself (tests look at each hop), signs in with the form, and consents on the SANDBOX
 * network's page the way the page's own form would.
 */
public final class Browser {

    /** The form field that carries the page's script nonce. */
    public static final String NONCE_FIELD = "primefaces.nonce";

    private final URI base;
    private final HttpClient client =
            HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    public Browser(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET());
    }

    public HttpResponse<String> postForm(String pathOrUrl, Map<String, String> fields) {
        return send(
                HttpRequest.newBuilder(resolve(pathOrUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /**
     * Submits a Faces form of a page as a browser would: the page's own action, view state and
     * script nonce, the form's marker field, the given fields (named without the form's prefix) and
     * the pressed button.
     */
    public HttpResponse<String> submit(
            HttpResponse<String> page, String formId, Map<String, String> fields, String button) {
        java.util.regex.Matcher form =
                java.util.regex.Pattern.compile(
                                "<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"")
                        .matcher(page.body());
        java.util.regex.Matcher state =
                java.util.regex.Pattern.compile(
                                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                        .matcher(page.body());
        if (!form.find() || !state.find()) {
            throw new AssertionError("No form " + formId + " on the page: " + page.body());
        }
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(formId, formId);
        fields.forEach((name, value) -> posted.put(formId + ":" + name, value));
        posted.put(formId + ":" + button, "pressed");
        posted.put("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&"));
        posted.put(NONCE_FIELD, nonce(page.body()));
        HttpResponse<String> answer =
                postForm(
                        page.uri().resolve(form.group(1).replace("&amp;", "&")).toString(), posted);
        return answer;
    }

    /**
     * The page's script nonce, which its JavaScript puts into every form (PrimeFaces' CSP mode) and
     * without which a post does nothing.
     */
    public static String nonce(String html) {
        java.util.regex.Matcher nonce =
                java.util.regex.Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(html);
        if (!nonce.find()) {
            throw new AssertionError("No signed script on the page: " + html);
        }
        return nonce.group(1);
    }

    /** A HEAD request, as a mail scanner sends to see what a link is. */
    public int head(String pathOrUrl) {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()))
                .statusCode();
    }

    /** Signs in with the page's form; true when Relink took the password. */
    public boolean signIn(String email, String password) {
        HttpResponse<String> answer =
                postForm("j_security_check", Map.of("j_username", email, "j_password", password));
        return answer.statusCode() == 302
                && answer.headers().firstValue("Location").orElse("").contains("/center/");
    }

    /**
     * Opens the consent page an authorization URL leads to, picks the account and presses Allow (or
     * Deny); answers what Relink's callback answered to the redirect that followed.
     */
    public HttpResponse<String> consent(String authorizationUrl, String account, boolean allow) {
        HttpResponse<String> page = get(authorizationUrl);
        if (page.statusCode() != 200 || !page.body().contains("value=\"" + account + "\"")) {
            throw new AssertionError(
                    "No consent page offering "
                            + account
                            + ": "
                            + page.statusCode()
                            + " "
                            + page.body());
        }
        URI url = URI.create(authorizationUrl);
        Map<String, String> fields = query(url.getRawQuery());
        fields.put("account", account);
        fields.put("decision", allow ? "allow" : "deny");
        HttpResponse<String> decided =
                postForm(
                        url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath(), fields);
        String back =
                decided.headers()
                        .firstValue("Location")
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "The consent page did not redirect: "
                                                        + decided.statusCode()
                                                        + " "
                                                        + decided.body()));
        return get(back);
    }

    /** The callback URL a consent leads to, without following it (to replay it later). */
    public String consentRedirect(String authorizationUrl, String account) {
        URI url = URI.create(authorizationUrl);
        Map<String, String> fields = query(url.getRawQuery());
        fields.put("account", account);
        fields.put("decision", "allow");
        return postForm(url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath(), fields)
                .headers()
                .firstValue("Location")
                .orElseThrow();
    }

    public static Map<String, String> query(String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                fields.put(
                        URLDecoder.decode(
                                eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0
                                ? ""
                                : URLDecoder.decode(
                                        pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(
                        e ->
                                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private URI resolve(String pathOrUrl) {
        return pathOrUrl.startsWith("http")
                ? URI.create(pathOrUrl)
                : base.resolve(pathOrUrl.startsWith("/") ? pathOrUrl.substring(1) : pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
