package io.relink.demo;

import io.relink.audit.entity.Action;
import io.relink.audit.entity.AuditEntry;
import io.relink.channels.control.ChannelLedger;
import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.Channel;
import io.relink.channels.entity.ChannelKind;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.Identity;
import io.relink.networks.Cause;
import io.relink.networks.NetworkType;
import io.relink.networks.Verdict;
import io.relink.people.control.Passwords;
import io.relink.people.control.People;
import io.relink.people.entity.Person;
import io.relink.platform.Setting;
import io.relink.sandbox.control.SandboxAccounts;
import io.relink.workspaces.control.ApiKeys;
import io.relink.workspaces.control.Memberships;
import io.relink.workspaces.entity.Role;
import io.relink.workspaces.entity.Scope;
import io.relink.workspaces.entity.Workspace;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, seeds one workspace on the first start so that a newcomer sees at once what Relink
 * does: channels on several networks in every state (connected, expiring, degraded, disconnected
 * for different causes, unverified) with 90 days of history behind them (see {@link #seedPast}), an
 * owner, an admin and a viewer, and an API key. At every start it prints where to go and how to
 * sign in.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "KeyRing"})
public class DemoWorkspace {

    private static final Logger LOG = Logger.getLogger(DemoWorkspace.class.getName());
    private static final String SEEDED = "demo-seeded";
    static final String OWNER = "owner@demo.relink.io";
    static final String ADMIN = "admin@demo.relink.io";
    static final String VIEWER = "viewer@demo.relink.io";
    static final String AGENCY_CLIENT = "Acme Agency client";

    @Inject
    @ConfigProperty(name = "relink.demo")
    boolean demo;

    @Inject
    @ConfigProperty(name = "relink.demo.api-key")
    Optional<String> configuredKey;

    /** When a token that lapses comes inside the warning window: EXPIRING from then on. */
    @Inject
    @ConfigProperty(name = "relink.tokens.expiring-window")
    Duration expiringWindow;

    @Inject
    @ConfigProperty(name = "relink.demo.password")
    String password;

    @Inject
    @ConfigProperty(name = "relink.public-url")
    String publicUrl;

    /**
     * Extra sandbox channels for load runs and the two-node test (not due before a day has passed).
     */
    @Inject
    @ConfigProperty(name = "relink.demo.load-channels")
    int loadChannels;

    @PersistenceContext EntityManager em;
    @Inject SandboxAccounts sandbox;
    @Inject ApiKeys apiKeys;
    @Inject ChannelLedger ledger;
    @Inject Passwords passwords;
    @Inject People people;
    @Inject Memberships memberships;
    @Inject Clock clock;

    private static final Set<String> SCOPES = Set.of("read", "publish");

    /**
     * After Payara's "ready" line and the first sweep's report (its first tick comes within 10 s).
     */
    private static final Duration BANNER_DELAY = Duration.ofSeconds(15);

    @Resource TimerService timers;

    private final SecureRandom random = new SecureRandom();

    /** How long ago the demo workspace was opened: before the dashboard's 90 days begin. */
    static final Duration OPENED_AGO = Duration.ofDays(120);

    /**
     * The made-up times (deaths, checks, the past's hours and minutes) come from a fixed seed, so
     * that every fresh demo tells the same story, relative to its first start.
     */
    private final Random times = new Random(20_261_207L);

    /** The tokens seeded in the demo workspace, by channel and identity (external ids). */
    private final Map<String, AccessToken> seeded = new HashMap<>();

    /**
     * How to get in (with the demo key when it was just made): logged once, by {@link
     * #sayHowToGetIn}.
     */
    private Object[] banner;

