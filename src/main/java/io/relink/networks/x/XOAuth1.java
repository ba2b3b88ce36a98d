package io.relink.networks.x;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a request for an X OAuth 1.0a token with HMAC-SHA1 (RFC 5849 §3.4; docs.x.com "Creating a
 * signature"), so that such a token can be checked like any other. Pure: the nonce and the
 * timestamp are given.
 *
 * <p>A {@link io.relink.networks.Probe} carries one access token string, so an OAuth 1.0a token and
 * its secret travel as {@code oauth1:<token>:<secret>}; X's tokens ({@code <user id>-<chars>}) and
 * secrets contain no colon.
 */
public final class XOAuth1 {

    /** How an OAuth 1.0a token is told from an OAuth 2.0 one in a stored access token. */
    public static final String PREFIX = "oauth1:";

    private XOAuth1() {}

    /** An OAuth 1.0a token and its secret; never printed. */
    public record Credentials(String token, String secret) {

        @Override
        public String toString() {
            return "Credentials[***]";
        }
    }

    /** Whether the stored access token is an OAuth 1.0a pair. */
    public static boolean isOAuth1(String accessToken) {
        return accessToken != null && accessToken.startsWith(PREFIX);
    }

    /**
     * The pair in {@code oauth1:<token>:<secret>}; the message of a malformed one shows none of it.
     */
    public static Credentials parse(String accessToken) {
        String pair = accessToken.substring(PREFIX.length());
        int colon = pair.indexOf(':');
        if (colon <= 0 || colon == pair.length() - 1) {
            throw new IllegalArgumentException(
                    "An X OAuth 1.0a token is stored as oauth1:<token>:<secret>; this one is not");
        }
        return new Credentials(pair.substring(0, colon), pair.substring(colon + 1));
    }

    /** The encoded form of a pair, as Relink stores it. */
    public static String encode(Credentials credentials) {
        return PREFIX + credentials.token() + ":" + credentials.secret();
    }

    /**
     * The {@code Authorization: OAuth ...} value for a request.
     *
     * @param form the request's form fields (none for a GET); query parameters are read from the
     *     URI
     */
    public static String authorization(
            String method,
            URI uri,
            Map<String, String> form,
            String consumerKey,
            String consumerSecret,
            Credentials credentials,
            String nonce,
            long timestamp) {
        List<String[]> oauth =
                List.of(
                        new String[] {"oauth_consumer_key", consumerKey},
                        new String[] {"oauth_nonce", nonce},
                        new String[] {"oauth_signature_method", "HMAC-SHA1"},
                        new String[] {"oauth_timestamp", Long.toString(timestamp)},
                        new String[] {"oauth_token", credentials.token()},
                        new String[] {"oauth_version", "1.0"});
        List<String[]> signed = new ArrayList<>(oauth);
        signed.addAll(query(uri));
        form.forEach((name, value) -> signed.add(new String[] {name, value}));
        String signature =
                sign(baseString(method, uri, signed), consumerSecret, credentials.secret());
        List<String[]> header = new ArrayList<>(oauth);
        header.add(new String[] {"oauth_signature", signature});
        header.sort(Comparator.comparing(pair -> pair[0]));
        return "OAuth "
                + header.stream()
                        .map(pair -> percent(pair[0]) + "=\"" + percent(pair[1]) + "\"")
                        .collect(Collectors.joining(", "));
    }

    /**
     * The signature base string: method, base URL and the sorted, encoded parameters, each encoded
     * again.
     */
    static String baseString(String method, URI uri, List<String[]> parameters) {
        String normalized =
                parameters.stream()
                        .map(pair -> new String[] {percent(pair[0]), percent(pair[1])})
                        .sorted(
                                Comparator.<String[], String>comparing(pair -> pair[0])
                                        .thenComparing(pair -> pair[1]))
                        .map(pair -> pair[0] + "=" + pair[1])
                        .collect(Collectors.joining("&"));
        return method.toUpperCase(Locale.ROOT)
                + "&"
                + percent(baseUrl(uri))
                + "&"
                + percent(normalized);
    }

    /** HMAC-SHA1 keyed with the encoded consumer secret and token secret, base64-encoded. */
    static String sign(String baseString, String consumerSecret, String tokenSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            String key = percent(consumerSecret) + "&" + percent(tokenSecret);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", impossible);
        }
    }

    /** RFC 3986 percent-encoding: everything but ALPHA, DIGIT, '-', '.', '_' and '~'. */
    static String percent(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /**
     * Scheme and host in lower case, the port only when it is not the scheme's default, the path;
     * no query.
     */
    private static String baseUrl(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port == -1
                        || (scheme.equals("https") && port == 443)
                        || (scheme.equals("http") && port == 80);
        String path =
                uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme
                + "://"
                + uri.getHost().toLowerCase(Locale.ROOT)
                + (defaultPort ? "" : ":" + port)
                + path;
    }

    private static List<String[]> query(URI uri) {
        List<String[]> pairs = new ArrayList<>();
        if (uri.getRawQuery() == null || uri.getRawQuery().isEmpty()) {
            return pairs;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            pairs.add(
                    new String[] {
                        decode(nameValue[0]), nameValue.length < 2 ? "" : decode(nameValue[1])
                    });
        }
        return pairs;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
