package io.relink.reconnect.control;

import io.relink.channels.control.ChannelLedger;
import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Cause;
import io.relink.networks.Network;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import io.relink.networks.Verdict;
import io.relink.platform.OneTimeSecret;
import io.relink.problems.ProblemException;
import io.relink.reconnect.entity.ConnectionCompleted;
import io.relink.reconnect.entity.ConnectionFlow;
import io.relink.reconnect.entity.Purpose;
import io.relink.security.KeyRing;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts OAuth authorization code flows and hands each one, once, to the callback that brings its
 * state back.
 *
 * <p>Rules: the state is 256 random bits, single use, valid for {@link #LIFE}, bound to the
 * workspace, the target and whoever started it (a member must come back with the same session; an
 * API key's flow is bound to the state alone, since the person consenting need not be a member).
 * Only its SHA-256 is stored. PKCE (S256) is used with every network; the verifier stays on the
 * server, sealed like a token.
 *
 * <p>Written on top of the adapters' own {@link Network#authorizationUrl} rather than with an OAuth
 * SDK: the networks' consent URLs differ (comma-separated scopes, Instagram's two logins, X's PKCE
 * rules), and the adapters already build them; what is common is the state and the verifier, which
 * need nothing but a random source and SHA-256.
 */
@Stateless
public class ConnectionFlows {

    /** How long a person has to consent before the state is worth nothing. */
    public static final Duration LIFE = Duration.ofMinutes(10);

    /** What a reconnect's discovery says of a channel the identity no longer reaches. */
    static final Verdict.Dead ROLE_LOST =
            new Verdict.Dead(
                    Cause.ADMIN_ROLE_LOST,
                    "not-discovered",
                    "Absent from the channels the network listed for this identity at reconnect.");

    @PersistenceContext EntityManager em;
    @Inject ChannelLedger ledger;
    @Inject Event<ConnectionCompleted> completed;
    @Inject Networks networks;
    @Inject KeyRing keys;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relink.public-url")
    String publicUrl;

    /**
     * A new flow; the answer's URL is where the person consents.
     *
     * @throws ProblemException 503 when the network is not configured here
     */
    public Started start(
            UUID workspaceId,
            NetworkType type,
            Purpose purpose,
            UUID channelId,
            UUID identityId,
            UUID memberId,
            String actor) {
        Network network = available(type);
        String state = OneTimeSecret.generate();
        String verifier = OneTimeSecret.generate(); // 43 characters: a valid PKCE verifier
        Instant now = clock.instant();
        URI redirect = callbackUri(type);
        ConnectionFlow request =
                new ConnectionFlow(
                        UUID.randomUUID(),
                        OneTimeSecret.digest(state),
                        workspaceId,
                        type,
                        purpose,
                        channelId,
                        identityId,
                        memberId,
                        actor,
                        redirect.toString(),
                        now,
                        now.plus(LIFE));
        request.sealVerifier(keys.sealer().seal(verifier, context(request.id())));
        em.persist(request);
        URI url =
                network.authorizationUrl(
                        new AuthorizationRequest(
                                redirect, network.requiredScopes(), state, challenge(verifier)));
        return new Started(request.id(), url, request.expiresAt());
    }

    /**
     * Takes the flow whose state came back, for good: a second callback with the same state gets
     * nowhere. A flow started by a member is only taken by that member's session.
     */
    public Taken take(NetworkType type, String state, UUID sessionMember) {
        if (state == null || state.isBlank() || state.length() > 200) {
            throw new Refused(
                    "The sign-in came back without a valid state. Start again from the Connection Center.");
        }
        var request =
                em.createQuery(
                                "select r from ConnectionFlow r where r.stateHash = :hash",
                                ConnectionFlow.class)
                        .setParameter("hash", OneTimeSecret.digest(state))
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new Refused(
                                                "This sign-in is unknown to Relink. Start again from the Connection Center."));
        Instant now = clock.instant();
        if (request.usedAt() != null) {
            throw new Refused(
                    "This sign-in was already used. Each one works once; start again from the Connection Center.");
        }
        if (!now.isBefore(request.expiresAt())) {
            throw new Refused(
                    "This sign-in expired (it lasts "
                            + LIFE.toMinutes()
                            + " minutes). Start again from the Connection Center.");
        }
        if (request.network() != type) {
            throw new Refused(
                    "This sign-in was started for "
                            + request.network().displayName()
                            + ", not "
                            + type.displayName()
                            + ".");
        }
        if (request.memberId() != null && !request.memberId().equals(sessionMember)) {
            throw new Refused(
                    "This sign-in was started by another member. Sign in to Relink as that member, or start again.");
        }
        request.use(now);
        String verifier = keys.sealer().open(request.sealedVerifier(), context(request.id()));
        return new Taken(
                request.id(),
                request.workspaceId(),
                type,
                request.purpose(),
                request.channelId(),
                request.identityId(),
                request.memberId(),
                request.actor(),
                verifier,
                URI.create(request.redirectUri()));
    }

    /**
     * Stores what the callback did, for the page and the API, and, in the same transaction and
     * through the channel ledger, what its discovery told: the identity no longer manages the
     * channels of these tokens (a token already dead stays as it died).
     */
    public void finish(UUID id, String outcome, List<UUID> rolesLost, String actor) {
        for (UUID token : rolesLost) {
            ledger.record(token, null, ROLE_LOST, actor);
        }
        ConnectionFlow flow = em.find(ConnectionFlow.class, id);
        flow.finish(outcome);
        completed.fire(
                new ConnectionCompleted(
                        flow.workspaceId(),
                        flow.id(),
                        flow.network(),
                        flow.purpose(),
                        flow.actor(),
                        outcome,
                        clock.instant()));
    }

    /** A flow of this workspace. */
    public Optional<ConnectionFlow> of(UUID workspaceId, UUID id) {
        return Optional.ofNullable(em.find(ConnectionFlow.class, id))
                .filter(r -> r.workspaceId().equals(workspaceId));
    }

    public URI callbackUri(NetworkType type) {
        return URI.create(
                publicUrl.replaceAll("/+$", "")
                        + "/oauth/"
                        + type.name().toLowerCase(Locale.ROOT)
                        + "/callback");
    }

    Network available(NetworkType type) {
        try {
            return networks.of(type);
        } catch (Networks.NetworkUnavailable unavailable) {
            throw ProblemException.unavailable(unavailable.getMessage());
        }
    }

    /** The PKCE S256 challenge of a verifier (RFC 7636). */
    static String challenge(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String context(UUID id) {
        return "authorization:" + id + ":verifier";
    }

    /** A flow just started: where to send the person, and until when the link works. */
    public record Started(UUID id, URI authorizationUrl, Instant expiresAt) {}

    /** A flow taken by its callback, with what the code exchange needs. */
    public record Taken(
            UUID id,
            UUID workspaceId,
            NetworkType network,
            Purpose purpose,
            UUID channelId,
            UUID identityId,
            UUID memberId,
            String actor,
            String codeVerifier,
            URI redirectUri) {

        @Override
        public String toString() {
            return "Taken[" + id + ", " + network + ", " + purpose + "]";
        }
    }

    /** The callback cannot go on; the message tells the person what to do. Nothing was changed. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }
}
