package io.relink.networks;

/**
 * One token to inspect, for one channel: the channel's id on the network lets a network tell a lost
 * admin role on that page from a dead token.
 *
 * @param accessToken the opened secret; never logged
 * @param channelExternalId the network's id of the page or account, or null
 */
public record Probe(String accessToken, String channelExternalId) {

    @Override
    public String toString() {
        return "Probe[channel=" + channelExternalId + ", accessToken=***]";
    }
}
