package io.relink.channels.entity;

import io.relink.networks.NetworkType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A token's grant came inside a warning threshold before its lapse (14, 7, 3 or 1 days by default).
 * Announced once per threshold and lapse, however many nodes check the token.
 *
 * @param threshold the threshold crossed, e.g. 7 days
 * @param lapsesAt when the grant stops working unless a person acts
 * @param dataAccess whether that is the end of the network's data-access window (Facebook's and
 *     Instagram's {@code data_access_expires_at}) rather than of the token itself
 */
public record TokenExpiring(
        UUID workspaceId,
        UUID channelId,
        UUID tokenId,
        NetworkType network,
        String identityName,
        Duration threshold,
        Instant lapsesAt,
        Instant at,
        boolean dataAccess) {}
