package io.relink.networks;

import io.relink.networks.NetworkHttp.Answer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A network's OAuth 2.0 token endpoint (RFC 6749 §4.1.3 and §6): trades a code, or a refresh token,
 * for a grant, with the client authenticated as the network wants it, through the network's {@link
 * NetworkEdge}. The network's own reading of the answers is its {@link Answers}.
 *
 * <p>A refused refresh is a {@link Renewal.Refused}; a refused exchange is thrown as a {@link
 * NetworkRefusal}; a refusal that is trouble (a rate limit or outage written in the body) is thrown
 * as {@link NetworkTrouble} either way, pausing the network on a rate limit.
 */
public final class TokenEndpoint {

    /** A network's reading of its token answers. */
    public interface Answers {

        /**
         * The grant of a successful answer.
         *
         * @param heldRefreshToken the refresh token just traded, or null for a code exchange; the
         *     grant keeps it when the network does not rotate refresh tokens
         */
        Grant grant(JsonObject token, String heldRefreshToken);

        /** The verdict of an error answer: dead, or transient (thrown by the endpoint). */
        Verdict refusal(Answer answer, boolean refreshing);

        /**
         * Whether the answer is an error: any status but 200, unless the network also reports
         * errors with a 200.
         */
        default boolean failed(Answer answer) {
            return answer.status() != 200;
        }

        /**
         * Answers read by two functions, for networks that report errors with an error status only.
         */
        static Answers of(
                BiFunction<JsonObject, String, Grant> grant,
                BiFunction<Answer, Boolean, Verdict> refusal) {
            return new Answers() {
                @Override
                public Grant grant(JsonObject token, String heldRefreshToken) {
                    return grant.apply(token, heldRefreshToken);
                }

                @Override
                public Verdict refusal(Answer answer, boolean refreshing) {
                    return refusal.apply(answer, refreshing);
                }
            };
        }
    }

    private final NetworkEdge edge;
    private final URI uri;

    /** The name of the client id's form field, or null for HTTP Basic authentication. */
    private final String clientIdField;

    private final Answers answers;

    /**
     * Whether a code exchange sends the PKCE verifier (RFC 7636): false where the consent page got
     * no challenge.
     */
    private final boolean pkce;

    private TokenEndpoint(
            NetworkEdge edge, URI uri, String clientIdField, Answers answers, boolean pkce) {
        this.edge = edge;
        this.uri = uri;
        this.clientIdField = clientIdField;
        this.answers = answers;
        this.pkce = pkce;
    }

    /**
     * A confidential client authenticated with HTTP Basic (RFC 6749 §2.3.1): no credentials in the
     * form.
     */
    public static TokenEndpoint basic(NetworkEdge edge, URI uri, Answers answers) {
        return new TokenEndpoint(edge, uri, null, answers, true);
    }

    /**
     * A client that sends its credentials in the form: {@code clientIdField} ({@code client_id}, or
     * TikTok's {@code client_key}) and {@code client_secret}.
     */
    public static TokenEndpoint form(
            NetworkEdge edge, URI uri, String clientIdField, Answers answers) {
        return new TokenEndpoint(edge, uri, clientIdField, answers, true);
    }

    /**
     * The same endpoint for a network whose consent page gets no PKCE challenge: an exchange sends
     * no verifier.
     */
    public TokenEndpoint withoutPkce() {
        return new TokenEndpoint(edge, uri, clientIdField, answers, false);
    }

    /** {@code grant_type=refresh_token}: a renewed grant, or the network's refusal. */
    public Renewal refresh(String refreshToken) {
        Answer answer = post(uri, "grant_type", "refresh_token", "refresh_token", refreshToken);
        if (answers.failed(answer)) {
            return new Renewal.Refused(edge.definitive(answer, answers.refusal(answer, true)));
        }
        return new Renewal.Renewed(answer.json(token -> answers.grant(token, refreshToken)));
    }

    /**
     * {@code grant_type=authorization_code}; the verifier is left out when null or {@link
     * #withoutPkce}. A refusal is thrown.
     */
    public Grant exchange(String code, String codeVerifier, URI redirectUri) {
        Answer answer =
                post(
                        uri,
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        redirectUri.toString(),
                        "code_verifier",
                        pkce ? codeVerifier : null);
        if (answers.failed(answer)) {
            throw edge.refused(edge.definitive(answer, answers.refusal(answer, false)));
        }
        return answer.json(token -> answers.grant(token, null));
    }

    /**
     * A form POST to another endpoint of the network's OAuth server (revocation, introspection),
     * authenticated as the client.
     */
    public Answer post(URI endpoint, String... namesAndValues) {
        NetworkSettings settings = edge.settings();
        if (clientIdField == null) {
            return edge.send(edge.asClient(NetworkHttp.postForm(endpoint, namesAndValues)));
        }
        String[] form =
                Stream.concat(
                                Arrays.stream(namesAndValues),
                                Stream.of(
                                        clientIdField,
                                        settings.clientId(),
                                        "client_secret",
                                        settings.clientSecret()))
                        .toArray(String[]::new);
        return edge.send(NetworkHttp.postForm(endpoint, form));
    }
}