    /** The banner's pattern; {@link #banner} holds its values. */
    private static final String BANNER =
            "\n\n  Relink demo is ready at {0}/\n"
                    + "  Sign in as {1} / {2}  (also {3}, {4}; the owner also runs the instance and a"
                    + " second workspace, \"{5}\")\n"
                    + "  Demo API key: {6}\n"
                    + "  Try: curl -H \"Authorization: Bearer <key>\" {0}/api/v1/channels\n"
                    + "  Script the SANDBOX network, e.g. Ana changes her password (her channels turn"
                    + " red within a sweep):\n"
                    + "       curl -X POST {0}/sandbox/script/accounts/ana/password-change\n";

    @PostConstruct
    void seed() {
        if (!demo) {
            return;
        }
        Setting seeded = em.find(Setting.class, SEEDED);
        boolean first = seeded == null;
        Workspace workspace =
                first
                        ? seedWorkspace()
                        : em.find(
                                Workspace.class,
                                UUID.fromString(
                                        new String(seeded.value(), StandardCharsets.UTF_8)));
        if (first) {
            em.persist(
                    new Setting(
                            SEEDED, workspace.id().toString().getBytes(StandardCharsets.UTF_8)));
        }
        String keyNote = demoKey(workspace, first);
        // A pattern with parameters: the log keeps the pattern's line breaks (it is code) and
        // neutralises the values (platform.LogLines).
        banner = new Object[] {publicUrl, OWNER, password, ADMIN, VIEWER, AGENCY_CLIENT, keyNote};
        // Said once the server is up and the first sweep has spoken, so that it is what the log
        // ends with.
        timers.createSingleActionTimer(
                BANNER_DELAY.toMillis(), new TimerConfig("relink-demo-banner", false));
    }

    @Timeout
    void sayHowToGetIn() {
        LOG.log(Level.INFO, BANNER, banner);
        banner = null;
    }

    /**
     * Makes sure the demo key works and says how to find it: configured, new, or printed before.
     */
    private String demoKey(Workspace workspace, boolean first) {
        Optional<String> configured = configuredKey.filter(k -> !k.isBlank());
        if (configured.isPresent()) {
            if (!apiKeys.exists(configured.get())) {
                apiKeys.register(
                        workspace,
                        first ? "Demo key" : "Demo key (configured)",
                        configured.get(),
                        Scope.ALL);
            }
            return configured.get() + " (from RELINK_DEMO_API_KEY)";
        }
        return first
                ? apiKeys.issue(workspace, "Demo key", Scope.ALL).secret()
                        + " (shown only now; set RELINK_DEMO_API_KEY to choose one)"
                : "(printed at the first start; set RELINK_DEMO_API_KEY to choose one)";
    }

    /**
     * A second workspace, as an agency runs one per client: the demo owner is its owner too (the
     * switcher in the header shows both), the admin and viewer are not (they never see it).
     */
    private void seedAgencyClient(Person owner, Instant now) {
        // a second later: the demo workspace stays the owner's first
        Workspace client = new Workspace(AGENCY_CLIENT, now.plusSeconds(1));
        em.persist(client);
        memberships.join(client, owner, Role.OWNER);
        sandbox.upsert(
                "dan",
                "Dan Sandbox",
                List.of(new SandboxAccounts.PageSpec("sbx-agency", "Agency Client Page")));
        Identity dan = identity(client, NetworkType.SANDBOX, "dan", "Dan Sandbox", now);
        sandboxToken(
                channel(
                        client,
                        NetworkType.SANDBOX,
                        "sbx-agency",
                        "Agency Client Page",
                        ChannelKind.PAGE,
                        now),
                dan,
                null,
                now);
    }

