package io.relink.platform;

/**
 * The example bodies of the OpenAPI document (see {@link ApiDefinition}): realistic requests and
 * answers, kept here so that the resources' annotations stay readable. One story runs through
 * them: Jane Doe changed her Facebook password, so "Bakery Berlin" is {@code DISCONNECTED}; a
 * publisher reads credentials and reports failures; an admin reconnects. Every constant is JSON
 * (a unit test parses each), except the form of a signed callback.
 */
public final class ApiExamples {

    public static final String CHANNEL_DISCONNECTED = """
            {"id": "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90", "network": "FACEBOOK", "externalId": "104918573920114",
             "name": "Bakery Berlin", "kind": "PAGE", "state": "DISCONNECTED", "cause": "PASSWORD_CHANGED",
             "causeText": "Jane Doe changed their Facebook password, which cut Relink's access.",
             "nextStep": "Reconnect with Jane Doe's account, or add a token from another admin of the channel.",
             "lastCheckedAt": "2026-06-03T09:41:12Z",
             "tokens": [{"id": "5f0c6a1e-3b2d-4c8e-9a71-0d2e4f6b8c13",
                         "identity": {"id": "2b7e1516-28ae-4d2a-abf7-158809cf4f3c", "name": "Jane Doe"},
                         "status": "INVALID", "cause": "PASSWORD_CHANGED", "rawCode": "190/460",
                         "expiresAt": "2026-07-28T10:00:00Z", "lastCheckedAt": "2026-06-03T09:41:12Z",
                         "checks": 112, "nextCheckAt": null}]}
            """;

    public static final String CHANNEL_CONNECTED = """
            {"id": "3d9a1c77-52e0-4b8f-a4d6-7e1f0b2c9a85", "network": "INSTAGRAM", "externalId": "17841405822304914",
             "name": "bakery.berlin", "kind": "BUSINESS_ACCOUNT", "state": "CONNECTED", "cause": null,
             "causeText": null, "nextStep": null, "lastCheckedAt": "2026-06-03T09:58:40Z",
             "tokens": [{"id": "a3c9e2f1-7b54-4d1a-8e6f-91b0c2d3e4f5",
                         "identity": {"id": "6c1f0e2d-9a8b-4c7d-8e5f-3a2b1c0d9e8f", "name": "Ana Costa"},
                         "status": "VALID", "cause": null, "rawCode": null,
                         "expiresAt": "2026-08-01T08:00:00Z", "lastCheckedAt": "2026-06-03T09:58:40Z",
                         "checks": 37, "nextCheckAt": "2026-06-04T09:58:40Z"}]}
            """;

    public static final String CHANNEL_UNLINKED = """
            {"id": "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90", "network": "FACEBOOK", "externalId": "104918573920114",
             "name": "Bakery Berlin", "kind": "PAGE", "state": "UNLINKED", "cause": null, "causeText": null,
             "nextStep": null, "lastCheckedAt": "2026-06-03T09:41:12Z",
             "tokens": [{"id": "5f0c6a1e-3b2d-4c8e-9a71-0d2e4f6b8c13",
                         "identity": {"id": "2b7e1516-28ae-4d2a-abf7-158809cf4f3c", "name": "Jane Doe"},
                         "status": "INVALID", "cause": "PASSWORD_CHANGED", "rawCode": "190/460",
                         "expiresAt": "2026-07-28T10:00:00Z", "lastCheckedAt": "2026-06-03T09:41:12Z",
                         "checks": 112, "nextCheckAt": null}]}
            """;

    public static final String CHANNEL_PAGE = """
            {"items": [
               {"id": "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90", "network": "FACEBOOK", "externalId": "104918573920114",
                "name": "Bakery Berlin", "kind": "PAGE", "state": "DISCONNECTED", "cause": "PASSWORD_CHANGED",
                "causeText": "Jane Doe changed their Facebook password, which cut Relink's access.",
                "nextStep": "Reconnect with Jane Doe's account, or add a token from another admin of the channel.",
                "lastCheckedAt": "2026-06-03T09:41:12Z",
                "tokens": [{"id": "5f0c6a1e-3b2d-4c8e-9a71-0d2e4f6b8c13",
                            "identity": {"id": "2b7e1516-28ae-4d2a-abf7-158809cf4f3c", "name": "Jane Doe"},
                            "status": "INVALID", "cause": "PASSWORD_CHANGED", "rawCode": "190/460",
                            "expiresAt": "2026-07-28T10:00:00Z", "lastCheckedAt": "2026-06-03T09:41:12Z",
                            "checks": 112, "nextCheckAt": null}]}],
             "page": 1, "size": 50, "totalItems": 1, "totalPages": 1}
            """;

