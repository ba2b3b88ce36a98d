package io.relink.channels.control;

import io.relink.networks.NetworkType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Which identities the networks themselves say are one person: a Facebook identity and an Instagram
 * identity reached through Facebook Login carry the same user id, the app-scoped id Facebook's
 * {@code /me} gives the one Meta app, so equal ids on those two networks are one Meta user. Nothing
 * else says so reliably, and nothing is guessed: Instagram Login gives Instagram's own user ids,
 * Threads its own, and names are not identities (two people share a name; one person spells it two
 * ways). Pure.
 */
public final class SameMetaUser {

    /** The networks whose identities carry a Facebook user id. */
    public static final Set<NetworkType> NETWORKS =
            Set.of(NetworkType.FACEBOOK, NetworkType.INSTAGRAM);

    private SameMetaUser() {}

    /** An identity as this rule needs it. */
    public record Ref(UUID id, NetworkType network, String externalUserId, String displayName) {}

    /**
     * For each identity of {@code shown}, the other identities of {@code known} that are the same
     * Meta user; identities with none are left out.
     *
     * @param known every identity the workspace has with one of the shown identities' user ids
     */
    public static Map<UUID, List<Ref>> of(Collection<Ref> shown, Collection<Ref> known) {
        Map<UUID, List<Ref>> same = new LinkedHashMap<>();
        for (Ref identity : shown) {
            if (!NETWORKS.contains(identity.network()) || identity.externalUserId() == null) {
                continue;
            }
            List<Ref> others =
                    known.stream()
                            .filter(o -> !o.id().equals(identity.id()))
                            .filter(o -> NETWORKS.contains(o.network()))
                            .filter(o -> o.network() != identity.network())
                            .filter(
                                    o ->
                                            Objects.equals(
                                                    o.externalUserId(), identity.externalUserId()))
                            .toList();
            if (!others.isEmpty()) {
                same.put(identity.id(), others);
            }
        }
        return same;
    }
}