    private Workspace seedWorkspace() {
        Instant now = clock.instant();
        // Opened long enough ago for the dashboard's 90 days: its past is seeded at the end.
        Instant opened = now.minus(OPENED_AGO);
        Workspace ws = new Workspace("Acme Coffee (demo)", opened);
        em.persist(ws);
        // The owner also runs the instance, so the Workspaces page shows in the demo too. Each
        // person's hash has a salt of its own.
        Person owner = people.add(OWNER, "Olivia Owner", true, passwords.hash(password));
        Person admin = people.add(ADMIN, "Adam Admin", false, passwords.hash(password));
        Person viewer = people.add(VIEWER, "Vera Viewer", false, passwords.hash(password));
        memberships.join(ws, owner, Role.OWNER);
        memberships.join(ws, admin, Role.ADMIN);
        memberships.join(ws, viewer, Role.VIEWER);
        seedAgencyClient(owner, now);

        // The SANDBOX accounts really exist on the simulated network, with pages and real tokens,
        // so the sweep checks them like any network's: scripting an account's fate shows here.
        sandbox.upsert(
                "ana",
                "Ana Sandbox",
                List.of(
                        new SandboxAccounts.PageSpec("sbx-page-1", "Acme Sandbox Page"),
                        new SandboxAccounts.PageSpec("sbx-shop", "Acme Sandbox Shop")));
        sandbox.upsert(
                "bob",
                "Bob Sandbox",
                List.of(new SandboxAccounts.PageSpec("sbx-events", "Sandbox Events")));
        sandbox.upsert(
                "cleo",
                "Cleo Sandbox",
                List.of(new SandboxAccounts.PageSpec("sbx-shop", "Acme Sandbox Shop")));
        Identity ana = identity(ws, NetworkType.SANDBOX, "ana", "Ana Sandbox", opened);
        Identity bob = identity(ws, NetworkType.SANDBOX, "bob", "Bob Sandbox", opened);
        Identity cleo = identity(ws, NetworkType.SANDBOX, "cleo", "Cleo Sandbox", opened);
        Identity jane = identity(ws, NetworkType.FACEBOOK, "10158000000000001", "Jane Doe", opened);
        Identity tom = identity(ws, NetworkType.FACEBOOK, "10158000000000002", "Tom Berg", opened);
        Identity lena =
                identity(ws, NetworkType.FACEBOOK, "10158000000000003", "Lena Vogel", opened);
        // Instagram through Facebook Login: the same Facebook user id as Jane's Facebook identity,
        // so the Identities page shows them as one Meta user (channels.control.SameMetaUser)
        Identity janeIg =
                identity(ws, NetworkType.INSTAGRAM, "10158000000000001", "Jane Doe", opened);
        Identity marc = identity(ws, NetworkType.LINKEDIN, "li-marc", "Marc Dupont", opened);
        Identity priya = identity(ws, NetworkType.X, "1500000000000000001", "Priya Shah", opened);
        Identity media =
                identity(
                        ws,
                        NetworkType.YOUTUBE,
                        "g-1180000000000000001",
                        "Acme Media Team",
                        opened);
        Identity leo = identity(ws, NetworkType.TIKTOK, "tt-leo", "Leo Park", opened);
        Identity mia = identity(ws, NetworkType.PINTEREST, "pin-mia", "Mia Chen", opened);
        Identity janeTh = identity(ws, NetworkType.THREADS, "th-jane", "Jane Doe", opened);

        Duration day = Duration.ofDays(1);
        // CONNECTED
        sandboxToken(
                channel(
                        ws,
                        NetworkType.SANDBOX,
                        "sbx-page-1",
                        "Acme Sandbox Page",
                        ChannelKind.PAGE,
                        opened),
                ana,
                null,
                now);
        valid(
                channel(
                        ws,
                        NetworkType.FACEBOOK,
                        "fb-page-1",
                        "Acme Coffee",
                        ChannelKind.PAGE,
                        opened),
                jane,
                now,
                null,
                false);
        // Failover: two admins' tokens, so the page stays up (DEGRADED) when one of them goes.
        Channel events =
                channel(
                        ws,
                        NetworkType.FACEBOOK,
                        "fb-page-4",
                        "Acme Coffee Events",
                        ChannelKind.PAGE,
                        opened);
        valid(events, jane, now, null, false);
        valid(events, tom, now, null, false);
        valid(
                channel(
                        ws,
                        NetworkType.LINKEDIN,
                        "li-member-marc",
                        "Marc Dupont",
                        ChannelKind.PROFILE,
                        opened),
                marc,
                now,
                now.plus(day.multipliedBy(45)),
                false);
        valid(
                channel(
                        ws,
                        NetworkType.PINTEREST,
                        "pin-acme",
                        "Acme Boards",
                        ChannelKind.ACCOUNT,
                        opened),
                mia,
                now,
                now.plus(day.multipliedBy(30)),
                true);
        // EXPIRING
        sandboxToken(
                channel(
                        ws,
                        NetworkType.SANDBOX,
                        "sbx-events",
                        "Sandbox Events",
                        ChannelKind.PAGE,
                        opened),
                bob,
                day.multipliedBy(5),
                now);
        valid(
                channel(
                        ws,
                        NetworkType.INSTAGRAM,
                        "ig-acme",
                        "@acmecoffee",
                        ChannelKind.BUSINESS_ACCOUNT,
                        opened),
                janeIg,
                now,
                now.plus(day.multipliedBy(3)),
                false);
        // DEGRADED: one token alive, one killed by a password change
        Channel shop =
                channel(
                        ws,
                        NetworkType.SANDBOX,
                        "sbx-shop",
                        "Acme Sandbox Shop",
                        ChannelKind.PAGE,
                        opened);
        sandboxToken(shop, ana, null, now);
        dead(
                shop,
                cleo,
                now,
                Cause.PASSWORD_CHANGED,
                "401/password_changed",
                "The user changed their password.");
        // DISCONNECTED, each for another cause
        dead(
                channel(
                        ws,
                        NetworkType.FACEBOOK,
                        "fb-page-2",
                        "Acme Coffee Berlin",
                        ChannelKind.PAGE,
                        opened),
                tom,
                now,
                Cause.ADMIN_ROLE_LOST,
                "190/492",
                "Error validating access token: The user is not an admin of the page.");
        dead(
                channel(
                        ws,
                        NetworkType.FACEBOOK,
                        "fb-page-3",
                        "Acme Coffee Vienna",
                        ChannelKind.PAGE,
                        opened),
                lena,
                now,
                Cause.SECURITY_CHECKPOINT,
                "190/459",
                "Error validating access token: You cannot access the app till you log in to www.facebook.com and follow the instructions given.");
        dead(
                channel(
                        ws,
                        NetworkType.LINKEDIN,
                        "li-org-1",
                        "Acme Coffee GmbH",
                        ChannelKind.ORGANIZATION,
                        opened),
                marc,
                now,
                Cause.REVOKED_BY_USER,
                "401/REVOKED_ACCESS_TOKEN/65601",
                "The token used in the request has been revoked by the user");
        dead(
                channel(ws, NetworkType.X, "x-acme", "@acme", ChannelKind.ACCOUNT, opened),
                priya,
                now,
                Cause.REFRESH_FAILED,
                "400/invalid_request",
                "Value passed for the token was invalid.");
        dead(
                channel(
                        ws,
                        NetworkType.TIKTOK,
                        "tt-acme",
                        "@acme.coffee",
                        ChannelKind.ACCOUNT,
                        opened),
                leo,
                now,
                Cause.ACCOUNT_UNAVAILABLE,
                "authorization.removed/4",
                "Account banned");
        dead(
                channel(
                        ws,
                        NetworkType.THREADS,
                        "th-acme",
                        "@acmecoffee on Threads",
                        ChannelKind.PROFILE,
                        opened),
                janeTh,
                now,
                Cause.LIFESPAN_ENDED,
                null,
                "The 60-day token was not refreshed in time.");
        // UNVERIFIED
        token(
                channel(
                        ws,
                        NetworkType.YOUTUBE,
                        "yt-acme",
                        "Acme Coffee TV",
                        ChannelKind.CHANNEL,
                        opened),
                media,
                now,
                now.plus(Duration.ofHours(1)),
                true,
                null,
                null,
                now.minus(day.multipliedBy(3)));
        em.persist(
                new AuditEntry(
                        ws.id(),
                        null,
                        null,
                        now,
                        ChannelLedger.RELINK,
                        Action.DEMO_SEEDED,
                        "Demo workspace seeded"));
        seedPast(ws, now);
        seedLoad(ws, now);
        return ws;
    }

