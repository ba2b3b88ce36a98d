package io.relink.center;

import io.relink.problems.ProblemException;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.control.WorkspaceHealth;
import io.relink.workspaces.control.Workspaces;
import io.relink.workspaces.entity.Scope;
import io.relink.workspaces.entity.Workspace;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Backs the instance administrators' Workspaces page: every workspace with how its linked channels
 * stand, archived ones marked; making one (its maker becomes its first owner), renaming, archiving
 * and bringing one back. Each change opens the page afresh, so that the header's workspace switcher
 * shows the change too.
 */
@Named("workspacesPage")
@ViewScoped
public class WorkspacesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
    private static final String PAGE = "/admin/workspaces.xhtml";

    @Inject transient Caller caller;
    @Inject transient Workspaces workspaces;
    @Inject transient WorkspaceHealth health;

    private List<Row> rows;
    private Map<UUID, String> names;
    private String name;

    /**
     * A workspace and its linked channels by colour: red disconnected, amber degraded or expiring,
     * green connected, grey unverified.
     */
    public record Row(
            UUID id,
            String name,
            String created,
            String archived,
            long red,
            long amber,
            long green,
            long grey)
            implements Serializable {

        public long getTotal() {
            return red + amber + green + grey;
        }

        /** The share of channels that work and need nothing, in whole percent; -1 for none. */
        public int getHealthy() {
            return getTotal() == 0 ? -1 : (int) Math.floor(100.0 * green / getTotal());
        }
    }

    @PostConstruct
    void load() {
        Map<UUID, Map<String, Long>> states = health.channelStates();
        rows =
                workspaces.all().stream()
                        .map(w -> row(w, states.getOrDefault(w.id(), Map.of())))
                        .toList();
        names = new HashMap<>();
        rows.forEach(r -> names.put(r.id(), r.name()));
    }

    private static Row row(Workspace workspace, Map<String, Long> states) {
        return new Row(
                workspace.id(),
                workspace.name(),
                DAY.format(workspace.createdAt()),
                workspace.archived() ? DAY.format(workspace.archivedAt()) : null,
                states.getOrDefault("DISCONNECTED", 0L),
                states.getOrDefault("DEGRADED", 0L) + states.getOrDefault("EXPIRING", 0L),
                states.getOrDefault("CONNECTED", 0L),
                states.getOrDefault("UNVERIFIED", 0L));
    }

    public void create() {
        String text = checked(name);
        if (text == null || !adminOrSay()) {
            return;
        }
        try {
            Workspace made = workspaces.create(text, caller.personId(), caller.actor());
            Pages.info(
                    made.name()
                            + " was made and you are its owner: switch to it to invite its people.");
            Pages.open(PAGE);
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
    }

    public void rename(UUID workspaceId) {
        String text = checked(names.get(workspaceId));
        if (text == null || !adminOrSay()) {
            return;
        }
        try {
            Workspace renamed = workspaces.rename(workspaceId, text, caller.actor());
            Pages.info("The workspace is now called " + renamed.name() + ".");
            Pages.open(PAGE);
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
    }

    public void archive(UUID workspaceId) {
        archived(workspaceId, true);
    }

    public void restore(UUID workspaceId) {
        archived(workspaceId, false);
    }

    private void archived(UUID workspaceId, boolean archived) {
        if (!adminOrSay()) {
            return;
        }
        try {
            Workspace changed = workspaces.archive(workspaceId, archived, caller.actor());
            Pages.info(
                    changed.name()
                            + (archived
                                    ? " is archived: its members no longer see it and its API keys"
                                            + " stopped working."
                                    : " is back: its members and API keys work in it again."));
            Pages.open(PAGE);
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
    }

    /** A workspace name as the API takes it: 1 to 200 characters, spaces around dropped. */
    private static String checked(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > 200) {
            Pages.error("A workspace's name has 1 to 200 characters.");
            return null;
        }
        return stripped;
    }

    /** The server decides, whatever the page showed. */
    private boolean adminOrSay() {
        if (!caller.may(Scope.INSTANCE_ADMIN)) {
            Pages.error("Only instance administrators run workspaces.");
            return false;
        }
        return true;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Map<UUID, String> getNames() {
        return names;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
