package io.relink.channels.control;

import io.relink.networks.NetworkType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A channel's credential as a downstream product reads it: the access token itself (the one answer
 * of Relink that carries a secret), until when it works, what it may do, and whose grant it is.
 *
 * @param tokenId the token's id, to name in a failure report
 * @param expiresAt when the access token ends; null when the network did not say (or never)
 * @param scopes the scopes the network granted, sorted
 * @param externalId the network's own id of the channel (page, account, organization)
 * @param identity the person whose grant the token is
 */
public record Credential(
        UUID tokenId,
        String accessToken,
        Instant expiresAt,
        List<String> scopes,
        NetworkType network,
        String externalId,
        ChannelView.IdentityRef identity) {

    public Credential {
        scopes = List.copyOf(scopes);
    }

    /** The secret is left out. */
    @Override
    public String toString() {
        return "Credential[token="
                + tokenId
                + ", "
                + network
                + " "
                + externalId
                + ", accessToken=***]";
    }
}