    /** A lapse of the demo's past: how its token died, and how it came back, how much later. */
    private record Lapse(
            String channel,
            String identity,
            int daysAgo,
            Cause cause,
            String code,
            String message,
            int hoursDown,
            boolean reconnected) {}

    /**
     * The demo's last 90 days, so that the dashboard has a story to tell: channels that lapsed and
     * were reconnected (or came back by themselves) after hours or days, two that keep lapsing
     * (Acme Coffee Vienna's checkpoints, @acme's failed refreshes), and how each channel came to
     * the state it is in now. Only history: the ledger writes back-dated entries ({@link
     * ChannelLedger#seedPast}) in its own words; the channels' states are what {@link
     * ChannelLedger#seed} derived.
     */
    private void seedPast(Workspace ws, Instant now) {
        String admin = "member:" + ADMIN;
        String owner = "member:" + OWNER;
        List<Lapse> lapses =
                List.of(
                        new Lapse(
                                "sbx-shop",
                                "cleo",
                                83,
                                Cause.SCOPE_MISSING,
                                "403/scope_missing",
                                "A scope the token was granted has been withdrawn.",
                                26,
                                true),
                        new Lapse(
                                "fb-page-1",
                                "10158000000000001",
                                78,
                                Cause.PASSWORD_CHANGED,
                                "190/460",
                                "The session has been invalidated because the user changed their password.",
                                5,
                                true),
                        new Lapse(
                                "fb-page-3",
                                "10158000000000003",
                                74,
                                Cause.SECURITY_CHECKPOINT,
                                "190/459",
                                "You cannot access the app till you log in to www.facebook.com.",
                                50,
                                false),
                        new Lapse(
                                "pin-acme",
                                "pin-mia",
                                66,
                                Cause.REVOKED_BY_USER,
                                "401/revoked",
                                "The user revoked the app's access.",
                                4,
                                true),
                        new Lapse(
                                "x-acme",
                                "1500000000000000001",
                                61,
                                Cause.REFRESH_FAILED,
                                "400/invalid_request",
                                "Value passed for the token was invalid.",
                                75,
                                true),
                        new Lapse(
                                "fb-page-4",
                                "10158000000000002",
                                45,
                                Cause.ADMIN_ROLE_LOST,
                                "190/492",
                                "The user is not an admin of the page.",
                                48,
                                true),
                        new Lapse(
                                "fb-page-3",
                                "10158000000000003",
                                40,
                                Cause.SECURITY_CHECKPOINT,
                                "190/459",
                                "You cannot access the app till you log in to www.facebook.com.",
                                9,
                                true),
                        new Lapse(
                                "li-member-marc",
                                "li-marc",
                                34,
                                Cause.LIFESPAN_ENDED,
                                null,
                                "The 60-day token was not refreshed in time.",
                                20,
                                true),
                        new Lapse(
                                "x-acme",
                                "1500000000000000001",
                                27,
                                Cause.REFRESH_FAILED,
                                "400/invalid_request",
                                "Value passed for the token was invalid.",
                                6,
                                true),
                        new Lapse(
                                "tt-acme",
                                "tt-leo",
                                19,
                                Cause.ACCOUNT_UNAVAILABLE,
                                "authorization.removed/4",
                                "Account banned",
                                14,
                                false),
                        new Lapse(
                                "fb-page-3",
                                "10158000000000003",
                                11,
                                Cause.SECURITY_CHECKPOINT,
                                "190/459",
                                "You cannot access the app till you log in to www.facebook.com.",
                                30,
                                false));
        int people = 0;
        for (Lapse lapse : lapses) {
            AccessToken token = seeded.get(key(lapse.channel(), lapse.identity()));
            Channel channel = token.channel();
            ChannelState lost =
                    tokensOf(channel) > 1 ? ChannelState.DEGRADED : ChannelState.DISCONNECTED;
            Instant at =
                    now.minus(Duration.ofDays(lapse.daysAgo()))
                            .plus(Duration.ofMinutes(times.nextInt(6 * 60)));
            Instant back =
                    at.plus(Duration.ofHours(lapse.hoursDown()))
                            .plus(Duration.ofMinutes(times.nextInt(60)));
            ledger.seedPast(
                    channel,
                    token,
                    new ChannelLedger.Past(
                            at,
                            ChannelState.CONNECTED,
                            lost,
                            new Verdict.Dead(lapse.cause(), lapse.code(), lapse.message()),
                            null,
                            null));
            ledger.seedPast(
                    channel,
                    token,
                    new ChannelLedger.Past(
                            back,
                            lost,
                            ChannelState.CONNECTED,
                            null,
                            lapse.reconnected() ? (people++ % 2 == 0 ? admin : owner) : null,
                            lapse.reconnected() ? null : lapse.cause()));
        }
        // how each channel that is not connected now came to be so (its token's death is in the
        // history already, written by the seed)
        Map<UUID, List<AccessToken>> byChannel = new HashMap<>();
        seeded.values().stream()
                .filter(t -> t.channel().workspace().id().equals(ws.id()))
                .forEach(
                        t ->
                                byChannel
                                        .computeIfAbsent(t.channel().id(), c -> new ArrayList<>())
                                        .add(t));
        for (List<AccessToken> tokens : byChannel.values()) {
            Channel channel = tokens.get(0).channel();
            ChannelState state = channel.state();
            Instant since =
                    switch (state) {
                        case DISCONNECTED, DEGRADED ->
                                tokens.stream()
                                        .map(AccessToken::diedAt)
                                        .filter(d -> d != null)
                                        .max(Instant::compareTo)
                                        .orElse(null);
                        case EXPIRING ->
                                tokens.stream()
                                        .map(AccessToken::lapsesAt)
                                        .filter(l -> l != null)
                                        .max(Instant::compareTo)
                                        .map(l -> l.minus(expiringWindow))
                                        .orElse(null);
                        case UNVERIFIED -> now.minus(Duration.ofDays(2));
                        default -> null;
                    };
            if (since != null) {
                ledger.seedPast(
                        channel,
                        null,
                        new ChannelLedger.Past(
                                since.isAfter(now) ? now : since,
                                ChannelState.CONNECTED,
                                state,
                                channel.cause() == null
                                        ? null
                                        : new Verdict.Dead(channel.cause(), null, null),
                                null,
                                null));
            }
        }
    }

