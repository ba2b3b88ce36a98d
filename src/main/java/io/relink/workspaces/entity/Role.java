package io.relink.workspaces.entity;

/** What a member may do in a workspace. The names are also the security roles of the pages. */
public enum Role {
    /** May do everything, like a master account. */
    OWNER,
    /** May reconnect, unlink, add tokens and change notification settings. */
    ADMIN,
    /** Sees state only. */
    VIEWER
}
