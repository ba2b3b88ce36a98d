package io.relink.networks.meta;

import io.relink.networks.ErrorReports;
import io.relink.networks.NetworkEdge;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.NetworkRefusal;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * One Meta network's edge: its {@link NetworkEdge}, pausing by {@link GraphLimits}, plus the
 * reading of Graph error answers. Graph reports rate limits and outages as HTTP 400 bodies with
 * codes ({@code 4}, {@code 17}, {@code 1}…), not as 429/5xx, so this edge turns those into {@link
 * NetworkTrouble} as well (and pauses the network); a definitive error becomes a dead verdict, or a
 * {@link NetworkRefusal} where the call has no verdict to return.
 */
public final class GraphEdge {

    private final NetworkEdge edge;

    public GraphEdge(NetworkSettings settings, Clock clock) {
        this.edge = NetworkEdge.open(settings, clock, GraphLimits.LIMITS);
    }

    /** The shared edge underneath, with its settings and pause. */
    public NetworkEdge edge() {
        return edge;
    }

    public NetworkSettings settings() {
        return edge.settings();
    }

    /** Why the network cannot be used, or null. */
    public String unavailableReason() {
        return edge.unavailableReason();
    }

    /** Sends; a 429 pauses the network for as long as it asked before the trouble is thrown. */
    public Answer send(HttpRequest.Builder request) {
        return edge.send(request);
    }

    /**
     * A GET of {@code uri} with the query built from names and values (see {@link
     * NetworkHttp#encode}).
     */
    public Answer get(URI uri, String... query) {
        return send(NetworkHttp.get(NetworkHttp.withQuery(uri, query)));
    }

    /**
     * The answer read with {@code reader} when it is a 200; an error answer is thrown as trouble or
     * a refusal.
     */
    public <T> T read(Answer answer, Function<JsonObject, T> reader) {
        if (answer.status() == 200) {
            return answer.json(reader);
        }
        throw refusal(answer);
    }

    /** The verdict of an error answer about a token; trouble (rate limit, outage) is thrown. */
    public Verdict.Dead rejection(Answer answer, Instant expiresAt) {
        return definitive(
                answer,
                answer.json(
                        error ->
                                GraphCauses.classify(GraphError.in(error), expiresAt, edge.now())));
    }

    /**
     * What a Graph error that a downstream product got with a person's or Page's token says of that
     * token (see {@link io.relink.networks.Network#classify}): read as {@link #rejection} reads
     * one, by Meta's table, but nothing is thrown and the network is not paused; a code the table
     * does not know is about the product's call, not the token (null).
     */
    public Verdict reported(int status, String body) {
        return ErrorReports.classify(
                edge.name(),
                status,
                body,
                answer ->
                        answer.json(
                                error -> GraphCauses.reported(GraphError.in(error), edge.now())));
    }

    /** The verdict of an error answer to a call made with Relink's app token; trouble is thrown. */
    public Verdict.Dead appRejection(Answer answer) {
        return definitive(
                answer,
                answer.json(error -> GraphCauses.ofAppToken(GraphError.in(error), edge.now())));
    }

    /**
     * An error answer of a call with no verdict to return (exchange, discovery, revoke), to throw.
     */
    public RuntimeException refusal(Answer answer) {
        return edge.refused(rejection(answer, null));
    }

    /** A refusal carrying an already classified verdict. */
    public NetworkRefusal refusal(Verdict.Dead verdict) {
        return edge.refused(verdict);
    }

    /**
     * Throws a transient verdict as trouble (pausing the network on a rate limit); returns a dead
     * one.
     */
    public Verdict.Dead definitive(Answer answer, Verdict verdict) {
        if (verdict instanceof Verdict.Transient trouble) {
            throw trouble(trouble, answer.call());
        }
        return (Verdict.Dead) verdict;
    }

    /** A transient verdict as the trouble to throw; a rate limit also pauses the network. */
    public NetworkTrouble trouble(Verdict.Transient trouble, String call) {
        return edge.trouble(trouble, call + " answered Graph error " + trouble.rawCode());
    }

    /** Lets a batch item's rate limit pause the network, as a whole call's would. */
    public Verdict noteTrouble(Verdict verdict) {
        edge.heard(verdict);
        return verdict;
    }

    /** Reads a body that is a JSON array (a batch answer); anything else is a malformed answer. */
    public <T> T readArray(Answer answer, Function<JsonArray, T> reader) {
        try (JsonReader json = jakarta.json.Json.createReader(new StringReader(answer.body()))) {
            return reader.apply(json.readArray());
        } catch (NetworkTrouble | NetworkRefusal meant) {
            throw meant;
        } catch (RuntimeException unexpected) {
            throw new NetworkTrouble(
                    Kind.MALFORMED_ANSWER,
                    String.valueOf(answer.status()),
                    answer.call()
                            + " answered "
                            + answer.status()
                            + " with a body that is not the JSON array it documents",
                    unexpected);
        }
    }

    /** When the network may be asked again, or null. */
    public Instant pausedUntil() {
        return edge.pausedUntil();
    }

    public Instant now() {
        return edge.now();
    }
}
