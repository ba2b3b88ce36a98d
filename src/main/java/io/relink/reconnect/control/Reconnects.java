package io.relink.reconnect.control;

import io.relink.channels.control.ChannelLedger;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.TokenVault;
import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.Identity;
import io.relink.networks.Network;
import io.relink.networks.NetworkRefusal;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import io.relink.problems.ProblemException;
import io.relink.reconnect.entity.Purpose;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What people and integrations do with channels: start a connect, a reconnect (of a channel or of
 * an identity: all its channels at once) or an add-token flow; remove one token; unlink.
 *
 * <p>Unlink and token removal revoke at the network where it supports revocation, best effort and
 * recorded: a network that is down or refuses does not stop the unlink. A token is only revoked
 * when its identity reaches no other linked channel of the workspace, because on several networks
 * revoking is per grant, not per token, and would silently cut the other channels too.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reconnects {

    private static final Logger LOG = Logger.getLogger(Reconnects.class.getName());

    @PersistenceContext EntityManager em;
    @Inject ConnectionFlows authorizations;
    @Inject ChannelStore channels;
    @Inject ChannelLedger ledger;
    @Inject Networks networks;
    @Inject TokenVault vault;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ConnectionFlows.Started connect(
            UUID workspaceId, NetworkType network, UUID memberId, String actor) {
        return authorizations.start(
                workspaceId, network, Purpose.CONNECT, null, null, memberId, actor);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ConnectionFlows.Started reconnectChannel(
            UUID workspaceId, UUID channelId, UUID memberId, String actor) {
        ChannelView channel = linked(workspaceId, channelId);
        return authorizations.start(
                workspaceId,
                channel.network(),
                Purpose.RECONNECT,
                channelId,
                null,
                memberId,
                actor);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ConnectionFlows.Started reconnectIdentity(
            UUID workspaceId, UUID identityId, UUID memberId, String actor) {
        Identity identity = em.find(Identity.class, identityId);
        if (identity == null || !identity.workspace().id().equals(workspaceId)) {
            throw ProblemException.notFound("identity", identityId);
        }
        return authorizations.start(
                workspaceId,
                identity.network(),
                Purpose.RECONNECT,
                null,
                identityId,
                memberId,
                actor);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ConnectionFlows.Started addToken(
            UUID workspaceId, UUID channelId, UUID memberId, String actor) {
        ChannelView channel = linked(workspaceId, channelId);
        return authorizations.start(
                workspaceId,
                channel.network(),
                Purpose.ADD_TOKEN,
                channelId,
                null,
                memberId,
                actor);
    }

    /** Removes one token from a channel; the last one cannot be removed (that is an unlink). */
    public ChannelView removeToken(UUID workspaceId, UUID channelId, UUID tokenId, String actor) {
        ChannelView channel = linked(workspaceId, channelId);
        AccessToken token =
                tokensOf(channelId).stream()
                        .filter(t -> t.id().equals(tokenId))
                        .findFirst()
                        .orElse(null);
        if (token == null) {
            throw ProblemException.notFound("token", tokenId + " on channel " + channelId);
        }
        if (channel.tokens().size() == 1) {
            throw ProblemException.conflict(
                    "This is the channel's only token. Unlink the channel instead (DELETE /api/v1/channels/"
                            + channelId
                            + ").");
        }
        String revoked = revoke(List.of(token));
        ledger.remove(
                channelId,
                tokenId,
                actor,
                "Token of " + token.identity().displayName() + " removed. " + revoked);
        return channels.view(workspaceId, channelId);
    }

    /**
     * Unlinks a channel: revoke (best effort), erase the secrets, keep the history. Unlinking again
     * changes nothing.
     */
    public ChannelView unlink(UUID workspaceId, UUID channelId, String actor) {
        ChannelView channel = channels.view(workspaceId, channelId);
        if (channel.state() != ChannelState.UNLINKED) {
            ledger.unlink(
                    channelId, actor, "Unlinked; secrets erased. " + revoke(tokensOf(channelId)));
        }
        return channels.view(workspaceId, channelId);
    }

    /** Revokes what may be revoked and says, in one sentence per token, what happened. */
    private String revoke(List<AccessToken> tokens) {
        List<String> said = new ArrayList<>();
        for (AccessToken token : tokens) {
            String whose = token.identity().displayName() + "'s token";
            if (token.isErased()) {
                continue;
            }
            long elsewhere =
                    em.createQuery(
                                    "select count(t) from AccessToken t where t.identity.id = :i and t.id <> :t and t.channel.unlinkedAt is null",
                                    Long.class)
                            .setParameter("i", token.identity().id())
                            .setParameter("t", token.id())
                            .getSingleResult();
            NetworkType type = token.channel().network();
            if (elsewhere > 0) {
                said.add(
                        whose
                                + " kept at "
                                + type.displayName()
                                + ": the same grant serves "
                                + elsewhere
                                + " other channel(s).");
                continue;
            }
            try {
                Network network = networks.of(type);
                network.revoke(vault.openAccess(token));
                said.add(whose + " revoked at " + type.displayName() + ".");
            } catch (Networks.NetworkUnavailable unavailable) {
                said.add(whose + " not revoked: " + unavailable.getMessage() + ".");
            } catch (NetworkRefusal refused) {
                said.add(
                        whose
                                + " not revoked: "
                                + type.displayName()
                                + " refused ("
                                + refused.getMessage()
                                + "); it may be dead already.");
            } catch (RuntimeException trouble) {
                LOG.log(
                        Level.WARNING,
                        "Revoking token {0} at {1} failed: {2}",
                        new Object[] {token.id(), type, trouble.toString()});
                said.add(whose + " not revoked: " + type.displayName() + " could not be reached.");
            }
        }
        return String.join(" ", said);
    }

    /** Read with their identity and channel: outside a transaction nothing loads lazily. */
    private List<AccessToken> tokensOf(UUID channelId) {
        return em.createQuery(
                        "select t from AccessToken t join fetch t.identity join fetch t.channel where t.channel.id = :c",
                        AccessToken.class)
                .setParameter("c", channelId)
                .getResultList();
    }

    private ChannelView linked(UUID workspaceId, UUID channelId) {
        ChannelView channel = channels.view(workspaceId, channelId);
        if (channel.state() == ChannelState.UNLINKED) {
            throw ProblemException.conflict(
                    "Channel "
                            + channelId
                            + " is unlinked. Connect its account again to bring it back.");
        }
        return channel;
    }
}
