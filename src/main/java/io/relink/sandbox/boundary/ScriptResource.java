package io.relink.sandbox.boundary;

import io.relink.sandbox.control.AccountBook;
import io.relink.sandbox.control.AccountScripts;
import io.relink.sandbox.control.Answers;
import io.relink.sandbox.control.Deauthorizer;
import io.relink.sandbox.control.SandboxAccounts;
import io.relink.sandbox.control.SandboxOutages;
import io.relink.sandbox.control.SandboxStats;
import io.relink.sandbox.control.ScriptInput;
import io.relink.sandbox.entity.Outage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The scripting API: decides the fate of accounts and of the whole network, for demos and tests. No
 * authentication, by design: the network exists only when {@code relink.sandbox.enabled}. Outages
 * never touch it, or a test could not end the outage it started. Each call answers the account's
 * state afterwards.
 */
@Path("script")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScriptResource {

    /** The scripts that take nothing but the account, by the last segment of their path. */
    static final Map<String, BiFunction<AccountScripts, String, JsonObject>> FATES =
            Map.of(
                    "password-change", AccountScripts::passwordChange,
                    "revoke-app", AccountScripts::revokeApp,
                    "checkpoint", AccountScripts::checkpoint,
                    "disable", AccountScripts::disable,
                    "restore", AccountScripts::restore);

    @Inject SandboxAccounts accounts;
    @Inject AccountBook book;
    @Inject AccountScripts scripts;
    @Inject SandboxOutages outages;
    @Inject SandboxStats stats;
    @Inject Deauthorizer deauthorizer;
    @Inject Clock clock;

    @GET
    @Path("accounts")
    public Response accounts() {
        return Replies.ok(Json.createObjectBuilder().add("accounts", book.views()).build());
    }

    @PUT
    @Path("accounts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response upsert(@PathParam("id") String id, String body) {
        ScriptInput.AccountBody account = ScriptInput.account(body);
        accounts.upsert(id, account.name(), account.pages());
        return Replies.ok(book.view(id));
    }

    /**
     * One of {@link #FATES}; the path names them all, so that any other segment stays a 404 as
     * before.
     */
    @POST
    @Path("accounts/{id}/{fate: password-change|revoke-app|checkpoint|disable|restore}")
    public Response fate(@PathParam("id") String id, @PathParam("fate") String fate) {
        return Replies.ok(FATES.get(fate).apply(scripts, id));
    }

    /** Revoke the app, then tell Relink's callback; the answer says what the callback answered. */
    @POST
    @Path("accounts/{id}/deauthorize")
    public Response deauthorize(@PathParam("id") String id) {
        JsonObject account = scripts.revokeApp(id);
        Deauthorizer.Callback callback = deauthorizer.notify(id);
        return Replies.ok(
                Json.createObjectBuilder()
                        .add("account", account)
                        .add(
                                "callback",
                                Json.createObjectBuilder()
                                        .add(
                                                "url",
                                                callback.url() == null
                                                        ? JsonValue.NULL
                                                        : Json.createValue(callback.url()))
                                        .add("reached", callback.status() != null)
                                        .add(
                                                "status",
                                                callback.status() == null
                                                        ? JsonValue.NULL
                                                        : Json.createValue(callback.status()))
                                        .add(
                                                "error",
                                                callback.error() == null
                                                        ? JsonValue.NULL
                                                        : Json.createValue(callback.error())))
                        .build());
    }

    @POST
    @Path("accounts/{id}/pages/{page}/lose-admin")
    public Response loseAdmin(@PathParam("id") String id, @PathParam("page") String page) {
        return Replies.ok(scripts.loseAdmin(id, page));
    }

    @POST
    @Path("accounts/{id}/withdraw-scope")
    public Response withdrawScope(@PathParam("id") String id, @QueryParam("scope") String scope) {
        return Replies.ok(scripts.withdrawScope(id, scope));
    }

    @POST
    @Path("accounts/{id}/lifespan")
    public Response lifespan(@PathParam("id") String id, @QueryParam("seconds") String seconds) {
        return Replies.ok(
                scripts.lifespan(
                        id, ScriptInput.seconds(seconds, ScriptInput.MAX_LIFESPAN_SECONDS)));
    }

    @POST
    @Path("accounts/{id}/outage")
    public Response outage(
            @PathParam("id") String id,
            @QueryParam("kind") String kind,
            @QueryParam("seconds") String seconds) {
        return Replies.ok(
                scripts.outage(
                        id,
                        ScriptInput.kind(kind),
                        ScriptInput.seconds(seconds, ScriptInput.MAX_OUTAGE_SECONDS)));
    }

    @DELETE
    @Path("accounts/{id}/outage")
    public Response endOutage(@PathParam("id") String id) {
        return Replies.ok(scripts.endOutage(id));
    }

    /** A token pair without the consent page; the answer has the token endpoint's shape. */
    @POST
    @Path("accounts/{id}/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response tokens(@PathParam("id") String id, String body) {
        SandboxAccounts.Issued issued = accounts.issue(id, ScriptInput.scopes(body));
        return Replies.ok(Answers.token(issued, id, clock.instant()));
    }

    @POST
    @Path("outage")
    public Response globalOutage(
            @QueryParam("kind") String kind, @QueryParam("seconds") String seconds) {
        outages.start(
                Outage.GLOBAL,
                ScriptInput.kind(kind),
                ScriptInput.seconds(seconds, ScriptInput.MAX_OUTAGE_SECONDS));
        return globalOutage();
    }

    @DELETE
    @Path("outage")
    public Response endGlobalOutage() {
        outages.end(Outage.GLOBAL);
        return globalOutage();
    }

    @GET
    @Path("stats")
    public Response stats() {
        return Replies.ok(stats.read());
    }

    /**
     * {@code {"outage":{"kind":…,"ends_at":…}}}, or {@code {"outage":null}} when the network is up.
     */
    private Response globalOutage() {
        return Replies.ok(
                Json.createObjectBuilder()
                        .add("outage", Answers.outage(outages.running(Outage.GLOBAL)))
                        .build());
    }
}
