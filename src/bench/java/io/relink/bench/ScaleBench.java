package io.relink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.KeysetHandle;
import io.relink.MicroNode;
import io.relink.security.Keysets;
import io.relink.security.Sealer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Proof at scale (issue 14): one Relink node on PostgreSQL with {@code bench.scale.tokens} tokens
 * on {@code bench.scale.channels} channels, checked against a stub SANDBOX network of fixed latency
 * in a process of its own ({@link StubNetwork}). Measures, in this order: the stub's own capacity
 * ({@code wrk}); P6 boot to ready of an empty WAR and of Relink; P1 one node sweeping every token;
 * P5 the live heap after it; P2 an idle tick (the claim query's plan and time, the node's CPU over
 * a minute); P3 the API under {@code wrk}. Writes {@code target/bench/report.md} and {@code
 * target/bench/scale.csv} after each measure.
 *
 * <p>Run with {@code src/bench/run scale}; not part of {@code ./mvnw verify}. Asserts only that
 * every token was checked and found valid; times are figures to read.
 */
class ScaleBench {

    static final int CHANNELS = Integer.getInteger("bench.scale.channels", 10_000);
    static final int TOKENS = Integer.getInteger("bench.scale.tokens", 20_000);

    /** How many of the tokens are due (the sweep's work); the others are stored, due in a week. */
    static final int DUE = Math.min(TOKENS, Integer.getInteger("bench.scale.due", TOKENS));

    static final String OWNER = "owner@bench.relink.test";
    static final String OWNER_PASSWORD = "bench-owner-password-" + UUID.randomUUID();
    static final int LATENCY_MS = Integer.getInteger("bench.scale.latency", 20);

    /** The concurrency Relink allows a network: the SANDBOX adapter's bulkhead (8 by default). */
    static final int CONCURRENCY = Integer.getInteger("bench.scale.concurrency", 8);

    static final int WRK_SECONDS = Integer.getInteger("bench.scale.wrk-seconds", 10);

    /**
     * {@code api}: only seed and measure the read side (P3, P3b), skipping the stub's capacity, the
     * boot times, the sweep and the idle tick: minutes instead of the better part of an hour at the
     * issue's size. Run it with {@code bench.scale.due=0}, or the node sweeps while P3 measures.
     */
    static final boolean API_ONLY = "api".equals(System.getProperty("bench.scale.only", ""));

    /**
     * Records the node's sweep (P1) with Java Flight Recorder into {@code
     * target/bench/scale/sweep.jfr}, to see where its CPU goes ({@code jfr print --events
     * jdk.ExecutionSample}); off by default, as the recording costs a little.
     */
    static final boolean RECORD = Boolean.getBoolean("bench.scale.record");

    static final Duration SWEEP_LIMIT =
            Duration.ofMinutes(Integer.getInteger("bench.scale.sweep-minutes", 15));
    static final int PORT = 28080;

    /** P1b's second node. */
    static final int SECOND_PORT = 28081;

    /** P1b's work: at most this many of the tokens P1 checked are made due again. */
    static final int TWO_NODE_TOKENS = Integer.getInteger("bench.scale.p1b-tokens", 100_000);

    /** P4: deauthorize callbacks sent, one at a time, each to a person of ten channels. */
    static final int CALLBACKS = Integer.getInteger("bench.scale.callbacks", 50);

    /** The SANDBOX app's secret, which signs its deauthorize callbacks. */
    static final String APP_SECRET = "bench-app-secret-" + UUID.randomUUID();

    /** How often the live heap is sampled during a long sweep (the soak of P5). */
    static final Duration SOAK_SAMPLE = Duration.ofMinutes(5);

    /** How long the soak lasts, from the start of P1 (topped up after the other measures). */
    static final Duration SOAK =
            Duration.ofMinutes(Integer.getInteger("bench.scale.soak-minutes", 30));

    static final int STUB_PORT = 28090;
    static final String NODE = "bench-scale";
    static final String INTERVAL = "PT5S";
    static final String DB_URL = System.getProperty("bench.db.url", "");
    static final String DB_USER = System.getProperty("bench.db.user", "");
    static final String DB_PASSWORD = System.getProperty("bench.db.password", "");
    static final Path OUT = Path.of("target/bench");
    static final Path WORK = OUT.resolve("scale");

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ScaleReport report =
            new ScaleReport(
                    OUT,
                    "Relink at scale: "
                            + CHANNELS
                            + " channels, "
                            + TOKENS
                            + " tokens, "
                            + DUE
                            + " due");

