package io.relink.channels.boundary;

import static io.relink.platform.ApiDefinition.FORBIDDEN;
import static io.relink.platform.ApiDefinition.PROBLEM;
import static io.relink.platform.ApiDefinition.PROBLEM_JSON;
import static io.relink.platform.ApiDefinition.UNAUTHORIZED;

import io.relink.audit.control.History;
import io.relink.channels.control.ChannelQuery;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.Preflight;
import io.relink.channels.control.PreflightView;
import io.relink.platform.ApiDefinition;
import io.relink.platform.ApiExamples;
import io.relink.problems.Ids;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The channels of the caller's workspace, with their derived state explained, their history,
 * "check now", and the preflight question "will it still work at time T?".
 * Parameters arrive as text and are validated by {@link ChannelQuery}, so that a bad number or an
 * unknown state is a 400 that names the parameter (JAX-RS itself would answer 404).
 */
@Path("channels")
@Tag(name = ApiDefinition.CHANNELS)
@RequestScoped
@RolesAllowed(Scope.CHANNELS_READ)
@Produces(MediaType.APPLICATION_JSON)
public class ChannelsResource {

    @Inject Caller caller;
    @Inject ChannelStore channels;
    @Inject History history;
    @Context UriInfo uri;
    @Inject Clock clock;

    @GET
    @Operation(operationId = "listChannels", summary = "List the channels",
            description = "A page of the workspace's channels, each with its derived state, the cause in plain words, the next step and its "
                    + "tokens (never a secret). Unlinked channels are left out unless asked for with `state=UNLINKED`. Scope `channels:read`.")
    @APIResponse(responseCode = "200", description = "A page of channels.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChannelView.Page.class), examples = @ExampleObject(name = "one disconnected channel",
                    value = ApiExamples.CHANNEL_PAGE)))
    @APIResponse(responseCode = "400", description = "A bad `page` or `size`, an unknown `state` or `network`, or `q` over 200 characters.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM),
                    examples = @ExampleObject(name = "unknown state", value = ApiExamples.PROBLEM_INVALID_PARAMETER)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    public ChannelView.Page list(
            @Parameter(description = "The page, from 1.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Channels per page, 1 to 200.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("size") String size,
            @Parameter(description = "Only channels in this state (case-insensitive); `UNLINKED` shows the unlinked ones.",
                    schema = @Schema(enumeration = {"CONNECTED", "EXPIRING", "DEGRADED", "DISCONNECTED", "UNVERIFIED", "UNLINKED"}))
            @QueryParam("state") String state,
            @Parameter(description = "Only channels on this network (case-insensitive).",
                    schema = @Schema(enumeration = {"FACEBOOK", "INSTAGRAM", "LINKEDIN", "X", "YOUTUBE", "TIKTOK", "PINTEREST", "THREADS", "SANDBOX"}))
            @QueryParam("network") String network,
            @Parameter(description = "Text in the channel's name or network id, at most 200 characters.", example = "bakery")
            @QueryParam("q") String q) {
        return channels.list(caller.workspaceId(), ChannelQuery.parse(page, size, state, network, q));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getChannel", summary = "Read a channel",
            description = "The channel with its state derived now from its tokens, why it is in that state and who must do what. "
                    + "Scope `channels:read`.")
    @APIResponse(responseCode = "200", description = "The channel.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChannelView.class), examples = {
                @ExampleObject(name = "disconnected: password changed", value = ApiExamples.CHANNEL_DISCONNECTED),
                @ExampleObject(name = "connected", value = ApiExamples.CHANNEL_CONNECTED)}))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace (unknown, malformed, or another workspace's id).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public ChannelView one(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id) {
        return channels.view(caller.workspaceId(), channelId(id));
    }

    /** The channel's history: checks that changed something and people's actions, newest first. */
    @GET
    @Path("{id}/history")
    @Operation(operationId = "getChannelHistory", summary = "Read a channel's history",
            description = "What happened to the channel, newest first: deaths and recoveries of tokens, state changes, renewals, warnings, "
                    + "checks and credential reads asked for, failure reports, reconnect links, unlinking. Routine checks that change nothing "
                    + "are only counted (each token's `checks`). Scope `channels:read`.")
    @APIResponse(responseCode = "200", description = "A page of the history.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = History.Page.class), examples = @ExampleObject(name = "a reported failure",
                    value = ApiExamples.HISTORY_PAGE)))
    @APIResponse(responseCode = "400", description = "A bad `page` or `size`.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace (unknown, malformed, or another workspace's id).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public History.Page history(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id,
            @Parameter(description = "The page, from 1.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Entries per page, 1 to 200.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("size") String size) {
        UUID channel = channelId(id);
        channels.view(caller.workspaceId(), channel);
        return history.of(caller.workspaceId(), channel, ChannelQuery.whole("page", page, 1, 1, Integer.MAX_VALUE),
                ChannelQuery.whole("size", size, ChannelQuery.DEFAULT_SIZE, 1, ChannelQuery.MAX_SIZE));
    }

    /**
     * Will the channel still work at {@code at} (ISO-8601; absent: now)? Asked by downstream
     * products before they schedule; see {@link Preflight}.
     */
    @GET
    @Path("{id}/preflight")
    @RolesAllowed(Scope.CHANNELS_READ)
    @Tag(name = ApiDefinition.INTEGRATION)
    @Operation(operationId = "preflightChannel", summary = "Will the channel still work at a given time?",
            description = "For products that schedule: whether the channel will still work at `at`, and why, in plain words. A channel that "
                    + "does not work now will not work then; otherwise each working token lasts until its lapse (its access token's end, or "
                    + "its refresh token's when Relink renews it, and no later than Facebook's or Instagram's data-access window). One token "
                    + "lasting is enough. Deaths nobody can foresee (a changed password) are not predicted. Scope `channels:read`.")
    @APIResponse(responseCode = "200", description = "The answer.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreflightView.class), examples = @ExampleObject(name = "lapses before then",
                    value = ApiExamples.PREFLIGHT)))
    @APIResponse(responseCode = "400", description = "`at` is not an ISO-8601 instant, or lies more than a minute in the past.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace (unknown, malformed, or another workspace's id).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public PreflightView preflight(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id,
            @Parameter(description = "The moment asked about, ISO-8601 (`Z`, or an offset with its `+` written `%2B`); absent: now.",
                    example = "2026-12-01T09:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("at") String at) {
        UUID channel = channelId(id);
        return channels.preflight(caller.workspaceId(), channel, Preflight.moment(at, clock.instant()));
    }

    /** A malformed id names no channel: 404, like an unknown one. */
    public static UUID channelId(String raw) {
        return Ids.of(raw, "channel");
    }
}
