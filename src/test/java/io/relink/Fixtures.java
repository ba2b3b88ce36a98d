package io.relink;

import io.relink.channels.control.ChannelLedger;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.TokenVault;
import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.Channel;
import io.relink.channels.entity.ChannelKind;
import io.relink.channels.entity.Identity;
import io.relink.networks.NetworkType;
import io.relink.workspaces.control.ApiKeys;
import io.relink.workspaces.entity.Scope;
import io.relink.workspaces.entity.Workspace;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Test data and database reads for in-container tests; deployed only with the test WAR. */
@Stateless
public class Fixtures {

    /** The key of the second workspace, known to the client-side tests. */
    public static final String OTHER_KEY = "rk_it_other_workspace_key_0123456789";

    public static final String OTHER_SECRET = "other-workspace-access-secret-7f3a9c";

    @PersistenceContext EntityManager em;
    @Inject ApiKeys keys;
    @Inject TokenVault vault;
    @Inject ChannelLedger ledger;
    @Inject ChannelStore channels;

    /** A second workspace with one channel, reachable only with {@link #OTHER_KEY}; made once. */
    public void otherWorkspace() {
        if (keys.exists(OTHER_KEY)) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Workspace other = new Workspace("Other tenant", now);
        em.persist(other);
        keys.register(other, "Other tenant key", OTHER_KEY, Scope.ALL);
        Identity identity =
                new Identity(other, NetworkType.SANDBOX, "sbx-other", "Olga Other", now);
        em.persist(identity);
        Channel channel =
                new Channel(
                        other,
                        NetworkType.SANDBOX,
                        "sbx-other-page",
                        "Other tenant page",
                        ChannelKind.PAGE,
                        now);
        em.persist(channel);
        ledger.seed(
                channel,
                identity,
                new ChannelLedger.Seed(
                        OTHER_SECRET,
                        "other-refresh-secret-1b2c3d",
                        Set.of("read"),
                        now,
                        now.plus(30, ChronoUnit.DAYS),
                        null,
                        now,
                        null,
                        null,
                        null,
                        null));
    }

    /** Every access secret, opened: what must never be seen anywhere else. */
    public List<String> openedAccessSecrets() {
        return em.createQuery(
                        "select t from AccessToken t where t.sealedAccess is not null",
                        AccessToken.class)
                .getResultStream()
                .map(vault::openAccess)
                .toList();
    }

    /** The raw bytes of the secret columns, as any reader of the database would see them. */
    public List<byte[]> rawSecretColumns() {
        List<?> rows =
                em.createNativeQuery(
                                "select access_secret from access_token where access_secret is not null"
                                        + " union all select refresh_secret from access_token"
                                        + " where refresh_secret is not null")
                        .getResultList();
        return rows.stream().map(byte[].class::cast).toList();
    }

    public List<ChannelView> channelsOf(UUID workspaceId) {
        return channels.linked(workspaceId);
    }

    public List<UUID> workspaceIds() {
        return em.createQuery("select w.id from Workspace w", UUID.class).getResultList();
    }
}