    @Test
    void one_node_checks_every_token_and_serves_the_api() throws Exception {
        assertThat(DB_URL).as("-Dbench.db.url=jdbc:postgresql://…").startsWith("jdbc:postgresql:");
        Files.createDirectories(WORK.resolve("data"));
        KeysetHandle keyset = Keysets.generate();
        Path keysetFile = WORK.resolve("data/keyset.json");
        Files.writeString(keysetFile, Keysets.json(keyset));
        report.note(
                "Machine: "
                        + Runtime.getRuntime().availableProcessors()
                        + " cores; load average (1/5/15 min) at the start "
                        + Machine.load()
                        + "; started "
                        + Instant.now()
                        + ". Stub network latency "
                        + LATENCY_MS
                        + " ms. Other work on the machine shows in the load averages.");
        Process stub = startStub();
        try {
            if (API_ONLY) {
                migrate(keysetFile);
            } else {
                stubCapacity();
                bootTimes(keysetFile);
            }
            String key;
            Instant seeded;
            try (Connection db = db()) {
                Instant started = Instant.now();
                Seeder seeder = new Seeder(db, new Sealer(keyset));
                key = seeder.seed(CHANNELS, TOKENS, DUE, started.minusSeconds(3600));
                seeder.owner(OWNER, OWNER_PASSWORD);
                seeder.callbackPeople(CALLBACKS);
                seeded = Instant.now();
                report.measure(
                                "seed",
                                "channels and tokens straight into PostgreSQL",
                                "COPY, sealed by the node's keyset")
                        .figure("channels", CHANNELS, "")
                        .figure("tokens", TOKENS, "")
                        .figure("of them due", DUE, "")
                        .figure("time", Duration.between(started, seeded).toMillis() / 1000.0, "s");
                report.write();
            }
            Instant booting = Instant.now();
            try (MicroNode node = startRelink(NODE, keysetFile)) {
                node.awaitReady("/health/ready", Duration.ofMinutes(5));
                report.measure("P6b", "boot to ready with the seeded database", "same as P6")
                        .figure(
                                "Relink, " + TOKENS + " tokens stored",
                                Duration.between(booting, Instant.now()).toMillis() / 1000.0,
                                "s")
                        .figure("Payara's own 'ready in'", readyIn(NODE), "s");
                long pid = Machine.pidOf(NODE);
                nodePid = pid;
                if (!API_ONLY) {
                    sweep(pid);
                    heap(pid, "P5", "after the full sweep");
                    idle(pid);
                    twoNodes(keysetFile);
                }
                api(key);
                page();
                heap(pid, "P5b", "after the API runs of P3 and the pages of P3b");
                callbacks(key);
                if (!API_ONLY) {
                    soak(key);
                }
            }
        } finally {
            stub.destroy();
            report.write();
        }
        if (API_ONLY) {
            return;
        }
        assertThat(checkedOnce).as("P1: tokens checked").isEqualTo(DUE);
        assertThat(repeats).as("P1 and P1b: tokens the stub was asked about twice").isZero();
    }

    /** What P1 found checked; tokens the stub saw twice in P1 and P1b (asserted at the end). */
    private long checkedOnce;

    private long repeats;

