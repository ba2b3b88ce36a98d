package io.relink.sandbox.control;

import java.util.Locale;

/**
 * Why the SANDBOX network refuses a token: the codes of its answers, with the message and the HTTP
 * status {@code /sandbox/api} gives them. Token-level deaths are 401; the account's or the page's
 * state is 403, as networks tell "who are you" from "you may not".
 */
public enum ErrorCode {
    INVALID_TOKEN(401, "The token is unknown, was revoked, or was replaced by a newer one."),
    TOKEN_EXPIRED(401, "The token's lifetime ended."),
    ACCOUNT_DISABLED(403, "The account is disabled."),
    CHECKPOINT(403, "The user must pass a security checkpoint on the network first."),
    APP_REVOKED(401, "The user removed the app."),
    PASSWORD_CHANGED(401, "The user changed their password."),
    NOT_PAGE_ADMIN(403, "The user no longer administers this page."),
    SCOPE_MISSING(403, "A permission the token was granted has been withdrawn.");

    private final int httpStatus;
    private final String message;

    ErrorCode(int httpStatus, String message) {
        this.httpStatus = httpStatus;
        this.message = message;
    }

    /** The code on the wire, e.g. {@code password_changed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String message() {
        return message;
    }
}
