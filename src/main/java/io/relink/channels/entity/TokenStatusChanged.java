package io.relink.channels.entity;

import io.relink.networks.Cause;
import io.relink.networks.NetworkType;
import java.time.Instant;
import java.util.UUID;

/**
 * A token's stored status changed: it died, became unverified, or recovered. A committed fact:
 * observers that act outside the transaction listen {@code during = AFTER_SUCCESS}.
 *
 * @param cause why it died; null unless {@code to} is dead
 * @param actor who caused it: {@code relink} for checks, else the person or key
 */
public record TokenStatusChanged(
        UUID workspaceId,
        UUID channelId,
        UUID tokenId,
        NetworkType network,
        String identityName,
        TokenStatus from,
        TokenStatus to,
        Cause cause,
        String rawCode,
        String actor,
        Instant at) {}
