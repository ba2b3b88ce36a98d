package io.relink.networks;

import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.Verdict.Transient.Kind;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * One adapter's whole edge to its network, opened once with {@link #open}: its {@link
 * NetworkSettings}, a {@link NetworkHttp} client, the {@link Pause} its {@link Limits} set, and the
 * plumbing every adapter applies to its answers. An adapter keeps only what its network does
 * differently: its endpoints, its answer readers and its causes table.
 *
 * <ul>
 *   <li>{@link #send}: trouble is thrown as by {@link NetworkHttp}; a rate limit also pauses the
 *       network (the network's wait, else what its {@link Limits} say), and the trouble thrown then
 *       says until when;
 *   <li>{@link #definitive}: a verdict read from an error answer that must be definitive; a
 *       transient one (a rate limit or outage written in a body) is thrown, pausing likewise;
 *   <li>{@link #classify}: a reported error read with the adapter's reader (see {@link
 *       ErrorReports}); nothing is sent, nothing paused;
 *   <li>{@link #refused}: a dead verdict of a call with no verdict to return, to throw.
 * </ul>
 */
public final class NetworkEdge {

    private static final Logger LOG = Logger.getLogger(NetworkEdge.class.getName());

    private final NetworkSettings settings;
    private final Clock clock;
    private final Limits limits;
    private final Pause pause = new Pause();
    private final NetworkHttp http;

    private NetworkEdge(NetworkSettings settings, Clock clock, Limits limits) {
        this.settings = settings;
        this.clock = clock;
        this.limits = limits;
        this.http =
                new NetworkHttp(
                        name(),
                        settings.timeout(),
                        clock,
                        headers -> pause.atLeast(limits.pauseUntil(headers, clock.instant())));
    }

    /** The edge of the network {@code settings} describe, pausing as {@code limits} say. */
    public static NetworkEdge open(NetworkSettings settings, Clock clock, Limits limits) {
        return new NetworkEdge(settings, clock, limits);
    }

    public NetworkSettings settings() {
        return settings;
    }

    /** The network's display name, for messages. */
    public String name() {
        return settings.network().displayName();
    }

    public Instant now() {
        return clock.instant();
    }

    /** Why the network cannot be used (see {@link NetworkSettings#unavailableReason}), or null. */
    public String unavailableReason() {
        return settings.unavailableReason();
    }

    /**
     * The pause the network's usage and rate limits set, shared by everything that counts calls.
     */
    public Pause pause() {
        return pause;
    }

    /** When the network may be asked again, or null. */
    public Instant pausedUntil() {
        return pause.until(clock);
    }

    /**
     * Sends; trouble is thrown, and a rate limit also pauses the network (see {@link #trouble}).
     */
    public Answer send(HttpRequest.Builder request) {
        try {
            return http.send(request);
        } catch (NetworkTrouble trouble) {
            Verdict.Transient heard = trouble.verdict();
            if (heard.kind() != Kind.RATE_LIMITED) {
                throw trouble;
            }
            throw trouble(heard, trouble.getMessage());
        }
    }

    /**
     * Sends a read that needs a working token: a 200 is read with {@code reader}; an error answer
     * is read with {@code rejection} and thrown, as trouble or as a {@link NetworkRefusal}.
     */
    public <T> T read(
            HttpRequest.Builder request,
            Function<JsonObject, T> reader,
            Function<Answer, Verdict> rejection) {
        Answer answer = send(request);
        if (answer.status() != 200) {
            throw refused(definitive(answer, rejection.apply(answer)));
        }
        return answer.json(reader);
    }

    /**
     * Sends a check: a 200 is read with {@code reader}; an error answer is read with {@code
     * rejection} into a dead verdict, or thrown as trouble.
     */
    public Verdict check(
            HttpRequest.Builder request,
            Function<JsonObject, Verdict> reader,
            Function<Answer, Verdict> rejection) {
        Answer answer = send(request);
        return answer.status() == 200
                ? answer.json(reader)
                : definitive(answer, rejection.apply(answer));
    }

    /** A request with HTTP Basic client authentication, with the app's id and secret. */
    public HttpRequest.Builder asClient(HttpRequest.Builder request) {
        return request.header(
                "Authorization", NetworkHttp.basic(settings.clientId(), settings.clientSecret()));
    }

    /**
     * A dead verdict as it is; a transient one (a rate limit or outage written in a body) is thrown
     * as trouble.
     */
    public Verdict.Dead definitive(Answer answer, Verdict verdict) {
        if (verdict instanceof Verdict.Transient trouble) {
            throw trouble(
                    trouble,
                    answer.call()
                            + " answered "
                            + trouble.rawCode()
                            + ", which says nothing about the token");
        }
        return (Verdict.Dead) verdict;
    }

    /**
     * A transient verdict as the trouble to throw. A rate limit first pauses the network for as
     * long as {@link Limits#resumeAt} says, and the trouble then says until when (and why, and
     * carries the wait when {@link Limits#tellsWait}).
     */
    public NetworkTrouble trouble(Verdict.Transient trouble, String message) {
        Instant now = clock.instant();
        Instant until = heard(trouble);
        if (until == null || !until.isAfter(now)) {
            return new NetworkTrouble(
                    trouble.kind(), trouble.retryAfter(), trouble.rawCode(), message);
        }
        String why = limits.why(trouble);
        String said =
                message
                        + (why == null ? "" : ": " + why)
                        + "; "
                        + name()
                        + " checks pause until "
                        + until;
        LOG.warning(said);
        return new NetworkTrouble(
                trouble.kind(),
                limits.tellsWait() ? Duration.between(now, until) : trouble.retryAfter(),
                trouble.rawCode(),
                said);
    }

    /**
     * Lets a rate limit pause the network (a batch item's, say, as a whole call's would); other
     * verdicts change nothing.
     *
     * @return until when the network is paused for it, or null
     */
    public Instant heard(Verdict verdict) {
        if (!(verdict instanceof Verdict.Transient trouble)
                || trouble.kind() != Kind.RATE_LIMITED) {
            return null;
        }
        Instant until = limits.resumeAt(trouble.retryAfter(), clock.instant(), pausedUntil());
        pause.atLeast(until);
        return until;
    }

    /**
     * What an error a downstream product got says of its token (see {@link Network#classify}): read
     * with {@code reader} as the adapter reads its own error answers; a death of {@code UNKNOWN}
     * cause counts only with a 401 (see {@link ErrorReports#aboutToken}). Nothing is paused.
     */
    public Verdict classify(int status, String body, Function<Answer, Verdict> reader) {
        return ErrorReports.classify(
                name(),
                status,
                body,
                answer -> ErrorReports.aboutToken(status, reader.apply(answer)));
    }

    /**
     * A refusal of a call with no verdict to return (exchange, discovery, revocation), to throw.
     */
    public NetworkRefusal refused(Verdict.Dead dead) {
        return new NetworkRefusal(name(), dead);
    }

    /**
     * Reads an error answer with {@code reader}; an empty body (some gateways send one with a 401)
     * is read as {@code {}}, so that the status alone classifies it.
     */
    public static <T> T errorBody(Answer answer, BiFunction<Integer, JsonObject, T> reader) {
        if (answer.body() == null || answer.body().isBlank()) {
            return reader.apply(answer.status(), JsonObject.EMPTY_JSON_OBJECT);
        }
        return answer.json(error -> reader.apply(answer.status(), error));
    }

    @Override
    public String toString() {
        return "NetworkEdge[" + settings + "]";
    }
}
