package io.relink.reconnect.boundary;

import static io.relink.platform.ApiDefinition.PROBLEM;
import static io.relink.platform.ApiDefinition.PROBLEM_JSON;

import io.relink.channels.control.ChannelQuery;
import io.relink.checks.control.Revocations;
import io.relink.networks.Callback;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import io.relink.networks.Revocation;
import io.relink.platform.ApiDefinition;
import io.relink.platform.ApiExamples;
import io.relink.problems.ProblemException;
import io.relink.reconnect.control.DataDeletions;
import io.relink.reconnect.control.DeletionReceipts;
import io.relink.reconnect.entity.DataDeletion;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Callbacks the networks send on their own: deauthorize callbacks and webhooks that say a person's
 * grant ended. No API key: a network cannot have one. Each callback proves itself with the
 * network's signature instead, which the network's adapter verifies; an unsigned, stale or
 * replayed one is a 400 and changes nothing. A genuine one kills that person's tokens within the
 * request, with the usual events and history.
 *
 * <p>A data-deletion request ({@value Callback#DATA_DELETION}) also erases the person's tokens'
 * secrets, and is answered as Meta requires, {@code {url, confirmation_code}}; that URL (a GET
 * under this path) answers the request's status to anybody who has the unguessable code.
 */
@Path("callbacks/{network}/{kind}")
@Tag(name = ApiDefinition.CALLBACKS)
// An empty requirement: no credentials, overriding the document's global API key (the network signs instead).
@SecurityRequirementsSet
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CallbacksResource {

    private static final Logger LOG = Logger.getLogger(CallbacksResource.class.getName());
    private static final int MAX_BODY = 64 * 1024;

    @Inject Networks networks;
    @Inject Revocations revocations;
    @Inject DataDeletions dataDeletions;

    @POST
    @Operation(operationId = "receiveCallback", summary = "Receive a network's callback",
            description = "Called by the networks, not by integrations; no authentication: the network's signature is checked instead, and "
                    + "an unsigned, stale or replayed callback is a 400 that changes nothing. `deauthorize` (Facebook, Instagram, Threads, "
                    + "SANDBOX: form field `signed_request`) and TikTok's `events` webhook (`TikTok-Signature` header, JSON) kill the person's "
                    + "tokens within the request. `data-deletion` (Meta's data-deletion request) also erases the secrets of all their tokens, "
                    + "in every workspace, and answers `{url, confirmation_code}` as Meta requires. Register these URLs at the networks.")
    @RequestBody(required = true, description = "As the network sends it: a signed form (Meta, SANDBOX) or a signed JSON event (TikTok).",
            content = {
                @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(type = SchemaType.OBJECT,
                        requiredProperties = "signed_request", properties = @SchemaProperty(name = "signed_request", type = SchemaType.STRING,
                                description = "`<signature>.<payload>`, base64url, HMAC-SHA256 with the app's secret.")),
                        examples = @ExampleObject(name = "Facebook deauthorize", value = ApiExamples.SIGNED_REQUEST_FORM)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                        description = "A TikTok webhook event; the `TikTok-Signature` header signs it."),
                        examples = @ExampleObject(name = "TikTok authorization.removed", value = ApiExamples.TIKTOK_EVENT))
            })
    @APIResponse(responseCode = "200", description = "A revocation: how many tokens died. A data-deletion request: where the person "
            + "follows it, and its code.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    properties = {
                        @SchemaProperty(name = "network", type = SchemaType.STRING, description = "Revocations."),
                        @SchemaProperty(name = "tokensRevoked", type = SchemaType.INTEGER, description = "Revocations: tokens that died now."),
                        @SchemaProperty(name = "url", type = SchemaType.STRING, format = "uri", description = "Data deletion: the status URL."),
                        @SchemaProperty(name = "confirmation_code", type = SchemaType.STRING, description = "Data deletion: 32 hex digits.")
                    }),
                    examples = {
                        @ExampleObject(name = "deauthorize", value = ApiExamples.CALLBACK_REVOKED),
                        @ExampleObject(name = "data deletion", value = ApiExamples.DELETION_RECEIPT)}))
    @APIResponse(responseCode = "400", description = "An unknown network, a body over 64 KiB, a malformed form, or not a genuine callback (bad or missing signature, stale, replayed).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "404", description = "The network has no such callback (or no adapter here).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "503", description = "Relink cannot take the callback now (the network's adapter is busy); the network sends it again.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Map<String, Object> receive(@Parameter(description = "The network, lower case as registered there (case-insensitive).", example = "facebook",
                    schema = @Schema(enumeration = {"facebook", "instagram", "threads", "tiktok", "sandbox"}))
            @PathParam("network") String network,
            @Parameter(description = "What the network tells: `deauthorize`, `data-deletion` (Meta's networks), `events` (TikTok).",
                    schema = @Schema(enumeration = {"deauthorize", "data-deletion", "events"}))
            @PathParam("kind") String kind,
            @Context HttpHeaders headers, String body) {
        NetworkType type = ChannelQuery.oneOf("network", network, NetworkType.class);
        if (body != null && body.length() > MAX_BODY) {
            throw ProblemException.badRequest("A callback body may be at most " + MAX_BODY + " characters.");
        }
        Callback callback = new Callback(kind, lowerCase(headers), body == null ? "" : body, form(headers, body));
        Revocation revocation;
        try {
            revocation = networks.of(type).callback(callback);
        } catch (Networks.NetworkUnavailable | UnsupportedOperationException notHere) {
            throw ProblemException.notFound("callback", type.displayName() + " " + kind);
        } catch (FaultToleranceException busy) {
            // The adapter's bulkhead or circuit breaker said no: the network will send it again.
            throw ProblemException.unavailable("Relink cannot take this callback now; send it again later.");
        } catch (IllegalArgumentException forged) {
            LOG.warning(() -> "Refused a " + type.displayName() + " " + kind + " callback: " + forged.getMessage());
            throw ProblemException.badRequest("Not a genuine " + type.displayName() + " callback: " + forged.getMessage());
        }
        if (revocation != null && revocation.erasure()) {
            DeletionReceipts.Receipt receipt = dataDeletions.requested(type, revocation);
            return Map.of("url", receipt.url().toString(), "confirmation_code", receipt.confirmationCode());
        }
        int died = revocation == null ? 0 : revocations.revoked(type, revocation);
        return Map.of("network", type.name(), "tokensRevoked", died);
    }

    /** The status of a data-deletion request: the URL its receipt gave. */
    @GET
    @Path("{code}")
    @Operation(operationId = "getDataDeletionStatus", summary = "Follow a data-deletion request",
            description = "The status URL a data-deletion receipt gave, for the person and the network: no authentication, the 128-bit "
                    + "confirmation code is the secret. The erasure happens within the callback, so a known request is `COMPLETED`.")
    @APIResponse(responseCode = "200", description = "The request's status.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, properties = {
                @SchemaProperty(name = "confirmation_code", type = SchemaType.STRING),
                @SchemaProperty(name = "status", type = SchemaType.STRING, example = "COMPLETED"),
                @SchemaProperty(name = "tokensErased", type = SchemaType.INTEGER),
                @SchemaProperty(name = "requestedAt", type = SchemaType.STRING, format = "date-time"),
                @SchemaProperty(name = "completedAt", type = SchemaType.STRING, format = "date-time")
            }), examples = @ExampleObject(name = "completed", value = ApiExamples.DELETION_STATUS)))
    @APIResponse(responseCode = "400", description = "An unknown network.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "404", description = "No data-deletion request of this network has this code (or `kind` is not `data-deletion`).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Map<String, Object> deletionStatus(@Parameter(description = "The network, lower case as registered there (case-insensitive).", example = "facebook",
                    schema = @Schema(enumeration = {"facebook", "instagram", "threads", "tiktok", "sandbox"}))
            @PathParam("network") String network,
            @Parameter(description = "Always `data-deletion`.", schema = @Schema(enumeration = "data-deletion")) @PathParam("kind") String kind,
            @Parameter(description = "The confirmation code the receipt gave.", example = "7d1e9f0a2b3c4d5e6f708192a3b4c5d6")
            @PathParam("code") String code) {
        NetworkType type = ChannelQuery.oneOf("network", network, NetworkType.class);
        Optional<DataDeletion> found = Callback.DATA_DELETION.equals(kind) ? dataDeletions.status(type, code) : Optional.empty();
        DataDeletion deletion = found.orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                "No " + type.displayName() + " data-deletion request has this confirmation code.", Map.of()));
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("confirmation_code", deletion.confirmationCode());
        status.put("status", deletion.status().name());
        status.put("tokensErased", deletion.tokensErased());
        status.put("requestedAt", deletion.requestedAt());
        status.put("completedAt", deletion.completedAt());
        return status;
    }

    private static Map<String, String> lowerCase(HttpHeaders headers) {
        Map<String, String> lower = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
        return lower;
    }

    private static Map<String, String> form(HttpHeaders headers, String body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || headers.getMediaType() == null || !headers.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return fields;
        }
        try {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.badRequest("The callback's form is not URL-encoded properly.");
        }
        return fields;
    }
}
