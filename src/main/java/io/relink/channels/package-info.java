/**
 * Channels: the pages, accounts and organizations a workspace publishes to, and their state.
 *
 * <p>Operations: list a workspace's channels (paged; filtered by state, network, text), read one.
 *
 * <p>Rules: a channel's state is derived from its tokens every time it is read and never stored
 * apart from them ({@link io.relink.channels.control.ChannelStates}); a passed expiry is
 * definitive, transient trouble is not; a channel with one working token stays usable however its
 * other tokens fare (failover); every state other than connected is explained in plain words with a
 * next step ({@link io.relink.channels.control.Explanations}); nothing of another workspace is ever
 * visible.
 */
package io.relink.channels;
