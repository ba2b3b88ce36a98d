package io.relink.channels.control;

import io.relink.audit.control.AuditTrail;
import io.relink.audit.entity.Action;
import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.Channel;
import io.relink.channels.entity.Identity;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.NetworkType;
import io.relink.problems.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Hands downstream products the credential of a channel, and tells which token a product used.
 *
 * <p>The credential is the channel's best working token (failover: the first working one in the
 * ranking the channel's state is derived by), so a product keeps publishing while one of several
 * tokens dies. The secret is opened here, the one edge that hands it out; every read is written to
 * the channel's history under the reading key's name ({@code credential.read}), in the read's
 * transaction.
 */
@Stateless
public class Credentials {

    /** The history's action for a read. */
    @PersistenceContext EntityManager em;

    @Inject ChannelStore channels;
    @Inject TokenVault vault;
    @Inject AuditTrail audit;
    @Inject Clock clock;

    /**
     * The channel's best working access token, its read written to the history.
     *
     * @throws ProblemException 404 for an unknown, unlinked or other workspace's channel; 409 when
     *     no token of the channel works, saying why
     */
    public Credential read(UUID workspaceId, UUID channelId, String actor) {
        AccessToken token = working(workspaceId, channelId);
        Channel channel = token.channel();
        Identity identity = token.identity();
        String secret = vault.openAccess(token);
        audit.write(
                workspaceId,
                channelId,
                token.id(),
                actor,
                Action.CREDENTIAL_READ,
                "Access token of " + identity.displayName() + " read",
                clock.instant());
        return new Credential(
                token.id(),
                secret,
                token.expiresAt(),
                token.scopes().stream().sorted().toList(),
                channel.network(),
                channel.externalId(),
                new ChannelView.IdentityRef(identity.id(), identity.displayName()));
    }

    /**
     * The token a product's failure report is about: {@code tokenId} when the product named it,
     * which must be one of the channel's; else the one {@link #read} serves now, which is the one
     * the product was given.
     *
     * @throws ProblemException 404 for an unknown, unlinked or other workspace's channel, or a
     *     token that is not the channel's; 409 when no token was named and none works
     */
    public Used used(UUID workspaceId, UUID channelId, UUID tokenId) {
        AccessToken token;
        if (tokenId == null) {
            token = working(workspaceId, channelId);
        } else {
            channels.linked(workspaceId, channelId);
            token = em.find(AccessToken.class, tokenId);
            if (token == null || !token.channel().id().equals(channelId)) {
                throw ProblemException.notFound("token", tokenId + " on channel " + channelId);
            }
        }
        return new Used(
                token.id(),
                channelId,
                token.channel().network(),
                token.status(),
                token.isRefreshable(),
                token.identity().displayName());
    }

    private AccessToken working(UUID workspaceId, UUID channelId) {
        return channels.bestToken(workspaceId, channelId)
                .orElseThrow(() -> noWorkingToken(channels.view(workspaceId, channelId)));
    }

    /** 409, in the words the Connection Center uses: the channel's state, why, and what to do. */
    static ProblemException noWorkingToken(ChannelView channel) {
        StringBuilder detail =
                new StringBuilder("No token of channel '")
                        .append(channel.name())
                        .append("' works: it is ")
                        .append(channel.state())
                        .append('.');
        if (channel.causeText() != null) {
            detail.append(' ').append(channel.causeText());
        }
        if (channel.nextStep() != null) {
            detail.append(' ').append(channel.nextStep());
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("state", channel.state());
        if (channel.cause() != null) {
            extensions.put("cause", channel.cause());
        }
        return new ProblemException(
                409, "no-working-token", "No working token", detail.toString(), extensions);
    }

    /**
     * A token as a failure report needs it; no secret.
     *
     * @param refreshable whether Relink holds a refresh token for it
     * @param identity the display name of the person whose grant it is
     */
    public record Used(
            UUID tokenId,
            UUID channelId,
            NetworkType network,
            TokenStatus status,
            boolean refreshable,
            String identity) {}
}
