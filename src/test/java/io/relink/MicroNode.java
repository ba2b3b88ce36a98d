package io.relink;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro node running the packaged WAR in a process of its own, started as the README
 * tells an operator to ({@code java -jar payara-micro.jar --deploy relink.war --nocluster ...}),
 * for black-box tests that need a node Arquillian does not give: several nodes on one database, or
 * a node whose networks point at a stub. Its output goes to {@code <work>/<name>.log}.
 *
 * <p>The node inherits the test JVM's environment (under Failsafe: the {@code RELINK_*} settings of
 * the Arquillian nodes), and {@code env} overrides it, so a test names at least its own database,
 * data folder and public URL.
 */
public final class MicroNode implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private MicroNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the node on {@code port}; it is ready once {@link #awaitReady} returns. */
    public static MicroNode start(String name, int port, Path work, Map<String, String> env)
            throws IOException {
        Files.createDirectories(work);
        Path log = work.resolve(name + ".log");
        File jar = new File(System.getProperty("payara.microJar", "target/payara-micro.jar"));
        File war = new File(System.getProperty("relink.war", "target/relink.war"));
        if (!jar.isFile() || !war.isFile()) {
            throw new IllegalStateException(
                    "Needs "
                            + jar
                            + " and "
                            + war
                            + ": run through 'mvn verify' (package and pre-integration-test make them)");
        }
        ProcessBuilder builder =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx768m",
                                "-jar",
                                jar.getPath(),
                                "--deploy",
                                war.getPath(),
                                "--contextroot",
                                "/",
                                "--port",
                                Integer.toString(port),
                                "--name",
                                name,
                                "--nocluster",
                                "--prebootcommandfile",
                                "server-config/pre-boot-commands.asadmin")
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new MicroNode(name, port, log, builder.start());
    }

    /**
     * Waits until a GET of {@code path} answers 200, or fails naming the log and what the last try
     * met. HTTP/1.1 and a generous per-try timeout: a node's first request may wait for the
     * application's lazy start on a busy machine.
     */
    public MicroNode awaitReady(String path, Duration limit) {
        HttpClient client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
        URI probe = URI.create("http://127.0.0.1:" + port + path);
        Await.until(
                limit,
                () -> {
                    if (!process.isAlive()) {
                        throw new AssertionError(
                                "Node "
                                        + name
                                        + " ended with exit code "
                                        + process.exitValue()
                                        + "; see "
                                        + log);
                    }
                    try {
                        return String.valueOf(
                                client.send(
                                                HttpRequest.newBuilder(probe)
                                                        .timeout(Duration.ofSeconds(30))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode());
                    } catch (IOException notYet) {
                        return notYet.toString();
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new AssertionError("Interrupted waiting for node " + name);
                    }
                },
                status -> status.equals("200"),
                "node " + name + " answers 200 at " + probe + " (log: " + log + ")");
        return this;
    }

    /** {@code http://localhost:<port>/}, for {@link Http}. */
    public URL base() {
        try {
            return URI.create("http://localhost:" + port + "/").toURL();
        } catch (MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the node at once (SIGKILL), as a crash would, and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the node (SIGTERM, then SIGKILL after 30 seconds); does nothing if it is gone. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "MicroNode[" + name + ", port " + port + "]";
    }
}
