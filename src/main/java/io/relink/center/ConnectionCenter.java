package io.relink.center;

import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.Explanations;
import io.relink.channels.entity.ChannelState;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import io.relink.problems.ProblemException;
import io.relink.reconnect.control.ConnectionFlows;
import io.relink.reconnect.control.Outcome;
import io.relink.reconnect.control.ReconnectRequests;
import io.relink.reconnect.control.Reconnects;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Membership;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Backs the Connection Center: the signed-in member's channels, most urgent first. */
@Named("center")
@ViewScoped
public class ConnectionCenter implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME_DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject transient ChannelStore channels;
    @Inject transient Clock clock;
    @Inject transient Caller caller;
    @Inject transient Reconnects reconnects;
    @Inject transient ReconnectRequests requests;
    @Inject transient ConnectionFlows authorizations;
    @Inject transient Networks networks;

    private List<ChannelView> rows;
    private String asOf;
    private Map<ChannelState, Long> counts;
    private Outcome outcome;
    private NetworkType network = NetworkType.SANDBOX;
    private UUID askFor;
    private String askEmail;
    private String askMessage;

    @PostConstruct
    void open() {
        load();
        showFlow(
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get("flow"));
    }

    void load() {
        Membership member =
                caller.membership()
                        .orElseThrow(
                                () -> new IllegalStateException("Signed in, but in no workspace"));
        rows = channels.linked(member.workspace().id());
        asOf = TIME.format(clock.instant());
        counts = new EnumMap<>(ChannelState.class);
        for (ChannelState state : ChannelState.values()) {
            counts.put(state, rows.stream().filter(r -> r.state() == state).count());
        }
    }

    /** The result of the reconnect the member just came back from ({@code ?flow=<id>}), if any. */
    public void showFlow(String flowId) {
        if (flowId == null || flowId.isBlank()) {
            return;
        }
        try {
            UUID id = UUID.fromString(flowId);
            authorizations
                    .of(caller.workspaceId(), id)
                    .filter(f -> f.outcome() != null)
                    .ifPresent(f -> outcome = JSON.fromJson(f.outcome(), Outcome.class));
        } catch (IllegalArgumentException malformed) {
            // a hand-edited address shows no result rather than an error page
        }
    }

    /** OWNER and ADMIN may act; VIEWER sees state only (the actions check again on the server). */
    public boolean isMayAct() {
        return caller.may(Scope.CHANNELS_WRITE);
    }

    /** The networks a member can connect here: those configured on this installation. */
    public List<NetworkType> getNetworks() {
        return java.util.Arrays.stream(NetworkType.values()).filter(networks::isAvailable).toList();
    }

    public void connect() {
        consent(
                () ->
                        reconnects.connect(
                                caller.workspaceId(), network, caller.personId(), caller.actor()));
    }

    public void reconnect(UUID channelId) {
        consent(
                () ->
                        reconnects.reconnectChannel(
                                caller.workspaceId(),
                                channelId,
                                caller.personId(),
                                caller.actor()));
    }

    public void addToken(UUID channelId) {
        consent(
                () ->
                        reconnects.addToken(
                                caller.workspaceId(),
                                channelId,
                                caller.personId(),
                                caller.actor()));
    }

    public void unlink(UUID channelId) {
        mayAct();
        ChannelView unlinked = reconnects.unlink(caller.workspaceId(), channelId, caller.actor());
        Pages.info(
                unlinked.name()
                        + " was unlinked: its tokens were revoked where possible and erased; its history is kept.");
        load();
    }

    /** Opens the "ask the account owner" form for one channel. */
    public void ask(UUID channelId) {
        askFor = channelId;
        askEmail = null;
        askMessage = null;
    }

    public void sendLink() {
        mayAct();
        try {
            ReconnectRequests.View sent =
                    requests.send(
                            caller.workspaceId(),
                            askFor,
                            askEmail,
                            blankToNull(askMessage),
                            caller.actor());
            Pages.info(
                    "A single-use reconnect link was sent to "
                            + sent.email()
                            + "; it works until "
                            + TIME_DAY.format(sent.expiresAt())
                            + ".");
            askFor = null;
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
    }

    public void cancelAsk() {
        askFor = null;
    }

    private void consent(Supplier<ConnectionFlows.Started> start) {
        mayAct();
        try {
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .redirect(start.get().authorizationUrl().toString());
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        } catch (IOException gone) {
            throw new UncheckedIOException(gone);
        }
    }

    /** The server decides, whatever the page showed. */
    private void mayAct() {
        if (!isMayAct()) {
            throw new SecurityException("Only owners and admins may change channels.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public NetworkType getNetwork() {
        return network;
    }

    public void setNetwork(NetworkType network) {
        this.network = network;
    }

    public UUID getAskFor() {
        return askFor;
    }

    public String getAskEmail() {
        return askEmail;
    }

    public void setAskEmail(String askEmail) {
        this.askEmail = askEmail;
    }

    public String getAskMessage() {
        return askMessage;
    }

    public void setAskMessage(String askMessage) {
        this.askMessage = askMessage;
    }

    /** Reads the channels again: the poll on the page calls this while the sweep changes states. */
    public void refresh() {
        load();
    }

    /** When the rows were read, in the server's time zone, to the second. */
    public String getAsOf() {
        return asOf;
    }

    public List<ChannelView> getRows() {
        return rows;
    }

    public long count(String state) {
        return counts.getOrDefault(ChannelState.valueOf(state), 0L);
    }

    public int getTotal() {
        return rows.size();
    }

    /** The badge colour of a state: green, amber, red or grey. */
    public String colour(ChannelState state) {
        return switch (state) {
            case CONNECTED -> "green";
            case EXPIRING, DEGRADED -> "amber";
            case DISCONNECTED -> "red";
            case UNVERIFIED, UNLINKED -> "grey";
        };
    }

    public String expiry(Instant expiresAt) {
        return Explanations.expiresIn(expiresAt, clock.instant());
    }

    public String label(ChannelState state) {
        String name = state.name().toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public String display(String enumName) {
        return enumName == null ? "" : enumName.replace('_', ' ').toLowerCase();
    }
}
