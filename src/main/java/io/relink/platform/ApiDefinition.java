package io.relink.platform;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The frame of the OpenAPI document Payara serves at {@code /openapi} (MicroProfile OpenAPI): what
 * the API is, how callers authenticate, the tags operations are grouped by, and what every
 * operation shares: the RFC 9457 {@value #PROBLEM} schema and the refusals any secured endpoint can
 * answer. Each resource method describes itself ({@code @Operation}, {@code @APIResponse}s);
 * {@code ApiDocumentationTest} keeps any from being left out. The class only carries
 * annotations and the names the resources refer to.
 *
 * <p>The server is {@code /}: the document's paths already start with {@code /api/v1} (Payara
 * prefixes each resource with its application's path), and a relative server keeps "Try it out"
 * on the origin the page was loaded from. Without it Payara would name the machine's canonical host
 * name, which a browser behind a proxy cannot reach.
 */
@OpenAPIDefinition(
        info = @Info(title = "Relink API", version = "1.0.0", description = ApiDefinition.DESCRIPTION),
        servers = @Server(url = "/", description = "This Relink server"),
        // Either scheme will do: one requirement per alternative.
        security = {@SecurityRequirement(name = ApiDefinition.API_KEY), @SecurityRequirement(name = ApiDefinition.MEMBER)},
        tags = {
            @Tag(name = ApiDefinition.CHANNELS, description = "The workspace's channels: state explained, history, check now, reconnect, "
                    + "tokens, unlink, delegated reconnect links."),
            @Tag(name = ApiDefinition.IDENTITIES, description = "The people whose grants the channels hang on, and what their loss would cost."),
            @Tag(name = ApiDefinition.CONNECTIONS, description = "Connecting a new identity, and following any authorization flow Relink started."),
            @Tag(name = ApiDefinition.INTEGRATION, description = "For downstream products: read a channel's credential, report a network's "
                    + "refusal, ask whether a channel will still work at a given time."),
            @Tag(name = ApiDefinition.SUMMARY, description = "The workspace in numbers."),
            @Tag(name = ApiDefinition.API_KEYS, description = "The workspace's API keys (owners only)."),
            @Tag(name = ApiDefinition.CALLBACKS, description = "What the networks send on their own: deauthorize callbacks, data-deletion "
                    + "requests, webhooks. No API key: each is signed by its network.")
        },
        components = @Components(
                schemas = @Schema(name = ApiDefinition.PROBLEM, type = SchemaType.OBJECT, requiredProperties = {"type", "title", "status"},
                        description = "An RFC 9457 problem document (`application/problem+json`): every error of the API.",
                        properties = {
                            @SchemaProperty(name = "type", type = SchemaType.STRING, example = "urn:relink:problem:not-found",
                                    description = "`urn:relink:problem:<kind>`: invalid-parameter, invalid-request, malformed-body, unauthorized, "
                                            + "forbidden, not-found, conflict, no-working-token, too-large, unavailable, internal-error, or the "
                                            + "HTTP reason of a status the framework answered (unsupported-media-type, method-not-allowed)."),
                            @SchemaProperty(name = "title", type = SchemaType.STRING, example = "Not found", description = "Short, the same for every problem of a type."),
                            @SchemaProperty(name = "status", type = SchemaType.INTEGER, example = "404", description = "The HTTP status."),
                            @SchemaProperty(name = "detail", type = SchemaType.STRING, description = "What was wrong and what to do, in plain words."),
                            @SchemaProperty(name = "instance", type = SchemaType.STRING, example = "/api/v1/channels/8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90",
                                    description = "The path of the request."),
                            @SchemaProperty(name = "parameter", type = SchemaType.STRING, example = "state",
                                    description = "For `invalid-parameter`: the query parameter or body field that was refused."),
                            @SchemaProperty(name = "state", type = SchemaType.STRING, example = "DISCONNECTED",
                                    description = "For `no-working-token`: the channel's state."),
                            @SchemaProperty(name = "cause", type = SchemaType.STRING, example = "PASSWORD_CHANGED",
                                    description = "For `no-working-token`: why the channel's tokens died, when known."),
                            @SchemaProperty(name = "incident", type = SchemaType.STRING,
                                    description = "For `internal-error`: the id under which the failure is in the server log.")
                        }),
                responses = {
                    @APIResponse(name = ApiDefinition.UNAUTHORIZED, description = "No API key or member credentials, or unknown or revoked ones.",
                            content = @Content(mediaType = ApiDefinition.PROBLEM_JSON, schema = @Schema(ref = ApiDefinition.PROBLEM),
                                    examples = @ExampleObject(name = "unknown key", value = ApiExamples.PROBLEM_UNAUTHORIZED))),
                    @APIResponse(name = ApiDefinition.FORBIDDEN, description = "The key or member lacks the scope this needs; the detail names it.",
                            content = @Content(mediaType = ApiDefinition.PROBLEM_JSON, schema = @Schema(ref = ApiDefinition.PROBLEM),
                                    examples = @ExampleObject(name = "missing scope", value = ApiExamples.PROBLEM_FORBIDDEN))),
                    @APIResponse(name = ApiDefinition.TOO_LARGE, description = "The body is over 64 KiB.",
                            content = @Content(mediaType = ApiDefinition.PROBLEM_JSON, schema = @Schema(ref = ApiDefinition.PROBLEM),
                                    examples = @ExampleObject(name = "too large", value = ApiExamples.PROBLEM_TOO_LARGE))),
                    @APIResponse(name = ApiDefinition.UNSUPPORTED_MEDIA_TYPE, description = "The body was not sent as `application/json`.",
                            content = @Content(mediaType = ApiDefinition.PROBLEM_JSON, schema = @Schema(ref = ApiDefinition.PROBLEM),
                                    examples = @ExampleObject(name = "not JSON", value = ApiExamples.PROBLEM_UNSUPPORTED_MEDIA_TYPE)))
                }))
@SecurityScheme(securitySchemeName = ApiDefinition.API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "rk_…",
        description = "A workspace API key: `Authorization: Bearer rk_…`. Owners create keys with `POST /api/v1/api-keys` (demo mode also "
                + "prints one at the first start); a key is shown once and stored only as a hash. Its scopes decide what it may call.")
@SecurityScheme(securitySchemeName = ApiDefinition.MEMBER, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A member's e-mail address and password, for scripts a person runs. The member's role grants the scopes: OWNER "
                + "channels:read, channels:write and admin; ADMIN channels:read and channels:write; VIEWER channels:read. No role grants "
                + "credentials:read: reading a token is for integrations' keys.")
public final class ApiDefinition {

    static final String DESCRIPTION = """
            Relink is the connection center for social channel tokens. It holds the OAuth access tokens people granted on \
            Facebook, Instagram, LinkedIn, X, YouTube, TikTok, Pinterest and Threads (sealed at rest), derives each channel's \
            state from them (`CONNECTED`, `EXPIRING`, `DEGRADED`, `DISCONNECTED`, `UNVERIFIED`, `UNLINKED`), says why a channel \
            is down and who must do what, and lets integrations read working credentials and report failures.

            **Authentication.** Send a workspace API key as `Authorization: Bearer rk_…` (scheme `apiKey`). A key carries \
            scopes, and each operation names the one it needs: `channels:read`, `channels:write`, `credentials:read` or \
            `admin`. Scripts run by a person may use the member's e-mail and password instead (scheme `member`, HTTP basic). \
            Only the networks' callbacks need neither: their networks sign them. A missing, unknown or revoked key is a 401; \
            a key without the scope is a 403 naming it. Workspaces never see each other: another workspace's id is a 404.

            **Answers.** JSON; every instant is UTC, ISO-8601; absent values are `null`, so every answer has the same fields. \
            No answer contains a token secret, except the credential read. Lists are paged with `page` (from 1) and `size` \
            (1–200, default 50) and answer `{items, page, size, totalItems, totalPages}`. Enum parameters are case-insensitive.

            **Errors** are `application/problem+json` (RFC 9457) with `type` `urn:relink:problem:<kind>`, `title`, `status`, \
            `detail` and, for a refused parameter or body field, `parameter`. Bad input changes nothing.
            """;

    /** The media type of every error. */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** Component names the resources refer to. */
    public static final String PROBLEM = "Problem";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String TOO_LARGE = "TooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String API_KEY = "apiKey";
    public static final String MEMBER = "member";

    /** Tags: one per part of the API a reader looks for. */
    public static final String CHANNELS = "Channels";
    public static final String IDENTITIES = "Identities";
    public static final String CONNECTIONS = "Connections";
    public static final String INTEGRATION = "Integration";
    public static final String SUMMARY = "Summary";
    public static final String API_KEYS = "API keys";
    public static final String CALLBACKS = "Callbacks";

    private ApiDefinition() {}
}
