package io.relink.sandbox.entity;

/** The two kinds of token the SANDBOX network issues; only access tokens open {@code /api}. */
public enum TokenKind {
    ACCESS("sbx_at_"),
    REFRESH("sbx_rt_");

    private final String prefix;

    TokenKind(String prefix) {
        this.prefix = prefix;
    }

    /**
     * What every value of this kind starts with, so that people can tell them apart in logs of
     * their own.
     */
    public String prefix() {
        return prefix;
    }
}
