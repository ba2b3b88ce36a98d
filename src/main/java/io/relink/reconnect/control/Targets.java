package io.relink.reconnect.control;

import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.Channel;
import io.relink.channels.entity.ChannelKind;
import io.relink.channels.entity.Identity;
import io.relink.networks.Discovery;
import io.relink.networks.NetworkType;
import io.relink.reconnect.entity.Purpose;
import io.relink.workspaces.entity.Workspace;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decides where a fresh grant goes, from what the network discovered and what the flow was for: the
 * identity that granted (found or made) and the channels that get its token.
 *
 * <ul>
 *   <li>Connect: every channel the identity manages, made if new, brought back if unlinked.
 *   <li>Reconnect: every channel of the workspace that identity reaches, so one consent brings all
 *       of them back. When another account came back than the one being reconnected, only the
 *       channels in question that this account also manages get its token, and the person is told.
 *   <li>Add token: the one channel, which the identity must manage.
 * </ul>
 */
@Stateless
public class Targets {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;

    public Plan plan(ConnectionFlows.Taken flow, Discovery discovery) {
        Instant now = clock.instant();
        Identity identity = identity(flow.workspaceId(), flow.network(), discovery, now);
        Map<String, Discovery.Reach> reached = new LinkedHashMap<>();
        discovery.channels().forEach(reach -> reached.put(reach.externalId(), reach));
        List<Channel> linked =
                em.createQuery(
                                "select c from Channel c where c.workspace.id = :w and c.network = :n",
                                Channel.class)
                        .setParameter("w", flow.workspaceId())
                        .setParameter("n", flow.network())
                        .getResultList();
        Map<String, Channel> known =
                linked.stream().collect(Collectors.toMap(Channel::externalId, c -> c));
        List<String> warnings = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<Outcome.Line> missed = new ArrayList<>();
        List<UUID> rolesLost = new ArrayList<>();
        String wrongAccount = null;

        if (flow.purpose() == Purpose.CONNECT) {
            for (Discovery.Reach reach : reached.values()) {
                Channel channel = known.get(reach.externalId());
                if (channel == null) {
                    channel =
                            new Channel(
                                    em.find(Workspace.class, flow.workspaceId()),
                                    flow.network(),
                                    reach.externalId(),
                                    reach.name(),
                                    kind(reach),
                                    now);
                    em.persist(channel);
                    targets.add(new Target(channel.id(), channel.name(), "connected"));
                } else {
                    channel.rename(reach.name());
                    targets.add(
                            new Target(
                                    channel.id(),
                                    channel.name(),
                                    channel.isUnlinked() ? "connected again" : "reconnected"));
                }
            }
            if (reached.isEmpty()) {
                warnings.add(
                        identity.displayName()
                                + " manages nothing Relink can use on "
                                + flow.network().displayName()
                                + ".");
            }
        } else {
            Set<UUID> expected = expectedIdentities(flow);
            boolean same = expected.contains(identity.id());
            if (flow.purpose() == Purpose.RECONNECT && same) {
                // every channel of the workspace this identity reaches, and those it held but no
                // longer reaches
                for (Channel channel : linked) {
                    if (!channel.isUnlinked() && reached.containsKey(channel.externalId())) {
                        channel.rename(reached.get(channel.externalId()).name());
                        targets.add(new Target(channel.id(), channel.name(), "reconnected"));
                    }
                }
                // The network's own list, just read with the person's consent, is a definitive
                // answer: the identity's token on a channel it no longer reaches cannot work there.
                for (AccessToken held : tokensOf(identity.id())) {
                    Channel channel = held.channel();
                    if (!reached.containsKey(channel.externalId())) {
                        missed.add(
                                new Outcome.Line(
                                        channel.id(),
                                        channel.name(),
                                        identity.displayName() + " no longer manages it"));
                        rolesLost.add(held.id());
                    }
                }
            } else {
                if (flow.purpose() == Purpose.RECONNECT && !expected.isEmpty()) {
                    wrongAccount =
                            "You connected "
                                    + identity.displayName()
                                    + "'s account, not "
                                    + expected.stream()
                                            .map(id -> em.find(Identity.class, id).displayName())
                                            .sorted()
                                            .collect(Collectors.joining(" or "))
                                    + "'s.";
                }
                List<Channel> concerned =
                        flow.channelId() != null
                                ? List.of(em.find(Channel.class, flow.channelId()))
                                : heldBy(expected);
                for (Channel channel : concerned) {
                    if (reached.containsKey(channel.externalId())) {
                        targets.add(new Target(channel.id(), channel.name(), "token added"));
                    } else {
                        missed.add(
                                new Outcome.Line(
                                        channel.id(),
                                        channel.name(),
                                        identity.displayName() + " does not manage it"));
                    }
                }
            }
        }
        return new Plan(
                identity.id(),
                identity.displayName(),
                wrongAccount,
                targets,
                missed,
                rolesLost,
                warnings);
    }

    /**
     * Whose account a reconnect expects: the identity asked for, or the identities holding the
     * channel's tokens.
     */
    private Set<UUID> expectedIdentities(ConnectionFlows.Taken flow) {
        if (flow.identityId() != null) {
            return Set.of(flow.identityId());
        }
        if (flow.channelId() == null) {
            return Set.of();
        }
        return em.createQuery(
                        "select t.identity.id from AccessToken t where t.channel.id = :c",
                        UUID.class)
                .setParameter("c", flow.channelId())
                .getResultStream()
                .collect(Collectors.toSet());
    }

    /** The linked channels where these identities hold tokens. */
    private List<Channel> heldBy(Set<UUID> identities) {
        if (identities.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct t.channel from AccessToken t where t.identity.id in :ids and t.channel.unlinkedAt is null",
                        Channel.class)
                .setParameter("ids", identities)
                .getResultList();
    }

    /** The identity's tokens on the linked channels, with their channels. */
    private List<AccessToken> tokensOf(UUID identityId) {
        return em.createQuery(
                        "select t from AccessToken t join fetch t.channel c where t.identity.id = :i and c.unlinkedAt is null",
                        AccessToken.class)
                .setParameter("i", identityId)
                .getResultList();
    }

    private Identity identity(
            UUID workspaceId, NetworkType network, Discovery discovery, Instant now) {
        Identity identity =
                em.createQuery(
                                "select i from Identity i where i.workspace.id = :w and i.network = :n and i.externalUserId = :u",
                                Identity.class)
                        .setParameter("w", workspaceId)
                        .setParameter("n", network)
                        .setParameter("u", discovery.externalUserId())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (identity == null) {
            identity =
                    new Identity(
                            em.find(Workspace.class, workspaceId),
                            network,
                            discovery.externalUserId(),
                            discovery.displayName(),
                            now);
            em.persist(identity);
        } else {
            identity.rename(discovery.displayName());
        }
        return identity;
    }

    private static ChannelKind kind(Discovery.Reach reach) {
        try {
            return ChannelKind.valueOf(reach.kind().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return ChannelKind.ACCOUNT;
        }
    }

    /** One channel that gets the grant, and what that means for it. */
    public record Target(UUID channelId, String name, String result) {}

    /**
     * Where the grant goes.
     *
     * @param wrongAccount what to tell the person when another account came back, else null
     * @param missed channels concerned that the identity does not (or no longer) manage
     * @param rolesLost the identity's tokens on channels its reconnect no longer reaches: the
     *     network's discovery says it lost its role there
     */
    public record Plan(
            UUID identityId,
            String account,
            String wrongAccount,
            List<Target> targets,
            List<Outcome.Line> missed,
            List<UUID> rolesLost,
            List<String> warnings) {}
}
