package io.relink.center;

import io.relink.channels.control.LargeWorkspaces;
import io.relink.channels.entity.ChannelStateChanged;
import io.relink.platform.Signals;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes "your channels changed" to the open Connection Center and channel pages of a workspace, on
 * every node, about once a second at most, once a channel's state change is committed.
 *
 * <p>The way: a committed {@link ChannelStateChanged} becomes a signal with the workspace's id
 * ({@link Signals}: PostgreSQL's {@code NOTIFY}, so that a change recorded on one node reaches the
 * pages another node serves; on H2 it stays in this node); each node pushes what it hears to its
 * own pages through the Faces websocket channel {@value #CHANNEL}, whose user is the workspace's
 * id, so a page hears only of its own workspace. The page then reads its channels again ({@code
 * center.refresh}; a channel's page, {@code channelPage.refresh}, reads its one channel). The
 * message names nothing but the event: what the page shows it reads itself, with the signed-in
 * person's rights.
 *
 * <p>Both steps are paced per workspace ({@link Pace}, one second): a sweep that changes thousands
 * of channels in one tick sends a signal and a push about once a second, and the last change is
 * always told. Sending and pushing happen on a managed thread, never in the thread that committed.
 */
@ApplicationScoped
public class LiveUpdates {

    private static final Logger LOG = Logger.getLogger(LiveUpdates.class.getName());

    /**
     * The Faces websocket channel of {@code center/channels.xhtml} and {@code
     * center/channel.xhtml}.
     */
    public static final String CHANNEL = "live";

    /** What the page hears: its {@code f:ajax event}. */
    public static final String MESSAGE = "refresh";

    /** The database signal's topic, between the nodes. */
    static final String TOPIC = "relink_channels_changed";

    static final Duration GAP = Duration.ofSeconds(1);

    @Inject
    @Push(channel = CHANNEL)
    PushContext pages;

    @Inject Signals signals;
    @Inject LargeWorkspaces large;
    @Inject Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService later;

    private final Pace signalled = new Pace(GAP);
    private final Pace pushed = new Pace(GAP);

    /**
     * The user of a page's websocket: its workspace's id, the one thing a push is addressed by, so
     * that only the pages of the workspace whose channels changed hear of it.
     */
    static String userOf(UUID workspaceId) {
        return workspaceId.toString();
    }

    /** Listens for the other nodes' signals as soon as the application is up. */
    void listen(@Observes @Initialized(ApplicationScoped.class) Object application) {
        signals.listen(TOPIC, this::heard);
        LOG.info(
                signals.crossesNodes()
                        ? "Live updates: pushed to the pages of every node (PostgreSQL LISTEN/NOTIFY)"
                        : "Live updates: pushed to this node's pages (one node on H2)");
    }

    void channelStateChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) ChannelStateChanged change) {
        String workspace = change.workspaceId().toString();
        paced(signalled, workspace, () -> signals.send(TOPIC, workspace));
    }

    /** A signal from this node or another: the workspace's pages on this node hear of it. */
    void heard(String text) {
        UUID workspace;
        try {
            workspace = UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException foreign) {
            LOG.warning("Ignored a signal that names no workspace");
            return;
        }
        // the workspace's remembered counts are from before the change its pages will now read
        large.forget(workspace);
        String user = userOf(workspace);
        paced(pushed, user, () -> pages.send(MESSAGE, user));
    }

    private void paced(Pace pace, String workspace, Runnable tell) {
        Optional<Duration> wait = pace.changed(workspace, clock.instant());
        if (wait.isEmpty()) {
            return;
        }
        try {
            later.schedule(
                    () -> {
                        pace.told(workspace, clock.instant());
                        try {
                            tell.run();
                        } catch (RuntimeException failed) {
                            LOG.log(Level.WARNING, "A live update was not told", failed);
                        }
                    },
                    wait.get().toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            pace.told(workspace, clock.instant()); // shutting down: nobody to tell
        }
    }
}
