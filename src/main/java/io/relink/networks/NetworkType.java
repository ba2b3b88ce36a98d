package io.relink.networks;

/**
 * The social networks Relink speaks to. SANDBOX is the built-in simulated network for demos and
 * tests; it is switched off in production.
 */
public enum NetworkType {
    FACEBOOK("Facebook"),
    INSTAGRAM("Instagram"),
    LINKEDIN("LinkedIn"),
    X("X"),
    YOUTUBE("YouTube"),
    TIKTOK("TikTok"),
    PINTEREST("Pinterest"),
    THREADS("Threads"),
    SANDBOX("Sandbox");

    private final String displayName;

    NetworkType(String displayName) {
        this.displayName = displayName;
    }

    /** The network's name as people know it, for sentences and pages. */
    public String displayName() {
        return displayName;
    }
}
