package io.relink.channels.control;

import io.relink.channels.entity.TokenStatus;
import io.relink.networks.Cause;
import io.relink.networks.NetworkType;
import java.time.Instant;
import java.util.UUID;

/**
 * One token as the lists read it: its {@link TokenFacts} and what a view shows beside them, read as
 * plain columns ({@link #SELECT}) rather than as an entity. The lists read hundreds to thousands of
 * tokens per answer: as entities each came with its sealed secrets, its lease and its identity's
 * every column, and Hibernate kept a copy of each to compare at commit.
 *
 * @param checks how many checks the token has had
 */
record TokenRow(
        UUID channelId,
        String channelName,
        NetworkType channelNetwork,
        UUID identityId,
        TokenFacts facts,
        long checks,
        Instant nextCheckAt) {

    /**
     * The JPQL select of a row, from {@code AccessToken t} joined to its identity {@code i} and its
     * channel {@code c}; add {@code where} and {@code order by}.
     */
    static final String SELECT =
            """
            select c.id, c.name, c.network, i.id, i.displayName,
                   t.id, t.status, t.cause, t.expiresAt,
                   case when t.sealedRefresh is null then false else true end,
                   t.refreshExpiresAt, t.diedAt, t.lastCheckedAt, t.transientSince,
                   t.failedChecks, t.dataAccessExpiresAt, t.rawCode, t.checkCount, t.nextCheckAt
            from AccessToken t join t.identity i join t.channel c
            """;

    static TokenRow of(Object[] r) {
        String identityName = (String) r[4];
        return new TokenRow(
                (UUID) r[0],
                (String) r[1],
                (NetworkType) r[2],
                (UUID) r[3],
                new TokenFacts(
                        (UUID) r[5],
                        (TokenStatus) r[6],
                        (Cause) r[7],
                        (Instant) r[8],
                        (Boolean) r[9],
                        (Instant) r[10],
                        (Instant) r[11],
                        (Instant) r[12],
                        identityName,
                        (Instant) r[13],
                        ((Number) r[14]).intValue(),
                        (Instant) r[15],
                        (String) r[16]),
                ((Number) r[17]).longValue(),
                (Instant) r[18]);
    }

    UUID id() {
        return facts.id();
    }

    String identityName() {
        return facts.identityName();
    }
}
