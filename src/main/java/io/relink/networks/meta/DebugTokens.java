package io.relink.networks.meta;

import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.NetworkSettings;
import io.relink.networks.Probe;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inspects Facebook Login tokens with {@code GET /debug_token}, authenticated as Relink's app
 * ({@code {app-id}|{app-secret}}): side-effect free, and it tells expiry, data-access expiry,
 * scopes and the reason of a death. Many tokens go in one Graph batch request ({@code POST} to the
 * base URL with {@code batch=[…]}, at most {@value #BATCH_LIMIT} operations), where each item has
 * its own status and body.
 *
 * <p>The app token travels in the query or form, as Meta documents; neither is ever logged ({@link
 * NetworkHttp} names only method and path).
 */
public final class DebugTokens {

    /** Meta's limit of operations in one batch request. */
    public static final int BATCH_LIMIT = 50;

    private final NetworkSettings settings;
    private final GraphEdge edge;
    private final String targetPrefix;

    /**
     * @param targetPrefix see {@link DebugToken#read}: {@code pages_} for Pages, null to skip
     */
    public DebugTokens(NetworkSettings settings, GraphEdge edge, String targetPrefix) {
        this.settings = settings;
        this.edge = edge;
        this.targetPrefix = targetPrefix;
    }

    /** One token's verdict; trouble is thrown. */
    public Verdict inspect(Probe probe) {
        Answer answer = ask(probe.accessToken());
        if (answer.status() != 200) {
            return edge.appRejection(answer);
        }
        Verdict verdict =
                answer.json(
                        body ->
                                DebugToken.read(
                                        body, probe.channelExternalId(), targetPrefix, edge.now()));
        return verdict instanceof Verdict.Transient trouble
                ? edge.definitive(answer, trouble)
                : verdict;
    }

    /**
     * The whole {@code debug_token} answer of a token just granted (for its user, scopes and
     * expiry); a refused app or token is thrown as a refusal.
     */
    public JsonObject describe(String accessToken) {
        Answer answer = ask(accessToken);
        if (answer.status() != 200) {
            throw edge.refusal(edge.appRejection(answer));
        }
        JsonObject body = answer.json(object -> object);
        Verdict verdict = answer.json(object -> DebugToken.read(object, null, null, edge.now()));
        if (!(verdict instanceof Verdict.Valid)) {
            throw edge.refusal(edge.definitive(answer, verdict));
        }
        return body;
    }

    /** Up to {@value #BATCH_LIMIT} tokens in ONE request; one verdict per probe, in order. */
    public List<Verdict> inspectAll(List<Probe> probes) {
        if (probes.size() > BATCH_LIMIT) {
            throw new IllegalArgumentException(
                    probes.size() + " probes; a Graph batch takes at most " + BATCH_LIMIT);
        }
        if (probes.isEmpty()) {
            return List.of();
        }
        JsonArrayBuilder batch = NetworkHttp.json().createArrayBuilder();
        for (Probe probe : probes) {
            batch.add(
                    NetworkHttp.json()
                            .createObjectBuilder()
                            .add("method", "GET")
                            .add(
                                    "relative_url",
                                    "debug_token?"
                                            + NetworkHttp.encode(
                                                    "input_token", probe.accessToken())));
        }
        Answer answer =
                edge.send(
                        NetworkHttp.postForm(
                                settings.baseUrl(),
                                "access_token",
                                appToken(),
                                "include_headers",
                                "false",
                                "batch",
                                batch.build().toString()));
        if (answer.status() != 200) {
            // The batch itself was refused (Relink's app token): the same verdict for every token.
            return Collections.nCopies(probes.size(), edge.appRejection(answer));
        }
        return edge.readArray(
                answer,
                items -> {
                    if (items.size() != probes.size()) {
                        throw new IllegalStateException(
                                items.size() + " items for " + probes.size() + " probes");
                    }
                    List<Verdict> verdicts = new ArrayList<>(probes.size());
                    for (int i = 0; i < probes.size(); i++) {
                        verdicts.add(edge.noteTrouble(item(items.get(i), probes.get(i))));
                    }
                    return verdicts;
                });
    }

    /** Relink's app token: app id and secret joined by a bar. Never logged. */
    public String appToken() {
        return settings.clientId() + "|" + settings.clientSecret();
    }

    private Answer ask(String accessToken) {
        return edge.get(
                settings.baseUrl().resolve("debug_token"),
                "input_token",
                accessToken,
                "access_token",
                appToken());
    }

    /**
     * One item of a batch answer: {@code {"code":200,"body":"<json text>"}}; {@code null} when Meta
     * gave up on that operation in time [D], which is a timeout for that token only.
     */
    private Verdict item(JsonValue value, Probe probe) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return new Verdict.Transient(Kind.TIMEOUT, null, "batch-item");
        }
        return NetworkHttp.item(
                value,
                item -> {
                    int status = item.getInt("code");
                    Kind trouble = NetworkHttp.troubleOf(status);
                    if (trouble != null) {
                        return new Verdict.Transient(trouble, null, String.valueOf(status));
                    }
                    JsonObject body;
                    try (JsonReader reader =
                            Json.createReader(new StringReader(item.getString("body")))) {
                        body = reader.readObject();
                    }
                    return status == 200
                            ? DebugToken.read(
                                    body, probe.channelExternalId(), targetPrefix, edge.now())
                            : GraphCauses.ofAppToken(GraphError.in(body), edge.now());
                });
    }
}
