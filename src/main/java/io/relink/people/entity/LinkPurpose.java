package io.relink.people.entity;

/** What a person's single-use link is for. */
public enum LinkPurpose {
    /** The first administrator sets a password (printed once in the log at the first start). */
    SETUP,
    /** "Forgot password": a new password for someone who has an account. */
    RESET
}
