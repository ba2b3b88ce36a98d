package io.relink.channels.control;

import io.relink.channels.entity.Identity;
import io.relink.platform.Page;
import io.relink.problems.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the identities of one workspace with the channels hanging on each and the blast radius of
 * its death. Three queries for a whole page, however many identities and channels: the page of
 * identities, its count, and every token of every linked channel those identities reach.
 */
@Stateless
public class Identities {

    @PersistenceContext EntityManager em;

    @Inject ChannelStore channels;
    @Inject Clock clock;

    /** A page of identities, by name. */
    public Page<IdentityView> list(UUID workspaceId, int page, int size) {
        long total =
                em.createQuery(
                                "select count(i) from Identity i where i.workspace.id = :ws",
                                Long.class)
                        .setParameter("ws", workspaceId)
                        .getSingleResult();
        long offset = Page.offset(page, size);
        // A page far beyond the end is empty; asking the database would overflow its int offset.
        List<Identity> identities =
                offset >= total
                        ? List.of()
                        : em.createQuery(
                                        "select i from Identity i where i.workspace.id = :ws order by i.displayName, i.network, i.id",
                                        Identity.class)
                                .setParameter("ws", workspaceId)
                                .setFirstResult((int) offset)
                                .setMaxResults(size)
                                .getResultList();
        return Page.of(views(workspaceId, identities), page, size, total);
    }

    /** One identity; one of another workspace is as unknown as a made-up one. */
    public IdentityView view(UUID workspaceId, UUID identityId) {
        Identity identity = em.find(Identity.class, identityId);
        if (identity == null || !identity.workspace().id().equals(workspaceId)) {
            throw ProblemException.notFound("identity", identityId);
        }
        return views(workspaceId, List.of(identity)).get(0);
    }

    /**
     * One identity in words ("Dana Reyes on Facebook"); empty when the workspace has no such one.
     */
    public Optional<String> name(UUID workspaceId, UUID identityId) {
        return Optional.ofNullable(em.find(Identity.class, identityId))
                .filter(i -> i.workspace().id().equals(workspaceId))
                .map(i -> i.displayName() + " on " + i.network().displayName());
    }

    /**
     * For each of these identities, the workspace's other identities the networks say are the same
     * person ({@link SameMetaUser}); one query for the lot.
     */
    public Map<UUID, List<SameMetaUser.Ref>> samePerson(
            UUID workspaceId, List<IdentityView> identities) {
        List<String> users =
                identities.stream()
                        .filter(i -> SameMetaUser.NETWORKS.contains(i.network()))
                        .map(IdentityView::externalUserId)
                        .filter(java.util.Objects::nonNull)
                        .toList();
        if (users.isEmpty()) {
            return Map.of();
        }
        // the shown identities themselves are among those with their user ids
        List<SameMetaUser.Ref> known =
                em.createQuery(
                                "select i from Identity i where i.workspace.id = :ws and i.network in :networks and i.externalUserId in :users",
                                Identity.class)
                        .setParameter("ws", workspaceId)
                        .setParameter("networks", SameMetaUser.NETWORKS)
                        .setParameter("users", users)
                        .getResultStream()
                        .map(
                                i ->
                                        new SameMetaUser.Ref(
                                                i.id(),
                                                i.network(),
                                                i.externalUserId(),
                                                i.displayName()))
                        .toList();
        Set<UUID> shown = identities.stream().map(IdentityView::id).collect(Collectors.toSet());
        return SameMetaUser.of(known.stream().filter(r -> shown.contains(r.id())).toList(), known);
    }

    private List<IdentityView> views(UUID workspaceId, List<Identity> identities) {
        if (identities.isEmpty()) {
            return List.of();
        }
        // Every token of the linked channels these identities reach, others' tokens included: a
        // channel's state and failover depend on all of them. Read as rows, not entities: a page
        // of 50 identities reaches thousands of tokens.
        List<TokenRow> tokens =
                em.createQuery(
                                TokenRow.SELECT
                                        + """
                        where c.workspace.id = :ws and c.unlinkedAt is null
                          and c.id in (select r.channel.id from AccessToken r where r.identity.id in :ids)""",
                                Object[].class)
                        .setParameter("ws", workspaceId)
                        .setParameter("ids", identities.stream().map(Identity::id).toList())
                        .getResultStream()
                        .map(TokenRow::of)
                        .toList();
        Map<UUID, List<TokenFacts>> byChannel =
                tokens.stream()
                        .collect(
                                Collectors.groupingBy(
                                        TokenRow::channelId,
                                        Collectors.mapping(TokenRow::facts, Collectors.toList())));
        Map<UUID, List<TokenRow>> byIdentity =
                tokens.stream().collect(Collectors.groupingBy(TokenRow::identityId));
        BlastRadius radius = new BlastRadius(channels.states());
        Instant now = clock.instant();
        return identities.stream()
                .map(
                        i ->
                                view(
                                        i,
                                        byIdentity.getOrDefault(i.id(), List.of()),
                                        byChannel,
                                        radius,
                                        now))
                .toList();
    }

    /**
     * @param own the identity's tokens on linked channels
     * @param byChannel every token of those channels
     */
    private static IdentityView view(
            Identity identity,
            List<TokenRow> own,
            Map<UUID, List<TokenFacts>> byChannel,
            BlastRadius radius,
            Instant now) {
        Map<UUID, Set<UUID>> ownByChannel =
                own.stream()
                        .collect(
                                Collectors.groupingBy(
                                        TokenRow::channelId,
                                        Collectors.mapping(TokenRow::id, Collectors.toSet())));
        List<TokenRow> reached =
                own.stream()
                        .filter(distinctBy(TokenRow::channelId))
                        .sorted(
                                Comparator.comparing(TokenRow::channelName)
                                        .thenComparing(TokenRow::channelId))
                        .toList();
        List<IdentityView.ChannelLink> links = new ArrayList<>();
        List<UUID> singleToken = new ArrayList<>();
        int atRisk = 0;
        for (TokenRow channel : reached) {
            List<TokenFacts> facts = byChannel.get(channel.channelId());
            BlastRadius.Reliance reliance =
                    radius.of(facts, ownByChannel.get(channel.channelId()), now);
            links.add(
                    new IdentityView.ChannelLink(
                            channel.channelId(),
                            channel.channelName(),
                            channel.channelNetwork(),
                            reliance.state(),
                            reliance.tokenWorks(),
                            reliance.otherTokenWorks(),
                            reliance.atRisk()));
            if (reliance.atRisk()) {
                atRisk++;
            }
            if (reliance.onlyToken()) {
                singleToken.add(channel.channelId());
            }
        }
        return new IdentityView(
                identity.id(),
                identity.network(),
                identity.externalUserId(),
                identity.displayName(),
                List.copyOf(links),
                atRisk,
                List.copyOf(singleToken));
    }

    private static <T> java.util.function.Predicate<T> distinctBy(
            java.util.function.Function<T, Object> key) {
        Set<Object> seen = new java.util.HashSet<>();
        return t -> seen.add(key.apply(t));
    }
}
