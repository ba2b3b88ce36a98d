package io.relink.sandbox.entity;

/** The kinds of transient trouble the scripting API can make the SANDBOX network show. */
public enum OutageKind {
    /** {@code 503 {"error":"temporarily_unavailable"}}. */
    SERVER_ERROR,
    /** {@code 429 {"error":"rate_limited"}} with {@code Retry-After}. */
    RATE_LIMITED,
    /** A slow answer ({@code relink.sandbox.slow-answer}), then {@code 504}. */
    TIMEOUT,
    /** {@code 200} with a body that is not JSON. */
    GARBAGE
}
