package io.relink.reconnect.entity;

import io.relink.networks.NetworkType;
import java.time.Instant;
import java.util.UUID;

/**
 * A connect, reconnect or add-token flow finished, well or not (fired inside the transaction that
 * stores its outcome).
 *
 * @param outcome the outcome as the API shows it (JSON)
 */
public record ConnectionCompleted(
        UUID workspaceId,
        UUID flowId,
        NetworkType network,
        Purpose purpose,
        String actor,
        String outcome,
        Instant at) {}
