package io.relink.center;

import io.relink.audit.control.History;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.Preflight;
import io.relink.channels.control.PreflightView;
import io.relink.channels.entity.ChannelState;
import io.relink.checks.control.CheckNow;
import io.relink.checks.control.CheckedChannel;
import io.relink.notifications.control.NotificationSettings;
import io.relink.notifications.control.SentNotices;
import io.relink.notifications.entity.Notice;
import io.relink.platform.Page;
import io.relink.problems.Ids;
import io.relink.problems.ProblemException;
import io.relink.reconnect.control.ConnectionFlows;
import io.relink.reconnect.control.ReconnectRequests;
import io.relink.reconnect.control.Reconnects;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;

/**
 * Backs one channel's page ({@code center/channel.xhtml?id=<channel>}): its state and cause, its
 * tokens, its history a page at a time (of one action, if chosen), what was e-mailed about it, the
 * preflight question "will it work on …?", the reconnect links sent for it, and the actions of its
 * row in the Connection Center for those who may act, with the two the row has no room for: remove
 * one of several tokens, and withdraw a reconnect link not used yet. An id that names no channel of
 * this workspace is said kindly.
 */
@Named("channelPage")
@ViewScoped
public class ChannelPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int HISTORY_PER_PAGE = 20;
    static final int NOTICES = 10;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject transient Caller caller;
    @Inject transient Clock clock;
    @Inject transient ChannelStore channels;
    @Inject transient History history;
    @Inject transient CheckNow checkNow;
    @Inject transient Reconnects reconnects;
    @Inject transient ReconnectRequests requests;
    @Inject transient SentNotices sentNotices;
    @Inject transient NotificationSettings settings;

    /** One line of the history as shown: when, who, what, about which token, and the details. */
    public record Line(String when, String who, String what, String token, String detail)
            implements Serializable {}

    /** One choice of the history's action filter: the key, and what it means. */
    public record Choice(String key, String label) implements Serializable {}

    private String id;
    private UUID channelId;
    private boolean unknown;
    private ChannelView channel;
    private String action;
    private List<Choice> actions = List.of();
    private int page = 1;
    private Page<Line> lines;
    private Page<NoticeRows.Row> notices;
    private LocalDateTime at;
    private PreflightView preflight;
    private boolean asking;
    private String askEmail;
    private String askMessage;
    private String askLink;
    private List<ReconnectRequests.View> links = List.of();
    private String removing;
    private List<NoticeRows.Told> told = List.of();
    private String extraAddresses;
    private long newerEntries;

    /** Reads the channel the address names; the page's only view action, on the first request. */
    public void open() {
        try {
            channelId = Ids.of(id == null ? null : id.strip(), "channel");
            load();
            at =
                    LocalDateTime.of(
                            LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(7),
                            LocalTime.of(9, 0));
        } catch (ProblemException notHere) {
            unknown = true;
            channel = null;
        }
    }

    private void load() {
        UUID workspace = caller.workspaceId();
        channel = channels.view(workspace, channelId);
        actions =
                history.actions(workspace, channelId).stream()
                        .map(key -> new Choice(key, ChannelWords.action(key)))
                        .toList();
        loadHistory();
        Page<Notice> found = sentNotices.of(workspace, channelId, 1, NOTICES);
        notices = found.map(NoticeRows::row);
        links = requests.of(workspace, channelId);
        removing = null;
        loadRecipients();
    }

    /**
     * A live update ({@link LiveUpdates}: a channel of this workspace changed): the channel's
     * state, cause, tokens, reconnect links and the history's first page are read again, and
     * nothing the person is doing is touched. The page re-renders only those parts and the
     * Reconnect button (red while disconnected), not the rest of the actions' form (an open
     * confirmation, the "ask the owner" fields being typed), the preflight, who is told, or the
     * messages. A history read on a later page stays on that page, its lines as they were, and says
     * how many entries came since; the action filter stays. The token-removal choice is drawn again
     * only when the channel's tokens themselves changed (one added or removed), when the choice
     * could name a token gone. Reads only: a viewer's page hears of changes too.
     */
    public void refresh() {
        if (channelId == null || unknown) {
            return;
        }
        UUID workspace = caller.workspaceId();
        ChannelView was = channel;
        try {
            channel = channels.view(workspace, channelId);
        } catch (ProblemException gone) {
            return; // erased, or another workspace chosen since: the page stays as it was
        }
        actions =
                history.actions(workspace, channelId).stream()
                        .map(key -> new Choice(key, ChannelWords.action(key)))
                        .toList();
        if (page == 1) {
            loadHistory();
        } else {
            long now =
                    history.of(workspace, channelId, action, 1, 1).totalItems()
                            - lines.totalItems();
            newerEntries = Math.max(0, now);
        }
        links = requests.of(workspace, channelId);
        if (isActionable()) {
            PrimeFaces.current().ajax().update("act:reconnect"); // red while disconnected
        }
        if (was == null || !tokenIds(was).equals(tokenIds(channel))) {
            removing = null;
            PrimeFaces.current().ajax().update("token-removal");
        }
    }

    private static List<UUID> tokenIds(ChannelView view) {
        return view.tokens().stream().map(ChannelView.TokenView::id).sorted().toList();
    }

    /**
     * How many history entries were written since a later page of it was read (live updates leave
     * that page as it is); zero on the first page.
     */
    public long getNewerEntries() {
        return newerEntries;
    }

    /**
     * The user of the page's websocket: the workspace's id, as on the Connection Center, so that
     * {@link LiveUpdates} tells this page when a channel of its workspace changed.
     */
    public String getLiveUser() {
        return LiveUpdates.userOf(caller.workspaceId());
    }

    private void loadRecipients() {
        UUID workspace = caller.workspaceId();
        NotificationSettings.Channel exceptions = settings.ofChannel(workspace, channelId);
        Map<UUID, String> members = new LinkedHashMap<>();
        settings.of(workspace)
                .members()
                .forEach(m -> members.put(m.personId(), m.displayName() + " (" + m.email() + ")"));
        told = NoticeRows.told(members, exceptions.addPeople(), exceptions.removePeople());
        extraAddresses = String.join("\n", exceptions.extra());
    }

    /**
     * Saves who is told about this channel besides what each member chose: members always or never,
     * and addresses outside the workspace; the API's {@code PUT
     * /api/v1/channels/{id}/notification-settings}. Nothing changes when any of it is wrong.
     */
    public void saveRecipients() {
        mayAct();
        try {
            settings.changeChannel(
                    caller.workspaceId(),
                    channelId,
                    NoticeRows.chose(told, NoticeRows.ALWAYS),
                    NoticeRows.chose(told, NoticeRows.NEVER),
                    NoticeRows.lines(extraAddresses),
                    caller.actor());
            Pages.info("Who is told about " + channel.name() + " was saved.");
            loadRecipients();
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
    }

    private void loadHistory() {
        newerEntries = 0;
        Page<History.Entry> found =
                history.of(caller.workspaceId(), channelId, action, page, HISTORY_PER_PAGE);
        lines = found.map(this::line);
    }

    private Line line(History.Entry entry) {
        return new Line(
                WHEN.format(entry.occurredAt()),
                ChannelWords.actor(entry.actor()),
                ChannelWords.action(entry.action()),
                tokenName(entry.tokenId()),
                entry.detail());
    }

    /** Whose token a line is about, as far as the channel still has it. */
    private String tokenName(UUID tokenId) {
        if (tokenId == null) {
            return null;
        }
        return channel.tokens().stream()
                .filter(t -> t.id().equals(tokenId))
                .map(t -> t.identity().name() + "'s token")
                .findFirst()
                .orElse("a removed token");
    }

    /** Shows only the lines of the action chosen (none: all), from the newest. */
    public void filter() {
        if (action != null && action.isBlank()) {
            action = null;
        }
        if (action != null && actions.stream().noneMatch(c -> c.key().equals(action))) {
            action = null;
        }
        page = 1;
        loadHistory();
    }

    public void newer() {
        page = Math.max(1, page - 1);
        loadHistory();
    }

    public void older() {
        page = Math.min(Math.max(1, lines.totalPages()), page + 1);
        loadHistory();
    }

    /** "Will it work on …?": the answer of the same preflight the API gives. */
    public void ask() {
        preflight = null;
        if (at == null) {
            Pages.error("Choose a day and time to ask about.");
            return;
        }
        try {
            Instant moment =
                    Preflight.moment(at.toInstant(ZoneOffset.UTC).toString(), clock.instant());
            preflight = channels.preflight(caller.workspaceId(), channelId, moment);
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
    }

    /** OWNER and ADMIN may act; VIEWER sees state only (the actions check again on the server). */
    public boolean isMayAct() {
        return caller.may(Scope.CHANNELS_WRITE);
    }

    /** The actions are offered while the channel is linked, to those who may act. */
    public boolean isActionable() {
        return channel != null && channel.state() != ChannelState.UNLINKED && isMayAct();
    }

    /** "Check now": the channel's tokens checked at once, and what came of it said. */
    public void check() {
        mayAct();
        try {
            CheckedChannel checked =
                    checkNow.check(caller.workspaceId(), channelId, caller.actor());
            if (checked.check().networkAnswered()) {
                Pages.info(
                        checked.name()
                                + " was checked: "
                                + ChannelWords.label(checked.state())
                                + ".");
            } else {
                Pages.warn(checked.name() + ": " + checked.check().message());
            }
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    public void reconnect() {
        consent(
                () ->
                        reconnects.reconnectChannel(
                                caller.workspaceId(),
                                channelId,
                                caller.personId(),
                                caller.actor()));
    }

    public void addToken() {
        consent(
                () ->
                        reconnects.addToken(
                                caller.workspaceId(),
                                channelId,
                                caller.personId(),
                                caller.actor()));
    }

    public void unlink() {
        mayAct();
        try {
            ChannelView unlinked =
                    reconnects.unlink(caller.workspaceId(), channelId, caller.actor());
            Pages.info(
                    unlinked.name()
                            + " was unlinked: its tokens were revoked where possible and erased; its history is kept.");
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    /** Opens the "ask the account owner" form. */
    public void startAsking() {
        asking = true;
        askEmail = null;
        askMessage = null;
        askLink = null;
    }

    public void cancelAsking() {
        asking = false;
        askLink = null;
    }

    public void sendLink() {
        mayAct();
        try {
            ReconnectRequests.View sent =
                    requests.send(
                            caller.workspaceId(),
                            channelId,
                            askEmail,
                            askMessage == null || askMessage.isBlank() ? null : askMessage.strip(),
                            caller.actor());
            if (!Pages.linkSent(sent)) {
                askLink = sent.link();
                links = requests.of(caller.workspaceId(), channelId);
                return;
            }
            asking = false;
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    /**
     * Removes the token chosen (revoked at the network where that cuts nothing else), the API's
     * {@code DELETE /api/v1/channels/{id}/tokens/{tokenId}}: never the channel's last one.
     */
    public void removeToken() {
        mayAct();
        try {
            UUID token = Ids.of(removing, "token");
            String whose =
                    channel.tokens().stream()
                            .filter(t -> t.id().equals(token))
                            .map(t -> t.identity().name() + "'s token")
                            .findFirst()
                            .orElse("The token");
            reconnects.removeToken(caller.workspaceId(), channelId, token, caller.actor());
            Pages.info(whose + " was removed from " + channel.name() + ".");
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    /** Withdraws a reconnect link not used yet: it stops working at once. */
    public void withdraw(UUID requestId) {
        mayAct();
        try {
            ReconnectRequests.View withdrawn =
                    requests.withdraw(caller.workspaceId(), channelId, requestId, caller.actor());
            Pages.info(
                    "The reconnect link sent to "
                            + withdrawn.email()
                            + " was withdrawn: it no longer works.");
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    /** Tokens may be removed while the channel keeps another one. */
    public boolean isMayRemoveToken() {
        return isActionable() && channel.tokens().size() > 1;
    }

    public List<NoticeRows.Told> getTold() {
        return told;
    }

    public String getExtraAddresses() {
        return extraAddresses;
    }

    public void setExtraAddresses(String extraAddresses) {
        this.extraAddresses = extraAddresses;
    }

    public List<ReconnectRequests.View> getLinks() {
        return links;
    }

    public String getRemoving() {
        return removing;
    }

    public void setRemoving(String removing) {
        this.removing = removing;
    }

    /** What a reconnect link's status means, in a word or two. */
    public String linkStatus(ReconnectRequests.View link) {
        return switch (link.status()) {
            case PENDING -> "not used yet";
            case USED -> "used";
            case EXPIRED -> "expired";
            case WITHDRAWN -> "withdrawn";
        };
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

    public String colour(ChannelState state) {
        return ChannelWords.colour(state);
    }

    public String label(ChannelState state) {
        return ChannelWords.label(state);
    }

    public String dot(ChannelView.TokenView token) {
        return ChannelWords.colour(token.status());
    }

    public String display(String enumName) {
        return ChannelWords.display(enumName);
    }

    public String expiry(ChannelView.TokenView token) {
        return ChannelWords.expiry(token, clock.instant());
    }

    /** A moment in the server's time zone, to the minute; "never" when there is none. */
    public String when(Instant instant) {
        return instant == null ? "never" : WHEN.format(instant);
    }

    /** A moment in UTC, as the preflight's answer speaks. */
    public String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** The earliest moment the date picker offers: now, in UTC like the answer. */
    public LocalDateTime getEarliest() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** True when the address names no channel of this workspace (or nothing at all). */
    public boolean isUnknown() {
        return unknown;
    }

    public ChannelView getChannel() {
        return channel;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public List<Choice> getActions() {
        return actions;
    }

    public Page<Line> getLines() {
        return lines;
    }

    public Page<NoticeRows.Row> getNotices() {
        return notices;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public PreflightView getPreflight() {
        return preflight;
    }

    public boolean isAsking() {
        return asking;
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

    public String getAskLink() {
        return askLink;
    }
}
