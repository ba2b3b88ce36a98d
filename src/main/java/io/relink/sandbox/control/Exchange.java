package io.relink.sandbox.control;

import java.time.Instant;

/** What a trade at the token endpoint (a code or a refresh token) ended in. */
public sealed interface Exchange {

    /** New tokens for the account, issued at {@code at}. */
    record Granted(SandboxAccounts.Issued issued, String accountId, Instant at)
            implements Exchange {}

    /** No tokens, and the code that says why: the body of a {@code 400 invalid_grant}. */
    record Refused(ErrorCode reason, String description) implements Exchange {}
}
