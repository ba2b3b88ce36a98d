package io.relink.webhooks.boundary;

import io.relink.channels.control.ChannelQuery;
import io.relink.platform.Page;
import io.relink.problems.Ids;
import io.relink.problems.JsonBody;
import io.relink.problems.ProblemException;
import io.relink.webhooks.control.Deliveries;
import io.relink.webhooks.control.Subscriptions;
import io.relink.webhooks.entity.Attempt;
import io.relink.webhooks.entity.Delivery;
import io.relink.webhooks.entity.EventType;
import io.relink.webhooks.entity.Subscription;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The workspace's webhooks, for owners and keys with {@code admin}: subscriptions (the secret is
 * shown once, when made or rotated), their deliveries with every attempt, a test event, and
 * redelivery.
 */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.ADMIN)
public class WebhooksResource {

    @Inject Caller caller;
    @Inject Subscriptions subscriptions;
    @Inject Deliveries deliveries;
    @Context UriInfo uri;

    @GET
    public List<WebhookView> list() {
        return subscriptions.of(caller.workspaceId()).stream().map(WebhookView::of).toList();
    }

    /** {@code {"url": "https://…", "events": ["channel.lost", "channel.recovered"]}} */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonBody json = JsonBody.of(body, Set.of("url", "events"));
        Subscriptions.WithSecret made =
                subscriptions.create(
                        caller.workspaceId(),
                        json.requiredText("url", 2000),
                        events(json).orElseThrow(() -> JsonBody.missing("events")),
                        caller.actor());
        return withSecret(made, Response.Status.CREATED);
    }

    @GET
    @Path("{id}")
    public WebhookView one(@PathParam("id") String id) {
        return WebhookView.of(subscriptions.get(caller.workspaceId(), webhookId(id)));
    }

    /** Any of {@code url}, {@code events}, {@code enabled}. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WebhookView change(@PathParam("id") String id, String body) {
        JsonBody json = JsonBody.of(body, Set.of("url", "events", "enabled"));
        return WebhookView.of(
                subscriptions.change(
                        caller.workspaceId(),
                        webhookId(id),
                        json.text("url", 2000).orElse(null),
                        events(json).orElse(null),
                        json.flag("enabled").orElse(null)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(caller.workspaceId(), webhookId(id));
        return Response.noContent().build();
    }

    /** A new secret, shown once; the old one keeps signing for a while (both signatures sent). */
    @POST
    @Path("{id}/rotate-secret")
    public Response rotate(@PathParam("id") String id) {
        return withSecret(
                subscriptions.rotate(caller.workspaceId(), webhookId(id)), Response.Status.OK);
    }

    @GET
    @Path("{id}/deliveries")
    public Page<DeliveryView> deliveries(
            @PathParam("id") String id,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Page<Delivery> found =
                deliveries.of(
                        caller.workspaceId(),
                        webhookId(id),
                        ChannelQuery.whole("page", page, 1, 1, Integer.MAX_VALUE),
                        ChannelQuery.whole(
                                "size", size, ChannelQuery.DEFAULT_SIZE, 1, ChannelQuery.MAX_SIZE));
        Map<UUID, List<Attempt>> attempts =
                deliveries.attempts(found.items().stream().map(Delivery::id).toList()).stream()
                        .collect(Collectors.groupingBy(Attempt::deliveryId));
        return found.map(d -> DeliveryView.of(d, attempts.getOrDefault(d.id(), List.of())));
    }

    /** Sends a {@code webhook.test} event to this webhook at the relay's next tick. */
    @POST
    @Path("{id}/test")
    public Response test(@PathParam("id") String id) {
        deliveries.test(caller.workspaceId(), webhookId(id));
        return Response.accepted(Map.of("queued", true)).build();
    }

    @POST
    @Path("{id}/deliveries/{delivery}/redeliver")
    public Response redeliver(@PathParam("id") String id, @PathParam("delivery") String delivery) {
        Delivery again =
                deliveries.redeliver(
                        caller.workspaceId(), webhookId(id), Ids.of(delivery, "delivery"));
        return Response.accepted(DeliveryView.of(again, List.of())).build();
    }

    private static java.util.Optional<Set<EventType>> events(JsonBody json) {
        if (!json.has("events")) {
            return java.util.Optional.empty();
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String key : json.texts("events", EventType.values().length, 40)) {
            types.add(
                    EventType.of(key)
                            .orElseThrow(
                                    () ->
                                            ProblemException.invalidParameter(
                                                    "events",
                                                    "Unknown event type '"
                                                            + key
                                                            + "'; the types are "
                                                            + String.join(
                                                                    ", ",
                                                                    EnumSet.complementOf(
                                                                                    EnumSet.of(
                                                                                            EventType
                                                                                                    .WEBHOOK_TEST))
                                                                            .stream()
                                                                            .map(EventType::key)
                                                                            .toList())
                                                            + ".")));
        }
        return java.util.Optional.of(types);
    }

    private Response withSecret(Subscriptions.WithSecret made, Response.Status status) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        Response.ResponseBuilder answer =
                status == Response.Status.CREATED
                        ? Response.created(
                                uri.getBaseUriBuilder()
                                        .path("webhooks")
                                        .path(made.subscription().id().toString())
                                        .build())
                        : Response.ok();
        return answer.cacheControl(noStore)
                .entity(new Created(WebhookView.of(made.subscription()), made.secret()))
                .build();
    }

    private static UUID webhookId(String id) {
        return Ids.of(id, "webhook");
    }

    /** A subscription as listed: never its secret. */
    public record WebhookView(
            UUID id,
            String url,
            List<String> events,
            boolean enabled,
            String disabledReason,
            String createdBy,
            Instant createdAt,
            Instant previousSecretUntil) {
        static WebhookView of(Subscription s) {
            return new WebhookView(
                    s.id(),
                    s.url(),
                    s.types().stream().map(EventType::key).toList(),
                    s.enabled(),
                    s.disabledReason(),
                    s.createdBy(),
                    s.createdAt(),
                    s.previousUntil());
        }
    }

    /** The answer that makes a subscription or rotates its secret: the only time it is shown. */
    public record Created(WebhookView webhook, String secret) {}

    /** One delivery and its attempts. */
    public record DeliveryView(
            UUID id,
            String webhookId,
            String type,
            Instant occurredAt,
            String status,
            int attempts,
            Instant nextAttemptAt,
            Instant deliveredAt,
            List<AttemptView> tries) {
        static DeliveryView of(Delivery d, List<Attempt> attempts) {
            return new DeliveryView(
                    d.id(),
                    d.event().messageId(),
                    d.event().type().key(),
                    d.event().occurredAt(),
                    d.status().name(),
                    d.attempts(),
                    d.nextAttemptAt(),
                    d.deliveredAt(),
                    attempts.stream().map(AttemptView::of).toList());
        }
    }

    /** One attempt: what the receiver answered (the first KiB), or why it could not be asked. */
    public record AttemptView(
            Instant at, Integer status, int latencyMillis, String answer, String error) {
        static AttemptView of(Attempt a) {
            return new AttemptView(
                    a.attemptedAt(), a.statusCode(), a.latencyMillis(), a.answer(), a.error());
        }
    }
}
