package io.relink.networks;

import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.Verdict.Transient.Kind;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an error that a downstream product got from a network while using one of Relink's tokens
 * (see {@link Network#classify}), through the same reader and the same causes table its adapter
 * applies to the error answers of its own calls: the reported status and body stand in for an
 * {@link Answer}. Pure: nothing is sent, no network is paused.
 *
 * <ul>
 *   <li>a status under 400 (a 2xx above all) is no failure: it says nothing about the token (null);
 *   <li>429, 5xx, and 408 (the request timed out) are transient, as {@link NetworkHttp#troubleOf}
 *       reads them for checks; the report carries no headers, so no Retry-After;
 *   <li>a body the adapter cannot read (not JSON, not the shape the network documents) is a
 *       transient {@code MALFORMED_ANSWER}, as it is for a check;
 *   <li>anything else is the adapter's reader's to say: dead, transient (a rate limit written in
 *       the body), or null for an error that is about the call rather than the token.
 * </ul>
 */
public final class ErrorReports {

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    private ErrorReports() {}

    /**
     * @param network the network's display name, for messages
     * @param reader the adapter's reading of one of its error answers; it may return null
     * @return a dead or transient verdict, or null when the error says nothing about the token
     */
    public static Verdict classify(
            String network, int status, String body, Function<Answer, Verdict> reader) {
        if (status < 400) {
            return null;
        }
        Kind outage = status == 408 ? Kind.TIMEOUT : NetworkHttp.troubleOf(status);
        if (outage != null) {
            return new Verdict.Transient(outage, null, String.valueOf(status));
        }
        Answer answer =
                new Answer(
                        network + " error reported by a downstream product",
                        status,
                        NO_HEADERS,
                        body == null ? "" : body);
        try {
            Verdict verdict = reader.apply(answer);
            return verdict instanceof Verdict.Valid ? null : verdict;
        } catch (NetworkTrouble trouble) {
            return trouble.verdict();
        }
    }

    /**
     * For a network whose table ends in {@code UNKNOWN} for any code it does not know: an {@code
     * UNKNOWN} death counts only when the network answered 401, refusing the credential itself
     * (each such table's "invalid token, nothing finer" codes come with a 401). At another status
     * the code is one the table does not know, e.g. a bad parameter or a duplicate post: the call
     * failed for a reason of its own, and the token is not in question (null).
     */
    public static Verdict aboutToken(int status, Verdict verdict) {
        return verdict instanceof Verdict.Dead dead
                        && dead.cause() == Cause.UNKNOWN
                        && status != 401
                ? null
                : verdict;
    }
}
