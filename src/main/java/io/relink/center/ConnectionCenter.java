package io.relink.center;

import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.Explanations;
import io.relink.channels.entity.ChannelState;
import io.relink.workspaces.control.Members;
import io.relink.workspaces.entity.Member;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Backs the Connection Center: the signed-in member's channels, most urgent first. */
@Named("center")
@ViewScoped
public class ConnectionCenter implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    @Inject transient SecurityContext security;
    @Inject transient Members members;
    @Inject transient ChannelStore channels;
    @Inject transient Clock clock;

    private String workspaceName;
    private String memberName;
    private String role;
    private List<ChannelView> rows;
    private String asOf;
    private Map<ChannelState, Long> counts;

    @PostConstruct
    void load() {
        Member member = members.byEmail(security.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("Signed in, but no member: " + security.getCallerPrincipal().getName()));
        workspaceName = member.workspace().name();
        memberName = member.displayName();
        role = member.role().name();
        rows = channels.linked(member.workspace().id());
        asOf = TIME.format(clock.instant());
        counts = new EnumMap<>(ChannelState.class);
        for (ChannelState state : ChannelState.values()) {
            counts.put(state, rows.stream().filter(r -> r.state() == state).count());
        }
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

    public String getWorkspaceName() {
        return workspaceName;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getRole() {
        return role;
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
