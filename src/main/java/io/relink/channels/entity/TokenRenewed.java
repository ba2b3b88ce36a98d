package io.relink.channels.entity;

import io.relink.networks.NetworkType;
import java.time.Instant;
import java.util.UUID;

/**
 * Relink renewed a token with its refresh token (fired inside the renewal's transaction, like every
 * event of the channel aggregate).
 *
 * @param expiresAt when the new access token ends; null when it does not
 * @param rotated whether the network gave a new refresh token too
 */
public record TokenRenewed(
        UUID workspaceId,
        UUID channelId,
        UUID tokenId,
        NetworkType network,
        String identityName,
        Instant expiresAt,
        boolean rotated,
        Instant at) {}
