package io.relink.center;

import io.relink.audit.control.History;
import io.relink.audit.entity.Action;
import io.relink.channels.control.ChannelOrder;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.Identities;
import io.relink.channels.entity.ChannelState;
import io.relink.checks.control.CheckNow;
import io.relink.checks.control.CheckedChannel;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import io.relink.notifications.control.NotificationSettings;
import io.relink.notifications.control.SentNotices;
import io.relink.notifications.entity.Notice;
import io.relink.platform.Page;
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
import java.io.Serializable;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs the Connection Center: the signed-in member's channels, most urgent first; the channel an
 * e-mail's fix link names ({@code ?fix=<id>}) at the top with its Reconnect button; and, per
 * channel, the notices sent about it and (for owners and admins) who else gets them.
 */
@Named("center")
@ViewScoped
public class ConnectionCenter implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject transient ChannelStore channels;
    @Inject transient Clock clock;
    @Inject transient Caller caller;
    @Inject transient Reconnects reconnects;
    @Inject transient ReconnectRequests requests;
    @Inject transient ConnectionFlows authorizations;
    @Inject transient Networks networks;
    @Inject transient CheckNow checkNow;
    @Inject transient SentNotices sentNotices;
    @Inject transient NotificationSettings notificationSettings;
    @Inject transient History history;
    @Inject transient Identities identities;

    /** How many notices the channel's dialog lists: the latest, the rest are on Notifications. */
    static final int CHANNEL_NOTICES = 10;

    /**
     * The channel an e-mail's link asked to fix, in the words of the alert; {@code working} once it
     * works again, as when somebody else fixed it first.
     */
    public record Fix(UUID channelId, String text, boolean working) implements Serializable {}

    /** A member offered in a channel's recipient exceptions. */
    public record Person(String id, String label) implements Serializable {}

    /** How many rows the table shows a page. */
    static final int ROWS = 25;

    private final Rows rows = new Rows();
    // the table's choices, as the address carries them (read by f:viewParam, written by relink.js)
    private TableChoices choices = TableChoices.NONE;
    private String stateParam;
    private String networkParam;
    private String textParam;
    private String sortParam;
    private String pageParam;
    private String unlinkedParam;
    private String identityParam;
    // the identity the table is narrowed to, in words ("Dana Reyes on Facebook")
    private String identityShown;
    // when and by whom the unlinked channels shown were unlinked, by channel
    private Map<UUID, String> unlinkedNotes = new HashMap<>();
    // the rows ticked between two requests of this view; a view moved to another node forgets them
    private transient List<ChannelView> selected = new ArrayList<>();
    private String asOf;
    private Map<ChannelState, Long> counts;
    private Outcome outcome;
    private NetworkType network = NetworkType.SANDBOX;
    private List<Asked> asking = List.of();
    private String askProblem;
    private String askEmail;
    private String askMessage;
    private String fix;
    private Fix fixing;
    private boolean fixUnknown;
    private UUID noticesFor;
    private String noticesForName;
    private Page<NoticeRows.Row> channelNotices;
    private List<Person> people = List.of();
    private List<String> addPeople = new ArrayList<>();
    private List<String> removePeople = new ArrayList<>();
    private String extraAddresses;

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
        counts = new EnumMap<>(channels.counts(member.workspace().id()));
        asOf = TIME.format(clock.instant());
    }

    /**
     * The table's rows, read a page at a time from the database, most urgent first unless a
     * column's header asks for another order ({@link ChannelStore#page}): the page costs the same
     * with ten channels or a hundred thousand.
     */
    public final class Rows extends LazyDataModel<ChannelView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (choices.unlinked()) {
                return (int)
                        channels.page(caller.workspaceId(), choices.filters(), 0, 1).totalItems();
            }
            // without a search or a network the tiles' counts, read with the page, already say it
            Map<ChannelState, Long> found =
                    choices.text() == null
                                    && choices.network() == null
                                    && choices.identity() == null
                            ? counts
                            : channels.counts(caller.workspaceId(), choices.filters());
            ChannelState shown = choices.state();
            return (int)
                    found.entrySet().stream()
                            .filter(e -> shown == null || e.getKey() == shown)
                            .mapToLong(Map.Entry::getValue)
                            .sum();
        }

        @Override
        public List<ChannelView> load(
                int first,
                int pageSize,
                Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            ChannelOrder order =
                    sortBy == null
                            ? ChannelOrder.URGENCY
                            : sortBy.values().stream()
                                    // (the map may name every sortable column, unsorted ones too)
                                    .filter(
                                            s ->
                                                    s.getOrder() == SortOrder.ASCENDING
                                                            || s.getOrder() == SortOrder.DESCENDING)
                                    .findFirst()
                                    .map(
                                            s ->
                                                    ChannelOrder.ofColumn(
                                                            s.getField(),
                                                            s.getOrder() == SortOrder.DESCENDING))
                                    .orElse(ChannelOrder.URGENCY);
            Page<ChannelView> page =
                    channels.page(
                            caller.workspaceId(),
                            choices.filters().with(1, pageSize, order),
                            first,
                            pageSize);
            setRowCount((int) page.totalItems());
            choices = choices.withPage(order, first / Math.max(1, pageSize) + 1);
            readUnlinkedNotes(page.items());
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
                // the address says what the table shows (the query holds only URL-safe characters)
                PrimeFaces.current().executeScript("relinkTableAddress('" + choices.query() + "')");
            }
            return page.items();
        }

        @Override
        public String getRowKey(ChannelView row) {
            return row.id().toString();
        }

        @Override
        public ChannelView getRowData(String rowKey) {
            return linkedView(rowKey).orElse(null);
        }
    }

    /** When and by whom each unlinked channel shown was unlinked, from its history. */
    private void readUnlinkedNotes(List<ChannelView> shown) {
        unlinkedNotes = new HashMap<>();
        if (!choices.unlinked()) {
            return;
        }
        UUID workspace = caller.workspaceId();
        for (ChannelView row : shown) {
            history.of(workspace, row.id(), Action.CHANNEL_UNLINKED.key(), 1, 1).items().stream()
                    .findFirst()
                    .ifPresent(
                            e ->
                                    unlinkedNotes.put(
                                            row.id(),
                                            ChannelWords.unlinked(
                                                    WHEN.format(e.occurredAt()), e.actor())));
        }
    }

    /** When and by whom an unlinked channel was unlinked, in words; null when not known. */
    public String unlinkedNote(UUID channelId) {
        return unlinkedNotes.get(channelId);
    }

    /**
     * Reads the table's choices from the address ({@code f:viewAction}, on opening the page only):
     * what cannot be read is left out.
     */
    public void readChoices() {
        choices =
                TableChoices.read(
                        stateParam,
                        networkParam,
                        textParam,
                        sortParam,
                        pageParam,
                        unlinkedParam,
                        identityParam);
        identityShown = null;
        if (choices.identity() != null) {
            // an identity of another workspace, or one no longer there, is left out like a bad
            // value
            identityShown = identities.name(caller.workspaceId(), choices.identity()).orElse(null);
            if (identityShown == null) {
                choices = choices.withIdentity(null);
            }
        }
    }

    /** The identity the table lists the channels of, in words; null for every identity's. */
    public String getIdentityShown() {
        return identityShown;
    }

    /** Lists every identity's channels again. */
    public void everyIdentity() {
        choices = choices.withIdentity(null);
        identityShown = null;
        getSelected().clear();
        toFirstPage();
    }

    /** The table's choices now, as the address carries them. */
    public TableChoices getChoices() {
        return choices;
    }

    /** Where the table's page starts, from the address's page. */
    public int getFirst() {
        return choices.first(ROWS);
    }

    /** The order a column's header shows as chosen ({@code asc}, {@code desc}) or null. */
    public String sortOrderOf(String field) {
        return choices.sortOrderOf(field);
    }

    /** A new choice of filter shows its first page. */
    private void toFirstPage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null
                && faces.getViewRoot().findComponent(":live:channels") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** Whether the table lists the unlinked channels ("Show unlinked channels"). */
    public boolean isUnlinked() {
        return choices.unlinked();
    }

    public void setUnlinked(boolean unlinked) {
        if (unlinked != choices.unlinked()) {
            choices = choices.withUnlinked(unlinked);
            getSelected().clear();
            toFirstPage();
        }
    }

    public String getStateParam() {
        return stateParam;
    }

    public void setStateParam(String stateParam) {
        this.stateParam = stateParam;
    }

    public String getNetworkParam() {
        return networkParam;
    }

    public void setNetworkParam(String networkParam) {
        this.networkParam = networkParam;
    }

    public String getTextParam() {
        return textParam;
    }

    public void setTextParam(String textParam) {
        this.textParam = textParam;
    }

    public String getSortParam() {
        return sortParam;
    }

    public void setSortParam(String sortParam) {
        this.sortParam = sortParam;
    }

    public String getPageParam() {
        return pageParam;
    }

    public void setPageParam(String pageParam) {
        this.pageParam = pageParam;
    }

    public String getIdentityParam() {
        return identityParam;
    }

    public void setIdentityParam(String identityParam) {
        this.identityParam = identityParam;
    }

    public String getUnlinkedParam() {
        return unlinkedParam;
    }

    public void setUnlinkedParam(String unlinkedParam) {
        this.unlinkedParam = unlinkedParam;
    }

    /** A linked channel of this workspace, if the id names one. */
    private Optional<ChannelView> linkedView(String id) {
        try {
            UUID channel = UUID.fromString(id.strip());
            UUID workspace = caller.workspaceId();
            channels.linked(workspace, channel);
            return Optional.of(channels.view(workspace, channel));
        } catch (IllegalArgumentException | ProblemException unknown) {
            return Optional.empty();
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

    /**
     * The channel named by the link in a notice ({@code ?fix=<id>}), shown at the top with its
     * Reconnect button; reads only, so opening the link changes nothing. An id that is not one of
     * this workspace's linked channels (another workspace's, unlinked, or hand-made) is said
     * kindly.
     */
    public void showFix() {
        fixing = null;
        fixUnknown = false;
        if (fix == null || fix.isBlank()) {
            return;
        }
        linkedView(fix)
                .ifPresentOrElse(
                        c -> {
                            boolean working = c.state() == ChannelState.CONNECTED;
                            fixing =
                                    new Fix(
                                            c.id(),
                                            working
                                                    ? c.name()
                                                            + " on "
                                                            + c.network().displayName()
                                                            + " works again: nothing to do."
                                                    : NoticeRows.fix(
                                                            c.name(),
                                                            c.network().displayName(),
                                                            c.causeText(),
                                                            c.nextStep()),
                                            working);
                        },
                        () -> fixUnknown = true);
    }

    /** Lists the notices about one channel and, for those who may act, its recipient exceptions. */
    public void showNotices(UUID channelId) {
        try {
            UUID workspace = caller.workspaceId();
            Page<Notice> found = sentNotices.of(workspace, channelId, 1, CHANNEL_NOTICES);
            channelNotices = found.map(NoticeRows::row);
            noticesFor = channelId;
            noticesForName =
                    linkedView(channelId.toString())
                            .map(r -> r.name() + " on " + r.network().displayName())
                            .orElse("this channel");
            if (isMayAct()) {
                loadRecipients(workspace);
            }
            PrimeFaces.current().executeScript("PF('noticesDialog').show()");
        } catch (ProblemException problem) {
            noticesFor = null;
            Pages.error(problem.getMessage());
        }
    }

    private void loadRecipients(UUID workspace) {
        NotificationSettings.Channel exceptions =
                notificationSettings.ofChannel(workspace, noticesFor);
        people =
                notificationSettings.of(workspace).members().stream()
                        .map(
                                m ->
                                        new Person(
                                                m.personId().toString(),
                                                m.displayName()
                                                        + " · "
                                                        + m.email()
                                                        + " ("
                                                        + m.role().toLowerCase()
                                                        + ")"))
                        .toList();
        addPeople = new ArrayList<>(exceptions.addPeople().stream().map(UUID::toString).toList());
        removePeople =
                new ArrayList<>(exceptions.removePeople().stream().map(UUID::toString).toList());
        extraAddresses = String.join("\n", exceptions.extra());
    }

    /** Saves the shown channel's recipient exceptions, all or nothing. */
    public void saveRecipients() {
        mayAct();
        if (noticesFor == null) {
            return;
        }
        try {
            notificationSettings.changeChannel(
                    caller.workspaceId(),
                    noticesFor,
                    ids(addPeople),
                    ids(removePeople),
                    NoticeRows.lines(extraAddresses),
                    caller.actor());
            Pages.info("Saved: who gets the notices about " + noticesForName + ".");
            loadRecipients(caller.workspaceId());
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
    }

    private static List<UUID> ids(List<String> chosen) {
        List<UUID> ids = new ArrayList<>();
        for (String id : chosen == null ? List.<String>of() : chosen) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException handMade) {
                throw ProblemException.invalidParameter(
                        "addPeople", "Choose among the members listed.");
            }
        }
        return ids;
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

    /**
     * "Check now": the channel's tokens checked at once; the message says what came of it, and when
     * the network could not be asked, that the state shown is the one known before and when Relink
     * tries again.
     */
    public void check(UUID channelId) {
        mayAct();
        try {
            CheckedChannel checked =
                    checkNow.check(caller.workspaceId(), channelId, caller.actor());
            if (checked.check().networkAnswered()) {
                Pages.info(checked.name() + " was checked: " + label(checked.state()) + ".");
            } else {
                Pages.warn(checked.name() + ": " + checked.check().message());
            }
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    /** The rows ticked for a bulk action (this page's). */
    public List<ChannelView> getSelected() {
        if (selected == null) {
            selected = new ArrayList<>();
        }
        return selected;
    }

    public void setSelected(List<ChannelView> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    /**
     * "Check now" for every ticked row: one message says how many were checked, in which state they
     * are, and how many networks could not be asked.
     */
    public void checkSelected() {
        mayAct();
        Map<ChannelState, Integer> states = new EnumMap<>(ChannelState.class);
        int unanswered = 0;
        int refused = 0;
        // the sweep may be checking some of them right now: wait for it once, not once per row
        checkNow.awaitChecksUnderWay(getSelected().stream().map(ChannelView::id).toList());
        for (ChannelView row : getSelected()) {
            try {
                CheckedChannel checked =
                        checkNow.checkOnce(caller.workspaceId(), row.id(), caller.actor());
                states.merge(checked.state(), 1, Integer::sum);
                if (!checked.check().networkAnswered()) {
                    unanswered++;
                }
            } catch (ProblemException problem) {
                refused++;
            }
        }
        int checked = states.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder said =
                new StringBuilder()
                        .append(checked)
                        .append(checked == 1 ? " channel was checked" : " channels were checked");
        String sep = ": ";
        for (Map.Entry<ChannelState, Integer> state : states.entrySet()) {
            said.append(sep)
                    .append(state.getValue())
                    .append(' ')
                    .append(label(state.getKey()).toLowerCase(java.util.Locale.ROOT));
            sep = ", ";
        }
        said.append('.');
        if (unanswered > 0) {
            said.append(' ')
                    .append(unanswered)
                    .append(" could not be asked now: their network did not answer, and Relink")
                    .append(" tries again by itself.");
        }
        if (refused > 0) {
            said.append(' ').append(refused).append(" could not be checked (no longer linked).");
        }
        if (unanswered > 0 || refused > 0) {
            Pages.warn(said.toString());
        } else {
            Pages.info(said.toString());
        }
        getSelected().clear();
        load();
    }

    /** Unlinks every ticked row, after the one confirmation the page asks for. */
    public void unlinkSelected() {
        mayAct();
        int unlinked = 0;
        for (ChannelView row : getSelected()) {
            try {
                reconnects.unlink(caller.workspaceId(), row.id(), caller.actor());
                unlinked++;
            } catch (ProblemException gone) {
                // unlinked meanwhile by somebody else: nothing left to do
            }
        }
        Pages.info(
                unlinked
                        + (unlinked == 1 ? " channel was" : " channels were")
                        + " unlinked: their tokens were revoked where possible and erased; their"
                        + " history is kept.");
        getSelected().clear();
        load();
    }

    /** A channel the "Ask owner" dialog is for, and its link when no mail server took it. */
    public record Asked(UUID id, String channel, String words, String link)
            implements Serializable {

        Asked withLink(String link) {
            return new Asked(id, channel, words, link);
        }
    }

    /**
     * Opens the "ask the account owner" dialog for one channel: the dialog names it, and is emptied
     * of what an earlier channel's asking left.
     */
    public void ask(UUID channelId) {
        Optional<ChannelView> row = linkedView(channelId.toString());
        askFor(
                List.of(
                        row.map(ConnectionCenter::asked)
                                .orElse(
                                        new Asked(
                                                channelId, "this channel", "this channel", null))));
    }

    /**
     * Opens the same dialog for every ticked row: one address, one note, and a link for each
     * channel (the owner of several pages of an agency's client is often one person).
     */
    public void askSelected() {
        mayAct();
        askFor(getSelected().stream().map(ConnectionCenter::asked).toList());
        if (asking.isEmpty()) {
            Pages.warn("Tick the channels whose owner should reconnect them first.");
        } else {
            PrimeFaces.current().ajax().addCallbackParam("asking", true);
        }
    }

    private static Asked asked(ChannelView row) {
        return new Asked(
                row.id(), row.name(), row.name() + " on " + row.network().displayName(), null);
    }

    private void askFor(List<Asked> channels) {
        asking = new ArrayList<>(channels);
        askEmail = null;
        askMessage = null;
        askProblem = null;
    }

    /**
     * Sends a single-use reconnect link for each channel asked about. E-mailed: the dialog closes
     * (the page's callback parameter {@code sent}) and the page's messages say so. Not e-mailed:
     * the dialog stays open with the links to copy and one plain sentence saying so, never the mail
     * server's own words. A wrong address sends nothing.
     */
    public void sendLink() {
        mayAct();
        List<Asked> unsent = new ArrayList<>();
        ReconnectRequests.View mailed = null;
        ReconnectRequests.View notMailed = null;
        int mailedCount = 0;
        List<String> refused = new ArrayList<>();
        for (Asked channel : asking) {
            try {
                ReconnectRequests.View sent =
                        requests.send(
                                caller.workspaceId(),
                                channel.id(),
                                askEmail,
                                blankToNull(askMessage),
                                caller.actor());
                if (sent.link() == null) {
                    mailed = sent;
                    mailedCount++;
                } else {
                    notMailed = sent;
                    unsent.add(channel.withLink(sent.link()));
                }
            } catch (ProblemException problem) {
                if (mailed == null
                        && notMailed == null
                        && "email".equals(problem.extensions().get("parameter"))) {
                    // the address is checked before anything is made: nothing was sent
                    askProblem = problem.getMessage();
                    return;
                }
                // unlinked meanwhile, say: nothing to reconnect there
                refused.add(channel.words() + ": " + problem.getMessage());
            }
        }
        askProblem = null;
        if (notMailed != null) {
            // no mail server took these: their links to pass on, shown once, here
            asking = unsent;
            askProblem =
                    Pages.unsent(notMailed, unsent.size())
                            + switch (mailedCount) {
                                case 0 -> "";
                                case 1 -> " The link for the other channel was e-mailed.";
                                default ->
                                        " The links for the other "
                                                + mailedCount
                                                + " channels were e-mailed.";
                            }
                            + (refused.isEmpty() ? "" : " " + String.join(" ", refused));
            PrimeFaces.current().ajax().addCallbackParam("unsent", true);
        } else if (mailed == null) {
            askProblem = "Nothing was sent. " + String.join(" ", refused);
        } else {
            Pages.linkSent(mailed, mailedCount);
            refused.forEach(Pages::warn);
            asking = List.of();
            getSelected().clear();
            PrimeFaces.current().ajax().addCallbackParam("sent", true);
        }
    }

    /** The channels the "Ask owner" dialog is for, with their links once made but not e-mailed. */
    public List<Asked> getAsked() {
        return asking;
    }

    /** The link of the one channel asked about, when no mail server took it; else null. */
    public String getAskLink() {
        return asking.size() == 1 ? asking.get(0).link() : null;
    }

    /** Whether the dialog holds links to copy. */
    public boolean isAskUnsent() {
        return asking.stream().anyMatch(a -> a.link() != null);
    }

    /**
     * The channels the "Ask owner" dialog is for, in words: "Page on Facebook", or "3 channels:
     * Page on Facebook, …".
     */
    public String getAskForName() {
        if (asking.size() == 1) {
            return asking.get(0).words();
        }
        return asking.size()
                + " channels: "
                + String.join(", ", asking.stream().map(Asked::words).toList());
    }

    /** The name of the channel the "Ask owner" dialog is for, or "3 channels", for its header. */
    public String getAskForChannel() {
        return asking.size() == 1 ? asking.get(0).channel() : asking.size() + " channels";
    }

    /** Why the link was not e-mailed (or not made), in one plain sentence; null when it was. */
    public String getAskProblem() {
        return askProblem;
    }

    private void consent(Supplier<ConnectionFlows.Started> start) {
        mayAct();
        Pages.consent(start);
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

    public String getFix() {
        return fix;
    }

    public void setFix(String fix) {
        this.fix = fix;
    }

    /** The channel the link asked to fix; null when none, or when it is not in this workspace. */
    public Fix getFixing() {
        return fixing;
    }

    public boolean isFixUnknown() {
        return fixUnknown;
    }

    public UUID getNoticesFor() {
        return noticesFor;
    }

    public String getNoticesForName() {
        return noticesForName;
    }

    public Page<NoticeRows.Row> getChannelNotices() {
        return channelNotices;
    }

    public List<Person> getPeople() {
        return people;
    }

    public List<String> getAddPeople() {
        return addPeople;
    }

    public void setAddPeople(List<String> addPeople) {
        this.addPeople = addPeople == null ? new ArrayList<>() : new ArrayList<>(addPeople);
    }

    public List<String> getRemovePeople() {
        return removePeople;
    }

    public void setRemovePeople(List<String> removePeople) {
        this.removePeople =
                removePeople == null ? new ArrayList<>() : new ArrayList<>(removePeople);
    }

    public String getExtraAddresses() {
        return extraAddresses;
    }

    public void setExtraAddresses(String extraAddresses) {
        this.extraAddresses = extraAddresses;
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

    /** Whether the "Ask owner" dialog is for some channel now. */
    public boolean isAsking() {
        return !asking.isEmpty();
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

    /**
     * Reads the channels again: the page calls this when {@link LiveUpdates} pushes that its
     * workspace's channels changed, or, when its websocket could not connect, every 15 seconds.
     */
    public void refresh() {
        load();
    }

    /**
     * The user of the page's websocket: the workspace's id, so that {@link LiveUpdates} tells only
     * the pages of the workspace whose channels changed.
     */
    public String getLiveUser() {
        return LiveUpdates.userOf(caller.workspaceId());
    }

    /** When the rows were read, in the server's time zone, to the second. */
    public String getAsOf() {
        return asOf;
    }

    public Rows getRows() {
        return rows;
    }

    /** What the person typed in "Find a channel": name or network id, as the API's {@code q}. */
    public String getSearch() {
        return choices.text();
    }

    public void setSearch(String search) {
        TableChoices chosen = choices.withText(search);
        if (!java.util.Objects.equals(chosen.text(), choices.text())) {
            choices = chosen;
            toFirstPage();
        }
    }

    public long count(String state) {
        return count(ChannelState.valueOf(state));
    }

    public long count(ChannelState state) {
        return counts.getOrDefault(state, 0L);
    }

    /** One tile above the table: a state, its colour and its word. */
    public record Tile(ChannelState state, String colour, String label) implements Serializable {}

    private static final List<Tile> TILES =
            List.of(
                    new Tile(ChannelState.DISCONNECTED, "red", "disconnected"),
                    new Tile(ChannelState.DEGRADED, "amber", "degraded"),
                    new Tile(ChannelState.EXPIRING, "amber", "expiring"),
                    new Tile(ChannelState.UNVERIFIED, "grey", "unverified"),
                    new Tile(ChannelState.CONNECTED, "green", "connected"));

    public List<Tile> getTiles() {
        return TILES;
    }

    /** The network the table is narrowed to, or null for all. */
    public NetworkType getNetworkShown() {
        return choices.network();
    }

    public void setNetworkShown(NetworkType networkShown) {
        if (networkShown != choices.network()) {
            choices = choices.withNetwork(networkShown);
            toFirstPage();
        }
    }

    /** Every network, for the table's network filter. */
    public List<NetworkType> getAllNetworks() {
        return List.of(NetworkType.values());
    }

    /** The state the table is narrowed to, or null for all. */
    public ChannelState getShown() {
        return choices.unlinked() ? null : choices.state();
    }

    /**
     * Narrows the table to one state of the linked channels; the same state again (or null) shows
     * all of them.
     */
    public void show(ChannelState state) {
        choices = choices.withState(state == getShown() ? null : state);
        toFirstPage();
    }

    public long getTotal() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The badge colour of a state: green, amber, red or grey. */
    public String colour(ChannelState state) {
        return ChannelWords.colour(state);
    }

    /**
     * A token's expiry in words that mean something to a person: a token Relink renews itself needs
     * nobody until its refresh token nears its end; otherwise when it lapses.
     */
    public String expiry(ChannelView.TokenView token) {
        return ChannelWords.expiry(token, clock.instant());
    }

    public String label(ChannelState state) {
        return ChannelWords.label(state);
    }

    public String display(String enumName) {
        return ChannelWords.display(enumName);
    }
}
