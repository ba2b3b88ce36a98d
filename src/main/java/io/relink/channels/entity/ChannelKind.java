package io.relink.channels.entity;

/** What sort of thing a channel is on its network. */
public enum ChannelKind {
    PAGE,
    BUSINESS_ACCOUNT,
    ORGANIZATION,
    PROFILE,
    ACCOUNT,
    CHANNEL,
    BOARD
}
