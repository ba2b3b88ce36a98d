package io.relink.networks;

import java.net.URI;
import java.util.List;

/**
 * The one plug point for a social network: everything Relink asks of a network, in Relink's own
 * words. An adapter translates the network's HTTP answers and error codes into {@link Verdict}s and
 * {@link Grant}s at the edge; no foreign type crosses this interface.
 *
 * <p>Failures: a definitive rejection is a {@link Verdict.Dead} (or {@link Renewal.Refused});
 * trouble that says nothing about the token (timeout, 5xx, 429, an answer that is not what the
 * network documents) is thrown as {@link NetworkTrouble}, so that fault tolerance (timeouts,
 * bulkheads, circuit breakers) sees it. Inside a batch, a single item's trouble is a {@link
 * Verdict.Transient}. A call with no verdict to return ({@link #exchange}, {@link #discover},
 * {@link #revoke}) throws a definitive rejection as a {@link NetworkRefusal}. {@link NetworkHttp}
 * does the HTTP part of this for every adapter. {@link #classify} reads an answer somebody else got
 * and calls nothing, so it returns what it finds, trouble included, and throws nothing.
 *
 * <p>Adapters are CDI beans, picked by {@link #type()} through {@link Networks}.
 */
public interface Network {

    NetworkType type();

    /** Why this adapter cannot be used (no client id, switched off), or null when it can. */
    String unavailableReason();

    /**
     * How many tokens one {@link #inspectAll} call may carry; 1 when the network has no batch call.
     */
    default int batchLimit() {
        return 1;
    }

    /** Asks the network whether the token still works for the channel, without side effects. */
    Verdict inspect(Probe probe);

    /**
     * Inspects up to {@link #batchLimit()} tokens in one call; the answer has one verdict per
     * probe, in order. A single item's trouble is a {@link Verdict.Transient}; trouble with the
     * call itself is thrown.
     */
    default List<Verdict> inspectAll(List<Probe> probes) {
        return probes.stream().map(this::inspect).toList();
    }

    /**
     * Until when Relink should not ask this network again, because its usage headers (or a 429)
     * said the app is near or over its limit; null when there is no need to wait. The checker puts
     * the network's due tokens off until then, without counting a check, so the network never
     * blocks the app.
     */
    default java.time.Instant pausedUntil() {
        return null;
    }

    /**
     * What an error a downstream product got from this network says about the token it used: the
     * HTTP status and the raw body as the network sent them, read with the reader and the causes
     * table this adapter applies to its own error answers (see {@link ErrorReports}). Pure: no call
     * to the network, nothing paused.
     *
     * @return a {@link Verdict.Dead} when the network's rules call the answer a definitive
     *     rejection of the token; a {@link Verdict.Transient} for 429, 5xx, 408, a rate limit or
     *     outage written in the body, or a body that is not what the network documents; null when
     *     the answer says nothing about the token (a 2xx, or an error the rules do not tie to the
     *     token, such as a bad parameter)
     */
    Verdict classify(int httpStatus, String body);

    /** Whether the network renews access tokens with a refresh token. */
    boolean refreshes();

    /** Trades a refresh token for a new grant; a rotated refresh token comes back in the grant. */
    Renewal refresh(String refreshToken);

    /**
     * The scopes Relink needs on this network, asked for on the consent page and checked in the
     * grant after every connect or reconnect. Empty where the adapter asks for its own set and the
     * network does not report what was granted.
     */
    default java.util.Set<String> requiredScopes() {
        return java.util.Set.of();
    }

    /** Where to send a person to grant Relink access (OAuth 2.0 authorization code, with PKCE). */
    URI authorizationUrl(AuthorizationRequest request);

    /** Trades an authorization code for a grant. */
    Grant exchange(String code, String codeVerifier, URI redirectUri);

    /** Who granted the token and which channels it reaches. */
    Discovery discover(String accessToken);

    /** Revokes the token at the network, where the network can; a no-op where it cannot. */
    void revoke(String accessToken);

    /**
     * Reads a callback the network sent on its own (deauthorize, webhook) once its signature is
     * verified: whose grant ended and why (or nothing Relink acts on), when it was issued, and its
     * fingerprint. That a genuine callback is taken once only is the caller's business: the adapter
     * cannot remember.
     *
     * @throws IllegalArgumentException when the callback is not genuine (bad signature, stale)
     * @throws UnsupportedOperationException when the network sends no such callback
     */
    default VerifiedCallback callback(Callback callback) {
        throw new UnsupportedOperationException(
                type().displayName() + " sends no " + callback.kind() + " callback");
    }
}