    public static final String HISTORY_PAGE = """
            {"items": [
               {"id": "c4ca4238-a0b9-4382-8dcc-509a6f75849b", "occurredAt": "2026-06-03T09:41:12Z",
                "actor": "api-key:Publisher", "action": "failure.reported", "tokenId": "5f0c6a1e-3b2d-4c8e-9a71-0d2e4f6b8c13",
                "detail": "Reported HTTP 400 (190/460) with the token of Jane Doe: DEAD, PASSWORD_CHANGED. The token died."},
               {"id": "c81e728d-9d4c-4f63-a7e1-5d7b2f3e8a90", "occurredAt": "2026-06-03T09:41:12Z",
                "actor": "api-key:Publisher", "action": "channel.state-changed", "tokenId": null,
                "detail": "Bakery Berlin: CONNECTED -> DISCONNECTED (PASSWORD_CHANGED)"}],
             "page": 1, "size": 50, "totalItems": 2, "totalPages": 1}
            """;

    public static final String PREFLIGHT = """
            {"channelId": "3d9a1c77-52e0-4b8f-a4d6-7e1f0b2c9a85", "at": "2026-12-01T09:00:00Z", "ok": false,
             "reason": "The only working token, Ana Costa's, expires on 2026-11-28; reconnect with Ana Costa's account before then, or add a token from another admin.",
             "state": "CONNECTED", "worksUntil": "2026-11-28T10:00:00Z",
             "tokens": [{"id": "a3c9e2f1-7b54-4d1a-8e6f-91b0c2d3e4f5",
                         "identity": {"id": "6c1f0e2d-9a8b-4c7d-8e5f-3a2b1c0d9e8f", "name": "Ana Costa"},
                         "worksThen": false, "lapsesAt": "2026-11-28T10:00:00Z", "limitedBy": "ACCESS_TOKEN"}]}
            """;

    /** The 201 of every endpoint that starts an authorization flow. */
    public static final String FLOW_STARTED = """
            {"id": "9b2e4c6a-1d3f-4a5b-8c7d-6e5f4a3b2c1d",
             "authorizationUrl": "https://www.facebook.com/v23.0/dialog/oauth?client_id=1234567890&redirect_uri=https%3A%2F%2Frelink.example.com%2Foauth%2Ffacebook%2Fcallback&state=Qm9vdHN0cmFwLXN0YXRlLXZhbHVlLTQzLWNoYXJz&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&response_type=code&scope=pages_show_list%2Cpages_manage_posts",
             "expiresAt": "2026-06-03T10:15:00Z"}
            """;

    public static final String CONNECTION_COMPLETED = """
            {"id": "9b2e4c6a-1d3f-4a5b-8c7d-6e5f4a3b2c1d", "network": "FACEBOOK", "purpose": "RECONNECT",
             "createdAt": "2026-06-03T10:00:00Z", "expiresAt": "2026-06-03T10:15:00Z", "status": "COMPLETED",
             "outcome": {"authorizationId": "9b2e4c6a-1d3f-4a5b-8c7d-6e5f4a3b2c1d", "ok": true,
                         "summary": "Jane Doe: 2 channels reconnected.", "account": "Jane Doe", "wrongAccount": false,
                         "warnings": [],
                         "channels": [{"id": "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90", "name": "Bakery Berlin", "result": "reconnected"},
                                      {"id": "0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d", "name": "Bakery Munich", "result": "reconnected"}]}}
            """;

    public static final String CONNECTION_WAITING = """
            {"id": "9b2e4c6a-1d3f-4a5b-8c7d-6e5f4a3b2c1d", "network": "FACEBOOK", "purpose": "CONNECT",
             "createdAt": "2026-06-03T10:00:00Z", "expiresAt": "2026-06-03T10:15:00Z", "status": "WAITING_FOR_CONSENT"}
            """;

    public static final String CONNECT_REQUEST = """
            {"network": "FACEBOOK"}
            """;