    /** The stub, as its own JVM: the classes of this very build, the JDK's HTTP server. */
    private Process startStub() throws Exception {
        Process stub =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Dsun.net.httpserver.nodelay=true",
                                "-Xmx768m", // remembers every token it is asked about
                                "-cp",
                                "target/test-classes",
                                StubNetwork.class.getName(),
                                Integer.toString(STUB_PORT),
                                Integer.toString(LATENCY_MS))
                        .redirectErrorStream(true)
                        .redirectOutput(WORK.resolve("stub.log").toFile())
                        .start();
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try {
                stubStats();
                return stub;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline) || !stub.isAlive()) {
                    throw new IllegalStateException(
                            "The stub did not start; see " + WORK.resolve("stub.log"), notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    /** What the stub sustains at its latency, so that it is never what limits the sweep. */
    private void stubCapacity() throws Exception {
        Path single = WORK.resolve("introspect.lua");
        Files.writeString(
                single,
                "wrk.method = \"POST\"\nwrk.body = \"token=t&page=p\"\n"
                        + "wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\n");
        Path batch = WORK.resolve("batch.lua");
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\\\"token\\\":\\\"t")
                    .append(i)
                    .append("\\\",\\\"page\\\":\\\"p\\\"}");
        }
        Files.writeString(
                batch,
                "wrk.method = \"POST\"\nwrk.body = \"{\\\"items\\\":["
                        + items
                        + "]}\"\n"
                        + "wrk.headers[\"Content-Type\"] = \"application/json\"\n");
        report.measure(
                "stub",
                "the stub network's own capacity",
                "latency "
                        + LATENCY_MS
                        + " ms, 256 threads, wrk 2 threads 128 connections "
                        + WRK_SECONDS
                        + " s");
        Wrk.Result one =
                Wrk.run(
                        "stub single",
                        stubUrl("sandbox/oauth/introspect"),
                        128,
                        WRK_SECONDS,
                        single,
                        null);
        Wrk.Result fifty =
                Wrk.run(
                        "stub batch",
                        stubUrl("sandbox/oauth/introspect/batch"),
                        128,
                        WRK_SECONDS,
                        batch,
                        null);
        report.figure("single introspection, requests/s", one.requestsPerSecond(), "req/s")
                .figure("single introspection, p50", one.p50(), "ms")
                .figure("single introspection, p99", one.p99(), "ms")
                .figure("batch of 50, requests/s", fifty.requestsPerSecond(), "req/s")
                .figure("batch of 50, tokens/s", fifty.requestsPerSecond() * 50, "tokens/s")
                .figure("batch of 50, p99", fifty.p99(), "ms")
                .figure(
                        "most Relink may ask (bulkhead " + CONCURRENCY + " / latency)",
                        CONCURRENCY * 1000.0 / LATENCY_MS,
                        "req/s")
                .figure("load average (1 min) at the end", Machine.load1(), "");
        post(stubUrl("stats/reset"));
        report.write();
    }

    /** Boots Relink once on the empty database, which migrates its schema for the seeding. */
    private void migrate(Path keysetFile) throws Exception {
        try (MicroNode node = startRelink("bench-boot", keysetFile)) {
            node.awaitReady("/health/ready", Duration.ofMinutes(5));
        }
    }

    /** P6: boot to ready of an empty WAR and of Relink on an empty database (migrations run). */
    private void bootTimes(Path keysetFile) throws Exception {
        Path empty = emptyWar();
        report.measure(
                "P6",
                "boot to ready",
                "java -Xmx768m -jar payara-micro.jar --deploy <war> --contextroot / --nocluster --prebootcommandfile server-config/pre-boot-commands.asadmin; ready = first 200 of / (empty WAR) or /health/ready (Relink)");
        String relinkWar = System.getProperty("relink.war", "target/relink.war");
        double emptySeconds;
        System.setProperty("relink.war", empty.toString());
        try {
            Instant start = Instant.now();
            try (MicroNode node = MicroNode.start("bench-empty", PORT, WORK, Map.of())) {
                node.awaitReady("/", Duration.ofMinutes(5));
                emptySeconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            }
        } finally {
            System.setProperty("relink.war", relinkWar);
        }
        Instant start = Instant.now();
        double relinkSeconds;
        try (MicroNode node = startRelink("bench-boot", keysetFile)) {
            node.awaitReady("/health/ready", Duration.ofMinutes(5));
            relinkSeconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        }
        report.figure("empty WAR", emptySeconds, "s")
                .figure("Relink, empty database (schema migrated at boot)", relinkSeconds, "s")
                .figure("ratio (target ≤ 1.5)", relinkSeconds / emptySeconds, "")
                .figure("Payara's own 'ready in', empty WAR", readyIn("bench-empty"), "s")
                .figure("Payara's own 'ready in', Relink", readyIn("bench-boot"), "s")
                .figure("load average (1 min) at the end", Machine.load1(), "");
        report.write();
    }

    /** P1: the node sweeps every token; wall time from the first check recorded to the last. */
    private void sweep(long pid) throws Exception {
        report.measure(
                "P1",
                "one node sweeps every due token",
                "relink.checks.interval="
                        + INTERVAL
                        + ", batch-size 100 (default), SANDBOX batch limit 50, bulkhead "
                        + CONCURRENCY
                        + ", stub latency "
                        + LATENCY_MS
                        + " ms");
        Instant deadline = Instant.now().plus(SWEEP_LIMIT);
        while (stubCount("requests") == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        if (RECORD) {
            Machine.run(
                    "jcmd",
                    Long.toString(pid),
                    "JFR.start",
                    "name=sweep",
                    "settings=profile",
                    "filename=" + WORK.resolve("sweep.jfr").toAbsolutePath());
        }
        Instant first = Instant.now();
        double cpuFirst = Machine.cpuSeconds(pid);
        long checked = 0;
        soakStart = first;
        nextSample = first.plus(SOAK_SAMPLE);
        try (Connection db = db()) {
            while (Instant.now().isBefore(deadline)) {
                sampleHeap("the sweep (P1)");
                checked =
                        count(
                                db,
                                "select count(*) from access_token where last_checked_at is not null");
                System.out.println(
                        "P1: "
                                + checked
                                + " of "
                                + DUE
                                + " checked after "
                                + Duration.between(first, Instant.now()).toSeconds()
                                + " s; load "
                                + Machine.load());
                if (checked >= DUE) {
                    break;
                }
                Thread.sleep(DUE > 100_000 ? 10_000 : 2_000);
            }
            Instant done = Instant.now();
            double cpu = Machine.cpuSeconds(pid) - cpuFirst;
            if (RECORD) {
                Machine.run("jcmd", Long.toString(pid), "JFR.stop", "name=sweep");
            }
            double polled = Duration.between(first, done).toMillis() / 1000.0;
            double wall;
            try (Statement s = db.createStatement();
                    ResultSet r =
                            s.executeQuery(
                                    "select extract(epoch from max(last_checked_at) - min(last_checked_at)) from access_token")) {
                r.next();
                wall = r.getDouble(1);
            }
            long calls = stubCount("requests");
            oneNode = checked / wall;
            checkedOnce = checked;
            repeats += stubCount("repeats");
            double limit = (double) DUE * LATENCY_MS / 1000 / CONCURRENCY;
            double batchedLimit = (double) calls * LATENCY_MS / 1000 / CONCURRENCY;
            report.figure("tokens checked", checked, "of " + DUE + " due (" + TOKENS + " stored)")
                    .figure("wall time, first check to last recorded", wall, "s")
                    .figure("tokens/s", checked / wall, "")
                    .figure("physical limit N·L/C (C = bulkhead " + CONCURRENCY + ")", limit, "s")
                    .figure("ratio to N·L/C (target ≤ 1.25)", wall / limit, "")
                    .figure("calls the stub received (batches of up to 50)", calls, "")
                    .figure("tokens the stub was asked about", stubCount("tokens"), "")
                    .figure("limit with those calls, calls·L/C", batchedLimit, "s")
                    .figure("ratio to calls·L/C", wall / batchedLimit, "")
                    .figure(
                            "most calls in flight at once (observed concurrency)",
                            stubCount("maxInFlight"),
                            "")
                    .figure("other calls (not introspection)", stubCount("others"), "")
                    .figure(
                            "tokens asked about more than once (target 0)",
                            stubCount("repeats"),
                            "")
                    .figure("Relink CPU during the sweep", cpu / polled * 100, "% of one core")
                    .figure("Relink RSS at the end", Machine.rssMiB(pid), "MiB")
                    .figure(
                            "tokens not VALID afterwards",
                            count(db, "select count(*) from access_token where status <> 'VALID'"),
                            "")
                    .figure("load average (1 min) at the end", Machine.load1(), "");
        }
        report.write();
    }

    /** The first node's process. */
    private long nodePid;

    /** When P1 began: the soak's samples count from there. */
    private Instant soakStart;

    private Instant nextSample;

    /** The soak's live-heap samples: minutes since P1 began, MiB, what the node was doing. */
    private final List<String[]> soak = new ArrayList<>();

    /** P5's soak: the live heap every {@link #SOAK_SAMPLE} from the start of P1 on. */
    private void sampleHeap(String doing) {
        if (soakStart == null || Instant.now().isBefore(nextSample)) {
            return;
        }
        while (!nextSample.isAfter(Instant.now())) {
            nextSample = nextSample.plus(SOAK_SAMPLE);
        }
        try {
            double mib = Machine.liveHeapBytes(nodePid) / 1024.0 / 1024.0;
            soak.add(
                    new String[] {
                        Long.toString(Duration.between(soakStart, Instant.now()).toMinutes()),
                        String.format(java.util.Locale.ROOT, "%.1f", mib),
                        doing
                    });
            System.out.println("P5 soak: " + String.join(", ", soak.get(soak.size() - 1)));
        } catch (IllegalStateException noAnswer) {
            System.out.println("P5 soak: no heap figure: " + noAnswer.getMessage());
        }
    }

    /**
     * P5's soak, topped up to {@link #SOAK} from the start of P1: each minute a share of the tokens
     * is made due (half what P1 checked in a minute) and the list is asked for under {@code wrk}
     * for 20 s; the live heap is read every {@link #SOAK_SAMPLE} throughout, the samples of the
     * measures before included.
     */
    private void soak(String key) throws Exception {
        report.measure(
                "P5s",
                "soak: the live heap over "
                        + SOAK.toMinutes()
                        + " minutes of sweeps, API load, pages and callbacks",
                "from the start of P1; after the other measures, each minute half of a minute's"
                        + " worth of P1's tokens made due and 20 s of wrk (4 connections) on"
                        + " /api/v1/channels?size=50");
        Instant end = soakStart.plus(SOAK);
        if (Instant.now().isAfter(end)) {
            report.text(
                    "top-up",
                    "none: the measures before took " + SOAK.toMinutes() + " minutes or more");
        }
        int perMinute = (int) Math.max(1_000, oneNode * 30);
        long madeDue = 0;
        try (Connection db = db()) {
            while (Instant.now().isBefore(end)) {
                try (Statement s = db.createStatement()) {
                    madeDue +=
                            s.executeUpdate(
                                    "update access_token set next_check_at = now() where id in"
                                            + " (select id from access_token where status = 'VALID'"
                                            + " and next_check_at > now() order by next_check_at"
                                            + " limit "
                                            + perMinute
                                            + ")");
                }
                Wrk.run(
                        "soak",
                        "http://127.0.0.1:" + PORT + "/api/v1/channels?size=50",
                        4,
                        20,
                        null,
                        "Authorization: Bearer " + key);
                Instant round = Instant.now().plusSeconds(40);
                while (Instant.now().isBefore(round) && Instant.now().isBefore(end)) {
                    sampleHeap("soak top-up: sweeps and API load");
                    Thread.sleep(5_000);
                }
            }
        }
        nextSample = Instant.now();
        sampleHeap("end of the soak");
        report.figure("tokens made due during the top-up", madeDue, "");
        for (String[] sample : soak) {
            report.figure(
                    "live heap after " + sample[0] + " min (" + sample[2] + ")",
                    Double.parseDouble(sample[1]),
                    "MiB");
        }
        report.figure("load average (1 min) at the end", Machine.load1(), "");
        report.write();
    }

    /** P1's tokens per second, for P1b. */
    private double oneNode;

    /**
     * P1b: the tokens P1 checked made due again, swept by the first node and a second one on the
     * same database. Every token must reach the stub exactly once; which node holds leases is
     * sampled as it goes.
     */
    private void twoNodes(Path keysetFile) throws Exception {
        report.measure(
                "P1b",
                "two nodes on one PostgreSQL sweep the same work",
                "a second node (same settings, port "
                        + SECOND_PORT
                        + ") joins the first; the tokens P1 checked, at most "
                        + TWO_NODE_TOKENS
                        + ", are made due again");
        String name = NODE + "-2";
        try (MicroNode second = startRelink(name, SECOND_PORT, keysetFile);
                Connection db = db()) {
            second.awaitReady("/health/ready", Duration.ofMinutes(5));
            long[] pids = {Machine.pidOf(NODE), Machine.pidOf(name)};
            post(stubUrl("stats/reset"));
            long work;
            java.sql.Timestamp reset;
            try (Statement s = db.createStatement()) {
                reset = since(db);
                work =
                        s.executeUpdate(
                                "update access_token set next_check_at = now(), last_checked_at = null"
                                        + " where id in (select id from access_token where"
                                        + " last_checked_at is not null and status = 'VALID' limit "
                                        + TWO_NODE_TOKENS
                                        + ")");
            }
            Instant deadline = Instant.now().plus(SWEEP_LIMIT);
            Instant first = Instant.now();
            double[] cpuFirst = {Machine.cpuSeconds(pids[0]), Machine.cpuSeconds(pids[1])};
            Map<String, Long> leases = new java.util.TreeMap<>();
            double checked = 0;
            while (Instant.now().isBefore(deadline)) {
                try (Statement s = db.createStatement();
                        ResultSet r =
                                s.executeQuery(
                                        "select lease_owner, count(*) from access_token"
                                                + " where lease_owner is not null group by lease_owner")) {
                    while (r.next()) {
                        leases.merge(r.getString(1), r.getLong(2), Long::sum);
                    }
                }
                checked = checkedSince(db, reset, "count(*)");
                sampleHeap("two nodes sweep (P1b)");
                System.out.println(
                        "P1b: " + checked + " of " + work + " checked; leases " + leases);
                if (checked >= work) {
                    break;
                }
                // each poll reads the whole token table twice: seldom, or the bench itself takes
                // the
                // database's CPU from the nodes
                Thread.sleep(5_000);
            }
            double polled = Duration.between(first, Instant.now()).toMillis() / 1000.0;
            double wall =
                    checkedSince(
                            db,
                            reset,
                            "extract(epoch from max(last_checked_at) - min(last_checked_at))");
            report.figure("tokens made due again", work, "")
                    .figure("tokens checked", checked, "")
                    .figure("wall time, first check to last recorded", wall, "s")
                    .figure("tokens/s", checked / wall, "")
                    .figure(
                            "ratio to one node's tokens/s in P1 (target ≥ 1.7)",
                            checked / wall / oneNode,
                            "")
                    .figure("tokens the stub was asked about", stubCount("tokens"), "")
                    .figure("distinct tokens the stub was asked about", stubCount("distinct"), "")
                    .figure(
                            "tokens asked about more than once (target 0)",
                            stubCount("repeats"),
                            "")
                    .figure(
                            "most calls in flight at once, both nodes",
                            stubCount("maxInFlight"),
                            "");
            repeats += stubCount("repeats");
            leases.forEach(
                    (owner, seen) ->
                            report.figure(
                                    "leases of " + owner + " seen (sum over the polls)", seen, ""));
            report.figure(
                            "CPU of the first node",
                            (Machine.cpuSeconds(pids[0]) - cpuFirst[0]) / polled * 100,
                            "% of one core")
                    .figure(
                            "CPU of the second node",
                            (Machine.cpuSeconds(pids[1]) - cpuFirst[1]) / polled * 100,
                            "% of one core")
                    .figure("load average (1 min) at the end", Machine.load1(), "");
        }
        report.write();
    }

    /**
     * P4: a person removes the app. The bench signs the SANDBOX's deauthorize callback as the
     * network would and posts it, {@code bench.scale.callbacks} times (50 by default); for each it
     * measures, from the moment it sends the callback, when the API reads the person's first
     * channel DISCONNECTED (polled every 10 ms), when the open channel page in Chromium shows it (a
     * mutation observer in the page notes the time), and when the {@code channel.lost} webhook of
     * every one of their ten channels has arrived at a receiver in this JVM.
     */
    private void callbacks(String key) throws Exception {
        report.measure(
                "P4",
                "a deauthorize callback, to the API, the open page and the webhook",
                CALLBACKS
                        + " callbacks one after another, each for a person of "
                        + Seeder.CHANNELS_PER_IDENTITY
                        + " channels with one token each; relink.webhooks.interval="
                        + "PT5S; Chromium headless with the person's first channel page open");
        Map<String, Long> lost = new java.util.concurrent.ConcurrentHashMap<>();
        com.sun.net.httpserver.HttpServer receiver =
                com.sun.net.httpserver.HttpServer.create(
                        new java.net.InetSocketAddress(
                                java.net.InetAddress.getLoopbackAddress(), 0),
                        0);
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        receiver.createContext(
                "/hook",
                exchange -> {
                    long at = System.currentTimeMillis();
                    try (exchange;
                            jakarta.json.JsonReader body =
                                    jakarta.json.Json.createReader(exchange.getRequestBody())) {
                        jakarta.json.JsonObject event = body.readObject();
                        if ("channel.lost".equals(event.getString("type", ""))) {
                            lost.putIfAbsent(
                                    event.getJsonObject("data")
                                            .getJsonObject("channel")
                                            .getString("id"),
                                    at);
                        }
                        exchange.sendResponseHeaders(204, -1);
                    }
                });
        receiver.start();
        String base = "http://localhost:" + PORT;
        List<Long> api = new ArrayList<>();
        List<Long> page = new ArrayList<>();
        List<Long> hooks = new ArrayList<>();
        List<Long> eachHook = new ArrayList<>();
        int missed = 0;
        try (io.relink.ChromiumSession person = new io.relink.ChromiumSession();
                Connection db = db()) {
            HttpResponse<String> made =
                    http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/webhooks"))
                                    .header("Authorization", "Bearer " + key)
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"url\":\"http://127.0.0.1:"
                                                            + receiver.getAddress().getPort()
                                                            + "/hook\",\"events\":[\"channel.lost\"]}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            person.open(base + "/login.xhtml");
            person.signIn(OWNER, OWNER_PASSWORD);
            person.awaitUrl("/center/channels.xhtml");
            for (int n = 0; n < CALLBACKS; n++) {
                String user = Seeder.callbackPerson(n);
                List<String> channels = new ArrayList<>();
                try (java.sql.PreparedStatement q =
                        db.prepareStatement(
                                "select distinct t.channel_id::text from access_token t"
                                        + " join identity i on i.id = t.identity_id"
                                        + " where i.external_user_id = ?")) {
                    q.setString(1, user);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            channels.add(r.getString(1));
                        }
                    }
                }
                String channel = channels.get(0);
                sampleHeap("callbacks (P4)");
                person.open(base + "/center/channel.xhtml?id=" + channel);
                person.evaluate(
                        "window.p4 = 0; new MutationObserver(function () {"
                                + " var s = document.getElementById('state');"
                                + " if (!window.p4 && s && s.getAttribute('data-state') === 'DISCONNECTED')"
                                + " window.p4 = Date.now(); }).observe(document.body,"
                                + " {subtree: true, childList: true, attributes: true, characterData: true})");
                Thread.sleep(1_000); // the page's websocket opens
                String signed =
                        io.relink.sandbox.control.SignedRequest.sign(
                                io.relink.sandbox.control.SignedRequest.deauthorization(
                                        user, Instant.now()),
                                APP_SECRET);
                long sent = System.currentTimeMillis();
                HttpResponse<String> taken =
                        http.send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        base
                                                                + "/api/v1/callbacks/sandbox/deauthorize"))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(
                                                HttpRequest.BodyPublishers.ofString(
                                                        "signed_request="
                                                                + URLEncoder.encode(
                                                                        signed,
                                                                        StandardCharsets.UTF_8)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
                long readDisconnected = 0;
                long until = sent + 30_000;
                while (readDisconnected == 0 && System.currentTimeMillis() < until) {
                    HttpResponse<String> read =
                            http.send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            base + "/api/v1/channels/" + channel))
                                            .header("Authorization", "Bearer " + key)
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                    if (read.body().contains("\"state\":\"DISCONNECTED\"")) {
                        readDisconnected = System.currentTimeMillis();
                    } else {
                        Thread.sleep(10);
                    }
                }
                long shown = 0;
                while (System.currentTimeMillis() < until
                        && (shown == 0 || !lost.keySet().containsAll(channels))) {
                    shown = Long.parseLong(person.evaluate("return String(window.p4)"));
                    Thread.sleep(20);
                }
                if (readDisconnected == 0 || shown == 0 || !lost.keySet().containsAll(channels)) {
                    missed++;
                    System.out.println(
                            "P4: missed for "
                                    + user
                                    + ": API "
                                    + (readDisconnected == 0 ? "no" : "yes")
                                    + ", page "
                                    + (shown == 0 ? "no" : "yes")
                                    + ", webhooks "
                                    + channels.stream().filter(lost::containsKey).count()
                                    + " of "
                                    + channels.size());
                    continue;
                }
                channels.forEach(c -> eachHook.add(lost.get(c) - sent));
                api.add(readDisconnected - sent);
                page.add(shown - sent);
                hooks.add(channels.stream().mapToLong(lost::get).max().orElseThrow() - sent);
                System.out.println(
                        "P4: API "
                                + api.get(api.size() - 1)
                                + " ms, page "
                                + page.get(page.size() - 1)
                                + " ms, webhooks "
                                + hooks.get(hooks.size() - 1)
                                + " ms");
            }
        } finally {
            receiver.stop(0);
        }
        percentiles("API reads DISCONNECTED", api);
        percentiles("the open channel page shows it", page);
        percentiles("each channel's channel.lost webhook received", eachHook);
        percentiles("the last of the person's channel.lost webhooks received", hooks);
        report.figure("callbacks where one of the three did not come within 30 s", missed, "")
                .figure("load average (1 min) at the end", Machine.load1(), "");
        report.write();
    }

    private void percentiles(String what, List<Long> millis) {
        if (millis.isEmpty()) {
            report.text(what, "no sample");
            return;
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        report.figure(what + ", p50", sorted.get(sorted.size() / 2), "ms")
                .figure(
                        what + ", p99",
                        sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
                        "ms (target ≤ 1,000)")
                .figure(what + ", slowest", sorted.get(sorted.size() - 1), "ms");
    }

    private static java.sql.Timestamp since(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select clock_timestamp()")) {
            r.next();
            return r.getTimestamp(1);
        }
    }

    /** {@code figure} over the tokens checked after {@code since}. */
    private static double checkedSince(Connection db, java.sql.Timestamp since, String figure)
            throws SQLException {
        try (java.sql.PreparedStatement q =
                db.prepareStatement(
                        "select " + figure + " from access_token where last_checked_at > ?")) {
            q.setTimestamp(1, since);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getDouble(1);
            }
        }
    }

    /** P5: bytes of live objects after a full collection. */
    private void heap(long pid, String name, String when) throws IOException {
        report.measure(
                name, "live heap " + when, "jcmd GC.class_histogram (full GC first), -Xmx768m");
        try {
            long live = Machine.liveHeapBytes(pid);
            String info = Machine.heapInfo(pid);
            report.figure("live objects", live / 1024.0 / 1024.0, "MiB (target ≤ 256)")
                    .figure("RSS", Machine.rssMiB(pid), "MiB")
                    .note("```\n" + info.strip() + "\n```");
        } catch (IllegalStateException noAnswer) {
            report.text(
                    "live objects",
                    "no answer: " + noAnswer.getMessage().lines().findFirst().orElse(""));
        }
        report.write();
    }

    /** P2: none due: what a tick costs the database and the node. */
    private void idle(long pid) throws Exception {
        report.measure(
                "P2",
                "a tick with every token stored and none due",
                "interval " + INTERVAL + ", idle minute after the sweep");
        Thread.sleep(10_000); // the sweep's last tick ends
        double before = Machine.cpuSeconds(pid);
        Instant start = Instant.now();
        Thread.sleep(60_000);
        double cpu = Machine.cpuSeconds(pid) - before;
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        report.figure(
                "Relink CPU over the idle minute",
                cpu / seconds * 100,
                "% of one core (target ≤ 1)");
        // Leases.claimDue on PostgreSQL (with its parameters written in), rolled back
        String claim =
                "with due as (select id from access_token where (status in ('VALID', 'UNVERIFIED') or (status = 'INVALID' and next_check_at is not null))"
                        + " and access_secret is not null and next_check_at <= now() + interval '2.5 seconds' and (lease_until is null or lease_until < now())"
                        + " order by next_check_at fetch first 100 rows only for update skip locked)"
                        + " update access_token t set lease_owner = 'bench', lease_until = now() + interval '5 minutes' from due where t.id = due.id";
        // ChannelStore.staleStates, which every tick runs after the claims
        String stale =
                "select c.id from channel c where c.state_until <= now() and c.unlinked_at is null order by c.state_until fetch first 100 rows only";
        try (Connection db = db()) {
            try {
                sessions(db);
            } catch (SQLException unreadable) {
                report.text("the node's database sessions", "not read: " + unreadable.getMessage());
            }
            explain(db, "claim query (Leases.claimDue)", claim);
            explain(db, "stale-state query (ChannelStore.staleStates)", stale);
        }
        report.figure("load average (1 min) at the end", Machine.load1(), "");
        report.write();
    }

    /**
     * The node's database sessions while idle: a session left idle in a transaction holds back
     * vacuum and, in the pool, a connection.
     */
    private void sessions(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "select count(*), count(*) filter (where state = 'idle in transaction'),"
                                        + " coalesce(extract(epoch from max(now() - xact_start)"
                                        + " filter (where state = 'idle in transaction')), 0)"
                                        + " from pg_stat_activity where datname = current_database()"
                                        + " and pid <> pg_backend_pid()")) {
            r.next();
            report.figure("the node's database sessions", r.getLong(1), "")
                    .figure("of them idle in a transaction", r.getLong(2), "")
                    .figure("oldest such transaction", r.getDouble(3), "s");
        }
    }

    private void explain(Connection db, String label, String sql) throws SQLException {
        db.setAutoCommit(false);
        List<Double> times = new ArrayList<>();
        String plan = "";
        try (Statement s = db.createStatement()) {
            for (int i = 0; i < 5; i++) {
                StringBuilder lines = new StringBuilder();
                try (ResultSet r = s.executeQuery("explain (analyze, buffers) " + sql)) {
                    while (r.next()) {
                        lines.append(r.getString(1)).append('\n');
                    }
                }
                db.rollback();
                plan = lines.toString();
                Matcher m = Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(plan);
                if (m.find()) {
                    times.add(Double.parseDouble(m.group(1)));
                }
            }
        } finally {
            db.setAutoCommit(true);
        }
        times.sort(Double::compare);
        report.figure(
                        label + ", median of 5 EXPLAIN ANALYZE",
                        times.get(times.size() / 2),
                        "ms (target ≤ 20)")
                .note(label + ":\n\n```\n" + sql + "\n\n" + plan.strip() + "\n```");
    }

    /** P3: the API under wrk, against a trivial endpoint of the same server. */
    private void api(String key) throws IOException, InterruptedException {
        report.measure(
                "P3",
                "the REST API under load",
                "wrk 2 threads, 16 connections, "
                        + WRK_SECONDS
                        + " s after a 3 s warm-up, Authorization: Bearer <key>");
        String auth = "Authorization: Bearer " + key;
        String base = "http://127.0.0.1:" + PORT;
        Map<String, String> paths = new java.util.LinkedHashMap<>();
        paths.put("trivial: /health/live", "/health/live");
        paths.put("/api/v1/channels?size=50", "/api/v1/channels?size=50");
        paths.put("… &state=CONNECTED", "/api/v1/channels?size=50&state=CONNECTED");
        paths.put("… &network=SANDBOX", "/api/v1/channels?size=50&network=SANDBOX");
        paths.put("… &q=page 00012", "/api/v1/channels?size=50&q=page%2000012");
        paths.put(
                "… all three filters",
                "/api/v1/channels?size=50&state=CONNECTED&network=SANDBOX&q=page%2000012");
        paths.put("/api/v1/identities", "/api/v1/identities");
        // last: at 10,000 channels its answer exhausted a 768 MiB heap under 16 connections
        paths.put("/api/v1/summary", "/api/v1/summary");
        Map<String, Wrk.Result> results = new HashMap<>();
        double trivial = 0;
        for (Map.Entry<String, String> path : paths.entrySet()) {
            Instant alone = Instant.now();
            int status = get(base + path.getValue(), key);
            report.figure(
                    path.getKey() + ": one request alone, status " + status,
                    Duration.between(alone, Instant.now()).toMillis(),
                    "ms");
            sampleHeap("the API under wrk (P3)");
            Wrk.run("warm-up", base + path.getValue(), 16, 3, null, auth);
            Wrk.Result result =
                    Wrk.run(path.getKey(), base + path.getValue(), 16, WRK_SECONDS, null, auth);
            results.put(path.getKey(), result);
            if (trivial == 0) {
                trivial = result.requestsPerSecond();
            }
            report.figure(path.getKey() + ": req/s", result.requestsPerSecond(), "")
                    .figure(path.getKey() + ": p50", result.p50(), "ms")
                    .figure(path.getKey() + ": p99", result.p99(), "ms (target ≤ 50)")
                    .figure(
                            path.getKey() + ": share of the trivial endpoint's req/s",
                            result.requestsPerSecond() / trivial * 100,
                            "% (target ≥ 50)")
                    .figure(
                            path.getKey() + ": answers not 2xx/3xx",
                            result.failed(),
                            "of " + result.total())
                    .figure(
                            path.getKey() + ": timeouts (no answer within " + Wrk.TIMEOUT + ")",
                            result.timeouts(),
                            "");
        }
        report.figure("load average (1 min) at the end", Machine.load1(), "");
        report.write();
    }

    /**
     * P3b: the signed-in Connection Center, as a browser asks for it: the owner signs in through
     * the form, then asks for the channels page {@value #PAGE_LOADS} times in a row, each answer
     * read whole. On loopback the time to the last byte is the server's time. The table is lazy:
     * the answer carries one page of rows, whatever the workspace holds.
     */
    private void page() throws Exception {
        report.measure(
                "P3b",
                "the signed-in Connection Center",
                PAGE_LOADS
                        + " loads of /center/channels.xhtml one after the other, after one warm-up");
        HttpClient browser =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
        // The node's public address, where sign-in redirects: the session cookie must go there.
        String base = "http://localhost:" + PORT;
        URI channels = URI.create(base + "/center/channels.xhtml");
        browser.send(
                HttpRequest.newBuilder(channels).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> signedIn =
                browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "j_username="
                                                        + URLEncoder.encode(
                                                                OWNER, StandardCharsets.UTF_8)
                                                        + "&j_password="
                                                        + URLEncoder.encode(
                                                                OWNER_PASSWORD,
                                                                StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.body())
                .as("signed in: the channels page, not the sign-in form")
                .contains("data-ri=\"");
        List<Long> millis = new ArrayList<>();
        int bytes = 0;
        int rows = 0;
        for (int i = 0; i <= PAGE_LOADS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer =
                    browser.send(
                            HttpRequest.newBuilder(channels).build(),
                            HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer.statusCode()).isEqualTo(200);
            if (i > 0) { // the first is the warm-up
                millis.add(took);
            }
            bytes = answer.body().length();
            rows = answer.body().split("data-ri=\"", -1).length - 1;
        }
        Collections.sort(millis);
        report.figure("first page, p50", millis.get(millis.size() / 2), "ms (target ≤ 300)")
                .figure(
                        "first page, p90",
                        millis.get((int) Math.ceil(millis.size() * 0.9) - 1),
                        "ms")
                .figure("first page, slowest", millis.get(millis.size() - 1), "ms")
                .figure("rows in the answer (lazy: one page)", rows, "of " + CHANNELS)
                .figure("answer size", bytes / 1024.0, "KiB")
                .figure("load average (1 min) at the end", Machine.load1(), "");
        report.write();
    }

    static final int PAGE_LOADS = 30;

    /**
     * What Payara Micro itself logged as its time to ready (deployment done; the first request and
     * the application's lazy start not included), in seconds.
     */
    private static double readyIn(String node) throws IOException {
        Matcher m =
                Pattern.compile("ready in ([0-9,]+) \\(ms\\)")
                        .matcher(Files.readString(WORK.resolve(node + ".log")));
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) / 1000.0 : -1;
    }

    private MicroNode startRelink(String name, Path keysetFile) throws IOException {
        return startRelink(name, PORT, keysetFile);
    }

    private MicroNode startRelink(String name, int port, Path keysetFile) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("RELINK_DEMO", "false");
        env.put(
                "RELINK_SECRETS_KEYSET",
                Base64.getEncoder().encodeToString(Files.readAllBytes(keysetFile)));
        env.put("RELINK_DATA_DIR", keysetFile.getParent().toAbsolutePath().toString());
        env.put("RELINK_DB_URL", DB_URL);
        env.put("RELINK_DB_USER", DB_USER);
        env.put("RELINK_DB_PASSWORD", DB_PASSWORD);
        env.put("RELINK_NODE_NAME", name);
        env.put("RELINK_PUBLIC_URL", "http://localhost:" + port);
        env.put("RELINK_SANDBOX_ENABLED", "true");
        env.put("RELINK_SANDBOX_URL", stubUrl("sandbox/"));
        env.put("RELINK_SANDBOX_CLIENT_SECRET", APP_SECRET);
        env.put("RELINK_WEBHOOKS_ALLOW_LOOPBACK", "true"); // P4's receiver is in this JVM
        // production's check rules, not the integration tests' fast ones this JVM's environment
        // carries
        env.put("RELINK_CHECKS_INTERVAL", INTERVAL);
        env.put("RELINK_CHECKS_MIN_INTERVAL", "PT1M");
        env.put("RELINK_CHECKS_BACKOFF", "PT1M");
        env.put("RELINK_CHECKS_GRACE", "PT48H");
        env.put("RELINK_CHECKS_LEASE", "PT5M");
        env.put("RELINK_NETWORK_SANDBOX_MAX_CHECK_INTERVAL", "PT24H");
        env.put("RELINK_NETWORK_SANDBOX_TIMEOUT", "PT10S");
        env.put("RELINK_WEBHOOKS_INTERVAL", "PT5S");
        env.put("RELINK_NOTIFICATIONS_INTERVAL", "PT15S");
        env.put("RELINK_NOTIFICATIONS_GROUPING_WINDOW", "PT2M");
        env.put("RELINK_NOTIFICATIONS_RETRY_PAUSE", "PT30S");
        env.put("RELINK_NOTIFICATIONS_ESCALATE_AFTER", "P3D");
        env.put("RELINK_NOTIFICATIONS_DIGEST_AT", "08:00");
        env.put("RELINK_MAIL_PORT", "3129");
        return MicroNode.start(name, port, WORK, env);
    }

    /** A WAR with one page and nothing else, to time Payara Micro itself. */
    private static Path emptyWar() throws IOException {
        Path war = WORK.resolve("empty.war");
        try (OutputStream file = Files.newOutputStream(war);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<!doctype html><title>empty</title>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return war;
    }

    private static String stubUrl(String path) {
        return "http://127.0.0.1:" + STUB_PORT + "/" + path;
    }

    private String stubStats() throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(stubUrl("stats"))).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private long stubCount(String field) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(stubStats());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** One GET with the API key, its status (0 when it did not answer within a minute). */
    private int get(String url, String key) throws InterruptedException {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Authorization", "Bearer " + key)
                                    .timeout(Duration.ofMinutes(1))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException noAnswer) {
            return 0;
        }
    }

    private void post(String url) throws IOException, InterruptedException {
        http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