    private long tokensOf(Channel channel) {
        return seeded.values().stream().filter(t -> t.channel().id().equals(channel.id())).count();
    }

    /**
     * A real SANDBOX token on the channel: refreshable (one-hour access tokens, rotating refresh
     * tokens) when {@code lifetime} is null, else a single token living that long.
     */
    private void sandboxToken(Channel channel, Identity identity, Duration lifetime, Instant now) {
        SandboxAccounts.Issued issued =
                lifetime == null
                        ? sandbox.issue(identity.externalUserId(), SCOPES)
                        : sandbox.issue(identity.externalUserId(), SCOPES, lifetime, false);
        remember(
                ledger.seed(
                        channel,
                        identity,
                        new ChannelLedger.Seed(
                                issued.accessToken(),
                                issued.refreshToken(),
                                issued.scopes(),
                                now,
                                issued.expiresAt(),
                                issued.refreshExpiresAt(),
                                now,
                                null,
                                null,
                                null,
                                null)));
    }

    private AccessToken remember(AccessToken token) {
        seeded.put(key(token.channel().externalId(), token.identity().externalUserId()), token);
        return token;
    }

    private static String key(String channel, String identity) {
        return channel + "/" + identity;
    }

    /**
     * {@code relink.demo.load-channels} more sandbox channels, 100 per account, checked a day from
     * now.
     */
    private void seedLoad(Workspace ws, Instant now) {
        if (loadChannels <= 0) {
            return;
        }
        Instant firstCheck = now.plus(Duration.ofDays(1));
        for (int first = 0; first < loadChannels; first += 100) {
            String account = "load-account-" + first / 100;
            List<SandboxAccounts.PageSpec> pages = new ArrayList<>();
            for (int i = first; i < Math.min(first + 100, loadChannels); i++) {
                pages.add(new SandboxAccounts.PageSpec("load-" + i, "Load page " + i));
            }
            sandbox.upsert(account, "Load account " + first / 100, pages);
            Identity identity =
                    identity(ws, NetworkType.SANDBOX, account, "Load account " + first / 100, now);
            for (SandboxAccounts.PageSpec page : pages) {
                SandboxAccounts.Issued issued =
                        sandbox.issue(account, SCOPES, Duration.ofDays(60), false);
                ledger.seed(
                        channel(
                                ws,
                                NetworkType.SANDBOX,
                                page.id(),
                                page.name(),
                                ChannelKind.PAGE,
                                now),
                        identity,
                        new ChannelLedger.Seed(
                                issued.accessToken(),
                                null,
                                issued.scopes(),
                                now,
                                issued.expiresAt(),
                                null,
                                now,
                                firstCheck,
                                null,
                                null,
                                null));
            }
            em.flush();
            em.clear();
        }
        LOG.info("Seeded " + loadChannels + " load channels on the SANDBOX network");
    }