    public static final String RECONNECT_REQUEST_BODY = """
            {"email": "jane@example.com", "message": "Facebook logged us out after your password change; this link fixes it in a minute."}
            """;

    public static final String RECONNECT_REQUEST = """
            {"id": "e4da3b7f-bbce-4345-9777-2b0674a318d5", "channelId": "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90",
             "email": "jane@example.com",
             "message": "Facebook logged us out after your password change; this link fixes it in a minute.",
             "status": "PENDING", "createdBy": "member:owner@bakery.example", "createdAt": "2026-06-03T10:02:00Z",
             "expiresAt": "2026-06-10T10:02:00Z", "usedAt": null, "withdrawnAt": null}
            """;

    public static final String RECONNECT_REQUEST_WITHDRAWN = """
            {"id": "e4da3b7f-bbce-4345-9777-2b0674a318d5", "channelId": "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90",
             "email": "jane@example.com", "message": null, "status": "WITHDRAWN", "createdBy": "member:owner@bakery.example",
             "createdAt": "2026-06-03T10:02:00Z", "expiresAt": "2026-06-10T10:02:00Z", "usedAt": null,
             "withdrawnAt": "2026-06-03T11:30:00Z"}
            """;

    public static final String RECONNECT_REQUESTS = """
            [{"id": "e4da3b7f-bbce-4345-9777-2b0674a318d5", "channelId": "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90",
              "email": "jane@example.com", "message": null, "status": "PENDING", "createdBy": "member:owner@bakery.example",
              "createdAt": "2026-06-03T10:02:00Z", "expiresAt": "2026-06-10T10:02:00Z", "usedAt": null, "withdrawnAt": null}]
            """;

    public static final String IDENTITY = """
            {"id": "2b7e1516-28ae-4d2a-abf7-158809cf4f3c", "network": "FACEBOOK", "externalUserId": "10292837465",
             "displayName": "Jane Doe",
             "channels": [{"id": "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90", "name": "Bakery Berlin", "network": "FACEBOOK",
                           "state": "DISCONNECTED", "tokenWorks": false, "otherTokenWorks": false, "atRisk": true},
                          {"id": "0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d", "name": "Bakery Munich", "network": "FACEBOOK",
                           "state": "DEGRADED", "tokenWorks": false, "otherTokenWorks": true, "atRisk": false}],
             "channelsAtRisk": 1, "singleToken": ["8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90"]}
            """;

    public static final String IDENTITY_PAGE = """
            {"items": [
               {"id": "2b7e1516-28ae-4d2a-abf7-158809cf4f3c", "network": "FACEBOOK", "externalUserId": "10292837465",
                "displayName": "Jane Doe",
                "channels": [{"id": "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90", "name": "Bakery Berlin", "network": "FACEBOOK",
                              "state": "DISCONNECTED", "tokenWorks": false, "otherTokenWorks": false, "atRisk": true}],
                "channelsAtRisk": 1, "singleToken": ["8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90"]}],
             "page": 1, "size": 20, "totalItems": 1, "totalPages": 1}
            """;

    public static final String SUMMARY = """
            {"at": "2026-06-03T12:00:00Z", "total": 42, "healthy": 36, "healthyShare": 0.857,
             "byState": {"CONNECTED": 33, "EXPIRING": 3, "DEGRADED": 2, "DISCONNECTED": 3, "UNVERIFIED": 1},
             "networks": [{"network": "FACEBOOK", "total": 20,
                           "byState": {"CONNECTED": 17, "EXPIRING": 1, "DEGRADED": 1, "DISCONNECTED": 1, "UNVERIFIED": 0}},
                          {"network": "LINKEDIN", "total": 22,
                           "byState": {"CONNECTED": 16, "EXPIRING": 2, "DEGRADED": 1, "DISCONNECTED": 2, "UNVERIFIED": 1}}],
             "expirations": {"until": "2026-08-02T12:00:00Z", "tokens": 7,
                             "weeks": [{"weekStart": "2026-06-01", "week": "2026-W23", "tokens": 1},
                                       {"weekStart": "2026-06-08", "week": "2026-W24", "tokens": 0},
                                       {"weekStart": "2026-06-15", "week": "2026-W25", "tokens": 6}]}}
            """;

