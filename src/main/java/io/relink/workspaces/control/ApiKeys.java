package io.relink.workspaces.control;

import io.relink.audit.control.AuditTrail;
import io.relink.audit.entity.Action;
import io.relink.platform.OneTimeSecret;
import io.relink.workspaces.entity.ApiKey;
import io.relink.workspaces.entity.Workspace;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Makes and recognizes workspace API keys.
 *
 * <p>Keys are 256 random bits, so a single SHA-256 is enough to store them safely (a slow password
 * hash protects guessable secrets; these are not guessable) and lets a key be found by its hash in
 * one indexed lookup. The key itself is returned once, at creation, and never stored.
 */
@Stateless
public class ApiKeys {

    static final String PREFIX = "rk_";
    static final int MIN_LENGTH = 24;

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject AuditTrail audit;

    /** A new key; the returned text is the only copy of it. */
    public Issued issue(Workspace workspace, String name, Set<String> scopes) {
        String key = PREFIX + OneTimeSecret.generate();
        return new Issued(register(workspace, name, key, scopes), key);
    }

    /** A new key for a workspace, made by a caller (audited). */
    public Issued issue(UUID workspaceId, String name, Set<String> scopes, String actor) {
        Issued issued = issue(em.find(Workspace.class, workspaceId), name, scopes);
        audit.write(
                workspaceId,
                null,
                null,
                actor,
                Action.API_KEY_CREATED,
                issued.key().name()
                        + " ("
                        + issued.key().prefix()
                        + "…): "
                        + String.join(" ", issued.key().scopes().stream().sorted().toList()),
                clock.instant());
        return issued;
    }

    /** Stores a key chosen by the operator (the demo key from configuration). */
    public ApiKey register(Workspace workspace, String name, String key, Set<String> scopes) {
        if (key.length() < MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "An API key must be at least " + MIN_LENGTH + " characters long");
        }
        ApiKey stored =
                new ApiKey(
                        workspace,
                        name,
                        key.substring(0, Math.min(10, key.length())),
                        OneTimeSecret.digest(key),
                        scopes,
                        clock.instant());
        em.persist(stored);
        return stored;
    }

    /** The live key with this text, if any. */
    public Optional<ApiKey> recognize(String key) {
        if (key == null || key.length() < MIN_LENGTH || key.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class)
                .setParameter("hash", OneTimeSecret.digest(key))
                .getResultStream()
                .findFirst();
    }

    /** The live key with this id, with its workspace. */
    public Optional<ApiKey> byId(UUID id) {
        return em.createNamedQuery(ApiKey.LIVE_BY_ID, ApiKey.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * All keys of a workspace, revoked ones included (they stay listed for the record), newest
     * first.
     */
    public List<ApiKey> of(UUID workspaceId) {
        return em.createNamedQuery(ApiKey.OF_WORKSPACE, ApiKey.class)
                .setParameter("workspace", workspaceId)
                .getResultList();
    }

    /** Revokes a key of this workspace; empty when the workspace has no such key. */
    public Optional<ApiKey> revoke(UUID workspaceId, UUID keyId, String actor) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || !key.workspace().id().equals(workspaceId)) {
            return Optional.empty();
        }
        if (key.revokedAt() == null) {
            key.revoke(clock.instant());
            audit.write(
                    workspaceId,
                    null,
                    null,
                    actor,
                    Action.API_KEY_REVOKED,
                    key.name() + " (" + key.prefix() + "…)",
                    clock.instant());
        }
        return Optional.of(key);
    }

    public boolean exists(String key) {
        return recognize(key).isPresent();
    }

    /** A key just made, with its only plaintext copy. */
    public record Issued(ApiKey key, String secret) {}
}
