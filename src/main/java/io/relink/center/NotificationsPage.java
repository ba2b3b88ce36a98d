package io.relink.center;

import io.relink.notifications.control.Letters;
import io.relink.notifications.control.NotificationSettings;
import io.relink.notifications.control.Postbox;
import io.relink.notifications.control.SentNotices;
import io.relink.notifications.entity.Notice;
import io.relink.platform.Page;
import io.relink.problems.ProblemException;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.PrimeFaces;

/**
 * Backs the Notifications page: the signed-in person's own kinds of e-mail (every member); the
 * workspace's warning ladder and who gets what (changed by those who may {@code channels:write},
 * shown to the others); and the notices sent and waiting, newest first, each one's message shown as
 * its reader gets it. The controls check everything again; a refusal changes nothing and is said.
 */
@Named("notificationsPage")
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int NOTICES_PER_PAGE = 25;

    @Inject transient Caller caller;
    @Inject transient NotificationSettings settings;
    @Inject transient SentNotices sent;
    @Inject transient Postbox postbox;

    /** A member's row of the grid: {@code chosen} false while they keep their role's default. */
    public record Member(
            UUID personId, String name, String email, String role, boolean chosen, boolean you)
            implements Serializable {}

    /** A message as its reader sees it. */
    public record Message(String to, String subject, String text, String html)
            implements Serializable {}

    private Map<String, Boolean> mine = new LinkedHashMap<>();
    private boolean mineChosen;
    private List<String> ladder = new ArrayList<>();
    private List<Integer> thresholds = List.of();
    private List<Member> members = List.of();
    private Map<UUID, List<String>> read = new HashMap<>();
    private Map<UUID, Map<String, Boolean>> grid = new LinkedHashMap<>();
    private int page = 1;
    private Page<NoticeRows.Row> notices;
    private Message message;

    @PostConstruct
    void load() {
        UUID workspace = caller.workspaceId();
        NotificationSettings.Workspace all = settings.of(workspace);
        NotificationSettings.MemberKinds me = settings.mine(workspace, caller.personId());
        mine = NoticeRows.ticks(NoticeRows.keys(me.kinds()));
        mineChosen = me.chosen();
        thresholds = all.thresholdDays();
        ladder = new ArrayList<>(all.ladderDays().stream().map(String::valueOf).toList());
        members =
                all.members().stream()
                        .map(
                                m ->
                                        new Member(
                                                m.personId(),
                                                m.displayName(),
                                                m.email(),
                                                m.role().toLowerCase(),
                                                m.chosen(),
                                                m.personId().equals(caller.personId())))
                        .toList();
        read = new HashMap<>();
        grid = new LinkedHashMap<>();
        all.members()
                .forEach(
                        m -> {
                            List<String> keys = NoticeRows.keys(m.kinds());
                            read.put(m.personId(), keys);
                            grid.put(m.personId(), NoticeRows.ticks(keys));
                        });
        loadNotices();
    }

    private void loadNotices() {
        Page<Notice> found = sent.of(caller.workspaceId(), null, page, NOTICES_PER_PAGE);
        notices = found.map(NoticeRows::row);
    }

    /** Owners and admins change the ladder and who gets what; viewers see them. */
    public boolean isMayManage() {
        return caller.may(Scope.CHANNELS_WRITE);
    }

    public void saveMine() {
        List<String> kinds =
                NoticeRows.KINDS.stream()
                        .map(NoticeRows.Kind::key)
                        .filter(k -> Boolean.TRUE.equals(mine.get(k)))
                        .toList();
        try {
            settings.changeMine(caller.workspaceId(), caller.personId(), kinds, caller.actor());
            Pages.info(
                    kinds.isEmpty()
                            ? "Saved: you get no e-mails about this workspace."
                            : "Saved: you get e-mails of " + String.join(", ", kinds) + ".");
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    public void saveLadder() {
        if (!manageOrSay()) {
            return;
        }
        try {
            List<Integer> days = ladder.stream().map(Integer::valueOf).toList();
            settings.change(caller.workspaceId(), days, Map.of(), caller.actor());
            Pages.info(
                    days.isEmpty()
                            ? "Saved: no warnings before access runs out."
                            : "Saved: warnings " + days(days) + " before access runs out.");
        } catch (NumberFormatException notADay) {
            Pages.error("Choose among the steps offered.");
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    public void saveGrid() {
        if (!manageOrSay()) {
            return;
        }
        Map<UUID, java.util.Collection<String>> changed = NoticeRows.changed(read, grid);
        if (changed.isEmpty()) {
            Pages.info("Nothing changed.");
            return;
        }
        try {
            settings.change(caller.workspaceId(), null, changed, caller.actor());
            Pages.info(
                    "Saved for "
                            + changed.size()
                            + (changed.size() == 1 ? " member." : " members."));
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    /** Opens the message a notice went (or goes) out in. */
    public void show(UUID noticeId) {
        try {
            Letters.Written written =
                    postbox.preview(caller.workspaceId(), noticeId)
                            .orElseThrow(
                                    () ->
                                            ProblemException.conflict(
                                                    "That notice has nothing left to tell (a digest"
                                                            + " of channels that all work again)."));
            String to =
                    notices.items().stream()
                            .filter(n -> n.id().equals(noticeId))
                            .map(NoticeRows.Row::to)
                            .findFirst()
                            .orElse("");
            message = new Message(to, written.subject(), written.text(), written.html());
            PrimeFaces.current().executeScript("PF('messageDialog').show()");
        } catch (ProblemException problem) {
            message = null;
            Pages.error(problem.getMessage());
        }
    }

    public void next() {
        if (notices != null && page < notices.totalPages()) {
            page++;
        }
        loadNotices();
    }

    public void previous() {
        if (page > 1) {
            page--;
        }
        loadNotices();
    }

    public void refresh() {
        loadNotices();
    }

    /** The server decides, whatever the page showed. */
    private boolean manageOrSay() {
        if (!isMayManage()) {
            Pages.error("Only owners and admins change the workspace's notifications.");
            return false;
        }
        return true;
    }

    static String days(List<Integer> days) {
        return String.join(", ", days.stream().map(NotificationsPage::day).toList());
    }

    static String day(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    public List<NoticeRows.Kind> getKinds() {
        return NoticeRows.KINDS;
    }

    /** The person's own kinds, ticked or not, by key. */
    public Map<String, Boolean> getMine() {
        return mine;
    }

    /** False while the person keeps their role's default. */
    public boolean isMineChosen() {
        return mineChosen;
    }

    public List<String> getLadder() {
        return ladder;
    }

    public void setLadder(List<String> ladder) {
        this.ladder = ladder == null ? new ArrayList<>() : new ArrayList<>(ladder);
    }

    /** The instance's thresholds, the steps a ladder may have. */
    public List<Integer> getThresholds() {
        return thresholds;
    }

    public List<Member> getMembers() {
        return members;
    }

    public Map<UUID, Map<String, Boolean>> getGrid() {
        return grid;
    }

    public Page<NoticeRows.Row> getNotices() {
        return notices;
    }

    public Message getMessage() {
        return message;
    }
}
