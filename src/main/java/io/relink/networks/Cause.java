package io.relink.networks;

/**
 * Why a token stopped working, classified from the network's own error codes. The raw code is kept
 * beside it for support. Rate limits and outages are not causes: they only delay a check.
 */
public enum Cause {
    /** The token, or its refresh token, reached the end of its lifespan. */
    LIFESPAN_ENDED,
    PASSWORD_CHANGED,
    /** The person removed the app in the network's settings. */
    REVOKED_BY_USER,
    /** The network flagged the account; the person must act on the network's site. */
    SECURITY_CHECKPOINT,
    /** Account deleted, disabled, banned or unconfirmed. */
    ACCOUNT_UNAVAILABLE,
    /** The identity no longer manages that page or organization. */
    ADMIN_ROLE_LOST,
    /** A required permission was withdrawn; re-consent is needed. */
    SCOPE_MISSING,
    /** Relink's own app was blocked or its secret reset: every identity of that network is hit. */
    APP_PROBLEM,
    /** The refresh token was rejected with no finer reason. */
    REFRESH_FAILED,
    /** A definitive rejection with no known code. */
    UNKNOWN
}
