package io.relink.audit.entity;

/**
 * What a history entry tells of. The key is what the API and the database show; the README's table
 * of history actions lists every one (a test holds the two together).
 */
public enum Action {
    /** A definitive answer of the network, or a passed expiry, killed a token. */
    TOKEN_DIED("token.died"),
    /** The network could not confirm a token for longer than the grace period. */
    TOKEN_UNVERIFIED("token.unverified"),
    /** A dead or unverified token works again (a check, or a reconnect). */
    TOKEN_RECOVERED("token.recovered"),
    /** Relink renewed a token with its refresh token. */
    TOKEN_RENEWED("token.renewed"),
    /** A token crossed a warning threshold before its lapse. */
    TOKEN_EXPIRING("token.expiring"),
    /** A person's grant added a further token to a channel. */
    TOKEN_ADDED("token.added"),
    /** A person's grant replaced a token's secrets. */
    TOKEN_RECONNECTED("token.reconnected"),
    /** A person removed one token from a channel. */
    TOKEN_REMOVED("token.removed"),
    /** A token's secrets were erased at a network's data-deletion request. */
    TOKEN_ERASED("token.erased"),
    /** The channel's derived state changed. */
    CHANNEL_STATE_CHANGED("channel.state-changed"),
    /** Someone asked for "check now". */
    CHANNEL_CHECKED("channel.checked"),
    /** A person unlinked the channel. */
    CHANNEL_UNLINKED("channel.unlinked"),
    /** An API key read the channel's access token. */
    CREDENTIAL_READ("credential.read"),
    /** An API key reported an error a network answered it, and what came of it. */
    FAILURE_REPORTED("failure.reported"),
    /** A single-use reconnect link was e-mailed to an account owner. */
    RECONNECT_REQUEST_SENT("reconnect-request.sent"),
    /** A reconnect link was withdrawn. */
    RECONNECT_REQUEST_WITHDRAWN("reconnect-request.withdrawn"),
    /** An account owner opened a reconnect link. */
    RECONNECT_REQUEST_OPENED("reconnect-request.opened"),
    /** An owner created an API key. */
    API_KEY_CREATED("api-key.created"),
    /** An owner revoked an API key. */
    API_KEY_REVOKED("api-key.revoked"),
    /** An instance administrator created the workspace. */
    WORKSPACE_CREATED("workspace.created"),
    /** The workspace got a new name. */
    WORKSPACE_RENAMED("workspace.renamed"),
    /** An instance administrator archived the workspace (or brought it back). */
    WORKSPACE_ARCHIVED("workspace.archived"),
    /** The workspace's mapping of the identity provider's groups to roles changed. */
    WORKSPACE_SSO_GROUPS("workspace.sso-groups"),
    /** Someone was invited to join the workspace with a role. */
    MEMBER_INVITED("member.invited"),
    /** An invitation was sent again with a new link. */
    INVITATION_RESENT("invitation.resent"),
    /** An invitation was withdrawn before it was accepted. */
    INVITATION_WITHDRAWN("invitation.withdrawn"),
    /** An invited person accepted and joined the workspace. */
    MEMBER_JOINED("member.joined"),
    /** An owner changed a member's role. */
    MEMBER_ROLE_CHANGED("member.role-changed"),
    /** An owner removed a member from the workspace. */
    MEMBER_REMOVED("member.removed"),
    /** Demo mode seeded the demo workspace. */
    DEMO_SEEDED("demo.seeded");

    private final String key;

    Action(String key) {
        this.key = key;
    }

    /** The action as the API and the database show it, e.g. {@code token.died}. */
    public String key() {
        return key;
    }
}