    public static final String CREDENTIAL = """
            {"tokenId": "a3c9e2f1-7b54-4d1a-8e6f-91b0c2d3e4f5", "accessToken": "EAABsbCS1iHgBAOxZC7ZBZCexample",
             "expiresAt": "2026-08-01T08:00:00Z", "scopes": ["pages_manage_posts", "pages_read_engagement"],
             "network": "FACEBOOK", "externalId": "104918573920114",
             "identity": {"id": "6c1f0e2d-9a8b-4c7d-8e5f-3a2b1c0d9e8f", "name": "Ana Costa"}}
            """;

    public static final String FAILURE_REPORT = """
            {"tokenId": "5f0c6a1e-3b2d-4c8e-9a71-0d2e4f6b8c13", "httpStatus": 400,
             "body": "{\\"error\\":{\\"message\\":\\"Error validating access token: The session has been invalidated because the user changed their password.\\",\\"type\\":\\"OAuthException\\",\\"code\\":190,\\"error_subcode\\":460}}"}
            """;

    public static final String FAILURE_REPORT_RATE_LIMITED = """
            {"httpStatus": 429, "body": ""}
            """;

    public static final String RECLASSIFIED = """
            {"channel": {"id": "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90", "network": "FACEBOOK", "externalId": "104918573920114",
                         "name": "Bakery Berlin", "kind": "PAGE", "state": "DISCONNECTED", "cause": "PASSWORD_CHANGED",
                         "causeText": "Jane Doe changed their Facebook password, which cut Relink's access.",
                         "nextStep": "Reconnect with Jane Doe's account, or add a token from another admin of the channel.",
                         "lastCheckedAt": "2026-06-03T09:41:12Z",
                         "tokens": [{"id": "5f0c6a1e-3b2d-4c8e-9a71-0d2e4f6b8c13",
                                     "identity": {"id": "2b7e1516-28ae-4d2a-abf7-158809cf4f3c", "name": "Jane Doe"},
                                     "status": "INVALID", "cause": "PASSWORD_CHANGED", "rawCode": "190/460",
                                     "expiresAt": "2026-07-28T10:00:00Z", "lastCheckedAt": "2026-06-03T09:41:12Z",
                                     "checks": 112, "nextCheckAt": null}]},
             "tokenId": "5f0c6a1e-3b2d-4c8e-9a71-0d2e4f6b8c13",
             "verdict": {"outcome": "DEAD", "cause": "PASSWORD_CHANGED", "rawCode": "190/460", "detail": "The token died."}}
            """;

    public static final String API_KEY_REQUEST = """
            {"name": "Publisher", "scopes": ["channels:read", "channels:write", "credentials:read"]}
            """;

    public static final String API_KEY_CREATED = """
            {"apiKey": {"id": "1679091c-5a88-4faf-afb5-e6087eb1b2dc", "name": "Publisher", "prefix": "rk_7Hq2xV9",
                        "scopes": ["channels:read", "channels:write", "credentials:read"],
                        "createdAt": "2026-06-03T08:00:00Z", "revokedAt": null},
             "key": "rk_7Hq2xV9pLm4Tz8Rw1Nc6Bd3Fg5Jk0YsAe2Wq7Ux3Io5"}
            """;

    public static final String API_KEYS = """
            [{"id": "1679091c-5a88-4faf-afb5-e6087eb1b2dc", "name": "Publisher", "prefix": "rk_7Hq2xV9",
              "scopes": ["channels:read", "channels:write", "credentials:read"], "createdAt": "2026-06-03T08:00:00Z", "revokedAt": null},
             {"id": "8f14e45f-ea3b-4c2d-9e1f-0a9b8c7d6e5f", "name": "Old dashboard", "prefix": "rk_Qa81mZ4",
              "scopes": ["channels:read"], "createdAt": "2025-11-02T14:20:00Z", "revokedAt": "2026-05-30T16:05:00Z"}]
            """;

    public static final String API_KEY_REVOKED = """
            {"id": "8f14e45f-ea3b-4c2d-9e1f-0a9b8c7d6e5f", "name": "Old dashboard", "prefix": "rk_Qa81mZ4",
             "scopes": ["channels:read"], "createdAt": "2025-11-02T14:20:00Z", "revokedAt": "2026-05-30T16:05:00Z"}
            """;

