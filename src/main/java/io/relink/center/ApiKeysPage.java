package io.relink.center;

import io.relink.problems.ProblemException;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.control.ApiKeys;
import io.relink.workspaces.entity.ApiKey;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Backs the API keys page, for the workspace's owners (scope {@code admin}, as on the API): the
 * keys with their prefix and scopes, revoked ones kept for the record; a new key, shown once; and
 * revoking one.
 */
@Named("apiKeysPage")
@ViewScoped
public class ApiKeysPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME_DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /**
     * The request attribute that holds a new key: only the answer that creates it shows it, and the
     * key never rests in the session with the view.
     */
    private static final String ISSUED = ApiKeysPage.class.getName() + ".issued";

    /** What each scope lets a key do, in words for the form. */
    private static final Map<String, String> SCOPES =
            Map.of(
                    Scope.CHANNELS_READ, "read the channels and how they stand",
                    Scope.CHANNELS_WRITE,
                            "connect, reconnect and unlink channels; report a network's errors",
                    Scope.CREDENTIALS_READ,
                            "read a channel's working access token (for publishing tools)",
                    Scope.ADMIN, "manage the workspace: members, invitations and API keys");

    @Inject transient Caller caller;
    @Inject transient ApiKeys keys;

    private List<Key> rows;
    private String name;
    private List<String> scopes = new ArrayList<>(List.of(Scope.CHANNELS_READ));

    /** A key as listed: never its secret. */
    public record Key(
            UUID id, String name, String prefix, String scopes, String created, String revoked)
            implements Serializable {}

    /** A key just made, with its only plaintext copy. */
    public record Issued(String name, String key) {}

    @PostConstruct
    void load() {
        rows =
                isOwner()
                        ? keys.of(caller.workspaceId()).stream().map(ApiKeysPage::row).toList()
                        : List.of();
    }

    private static Key row(ApiKey key) {
        return new Key(
                key.id(),
                key.name(),
                key.prefix(),
                String.join(" ", key.scopes().stream().sorted().toList()),
                TIME_DAY.format(key.createdAt()),
                key.revokedAt() == null ? null : TIME_DAY.format(key.revokedAt()));
    }

    /** Owners manage keys; the page shows nothing else to others. */
    public boolean isOwner() {
        return caller.may(Scope.ADMIN);
    }

    public void create() {
        if (!ownerOrSay()) {
            return;
        }
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > 100) {
            Pages.error("Give the key a name of 1 to 100 characters.");
            return;
        }
        Set<String> chosen = new LinkedHashSet<>(scopes == null ? List.of() : scopes);
        if (chosen.isEmpty() || !Scope.ALL.containsAll(chosen)) {
            Pages.error("Choose at least one of the scopes listed.");
            return;
        }
        try {
            ApiKeys.Issued issued = keys.issue(caller.workspaceId(), text, chosen, caller.actor());
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestMap()
                    .put(ISSUED, new Issued(issued.key().name(), issued.secret()));
            name = null;
            scopes = new ArrayList<>(List.of(Scope.CHANNELS_READ));
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    public void revoke(UUID keyId) {
        if (!ownerOrSay()) {
            return;
        }
        keys.revoke(caller.workspaceId(), keyId, caller.actor())
                .ifPresentOrElse(
                        k ->
                                Pages.info(
                                        k.name()
                                                + " ("
                                                + k.prefix()
                                                + "…) is revoked: it stopped working at once."),
                        () -> Pages.error("This workspace has no such key."));
        load();
    }

    /** The key made by this request, if any. */
    public Issued getIssued() {
        return (Issued)
                FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(ISSUED);
    }

    /** The server decides, whatever the page showed. */
    private boolean ownerOrSay() {
        if (!isOwner()) {
            Pages.error("Only owners manage API keys.");
            return false;
        }
        return true;
    }

    public List<String> getScopeChoices() {
        return Scope.ALL.stream().sorted().toList();
    }

    public String meaning(String scope) {
        return SCOPES.getOrDefault(scope, "");
    }

    public List<Key> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }
}
