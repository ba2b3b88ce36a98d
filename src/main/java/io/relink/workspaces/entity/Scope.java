package io.relink.workspaces.entity;

import java.util.Set;

/** What an API key may do. */
public final class Scope {

    public static final String CHANNELS_READ = "channels:read";
    public static final String CHANNELS_WRITE = "channels:write";
    public static final String CREDENTIALS_READ = "credentials:read";
    public static final String ADMIN = "admin";

    /**
     * Not a key's scope but a person's group: an instance administrator runs the workspaces
     * themselves. No key can carry it.
     */
    public static final String INSTANCE_ADMIN = "instance-admin";

    /** Not a key's scope but every signed-in person's group, whatever their workspaces. */
    public static final String PERSON = "person";

    public static final Set<String> ALL =
            Set.of(CHANNELS_READ, CHANNELS_WRITE, CREDENTIALS_READ, ADMIN);

    private Scope() {}
}
