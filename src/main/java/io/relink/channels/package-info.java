/**
 * Channels: the pages, accounts and organizations a workspace publishes to, and their state.
 *
 * <p>Operations: list a workspace's channels (paged; filtered by state, network, text), read one;
 * answer "will this channel still work at time T?" ({@link io.relink.channels.control.Preflight});
 * list the identities with the channels hanging on each and the blast radius of its death ({@link
 * io.relink.channels.control.BlastRadius}); sum a workspace up: states per network, the share of
 * healthy channels, the expirations of the coming weeks ({@link
 * io.relink.channels.control.SummaryView}, {@link io.relink.channels.control.ExpirationWeeks}).
 *
 * <p>Rules: a channel's state is derived from its tokens every time it is read and never stored
 * apart from them ({@link io.relink.channels.control.ChannelStates}); a passed expiry is
 * definitive, transient trouble is not; a channel with one working token stays usable however its
 * other tokens fare (failover); every state other than connected is explained in plain words with a
 * next step ({@link io.relink.channels.control.Explanations}); a token stops working unless a person
 * acts at its {@link io.relink.channels.control.Lapse} (the access token's end, or the refresh
 * token's when Relink can refresh, or the data-access window's, whichever comes first); nothing of
 * another workspace is ever visible.
 */
package io.relink.channels;
