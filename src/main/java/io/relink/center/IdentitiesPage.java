package io.relink.center;

import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.Identities;
import io.relink.channels.control.IdentityView;
import io.relink.channels.control.SameMetaUser;
import io.relink.platform.Page;
import io.relink.reconnect.control.Reconnects;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Backs the Identities page: each person whose grant keeps channels working, the channels hanging
 * on it, what its death would cost, and one Reconnect that renews all of them (for owners and
 * admins). The same reads and the same reconnect as the REST API's {@code /identities}.
 */
@Named("identitiesPage")
@ViewScoped
public class IdentitiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Identities per page: each is a card with its channels, so fewer than a table's rows. */
    static final int PER_PAGE = 20;

    @Inject transient Caller caller;
    @Inject transient Identities identities;
    @Inject transient ChannelStore channels;
    @Inject transient Reconnects reconnects;
    @Inject transient Clock clock;

    private int page = 1;
    private Page<IdentityRows.Row> rows;

    @PostConstruct
    void load() {
        UUID workspace = caller.workspaceId();
        Page<IdentityView> found = identities.list(workspace, page, PER_PAGE);
        // the tokens of every channel these identities reach, read at once for the whole page
        Map<UUID, List<ChannelView.TokenView>> tokens =
                channels
                        .views(
                                workspace,
                                found.items().stream()
                                        .flatMap(i -> i.channels().stream())
                                        .map(IdentityView.ChannelLink::id)
                                        .collect(Collectors.toSet()))
                        .stream()
                        .flatMap(c -> c.tokens().stream())
                        .collect(Collectors.groupingBy(t -> t.identity().id()));
        Map<UUID, List<SameMetaUser.Ref>> same = identities.samePerson(workspace, found.items());
        Instant now = clock.instant();
        rows =
                found.map(
                        i ->
                                IdentityRows.row(
                                        i,
                                        tokens.getOrDefault(i.id(), List.of()),
                                        same.getOrDefault(i.id(), List.of()),
                                        now));
    }

    /** OWNER and ADMIN may reconnect; VIEWER sees the identities only. */
    public boolean isMayAct() {
        return caller.may(Scope.CHANNELS_WRITE);
    }

    /**
     * One consent on the network renews every channel the identity's grant reaches: off to the
     * network's consent page, and back to the Connection Center with the result.
     */
    public void reconnect(UUID identityId) {
        if (!isMayAct()) {
            throw new SecurityException("Only owners and admins may reconnect.");
        }
        Pages.consent(
                () ->
                        reconnects.reconnectIdentity(
                                caller.workspaceId(),
                                identityId,
                                caller.personId(),
                                caller.actor()));
    }

    public void next() {
        if (page < rows.totalPages()) {
            page++;
        }
        load();
    }

    public void previous() {
        if (page > 1) {
            page--;
        }
        load();
    }

    public Page<IdentityRows.Row> getRows() {
        return rows;
    }
}