    private Identity identity(
            Workspace ws, NetworkType network, String externalId, String name, Instant now) {
        Identity identity = new Identity(ws, network, externalId, name, now);
        em.persist(identity);
        return identity;
    }

    private Channel channel(
            Workspace ws,
            NetworkType network,
            String externalId,
            String name,
            ChannelKind kind,
            Instant now) {
        Channel channel = new Channel(ws, network, externalId, name, kind, now);
        em.persist(channel);
        return channel;
    }

    private AccessToken valid(
            Channel channel,
            Identity identity,
            Instant now,
            Instant expiresAt,
            boolean refreshable) {
        return token(channel, identity, now, expiresAt, refreshable, null, null, null);
    }

    private void dead(
            Channel channel,
            Identity identity,
            Instant now,
            Cause cause,
            String code,
            String message) {
        Instant diedAt = now.minus(Duration.ofMinutes(times.nextInt(70 * 60) + 120));
        Instant expiresAt = cause == Cause.LIFESPAN_ENDED ? diedAt : now.plus(Duration.ofDays(30));
        token(
                channel,
                identity,
                now,
                expiresAt,
                false,
                new Verdict.Dead(cause, code, message),
                diedAt,
                null);
    }

    /**
     * A made-up token, confirmed some minutes ago, maybe dead since {@code diedAt} or unverified
     * since {@code unverifiedSince}.
     */
    // Not called seed: the container finds the @PostConstruct callback seed() by its name.
    private AccessToken token(
            Channel channel,
            Identity identity,
            Instant now,
            Instant expiresAt,
            boolean refreshable,
            Verdict.Dead death,
            Instant diedAt,
            Instant unverifiedSince) {
        return remember(
                ledger.seed(
                        channel,
                        identity,
                        new ChannelLedger.Seed(
                                "demo-access-" + secret(),
                                refreshable ? "demo-refresh-" + secret() : null,
                                Set.of("publish", "read"),
                                now.minus(Duration.ofDays(20)),
                                expiresAt,
                                refreshable ? now.plus(Duration.ofDays(300)) : null,
                                now.minus(Duration.ofMinutes(times.nextInt(600) + 1)),
                                null,
                                death,
                                diedAt,
                                unverifiedSince)));
    }

    private String secret() {
        byte[] bits = new byte[24];
        random.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }
}