    /** Facebook's deauthorize and data-deletion callbacks: a form, not JSON. */
    public static final String SIGNED_REQUEST_FORM =
            "signed_request=tuQfF1HxVxcCn8xRvAuBQ3c5oq2R0WQb0hYrB6q3G8s.eyJhbGdvcml0aG0iOiJITUFDLVNIQTI1NiIsImlzc3VlZF9hdCI6MTc4MDQ4MDAwMCwidXNlcl9pZCI6IjEwMjkyODM3NDY1In0";

    public static final String TIKTOK_EVENT = """
            {"client_key": "aw2p7example", "event": "authorization.removed", "create_time": 1780480000,
             "user_openid": "_000Hq2example", "content": "{\\"reason\\":1}"}
            """;

    public static final String CALLBACK_REVOKED = """
            {"network": "FACEBOOK", "tokensRevoked": 2}
            """;

    public static final String DELETION_RECEIPT = """
            {"url": "https://relink.example.com/api/v1/callbacks/facebook/data-deletion/7d1e9f0a2b3c4d5e6f708192a3b4c5d6",
             "confirmation_code": "7d1e9f0a2b3c4d5e6f708192a3b4c5d6"}
            """;

    public static final String DELETION_STATUS = """
            {"confirmation_code": "7d1e9f0a2b3c4d5e6f708192a3b4c5d6", "status": "COMPLETED", "tokensErased": 3,
             "requestedAt": "2026-06-03T07:12:44Z", "completedAt": "2026-06-03T07:12:44Z"}
            """;

    // Problems (RFC 9457), as ProblemMapper and Authorization write them.

    public static final String PROBLEM_INVALID_PARAMETER = """
            {"type": "urn:relink:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Unknown state 'RED'; expected one of [CONNECTED, EXPIRING, DEGRADED, DISCONNECTED, UNVERIFIED, UNLINKED].",
             "instance": "/api/v1/channels", "parameter": "state"}
            """;

    public static final String PROBLEM_UNAUTHORIZED = """
            {"type": "urn:relink:problem:unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "The API key is unknown or was revoked.", "instance": "/api/v1/channels"}
            """;

    public static final String PROBLEM_FORBIDDEN = """
            {"type": "urn:relink:problem:forbidden", "title": "Forbidden", "status": 403,
             "detail": "This needs the scope credentials:read; the key or member calling has not got it.",
             "instance": "/api/v1/channels/8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90/credential"}
            """;

    public static final String PROBLEM_NOT_FOUND = """
            {"type": "urn:relink:problem:not-found", "title": "Not found", "status": 404,
             "detail": "No channel 8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90 in this workspace.",
             "instance": "/api/v1/channels/8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90"}
            """;

    public static final String PROBLEM_NO_WORKING_TOKEN = """
            {"type": "urn:relink:problem:no-working-token", "title": "No working token", "status": 409,
             "detail": "No token of channel 'Bakery Berlin' works: it is DISCONNECTED. Jane Doe changed their Facebook password, which cut Relink's access. Reconnect with Jane Doe's account, or add a token from another admin of the channel.",
             "instance": "/api/v1/channels/8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90/credential",
             "state": "DISCONNECTED", "cause": "PASSWORD_CHANGED"}
            """;

    public static final String PROBLEM_TOO_LARGE = """
            {"type": "urn:relink:problem:too-large", "title": "Body too large", "status": 413,
             "detail": "The body has 70312 characters; at most 65536 are accepted.", "instance": "/api/v1/api-keys"}
            """;

    public static final String PROBLEM_UNSUPPORTED_MEDIA_TYPE = """
            {"type": "urn:relink:problem:unsupported-media-type", "title": "Unsupported Media Type", "status": 415,
             "detail": "HTTP 415 Unsupported Media Type", "instance": "/api/v1/connections"}
            """;

    public static final String PROBLEM_UNAVAILABLE = """
            {"type": "urn:relink:problem:unavailable", "title": "Service unavailable", "status": 503,
             "detail": "TikTok is not available: not configured: set relink.network.tiktok.client-id and relink.network.tiktok.client-secret (the app registered at TikTok). Lifespans were checked; the network could not be asked.",
             "instance": "/api/v1/channels/b6d767d2-f8b2-4c3e-9a1d-2e3f4a5b6c7d/check"}
            """;

    private ApiExamples() {}
}
